// The hardened expat wrapper (see xml.hpp for the safety rules).
#include "io/xml.hpp"

// Debian's libexpat is built with DTD support; the header hides the billion-laughs guard
// unless XML_DTD is defined. Defining it only exposes declarations the library has.
#ifndef XML_DTD
#define XML_DTD
#endif
#include <expat.h>

#include <algorithm>
#include <cstring>
#include <limits>

#include "model/text.hpp"

namespace rk::io::detail {

namespace {

// Line and column of the element being started, as expat numbers them (lines from 1,
// columns from 0 counting characters). expat's XML_GetCurrentColumnNumber walks the text
// again through its encoding tables: asked for every element, that was a tenth of a
// GraphML import. For UTF-8 text without carriage returns (nearly every file) the same
// numbers come from counting line feeds with memchr and the characters of the current
// line since the last event; for any other text, expat is asked.
class ElementPositions {
  public:
    explicit ElementPositions(std::string_view text) : text_(text), own_(utf8_without_cr(text)) {}

    std::pair<int, int> at(XML_Parser p) {
        const XML_Index byte = XML_GetCurrentByteIndex(p);
        if (!own_ || byte < 0 || static_cast<std::size_t>(byte) < offset_ ||
            static_cast<std::size_t>(byte) > text_.size())
            return {static_cast<int>(XML_GetCurrentLineNumber(p)),
                    static_cast<int>(XML_GetCurrentColumnNumber(p))};
        const auto until = static_cast<std::size_t>(byte);
        const char* base = text_.data();
        while (const void* lf = std::memchr(base + offset_, '\n', until - offset_)) {
            offset_ = static_cast<std::size_t>(static_cast<const char*>(lf) - base) + 1;
            ++line_;
            column_ = 0;
        }
        for (; offset_ < until; ++offset_)  // UTF-8 continuation bytes are no character
            column_ += (static_cast<unsigned char>(base[offset_]) & 0xC0) != 0x80 ? 1 : 0;
        return {line_, column_};
    }

  private:
    // Whether expat reads the text as UTF-8 (no UTF-16 byte order mark, no other encoding
    // declared) and it holds no CR (expat counts CR, LF and CR LF each as one line end).
    static bool utf8_without_cr(std::string_view text) {
        if (text.size() >= 2 &&
            ((text[0] == '\xFE' && text[1] == '\xFF') || (text[0] == '\xFF' && text[1] == '\xFE')))
            return false;
        if (text.find('\r') != std::string_view::npos)
            return false;
        std::string_view head = text.substr(0, 512);
        if (head.substr(0, 3) == "\xEF\xBB\xBF")
            head.remove_prefix(3);
        if (head.substr(0, 5) != "<?xml")
            return head.find('\0') == std::string_view::npos;  // no declaration: UTF-8 or 16
        head = head.substr(0, head.find("?>"));
        const auto enc = head.find("encoding");
        if (enc == std::string_view::npos)
            return true;
        const auto open = head.find_first_of("\"'", enc);
        if (open == std::string_view::npos)
            return false;
        const auto close = head.find(head[open], open + 1);
        if (close == std::string_view::npos)
            return false;
        const std::string name = text::ascii_lower(head.substr(open + 1, close - open - 1));
        return name == "utf-8" || name == "utf8";
    }

    std::string_view text_;
    bool own_;
    std::size_t offset_ = 0;  // bytes counted so far
    int line_ = 1, column_ = 0;
};

}  // namespace

struct XmlCallbacks {
    XmlParser* self;
    XmlHandler* handler;
    const LoadLimits* limits;
    // The text of the open elements, one after the other, and where each one's starts:
    // only the innermost element collects (enough for GraphML/GEXF), and a child's text is
    // cut off again when it ends, so the buffer holds each open element's own text. One
    // buffer instead of a string per element: no allocation per element.
    std::string text;
    std::vector<std::size_t> text_start;  // kNoText: an element whose text is not wanted
    static constexpr std::size_t kNoText = static_cast<std::size_t>(-1);
    std::size_t elements = 0;
    // The attributes of the element being started, reused so that an element costs no
    // allocation (a 30,000-edge GraphML file has 100,000 elements).
    std::vector<XmlAttribute> attrs;
    DiagnosticList* diags;
    std::string file;
    ElementPositions positions;

    XML_Parser p() const { return static_cast<XML_Parser>(self->parser_); }

    static std::pair<std::string_view, std::string_view> split(const XML_Char* name) {
        std::string_view n(name);
        auto sep = n.rfind(' ');
        if (sep == std::string_view::npos)
            return {{}, n};
        return {n.substr(0, sep), n.substr(sep + 1)};
    }

    static void XMLCALL start(void* ud, const XML_Char* name, const XML_Char** atts) {
        auto* cb = static_cast<XmlCallbacks*>(ud);
        if (static_cast<int>(cb->text_start.size()) >= cb->limits->max_depth) {
            cb->self->stop("elements nested deeper than " + std::to_string(cb->limits->max_depth) +
                           " levels");
            return;
        }
        if (++cb->elements > cb->limits->max_elements) {
            cb->self->stop("more than " + std::to_string(cb->limits->max_elements) + " elements");
            return;
        }
        std::vector<XmlAttribute>& attrs = cb->attrs;
        attrs.clear();
        for (int i = 0; atts[i]; i += 2) {
            std::string_view value(atts[i + 1]);
            if (value.size() > cb->limits->max_string_bytes) {
                cb->self->stop("attribute value of " + std::to_string(value.size()) +
                               " bytes is over the limit of " +
                               std::to_string(cb->limits->max_string_bytes));
                return;
            }
            attrs.push_back({split(atts[i]).second, value});
        }
        auto [ns, local] = split(name);
        cb->text_start.push_back(cb->handler->wants_text(ns, local) ? cb->text.size() : kNoText);
        const auto [line, column] = cb->positions.at(cb->p());
        cb->handler->on_start(ns, local, attrs, line, column + 1);
    }

    static void XMLCALL end(void* ud, const XML_Char* name) {
        auto* cb = static_cast<XmlCallbacks*>(ud);
        if (cb->text_start.empty())
            return;
        const std::size_t start = cb->text_start.back();
        cb->text_start.pop_back();
        auto [ns, local] = split(name);
        if (start == kNoText) {
            cb->handler->on_end(ns, local, {});
            return;
        }
        cb->handler->on_end(ns, local, std::string_view(cb->text).substr(start));
        cb->text.resize(start);
    }

    static void XMLCALL chars(void* ud, const XML_Char* s, int len) {
        auto* cb = static_cast<XmlCallbacks*>(ud);
        if (cb->text_start.empty() || cb->text_start.back() == kNoText)
            return;
        if (cb->text.size() - cb->text_start.back() + static_cast<std::size_t>(len) >
            cb->limits->max_string_bytes) {
            cb->self->stop("text of more than " + std::to_string(cb->limits->max_string_bytes) +
                           " bytes in one element");
            return;
        }
        cb->text.append(s, static_cast<std::size_t>(len));
    }

    static void XMLCALL entity_decl(void* ud, const XML_Char* name, int, const XML_Char*, int,
                                    const XML_Char*, const XML_Char*, const XML_Char*,
                                    const XML_Char*) {
        auto* cb = static_cast<XmlCallbacks*>(ud);
        cb->self->stop(std::string("entity declaration '") + name +
                       "' refused: entities are not expanded (protection against entity "
                       "expansion and external entities)");
    }

    static void XMLCALL skipped_entity(void* ud, const XML_Char* name, int) {
        auto* cb = static_cast<XmlCallbacks*>(ud);
        cb->self->stop(std::string("reference to undeclared entity '") + name + "'");
    }

    static void XMLCALL doctype(void* ud, const XML_Char* name, const XML_Char* sysid,
                                const XML_Char*, int) {
        auto* cb = static_cast<XmlCallbacks*>(ud);
        if (sysid)
            cb->diags->warning(cb->file, cb->self->line(), cb->self->column(),
                               std::string("external DTD '") + sysid + "' of <!DOCTYPE " + name +
                                   "> not loaded (no file or network is opened)");
    }

    static int XMLCALL external_entity(XML_Parser, const XML_Char*, const XML_Char*,
                                       const XML_Char*, const XML_Char*) {
        return XML_STATUS_ERROR;  // never open another file or URL
    }
};

void XmlParser::stop(std::string message) {
    if (!stop_message_.empty())
        return;
    stop_message_ = std::move(message);
    stop_line_ = line();
    stop_column_ = column();
    XML_StopParser(static_cast<XML_Parser>(parser_), XML_FALSE);
}

int XmlParser::line() const {
    return static_cast<int>(XML_GetCurrentLineNumber(static_cast<XML_Parser>(parser_)));
}
int XmlParser::column() const {
    return static_cast<int>(XML_GetCurrentColumnNumber(static_cast<XML_Parser>(parser_))) + 1;
}

bool XmlParser::parse(std::string_view text, const std::string& file, const LoadLimits& limits,
                      XmlHandler& handler, DiagnosticList& diags) {
    if (text.empty()) {
        diags.error(file, 1, 1, "empty file: expected an XML document");
        return false;
    }
    XML_Parser p = XML_ParserCreateNS(nullptr, ' ');
    if (!p) {
        diags.error(file, 0, 0, "out of memory creating the XML parser");
        return false;
    }
    parser_ = p;
    stop_message_.clear();
    XmlCallbacks cb{this, &handler, &limits, {}, {}, 0, {}, &diags, file, ElementPositions(text)};
    XML_SetUserData(p, &cb);
    XML_SetElementHandler(p, &XmlCallbacks::start, &XmlCallbacks::end);
    XML_SetCharacterDataHandler(p, &XmlCallbacks::chars);
    XML_SetEntityDeclHandler(p, &XmlCallbacks::entity_decl);
    XML_SetSkippedEntityHandler(p, &XmlCallbacks::skipped_entity);
    XML_SetExternalEntityRefHandler(p, &XmlCallbacks::external_entity);
    XML_SetStartDoctypeDeclHandler(p, &XmlCallbacks::doctype);
    XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER);
#if XML_MAJOR_VERSION > 2 || (XML_MAJOR_VERSION == 2 && XML_MINOR_VERSION >= 4)
    XML_SetBillionLaughsAttackProtectionMaximumAmplification(p, 10.0f);
    XML_SetBillionLaughsAttackProtectionActivationThreshold(p, 1u << 20);
#endif
    // One call for the whole buffer: expat rescans an unfinished token on every chunk, so
    // feeding a 200 MB attribute in 1 MiB chunks was quadratic. Handlers still stop the
    // parser early (XML_StopParser); the size limit keeps the length within expat's int.
    bool ok = true;
    if (text.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        diags.error(file, 0, 0, "XML input larger than 2 GiB is not supported");
        ok = false;
    } else if (XML_Parse(p, text.data(), static_cast<int>(text.size()), XML_TRUE) !=
               XML_STATUS_OK) {
        ok = false;
        if (!stop_message_.empty()) {
            diags.error(file, stop_line_, stop_column_, stop_message_);
        } else {
            diags.error(file, line(), column(),
                        std::string("malformed XML: ") + XML_ErrorString(XML_GetErrorCode(p)));
        }
    }
    XML_ParserFree(p);
    parser_ = nullptr;
    return ok;
}

RawNode raw_node_from(const std::vector<XmlAttribute>& attrs, int line, int col) {
    RawNode n;
    n.id = std::string(find_attr(attrs, "id"));
    n.line = line;
    n.column = col;
    return n;
}

RawEdge raw_edge_from(const std::vector<XmlAttribute>& attrs, int line, int col) {
    RawEdge e;
    e.id = std::string(find_attr(attrs, "id"));
    e.source = std::string(find_attr(attrs, "source"));
    e.target = std::string(find_attr(attrs, "target"));
    e.line = line;
    e.column = col;
    return e;
}

void add_default_if_missing(std::vector<std::pair<std::string, AttributeValue>>& attrs,
                            const std::string& name, const AttributeValue& value) {
    for (const auto& a : attrs) {
        if (a.first == name)
            return;
    }
    attrs.emplace_back(name, value);
}

std::string_view find_attr(const std::vector<XmlAttribute>& attrs, std::string_view name) {
    for (const auto& a : attrs)
        if (a.name == name)
            return a.value;
    return {};
}

bool has_attr(const std::vector<XmlAttribute>& attrs, std::string_view name) {
    for (const auto& a : attrs)
        if (a.name == name)
            return true;
    return false;
}

std::string xml_escape(std::string_view s, std::size_t* replaced) {
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        switch (ch) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            case '\n':
                out += "&#10;";
                break;
            case '\r':
                out += "&#13;";
                break;
            case '\t':
                out += "&#9;";
                break;
            default:
                if (static_cast<unsigned char>(ch) < 0x20) {
                    out += "\xEF\xBF\xBD";
                    if (replaced)
                        ++*replaced;
                } else {
                    out += ch;
                }
        }
    }
    return out;
}

}  // namespace rk::io::detail
