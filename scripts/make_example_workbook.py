#!/usr/bin/env python3
"""Make examples/import/supplier-security-questionnaire.xlsx from the CSV beside
it, laid out the way customers' questionnaires usually are: a title banner
above the header row, numbered section rows merged across the table, and empty
columns for the supplier's response and comments.

    python3 scripts/make_example_workbook.py

The workbook is committed; run this only after changing the CSV.
"""
import csv
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent.parent / "examples" / "import"


def main():
    with open(HERE / "supplier-security-questionnaire.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Questionnaire"
    ws.append(["Northwind Logistics: supplier information security questionnaire"])
    ws.append(["Please answer every question in column K and add comments in column L. Return the completed file to security@northwind.example."])
    ws["A1"].font = Font(bold=True, size=14)
    header = rows[0] + ["Supplier response", "Comments"]
    ws.append(header)
    for cell in ws[3]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="305496")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows[1:]:
        ws.append(row + ["", ""])
        r = ws.max_row
        if row[1] and not row[2] and row[1][0].isdigit():
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=12)
            ws.cell(r, 2).font = Font(bold=True)
            ws.cell(r, 2).fill = PatternFill("solid", fgColor="D9E1F2")
        for c in ws[r]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEFGHIJKL", [8, 16, 50, 40, 14, 30, 8, 45, 28, 11, 16, 30]):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A4"
    wb.save(HERE / "supplier-security-questionnaire.xlsx")


if __name__ == "__main__":
    main()
