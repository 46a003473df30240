#include "model/json_tree.hpp"
#include "model/utf8.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_set>

namespace rk::json {

const Value* Value::find(std::string_view key) const {
    for (const auto& m : members)
        if (m.key == key)
            return &m.value;
    return nullptr;
}

std::string_view kind_name(Kind k) {
    switch (k) {
        case Kind::Null:
            return "null";
        case Kind::Bool:
            return "a boolean";
        case Kind::Number:
            return "a number";
        case Kind::String:
            return "a string";
        case Kind::Array:
            return "an array";
        case Kind::Object:
            return "an object";
    }
    return "?";
}

bool number_from_lexeme(std::string_view lexeme, Number& out) {
    const char* first = lexeme.data();
    const char* last = first + lexeme.size();
    out = Number{};
    if (lexeme.find_first_of(".eE") == std::string_view::npos) {
        auto [p, ec] = std::from_chars(first, last, out.integer);
        out.is_integer = ec == std::errc{} && p == last;
    }
    auto [p, ec] = std::from_chars(first, last, out.value);
    return ec == std::errc{} && p == last && std::isfinite(out.value);
}

namespace {
bool starts_character(char c) {
    // Continuation bytes belong to the character before them.
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}
}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    block_characters_.reserve(text.size() / kBlock + 1);
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % kBlock == 0)
            block_characters_.push_back(characters);
        if (starts_character(text[i]))
            ++characters;
        if (text[i] == '\n')
            line_starts_.push_back(i + 1);
    }
    total_characters_ = characters;
}

int LineIndex::line(std::size_t offset) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    return static_cast<int>(it - line_starts_.begin());
}

std::size_t LineIndex::characters_before(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const std::size_t block = offset / kBlock;
    if (block >= block_characters_.size())
        return total_characters_;  // offset == size, at a block boundary
    std::size_t n = block_characters_[block];
    for (std::size_t i = block * kBlock; i < offset; ++i)
        n += starts_character(text_[i]) ? 1 : 0;
    return n;
}

int LineIndex::column(std::size_t offset) const {
    const std::size_t start = line_starts_[static_cast<std::size_t>(line(offset) - 1)];
    return static_cast<int>(characters_before(offset) - characters_before(start)) + 1;
}

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80)
        return 1;
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((b(i + k) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
        return 0;
    if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
        return 0;
    return len;
}

bool is_valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = utf8_sequence_length(s, i);
        if (len == 0)
            return false;
        i += len;
    }
    return true;
}

bool check_utf8(std::string_view text, const LineIndex& lines, std::string_view file,
                DiagnosticList& out, int max_reports) {
    int bad = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = utf8_sequence_length(text, i);
        if (len != 0) {
            i += len;
            continue;
        }
        if (++bad <= max_reports) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[i]));
            out.error(std::string(file), lines.line(i), lines.column(i),
                      "invalid UTF-8 byte " + std::string(hex) + " at byte offset " +
                          std::to_string(i) + " (the file must be UTF-8)");
        }
        ++i;
    }
    if (bad > max_reports)
        out.error(std::string(file), 0, 0,
                  std::to_string(bad - max_reports) + " more invalid UTF-8 bytes not listed");
    return bad == 0;
}

namespace {

struct SyntaxError {
    std::size_t offset;
    std::string message;
};

class Parser {
  public:
    Parser(std::string_view text, const LoadLimits& limits, std::string_view file,
           const LineIndex& lines, DiagnosticList& out)
        : s_(text), limits_(limits), file_(file), lines_(lines), out_(out) {}

    void parse_document(Value& root) {
        // A UTF-8 byte-order mark is not JSON, but editors on Windows write it; skip it.
        if (s_.substr(0, 3) == "\xEF\xBB\xBF")
            pos_ = 3;
        skip_ws();
        if (pos_ >= s_.size())
            fail("the file is empty; expected a JSON object");
        parse_value(root, 0);
        skip_ws();
        if (pos_ < s_.size())
            fail("unexpected text after the end of the JSON document");
    }

  private:
    [[noreturn]] void fail(std::string message) { throw SyntaxError{pos_, std::move(message)}; }

    void skip_ws() {
        while (pos_ < s_.size()) {
            const char c = s_[pos_];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++pos_;
        }
    }

    void count_element() {
        if (++elements_ > limits_.max_elements)
            fail("too many values (more than " + std::to_string(limits_.max_elements) + ")");
    }

    void parse_value(Value& v, int depth) {
        count_element();
        v.offset = pos_;
        if (pos_ >= s_.size())
            fail("unexpected end of file; expected a value");
        const char c = s_[pos_];
        switch (c) {
            case '{':
                return parse_object(v, depth + 1);
            case '[':
                return parse_array(v, depth + 1);
            case '"':
                v.kind = Kind::String;
                return parse_string(v.text);
            case 't':
                return parse_literal(v, "true", Kind::Bool, true);
            case 'f':
                return parse_literal(v, "false", Kind::Bool, false);
            case 'n':
                return parse_literal(v, "null", Kind::Null, false);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                    return parse_number(v);
                fail(
                    describe_unexpected("a value (object, array, string, number, true, "
                                        "false or null)"));
        }
    }

    std::string describe_unexpected(std::string_view expected) const {
        std::string found;
        const char c = s_[pos_];
        if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F)
            found = std::string("'") + c + "'";
        else
            found = "byte " + std::to_string(static_cast<unsigned char>(c));
        return "unexpected " + found + "; expected " + std::string(expected);
    }

    void parse_literal(Value& v, std::string_view word, Kind kind, bool b) {
        if (s_.substr(pos_, word.size()) != word)
            fail(
                describe_unexpected("a value (object, array, string, number, true, false or "
                                    "null)"));
        pos_ += word.size();
        v.kind = kind;
        v.boolean = b;
    }

    void check_depth(int depth) {
        if (depth > limits_.max_depth)
            fail("nesting deeper than " + std::to_string(limits_.max_depth) + " levels");
    }

    void parse_object(Value& v, int depth) {
        check_depth(depth);
        v.kind = Kind::Object;
        ++pos_;
        skip_ws();
        if (pos_ < s_.size() && s_[pos_] == '}') {
            ++pos_;
            return;
        }
        // Small objects are checked linearly; big ones (positions, attributes) by hash.
        std::unordered_set<std::string> seen;
        while (true) {
            skip_ws();
            if (pos_ >= s_.size())
                fail("unexpected end of file inside an object; expected '\"'");
            if (s_[pos_] != '"')
                fail(describe_unexpected("a member name in double quotes"));
            Member m;
            m.key_offset = pos_;
            parse_string(m.key);
            skip_ws();
            if (pos_ >= s_.size() || s_[pos_] != ':')
                fail(pos_ >= s_.size() ? "unexpected end of file; expected ':'"
                                       : describe_unexpected("':' after the member name"));
            ++pos_;
            skip_ws();
            parse_value(m.value, depth);
            bool duplicate = false;
            if (v.members.size() < 16) {
                duplicate = std::any_of(v.members.begin(), v.members.end(),
                                        [&](const Member& e) { return e.key == m.key; });
            } else {
                if (seen.empty())
                    for (const auto& e : v.members)
                        seen.insert(e.key);
                duplicate = !seen.insert(m.key).second;
            }
            if (duplicate) {
                out_.error(std::string(file_), lines_.line(m.key_offset),
                           lines_.column(m.key_offset),
                           "duplicate key \"" + m.key + "\" (each key may appear once)");
            } else {
                v.members.push_back(std::move(m));
            }
            skip_ws();
            if (pos_ >= s_.size())
                fail("unexpected end of file inside an object; expected '}'");
            if (s_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (s_[pos_] == '}') {
                ++pos_;
                return;
            }
            fail(describe_unexpected("',' or '}'"));
        }
    }

    void parse_array(Value& v, int depth) {
        check_depth(depth);
        v.kind = Kind::Array;
        ++pos_;
        skip_ws();
        if (pos_ < s_.size() && s_[pos_] == ']') {
            ++pos_;
            return;
        }
        while (true) {
            skip_ws();
            v.items.emplace_back();
            parse_value(v.items.back(), depth);
            skip_ws();
            if (pos_ >= s_.size())
                fail("unexpected end of file inside an array; expected ']'");
            if (s_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (s_[pos_] == ']') {
                ++pos_;
                return;
            }
            fail(describe_unexpected("',' or ']'"));
        }
    }

    unsigned parse_hex4() {
        if (pos_ + 4 > s_.size())
            fail("unexpected end of file in a \\u escape");
        unsigned value = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = s_[pos_];
            unsigned d = 0;
            if (c >= '0' && c <= '9')
                d = static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                d = static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                d = static_cast<unsigned>(c - 'A' + 10);
            else
                fail("invalid \\u escape; expected 4 hexadecimal digits");
            value = value * 16 + d;
            ++pos_;
        }
        return value;
    }

    void parse_escape(std::string& out) {
        const std::size_t escape_start = pos_;
        ++pos_;  // the backslash
        if (pos_ >= s_.size())
            fail("unexpected end of file in a string escape");
        const char c = s_[pos_++];
        switch (c) {
            case '"':
            case '\\':
            case '/':
                out += c;
                return;
            case 'b':
                out += '\b';
                return;
            case 'f':
                out += '\f';
                return;
            case 'n':
                out += '\n';
                return;
            case 'r':
                out += '\r';
                return;
            case 't':
                out += '\t';
                return;
            case 'u':
                break;
            default:
                pos_ = escape_start;
                fail(std::string("invalid escape '\\") + c +
                     "'; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
        std::uint32_t cp = parse_hex4();
        if (cp >= 0xDC00 && cp <= 0xDFFF) {
            pos_ = escape_start;
            fail("lone low surrogate in a \\u escape (not a Unicode character)");
        }
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (s_.substr(pos_, 2) != "\\u") {
                pos_ = escape_start;
                fail("high surrogate \\u escape without the low surrogate that must follow");
            }
            pos_ += 2;
            const std::uint32_t low = parse_hex4();
            if (low < 0xDC00 || low > 0xDFFF) {
                pos_ = escape_start;
                fail("high surrogate \\u escape followed by a non-low-surrogate");
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(out, cp);
    }

    [[noreturn]] void too_long(std::size_t string_start) {
        pos_ = string_start;  // point at the string, not somewhere inside it
        fail("string longer than " + std::to_string(limits_.max_string_bytes) + " bytes");
    }

    // The text was checked for valid UTF-8 before parsing, so bytes are copied as they are.
    void parse_string(std::string& out) {
        const std::size_t start = pos_;
        ++pos_;  // opening quote
        while (true) {
            if (pos_ >= s_.size())
                fail("unexpected end of file inside a string; expected '\"'");
            const char c = s_[pos_];
            if (c == '"') {
                ++pos_;
                return;
            }
            if (c == '\\') {
                parse_escape(out);
            } else if (static_cast<unsigned char>(c) < 0x20) {
                fail("control character (byte " + std::to_string(static_cast<int>(c)) +
                     ") inside a string; write it as an escape such as \\n or \\u0009");
            } else {
                // Copy the run of plain characters at once; check the limit before copying.
                std::size_t end = pos_;
                while (end < s_.size() && s_[end] != '"' && s_[end] != '\\' &&
                       static_cast<unsigned char>(s_[end]) >= 0x20)
                    ++end;
                if (out.size() + (end - pos_) > limits_.max_string_bytes)
                    too_long(start);
                out.append(s_.data() + pos_, end - pos_);
                pos_ = end;
            }
            if (out.size() > limits_.max_string_bytes)
                too_long(start);
        }
    }

    void parse_number(Value& v) {
        const std::size_t start = pos_;
        const auto digit = [&] { return pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9'; };
        if (s_[pos_] == '-')
            ++pos_;
        if (!digit())
            fail("invalid number; expected a digit");
        if (s_[pos_] == '0') {
            ++pos_;
            if (digit())
                fail("invalid number: leading zeros are not allowed");
        } else {
            while (digit())
                ++pos_;
        }
        if (pos_ < s_.size() && s_[pos_] == '.') {
            ++pos_;
            if (!digit())
                fail("invalid number; expected a digit after '.'");
            while (digit())
                ++pos_;
        }
        if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
            ++pos_;
            if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-'))
                ++pos_;
            if (!digit())
                fail("invalid number; expected a digit in the exponent");
            while (digit())
                ++pos_;
        }
        const std::string_view lexeme = s_.substr(start, pos_ - start);
        Number n;
        if (!number_from_lexeme(lexeme, n)) {
            pos_ = start;
            fail("number " + std::string(lexeme.substr(0, 40)) +
                 " is out of range (numbers must be finite 64-bit floating point values)");
        }
        v.kind = Kind::Number;
        v.number = n.value;
        v.is_integer = n.is_integer;
        v.integer = n.integer;
    }

    std::string_view s_;
    const LoadLimits& limits_;
    std::string_view file_;
    const LineIndex& lines_;
    DiagnosticList& out_;
    std::size_t pos_ = 0;
    std::size_t elements_ = 0;
};

}  // namespace

bool parse(std::string_view text, std::string_view file, const LineIndex& lines,
           const LoadLimits& limits, Value& root, DiagnosticList& out) {
    Parser parser(text, limits, file, lines, out);
    try {
        parser.parse_document(root);
    } catch (const SyntaxError& e) {
        out.error(std::string(file), lines.line(e.offset), lines.column(e.offset), e.message);
        return false;
    }
    return true;
}

}  // namespace rk::json
