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

Needs cmarkgfm and markdown (`pip install cmarkgfm markdown`). Exit 0 when every
check holds, 1 otherwise.
"""

import csv
import json
import re
import pathlib
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

import cmarkgfm
import markdown
from cmarkgfm.cmark import Options

# Elements a report may hold, by reader. Anything else was introduced.
MARKDOWN_TAGS = {
    "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "table", "thead", "tbody",
    "tr", "th", "td", "strong", "em", "code", "pre", "a", "del", "br", "hr",
}
PAGE_TAGS = MARKDOWN_TAGS | {
    "html", "head", "meta", "title", "style", "body", "main", "header", "nav",
    "section", "div", "span", "p", "svg", "g", "rect",
    "text", "line", "desc", "img",
}
# Attributes our own markup uses; an `on...` handler or anything else is not ours.
ATTRIBUTES = {
    "href", "id", "class", "style", "align", "lang", "charset", "name", "content",
    "viewbox", "width", "height", "x", "y", "x1", "x2", "y1", "y2", "rx", "fill",
    "stroke", "stroke-width", "text-anchor", "dominant-baseline", "font-size",
    "font-weight", "role", "aria-label", "aria-labelledby", "aria-hidden",
    "xmlns", "data-score", "data-label", "src", "alt", "start", "colspan",
    "preserveaspectratio", "focusable", "scope",
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


def check_terminal(text, name):
    bad = sorted({hex(ord(c)) for c in text if ord(c) < 32 and c not in "\n" or 0x7F <= ord(c) < 0xA0})
    return [f"{name}: control characters {bad}"] if bad else []


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
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems")
        return 1
    print("Hostile answers stay inert in Markdown (GitHub, Python-Markdown), HTML, JSON and on the terminal.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
