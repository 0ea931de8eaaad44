//! Making text safe to place in a Markdown report.
//!
//! Text from answers files (names, notes, evidence, text answers) is untrusted: it
//! is escaped so that it can only ever be text, as GitHub (bare addresses
//! included), CommonMark and Python-Markdown read it. Markdown written by
//! questionnaire authors (help, recommendations) is kept as Markdown, without raw
//! HTML, images, or links other than http(s) and mailto; the HTML renderer
//! filters links and HTML once more on its own.

use super::clean;

mod authored;

pub use authored::{options, safe_link};

/// Characters that may start Markdown syntax anywhere in a line, escaped with a
/// backslash (which GitHub, CommonMark and Python-Markdown all honour for these).
/// `{` and `}` would give attributes to an element with Python-Markdown's
/// `attr_list` (as MkDocs sites use it).
const INLINE: &[char] = &['\\', '`', '*', '_', '[', ']', '|', '!', '{', '}'];

/// An invisible word joiner, as an entity: placed inside `www.`, `://` and after
/// `@`, it stops GitHub's renderer from turning a bare address into a link. The
/// HTML report drops it again (see `export::html`).
pub const NO_LINK: &str = "&#8288;";

/// Whether `&` followed by `rest` could be read as an entity (`&amp;`, `&#60;`).
fn could_be_entity(rest: &str) -> bool {
    rest.starts_with(|c: char| c == '#' || c.is_ascii_alphanumeric())
}

/// Escapes one line of untrusted text for Markdown: it can only be text.
///
/// Control characters become spaces and invisible characters go *before* the
/// line is trimmed and its start is looked at: otherwise a leading zero-width
/// space would hide a `#` from the line-start rule (and make a heading), and a
/// trailing control character would leave a space that Markdown then drops.
///
/// Characters that Python-Markdown cannot escape with a backslash (`<`, `>`,
/// `&`, `~`, `$`, a leading `=`) become entities, which every reader shows as
/// the character and none reads as syntax.
fn line(s: &str) -> String {
    let clean = clean::to_spaces(s);
    let s = clean.trim();
    let mut out = String::with_capacity(s.len() + 8);
    for (i, c) in s.char_indices() {
        let at_start = i == 0;
        match c {
            c if INLINE.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '~' => out.push_str("&#126;"),
            '$' => out.push_str("&#36;"),
            '&' if could_be_entity(&s[i + 1..]) => out.push_str("&amp;"),
            '=' if at_start => out.push_str("&#61;"),
            // Line-start syntax: headings, lists.
            '#' | '-' | '+' if at_start => {
                out.push('\\');
                out.push(c);
            }
            // "1. x" would start a numbered list.
            '.' | ')'
                if !out.is_empty()
                    && out.chars().all(|d| d.is_ascii_digit())
                    && s[i + 1..].chars().next().is_none_or(char::is_whitespace) =>
            {
                out.push('\\');
                out.push(c);
            }
            // Bare addresses that GitHub would make links of: `www.x`, `x://y`, `a@b`.
            '.' if i >= 3 && s.as_bytes()[i - 3..i].eq_ignore_ascii_case(b"www") => {
                out.push_str(NO_LINK);
                out.push('.');
            }
            ':' if s[i..].starts_with("://") => {
                out.push(':');
                out.push_str(NO_LINK);
            }
            '@' if s[i + 1..].starts_with(|c: char| c.is_alphanumeric() || "._-".contains(c)) => {
                out.push('@');
                out.push_str(NO_LINK);
            }
            c => out.push(c),
        }
    }
    out
}

/// Untrusted text as one line of Markdown (line breaks become spaces).
pub fn inline(s: &str) -> String {
    if !s.contains('\n') {
        return line(s);
    }
    let joined: Vec<String> = s.lines().map(line).filter(|l| !l.is_empty()).collect();
    joined.join(" ")
}

/// Untrusted text for a table cell.
pub fn cell(s: &str) -> String {
    inline(s)
}

/// Untrusted text over several lines, each continued with `indent` (for list items);
/// blank lines are dropped so that nothing can start a new block.
pub fn block(s: &str, indent: &str) -> String {
    let lines: Vec<String> = s.lines().map(line).filter(|l| !l.is_empty()).collect();
    lines.join(&format!("\n{indent}"))
}

/// Whether a line starts a list item: `- x`, `* x`, `+ x`, `1. x`, `2) x`.
fn list_item(line: &str) -> bool {
    let t = line.trim_start();
    if line.len() - t.len() > 3 {
        return false;
    }
    if let Some(rest) = t.strip_prefix(['-', '*', '+']) {
        return rest.starts_with(' ');
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    (1..=9).contains(&digits) && {
        let rest = &t[digits..];
        (rest.starts_with(". ") || rest.starts_with(") ")) && !rest[2..].trim().is_empty()
    }
}

/// Puts a blank line between a paragraph and a list that touch, either way, as
/// authors often forget to; otherwise the text after a list joins its last item.
fn separate_lists(s: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut in_list = false;
    let mut prev_blank = true;
    for line in s.lines() {
        let blank = line.trim().is_empty();
        let item = list_item(line);
        let indented = line.starts_with("  ") || line.starts_with('\t');
        if !blank && !prev_blank && ((item && !in_list) || (in_list && !item && !indented)) {
            out.push("");
        }
        if item {
            in_list = true;
        } else if !blank && !indented {
            in_list = false;
        }
        prev_blank = blank;
        out.push(line);
    }
    out.join("\n")
}

/// Markdown from a questionnaire author, keeping only http(s) and mailto links,
/// without images or raw HTML ([`authored`](mod@authored)), and with lists set
/// apart from paragraphs. Text that cannot be made safe as Markdown is escaped
/// as untrusted text instead.
pub fn authored(s: &str) -> String {
    match authored::sanitise(s.trim()) {
        Some(safe) => separate_lists(&safe),
        None => block(s, ""),
    }
}

/// A column of a Markdown table: `L` to the left, `R` to the right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    L,
    R,
}

/// The head of a Markdown table: a row of titles (Markdown already), then the
/// line that says how each column is aligned: `| a | b |\n| --- | ---: |`.
pub fn table_head(columns: &[(&str, Align)]) -> String {
    let titles: Vec<String> = columns.iter().map(|(t, _)| (*t).to_owned()).collect();
    let mut s = table_row(&titles);
    s.push_str("\n|");
    for (_, a) in columns {
        s.push_str(match a {
            Align::L => " --- |",
            Align::R => " ---: |",
        });
    }
    s
}

/// One row of a Markdown table; an empty cell is one space wide.
pub fn table_row(cells: &[String]) -> String {
    let mut row = String::from("|");
    for c in cells {
        if c.is_empty() {
            row.push_str(" |");
        } else {
            row.push(' ');
            row.push_str(c);
            row.push_str(" |");
        }
    }
    row
}

/// Text for a heading: inline-escaped, without trailing punctuation.
pub fn heading(s: &str) -> String {
    let trimmed = clean::to_spaces(s);
    inline(trimmed.trim_end_matches(['.', ',', ';', ':', '!', ' ']))
}

/// An id in code style.
pub fn code(s: &str) -> String {
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{}{pad}{fence}", s.replace(['\n', '\r'], " "))
}

#[cfg(test)]
mod tests;
