# rk_engine_module(NAME DEPS ...): the engine library graph/NAME -> target rk_NAME.
#
# Sources are globbed so that a module grows without edits here. Every engine target gets
# graph/ui_firewall first on its include path: those headers are #error stubs named like
# imgui.h, GLFW/glfw3.h and glad/gl.h, so any attempt of graph/ to include UI code fails
# to compile. That is how the build graph keeps the engine free of UI.
function(rk_engine_module name)
  cmake_parse_arguments(M "" "" "DEPS;LIBS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/graph/${name}/*.cpp)
  if(NOT sources)
    # A module with headers only (or not yet written) still provides its include path.
    add_library(rk_${name} INTERFACE)
    target_include_directories(rk_${name} INTERFACE ${PROJECT_SOURCE_DIR}/graph)
    target_link_libraries(rk_${name} INTERFACE ${M_DEPS})
    return()
  endif()
  add_library(rk_${name} STATIC ${sources})
  target_include_directories(rk_${name} BEFORE PRIVATE ${PROJECT_SOURCE_DIR}/graph/ui_firewall)
  target_include_directories(rk_${name} PUBLIC ${PROJECT_SOURCE_DIR}/graph)
  target_link_libraries(rk_${name} PUBLIC ${M_DEPS} PRIVATE ${M_LIBS})
  set_target_properties(rk_${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  rk_warnings(rk_${name})
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
