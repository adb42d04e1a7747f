namespace keel::platform { int placeholder() { return 0; } }
