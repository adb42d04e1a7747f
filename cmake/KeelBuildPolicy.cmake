# One INTERFACE target carries the compile policy for every Keel target (see docs/architecture.md).
add_library(keel_build_policy INTERFACE)
target_compile_features(keel_build_policy INTERFACE cxx_std_20)
target_compile_options(keel_build_policy INTERFACE -Wall -Wextra -Werror)
target_compile_definitions(keel_build_policy INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)
