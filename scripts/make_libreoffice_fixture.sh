#!/usr/bin/env bash
# Make tests/fixtures/valid/workbooks/harbour-bakery-libreoffice.xlsx: the
# answers workbook of examples/answers/harbour-bakery.yaml, filled in by openpyxl
# and then opened and saved by LibreOffice Calc, as a supplier would. A test
# reads it back and expects the same JSON report as the YAML answers.
#
#   apt-get install -y --no-install-recommends libreoffice-calc
#   python3 -m pip install openpyxl pyyaml
#   scripts/make_libreoffice_fixture.sh target/debug/assure
set -euo pipefail
cd "$(dirname "$0")/.."
assure=${1:-target/debug/assure}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$assure" --config examples/assure.toml template sme-baseline -o "$work/template.xlsx"
python3 scripts/fill_workbook.py "$assure" --config examples/assure.toml \
  examples/answers/harbour-bakery.yaml "$work/template.xlsx" "$work/filled.xlsx"
mkdir "$work/out"
soffice --headless --norestore -env:UserInstallation="file://$work/profile" \
  --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work/out" "$work/filled.xlsx" >/dev/null
cp "$work/out/filled.xlsx" tests/fixtures/valid/workbooks/harbour-bakery-libreoffice.xlsx
