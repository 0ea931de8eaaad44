//! Making text safe to place in a Markdown report.
//!
//! Text from answers files (names, notes, evidence, text answers) is untrusted: it
//! is escaped so that it can only ever be text. Markdown written by questionnaire
//! authors (help, recommendations) is kept as Markdown, but raw HTML in it is
//! escaped; the HTML renderer filters links and HTML once more on its own.

use super::clean;

/// Characters that may start Markdown syntax anywhere in a line.
const INLINE: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '!', '&', '$',
];

/// Escapes one line of untrusted text for Markdown: it can only be text.
///
/// Control characters become spaces and invisible characters go *before* the
/// line is trimmed and its start is looked at: otherwise a leading zero-width
/// space would hide a `#` from the line-start rule (and make a heading), and a
/// trailing control character would leave a space that Markdown then drops.
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
            // Line-start syntax: headings, lists, quotes, rules, setext underlines.
            '#' | '-' | '+' | '=' if at_start => {
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
            // A bare URL or email address would become a link for some readers.
            ':' if s[i..].starts_with("://") => out.push_str("\\:"),
            '@' => out.push_str("\\@"),
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

/// Markdown from a questionnaire author, with raw HTML tags shown as text and lists
/// set apart from paragraphs. Autolinks such as `<https://example.org>` are kept.
pub fn authored(s: &str) -> String {
    separate_lists(&authored_html(s))
}

fn authored_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s.trim();
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let autolink = tail[1..].split_once('>').is_some_and(|(inside, _)| {
            !inside.contains(char::is_whitespace)
                && inside.split_once(':').is_some_and(|(scheme, _)| {
                    scheme.len() > 1
                        && scheme
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
                })
        });
        if autolink {
            out.push('<');
        } else {
            out.push_str("\\<");
        }
        rest = &tail[1..];
    }
    out.push_str(rest);
    out
}

/// Text for a heading: inline-escaped, without trailing punctuation.
pub fn heading(s: &str) -> String {
    let text = inline(s);
    text.trim_end_matches(['.', ',', ';', ':', '!', '\\', ' '])
        .to_owned()
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
