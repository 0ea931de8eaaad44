//! Answers set aside (given to an earlier version, no longer fitting it) kept
//! in the file as it wrote them: [`entry_lines`] when the file is read, and
//! [`keep_old_answers`] when a file that keeps its old version is written
//! again (`assess --resume`, `merge`), so that they are never lost; and the
//! comment lines a person wrote at the top of the file ([`own_header`]).

use crate::model::answers::Answers;
use crate::source::Source;
use crate::text::clean;
use crate::yaml::{Entry, Kind, Node};

/// An entry of `answers:` as the file wrote it, indented by two spaces: its
/// lines when it has lines of its own, else (in a flow mapping) its id and its
/// answer as written, quoted.
pub fn entry_lines(src: &Source, e: &Entry) -> String {
    let (first, last) = (e.key.span.start, e.value.span.end);
    let key_line = src.line(first.line).unwrap_or_default();
    let indent = key_line.len() - key_line.trim_start().len();
    let own_line = key_line.chars().count() >= indent
        && key_line.trim_start().starts_with(e.key_text())
        && usize::try_from(first.col).is_ok_and(|c| c == indent + 1);
    // A block value ends where the next entry starts: not on its line.
    let end_line = src.line(last.line).unwrap_or_default();
    let end_indent = end_line.len() - end_line.trim_start().len();
    let mut last_line =
        if last.line > first.line && usize::try_from(last.col).is_ok_and(|c| c <= end_indent + 1) {
            last.line - 1
        } else {
            last.line
        };
    // Blank lines and comments at its end are the next entry's.
    while last_line > first.line
        && src
            .line(last_line)
            .is_none_or(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        last_line -= 1;
    }
    if !own_line || last_line < first.line || last_line - first.line > 10_000 {
        return format!(
            "  {}: {}\n",
            e.key_text(),
            crate::yaml::quote(&written(&e.value))
        );
    }
    let mut out = String::new();
    for n in first.line..=last_line {
        let line = src.line(n).unwrap_or_default();
        let cut = line.len() - line.trim_start().len();
        out.push_str("  ");
        out.push_str(&line[cut.min(indent)..]);
        out.push('\n');
    }
    out
}

/// The answers file `text` (as `answers::write` makes it) with the answers
/// set aside as the old file had them, at the end of `answers:`: while the
/// file keeps its old version, quitting must not lose them (the next
/// `--resume` shows them again as they were).
pub fn keep_old_answers(text: &str, old: &[&str]) -> String {
    if old.is_empty() {
        return text.to_owned();
    }
    let mut out = match text.strip_suffix("answers: {}\n") {
        Some(head) => format!("{head}answers:\n"),
        None => text.to_owned(),
    };
    out.push_str("  # Set aside: given to an earlier version, asked again when you carry on.\n");
    for lines in old {
        out.push_str(lines);
    }
    out
}

/// An answer as it is written, on one line.
pub fn written(value: &Node) -> String {
    let text = match &value.kind {
        Kind::Scalar(s) => s.text.clone(),
        Kind::Map(m) => m
            .iter()
            .find(|e| e.key_text() == "answer")
            .map_or_else(String::new, |e| written(&e.value)),
        Kind::Seq(items) => items.iter().map(written).collect::<Vec<_>>().join(", "),
    };
    clean::to_spaces(&text).trim().to_owned()
}

/// The answers file `text`, written from `new` (answers that replace `old`),
/// with the answers `old` set aside kept as it wrote them, but those whose
/// question `new` answers (a reply, say, answered it again).
pub fn with_set_aside(text: &str, old: &Answers, new: &Answers) -> String {
    let kept: Vec<&str> = old
        .set_aside
        .iter()
        .filter(|l| new.get(&l.question).is_none())
        .map(|l| l.lines.as_str())
        .collect();
    keep_old_answers(text, &kept)
}

/// The comment lines at the top of an answers file that a person wrote (who
/// took the answers down, when, what was left out), without the two lines
/// `assure` writes there itself ([`crate::answers::write`] puts them back
/// under those, so that a file written again keeps them).
pub fn own_header(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let line = line.trim();
        if !line.is_empty() && !line.starts_with('#') {
            break;
        }
        let ours = (line.starts_with("# Answers to ") && line.ends_with(", written by assure."))
            || line.starts_with("# Turn them into a report with: ");
        let leading_blank = line.is_empty() && out.is_empty();
        if !ours && !leading_blank {
            // As a comment it stays: no character that a YAML reader takes
            // for the end of a line.
            out.push_str(clean::to_spaces(line).trim_end());
            out.push('\n');
        }
    }
    let kept = out.trim_end().len();
    out.truncate(kept);
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests;
