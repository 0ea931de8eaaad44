//! A blank answers file: every question as a commented block saying what it asks
//! and what answers it takes, ready to fill in with a text editor and to pass to
//! `assure report`.

use std::fmt::Write as _;

use super::{Choice, ExportError, Exporter};
use crate::digest;
use crate::exchange::workbook::write as workbook;
use crate::format::Format;
use crate::model::{Question, QuestionType, Questionnaire, YesNo};
use crate::text::clean;
use crate::yaml::scalar;

const WIDTH: usize = 78;

/// Comment lines: Markdown reflowed and wrapped as `assess` shows it, the first
/// line after `first` and the others after `rest`.
fn comment(out: &mut String, indent: &str, first: &str, rest: &str, text: &str) {
    let width = WIDTH.saturating_sub(indent.len() + 2 + rest.chars().count());
    let plain = crate::text::plain::markdown(text, width);
    for (i, line) in plain.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let lead = if i == 0 { first } else { rest };
        crate::yaml::comment(out, indent, &format!("{lead}{line}"));
    }
}

/// Verbatim comment lines (already laid out), cleaned of control characters.
fn verbatim(out: &mut String, indent: &str, text: &str) {
    for line in text.lines() {
        crate::yaml::comment(out, indent, line);
    }
}

fn extras(q: &Question) -> Vec<(&'static str, &'static str)> {
    let mut v = Vec::new();
    if q.allow_unknown {
        v.push(("unknown", "I don't know"));
    }
    if q.allows_na() {
        v.push(("na", "Not applicable"));
    }
    v
}

fn answer_help(q: &Question) -> String {
    let more: Vec<&str> = extras(q).iter().map(|(v, _)| *v).collect();
    let or_more = if more.is_empty() {
        String::new()
    } else {
        format!(", or {}", more.join(" or "))
    };
    match q.kind() {
        QuestionType::YesNo => {
            let good = if q.expected_answer() == YesNo::No {
                " (no is the safe answer)"
            } else {
                ""
            };
            format!("Answer: yes or no{or_more}{good}")
        }
        QuestionType::Choice | QuestionType::Multi => {
            let width = q
                .options()
                .iter()
                .map(|o| o.value.len())
                .chain(extras(q).iter().map(|(v, _)| v.len()))
                .max()
                .unwrap_or(0);
            let mut s = if q.kind() == QuestionType::Multi {
                "Answer with a list of any of these, such as [a, b]:".to_string()
            } else {
                "Answer with one of:".to_string()
            };
            for o in q.options() {
                let alone = if o.exclusive.value {
                    " (on its own)"
                } else {
                    ""
                };
                let _ = write!(s, "\n  {:width$}  {}{alone}", o.value.value, o.label);
            }
            for (v, label) in extras(q) {
                let _ = write!(s, "\n  {v:width$}  {label}");
            }
            s
        }
        QuestionType::Number => {
            format!("Answer: a number{}{or_more}", q.range_words())
        }
        QuestionType::Text => {
            format!("Answer: text, in double quotes if it holds a colon{or_more}")
        }
    }
}

/// A blank answers file to make: the questionnaire, and the organisation to
/// pre-fill as the respondent's.
pub struct Blank<'a> {
    pub questionnaire: &'a Questionnaire,
    pub organisation: Option<&'a str>,
}

/// What writes a blank answers file, whatever its lifetime.
pub type BlankExporter = dyn for<'a> Exporter<Blank<'a>>;

/// What `template` writes, the default first.
pub static FORMATS: [Choice<BlankExporter>; 2] = [
    Choice {
        name: "yaml",
        format: Format::Yaml,
        help: "An answers file with every question as a comment",
        exporter: &Yaml,
    },
    Choice {
        name: "xlsx",
        format: Format::Xlsx,
        help: "A workbook with drop-downs, for Excel or LibreOffice Calc",
        exporter: &Xlsx,
    },
];

/// The template as YAML, to fill in with a text editor.
pub struct Yaml;

impl Exporter<Blank<'_>> for Yaml {
    fn export(&self, b: &Blank<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(render(b.questionnaire, b.organisation).into_bytes())
    }
}

/// The template as a workbook ([`crate::exchange::workbook::write`]).
pub struct Xlsx;

impl Exporter<Blank<'_>> for Xlsx {
    fn export(&self, b: &Blank<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(workbook::render(b.questionnaire, b.organisation)?)
    }
}

/// The template for `q`; `organisation` pre-fills the respondent's organisation.
pub fn render(q: &Questionnaire, organisation: Option<&str>) -> String {
    let mut out = String::new();
    head(&mut out, q, organisation);
    let mut n = 0;
    for section in &q.sections {
        let title = clean::to_spaces(&section.title);
        let title = title.trim();
        let _ = writeln!(
            out,
            "\n  # ── {title} {}",
            "─".repeat(60usize.saturating_sub(title.chars().count()))
        );
        if let Some(when) = &section.when {
            comment(
                &mut out,
                "  ",
                "",
                "",
                &format!("This section is only asked if {when}."),
            );
        }
        for question in &section.questions {
            n += 1;
            entry(&mut out, question, n);
        }
    }
    out
}

/// How to fill the file in, the questionnaire it answers and the respondent.
fn head(out: &mut String, q: &Questionnaire, organisation: Option<&str>) {
    comment(
        out,
        "",
        "",
        "",
        &format!(
            "Answers to \"{}\" ({} {}).\n\nFill in an answer after each question's colon and save the file. Leave an answer blank to skip it. Then run:",
            q.title.trim(),
            q.id.value,
            q.version.value
        ),
    );
    verbatim(
        out,
        "",
        "    assure report THIS-FILE\nTo add a note or evidence, write the answer in long form:\n  question-id:\n    answer: yes\n    note: Our IT provider checks this every month.\n    evidence: [screenshot.png]",
    );
    let _ = writeln!(
        out,
        "questionnaire:\n  id: {}\n  version: {}\n  digest: {}",
        scalar(&q.id),
        scalar(&q.version),
        digest::digest(q)
    );
    out.push_str("respondent:\n");
    match organisation {
        Some(org) => {
            let _ = writeln!(out, "  organisation: {}", scalar(org));
        }
        None => out.push_str("  organisation:\n"),
    }
    out.push_str("  name:\n  role:\n  email:\n  date:\nanswers:\n");
}

/// Question `n` as a commented block and its empty answer.
fn entry(out: &mut String, question: &Question, n: usize) {
    out.push('\n');
    let must = if question.is_critical() {
        " [must-have]"
    } else if question.is_important() {
        " [important]"
    } else {
        ""
    };
    let number = format!("{n}. ");
    let under = " ".repeat(number.len());
    comment(
        out,
        "  ",
        &number,
        &under,
        &format!("{}{must}", question.text.trim()),
    );
    if let Some(help) = &question.help {
        comment(out, "  ", &under, &under, help);
    }
    if let Some(when) = &question.when {
        comment(
            out,
            "  ",
            &under,
            &under,
            &format!("Only if {when}; otherwise leave it blank."),
        );
    }
    let answer_lines: String = answer_help(question)
        .lines()
        .map(|l| format!("{under}{l}\n"))
        .collect();
    verbatim(out, "  ", answer_lines.trim_end_matches('\n'));
    let _ = writeln!(out, "  {}:", question.id.value);
}

#[cfg(test)]
mod tests;
