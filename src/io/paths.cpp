// Input expansion: recursive directory walk in sorted order, symlink loops detected by the
// (device, inode) pairs of the directories on the current path.
#include "bersih/io_paths.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fnmatch.h>
#include <sys/stat.h>
#include <utility>

namespace bersih::io {
namespace {

using DirId = std::pair<dev_t, ino_t>;

bool matches(const WalkOptions& options, const std::string& name, const std::string& relative) {
    if (options.glob.empty()) {
        return true;
    }
    const bool whole = options.glob.find('/') != std::string::npos;
    return ::fnmatch(options.glob.c_str(), whole ? relative.c_str() : name.c_str(), 0) == 0;
}

void walk(const std::string& dir, const std::string& relative, const WalkOptions& options,
          std::vector<DirId>& stack, std::vector<InputFile>& out) {
    DIR* handle = ::opendir(dir.c_str());
    if (handle == nullptr) {
        out.push_back({dir, relative, 0,
                       fmt::format("cannot read directory '{}': {}", dir, std::strerror(errno))});
        return;
    }
    std::vector<std::string> names;
    while (const dirent* entry = ::readdir(handle)) {
        const std::string name = entry->d_name;
        if (!name.empty() && name[0] != '.') {
            names.push_back(name);
        }
    }
    ::closedir(handle);
    std::sort(names.begin(), names.end());
    for (const auto& name : names) {
        const std::string path = fmt::format("{}/{}", dir, name);
        const std::string rel = relative.empty() ? name : fmt::format("{}/{}", relative, name);
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0) {
            out.push_back(
                {path, rel, 0, fmt::format("cannot read '{}': {}", path, std::strerror(errno))});
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            const DirId id{st.st_dev, st.st_ino};
            if (std::find(stack.begin(), stack.end(), id) != stack.end()) {
                out.push_back({path, rel, 0,
                               fmt::format("directory symlink loop at '{}'; not followed", path)});
                continue;
            }
            stack.push_back(id);
            walk(path, rel, options, stack, out);
            stack.pop_back();
        } else if (S_ISREG(st.st_mode) && matches(options, name, rel)) {
            out.push_back({path, rel, static_cast<std::uint64_t>(st.st_size), std::nullopt});
        }
    }
}

std::string base_name(const std::string& path) {
    std::string p = path;
    while (p.size() > 1 && p.back() == '/') {
        p.pop_back();
    }
    const auto slash = p.rfind('/');
    return slash == std::string::npos ? p : p.substr(slash + 1);
}

} // namespace

std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths,
                                     const WalkOptions& options) {
    std::vector<InputFile> out;
    for (const auto& path : paths) {
        if (path == "-") {
            out.push_back({"-", "-", 0, std::nullopt});
            continue;
        }
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0) {
            out.push_back({path, base_name(path), 0,
                           fmt::format("cannot read '{}': {}", path, std::strerror(errno))});
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            std::string dir = path;
            while (dir.size() > 1 && dir.back() == '/') {
                dir.pop_back();
            }
            std::vector<DirId> stack{{st.st_dev, st.st_ino}};
            walk(dir, "", options, stack, out);
            continue;
        }
        out.push_back({path, base_name(path),
                       S_ISREG(st.st_mode) ? static_cast<std::uint64_t>(st.st_size) : 0,
                       std::nullopt});
    }
    return out;
}

} // namespace bersih::io
