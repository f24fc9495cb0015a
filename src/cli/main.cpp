#include "cli/run.hpp"

int main(int argc, char** argv) { return bersih::cli::main(argc, argv); }
