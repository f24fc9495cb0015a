#pragma once
#include <string_view>

namespace bersih {

/// The release version, e.g. "0.1.0".
std::string_view version() noexcept;
/// The git revision the binary was built from, or "unknown".
std::string_view git_revision() noexcept;

} // namespace bersih
