# Fails when a TEST_CASE name holds a character that CTest's test discovery cannot carry (';'), because such a
# test would silently never run under ctest.
file(GLOB_RECURSE sources "${SOURCE_DIR}/core/*_test.cpp" "${SOURCE_DIR}/ui/*_test.cpp")
set(bad "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "TEST_CASE\\(\"[^\"]*;")
    foreach(line IN LISTS lines)
        string(APPEND bad "\n  ${source}: ${line}")
    endforeach()
endforeach()
if(NOT bad STREQUAL "")
    message(FATAL_ERROR "Test names with ';' are cut by catch_discover_tests and never run:${bad}")
endif()
