#!/usr/bin/env python3
"""Validate questionnaires, profiles and answers files against assure's JSON Schema,
with an independent validator (python-jsonschema, draft 2020-12).

Usage:
    python3 scripts/check_schemas.py ASSURE_BINARY [--config assure.toml] FILE...

Each file is recognised as the loader does: a profile has `base`, an answers file
has `answers`; anything else is a questionnaire. Answers files are checked against
the schema made for their own questionnaire (`assure schema answers -q ID`), which
lists every question id and the answers it takes.

YAML is read as YAML 1.2 reads it (as assure does): only true/false are booleans,
and dates stay text. PyYAML follows YAML 1.1 otherwise.

Needs PyYAML and jsonschema (`pip install pyyaml jsonschema`). Exit 0 when every
file is valid, 1 otherwise.
"""

import json
import re
import subprocess
import sys

import yaml
from jsonschema import Draft202012Validator


class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader without YAML 1.1's yes/no/on/off booleans and timestamps."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers
            if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def schema(binary, *args):
    out = subprocess.run([binary, "schema", *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    binary, files = argv[1], argv[2:]
    config = []
    if files[:1] == ["--config"]:
        config, files = files[:2], files[2:]
    schemas = {kind: schema(binary, kind) for kind in ("questionnaire", "profile")}
    for s in schemas.values():
        Draft202012Validator.check_schema(s)
    answers_schemas = {}
    failures = 0
    for path in files:
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=Yaml12Loader)  # noqa: S506 - a SafeLoader
        if isinstance(data, dict) and "base" in data:
            kind, s = "profile", schemas["profile"]
        elif isinstance(data, dict) and "answers" in data:
            qid = (data.get("questionnaire") or {}).get("id")
            if qid not in answers_schemas:
                answers_schemas[qid] = schema(binary, "answers", "-q", qid, *config)
            kind, s = f"answers to {qid}", answers_schemas[qid]
        else:
            kind, s = "questionnaire", schemas["questionnaire"]
        errors = sorted(Draft202012Validator(s).iter_errors(data), key=lambda e: list(e.path))
        if errors:
            failures += 1
            print(f"FAIL {path} ({kind})")
            for e in errors[:10]:
                where = "/".join(str(p) for p in e.absolute_path) or "(top)"
                print(f"     at {where}: {e.message[:200]}")
        else:
            print(f"ok   {path} ({kind})")
    print(f"\n{len(files) - failures} of {len(files)} files match the schema")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
