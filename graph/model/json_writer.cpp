#include "model/json_writer.hpp"

#include <cmath>

#include "model/json_tree.hpp"

namespace rk::json {

namespace {

void append_escape(std::string& out, unsigned char c) {
    switch (c) {
        case '"':
            out += "\\\"";
            return;
        case '\\':
            out += "\\\\";
            return;
        case '\b':
            out += "\\b";
            return;
        case '\f':
            out += "\\f";
            return;
        case '\n':
            out += "\\n";
            return;
        case '\r':
            out += "\\r";
            return;
        case '\t':
            out += "\\t";
            return;
        default: {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
    }
}

}  // namespace

void PrettyWriter::key(std::string_view k) {
    next_element();
    append_string(k);
    out += ": ";
    after_key_ = true;
}

void PrettyWriter::rendered_key(std::string_view text) {
    next_element();
    out += text;
    after_key_ = true;
}

std::string PrettyWriter::rendered(std::string_view k) {
    std::string text;
    append_string(k, text);
    text += ": ";
    return text;
}

void PrettyWriter::string(std::string_view s) {
    next_element();
    append_string(s);
}

void PrettyWriter::boolean(bool b) {
    next_element();
    out += b ? "true" : "false";
}

void PrettyWriter::null() {
    next_element();
    out += "null";
}

void PrettyWriter::number(double d, bool mark_double) {
    next_element();
    if (!std::isfinite(d)) {
        if (problem_.empty())
            problem_ = "a number is not finite (NaN or infinity)";
        out += "null";
        return;
    }
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
    const std::string_view text(buf, static_cast<std::size_t>(end - buf));
    out += text;
    if (mark_double && text.find_first_of(".eE") == std::string_view::npos)
        out += ".0";
}

void PrettyWriter::raw_value(std::string_view text) {
    next_element();
    out += text;
}

void PrettyWriter::open(char bracket) {
    next_element();
    out += bracket;
    has_items_.push_back(false);
}

void PrettyWriter::close(char bracket) {
    const bool had_items = has_items_.back();
    has_items_.pop_back();
    if (had_items) {
        out += '\n';
        out.append(2 * has_items_.size(), ' ');
    }
    out += bracket;
}

void PrettyWriter::next_element() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (has_items_.empty())
        return;
    if (has_items_.back())
        out += ',';
    has_items_.back() = true;
    out += '\n';
    out.append(2 * has_items_.size(), ' ');
}

// Runs of characters that need no escape are appended in one piece.
void PrettyWriter::append_string(std::string_view s, std::string& to) {
    to += '"';
    std::size_t run = 0;  // start of the pending run
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        const std::size_t len = c < 0x80 ? 0 : utf8_sequence_length(s, i);
        if (len > 0) {  // well-formed UTF-8 stays as it is
            i += len;
            continue;
        }
        if (c >= 0x80 && invalid_ == InvalidUtf8::KeepAndReport) {
            if (problem_.empty())
                problem_ = "a text is not valid UTF-8: \"" + std::string(s.substr(0, 40)) + "\"";
            ++i;  // the byte stays in the run
            continue;
        }
        to.append(s.data() + run, i - run);
        if (c < 0x80)
            append_escape(to, c);
        else
            to += "\xEF\xBF\xBD";  // U+FFFD, as nlohmann's error_handler_t::replace
        run = ++i;
    }
    to.append(s.data() + run, i - run);
    to += '"';
}

}  // namespace rk::json
