#!/usr/bin/env bash
# Screenshots of the HTML report, as a person sees it, for examples/screenshots/:
# the first screen at 1280 and 390 pixels wide, and the first two pages printed
# on A4 (the cover, then the summary). Made from the committed example report of
# Harbour Bakery (examples/reports/harbour-bakery.html), with headless Chromium
# (Debian's `chromium`) and pdftoppm (poppler-utils).
#
#   apt-get install -y chromium poppler-utils
#   scripts/screenshots.sh
#
# The report sets no paper size, so it prints on whatever the printer holds (A4
# or Letter); for the A4 pictures a copy of it asks for A4. A fresh browser
# profile is used each time and removed after; nothing is fetched from the
# network (the report has no external resource).
set -euo pipefail
cd "$(dirname "$0")/.."

report=examples/reports/harbour-bakery.html
out=examples/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

browser() {
  local profile
  profile=$(mktemp -d -p "$work")
  timeout 120 chromium --headless --no-sandbox --disable-gpu \
    --disable-background-networking --disable-component-update --disable-sync \
    --no-first-run --user-data-dir="$profile" --hide-scrollbars "$@" 2>/dev/null
}

page="file://$PWD/$report"
browser --window-size=1280,900 --screenshot="$out/report-1280.png" "$page"
browser --window-size=390,844 --screenshot="$out/report-390.png" "$page"

sed 's|</head>|<style>@page { size: A4; }</style>\n</head>|' "$report" >"$work/a4.html"
browser --no-pdf-header-footer --print-to-pdf="$work/a4.pdf" "file://$work/a4.html"
pdftoppm -png -r 70 -f 1 -l 2 "$work/a4.pdf" "$work/page"
mv "$work"/page-*1.png "$out/print-a4-page-1.png"
mv "$work"/page-*2.png "$out/print-a4-page-2.png"
pages=$(pdfinfo "$work/a4.pdf" | awk '/^Pages:/ {print $2}')
echo "Wrote $out/: report-1280.png, report-390.png, print-a4-page-1.png, print-a4-page-2.png (the report prints on $pages A4 pages)"
