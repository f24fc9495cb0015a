#include "bersih/category.hpp"

#include <array>
#include <utility>

namespace bersih {
namespace {

constexpr std::array<std::pair<Category, std::string_view>, 19> kNames{{
    {Category::ad, "ad"},
    {Category::related, "related"},
    {Category::video, "video"},
    {Category::cta, "cta"},
    {Category::promo, "promo"},
    {Category::credit, "credit"},
    {Category::copyright, "copyright"},
    {Category::pagination, "pagination"},
    {Category::toc, "toc"},
    {Category::tags, "tags"},
    {Category::script, "script"},
    {Category::caption, "caption"},
    {Category::byline, "byline"},
    {Category::date, "date"},
    {Category::title_dup, "title-dup"},
    {Category::dateline, "dateline"},
    {Category::duplicate, "duplicate"},
    {Category::title, "title"},
    {Category::other, "other"},
}};

} // namespace

std::string_view to_string(Category category) noexcept {
    for (const auto& [value, name] : kNames) {
        if (value == category) {
            return name;
        }
    }
    return "other";
}

std::optional<Category> category_from_string(std::string_view name) noexcept {
    for (const auto& [value, known] : kNames) {
        if (known == name) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace bersih
