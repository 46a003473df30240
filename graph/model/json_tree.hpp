// A strict JSON parser that keeps the byte offset of every value and key.
//
// Why our own parser: nlohmann::json 3.11.2 cannot tell where a value was in the text (only
// where a syntax error happened), and it silently keeps the last of two duplicate keys. The
// case loader needs both to name line and column for every semantic error, so this small
// recursive-descent parser builds a tree with offsets. It accepts exactly RFC 8259 JSON
// (no comments, trailing commas, NaN or Infinity) and enforces LoadLimits while parsing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/case_io.hpp"
#include "model/diagnostic.hpp"

namespace rk::json {

enum class Kind { Null, Bool, Number, String, Array, Object };

struct Member;

struct Value {
    Kind kind = Kind::Null;
    std::size_t offset = 0;  // byte offset of the value's first character
    bool boolean = false;
    bool is_integer = false;      // a number written without fraction or exponent, in int64 range
    std::int64_t integer = 0;     // valid when is_integer
    double number = 0;            // valid for every number
    std::string text;             // decoded string
    std::vector<Value> items;     // array elements
    std::vector<Member> members;  // object members, in file order (duplicates reported)

    const Value* find(std::string_view key) const;
};

struct Member {
    std::string key;
    std::size_t key_offset = 0;
    Value value;
};

std::string_view kind_name(Kind k);  // "a string", "an object", ...

// A number as both loading paths read it: the value, and whether it was written without
// fraction or exponent and fits an int64 (attributes keep such numbers as integers).
struct Number {
    double value = 0;
    bool is_integer = false;
    std::int64_t integer = 0;
};

// Converts a lexeme that already follows the JSON number grammar. Returns false when the
// value is not a finite double (1e999). O(length of the lexeme).
bool number_from_lexeme(std::string_view lexeme, Number& out);

// Converts byte offsets to 1-based line and column (columns count Unicode characters).
// Construction is O(n) in the text; each lookup is O(log lines + kBlock), also on a file
// that is one huge line (minified JSON), so thousands of errors cannot make it quadratic.
class LineIndex {
  public:
    explicit LineIndex(std::string_view text);
    int line(std::size_t offset) const;
    int column(std::size_t offset) const;

  private:
    static constexpr std::size_t kBlock = 4096;
    std::size_t characters_before(std::size_t offset) const;

    std::string_view text_;
    std::vector<std::size_t> line_starts_;
    std::vector<std::size_t> block_characters_;  // characters before byte k * kBlock
    std::size_t total_characters_ = 0;
};

// Reports every invalid UTF-8 sequence (at most `max_reports`, then a count) as an error.
// Returns true when the text is valid. O(n).
bool check_utf8(std::string_view text, const LineIndex& lines, std::string_view file,
                DiagnosticList& out, int max_reports = 20);

// Length of the well-formed UTF-8 sequence at s[i] (Unicode table 3-7: no overlongs,
// surrogates or code points past U+10FFFF), or 0 when it is invalid. O(1).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// True when `s` is valid UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool is_valid_utf8(std::string_view s);

// Parses one JSON document. On a syntax error, reports it with its location and returns
// false (the parse stops there). Duplicate keys are reported but do not stop the parse.
// Time and memory are linear in the text; limits bound depth, string size and value count.
bool parse(std::string_view text, std::string_view file, const LineIndex& lines,
           const LoadLimits& limits, Value& root, DiagnosticList& out);

}  // namespace rk::json
