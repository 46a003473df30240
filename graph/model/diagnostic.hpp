// A located message about an input file: what every reader and the case loader report.
//
// Format for people and tools: "FILE:LINE:COL: level: message" (GNU style, so editors jump
// to it). Line and column are 1-based; 0 means unknown.
#pragma once

#include <string>
#include <vector>

namespace rk {

enum class Severity { Info, Warning, Error };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;
    int line = 0;
    int column = 0;
    std::string path;  // JSON path ("/scenarios/0/actors/3/type") or element path; may be empty
    std::string message;

    std::string to_string() const;
};

// Collected diagnostics of one read. A read succeeds when it has no errors; warnings and
// infos form the import report (what was dropped, merged, transcoded or defaulted).
class DiagnosticList {
  public:
    void add(Diagnostic d) { items_.push_back(std::move(d)); }
    void error(std::string file, int line, int column, std::string message, std::string path = {});
    void warning(std::string file, int line, int column, std::string message,
                 std::string path = {});
    void info(std::string file, int line, int column, std::string message, std::string path = {});

    bool has_errors() const;
    std::size_t error_count() const;
    const std::vector<Diagnostic>& items() const { return items_; }
    bool empty() const { return items_.empty(); }
    // One diagnostic per line, in to_string() format.
    std::string to_string() const;

  private:
    std::vector<Diagnostic> items_;
};

std::string_view severity_name(Severity s);

}  // namespace rk
