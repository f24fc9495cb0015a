# Writes OUTPUT from cmake/version.cpp.in with the git revision of SOURCE_DIR ("unknown" outside a
# checkout). Run at every build (a target, not configure_file), so that --version names the
# commit that was built, not the one CMake was configured at; the file is rewritten only when the
# revision changes, so nothing is recompiled otherwise.
execute_process(COMMAND git rev-parse --short=12 HEAD
  WORKING_DIRECTORY "${SOURCE_DIR}"
  OUTPUT_VARIABLE BERSIH_GIT_REVISION OUTPUT_STRIP_TRAILING_WHITESPACE
  ERROR_QUIET RESULT_VARIABLE git_rc)
if(NOT git_rc EQUAL 0 OR BERSIH_GIT_REVISION STREQUAL "")
  set(BERSIH_GIT_REVISION "unknown")
endif()
configure_file("${SOURCE_DIR}/cmake/version.cpp.in" "${OUTPUT}.tmp" @ONLY)
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
