// The fast path of the case loader: simdjson's on-demand parser feeding case_rules.hpp.
//
// simdjson (Debian's libsimdjson-dev) validates UTF-8 and finds every token of the text in
// one vectorised pass, then hands out values in file order without building a tree; the
// rules copy them straight into the case. Nothing here reports errors: the first problem
// of any kind throws Abandon and the caller re-reads the text with the located parser,
// which names line, column and JSON path for every error. So this file only has to be
// strict (accept nothing the located path rejects), never helpful.
#include <simdjson.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>

#include "model/case_load_paths.hpp"
#include "model/case_rules.hpp"
#include "model/json_tree.hpp"

namespace rk::detail {
namespace {

static_assert(PaddedText::kPadding >= simdjson::SIMDJSON_PADDING, "simdjson reads past the end");

namespace od = simdjson::ondemand;
using json::Kind;

// Leaves the fast path; caught in read_case_fast.
struct Abandon {};

[[noreturn]] void abandon() {
    throw Abandon{};
}

// The deepest nesting a valid case has (case, scenarios, scenario, responsibilities,
// responsibility, assignments, assignment, evidence): a smaller depth limit could reject a
// valid file, so with such a limit only the located path reads.
constexpr int kDeepestValidCase = 10;

// Position of the closing quote of the string token that starts at token[0] ('"'), and
// whether the string has escapes. Abandons on a control character (JSON wants them
// escaped; simdjson would let them through) or a token without its closing quote.
std::size_t closing_quote(std::string_view token, bool& escaped) {
    escaped = false;
    for (std::size_t i = 1; i < token.size(); ++i) {
        const auto c = static_cast<unsigned char>(token[i]);
        if (c == '"')
            return i;
        if (c == '\\') {
            escaped = true;
            ++i;
        } else if (c < 0x20) {
            abandon();
        }
    }
    abandon();
}

class FastSource {
  public:
    static constexpr bool kLocated = false;
    using Value = od::value;

    FastSource(const LoadLimits& limits, const char* text_begin, const char* text_end)
        : limits_(limits), text_end_(text_end), released_(text_begin), next_release_(text_begin) {}

    Kind kind(Value& v) {
        od::json_type type;
        if (v.type().get(type))
            abandon();
        switch (type) {
            case od::json_type::array:
                return Kind::Array;
            case od::json_type::object:
                return Kind::Object;
            case od::json_type::number:
                return Kind::Number;
            case od::json_type::string:
                return Kind::String;
            case od::json_type::boolean:
                return Kind::Bool;
            case od::json_type::null:
                return Kind::Null;
        }
        abandon();
    }

    std::size_t offset(Value&) const { return 0; }

    // The decoded text. Without escapes (nearly always) it is a view of the file itself;
    // with escapes simdjson decodes it into its own buffer.
    std::string_view string(Value& v) {
        const std::string_view token = v.raw_json_token();
        release_behind(token.data());
        bool escaped = false;
        const std::size_t end = closing_quote(token, escaped);
        std::string_view text;
        if (!escaped) {
            od::raw_json_string raw;
            if (v.get_raw_json_string().get(raw))
                abandon();
            text = token.substr(1, end - 1);
        } else {
            // simdjson checks the escapes; a lone surrogate would come out as invalid UTF-8.
            if (v.get_string().get(text) || !json::is_valid_utf8(text))
                abandon();
        }
        if (text.size() > limits_.max_string_bytes)
            abandon();
        return text;
    }

    bool boolean(Value& v) {
        bool b = false;
        if (v.get_bool().get(b))
            abandon();
        return b;
    }

    // simdjson checks the grammar; the value comes from the same conversion the located
    // parser uses, so both paths agree to the bit (and on what counts as an integer).
    json::Number number(Value& v) {
        std::string_view token = v.raw_json_token();
        double ignored = 0;
        if (v.get_double().get(ignored))
            abandon();
        while (!token.empty() && (token.back() == ' ' || token.back() == '\n' ||
                                  token.back() == '\r' || token.back() == '\t'))
            token.remove_suffix(1);
        json::Number n;
        if (!json::number_from_lexeme(token, n))
            abandon();
        return n;
    }

    template <class OnMember>
    void members(Value& v, OnMember&& on_member) {
        od::object object;
        if (v.get_object().get(object))
            abandon();
        for (auto member : object) {
            od::field field;
            if (std::move(member).get(field))
                abandon();
            count_value();
            const std::string_view key = decode_key(field);
            on_member(key, 0, field.value());
        }
    }

    template <class Reserve, class OnItem>
    void items(Value& v, Reserve&& reserve, OnItem&& on_item) {
        od::array array;
        if (v.get_array().get(array))
            abandon();
        std::size_t count = 0;
        if (array.count_elements().get(count))
            abandon();
        reserve(count);
        std::size_t i = 0;
        for (auto item : array) {
            Value value;
            if (std::move(item).get(value))
                abandon();
            count_value();
            on_item(i++, value);
        }
    }

    // Room for an array's items. A large one (the relations of a big case: 100 MB) asks for
    // transparent huge pages: filling it then takes a few hundred page faults instead of
    // tens of thousands, a tenth of the load's time. Only a hint; the kernel may refuse.
    template <class T>
    void reserve(std::vector<T>& v, std::size_t count) const {
        v.reserve(count);
        advise_huge_pages(v.data(), v.capacity() * sizeof(T));
    }

    [[noreturn]] void error(std::size_t, std::string, std::string) { abandon(); }
    [[noreturn]] void duplicate_key() { abandon(); }
    std::string where(std::size_t) const { return {}; }

    void count_value() {
        if (++values_ > limits_.max_elements)
            abandon();
    }

  private:
    // Gives the pages of text more than kKeep bytes behind the reading position back to the
    // system: the case built from a file takes three times its size, so the file need not
    // stay too. simdjson reads forward only (arrays are counted before they are read, not
    // after), and the text is the fast path's own copy: should anything read a released
    // page, it reads zeros, fails, and the located path reads the file again.
    void release_behind(const char* at) {
        if (at < next_release_)
            return;
        static const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
        const auto from = (reinterpret_cast<std::uintptr_t>(released_) + page - 1) & ~(page - 1);
        const auto to = (reinterpret_cast<std::uintptr_t>(at) - kKeep) & ~(page - 1);
        if (at - released_ > static_cast<std::ptrdiff_t>(kKeep) && to > from) {
            madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);  // only a hint
            released_ = reinterpret_cast<const char*>(to);
        }
        next_release_ = at + kStep;
    }

    static constexpr std::size_t kKeep = 256u << 10, kStep = 1u << 20;

    std::string_view decode_key(od::field& field) {
        const char* start = field.key().raw();  // just after the opening quote
        release_behind(start);
        bool escaped = false;
        const std::size_t end = closing_quote(
            std::string_view(start - 1, static_cast<std::size_t>(text_end_ - start) + 1), escaped);
        std::string_view key(start, end - 1);
        if (escaped && (field.unescaped_key().get(key) || !json::is_valid_utf8(key)))
            abandon();
        if (key.size() > limits_.max_string_bytes)
            abandon();
        return key;
    }

    const LoadLimits& limits_;
    const char* text_end_;
    const char* released_;      // pages before this were given back
    const char* next_release_;  // no release before the reading position passes this
    std::size_t values_ = 0;
};

}  // namespace

void advise_huge_pages(const void* data, std::size_t bytes) {
    constexpr std::uintptr_t kHuge = 2u << 20;
    if (bytes < 2 * kHuge)
        return;
    const auto from = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const auto to = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (to > from)
        madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
}

std::optional<Case> read_case_fast(PaddedText& padded, const LoadLimits& limits) {
    if (padded.size() > limits.max_file_bytes || limits.max_depth < kDeepestValidCase)
        return std::nullopt;
    std::string_view text = padded.view();
    // A UTF-8 byte-order mark is not JSON, but editors on Windows write it; skip it.
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    od::parser parser;
    od::document doc;
    if (parser.iterate(text.data(), text.size(), text.size() + PaddedText::kPadding).get(doc))
        return std::nullopt;
    try {
        FastSource source(limits, text.data(), text.data() + text.size());
        od::value root;
        if (doc.get_value().get(root))
            return std::nullopt;
        source.count_value();
        Case c;
        case_rules::CaseRules<FastSource>(source).read_case(root, c);
        // Nothing may follow the document.
        const char* rest = nullptr;
        if (doc.current_location().get(rest) != simdjson::OUT_OF_BOUNDS)
            return std::nullopt;
        return c;
    } catch (const Abandon&) {
        return std::nullopt;
    }
}

}  // namespace rk::detail
