#!/usr/bin/env bash
# The printed length of what people print, measured, not guessed: headless
# Chromium prints each page to a PDF on A4 and pdfinfo counts its pages.
#
#   scripts/page_counts.sh target/debug/assure
#
# Checks: the one-page summary is one page for every example business; the
# full report of a struggling shop (Harbour Bakery) is at most 25 pages; a
# statement is at most 4 pages. Prints every count. Needs `chromium` and
# `pdfinfo` (Debian: apt-get install -y chromium poppler-utils). The reports
# set no paper size, so a copy of each asks for A4, as scripts/screenshots.sh
# does; nothing is fetched from the network.
set -euo pipefail
cd "$(dirname "$0")/.."
assure=${1:?usage: scripts/page_counts.sh PATH-TO-ASSURE}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# pages FILE.html: how many A4 pages it prints on.
pages() {
  local a4="$work/a4.html" pdf="$work/out.pdf" profile
  profile=$(mktemp -d -p "$work")
  sed 's|</head>|<style>@page { size: A4; }</style>\n</head>|' "$1" >"$a4"
  rm -f "$pdf"
  timeout 120 chromium --headless --no-sandbox --disable-gpu \
    --disable-background-networking --disable-component-update --disable-sync \
    --no-first-run --user-data-dir="$profile" --no-pdf-header-footer \
    --print-to-pdf="$pdf" "file://$a4" >/dev/null 2>&1
  pdfinfo "$pdf" | awk '/^Pages:/ {print $2}'
}

failed=0
# check WHAT FILE MAX: the count, and whether it is within MAX.
check() {
  local n
  n=$(pages "$2")
  if [ "$n" -le "$3" ]; then
    printf '%-52s %3d page(s) (at most %d)\n' "$1" "$n" "$3"
  else
    printf '%-52s %3d page(s): MORE THAN %d\n' "$1" "$n" "$3"
    failed=1
  fi
}

config=examples/assure.toml
for answers in examples/answers/*.yaml; do
  name=$(basename "$answers" .yaml)
  "$assure" --config "$config" report "$answers" --format summary --quiet -o "$work/$name.summary.html"
  check "summary: $name" "$work/$name.summary.html" 1
  "$assure" --config "$config" statement "$answers" -o "$work/$name.statement.html" 2>/dev/null
  check "statement: $name" "$work/$name.statement.html" 4
done
# The worst case for one page: every yes/no question answered "no" or "I don't
# know" in turn, the rest "I don't know", and a long name.
"$assure" template sme-baseline -o "$work/blank.yaml"
python3 - "$work/blank.yaml" "$work/worst.yaml" <<'PY'
import re, sys
out, hint, turn = [], "", 0
for line in open(sys.argv[1], encoding="utf-8"):
    if "Answer:" in line:
        hint = line
    m = re.match(r"^  ([a-z0-9-]+):\s*$", line)
    if m and m.group(1) != "uses-it-provider":
        turn += 1
        value = "no" if "yes or no" in hint and turn % 2 else "unknown"
        line = f"  {m.group(1)}: {value}\n"
        hint = ""
    elif m:
        line = "  uses-it-provider: yes\n"
    elif line.startswith("  organisation:"):
        line = "  organisation: The Very Long Name Bakery, Café and Catering Company of the Old Harbour Ltd\n"
    out.append(line)
open(sys.argv[2], "w", encoding="utf-8").writelines(out)
PY
"$assure" report "$work/worst.yaml" --format summary --quiet -o "$work/worst.summary.html" 2>/dev/null
check "summary: every answer no or not known" "$work/worst.summary.html" 1
"$assure" --config "$config" report examples/answers/harbour-bakery.yaml --quiet -o "$work/bakery.html"
check "full report: harbour-bakery (a struggling shop)" "$work/bakery.html" 25
exit "$failed"
