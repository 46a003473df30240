# rk_engine_module(NAME DEPS ... LIBS ... [EXCLUDE file.cpp ...]): the engine library
# graph/NAME -> target rk_NAME.
#
# Sources are globbed so that a module grows without edits here. Every engine target gets
# graph/ui_firewall first on its include path: those headers are #error stubs named like
# imgui.h, GLFW/glfw3.h and glad/gl.h, so any attempt of graph/ to include UI code fails
# to compile. That is how the build graph keeps the engine free of UI.
# EXCLUDE leaves files out that rk_engine_part builds apart (code over heavy libraries).
function(rk_engine_module name)
  cmake_parse_arguments(M "" "" "DEPS;LIBS;EXCLUDE" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/graph/${name}/*.cpp)
  foreach(excluded ${M_EXCLUDE})
    list(REMOVE_ITEM sources ${PROJECT_SOURCE_DIR}/graph/${name}/${excluded})
  endforeach()
  if(NOT sources)
    # A module with headers only (or not yet written) still provides its include path.
    add_library(rk_${name} INTERFACE)
    target_include_directories(rk_${name} INTERFACE ${PROJECT_SOURCE_DIR}/graph)
    target_link_libraries(rk_${name} INTERFACE ${M_DEPS})
    return()
  endif()
  add_library(rk_${name} STATIC ${sources})
  rk_engine_target_settings(rk_${name})
  target_link_libraries(rk_${name} PUBLIC ${M_DEPS} PRIVATE ${M_LIBS})
endfunction()

# rk_engine_part(TARGET FILES graph/DIR/file.cpp ... DEPS ... LIBS ...): engine files that
# need a heavy library (liborcus, libzip, libxlsxwriter, cairo, pango, librsvg) as an OBJECT
# library. The regiekaart executable does not link them: it calls them through proxies that
# load the formats module (app/modules/). Tests, benchmarks and the module link the objects
# directly (an OBJECT library's objects go into every target that links it directly, so the
# static libraries' link order does not matter).
function(rk_engine_part target)
  cmake_parse_arguments(P "" "" "FILES;DEPS;LIBS" ${ARGN})
  list(TRANSFORM P_FILES PREPEND ${PROJECT_SOURCE_DIR}/)
  add_library(${target} OBJECT ${P_FILES})
  rk_engine_target_settings(${target})
  target_link_libraries(${target} PUBLIC ${P_DEPS} PRIVATE ${P_LIBS})
endfunction()

# What every engine library shares: the UI firewall, the include root, PIC (the modules are
# shared objects built from the same libraries) and the warnings.
function(rk_engine_target_settings target)
  target_include_directories(${target} BEFORE PRIVATE ${PROJECT_SOURCE_DIR}/graph/ui_firewall)
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/graph)
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  rk_warnings(${target})
endfunction()

# rk_unit_tests(NAME DEPS ...): tests/unit/NAME/*.cpp -> executable test_NAME, in ctest.
function(rk_unit_tests name)
  cmake_parse_arguments(T "" "" "DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/unit/${name}/*.cpp)
  if(NOT sources)
    return()
  endif()
  add_executable(test_${name} ${sources})
  target_link_libraries(test_${name} PRIVATE ${T_DEPS} GTest::gtest_main)
  target_include_directories(test_${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(test_${name} PRIVATE
    RK_SOURCE_DIR="${PROJECT_SOURCE_DIR}" RK_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
  rk_warnings(test_${name})
  gtest_discover_tests(test_${name} DISCOVERY_TIMEOUT 60
    PROPERTIES ENVIRONMENT "RK_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()
