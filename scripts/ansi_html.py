#!/usr/bin/env python3
"""A terminal screen as a web page, for a screenshot of it.

Reads what `tmux capture-pane -e -p` prints (text with SGR colour sequences)
on stdin and writes a standalone HTML page on stdout: a dark terminal
window, monospace, with the bold, dim, underline, reverse and the 16 colours
the walk and the start menu use. Used by scripts/screenshots.sh.

    tmux capture-pane -e -p -t NAME | scripts/ansi_html.py COLUMNS > screen.html
"""

import html
import re
import sys

PALETTE = [
    "#1e1e1e", "#e06c75", "#98c379", "#e5c07b",
    "#61afef", "#c678dd", "#56b6c2", "#dcdfe4",
]
BRIGHT = [
    "#5c6370", "#e06c75", "#98c379", "#e5c07b",
    "#61afef", "#c678dd", "#56b6c2", "#ffffff",
]
FG, BG = "#dcdfe4", "#1e1e1e"
SGR = re.compile(r"\x1b\[([0-9;]*)m")
OTHER = re.compile(r"\x1b(\[[0-9;?]*[A-Za-z]|\][^\x07]*\x07)")


class Style:
    def __init__(self):
        self.reset()

    def reset(self):
        self.bold = self.dim = self.under = self.reverse = False
        self.fg = self.bg = None

    def apply(self, params):
        codes = [int(p) if p else 0 for p in params.split(";")] if params else [0]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0:
                self.reset()
            elif c == 1:
                self.bold = True
            elif c == 2:
                self.dim = True
            elif c == 4:
                self.under = True
            elif c == 7:
                self.reverse = True
            elif c == 22:
                self.bold = self.dim = False
            elif c == 24:
                self.under = False
            elif c == 27:
                self.reverse = False
            elif 30 <= c <= 37:
                self.fg = PALETTE[c - 30]
            elif 90 <= c <= 97:
                self.fg = BRIGHT[c - 90]
            elif c == 39:
                self.fg = None
            elif 40 <= c <= 47:
                self.bg = PALETTE[c - 40]
            elif c == 49:
                self.bg = None
            elif c in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
                n = codes[i + 2]
                colour = (PALETTE + BRIGHT)[n] if n < 16 else FG
                if c == 38:
                    self.fg = colour
                else:
                    self.bg = colour
                i += 2
            i += 1

    def css(self):
        fg, bg = self.fg or FG, self.bg or BG
        if self.reverse:
            fg, bg = bg, fg
        rules = [f"color:{fg}"]
        if bg != BG:
            rules.append(f"background:{bg}")
        if self.bold:
            rules.append("font-weight:bold")
        if self.dim:
            rules.append("opacity:0.6")
        if self.under:
            rules.append("text-decoration:underline")
        return ";".join(rules)


def convert(text):
    style, out = Style(), []
    # Every row of the screen, blank ones too: the window is the terminal's.
    if text.endswith("\n"):
        text = text[:-1]
    for line in text.split("\n"):
        pos, parts = 0, []
        for m in SGR.finditer(line):
            piece = OTHER.sub("", line[pos:m.start()])
            if piece:
                parts.append(f'<span style="{style.css()}">{html.escape(piece)}</span>')
            style.apply(m.group(1))
            pos = m.end()
        piece = OTHER.sub("", line[pos:])
        if piece:
            parts.append(f'<span style="{style.css()}">{html.escape(piece)}</span>')
        out.append("".join(parts))
    return "\n".join(out)


def main():
    columns = int(sys.argv[1]) if len(sys.argv) > 1 else 80
    body = convert(sys.stdin.read())
    print(f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>
body {{ margin: 0; background: #f0f0f0; }}
.window {{ margin: 12px; display: inline-block; border-radius: 8px; overflow: hidden;
  box-shadow: 0 2px 10px rgba(0,0,0,.3); }}
.bar {{ background: #3a3a3a; height: 22px; }}
pre {{ margin: 0; padding: 10px 14px; background: {BG}; color: {FG};
  font: 14px/1.35 "DejaVu Sans Mono", monospace; width: {columns}ch; }}
</style></head><body><div class="window"><div class="bar"></div><pre>{body}</pre></div></body></html>""")


if __name__ == "__main__":
    main()
