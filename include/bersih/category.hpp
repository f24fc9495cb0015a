#pragma once
#include <optional>
#include <string_view>

namespace bersih {

/// Why a piece of text was removed. The names are those of the corpus labelling guide
/// (LABELING.md), so `--explain` output can be checked against hand labels.
enum class Category {
    ad,
    related,
    video,
    cta,
    promo,
    credit,
    copyright,
    pagination,
    toc,
    tags,
    script,
    caption,
    byline,
    date,
    title_dup,
    dateline,
    duplicate,
    title,
    other,
};

std::string_view to_string(Category category) noexcept;
std::optional<Category> category_from_string(std::string_view name) noexcept;

} // namespace bersih
