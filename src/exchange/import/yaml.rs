//! The draft written as a questionnaire file, by hand so that it carries its
//! comments: where each question came from, every row left out and why, and a
//! TODO wherever the spreadsheet did not say enough.

use std::fmt::Write as _;

use super::draft::{Draft, Question};
use crate::model::QuestionType;
use crate::yaml::{comment_text, flow_scalar, scalar};

/// The display name of a framework `assure` knows, else its id.
fn framework_name(id: &str) -> &str {
    match id {
        "nist-csf-2.0" => "NIST Cybersecurity Framework 2.0",
        "cis-v8" => "CIS Critical Security Controls v8",
        "iso27001-2022" => "ISO/IEC 27001:2022 Annex A",
        "cyber-essentials" => "UK Cyber Essentials",
        "essential-eight" => "Essential Eight",
        _ => id,
    }
}

/// One comment line: no line breaks, line separators (a line break to
/// PyYAML), control or invisible characters.
pub struct Head<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub source: &'a str,
}

pub fn write(d: &Draft, head: &Head<'_>, at: &dyn Fn(u32, u32) -> String) -> String {
    let mut out = String::new();
    let questions: usize = d.sections.iter().map(|s| s.questions.len()).sum();
    let _ = writeln!(
        out,
        "# A draft questionnaire, imported by `assure import` from {}.",
        comment_text(head.source)
    );
    out.push_str("#\n");
    let _ = writeln!(
        out,
        "# {questions} questions in {} sections. Every row of the spreadsheet is either",
        d.sections.len()
    );
    out.push_str("# below (a comment above each question names its cell) or left out:\n");
    if d.left_out.is_empty() {
        out.push_str("#   (no row was left out)\n");
    }
    for l in &d.left_out {
        let _ = writeln!(
            out,
            "#   {}: {}",
            comment_text(&at(l.row, l.col)),
            comment_text(&l.reason)
        );
    }
    out.push_str(
        "#\n# So that this draft validates although the spreadsheet does not say what\n\
         # each answer is worth, a question counts towards the score only when it is\n\
         # a yes/no question with a recommendation. Every other question is for\n\
         # information only (`weight: 0`) until you add what its TODO asks for.\n\
         #\n# Check it with:  assure validate THIS-FILE\n",
    );
    let _ = writeln!(out, "id: {}", scalar(head.id));
    let _ = writeln!(out, "title: {}", scalar(head.title));
    out.push_str("version: 0.1.0\n");
    let _ = writeln!(
        out,
        "description: {}",
        scalar(&format!("Imported from {}.", head.source))
    );
    if !d.frameworks.is_empty() {
        out.push_str("frameworks:\n");
        for f in &d.frameworks {
            let _ = writeln!(out, "  {}: {}", scalar(f), scalar(framework_name(f)));
        }
    }
    out.push_str("sections:\n");
    for s in &d.sections {
        let _ = writeln!(out, "  # From {}.", comment_text(&s.origin));
        let _ = writeln!(
            out,
            "  - id: {}\n    title: {}\n    questions:",
            scalar(&s.id),
            scalar(&s.title)
        );
        for q in &s.questions {
            question(&mut out, q);
        }
    }
    out
}

fn question(out: &mut String, q: &Question) {
    let reference = q.reference.as_deref().map_or_else(String::new, |r| {
        format!(" (their reference: {})", comment_text(r))
    });
    let _ = writeln!(out, "      # From {}{reference}.", comment_text(&q.origin));
    for t in &q.todo {
        let _ = writeln!(out, "      # TODO: {}", comment_text(t));
    }
    let _ = writeln!(out, "      - id: {}", scalar(&q.id));
    let _ = writeln!(out, "        text: {}", scalar(&q.text));
    if let Some(h) = &q.help {
        let _ = writeln!(out, "        help: {}", scalar(h));
    }
    if q.kind != QuestionType::YesNo {
        let _ = writeln!(out, "        type: {}", q.kind.name());
    }
    let default_weight = if q.kind.is_scorable() { 1 } else { 0 };
    if q.weight != default_weight {
        let _ = writeln!(out, "        weight: {}", q.weight);
    }
    if q.critical {
        out.push_str("        critical: true\n");
    }
    if q.allow_na {
        out.push_str("        allow_na: true\n");
    }
    if !q.options.is_empty() {
        out.push_str("        options:\n");
        for (value, label) in &q.options {
            let _ = writeln!(
                out,
                "          - {{ value: {}, label: {} }}",
                flow_scalar(value),
                flow_scalar(label)
            );
        }
    }
    if let Some(e) = &q.evidence {
        let _ = writeln!(out, "        evidence: {}", scalar(e));
    }
    if !q.maps.is_empty() {
        out.push_str("        maps:\n");
        for (f, refs) in &q.maps {
            let refs: Vec<String> = refs.iter().map(|r| flow_scalar(r)).collect();
            let _ = writeln!(out, "          {}: [{}]", scalar(f), refs.join(", "));
        }
    }
    if let Some((title, text)) = &q.recommendation {
        let _ = writeln!(
            out,
            "        recommendation:\n          title: {}\n          text: {}\n          effort: medium",
            scalar(title),
            scalar(text)
        );
    }
    out.push('\n');
}
