// Which outlet profile a name, a domain or a URL refers to: `--outlet`, a record's outlet field
// and its URL all go through here, so "antara", "ANTARA News", "antaranews.com" and
// "https://www.antaranews.com/berita/1" name one profile.
#include "bersih/normalize.hpp"
#include "bersih/rules.hpp"
#include "core/outlet_index.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace bersih {
namespace {

// Lowercase letters and digits only: "CNN Indonesia", "cnn-indonesia" and "cnnindonesia" agree.
std::string folded(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    for (const char c : ascii_lower(name)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out.push_back(c);
        }
    }
    return out;
}

// folded(raw) == key, without building folded(raw): find_outlet compares a name with every
// profile's id, name and aliases, and is asked once per dateline and record.
bool folds_to(std::string_view raw, std::string_view key) {
    std::size_t k = 0;
    for (char c : raw) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (k == key.size() || key[k] != c) {
                return false;
            }
            ++k;
        }
    }
    return k == key.size();
}

// "https:////www.Detik.com:443/x?y" -> "www.detik.com"; a bare "detik.com" is its own host.
std::string host_of(std::string_view url) {
    auto begin = url.find("://");
    begin = begin == std::string_view::npos ? 0 : begin + 3;
    while (begin < url.size() && url[begin] == '/') {
        ++begin; // "https:////host/..." as some scrapers store it
    }
    const auto end = url.find_first_of("/?#:", begin);
    return ascii_lower(url.substr(begin, end == std::string_view::npos ? url.npos : end - begin));
}

// Is `host` exactly `domain`, where a '*' in `domain` matches the rest of one label?
bool same_domain(std::string_view host, std::string_view domain) {
    const auto star = domain.find('*');
    if (star == std::string_view::npos) {
        return host == domain;
    }
    const auto prefix = domain.substr(0, star);
    const auto suffix = domain.substr(star + 1);
    return host.size() >= prefix.size() + suffix.size() && host.starts_with(prefix) &&
           host.ends_with(suffix) &&
           host.substr(prefix.size(), host.size() - prefix.size() - suffix.size()).find('.') ==
               std::string_view::npos;
}

// Does `domain` ("antaranews.com", "tribun*.com") name `host` or a parent of it?
bool domain_matches(std::string_view host, std::string_view domain) {
    std::size_t at = 0;
    while (!same_domain(host.substr(at), domain)) {
        const auto dot = host.find('.', at);
        if (dot == std::string_view::npos) {
            return false;
        }
        at = dot + 1;
    }
    return true;
}

// The label a site registers, left of its public suffix: "detik" in "news.detik.com", "tempo" in
// "bisnis.tempo.co" (not "bisnis", another outlet's id), "republika" in "www.republika.co.id".
std::string_view registered_label(std::string_view host) {
    static constexpr std::array<std::string_view, 8> kSecondLevel{
        ".co.id", ".or.id", ".ac.id", ".go.id", ".web.id", ".my.id", ".sch.id", ".net.id"};
    std::size_t end = host.rfind('.');
    if (end == std::string_view::npos) {
        return {};
    }
    if (std::any_of(kSecondLevel.begin(), kSecondLevel.end(),
                    [&](std::string_view suffix) { return host.ends_with(suffix); })) {
        end = host.rfind('.', end - 1);
        if (end == std::string_view::npos) {
            return {};
        }
    }
    const auto dot = host.rfind('.', end - 1);
    const std::size_t begin = dot == std::string_view::npos || end == 0 ? 0 : dot + 1;
    return host.substr(begin, end - begin);
}

} // namespace

const OutletProfile* RuleSet::outlet_for_url(std::string_view url) const {
    const std::string host = host_of(url);
    if (host.find('.') == std::string::npos) {
        return nullptr;
    }
    for (const auto& profile : outlets) {
        if (registered_label(host) == profile.id ||
            std::any_of(profile.domains.begin(), profile.domains.end(),
                        [&](const std::string& d) { return domain_matches(host, d); })) {
            return &profile;
        }
    }
    return nullptr;
}

const OutletProfile* RuleSet::find_outlet(std::string_view name) const {
    const std::string key = folded(name);
    if (key.empty()) {
        return nullptr;
    }
    for (const auto& profile : outlets) {
        if (folds_to(profile.id, key) || folds_to(profile.name, key) ||
            std::any_of(profile.aliases.begin(), profile.aliases.end(),
                        [&](const std::string& a) { return folds_to(a, key); })) {
            return &profile;
        }
    }
    // "detik.com", "www.antaranews.com", a whole URL.
    return name.find('.') != std::string_view::npos ? outlet_for_url(name) : nullptr;
}

OutletIndex::OutletIndex(const RuleSet& rules) : rules_(rules) {
    // In profile order, the first profile to claim a key keeps it: find_outlet's order.
    const auto add = [&](std::string_view name, const OutletProfile& profile) {
        std::string key = folded(name);
        if (!key.empty()) {
            by_key_.emplace(std::move(key), &profile);
        }
    };
    for (const auto& profile : rules.outlets) {
        add(profile.id, profile);
        add(profile.name, profile);
        for (const auto& alias : profile.aliases) {
            add(alias, profile);
        }
    }
}

const OutletProfile* OutletIndex::find(std::string_view name) const {
    if (name.find('.') != std::string_view::npos) {
        return rules_.find_outlet(name); // a domain or a URL
    }
    const auto found = by_key_.find(folded(name));
    return found == by_key_.end() ? nullptr : found->second;
}

} // namespace bersih
