#!/usr/bin/env python3
"""Render hostile answers in every report format and check, with independent
readers, that the answers file introduced no link, image, HTML element or
heading, and nothing that rewrites a terminal.

Usage:
    python3 scripts/check_hostile.py ASSURE_BINARY [FIXTURE_FOLDER]

The folder (default tests/fixtures/hostile) holds `questionnaire.yaml` and
`answers.yaml`. The answers file's payloads point at `evil.example` (any link
there came from it) and say `PWNED` where they try to make a heading; the
questionnaire's authored Markdown tries the same with links to other schemes,
images and raw HTML, of which only http(s) and mailto links may survive.

Readers:
- the Markdown report with GitHub's renderer, autolinks on (cmarkgfm, with raw
  HTML let through so that any would be seen), and with Python-Markdown (the
  extensions MkDocs sites use: tables, fenced code, attribute lists);
- the HTML report and the index of a batch with Python's HTML parser (the index
  may also link to the reports beside it, by file name);
- the JSON report with Python's JSON reader (the text kept exactly);
- the index's CSV with Python's CSV reader (no cell a spreadsheet would run as
  a formula);
- the summary on stderr (no control character but line breaks).

- the questionnaire's own authored text (help, why, descriptions, what to ask
  the provider, recommendations) in every report format on stdout, `show`
  (table, Markdown, HTML), `ask` (letters), the workbook report's cells
  (openpyxl), and every YAML file written from it (PyYAML);
- the same for a questionnaire imported from `sheet.csv`, a customer's sheet
  full of escape sequences and Python-Markdown links.

Needs cmarkgfm, markdown, openpyxl and pyyaml
(`pip install cmarkgfm markdown openpyxl pyyaml`). Exit 0 when every
check holds, 1 otherwise.
"""

import csv
import io
import json
import re
import pathlib
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

import cmarkgfm
import markdown
import openpyxl
import yaml
from cmarkgfm.cmark import Options

# Elements a report may hold, by reader. Anything else was introduced.
MARKDOWN_TAGS = {
    "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "table", "thead", "tbody",
    "tr", "th", "td", "strong", "em", "code", "pre", "a", "del", "br", "hr",
    "input",  # GitHub's task lists: the printable form's tick boxes
}
PAGE_TAGS = MARKDOWN_TAGS | {
    "html", "head", "meta", "title", "style", "body", "main", "header", "nav",
    "section", "div", "span", "p", "svg", "g", "rect",
    "text", "line", "desc", "img", "tspan",
}
# Attributes our own markup uses; an `on...` handler or anything else is not ours.
ATTRIBUTES = {
    "href", "id", "class", "style", "align", "lang", "charset", "name", "content",
    "viewbox", "width", "height", "x", "y", "x1", "x2", "y1", "y2", "rx", "fill",
    "stroke", "stroke-width", "text-anchor", "dominant-baseline", "font-size",
    "font-weight", "role", "aria-label", "aria-labelledby", "aria-hidden",
    "xmlns", "data-score", "data-label", "src", "alt", "start", "colspan",
    "preserveaspectratio", "focusable", "scope", "type", "disabled", "dx", "dy",
}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
RELATIVE = re.compile(r"[A-Za-z0-9._~%-]+\.(md|html|json)")


class Inspector(HTMLParser):
    """Collects every problem of one HTML document."""

    def __init__(self, name, tags, relative=False):
        super().__init__(convert_charrefs=True)
        self.name, self.tags, self.problems = name, tags, []
        # The index links to the reports beside it: plain file names.
        self.relative = relative
        self.heading = None

    def problem(self, text):
        self.problems.append(f"{self.name}: {text}")

    def handle_starttag(self, tag, attrs):
        if tag not in self.tags:
            self.problem(f"an element <{tag}> {attrs}")
        for key, value in attrs:
            value = value or ""
            if key not in ATTRIBUTES:
                self.problem(f"an attribute {key}={value!r} on <{tag}>")
            if key == "href":
                ok = value.startswith(("http://", "https://", "mailto:", "#")) or (
                    self.relative and RELATIVE.fullmatch(value) is not None
                )
                if not ok or "evil.example" in value:
                    self.problem(f"a link to {value!r}")
            if key == "src" and not (
                tag == "img"
                and value.startswith(("data:image/png;base64,", "data:image/jpeg;base64,"))
            ):
                self.problem(f"a resource {value!r} on <{tag}>")
        if tag == "img" and self.tags is MARKDOWN_TAGS:
            self.problem("an image")
        if tag in HEADINGS:
            self.heading = ""

    def handle_endtag(self, tag):
        if tag in HEADINGS and self.heading is not None:
            if "PWNED" in self.heading:
                self.problem(f"a heading {self.heading.strip()!r}")
            self.heading = None

    def handle_data(self, data):
        if self.heading is not None:
            self.heading += data


def inspect(name, html, tags, relative=False):
    parser = Inspector(name, tags, relative)
    parser.feed(html)
    parser.close()
    return parser.problems


def run(binary, *args):
    done = subprocess.run([binary, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} exited {done.returncode}:\n{done.stderr}")
    return done


def check_markdown(text, name, relative=False):
    problems = []
    gfm = cmarkgfm.github_flavored_markdown_to_html(text, options=Options.CMARK_OPT_UNSAFE)
    problems += inspect(f"{name} (GitHub)", gfm, MARKDOWN_TAGS, relative)
    pm = markdown.markdown(text, extensions=["tables", "fenced_code", "attr_list"])
    problems += inspect(f"{name} (Python-Markdown)", pm, MARKDOWN_TAGS, relative)
    return problems


UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|\r(?!\n)")


def check_terminal(text, name):
    """No character that acts on a terminal or hides text: control characters
    (C0 but line ends and tabs, DEL, C1), line separators, bidirectional
    controls, zero-width characters."""
    bad = sorted({hex(ord(m.group()[0])) for m in UNSAFE.finditer(text)})
    return [f"{name}: control or invisible characters {bad}"] if bad else []


def check_yaml(path, name):
    """What assure writes as YAML loads in PyYAML, with no raw character that
    other readers refuse or take for a line break."""
    text = pathlib.Path(path).read_text(encoding="utf-8")
    problems = check_terminal(text, name)
    try:
        yaml.safe_load(text)
    except yaml.YAMLError as e:
        problems.append(f"{name}: PyYAML cannot load it: {e}")
    return problems


def check_document(binary, args, name, kind):
    """Runs `assure ARGS` with the output on stdout, then checks it as `kind`
    (markdown, html or csv) and for the terminal."""
    done = run(binary, *args)
    problems = check_terminal(done.stdout, f"{name} on stdout")
    problems += check_terminal(done.stderr, f"stderr of {name}")
    if kind == "markdown":
        problems += check_markdown(done.stdout, name)
    elif kind == "html":
        problems += inspect(name, done.stdout, PAGE_TAGS)
    elif kind == "csv":
        for row in csv.reader(io.StringIO(done.stdout, newline="")):
            for cell in row:
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    problems.append(f"{name}: a cell a spreadsheet would run: {cell!r}")
    return problems


def check_questionnaire_outputs(binary, q, answers, out, asks):
    """Authored text from a stranger's questionnaire (help, why, descriptions,
    what to ask the provider, recommendations) in every document it reaches;
    `asks`: whether the answers leave questions for the IT provider."""
    problems = []
    for fmt in ["markdown", "html", "csv"]:
        problems += check_document(binary, ["report", answers, "-q", q, "--format", fmt, "-o", "-"], f"report --format {fmt} of {q}", fmt)
    for fmt in ["markdown", "html"]:
        problems += check_document(binary, ["show", q, "--format", fmt], f"show --format {fmt} of {q}", fmt)
        if asks:
            problems += check_document(binary, ["ask", answers, "-q", q, "--format", fmt, "-o", "-"], f"ask --format {fmt} of {q}", fmt)
    problems += check_document(binary, ["show", q], f"show of {q}", "table")
    outputs = [
        (["show", q, "--format", "yaml", "-o", f"{out}/shown.yaml"], "shown.yaml"),
        (["template", q, "-o", f"{out}/template.yaml"], "template.yaml"),
        (["prefill", q, "--from", answers, "-o", f"{out}/prefilled.yaml"], "prefilled.yaml"),
    ]
    if asks:
        outputs.append((["ask", answers, "-q", q, "-o", f"{out}/ask.yaml"], "ask.yaml"))
    for args, name in outputs:
        run(binary, *args)
        problems += check_yaml(f"{out}/{name}", f"{name} of {q}")
    run(binary, "report", answers, "-q", q, "-o", f"{out}/report.xlsx")
    workbook = openpyxl.load_workbook(f"{out}/report.xlsx")
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    problems += check_terminal(value, f"report.xlsx of {q}, sheet {sheet.title}")
    return problems


def check_imported(binary, folder, out):
    """A customer's sheet full of escapes becomes a questionnaire that loads in
    PyYAML and whose reports stay inert."""
    draft = f"{out}/imported.yaml"
    run(binary, "import", str(folder / "sheet.csv"), "--columns", "section=A,text=B,help=C,type=D,options=E", "-o", draft)
    problems = check_yaml(draft, "the imported draft")
    answers = f"{out}/imported-answers.yaml"
    pathlib.Path(answers).write_text("questionnaire: { id: sheet }\nanswers: {}\n")
    return problems + check_questionnaire_outputs(binary, draft, answers, out, False)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    folder = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "tests/fixtures/hostile")
    q, answers = str(folder / "questionnaire.yaml"), str(folder / "answers.yaml")
    raw_version = None
    problems = []
    # The example config adds a logo (an embedded image) and who prepared it.
    config = ["--config", "examples/assure.toml"] if pathlib.Path("examples/assure.toml").exists() else []
    for fmt in ["markdown", "html", "json"]:
        done = run(binary, *config, "report", answers, "-q", q, "--format", fmt, "-o", "-")
        problems += check_terminal(done.stderr, f"stderr of report --format {fmt}")
        if fmt == "markdown":
            problems += check_markdown(done.stdout, "Markdown report")
        elif fmt == "html":
            problems += inspect("HTML report", done.stdout, PAGE_TAGS)
        else:
            report = json.loads(done.stdout)
            raw_version = report["answers_for"]["version"]
            if "## PWNED Summary" not in (raw_version or ""):
                problems.append("JSON report: the answers file's version was not kept exactly")
    with tempfile.TemporaryDirectory() as out:
        copy = pathlib.Path(out) / "second.yaml"
        # The second file's organisation is a spreadsheet formula.
        text = (folder / "answers.yaml").read_text()
        copy.write_text(text.replace('organisation: "', 'organisation: "=HYPERLINK(\\"https://evil.example\\")', 1))
        done = run(binary, "report", answers, str(copy), "-q", q, "-o", out + "/")
        problems += check_terminal(done.stderr, "stderr of a batch")
        index = pathlib.Path(out)
        problems += check_markdown((index / "index.md").read_text(), "index.md", True)
        problems += inspect("index.html", (index / "index.html").read_text(), PAGE_TAGS, True)
        with open(index / "index.csv", newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        if not any("HYPERLINK" in cell for row in rows for cell in row):
            problems.append("index.csv: the organisation is missing")
        for row in rows:
            for cell in row:
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    problems.append(f"index.csv: a cell a spreadsheet would run: {cell!r}")
    with tempfile.TemporaryDirectory() as out:
        unknown = f"{out}/unknown.yaml"
        pathlib.Path(unknown).write_text(
            "questionnaire: { id: hostile-check }\nanswers: { mfa-email: unknown, backup: unknown }\n"
        )
        problems += check_questionnaire_outputs(binary, q, unknown, out, True)
        problems += check_imported(binary, folder, out)
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems")
        return 1
    print("Hostile answers stay inert in Markdown (GitHub, Python-Markdown), HTML, JSON and on the terminal.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
