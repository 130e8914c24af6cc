# Windows: the installer (NSIS .exe and WiX .msi, by `cpack` in the build folder) and what goes beside
# lofteskollen.exe so that it runs on a desktop without Qt. Included from packaging/CMakeLists.txt on WIN32
# only; written from CMake's and Qt's documentation and not yet tried on Windows (README, "Building for
# Windows").

# Qt's DLLs, its plugins (the QSQLITE driver, the platform, styles, print support, image formats) and Qt's own
# Swedish translations, copied beside the installed program. Qt 6 makes Qt6::windeployqt on Windows; a Qt
# without it is searched by name next to qmake.
if(TARGET Qt6::windeployqt)
    get_target_property(LOFTESKOLLEN_WINDEPLOYQT Qt6::windeployqt IMPORTED_LOCATION)
else()
    find_program(LOFTESKOLLEN_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
endif()
if(LOFTESKOLLEN_WINDEPLOYQT)
    # --no-compiler-runtime: the runtime comes from InstallRequiredSystemLibraries below, once.
    install(CODE "
        set(program \"\${CMAKE_INSTALL_PREFIX}/bin/$<TARGET_FILE_NAME:lofteskollen>\")
        message(STATUS \"windeployqt: \${program}\")
        execute_process(
            COMMAND \"${LOFTESKOLLEN_WINDEPLOYQT}\" $<IF:$<CONFIG:Debug>,--debug,--release>
                    --no-compiler-runtime --no-opengl-sw --dir \"\${CMAKE_INSTALL_PREFIX}/bin\" \"\${program}\"
            RESULT_VARIABLE windeployqt_result)
        if(NOT windeployqt_result EQUAL 0)
            message(FATAL_ERROR \"windeployqt failed (\${windeployqt_result}): the installed program lacks Qt.\")
        endif()")
else()
    message(WARNING "windeployqt was not found: `cmake --install` will not copy Qt beside lofteskollen.exe.")
endif()

# The libraries that are not Qt (sqlite3, zip, libpng16, csv, xlsxwriter, zlib), wherever vcpkg or MSYS2 put
# them: the folders on CMAKE_PREFIX_PATH and PATH. Windows' own DLLs and Qt's (windeployqt's) are left out.
set(lofteskollen_dll_folders)
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND lofteskollen_dll_folders "${prefix}/bin")
endforeach()
install(RUNTIME_DEPENDENCY_SET lofteskollen_dlls
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6"
    POST_EXCLUDE_REGEXES ".*[/\\\\][Ss]ystem32[/\\\\].*" ".*[/\\\\][Ww]indows[/\\\\].*"
    DIRECTORIES ${lofteskollen_dll_folders} $ENV{PATH}
    DESTINATION bin)

# The compiler's runtime (MSVC's vcruntime and msvcp, or MinGW's libstdc++ and libgcc) beside the program.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# The installer. Names that Windows shows say Löfteskollen; file and folder names stay ASCII, as NSIS and
# older file shares are not sure of ö.
set(CPACK_GENERATOR NSIS WIX)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Lofteskollen")
set(CPACK_PACKAGE_FILE_NAME "lofteskollen-${PROJECT_VERSION}-windows")
# The Start-menu entry: bin/lofteskollen.exe, named Löfteskollen.
set(CPACK_PACKAGE_EXECUTABLES "lofteskollen" "Löfteskollen")
set(CPACK_CREATE_DESKTOP_LINKS "lofteskollen")
# A licence page stands in every NSIS and WiX installer; without a LICENSE file CPack would show CMake's own.
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
else()
    set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_SOURCE_DIR}/windows/installer-notice.txt")
endif()

set(CPACK_NSIS_PACKAGE_NAME "Löfteskollen ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Löfteskollen")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\lofteskollen.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "lofteskollen.exe")

# Never change the upgrade code: it is how Windows knows a newer .msi replaces the installed one.
set(CPACK_WIX_UPGRADE_GUID "5FB0C0B7-89E0-430C-AA18-342A19420639")
set(CPACK_WIX_PRODUCT_NAME "Löfteskollen")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Löfteskollen")
# The installer's own pages in Swedish, English as the fallback (WiX's WixUI has both).
set(CPACK_WIX_CULTURES "sv-SE;en-US")
