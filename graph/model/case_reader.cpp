// Loading the native case format: a fast path, and a located path for files with errors.
//
// The fast path (case_fast_reader.cpp) streams the text through simdjson and builds the
// case directly; it stops at the first problem of any kind. Then, and only then, the text
// is read again here, with our own parser (json_tree.hpp) that keeps the byte offset of
// every value, so that every error is listed with FILE:LINE:COL and its JSON path, as
// before. Both paths apply the same rules (case_rules.hpp), so they produce the same case
// and accept the same files (tests/unit/model/case_fast_path_test.cpp checks it).
#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include "model/case_io.hpp"
#include "model/case_load_paths.hpp"
#include "model/case_rules.hpp"
#include "model/json_tree.hpp"

namespace rk {
namespace {

// The located parser's tree as a case_rules Source: every value knows its offset, and
// errors are collected (up to kMaxListedErrors) instead of stopping the read.
class LocatedSource {
  public:
    static constexpr bool kLocated = true;
    using Value = const json::Value;

    LocatedSource(std::string_view file, const json::LineIndex& lines, DiagnosticList& out)
        : file_(file), lines_(lines), out_(out) {}

    json::Kind kind(Value& v) const { return v.kind; }
    std::size_t offset(Value& v) const { return v.offset; }
    std::string_view string(Value& v) const { return v.text; }
    bool boolean(Value& v) const { return v.boolean; }
    json::Number number(Value& v) const { return {v.number, v.is_integer, v.integer}; }

    template <class OnMember>
    void members(Value& v, OnMember&& on_member) const {
        for (const auto& m : v.members)
            on_member(std::string_view(m.key), m.key_offset, m.value);
    }

    template <class Reserve, class OnItem>
    void items(Value& v, Reserve&& reserve, OnItem&& on_item) const {
        reserve(v.items.size());
        for (std::size_t i = 0; i < v.items.size(); ++i)
            on_item(i, v.items[i]);
    }

    // Lists errors up to kMaxListedErrors; a file with more is reported with a count, so
    // that a broken generated file cannot flood the terminal or take long to report.
    void error(std::size_t offset, std::string message, std::string path) {
        if (++errors_ > kMaxListedErrors)
            return;
        out_.error(file_, lines_.line(offset), lines_.column(offset), std::move(message),
                   std::move(path));
    }

    template <class T>
    void reserve(std::vector<T>& v, std::size_t count) const {
        v.reserve(count);
    }

    // The parser reported duplicate keys already and kept the first.
    void duplicate_key() {}

    std::string where(std::size_t offset) const {
        return "line " + std::to_string(lines_.line(offset)) + ", column " +
               std::to_string(lines_.column(offset));
    }

    void finish() {
        if (errors_ > kMaxListedErrors)
            out_.error(file_, 0, 0,
                       std::to_string(errors_ - kMaxListedErrors) + " more errors not listed (" +
                           std::to_string(errors_) + " in all)");
    }

  private:
    static constexpr std::size_t kMaxListedErrors = 1000;
    std::string file_;
    const json::LineIndex& lines_;
    DiagnosticList& out_;
    std::size_t errors_ = 0;
};

std::optional<CaseLoadResult> refuse_large(std::size_t size, const std::string& file,
                                           const LoadLimits& limits) {
    if (size <= limits.max_file_bytes)
        return std::nullopt;
    CaseLoadResult result;
    result.diagnostics.error(file, 0, 0,
                             "file is " + std::to_string(size) + " bytes; the limit is " +
                                 std::to_string(limits.max_file_bytes) + " bytes");
    return result;
}

// Reads a file of `size` bytes into a padded buffer, once, never copied.
std::optional<PaddedText> read_padded(const std::filesystem::path& path, std::uintmax_t size,
                                      const std::string& file, DiagnosticList& diagnostics) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diagnostics.error(file, 0, 0,
                          "cannot open for reading: " + std::generic_category().message(errno));
        return std::nullopt;
    }
    PaddedText text(static_cast<std::size_t>(size));
    detail::advise_huge_pages(text.data(), text.size());
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size) {
        diagnostics.error(file, 0, 0, "read error (file shrank while reading?)");
        return std::nullopt;
    }
    return text;
}

}  // namespace

namespace detail {

CaseLoadResult read_case_located(std::string_view text, std::string_view file_name,
                                 const LoadLimits& limits) {
    CaseLoadResult result;
    const std::string file(file_name);
    if (auto refused = refuse_large(text.size(), file, limits))
        return std::move(*refused);
    const json::LineIndex lines(text);
    if (!json::check_utf8(text, lines, file, result.diagnostics))
        return result;
    json::Value root;
    if (!json::parse(text, file, lines, limits, root, result.diagnostics))
        return result;
    LocatedSource source(file, lines, result.diagnostics);
    Case c;
    case_rules::CaseRules<LocatedSource>(source).read_case(root, c);
    source.finish();
    if (!result.diagnostics.has_errors())
        result.value = std::move(c);
    return result;
}

}  // namespace detail

CaseLoadResult parse_case_json(std::string_view text, std::string_view file_name,
                               const LoadLimits& limits) {
    const std::string file(file_name);
    if (auto refused = refuse_large(text.size(), file, limits))
        return std::move(*refused);
    PaddedText copy = PaddedText::copy_of(text);
    if (auto fast = detail::read_case_fast(copy, limits)) {
        CaseLoadResult result;
        result.value = std::move(*fast);
        return result;
    }
    return detail::read_case_located(text, file, limits);
}

CaseLoadResult load_case_file(const std::filesystem::path& path, const LoadLimits& limits) {
    CaseLoadResult result;
    const std::string file = path.string();
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        result.diagnostics.error(file, 0, 0, "is a directory, not a case file");
        return result;
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        result.diagnostics.error(file, 0, 0, "cannot read: " + ec.message());
        return result;
    }
    if (auto refused = refuse_large(size, file, limits))
        return std::move(*refused);
    {
        auto text = read_padded(path, size, file, result.diagnostics);
        if (!text)
            return result;
        if (auto fast = detail::read_case_fast(*text, limits)) {
            result.value = std::move(*fast);
            return result;
        }
    }
    // The fast path found a problem and gave back the text it had read: read the file
    // again for the located path, which lists every error with its place.
    const auto again = std::filesystem::file_size(path, ec);
    if (ec) {
        result.diagnostics.error(file, 0, 0, "cannot read: " + ec.message());
        return result;
    }
    if (auto refused = refuse_large(again, file, limits))
        return std::move(*refused);
    auto text = read_padded(path, again, file, result.diagnostics);
    if (!text)
        return result;
    return detail::read_case_located(text->view(), file, limits);
}

}  // namespace rk
