# The modules the regiekaart executable loads with dlopen on first use (app/modules/):
#   regiekaart-formats.so  workbooks (liborcus, libzip, libxlsxwriter) and the PDF report
#                          (cairo, pango, librsvg)
#   regiekaart-gui.so      the desktop application (Dear ImGui, GLFW, OpenGL, fontconfig,
#                          stb, GIO's portal file chooser)
# The executable links none of those libraries, so a command starts without resolving their
# symbols (see docs/install.md, "What goes where", and the README's architecture). Built
# next to the executable (the build tree finds them there) and installed into
# ${CMAKE_INSTALL_LIBDIR}/regiekaart/.
#
# A module is self-contained: it links the engine's static libraries itself, and its version
# script (app/modules/module.map) exports only its entry, so its copy of the engine never
# binds to the executable's (which exports nothing) nor the other way round.
include(GNUInstallDirs)
set(RK_MODULE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/regiekaart)
set_source_files_properties(${PROJECT_SOURCE_DIR}/app/modules/module_loader.cpp PROPERTIES
  COMPILE_DEFINITIONS RK_MODULE_INSTALL_DIR="${RK_MODULE_INSTALL_DIR}")

# The app's static libraries go into the modules: position-independent code.
foreach(lib rk_document rk_portal rk_gui rk_glad)
  if(TARGET ${lib})
    set_target_properties(${lib} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  endif()
endforeach()

function(rk_add_module target file_name source)
  add_library(${target} MODULE ${PROJECT_SOURCE_DIR}/app/modules/${source})
  target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/app)
  target_link_libraries(${target} PRIVATE ${ARGN})
  string(REGEX REPLACE "\\.so$" "" base ${file_name})
  set_target_properties(${target} PROPERTIES PREFIX "" OUTPUT_NAME ${base} SUFFIX ".so"
    LIBRARY_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
    LINK_DEPENDS ${PROJECT_SOURCE_DIR}/app/modules/module.map)
  target_link_options(${target} PRIVATE
    -Wl,--version-script=${PROJECT_SOURCE_DIR}/app/modules/module.map -Wl,--exclude-libs,ALL)
  # Every symbol resolved at link time (a missing one would otherwise show only at dlopen).
  # Not under sanitizers: their runtime lives in the executable, a module leaves it undefined.
  if(NOT CMAKE_CXX_FLAGS MATCHES "-fsanitize")
    target_link_options(${target} PRIVATE -Wl,-z,defs)
  endif()
  rk_warnings(${target})
  # The executable is useless without its modules: building it builds them.
  add_dependencies(regiekaart ${target})
  install(TARGETS ${target} LIBRARY DESTINATION ${RK_MODULE_INSTALL_DIR})
endfunction()

rk_add_module(rk_formats_module regiekaart-formats.so formats_module.cpp rk_engine)
if(RK_BUILD_GUI)
  rk_add_module(rk_gui_module regiekaart-gui.so gui_module.cpp rk_gui rk_engine)
endif()
