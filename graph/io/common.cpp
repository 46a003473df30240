// Shared helpers of the readers and writers: bounded file reading, atomic writing, strict
// number and UTF-8 checks, and the "what this format cannot hold" warnings.
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "io/io_detail.hpp"
#include "model/text.hpp"
#include "model/utf8.hpp"

namespace rk::io::detail {

std::optional<std::string> read_bounded(const std::filesystem::path& path, const LoadLimits& limits,
                                        DiagnosticList& diags) {
    const std::string file = path.string();
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec) {
        diags.error(file, 0, 0, "cannot open: " + ec.message());
        return std::nullopt;
    }
    if (std::filesystem::is_directory(status)) {
        diags.error(file, 0, 0, "is a directory, expected a file");
        return std::nullopt;
    }
    std::uintmax_t known_size = 0;
    if (std::filesystem::is_regular_file(status)) {
        auto size = std::filesystem::file_size(path, ec);
        if (!ec)
            known_size = size;
        if (!ec && size > limits.max_file_bytes) {
            diags.error(file, 0, 0,
                        "file is " + std::to_string(size) + " bytes, over the limit of " +
                            std::to_string(limits.max_file_bytes) + " bytes");
            return std::nullopt;
        }
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.error(file, 0, 0, std::string("cannot open: ") + std::strerror(errno));
        return std::nullopt;
    }
    // A regular file is read in one call into a string of its size: growing the string by
    // doubling copied the text and touched twice its memory. Then (and for pipes and
    // devices, which report no size up front) in chunks with a cap.
    std::string text;
    if (known_size > 0) {
        text.resize(static_cast<std::size_t>(known_size));
        in.read(text.data(), static_cast<std::streamsize>(text.size()));
        text.resize(static_cast<std::size_t>(in.gcount()));
    }
    char buf[1 << 16];
    while (in) {
        in.read(buf, sizeof buf);
        text.append(buf, static_cast<std::size_t>(in.gcount()));
        if (text.size() > limits.max_file_bytes) {
            diags.error(
                file, 0, 0,
                "input is over the limit of " + std::to_string(limits.max_file_bytes) + " bytes");
            return std::nullopt;
        }
    }
    if (in.bad()) {
        diags.error(file, 0, 0, "read error");
        return std::nullopt;
    }
    return text;
}

std::string write_atomic(std::string_view text, const std::filesystem::path& path) {
    // The model's atomic save (temporary file, fsync, rename, fsync of the folder; fault
    // tested there). Exports keep no .bak: the source of truth is the case file.
    SaveOptions opt;
    opt.keep_backup = false;
    SaveResult r = save_text_file_atomic(text, path, opt);
    return r.ok ? std::string() : r.error;
}

std::optional<double> parse_double(std::string_view s) {
    if (s.empty())
        return std::nullopt;
    std::string_view body = s;
    if (body.front() == '+')
        body.remove_prefix(1);
    double v = 0;
    auto [ptr, ec] = std::from_chars(body.data(), body.data() + body.size(), v);
    if (ec == std::errc::result_out_of_range) {
        // Overflow: report as infinite so that callers refuse it as non-finite.
        return body.front() == '-' ? -HUGE_VAL : HUGE_VAL;
    }
    if (ec != std::errc() || ptr != body.data() + body.size())
        return std::nullopt;
    return v;
}

std::optional<std::int64_t> parse_int(std::string_view s) {
    if (s.empty())
        return std::nullopt;
    if (s.front() == '+')
        s.remove_prefix(1);
    std::int64_t v = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size())
        return std::nullopt;
    return v;
}

std::optional<bool> parse_bool(std::string_view s) {
    const std::string l = text::ascii_lower(s);
    if (l == "true" || l == "1" || l == "yes" || l == "ja")
        return true;
    if (l == "false" || l == "0" || l == "no" || l == "nee")
        return false;
    return std::nullopt;
}

std::string format_double(double v) {
    char buf[64];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
    if (ec != std::errc())
        return "nan";
    return std::string(buf, ptr);
}

std::string attribute_to_string(const AttributeValue& v) {
    if (auto s = std::get_if<std::string>(&v))
        return *s;
    if (auto d = std::get_if<double>(&v))
        return format_double(*d);
    if (auto i = std::get_if<std::int64_t>(&v))
        return std::to_string(*i);
    return std::get<bool>(v) ? "true" : "false";
}

namespace {

// Length of the UTF-8 sequence that starts at s[i] (1 for ASCII), or 0 when the bytes there
// are not UTF-8 (or a NUL byte).
std::size_t utf8_length_at(std::string_view s, std::size_t i) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    unsigned char c = p[i];
    if (c == 0)
        return 0;
    if (c < 0x80)
        return 1;
    std::size_t len;
    unsigned min;
    unsigned cp;
    if ((c & 0xE0) == 0xC0) {
        len = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, min = 0x10000, cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + len > n)
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((p[i + k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = utf8_length_at(s, i);
        if (len == 0)
            return i;
        i += len;
    }
    return std::string_view::npos;
}

std::string decode_utf8_or_cp1252(std::string_view text, const std::string& file,
                                  std::string_view advice, DiagnosticList& diags) {
    std::size_t multibyte = 0, invalid = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = utf8_length_at(text, i);
        multibyte += len > 1 ? 1 : 0;
        invalid += len == 0 ? 1 : 0;
        i += len == 0 ? 1 : len;
    }
    if (invalid == 0)
        return std::string(text);
    const std::size_t first_bad = find_invalid_utf8(text);
    auto [line, col] = line_column(text, first_bad);
    if (multibyte < invalid) {
        // A file Windows wrote: decoded as a whole.
        std::size_t undefined = 0;
        std::string out = cp1252_to_utf8(text, &undefined);
        diags.warning(
            file, line, col,
            "not UTF-8: read as Windows-1252" + std::string(advice) +
                (undefined ? " (" + std::to_string(undefined) + " undefined byte(s) became U+FFFD)"
                           : std::string()));
        return out;
    }
    // UTF-8 with stray bytes (a name pasted from a Windows program): only those bytes are
    // read as Windows-1252, so the valid UTF-8 text around them stays as it is.
    constexpr int kLinesNamed = 10;
    std::string out;
    out.reserve(text.size() + invalid * 2);
    int lines_named = 0, last_line = 0, line_no = 1;
    std::size_t unnamed = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = utf8_length_at(text, i);
        if (len > 0) {
            line_no += text[i] == '\n' ? 1 : 0;
            out.append(text.substr(i, len));
            i += len;
            continue;
        }
        std::string decoded = cp1252_to_utf8(text.substr(i, 1));
        if (line_no != last_line) {
            last_line = line_no;
            if (lines_named < kLinesNamed) {
                ++lines_named;
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[i]));
                diags.warning(file, line_no, line_column(text, i).second,
                              std::string("byte ") + hex + " is not UTF-8: read as Windows-1252 '" +
                                  decoded + "'; the rest of the file is read as UTF-8");
            } else {
                ++unnamed;
            }
        }
        out += decoded;
        ++i;
    }
    if (unnamed)
        diags.warning(file, 0, 0,
                      std::to_string(unnamed) +
                          " more line(s) with bytes that are not UTF-8, read as Windows-1252");
    return out;
}

std::pair<int, int> line_column(std::string_view text, std::size_t offset) {
    int line = 1;
    std::size_t line_start = 0;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    return {line, static_cast<int>(offset - line_start) + 1};
}

bool strip_bom(std::string_view& text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
        return true;
    }
    return false;
}

bool check_utf8(std::string_view text, const std::string& file, DiagnosticList& diags) {
    std::size_t bad = find_invalid_utf8(text);
    if (bad == std::string_view::npos)
        return true;
    auto [line, col] = line_column(text, bad);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[bad]));
    if (text[bad] == 0) {
        diags.error(file, line, col, "NUL byte: this looks like a binary file, expected text");
    } else {
        diags.error(file, line, col,
                    std::string("invalid UTF-8 byte ") + hex +
                        ": expected UTF-8 text (save the file as UTF-8)");
    }
    return false;
}

const Scenario* pick_scenario(const Case& c, const ExportOptions& opt, const std::string& file,
                              DiagnosticList& diags) {
    if (c.scenarios.empty()) {
        diags.error(file, 0, 0, "the case has no scenario to write");
        return nullptr;
    }
    if (opt.scenario.empty())
        return &c.scenarios.front();
    const Scenario* s = c.find_scenario(opt.scenario);
    if (!s)
        diags.error(file, 0, 0, "no scenario with id '" + opt.scenario + "' in the case");
    return s;
}

void report_unwritten(const Case& c, const Scenario& s, std::string_view format_label,
                      const std::string& file, DiagnosticList& diags) {
    auto warn = [&](std::size_t count, std::string_view what) {
        if (count == 0)
            return;
        diags.warning(file, 0, 0,
                      std::to_string(count) + " " + std::string(what) + " not written: " +
                          std::string(format_label) + " cannot hold them (use .regie.json)");
    };
    warn(c.scenarios.size() - 1, "other scenario(s)");
    warn(c.lineage.size(), "lineage link(s)");
    warn(s.responsibilities.size(), "responsibility(ies)");
    warn(s.forums.size(), "forum(s)");
    warn(s.dilemmas.size(), "dilemma observation(s)");
    std::size_t prov = 0;
    for (const auto& a : s.actors)
        prov += a.provenance.empty() ? 0 : 1;
    for (const auto& r : s.relations)
        prov += r.details->provenance.empty() ? 0 : 1;
    warn(prov, "provenance record(s) of actors and relations");
    if (!c.sources.empty() || !c.goal.text.empty() || !c.description.empty())
        warn(1, "case description/goal/sources");
    if (s.regie != RegieElements{})
        warn(1, "regie element text(s)");
    if (!s.groups.empty())
        warn(s.groups.size(), "group definition(s) (membership is kept)");
}

}  // namespace rk::io::detail

namespace rk::io::detail {

std::string cp1252_to_utf8(std::string_view s, std::size_t* undefined) {
    // 0x80-0x9F differ from Latin-1; 0 marks the five undefined positions.
    static constexpr char16_t k80[32] = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char ch : s) {
        unsigned char b = static_cast<unsigned char>(ch);
        unsigned cp = b;
        if (b >= 0x80 && b < 0xA0) {
            cp = k80[b - 0x80];
            if (cp == 0) {
                cp = 0xFFFD;
                if (undefined)
                    ++*undefined;
            }
        }
        append_utf8(out, cp);
    }
    return out;
}

}  // namespace rk::io::detail
