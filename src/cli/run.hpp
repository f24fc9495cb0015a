#pragma once

namespace bersih::cli {

/// Parse the command line, run, and return the process exit code. Never throws.
int main(int argc, char** argv);

} // namespace bersih::cli
