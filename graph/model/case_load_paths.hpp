// The two paths of the case loader (internal; parse_case_json and load_case_file in
// case_io.hpp choose between them). Exposed for the tests that prove they agree.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>

#include "model/case.hpp"
#include "model/case_io.hpp"

namespace rk {

// Text followed by kPadding zero bytes that are not part of it: simdjson reads up to 64
// bytes past the end with vector instructions, so the file is read into such a buffer
// once instead of being copied into one later.
class PaddedText {
  public:
    static constexpr std::size_t kPadding = 64;  // SIMDJSON_PADDING (checked where it is used)

    explicit PaddedText(std::size_t size) : data_(new char[size + kPadding]), size_(size) {
        std::memset(data_.get() + size, 0, kPadding);
    }
    static PaddedText copy_of(std::string_view text) {
        PaddedText t(text.size());
        if (!text.empty())
            std::memcpy(t.data(), text.data(), text.size());
        return t;
    }

    char* data() { return data_.get(); }
    const char* data() const { return data_.get(); }
    std::size_t size() const { return size_; }
    std::string_view view() const { return {data_.get(), size_}; }

  private:
    std::unique_ptr<char[]> data_;
    std::size_t size_;
};

namespace detail {

// The fast path: the case when the text is a valid case file, nullopt at the first problem
// of any kind (syntax, UTF-8, types, unknown fields, duplicate keys, ids, references,
// limits), without saying which. O(size of the text); memory: simdjson's index of the
// text (4 bytes per token) and the case itself, no tree. It consumes `text`: pages already
// read are given back to the system, so the located path must read the original again.
std::optional<Case> read_case_fast(PaddedText& text, const LoadLimits& limits);

// Asks the kernel for transparent huge pages in [data, data + bytes) when it spans several:
// filling a large buffer then takes a few hundred page faults instead of tens of thousands.
// Only a hint; nothing changes when the kernel refuses.
void advise_huge_pages(const void* data, std::size_t bytes);

// The located path: every error with file, line, column and JSON path. Slower and builds
// a tree of the whole document; used when the fast path fails.
CaseLoadResult read_case_located(std::string_view text, std::string_view file_name,
                                 const LoadLimits& limits);

}  // namespace detail
}  // namespace rk
