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
  # The same libstdc++ inlining gives false -Warray-bounds on std::string copies at -O2 (GCC bugs
  # 105762, 106199): which translation units trip it changes with include order, so with
  # precompiled headers outbox.cpp did. Shown, never fatal, on GCC 12 only.
  target_compile_options(keel_build_policy INTERFACE -Wno-error=array-bounds)
endif()
target_compile_definitions(keel_build_policy INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# Sanitizers for Keel's own targets (the asan preset, scripts/sanitize.sh): a list such as
# "address;undefined", passed to GCC/Clang as -fsanitize=address,undefined on compile and link.
# Every library, executable and test links keel_build_policy, so keel, keel-platform and the
# tests are all instrumented. UBSan findings abort (-fno-sanitize-recover) so a test fails on them
# instead of printing a line nobody reads; frame pointers keep the reports' stacks complete.
set(KEEL_SANITIZE "" CACHE STRING "Sanitizers for Keel's targets, e.g. address;undefined (empty = none)")
if(KEEL_SANITIZE)
  list(JOIN KEEL_SANITIZE "," _keel_sanitizers)
  set(_keel_sanitize_flags -fsanitize=${_keel_sanitizers} -fno-omit-frame-pointer)
  if("undefined" IN_LIST KEEL_SANITIZE)
    list(APPEND _keel_sanitize_flags -fno-sanitize-recover=undefined)
  endif()
  # GCC's manual warns that sanitizers raise false -Wmaybe-uninitialized reports; GCC 12 with
  # ASan gives them inside libstdc++'s <regex> (std::function moves in _NFA::_M_insert_*), so
  # here that one warning is shown but not fatal. The plain builds keep it an error.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    list(APPEND _keel_sanitize_flags -Wno-error=maybe-uninitialized)
  endif()
  target_compile_options(keel_build_policy INTERFACE ${_keel_sanitize_flags})
  target_link_options(keel_build_policy INTERFACE -fsanitize=${_keel_sanitizers})
  message(STATUS "Keel: sanitizers ${_keel_sanitizers}")
  unset(_keel_sanitizers)
  unset(_keel_sanitize_flags)
endif()
