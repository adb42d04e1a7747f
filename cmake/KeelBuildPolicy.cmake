# One INTERFACE target carries the compile policy for every Keel target (see docs/architecture.md).
add_library(keel_build_policy INTERFACE)
target_compile_features(keel_build_policy INTERFACE cxx_std_20)
# Warnings are errors for developers and CI (scripts/test.sh turns this on); packagers and users
# building with another compiler or flags get warnings, not a failed build.
option(KEEL_WERROR "Treat compiler warnings in Keel's own targets as errors" OFF)
target_compile_options(keel_build_policy INTERFACE -Wall -Wextra $<$<BOOL:${KEEL_WERROR}>:-Werror>)
# GCC 12 at -O3 (Release) reports -Wrestrict on plain std::string assignments and concatenations
# inlined from libstdc++ (GCC bugs 105329, 105651; fixed in 13): still shown there, never fatal.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(keel_build_policy INTERFACE $<$<CONFIG:Release>:-Wno-error=restrict>)
endif()
target_compile_definitions(keel_build_policy INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)
