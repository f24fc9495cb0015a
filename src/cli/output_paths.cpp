#include "cli/output_paths.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <sys/stat.h>
#include <system_error>
#include <utility>

namespace bersih::cli {
namespace {

namespace fs = std::filesystem;

/// A path as the file system sees it: symlinks and ".." resolved for the parts that exist.
std::string resolved(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::absolute(path, ec);
    // A symlink to a file not yet written: weakly_canonical stops short of it.
    for (int hops = 0; hops < 40 && fs::is_symlink(p, ec); ++hops) {
        const fs::path target = fs::read_symlink(p, ec);
        if (ec) {
            break;
        }
        p = target.is_absolute() ? target : p.parent_path() / target;
    }
    auto canonical = fs::weakly_canonical(p, ec);
    return ec ? path : canonical.lexically_normal().string();
}

/// Whether `a` and `b` name one file: the same resolved path, or the same inode (hard links).
bool same_file(const std::string& a, const std::string& b) {
    if (a == "-" || b == "-") {
        return a == b; // both standard output
    }
    if (resolved(a) == resolved(b)) {
        return true;
    }
    struct stat sa {};
    struct stat sb {};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

bool is_inside(const std::string& path, const std::string& dir) {
    const std::string file = resolved(path);
    std::string folder = resolved(dir);
    if (!folder.empty() && folder.back() != '/') {
        folder.push_back('/');
    }
    return file.starts_with(folder);
}

} // namespace

std::string mirrored_path(const CliOptions& options, const io::InputFile& input) {
    std::string rel = input.relative;
    std::string compression;
    for (const auto* suffix : {".gz", ".zst", ".zstd"}) {
        if (rel.size() > std::string_view(suffix).size() && rel.ends_with(suffix)) {
            compression = suffix;
            rel.resize(rel.size() - compression.size());
            break;
        }
    }
    const auto slash = rel.rfind('/');
    const auto dot = rel.rfind('.');
    if (dot != std::string::npos && dot > 0 && (slash == std::string::npos || dot > slash + 1)) {
        rel.resize(dot);
    }
    const char* ext = options.output_format == OutputFormat::text   ? ".txt"
                      : options.output_format == OutputFormat::json ? ".json"
                                                                    : ".jsonl";
    return fmt::format("{}/{}{}{}", options.out_dir.value_or("."), rel, ext, compression);
}

std::optional<std::string> output_collision(const CliOptions& options) {
    std::vector<std::pair<std::string, std::string>> outputs; // option, path
    outputs.emplace_back("--output", options.output.value_or("-"));
    if (options.out_dir) {
        outputs.clear(); // no single output
    }
    if (options.errors_file) {
        outputs.emplace_back("--errors", *options.errors_file);
    }
    if (options.stats_file) {
        outputs.emplace_back("--stats", *options.stats_file);
    }
    if (options.gates.rejects_file) {
        outputs.emplace_back("--rejects", *options.gates.rejects_file);
    }
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        for (std::size_t j = i + 1; j < outputs.size(); ++j) {
            if (same_file(outputs[i].second, outputs[j].second)) {
                return fmt::format("{} and {} name the same file '{}'; give each its own",
                                   outputs[i].first, outputs[j].first, outputs[j].second);
            }
        }
    }
    return std::nullopt;
}

std::optional<std::string> out_dir_collision(const CliOptions& options,
                                             const std::vector<io::InputFile>& inputs) {
    if (!options.out_dir) {
        return std::nullopt;
    }
    std::map<std::string, const io::InputFile*> written; // resolved output -> its input
    std::map<std::string, const io::InputFile*> read;    // resolved input -> itself
    for (const auto& input : inputs) {
        if (!input.error) {
            read.emplace(resolved(input.path), &input);
        }
    }
    for (const auto& input : inputs) {
        if (input.error) {
            continue;
        }
        if (is_inside(input.path, *options.out_dir)) {
            return fmt::format("--out-dir '{}' holds the input '{}', which its outputs could "
                               "overwrite; choose a folder outside the inputs",
                               *options.out_dir, input.path);
        }
        const std::string output = mirrored_path(options, input);
        if (const auto other = read.find(resolved(output)); other != read.end()) {
            return fmt::format("--out-dir: the output for '{}' would overwrite the input '{}'",
                               input.path, other->second->path);
        }
        const auto [it, added] = written.emplace(resolved(output), &input);
        if (!added) {
            return fmt::format("--out-dir: the inputs '{}' and '{}' would both be written to "
                               "'{}'; clean them in separate runs or into separate folders",
                               it->second->path, input.path, output);
        }
    }
    return std::nullopt;
}

} // namespace bersih::cli
