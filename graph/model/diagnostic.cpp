#include "model/diagnostic.hpp"

#include <algorithm>

namespace rk {

std::string_view severity_name(Severity s) {
    switch (s) {
        case Severity::Info:
            return "info";
        case Severity::Warning:
            return "warning";
        case Severity::Error:
            return "error";
    }
    return "error";
}

std::string Diagnostic::to_string() const {
    std::string out = file.empty() ? std::string("<input>") : file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0)
            out += ':' + std::to_string(column);
    }
    out += ": ";
    out += severity_name(severity);
    out += ": ";
    out += message;
    if (!path.empty())
        out += " (at " + path + ")";
    return out;
}

void DiagnosticList::error(std::string file, int line, int column, std::string message,
                           std::string path) {
    add({Severity::Error, std::move(file), line, column, std::move(path), std::move(message)});
}
void DiagnosticList::warning(std::string file, int line, int column, std::string message,
                             std::string path) {
    add({Severity::Warning, std::move(file), line, column, std::move(path), std::move(message)});
}
void DiagnosticList::info(std::string file, int line, int column, std::string message,
                          std::string path) {
    add({Severity::Info, std::move(file), line, column, std::move(path), std::move(message)});
}

bool DiagnosticList::has_errors() const {
    return error_count() > 0;
}

std::size_t DiagnosticList::error_count() const {
    return std::count_if(items_.begin(), items_.end(),
                         [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

std::string DiagnosticList::to_string() const {
    std::string out;
    for (const auto& d : items_)
        out += d.to_string() + '\n';
    return out;
}

}  // namespace rk
