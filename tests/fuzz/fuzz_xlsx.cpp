// libFuzzer target: the .xlsx reader (see fuzz_import.hpp). Random bytes rarely form a zip,
// so besides the raw bytes (first byte even) the input is also packed (first byte odd) as
// the worksheet of an otherwise valid workbook, reaching the cell and string parsing.
#include <zip.h>

#include <string>

#include "fuzz_import.hpp"

namespace {

constexpr const char* kWorkbook =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"Relaties\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
constexpr const char* kRels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
constexpr const char* kStrings =
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>van</t></si>"
    "<si><t>naar</t></si><si><r><t>la</t></r><r><t>ag</t></r></si></sst>";

// A zip in memory with the workbook parts and `sheet` as its only worksheet.
std::string pack(std::string_view sheet) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* buf = zip_source_buffer_create(nullptr, 0, 0, &err);
    if (!buf)
        return {};
    zip_source_keep(buf);
    zip_t* za = zip_open_from_source(buf, ZIP_TRUNCATE, &err);
    if (!za) {
        zip_source_free(buf);
        return {};
    }
    auto add = [&](const char* name, std::string_view data) {
        zip_source_t* s = zip_source_buffer(za, data.data(), data.size(), 0);
        if (s && zip_file_add(za, name, s, ZIP_FL_OVERWRITE) < 0)
            zip_source_free(s);
    };
    add("xl/workbook.xml", kWorkbook);
    add("xl/_rels/workbook.xml.rels", kRels);
    add("xl/sharedStrings.xml", kStrings);
    add("xl/worksheets/sheet1.xml", sheet);
    if (zip_close(za) != 0) {
        zip_discard(za);
        zip_source_free(buf);
        return {};
    }
    std::string out;
    if (zip_source_open(buf) == 0) {
        char chunk[4096];
        zip_int64_t n;
        while ((n = zip_source_read(buf, chunk, sizeof chunk)) > 0)
            out.append(chunk, static_cast<std::size_t>(n));
        zip_source_close(buf);
    }
    zip_source_free(buf);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0 || data[0] % 2 == 0)
        return fuzz_import(data, size, rk::io::Format::Xlsx);
    const std::string zipped =
        pack(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
    return fuzz_import(reinterpret_cast<const std::uint8_t*>(zipped.data()), zipped.size(),
                       rk::io::Format::Xlsx);
}
