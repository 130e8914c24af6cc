# Fails when a tr() string in the sources has no finished Swedish translation in resources/i18n/lofteskollen_sv.ts.
# lupdate runs on a copy, so the check sees strings added since the .ts file was last updated.
set(copy ${WORK_DIR}/lofteskollen_sv_check.ts)
configure_file(${TS_FILE} ${copy} COPYONLY)
execute_process(
    COMMAND ${LUPDATE} -silent -locations none -no-obsolete ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app
            -ts ${copy}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${output}")
endif()
file(READ ${copy} ts)
string(REGEX MATCHALL "<message[^>]*>[^<]*<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
    set(report "")
    foreach(entry IN LISTS unfinished)
        string(REGEX REPLACE ".*<source>([^<]*)</source>.*" "\\1" source "${entry}")
        string(APPEND report "\n  ${source}")
    endforeach()
    message(FATAL_ERROR "${count} string(s) have no finished Swedish translation "
                        "(run: cmake --build build --target update_translations, then translate):${report}")
endif()
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages total)
message(STATUS "All ${total} strings are translated into Swedish.")
