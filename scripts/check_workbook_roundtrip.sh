#!/usr/bin/env bash
# For every example answers file: make the answers workbook of its questionnaire,
# fill it in with openpyxl (scripts/fill_workbook.py, an independent writer),
# read it back with `assure report`, and require the same JSON report as the
# YAML answers give. A workbook holds what a supplier fills in (answers, notes,
# evidence), not who gave an answer or where it was carried from (`by:`,
# `from:`): those are left out of both reports before they are compared.
#
#   scripts/check_workbook_roundtrip.sh target/debug/assure
set -euo pipefail
cd "$(dirname "$0")/.."
assure=${1:-target/debug/assure}
config=examples/assure.toml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for answers in examples/answers/*.yaml; do
  name=$(basename "$answers" .yaml)
  q=$(python3 -c 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1]))["questionnaire"]["id"])' "$answers")
  "$assure" --config "$config" template "$q" -o "$work/$name-template.xlsx"
  python3 scripts/fill_workbook.py "$assure" --config "$config" "$answers" "$work/$name-template.xlsx" "$work/$name.xlsx"
  "$assure" --config "$config" report "$answers" --format json --quiet -o "$work/$name-yaml.json"
  "$assure" --config "$config" report "$work/$name.xlsx" --format json --quiet -o "$work/$name-xlsx.json"
  for side in yaml xlsx; do
    python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
for x in d["questions"]:
    x.pop("by", None)
    x.pop("from", None)
json.dump(d, open(sys.argv[1], "w"), indent=2, sort_keys=True)
' "$work/$name-$side.json"
  done
  if cmp -s "$work/$name-yaml.json" "$work/$name-xlsx.json"; then
    echo "same report: $name"
  else
    echo "DIFFERENT report from the workbook: $name" >&2
    diff "$work/$name-yaml.json" "$work/$name-xlsx.json" | head -20 >&2 || true
    status=1
  fi
done
exit $status
