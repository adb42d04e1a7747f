// The translation unit that builds the test suite's shared precompiled header (cmake/KeelCompileSpeed.cmake).
