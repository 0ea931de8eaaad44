#!/usr/bin/env python3
"""Fill an answers workbook (from `assure template Q --format xlsx`) with the
answers of a YAML answers file, using openpyxl: a writer independent of assure.

    python3 scripts/fill_workbook.py ASSURE [--config FILE] ANSWERS.yaml TEMPLATE.xlsx OUT.xlsx

The workbook is filled the way a person would fill it: the labels of the
drop-downs (Yes, No, I don't know, Not applicable, option labels), Yes or No on
each option line of a multi question, numbers as numbers, the date as a date,
evidence separated by semicolons. The questionnaire's version and digest cells
are set to what the YAML file says (emptied if it says nothing), so that
`assure report` gives the same report for both files.
"""
import argparse
import datetime
import subprocess
import sys

import openpyxl
import yaml

UNKNOWN, NA = "I don't know", "Not applicable"


def questionnaire(assure, config, qid):
    cmd = [assure] + (["--config", config] if config else []) + ["show", qid, "--format", "yaml"]
    q = yaml.safe_load(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    return {x["id"]: x for s in q["sections"] for x in s["questions"]}


def label(question, value):
    """The label a person picks for `value` (PyYAML reads yes/no as booleans)."""
    kind = question.get("type", "yes_no")
    if value == "unknown":
        return UNKNOWN
    if value == "na":
        return NA
    if kind == "yes_no":
        if isinstance(value, bool):
            return "Yes" if value else "No"
        return {"yes": "Yes", "no": "No"}[str(value).lower()]
    if kind == "choice":
        return next(o["label"] for o in question["options"] if o["value"] == value)
    if kind == "text":
        return str(value)
    return value


def header(ws):
    for row in ws.iter_rows(min_row=1, max_row=20):
        titles = {c.value: c.column for c in row if isinstance(c.value, str)}
        if "Question id" in titles and "Your answer" in titles:
            return row[0].row, titles
    sys.exit("no header row in the Answers sheet")


def fill_about(ws, doc):
    respondent = doc.get("respondent") or {}
    given = doc.get("questionnaire") or {}
    fields = {
        "Organisation": respondent.get("organisation"),
        "Your name": respondent.get("name"),
        "Your role": respondent.get("role"),
        "Email": respondent.get("email"),
        "Date": respondent.get("date"),
        "Version": given.get("version"),
        "Digest": given.get("digest"),
    }
    for row in ws.iter_rows(min_col=1, max_col=2):
        title = row[0].value
        if title in fields:
            value = fields[title]
            if isinstance(value, datetime.date):
                row[1].value = value
                row[1].number_format = "yyyy-mm-dd"
            else:
                row[1].value = None if value is None else str(value)


def long_form(entry):
    if isinstance(entry, dict):
        return entry.get("answer"), entry.get("note"), entry.get("evidence")
    return entry, None, None


def fill_answers(ws, doc, questions):
    answers = doc.get("answers") or {}
    top, titles = header(ws)
    col = {k: titles[t] for k, t in
           [("id", "Question id"), ("answer", "Your answer"), ("note", "Note"), ("evidence", "Evidence")]}
    for row in ws.iter_rows(min_row=top + 1):
        cells = {k: row[c - 1] for k, c in col.items()}
        rid = cells["id"].value
        if not rid:
            continue
        qid, _, option = rid.partition("/")
        if qid not in answers or qid not in questions:
            continue
        value, note, evidence = long_form(answers[qid])
        question = questions[qid]
        if option:
            if isinstance(value, list):
                cells["answer"].value = "Yes" if option in value else "No"
            elif isinstance(value, str) and value not in ("unknown", "na"):
                cells["answer"].value = "Yes" if option == value else "No"
            continue
        if value is not None and not (question.get("type") == "multi" and value not in ("unknown", "na")):
            cells["answer"].value = label(question, value)
        if note is not None:
            cells["note"].value = str(note)
        if evidence:
            items = evidence if isinstance(evidence, list) else [evidence]
            cells["evidence"].value = "; ".join(str(e) for e in items)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("assure")
    p.add_argument("--config")
    p.add_argument("answers")
    p.add_argument("template")
    p.add_argument("out")
    a = p.parse_args()
    with open(a.answers, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    questions = questionnaire(a.assure, a.config, doc["questionnaire"]["id"])
    wb = openpyxl.load_workbook(a.template)
    fill_about(wb["About"], doc)
    fill_answers(wb["Answers"], doc, questions)
    wb.save(a.out)


if __name__ == "__main__":
    main()
