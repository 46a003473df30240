// JSON text written straight into one string, pretty-printed as nlohmann's dump(2) does: a
// two-space indent, one element per line, empty containers as [] and {}, keys and values in
// call order. The case writer (case_writer.cpp) and the analysis report
// (analytics/report_json.cpp) both write through it, so the two formats share one layout,
// one escaping and one UTF-8 rule.
#pragma once

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rk::json {

class PrettyWriter {
  public:
    // What a string that is not valid UTF-8 becomes: kept byte for byte and named in
    // problem() (the case writer refuses to save such a file), or written with each invalid
    // byte replaced by U+FFFD (as nlohmann's error_handler_t::replace: the analysis report).
    enum class InvalidUtf8 { KeepAndReport, Replace };

    explicit PrettyWriter(InvalidUtf8 invalid = InvalidUtf8::KeepAndReport) : invalid_(invalid) {}

    std::string out;

    // The first reason why the text would not read back as written (a kept invalid UTF-8
    // string, a number that is not finite), or empty.
    const std::string& problem() const { return problem_; }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    void key(std::string_view k);
    // A key rendered once by rendered(k), for keys repeated in every row.
    void rendered_key(std::string_view text);
    // `k` as a key's text: the quoted, escaped name and ": ".
    std::string rendered(std::string_view k);

    void string(std::string_view s);
    void boolean(bool b);
    void null();
    template <class Int>
    void integer(Int i) {
        next_element();
        char buf[24];
        const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, i);
        out.append(buf, static_cast<std::size_t>(end - buf));
    }
    // The shortest text that reads back to the same double; with `mark_double`, a whole
    // number keeps a ".0" so it reads back as a double. Not finite: null and a problem.
    void number(double d, bool mark_double = false);
    // A value already written as JSON text (a number in another layout, say).
    void raw_value(std::string_view text);

    // An array of strings on one line: ["regisseur", "financier"].
    template <class Range, class TextOf>
    void inline_strings(const Range& items, TextOf text_of) {
        next_element();
        out += '[';
        bool first = true;
        for (const auto& item : items) {
            if (!first)
                out += ", ";
            first = false;
            append_string(text_of(item));
        }
        out += ']';
    }

  private:
    void open(char bracket);
    void close(char bracket);
    // The separator and indent before a value or key.
    void next_element();
    // `s` quoted and escaped at the end of `to`, by the UTF-8 rule of this writer.
    void append_string(std::string_view s, std::string& to);
    void append_string(std::string_view s) { append_string(s, out); }

    InvalidUtf8 invalid_;
    std::string problem_;
    std::vector<bool> has_items_;  // per open container: has it an element yet
    bool after_key_ = false;
};

}  // namespace rk::json
