#!/usr/bin/env python3
"""Check, with independent readers, that `assure answer` changes nothing in a
customer's workbook but the answer and comment cells of answered questions.

For each customer workbook given (default: the test customers and the
example), it runs `assure answer` with the given answers files, then compares
the original and the answered copy cell by cell with openpyxl: values, styles
(font, fill, border, alignment, number format, protection), merged ranges,
data validations (cells and lists), column widths, row heights, frozen panes,
sheet protection, conditional formats, sheet names and states. Only cells of
the answer and comment columns may differ, and only where they were empty.

With --libreoffice, both workbooks are also opened and saved again by
LibreOffice (headless) and compared the same way: what a customer sees after
opening the answered copy in LibreOffice is their workbook with the answers,
every drop-down still in place.

Usage:
    python3 scripts/check_answer_fidelity.py ASSURE_BINARY [--libreoffice]

Needs openpyxl (and LibreOffice's soffice for --libreoffice). Exit 0 when
every check holds, 1 otherwise; a line per check either way.
"""

import pathlib
import shutil
import subprocess
import sys
import tempfile

import openpyxl

ROOT = pathlib.Path(__file__).resolve().parent.parent
SUPPLIER = [f"tests/fixtures/answer/suppliers/strong-{q}.yaml" for q in ("sme-baseline", "insurance-readiness", "msp-review")]
BAKERY = ["examples/answers/harbour-bakery.yaml", "examples/answers/harbour-bakery-follow-up.yaml"]
CASES = [
    ("tests/fixtures/answer/customers/northwind.xlsx", SUPPLIER, "C", "D"),
    ("tests/fixtures/answer/customers/meridian.xlsx", SUPPLIER, "D", "E"),
    ("tests/fixtures/answer/customers/crestway-holdout.xlsx", SUPPLIER, "D", "E"),
    ("examples/customer/seaview-hotels.xlsx", BAKERY, "C", "D"),
]


def side(s):
    return s.style if s is not None else None


def style(c):
    b = c.border
    return (
        c.font.b, c.font.i, c.font.sz, c.font.color.rgb if c.font.color else None,
        c.fill.fgColor.rgb if c.fill else None, c.fill.fill_type,
        side(b.left), side(b.right), side(b.top), side(b.bottom),
        c.alignment.wrap_text, c.alignment.vertical, c.alignment.horizontal,
        c.number_format, c.protection.locked, c.protection.hidden,
    )


def validations(ws):
    return sorted((str(dv.sqref), dv.type, dv.formula1, dv.allow_blank) for dv in ws.data_validations.dataValidation)


def sheet_facts(ws):
    return {
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "validations": validations(ws),
        "widths": sorted((k, round(v.width or 0, 2)) for k, v in ws.column_dimensions.items()),
        "heights": sorted((k, v.height) for k, v in ws.row_dimensions.items() if v.height),
        "freeze": ws.freeze_panes,
        "protection": (ws.protection.sheet, ws.protection.formatCells, ws.protection.formatColumns),
        "conditional": sorted(str(r.sqref) for r in ws.conditional_formatting),
        "state": ws.sheet_state,
    }


def compare(before, after, answer, comment):
    """Problems found, and how many cells were written."""
    a, b = openpyxl.load_workbook(before), openpyxl.load_workbook(after)
    problems, written = [], 0
    if a.sheetnames != b.sheetnames:
        problems.append(f"sheets {a.sheetnames} became {b.sheetnames}")
        return problems, written
    for name in a.sheetnames:
        wa, wb = a[name], b[name]
        fa, fb = sheet_facts(wa), sheet_facts(wb)
        for key in fa:
            if fa[key] != fb[key]:
                problems.append(f"{name}: {key} changed: {fa[key]} -> {fb[key]}")
        rows = max(wa.max_row, wb.max_row)
        cols = max(wa.max_column, wb.max_column)
        for r in range(1, rows + 1):
            for col in range(1, cols + 1):
                ca, cb = wa.cell(row=r, column=col), wb.cell(row=r, column=col)
                if style(ca) != style(cb):
                    problems.append(f"{name}!{ca.coordinate}: style changed")
                if ca.value == cb.value:
                    continue
                letter = ca.column_letter
                if letter in (answer, comment) and ca.value in (None, "") and isinstance(cb.value, str) and not cb.value.startswith("="):
                    written += 1
                else:
                    problems.append(f"{name}!{ca.coordinate}: {ca.value!r} -> {cb.value!r}")
    return problems, written


def libreoffice(path, out_dir):
    """The workbook opened and saved again by LibreOffice."""
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["soffice", "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out_dir), str(path)],
        check=True, capture_output=True, timeout=180,
    )
    return out_dir / (path.stem + ".xlsx")


def main(args):
    binary = args[0]
    use_lo = "--libreoffice" in args
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        for customer, answers, answer, comment in CASES:
            src = ROOT / customer
            work = tmp / src.stem
            work.mkdir()
            shutil.copy(src, work / src.name)
            filled = work / f"{src.stem}-answered.xlsx"
            run = subprocess.run(
                [binary, "answer", str(work / src.name), "-o", str(filled), "--links", str(work / "links.yaml"), "--from", *[str(ROOT / a) for a in answers]],
                capture_output=True, text=True,
            )
            if run.returncode not in (0, 1):
                print(f"FAIL {customer}: assure answer exited {run.returncode}: {run.stderr}")
                ok = False
                continue
            problems, written = compare(work / src.name, filled, answer, comment)
            print(f"{'ok  ' if not problems else 'FAIL'} {customer}: openpyxl, {written} answer and comment cells written, nothing else changed" if not problems else f"FAIL {customer}: " + "; ".join(problems[:10]))
            ok &= not problems
            if use_lo:
                lo_before = libreoffice(work / src.name, work / "lo-before")
                lo_after = libreoffice(filled, work / "lo-after")
                problems, written_lo = compare(lo_before, lo_after, answer, comment)
                dv = sum(len(openpyxl.load_workbook(lo_after)[n].data_validations.dataValidation) for n in openpyxl.load_workbook(lo_after).sheetnames)
                if written_lo != written:
                    problems.append(f"{written_lo} cells differ after LibreOffice, {written} before")
                print(f"{'ok  ' if not problems else 'FAIL'} {customer}: after a LibreOffice round trip, {written_lo} cells written, {dv} drop-downs in place" if not problems else f"FAIL {customer} (LibreOffice): " + "; ".join(problems[:10]))
                ok &= not problems
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
