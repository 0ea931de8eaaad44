#!/usr/bin/env python3
"""Make the hostile answers workbooks under tests/fixtures/invalid/answers/
(each is committed with its pinned diagnostics in a .expect file).

    python3 scripts/make_hostile_workbooks.py target/debug/assure

They start from a real template for the fixtures' questionnaire, filled in by
openpyxl, then each breaks one rule: formulas, a huge shared-strings count, a
sheet of 1,048,576 rows, a zip bomb, a wrong sheet, merged cells, numbers
where text belongs, text over the cell limit. Run it again only after changing
the template's layout; then `UPDATE_EXPECT=1 cargo test fixtures`.

Cells are found by the column titles and question ids, as the reader finds
them. The committed fixtures were made from the template as it was before
sections became rows of their own and numbers moved into the question text
(eight columns, A to H); they are kept as they are, since the reader finds
columns by their titles and their pinned messages name those cells.
"""
import io
import re
import random
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/fixtures/invalid/answers"
QUESTIONNAIRE = OUT / "_questionnaire.yaml"


def template(assure):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "t.xlsx"
        subprocess.run([assure, "template", str(QUESTIONNAIRE), "-o", str(path)], check=True)
        return path.read_bytes()


def columns(ws):
    """The position (from 0) of each column of the Answers sheet, by title."""
    return {c.value: i for i, c in enumerate(ws[1]) if c.value}


def cell(ws, qid, title):
    """The address of the cell under `title` on the row of question `qid`."""
    col = columns(ws)
    for row in ws.iter_rows(min_row=2):
        if row[col["Question id"]].value == qid:
            return row[col[title]].coordinate
    raise KeyError(qid)


def filled(blank):
    """The template answered correctly, as openpyxl leaves it."""
    wb = openpyxl.load_workbook(io.BytesIO(blank))
    ws = wb["Answers"]
    answers = {"cloud": "Yes", "backup": "Daily", "staff": 12, "notes": "All fine.",
               "must": "No", "devices/laptops": "Yes", "devices/phones": "No", "devices/none": "No"}
    col = columns(ws)
    for row in ws.iter_rows(min_row=2):
        if row[col["Question id"]].value in answers:
            row[col["Your answer"]].value = answers[row[col["Question id"]].value]
    return wb


def about_value(ws, title):
    """The address of the value beside `title` on the About sheet."""
    for row in ws.iter_rows(min_col=1, max_col=2):
        if row[0].value == title:
            return row[1].coordinate
    raise KeyError(title)


def save(wb, name):
    wb.save(OUT / name)


def rezip(source, name, replace, compress=zipfile.ZIP_DEFLATED):
    """`source` (bytes) with some parts replaced: {part name: bytes}."""
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(OUT / name, "w", compress) as zout:
        for item in zin.infolist():
            data = replace.get(item.filename, zin.read(item.filename))
            zout.writestr(item.filename, data, compress_type=compress)


def main(assure):
    blank = template(assure)

    wb = filled(blank)
    ws = wb["Answers"]
    ws[cell(ws, "staff", "Your answer")] = "=10+2"
    ws[cell(ws, "cloud", "Note")] = '=HYPERLINK("http://example.invalid","click")'
    save(wb, "workbook-formulas.xlsx")

    wb = filled(blank)
    ws = wb["Answers"]
    ws.merge_cells(cell(ws, "cloud", "Your answer") + ":" + cell(ws, "backup", "Your answer"))
    save(wb, "workbook-merged-cells.xlsx")

    wb = filled(blank)
    ws = wb["Answers"]
    ws[cell(ws, "notes", "Question id")] = 42
    ws[cell(ws, "backup", "Your answer")] = 3  # a number for a choice
    about = wb["About"]
    about[about_value(about, "Questionnaire id")] = 7
    save(wb, "workbook-numbers-for-text.xlsx")

    wb = filled(blank)
    wb["Answers"].title = "Sheet1"
    save(wb, "workbook-wrong-sheet.xlsx")

    # The template itself, as assure writes it, for the parts crafted by hand.
    base = blank
    with zipfile.ZipFile(io.BytesIO(base)) as z:
        strings = z.read("xl/sharedStrings.xml").decode()
    huge = strings.replace('uniqueCount="', 'uniqueCount="4000000000" x="', 1)
    rezip(base, "workbook-huge-shared-strings.xlsx", {"xl/sharedStrings.xml": huge.encode()})

    # Text over the limit of one cell (64 KiB; openpyxl cuts text at Excel's
    # 32,767 characters, so this is written into the XML): the question id `cloud`.
    long_text = strings.replace("<si><t>cloud</t></si>", "<si><t>" + "x" * 100_000 + "</t></si>", 1)
    rezip(base, "workbook-long-text.xlsx", {"xl/sharedStrings.xml": long_text.encode()})

    # A sheet of 1,048,576 rows, each with a number: varied enough that it is
    # not a zip bomb (it inflates about 50 times), so the limit on cells is
    # what refuses it.
    rnd = random.Random(1)
    rows = "".join(f"<row><c><v>{rnd.randrange(4)}</v></c></row>" for _ in range(2, 1048577))
    with zipfile.ZipFile(io.BytesIO(base)) as z:
        sheet = z.read("xl/worksheets/sheet2.xml").decode()
    head, _, tail = sheet.partition("</row>")
    head = re.sub(r'<dimension ref="([A-Z]+)1:([A-Z]+)\d+"/>', r'<dimension ref="\g<1>1:\g<2>1048576"/>', head)
    assert '1048576"/>' in head
    end = tail[tail.index("</sheetData>"):]
    rezip(base, "workbook-million-rows.xlsx", {"xl/worksheets/sheet2.xml": (head + "</row>" + rows + end).encode()})

    # A zip bomb: 50 MiB of spaces inside the Answers sheet compress to ~50 KiB.
    bomb = sheet.replace("<sheetData>", "<sheetData>" + " " * (50 << 20), 1)
    rezip(base, "workbook-zip-bomb.xlsx", {"xl/worksheets/sheet2.xml": bomb.encode()})


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target/debug/assure"))
