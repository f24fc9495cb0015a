#include "cli/output.hpp"

#include "bersih/io_compress.hpp"
#include "cli/output_paths.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <system_error>

namespace bersih::cli {

FormattedOutput::FormattedOutput(const std::string& path, OutputFormat format, bool force_array)
    : file_(path), format_(format), force_array_(force_array) {}

void FormattedOutput::write(std::string_view record) {
    switch (format_) {
    case OutputFormat::text:
        if (count_ > 0) {
            file_.write("\f\n");
        }
        file_.write(record);
        break;
    case OutputFormat::jsonl:
        file_.write(record);
        break;
    case OutputFormat::json:
        if (count_ == 0 && !force_array_) {
            first_.assign(record);
        } else {
            if (count_ == 0 || (count_ == 1 && !force_array_)) {
                file_.write("[\n");
            }
            if (count_ == 1 && !force_array_) {
                file_.write(first_);
                first_.clear();
            }
            if (count_ > 0) {
                file_.write(",\n");
            }
            file_.write(record);
        }
        break;
    }
    ++count_;
}

bool FormattedOutput::finish() {
    if (format_ == OutputFormat::json) {
        if (count_ == 1 && !force_array_) {
            file_.write(first_);
            file_.write("\n");
        } else if (count_ > 0 || force_array_) {
            file_.write(count_ > 0 ? "\n]\n" : "[\n\n]\n");
        }
    }
    return file_.commit();
}

OutputRouter::OutputRouter(const CliOptions& options, const std::vector<io::InputFile>& inputs)
    : options_(options), inputs_(inputs) {
    if (!options.out_dir) {
        single_ = std::make_unique<FormattedOutput>(
            options.output.value_or("-"), options.output_format, options.inputs.size() > 1);
        if (single_->failed()) {
            error_ = single_->error();
        }
    }
}

FormattedOutput& OutputRouter::output_for(std::size_t input) {
    if (single_) {
        return *single_;
    }
    if (input != current_input_ || !current_) {
        if (current_ && !current_->finish()) {
            lose(*current_);
        }
        const std::string path = mirrored_path(options_, inputs_[input]);
        std::error_code ec;
        std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
        current_ = std::make_unique<FormattedOutput>(path, options_.output_format, false);
        current_input_ = input;
        if (current_->failed() && error_.empty()) {
            error_ = current_->error();
        }
    }
    return *current_;
}

void OutputRouter::write(std::size_t input, std::string_view record, bool empty) {
    auto& output = output_for(input);
    output.write(record);
    output.count(empty);
}

void OutputRouter::lose(const FormattedOutput& output) {
    if (error_.empty()) {
        error_ = output.error();
    }
    lost_ += output.records();
    lost_empty_ += output.empty_records();
}

bool OutputRouter::failed() const {
    if (!error_.empty()) {
        return true;
    }
    return single_ ? single_->failed() : (current_ && current_->failed());
}

std::string OutputRouter::error() const { return error_; }

void OutputRouter::abandon() {
    for (auto* output : {&single_, &current_}) {
        if (*output && (output == &current_ || options_.output.value_or("-") != "-")) {
            lost_ += (*output)->records();
            lost_empty_ += (*output)->empty_records();
        }
        output->reset(); // an uncommitted OutputFile removes its temporary
    }
}

bool OutputRouter::finish() {
    auto& last = single_ ? single_ : current_;
    if (last && !last->finish()) {
        lose(*last);
    }
    last.reset();
    return error_.empty();
}

} // namespace bersih::cli
