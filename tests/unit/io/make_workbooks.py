#!/usr/bin/python3
"""Writes the test workbooks of workbook_test.cpp into OUTDIR, with the libraries people's
files come from: openpyxl (inline strings, as pandas writes), xlsxwriter (shared strings, as
Excel writes), odfpy (.ods as LibreOffice writes). Nothing here is committed as a binary.

Usage: /usr/bin/python3 make_workbooks.py OUTDIR
"""
import datetime
import os
import sys

import openpyxl
import xlsxwriter
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)


def path(name):
    return os.path.join(OUT, name)


# 1. openpyxl, inline strings, no id column, Dutch sheet and header names, enum cells as
#    labels in mixed case, relations by name, short name and id.
ACTORS_NL = [
    ["naam", "korte naam", "soort", "bestuurslaag", "rollen", "moederorganisatie"],
    ["Ministerie van BZK", "BZK", "Ministerie", "Rijk", "regisseur, Financier"],
    ["Provincie Zuid-Holland", "PZH", "province", "PROVINCIE", None, "bzk"],
    ["Gemeente Leiden", None, "GEMEENTE", "Municipality", None],
    ["Zoë Jansen", None, "persoon / onafhankelijk regisseur", None, "dealmaker"],
    ["Holland Rijnland", "HR", "regionaal orgaan", "regio", None],
    ["Holland Rijnland", None, "Regional body", "Region", None],
]
RELATIONS_NL = [
    ["van", "naar", "laag", "gewicht", "notities"],
    ["BZK", "Provincie Zuid-Holland", "Regie", 2, "woondeal"],
    ["pzh", "gemeente leiden", "financiering", 0.5, None],
    ["zoe-jansen", "HR", "samenwerking", 1, None],
    ["holland-rijnland-2", "Gemeente Leiden", "formal authority", 3, None],
]


def openpyxl_book(name, actors, relations, actors_title="Actoren", relations_title="Relaties"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = actors_title
    for row in actors:
        ws.append(row)
    rs = wb.create_sheet(relations_title)
    for row in relations:
        rs.append(row)
    wb.save(path(name))


openpyxl_book("inline.xlsx", ACTORS_NL, RELATIONS_NL)

# 2. Bad cells: Relaties!C7 holds 'xyz' as a layer, D3 a text '1,5' as a weight, and B5
#    names no actor.
bad_relations = [["van", "naar", "laag", "gewicht"],
                 ["BZK", "PZH", "regie", 1],
                 ["BZK", "PZH", "regie", "1,5"],
                 ["BZK", "PZH", "toezicht", 1],
                 ["BZK", "Gemeente Utrecht", "toezicht", 1],
                 ["BZK", "PZH", "toezicht", 1],
                 ["BZK", "PZH", "xyz", 1]]
openpyxl_book("bad.xlsx", ACTORS_NL, bad_relations)

# 3. xlsxwriter, shared strings, English sheet and header names, an id column, typed
#    booleans and a date with an ISO display format.
wb = xlsxwriter.Workbook(path("shared.xlsx"))
iso = wb.add_format({"num_format": "yyyy-mm-dd"})
ws = wb.add_worksheet("Actors")
for r, row in enumerate([["id", "name", "type", "tier", "budget"],
                         ["bzk", "Ministry of the Interior", "ministry", "central government",
                          1250000],
                         ["leiden", "Municipality of Leiden", "municipality", "gemeente", 12.5],
                         ["hr", "Holland Rijnland", "regional_body", "regio", None]]):
    for c, v in enumerate(row):
        if v is not None:
            ws.write(r, c, v)
ws = wb.add_worksheet("Relations")
ws.write_row(0, 0, ["source", "target", "layer", "weight", "directed", "valid from"])
ws.write_row(1, 0, ["bzk", "leiden", "directs", 0.25, True])
ws.write_datetime(1, 5, datetime.datetime(2024, 3, 1), iso)
ws.write_row(2, 0, ["leiden", "hr", "membership", 4, False])
ws.write_number(2, 5, 2023)
wb.close()

# 4. Formatted the way a Dutch user formats numbers: a decimal-comma display format
#    ('#.##0,00' shows 1,33; in the file the code is '#,##0.00' with a Dutch locale tag),
#    dates stored as serials under a day-month-year format, and a sheet chosen by option.
wb = xlsxwriter.Workbook(path("dutch.xlsx"))
comma = wb.add_format({"num_format": "[$-413]#,##0.00"})
dmy = wb.add_format({"num_format": "[$-413]d-m-yyyy"})
ws = wb.add_worksheet("Leden")
ws.write_row(0, 0, ["Naam", "Soort", "Bestuurslaag"])
ws.write_row(1, 0, ["Gemeente Delft", "gemeente", "gemeente"])
ws.write_row(2, 0, ["Waterschap Delfland", "waterschap", "waterschap"])
ws = wb.add_worksheet("Samenwerking")
ws.write_row(0, 0, ["Van", "Naar", "Laag", "Gewicht", "Geldig vanaf", "Geldig tot"])
ws.write_row(1, 0, ["Gemeente Delft", "Waterschap Delfland", "samenwerking"])
ws.write_number(1, 3, 1.33, comma)
ws.write_number(1, 4, 45352, dmy)  # serial 45352 = 2024-03-01
ws.write_number(1, 5, 45657.5, dmy)  # serial 45657.5 = 2024-12-31 12:00
wb.close()

# 5. .ods from odfpy: typed float, date and string cells, Dutch sheet names.
doc = OpenDocumentSpreadsheet()


def ods_sheet(name, rows):
    t = Table(name=name)
    for row in rows:
        tr = TableRow()
        for v in row:
            if v is None:
                tc = TableCell()
            elif isinstance(v, datetime.date):
                tc = TableCell(valuetype="date", datevalue=v.isoformat())
                tc.addElement(P(text=v.strftime("%d-%m-%Y")))
            elif isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v)
                tc.addElement(P(text=str(v).replace(".", ",")))
            else:
                tc = TableCell(valuetype="string")
                tc.addElement(P(text=v))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)


ods_sheet("Actoren", [["id", "naam", "soort"],
                      ["bzk", "Ministerie van BZK", "ministerie"],
                      ["leiden", "Gemeente Leiden", "gemeente"],
                      ["delft", "Gemeente Delft", "Gemeente"]])
ods_sheet("Relaties", [["bron", "doel", "laag", "gewicht", "geldig vanaf"],
                       ["bzk", "leiden", "regie", 2.5, datetime.date(2024, 3, 1)],
                       ["leiden", "delft", "samenwerking", 1, None]])
doc.save(path("leden.ods"))

# 6. The same .ods with a lying local header: content.xml claims 2 GiB unpacked (the central
#    directory keeps the true size). liborcus would allocate what the local header says.
data = bytearray(open(path("leden.ods"), "rb").read())
pos = 0
while True:
    pos = data.find(b"PK\x03\x04", pos)
    if pos < 0:
        raise SystemExit("content.xml not found in leden.ods")
    name_len = int.from_bytes(data[pos + 26:pos + 28], "little")
    if data[pos + 30:pos + 30 + name_len] == b"content.xml":
        data[pos + 22:pos + 26] = (0x7FFFFFFF).to_bytes(4, "little")
        break
    pos += 4
open(path("lying.ods"), "wb").write(data)
