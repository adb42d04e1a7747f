namespace keel::widgets { int placeholder() { return 0; } }
