#pragma once
#include <optional>
#include <string>
#include <vector>

namespace keel::domain {

// Every list is cursor-paged: {"items": [...], "next_cursor": "opaque" | null}
template <typename T>
struct Page {
    std::vector<T> items;
    std::optional<std::string> nextCursor;
};

} // namespace keel::domain
