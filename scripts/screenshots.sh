#!/usr/bin/env bash
# Screenshots for examples/screenshots/, as a person sees each thing: the HTML
# report's first screen at 1280 and 390 pixels wide and its first two pages
# printed on A4 (the cover, then the summary); the one-page summary, printed
# on A4; and the start menu in an 80-column terminal, opened and searching:
# all for Harbour Bakery (examples/answers/harbour-bakery.yaml). And the first
# page of Brightline Engineering's security statement, printed on A4. Made
# by the binary given, with headless
# Chromium (Debian's `chromium`), pdftoppm (poppler-utils), tmux and python3
# (scripts/ansi_html.py turns the terminal's screen into a page).
#
#   apt-get install -y chromium poppler-utils tmux
#   cargo build --locked && scripts/screenshots.sh target/debug/assure
#
# The report sets no paper size, so it prints on whatever the printer holds (A4
# or Letter); for the A4 pictures a copy of it asks for A4. A fresh browser
# profile is used each time and removed after; nothing is fetched from the
# network (the report has no external resource).
set -euo pipefail
cd "$(dirname "$0")/.."

assure=$(realpath "${1:?usage: scripts/screenshots.sh PATH-TO-ASSURE}")
answers=examples/answers/harbour-bakery.yaml
out=examples/screenshots
work=$(mktemp -d)
shot=assure-screenshot-$$
trap 'tmux kill-session -t "$shot" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$out"
report=$work/harbour-bakery.html
"$assure" report "$answers" -o "$report"
"$assure" report "$answers" --format summary -o "$work/summary.html"
# A statement is what a business in good shape sends: Brightline's.
"$assure" statement examples/answers/brightline-engineering.yaml -o "$work/statement.html"

browser() {
  local profile
  profile=$(mktemp -d -p "$work")
  timeout 120 chromium --headless --no-sandbox --disable-gpu \
    --disable-background-networking --disable-component-update --disable-sync \
    --no-first-run --user-data-dir="$profile" --hide-scrollbars "$@" 2>/dev/null
}

page="file://$report"
browser --window-size=1280,900 --screenshot="$out/report-1280.png" "$page"
browser --window-size=390,844 --screenshot="$out/report-390.png" "$page"

# a4 FILE.html NAME: FILE printed on A4 as NAME.pdf in the work folder; its
# page count on stdout.
a4() {
  sed 's|</head>|<style>@page { size: A4; }</style>\n</head>|' "$1" >"$work/$2-a4.html"
  browser --no-pdf-header-footer --print-to-pdf="$work/$2.pdf" "file://$work/$2-a4.html"
  pdfinfo "$work/$2.pdf" | awk '/^Pages:/ {print $2}'
}
# png NAME PAGE OUT: page PAGE of NAME.pdf as OUT, small enough to read.
png() {
  pdftoppm -png -r 70 -singlefile -f "$2" -l "$2" "$work/$1.pdf" "$work/png"
  mv "$work/png.png" "$out/$3"
}

pages=$(a4 "$report" report)
png report 1 print-a4-page-1.png
png report 2 print-a4-page-2.png
summary=$(a4 "$work/summary.html" summary)
png summary 1 summary-a4.png
statement=$(a4 "$work/statement.html" statement)
png statement 1 statement-a4.png

# The start menu, in colour, in an 80 x 16 terminal (tmux), in a folder with
# an unfinished answers file and a customer's spreadsheet; then the search
# for a questionnaire after typing "base".
menu=$work/menu
mkdir -p "$menu"
cp "$answers" "$menu/harbour-bakery-answers.yaml"
cp examples/customer/seaview-hotels.xlsx "$menu/"
tmux new-session -d -s "$shot" -x 80 -y 16 -c "$menu" \
  "env -u NO_COLOR TERM=xterm-256color CLICOLOR_FORCE=1 '$assure'; sleep 60"
terminal() {
  sleep 2
  tmux capture-pane -e -p -t "$shot" | python3 scripts/ansi_html.py 80 >"$work/$1.html"
  browser --window-size=740,330 --screenshot="$out/$1.png" "file://$work/$1.html"
}
terminal start-menu
tmux send-keys -t "$shot" Up Enter
sleep 1
tmux send-keys -t "$shot" b a s e
terminal start-menu-search

echo "Wrote $out/: report-1280.png, report-390.png, print-a4-page-1.png, print-a4-page-2.png,"
echo "summary-a4.png, statement-a4.png, start-menu.png, start-menu-search.png"
echo "(the report prints on $pages A4 pages, the summary on $summary, the statement on $statement)"
