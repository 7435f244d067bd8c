# Catch2 test names must not contain ';': catch_discover_tests splits a name there into two CTest tests that
# match nothing, and Catch then runs no test and exits 0 — the test silently stops running.
#   cmake -DDIR=<folder> -P check_test_names.cmake     (fails, listing each offending line)
file(GLOB_RECURSE sources "${DIR}/*.cpp")
if(NOT DIR MATCHES "/probes/")
    list(FILTER sources EXCLUDE REGEX "/probes/") # the probe's own example of a violation
endif()
set(problems "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "TEST_CASE\\(\"[^\"]*;")
    foreach(line IN LISTS lines)
        string(APPEND problems "${source}: ${line}\n")
    endforeach()
endforeach()
if(problems)
    message(NOTICE "${problems}")
    message(FATAL_ERROR "test names with ';' never run under ctest (see above)")
endif()
message(STATUS "test names checked: ${DIR}")
