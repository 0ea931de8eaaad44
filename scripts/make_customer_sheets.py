#!/usr/bin/env python3
"""Make the customer questionnaires that `assure answer` is tested on.

Each tests/fixtures/answer/customers/NAME.yaml describes one customer's
questionnaire: its questions (with the answers a careful person would give for
the test suppliers) and how its workbook looks. This script writes NAME.xlsx
beside it, as a customer's security team would make it in Excel: title rows,
an Instructions sheet, section rows or a section column, drop-downs (inline or
from a hidden list sheet), merged cells, styles, column widths, frozen panes,
sheet protection with the answer cells unlocked, conditional formatting, a
formula column, closing remarks and signature lines. With `csv: true` it also
writes NAME.csv, the same rows as a customer would export them.

Usage:
    python3 scripts/make_customer_sheets.py [NAME.yaml ...]

Without arguments, every .yaml of tests/fixtures/answer/customers/ (and of
examples/customer/). Needs openpyxl and PyYAML (`pip install openpyxl pyyaml`).
"""

import csv
import datetime
import pathlib
import sys

import yaml
from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

ROOT = pathlib.Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "tests/fixtures/answer/customers", ROOT / "examples/customer"]

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
SECTION_FILL = PatternFill("solid", fgColor="D9E1F2")
ANSWER_FILL = PatternFill("solid", fgColor="FFF2CC")
ASSESSOR_FILL = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="top")
FIXED = datetime.datetime(2026, 1, 5, 9, 0, 0)


def col(spec, key):
    c = spec["columns"].get(key)
    return column_index_from_string(c["col"]) if c else None


def instructions(wb, spec):
    ws = wb.active
    ws.title = "Instructions"
    ws.column_dimensions["A"].width = 100
    ws["A1"] = f"{spec['title']}: {spec['subtitle']}"
    ws["A1"].font = Font(bold=True, size=14)
    for i, line in enumerate(spec["instructions"].strip().split("\n"), start=3):
        ws.cell(row=i, column=1, value=line).alignment = WRAP
    return wb.create_sheet(spec["sheet"])


def head(ws, spec, last_col):
    ws["A1"] = spec["title"]
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_col)
    ws["A2"] = spec["subtitle"]
    ws["A2"].font = Font(italic=True, size=12)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last_col)
    row = 3
    for label, value in spec.get("cover") or []:
        ws.cell(row=row, column=1, value=label).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        cell = ws.cell(row=row, column=3, value=value or None)
        cell.protection = Protection(locked=bool(value))
        cell.border = BOX
        row += 1
    h = spec["header_row"]
    for key, c in spec["columns"].items():
        cell = ws.cell(row=h, column=column_index_from_string(c["col"]), value=c["header"])
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
        ws.column_dimensions[c["col"]].width = c["width"]
    ws.row_dimensions[h].height = 30
    ws.freeze_panes = ws.cell(row=h + 1, column=1)


def validation(wb, ws, spec):
    vocab = spec["vocabulary"]
    if spec.get("validation") == "range":
        lists = wb.create_sheet("Lists")
        for i, v in enumerate(vocab, start=1):
            lists.cell(row=i, column=1, value=v)
        lists.sheet_state = "hidden"
        formula = f"=Lists!$A$1:$A${len(vocab)}"
    else:
        formula = '"' + ",".join(vocab) + '"'
    dv = DataValidation(type="list", formula1=formula, allow_blank=True)
    dv.error = "Please pick a value from the list."
    dv.errorTitle = "Not in the list"
    dv.prompt = "Pick one"
    dv.showErrorMessage = True
    ws.add_data_validation(dv)
    return dv


def question_row(ws, spec, row, q, section):
    ref, sec, text = col(spec, "ref"), col(spec, "section"), col(spec, "question")
    ans, com = col(spec, "answer"), col(spec, "comment")
    if ref:
        ws.cell(row=row, column=ref, value=q["ref"])
    if sec:
        ws.cell(row=row, column=sec, value=section)
    ws.cell(row=row, column=text, value=q["text"])
    if col(spec, "guidance") and q.get("guidance"):
        ws.cell(row=row, column=col(spec, "guidance"), value=q["guidance"])
    for c in spec["columns"].values():
        cell = ws.cell(row=row, column=column_index_from_string(c["col"]))
        cell.border = BOX
        cell.alignment = WRAP
    for c in (ans, com):
        ws.cell(row=row, column=c).protection = Protection(locked=False)
    ws.cell(row=row, column=ans).fill = ANSWER_FILL
    if col(spec, "assessor"):
        ws.cell(row=row, column=col(spec, "assessor")).fill = ASSESSOR_FILL
    if col(spec, "risk"):
        a = get_column_letter(ans)
        ws.cell(row=row, column=col(spec, "risk"), value=f'=IF({a}{row}="No","Review","")')


def section_row(ws, spec, row, title, last_col):
    cell = ws.cell(row=row, column=1, value=title)
    cell.font = Font(bold=True, size=12)
    for c in range(1, last_col + 1):
        ws.cell(row=row, column=c).fill = SECTION_FILL
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)


def closing(ws, spec, row, last_col):
    row += 1
    for line in spec.get("closing") or []:
        ws.cell(row=row, column=1, value=line).font = Font(italic=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
        row += 1
    row += 1
    for label in spec.get("signature") or []:
        ws.cell(row=row, column=1, value=label).font = Font(bold=True)
        cell = ws.cell(row=row, column=3)
        cell.protection = Protection(locked=False)
        cell.border = Border(bottom=THIN)
        row += 1
    return row


def sheet(spec):
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = spec["title"]
    if spec.get("instructions"):
        ws = instructions(wb, spec)
    else:
        ws = wb.active
        ws.title = spec["sheet"]
    last_col = max(column_index_from_string(c["col"]) for c in spec["columns"].values())
    head(ws, spec, last_col)
    dv = validation(wb, ws, spec)
    ans = get_column_letter(col(spec, "answer"))
    row = spec["header_row"] + 1
    first, current = row, None
    for q in spec["questions"]:
        if q["section"] != current:
            current = q["section"]
            if spec["sections_as"] == "rows":
                section_row(ws, spec, row, current, last_col)
                row += 1
        question_row(ws, spec, row, q, current)
        dv.add(f"{ans}{row}")
        row += 1
    last = row - 1
    red = PatternFill("solid", fgColor="F4CCCC")
    no = spec["vocabulary"][1]
    ws.conditional_formatting.add(
        f"{ans}{first}:{ans}{last}",
        CellIsRule(operator="equal", formula=[f'"{no}"'], fill=red),
    )
    closing(ws, spec, row, last_col)
    ws.protection.sheet = True
    ws.protection.formatCells = False
    ws.protection.formatColumns = False
    ws.print_title_rows = f"{spec['header_row']}:{spec['header_row']}"
    return wb


def rows_for_csv(spec):
    """The rows a customer's CSV export of the sheet holds."""
    width = max(column_index_from_string(c["col"]) for c in spec["columns"].values())
    blank = [""] * width
    out = [[spec["title"]] + blank[1:], [spec["subtitle"]] + blank[1:], blank[:]]
    header = blank[:]
    for c in spec["columns"].values():
        header[column_index_from_string(c["col"]) - 1] = c["header"]
    out.append(header)
    current = None
    for q in spec["questions"]:
        if q["section"] != current:
            current = q["section"]
            if spec["sections_as"] == "rows":
                out.append([current] + blank[1:])
        row = blank[:]
        for key in ("ref", "question"):
            if col(spec, key):
                row[col(spec, key) - 1] = q[key if key == "ref" else "text"]
        if col(spec, "section"):
            row[col(spec, "section") - 1] = current
        out.append(row)
    out.append(blank[:])
    for line in spec.get("closing") or []:
        out.append([line] + blank[1:])
    for label in spec.get("signature") or []:
        out.append([label] + blank[1:])
    return out


def make(path):
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(spec, dict) or "columns" not in spec:
        return  # not a description of a customer's sheet (a draft, an answers file)
    wb = sheet(spec)
    out = path.with_suffix(".xlsx")
    wb.save(out)
    print(f"wrote {out.relative_to(ROOT)}")
    if spec.get("csv"):
        out = path.with_suffix(".csv")
        with out.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(rows_for_csv(spec))
        print(f"wrote {out.relative_to(ROOT)}")


def main(args):
    """Makes the workbooks of the .yaml files given, else of every one."""
    paths = [pathlib.Path(a).resolve() for a in args]
    if not paths:
        paths = sorted(p for folder in FOLDERS if folder.exists() for p in folder.glob("*.yaml"))
    for p in paths:
        make(p)


if __name__ == "__main__":
    main(sys.argv[1:])
