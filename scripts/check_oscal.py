#!/usr/bin/env python3
"""Check OSCAL assessment-results files with compliance-trestle: each must load
into trestle's pydantic model (as GRC tooling built on trestle reads it) and
pass `trestle validate` in a trestle workspace. Exit 1 if any fails.

    python3 scripts/check_oscal.py FILE.oscal.json...
"""
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from trestle.oscal.assessment_results import AssessmentResults


def load(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    results = AssessmentResults.parse_obj(doc["assessment-results"])
    r = results.results[0]
    return f"{len(r.observations or [])} observations, {len(r.findings or [])} findings, {len(r.risks or [])} risks"


def validate(workspace, path, i):
    target = workspace / "assessment-results" / f"file{i}" / "assessment-results.json"
    target.parent.mkdir(parents=True)
    shutil.copy(path, target)
    run = subprocess.run(["trestle", "validate", "-f", str(target)], cwd=workspace,
                         capture_output=True, text=True)
    if run.returncode != 0 or "VALID" not in run.stdout:
        raise ValueError(f"trestle validate failed:\n{run.stdout}\n{run.stderr}")


def main(paths):
    if not paths:
        print("no files given", file=sys.stderr)
        return 2
    failed = 0
    with tempfile.TemporaryDirectory() as d:
        workspace = Path(d)
        subprocess.run(["trestle", "init"], cwd=workspace, check=True, capture_output=True)
        for i, path in enumerate(paths):
            try:
                counts = load(path)
                validate(workspace, path, i)
            except Exception as e:  # pydantic's ValidationError, a missing key, trestle's verdict
                print(f"FAILED {path}: not valid OSCAL assessment results:\n{e}", file=sys.stderr)
                failed += 1
                continue
            print(f"ok   {path}: {counts}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
