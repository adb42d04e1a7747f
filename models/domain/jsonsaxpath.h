#pragma once
// Internal to keel_domain: where a SAX parse currently is ("items[3].sources[0].title"), so limit
// and syntax errors found mid-stream can name the field like the typed decoders do.
#include <cstddef>
#include <string>
#include <vector>

namespace keel::domain::detail {

class SaxPath {
public:
    // Call for every value event (scalars and container starts) before handling it.
    void value()
    {
        if (!m_frames.empty() && m_frames.back().array)
            ++m_frames.back().index; // npos + 1 == 0 for the first element
    }
    void push(bool array) { m_frames.push_back({array, std::string::npos, {}}); }
    void pop()
    {
        if (!m_frames.empty())
            m_frames.pop_back();
    }
    void key(const std::string &k) { m_frames.back().key = k; }
    std::size_t depth() const { return m_frames.size(); }
    std::string path() const
    {
        std::string p;
        for (const Frame &f : m_frames) {
            if (f.array) {
                if (f.index != std::string::npos)
                    p += '[' + std::to_string(f.index) + ']';
            } else if (!f.key.empty()) {
                if (!p.empty())
                    p += '.';
                p += f.key;
            }
        }
        return p;
    }

private:
    struct Frame {
        bool array;
        std::size_t index;
        std::string key;
    };
    std::vector<Frame> m_frames;
};

} // namespace keel::domain::detail
