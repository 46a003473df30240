# `cmake --install`: the executable, what it reads at run time (share/regiekaart: sample
# cases, schema; found through app/doc/install_paths.cpp), and the desktop integration:
# .desktop file, icons (SVG plus PNGs rendered at build time), MIME type for *.regie.json,
# the manual page and bash completion generated from the command table, the documentation.
include(GNUInstallDirs)

set(rk_pkg ${PROJECT_SOURCE_DIR}/packaging)
set(rk_gen ${CMAKE_BINARY_DIR}/generated)

# Manual page and completion: the program prints them from its command table.
# (A sanitizer build runs the same step: its leak report at exit must not fail the build.)
set(rk_run ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0 $<TARGET_FILE:regiekaart>)
add_custom_command(
  OUTPUT ${rk_gen}/regiekaart.1 ${rk_gen}/regiekaart.1.gz ${rk_gen}/regiekaart.bash-completion
  COMMAND ${rk_run} --man > ${rk_gen}/regiekaart.1
  COMMAND gzip -9n -c ${rk_gen}/regiekaart.1 > ${rk_gen}/regiekaart.1.gz
  COMMAND ${rk_run} --bash-completion > ${rk_gen}/regiekaart.bash-completion
  DEPENDS regiekaart
  COMMENT "Generating the manual page and bash completion from the command table"
  VERBATIM)
set(rk_generated_files ${rk_gen}/regiekaart.1 ${rk_gen}/regiekaart.bash-completion)

# PNG icons for menus and panels that do not scale SVG; rendered by rsvg-convert
# (librsvg2-bin), the same renderer desktops use for the SVG.
set(rk_icon_sizes 16 24 32 48 64 128 256)
find_program(RSVG_CONVERT rsvg-convert)
set(rk_icon_pngs)
if(RSVG_CONVERT)
  foreach(size ${rk_icon_sizes})
    set(png ${rk_gen}/icons/${size}x${size}/regiekaart.png)
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${rk_gen}/icons/${size}x${size}
      COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${rk_pkg}/regiekaart.svg
      DEPENDS ${rk_pkg}/regiekaart.svg
      COMMENT "Rendering the ${size}px icon" VERBATIM)
    list(APPEND rk_icon_pngs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
else()
  message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): no PNG icons; the SVG icon "
                  "is still installed")
endif()
add_custom_target(rk_desktop_files ALL DEPENDS ${rk_generated_files} ${rk_icon_pngs})

install(TARGETS regiekaart RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/assets/cases ${PROJECT_SOURCE_DIR}/assets/schema
        DESTINATION ${CMAKE_INSTALL_DATADIR}/regiekaart)
install(FILES ${rk_pkg}/regiekaart.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${rk_pkg}/regiekaart-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME regiekaart.xml)
install(FILES ${rk_pkg}/regiekaart.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The same drawing for the file type, so *.regie.json files show it in the file manager.
install(FILES ${rk_pkg}/regiekaart.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes
        RENAME application-x-regiekaart+json.svg)
install(FILES ${rk_gen}/regiekaart.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${rk_gen}/regiekaart.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME regiekaart)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${rk_pkg}/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs
        FILES_MATCHING PATTERN "*.md")
