// A workbook's actors and relations sheets as a case. The sheets are found by name (Dutch or
// English, any case) or chosen by option; headers map as the CSV reader maps them (see
// column_names.hpp); every cell is converted by the type the file gives it (a number cell is
// a number, a date cell a date; text is never read with a locale); enum cells take the file
// token or the Dutch or English label. Each problem is located as FILE:SHEET!CELL. The rows
// then go through build_case like every other format, so the model mapping is written once.
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <span>
#include <unordered_map>

#include "io/column_names.hpp"
#include "io/enum_text.hpp"
#include "io/io_detail.hpp"
#include "io/workbook_cells.hpp"

namespace rk::io::detail {

namespace {

using Kind = SheetCell::Kind;

// A cell's value as text: what a text field stores and what messages quote.
std::string cell_text(const SheetCell& c) {
    switch (c.kind) {
        case Kind::Text:
        case Kind::Date:
            return c.text;
        case Kind::Bool:
            return c.number != 0 ? "true" : "false";
        case Kind::Number:
            return format_double(c.number);
    }
    return c.text;
}

// The rows of a sheet below its header (the first row with a cell).
struct SheetRows {
    int header_row = -1;
    std::vector<const SheetCell*> header;
    std::vector<std::vector<const SheetCell*>> rows;  // each row's cells, in column order
};

SheetRows split_rows(const Sheet& s) {
    SheetRows out;
    for (const auto& c : s.cells) {
        if (out.header_row < 0)
            out.header_row = c.row;
        if (c.row == out.header_row) {
            out.header.push_back(&c);
            continue;
        }
        if (out.rows.empty() || out.rows.back().front()->row != c.row)
            out.rows.emplace_back();
        out.rows.back().push_back(&c);
    }
    return out;
}

struct Column {
    std::string field;  // model column, or the header as written for a custom column
    bool model = false;
};

// What a sheet is and where its cells are reported.
struct SheetContext {
    const Sheet* sheet = nullptr;
    std::string file;
    std::string where(int row, int col) const {
        return file + ":" + sheet->name + "!" + cell_reference(row, col);
    }
};

struct EnumField {
    std::string what;                                                      // "a layer"
    std::function<std::optional<std::string>(std::string_view)> to_token;  // nullopt: unknown
    std::string choices;  // the tokens, for messages
    bool list = false;    // comma-separated values
};

template <typename Enum>
EnumField enum_field(std::string what, bool list = false) {
    return {std::move(what),
            [](std::string_view s) -> std::optional<std::string> {
                auto e = enum_from_text<Enum>(s);
                if (!e)
                    return std::nullopt;
                return std::string(token(*e));
            },
            expected_tokens<Enum>(), list};
}

const std::map<std::string, EnumField>& enum_fields() {
    static const std::map<std::string, EnumField> t = {
        {"type", enum_field<ActorType>("an actor type")},
        {"bestuurslaag", enum_field<Bestuurslaag>("a bestuurslaag")},
        {"roles", enum_field<Role>("a role", true)},
        {"mandate", enum_field<DecisionMandate>("a decision mandate")},
        {"power_production", enum_field<PowerLevel>("a power level")},
        {"power_blocking", enum_field<PowerLevel>("a power level")},
        {"stance", enum_field<Stance>("a stance")},
        {"interest", enum_field<Interest>("an interest level")},
        {"ladder_step", enum_field<LadderStep>("a ladder step")},
        {"participation", enum_field<Participation>("a participation mode")},
        {"confidence", enum_field<Confidence>("a confidence level")},
        {"layer", enum_field<Layer>("a layer")},
        {"means", enum_field<Means>("a means", true)},
        {"regie_kind", enum_field<RegieKind>("a regie kind")},
        {"level", enum_field<GovernanceLevel>("a governance level")},
        {"formality", enum_field<Formality>("a formality")},
        {"evidence_basis", enum_field<EvidenceBasis>("an evidence basis")},
        {"evidence_confidence", enum_field<Confidence>("a confidence level")},
    };
    return t;
}

bool is_number_field(const std::string& f) {
    return f == "weight" || f == "x" || f == "y" || f == "member_count";
}
bool is_bool_field(const std::string& f) {
    return f == "directed" || f == "pinned" || f == "doorzettingsmacht" || f == "commitment_power";
}
bool is_date_field(const std::string& f) {
    return f == "valid_from" || f == "valid_to";
}

std::optional<bool> bool_from_text(std::string_view s) {
    static const std::map<std::string, bool> words = {
        {"true", true}, {"false", false}, {"ja", true},      {"nee", false},
        {"yes", true},  {"no", false},    {"waar", true},    {"onwaar", false},
        {"1", true},    {"0", false},     {"gericht", true}, {"ongericht", false}};
    auto it = words.find(fold_case(s));
    if (it == words.end())
        return std::nullopt;
    return it->second;
}

// A number cell for a custom column: integral values as integers (what the writer wrote
// for integer attributes), others as doubles.
AttributeValue custom_number(double v) {
    if (std::floor(v) == v && std::fabs(v) < 9007199254740992.0)
        return static_cast<std::int64_t>(v);
    return v;
}

// Converts one cell of a model column; on failure returns nullopt and sets `err` to what
// was expected and what was found.
std::optional<AttributeValue> convert(const std::string& field, const SheetCell& c,
                                      std::string& err) {
    const std::string text = cell_text(c);
    if (auto e = enum_fields().find(field); e != enum_fields().end()) {
        const EnumField& ef = e->second;
        std::vector<std::string> items;
        if (ef.list) {
            std::size_t start = 0;
            while (start <= text.size()) {
                std::size_t end = text.find_first_of(",;", start);
                if (end == std::string::npos)
                    end = text.size();
                std::string item = text.substr(start, end - start);
                if (!fold_case(item).empty())
                    items.push_back(item);
                start = end + 1;
            }
        } else {
            items.push_back(text);
        }
        std::string tokens;
        for (const auto& item : items) {
            auto t = ef.to_token(item);
            if (!t) {
                const auto b = item.find_first_not_of(' ');
                const auto e = item.find_last_not_of(' ');
                err = "expected " + ef.what + " (" + ef.choices + ") but found '" +
                      item.substr(b, e - b + 1) + "'";
                return std::nullopt;
            }
            tokens += (tokens.empty() ? "" : ",") + *t;
        }
        return tokens;
    }
    if (is_number_field(field)) {
        if (c.kind == Kind::Number)
            return c.number;
        if (c.kind == Kind::Text)
            if (auto d = parse_double(text); d && std::isfinite(*d))
                return *d;
        err = "expected a number but found '" + text + "'";
        return std::nullopt;
    }
    if (is_bool_field(field)) {
        if (c.kind == Kind::Bool)
            return c.number != 0;
        if (c.kind == Kind::Number && (c.number == 0 || c.number == 1))
            return c.number != 0;
        if (c.kind == Kind::Text)
            if (auto b = bool_from_text(text))
                return *b;
        err = "expected true or false (ja or nee) but found '" + text + "'";
        return std::nullopt;
    }
    if (is_date_field(field) && c.kind == Kind::Number) {
        if (std::floor(c.number) == c.number && c.number >= 1000 && c.number <= 9999)
            return format_double(c.number);  // a year
        err = "expected a date or a year but found the number " + text +
              " (format the cell as a date)";
        return std::nullopt;
    }
    return text;
}

// The model columns a sheet can have: a header that names a field of the other sheet (a
// relation's "type" from GraphML, an actor's "doel") is a custom column here.
std::set<std::string> sheet_fields(std::span<const ColumnName> names, bool actors) {
    std::set<std::string> out;
    for (const auto& c : names)
        out.emplace(c.field);
    if (actors)
        out.emplace("pinned");
    return out;
}

std::vector<Column> map_header(const SheetRows& rows, const SheetContext& ctx,
                               const std::set<std::string>& fields, DiagnosticList& d) {
    std::vector<Column> cols;
    std::map<std::string, std::string> seen;  // key -> where
    for (const SheetCell* h : rows.header) {
        if (static_cast<std::size_t>(h->col) >= cols.size())
            cols.resize(static_cast<std::size_t>(h->col) + 1);
        const std::string text = cell_text(*h);
        const std::string n = normalise_header(text);
        const std::string canon = canonical_column(n);
        Column& c = cols[static_cast<std::size_t>(h->col)];
        c.model = fields.count(canon) > 0;
        c.field = c.model ? canon : text;
        const std::string key = c.model ? canon : n;
        auto [it, fresh] = seen.emplace(key, ctx.where(h->row, h->col));
        if (!fresh)
            d.error(ctx.where(h->row, h->col), 0, 0,
                    "duplicate column '" + text + "' (also at " +
                        it->second.substr(it->second.rfind('!') + 1) + ")");
    }
    return cols;
}

int find_column(const std::vector<Column>& cols, std::string_view field) {
    for (std::size_t i = 0; i < cols.size(); ++i)
        if (cols[i].model && cols[i].field == field)
            return static_cast<int>(i);
    return -1;
}

const SheetCell* cell_at(const std::vector<const SheetCell*>& row, int col) {
    for (const SheetCell* c : row)
        if (c->col == col)
            return c;
    return nullptr;
}

std::string header_list(const SheetRows& rows) {
    std::string out;
    for (const SheetCell* h : rows.header)
        out += (out.empty() ? "" : ", ") + cell_text(*h);
    return out.empty() ? "nothing" : out.substr(0, 200);
}

// A stable id from a name: lower-case ASCII letters and digits, accented Latin letters
// folded ("Zoë" -> "zoe"), everything else a single dash. "Gemeente Leiden" ->
// "gemeente-leiden".
std::string slug(std::string_view name) {
    static const std::map<std::string, std::string> folds = {
        {"á", "a"}, {"à", "a"}, {"â", "a"}, {"ä", "a"},  {"å", "a"},  {"é", "e"}, {"è", "e"},
        {"ê", "e"}, {"ë", "e"}, {"í", "i"}, {"ì", "i"},  {"î", "i"},  {"ï", "i"}, {"ó", "o"},
        {"ò", "o"}, {"ô", "o"}, {"ö", "o"}, {"ø", "o"},  {"ú", "u"},  {"ù", "u"}, {"û", "u"},
        {"ü", "u"}, {"ç", "c"}, {"ñ", "n"}, {"ß", "ss"}, {"Á", "a"},  {"É", "e"}, {"Ë", "e"},
        {"Ï", "i"}, {"Ö", "o"}, {"Ü", "u"}, {"Ç", "c"},  {"ĳ", "ij"}, {"Ĳ", "ij"}};
    std::string out;
    bool dash = false;
    for (std::size_t i = 0; i < name.size();) {
        unsigned char ch = static_cast<unsigned char>(name[i]);
        std::string piece;
        std::size_t len = 1;
        if (std::isalnum(ch)) {
            piece = static_cast<char>(std::tolower(ch));
        } else if (ch >= 0xC0) {
            len = ch >= 0xF0 ? 4 : ch >= 0xE0 ? 3 : 2;
            auto it = folds.find(std::string(name.substr(i, len)));
            if (it != folds.end())
                piece = it->second;
        }
        i += len;
        if (piece.empty()) {
            dash = !out.empty();
            continue;
        }
        if (dash)
            out += '-';
        dash = false;
        out += piece;
    }
    return out.empty() ? "actor" : out;
}

// Finds actors by what a relations sheet writes: the id, else the name, else the short
// name (exact first, then ignoring letter case and surrounding spaces).
class ActorLookup {
  public:
    void add(const std::string& id, const std::string& name, const std::string& short_name) {
        ids_.insert(id);
        by_folded_id_[fold_case(id)].push_back(id);
        if (!name.empty())
            by_name_[fold_case(name)].push_back(id);
        if (!short_name.empty())
            by_short_[fold_case(short_name)].push_back(id);
    }
    // The id, or nullopt with `err` saying why.
    std::optional<std::string> find(const std::string& text, std::string& err) const {
        if (ids_.count(text))
            return text;
        const std::string f = fold_case(text);
        for (const auto* m : {&by_folded_id_, &by_name_, &by_short_}) {
            auto it = m->find(f);
            if (it == m->end())
                continue;
            if (it->second.size() == 1)
                return it->second.front();
            std::string ids;
            for (const auto& id : it->second)
                ids += (ids.empty() ? "" : ", ") + id;
            err = "'" + text + "' names " + std::to_string(it->second.size()) + " actors (" + ids +
                  "): use the id";
            return std::nullopt;
        }
        err = "found no actor '" + text + "' (by id, name or short name)";
        return std::nullopt;
    }

  private:
    std::set<std::string> ids_;
    std::map<std::string, std::vector<std::string>> by_folded_id_, by_name_, by_short_;
};

const Sheet* pick_sheet(const WorkbookCells& book, const std::string& chosen,
                        std::initializer_list<std::string_view> names) {
    for (const auto& s : book.sheets) {
        const std::string f = fold_case(s.name);
        if (!chosen.empty()) {
            if (f == fold_case(chosen))
                return &s;
            continue;
        }
        for (auto n : names)
            if (f == n)
                return &s;
    }
    return nullptr;
}

std::string sheet_list(const WorkbookCells& book) {
    std::string out;
    for (const auto& s : book.sheets)
        out += (out.empty() ? "" : ", ") + s.name;
    return out.empty() ? "no sheets" : out;
}

// Reports a sheet that holds nothing usable. Returns false when the sheet cannot be read.
bool check_not_empty(const Sheet& s, const std::string& file, std::string_view expected,
                     DiagnosticList& d) {
    if (!s.cells.empty())
        return true;
    if (s.cells_in_file > 0)
        d.error(file + ":" + s.name, 0, 0,
                "the sheet reads as empty, but the file holds " + std::to_string(s.cells_in_file) +
                    " cell(s) with a value there: this workbook encodes its cells in a way that "
                    "was not read; nothing imported");
    else
        d.error(file + ":" + s.name, 0, 0,
                "the sheet is empty: expected a header row (" + std::string(expected) + ")");
    return false;
}

// Rewrites build_case's "FILE:ROW:COL" (and the actors marker) as FILE:SHEET!CELL.
void locate_in_sheets(DiagnosticList& d, const std::string& file, const std::string& actors_marker,
                      const std::string& actors_sheet, const std::string& relations_sheet) {
    DiagnosticList out;
    for (Diagnostic x : d.items()) {
        if (x.line > 0 && (x.file == file || x.file == actors_marker)) {
            const std::string& sheet = x.file == actors_marker ? actors_sheet : relations_sheet;
            x.file =
                file + ":" + sheet + "!" + cell_reference(x.line - 1, std::max(0, x.column - 1));
            x.line = x.column = 0;
        } else if (x.file == actors_marker) {
            x.file = file + ":" + actors_sheet;
        }
        out.add(std::move(x));
    }
    d = std::move(out);
}

using Attrs = std::vector<std::pair<std::string, AttributeValue>>;

// The cells of one row as attributes: model columns converted and checked (errors located
// at their cell; `ok` false), custom columns typed as the file types them. Cells in the
// columns of `skip` are the caller's (ids, endpoints). Cells under no header are reported.
Attrs row_attributes(const std::vector<const SheetCell*>& row, const std::vector<Column>& cols,
                     std::initializer_list<int> skip, const SheetContext& ctx, DiagnosticList& d,
                     std::set<int>& unnamed_columns, bool& ok) {
    Attrs out;
    for (const SheetCell* c : row) {
        if (std::find(skip.begin(), skip.end(), c->col) != skip.end())
            continue;
        if (static_cast<std::size_t>(c->col) >= cols.size() ||
            cols[static_cast<std::size_t>(c->col)].field.empty()) {
            if (unnamed_columns.insert(c->col).second)
                d.warning(ctx.where(c->row, c->col), 0, 0,
                          "this column has no header: its cells are not read");
            continue;
        }
        const Column& col = cols[static_cast<std::size_t>(c->col)];
        if (!col.model) {
            out.emplace_back(col.field, c->kind == Kind::Number ? custom_number(c->number)
                                        : c->kind == Kind::Bool ? AttributeValue(c->number != 0)
                                                                : AttributeValue(cell_text(*c)));
            continue;
        }
        std::string err;
        auto v = convert(col.field, *c, err);
        if (!v) {
            d.error(ctx.where(c->row, c->col), 0, 0, err);
            ok = false;
            continue;
        }
        out.emplace_back(col.field, std::move(*v));
    }
    return out;
}

// The actors sheet into g.nodes and `lookup`. Returns false when the sheet cannot be read
// at all (no id or name column, a bad header); cell errors go to `d`.
bool read_actors(const Sheet& sheet, const std::string& file, const std::string& marker,
                 RawGraph& g, ActorLookup& lookup, DiagnosticList& d) {
    SheetContext ctx{&sheet, file};
    SheetRows rows = split_rows(sheet);
    std::vector<Column> cols = map_header(rows, ctx, sheet_fields(actor_column_names(), true), d);
    const int id_col = find_column(cols, "id"), name_col = find_column(cols, "name");
    const int short_col = find_column(cols, "short_name");
    if (id_col < 0 && name_col < 0) {
        d.error(ctx.where(rows.header_row, 0), 0, 0,
                "expected an id or a name column (id, naam, name) but found: " + header_list(rows));
        return false;
    }
    if (d.has_errors())
        return false;
    if (id_col < 0)
        d.info(file + ":" + sheet.name, 0, 0,
               "no id column: ids made from the names (lower case, dashes)");
    std::set<std::string> used_ids;
    std::set<int> unnamed;
    for (const auto& row : rows.rows) {
        RawNode n;
        n.line = row.front()->row + 1;
        n.column = row.front()->col + 1;
        n.file = marker;
        const SheetCell* idc = cell_at(row, id_col);
        const SheetCell* namec = cell_at(row, name_col);
        if (idc) {
            n.id = cell_text(*idc);
        } else if (id_col < 0 && namec) {
            // People keep names, not ids: a stable slug, numbered when it repeats.
            const std::string base = slug(cell_text(*namec));
            n.id = base;
            for (int k = 2; used_ids.count(n.id); ++k)
                n.id = base + "-" + std::to_string(k);
        } else {
            d.error(ctx.where(row.front()->row, id_col >= 0 ? id_col : name_col), 0, 0,
                    id_col >= 0 ? "expected an actor id but the cell is empty"
                                : "expected an actor name but the cell is empty");
            continue;
        }
        used_ids.insert(n.id);
        const SheetCell* shortc = cell_at(row, short_col);
        lookup.add(n.id, namec ? cell_text(*namec) : std::string(),
                   shortc ? cell_text(*shortc) : std::string());
        bool ok = true;
        n.attrs = row_attributes(row, cols, {id_col}, ctx, d, unnamed, ok);
        g.nodes.push_back(std::move(n));
    }
    // A parent organisation may be named like a relation's actor: by id, name or short
    // name. What does not resolve stays as written (build_case then warns).
    for (auto& n : g.nodes)
        for (auto& [key, value] : n.attrs)
            if (key == "parent")
                if (std::string err; auto id = lookup.find(attribute_to_string(value), err))
                    value = *id;
    return true;
}

// The relations sheet into g.edges, endpoints resolved through `lookup` (or taken as
// written when there is no actors sheet: `actors_sheet` null). Returns false when the
// sheet cannot be read at all; cell errors go to `d`.
bool read_relations(const Sheet& sheet, const std::string& file, const Sheet* actors_sheet,
                    const ActorLookup& lookup, RawGraph& g, DiagnosticList& d) {
    SheetContext ctx{&sheet, file};
    SheetRows rows = split_rows(sheet);
    std::vector<Column> cols =
        map_header(rows, ctx, sheet_fields(relation_column_names(), false), d);
    const int src = find_column(cols, "source"), dst = find_column(cols, "target");
    const int id_col = find_column(cols, "id");
    if (src < 0 || dst < 0) {
        d.error(
            ctx.where(rows.header_row, 0), 0, 0,
            "expected columns van and naar (source and target) but found: " + header_list(rows));
        return false;
    }
    if (d.has_errors())
        return false;
    std::set<int> unnamed;
    for (const auto& row : rows.rows) {
        RawEdge e;
        e.line = row.front()->row + 1;
        e.column = row.front()->col + 1;
        bool ok = true;
        for (auto [col, end] : {std::pair{src, &e.source}, std::pair{dst, &e.target}}) {
            const SheetCell* c = cell_at(row, col);
            if (!c) {
                d.error(ctx.where(row.front()->row, col), 0, 0,
                        std::string("expected the actor the relation goes ") +
                            (col == src ? "from" : "to") + " but the cell is empty");
                ok = false;
                continue;
            }
            if (!actors_sheet) {
                *end = cell_text(*c);  // no actors sheet: the relations name the actors
                continue;
            }
            std::string err;
            auto id = lookup.find(cell_text(*c), err);
            if (!id) {
                d.error(ctx.where(c->row, c->col), 0, 0, err + " on sheet " + actors_sheet->name);
                ok = false;
                continue;
            }
            *end = *id;
        }
        if (const SheetCell* idc = cell_at(row, id_col))
            e.id = cell_text(*idc);
        e.attrs = row_attributes(row, cols, {src, dst, id_col}, ctx, d, unnamed, ok);
        if (ok)
            g.edges.push_back(std::move(e));
    }
    return true;
}

}  // namespace

ImportResult workbook_to_case(const WorkbookCells& book, const std::string& file,
                              const ImportOptions& opt) {
    ImportResult result;
    DiagnosticList& d = result.diagnostics;
    const Sheet* rel_sheet =
        pick_sheet(book, opt.relations_sheet, {"relaties", "relations", "relatie", "relation"});
    const Sheet* act_sheet =
        pick_sheet(book, opt.actors_sheet, {"actoren", "actors", "actor", "actoren"});
    if (!rel_sheet) {
        d.error(file, 0, 0,
                (opt.relations_sheet.empty()
                     ? std::string("no relations sheet: expected a sheet named Relaties or "
                                   "Relations (or name it with --relations-sheet)")
                     : "no sheet '" + opt.relations_sheet + "'") +
                    "; the workbook has: " + sheet_list(book));
        return result;
    }
    if (!act_sheet && !opt.actors_sheet.empty()) {
        d.error(file, 0, 0,
                "no sheet '" + opt.actors_sheet + "'; the workbook has: " + sheet_list(book));
        return result;
    }
    if (!check_not_empty(*rel_sheet, file, "van, naar, laag, ... or source, target, layer, ...",
                         d) ||
        (act_sheet && !check_not_empty(*act_sheet, file, "naam, soort, ... or name, type, ...", d)))
        return result;

    RawGraph g;
    ActorLookup lookup;
    const std::string actors_marker = act_sheet ? file + ":" + act_sheet->name : std::string();
    if (act_sheet && !read_actors(*act_sheet, file, actors_marker, g, lookup, d))
        return result;
    if (!read_relations(*rel_sheet, file, act_sheet, lookup, g, d))
        return result;
    if (d.has_errors())
        return result;
    BuildRules rules;
    rules.implicit_nodes = act_sheet == nullptr;
    if (!act_sheet)
        d.info(file, 0, 0,
               "no actors sheet (Actoren or Actors): actors made from the relations sheet");
    result.value = build_case(std::move(g), file, opt, rules, d);
    locate_in_sheets(d, file, actors_marker, act_sheet ? act_sheet->name : std::string(),
                     rel_sheet->name);
    return result;
}

}  // namespace rk::io::detail
