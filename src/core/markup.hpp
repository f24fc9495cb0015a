#pragma once
// Input shapes that are markup rather than text, undone before the text is split into lines:
// a body stored as HTML, a body stored as a Python list literal, escaped line breaks and tab runs
// used as paragraph breaks. Only content-free markup goes here (tags, comments, list quotes);
// script and style text that reaches the lines is debris for the rules, which --explain shows.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace bersih::markup {

/// `['para one', 'para two']` (Python's repr of a list of strings, as dumps store a body) ->
/// the items as paragraphs, their escapes (\' \" \\ \n \t \r \xNN \uNNNN) decoded; a last item
/// cut off by the dump (no closing quote) runs to the end. Nothing when the text is not such a
/// literal (a line break inside an item, text after the `]`), so a sentence that starts with
/// `['` stays.
std::optional<std::string> unwrap_python_list(std::string_view text);

/// HTML tags taken out of the text: block tags (`<p>`, `<br />`, `<div class=...>`, `<li>`, ...)
/// become line breaks, inline tags (`<b>`, `<a href=...>`, `<span>`) vanish, `<script>`,
/// `<style>`, `<noscript>`, `<iframe>`, `<svg>` and `<template>` elements go with their content,
/// comments go. A `<figcaption>` element's text is kept between `[caption]` and `[/caption]`, as
/// WordPress writes a caption in a post's source, for the caption rule. A `<` only opens a tag when
/// an HTML element name follows it and the rest reads as attributes up to `>`: `suhu < 30`, `a<b
/// dan c>d` stay. Nothing when no tag was found.
std::optional<std::string> strip_html_tags(std::string_view text);

/// Markdown syntax taken out of a record that reads as markdown (at least two of: a link or
/// image with a URL, a heading line, a `**bold**` pair): images `![alt](url)` go, links
/// `[text](url)` keep their text, `**` / `__` pairs and `#` heading marks go, a line wrapped whole
/// in `*` or `_` loses them. Nothing when the record does not read as markdown.
std::optional<std::string> strip_markdown(std::string_view text);
/// Line breaks written as escapes (`\n`, `\r\n`, `\r` as two characters, as a dump that stored
/// repr() text shows them) and runs of two or more tabs after a sentence end become line breaks.
/// Nothing when there was none.
std::optional<std::string> restore_line_breaks(std::string_view text);

} // namespace bersih::markup
