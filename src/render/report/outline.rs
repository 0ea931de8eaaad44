//! The outline of a report, shared by the Markdown and HTML renderers: a title,
//! a line saying what was assessed, and the parts in order, each a list of
//! blocks.
//!
//! Order: the result first (the summary, the action plan, the questions to ask),
//! then the appendices for whoever checks the work (the answers, framework
//! coverage, how the score was computed, and what the report is about).

use super::chart::Chart;
use super::{Report, Tone, actions, answers, appendix, ask, lead, organisation, plain_line};
use crate::render::ask::letter::Plain as Letter;
use crate::text::markdown::inline;

/// One piece of a part.
pub enum Block {
    /// Markdown, every untrusted text in it escaped.
    Markdown(String),
    /// The rating: a badge in HTML. `markdown` says the same in words.
    Rating {
        label: Option<String>,
        tone: Tone,
        score: Option<f64>,
        markdown: String,
    },
    /// Scores as bars: a table with Unicode bars in Markdown, SVG in HTML.
    Chart(Chart),
    /// A letter to copy: plain text (a code block in Markdown, paragraphs that
    /// reflow in HTML).
    Letter(Letter),
}

/// A major section of the report: a page of its own when printed.
pub struct Part {
    /// The anchor of the part, for the table of contents.
    pub id: &'static str,
    /// The heading, plain text (fixed words of ours).
    pub title: String,
    /// A short name for a table of contents on a small screen.
    pub short: &'static str,
    pub blocks: Vec<Block>,
}

impl Part {
    pub fn new(id: &'static str, short: &'static str, title: impl Into<String>) -> Part {
        Part {
            id,
            short,
            title: title.into(),
            blocks: Vec::new(),
        }
    }

    /// Adds a block of Markdown; an empty one is left out.
    pub fn md(&mut self, block: impl Into<String>) {
        let block = block.into();
        let block = block.trim_end();
        if !block.is_empty() {
            self.blocks.push(Block::Markdown(block.to_owned()));
        }
    }

    pub fn heading(&mut self, level: usize, text: &str) {
        self.md(format!("{} {text}", "#".repeat(level)));
    }

    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }
}

pub struct Outline {
    /// The title, plain text (the organisation is untrusted: escape it).
    pub title: String,
    /// What was assessed, for whom, when and by whom: Markdown.
    pub about: String,
    pub parts: Vec<Part>,
}

/// The title of a report: the organisation's name, or the questionnaire's.
pub fn title(r: &Report<'_>) -> String {
    match organisation(r.assessment) {
        Some(org) => format!("{}: security report", plain_line(org)),
        None => format!("{}: report", plain_line(&r.assessment.questionnaire.title)),
    }
}

/// One line on what was assessed: the questionnaire, who answered and when, and
/// who prepared the report.
fn about(r: &Report<'_>) -> String {
    let a = r.assessment;
    let q = a.questionnaire;
    let who = &a.answers.respondent;
    let mut text = format!("*{}*, version {}", inline(&q.title), inline(&q.version));
    let name = who.name.as_deref().filter(|s| !s.trim().is_empty());
    let role = who.role.as_deref().filter(|s| !s.trim().is_empty());
    match (name, role) {
        (Some(n), Some(r)) => {
            text.push_str(&format!(", answered by {} ({})", inline(n), inline(r)))
        }
        (Some(n), None) => text.push_str(&format!(", answered by {}", inline(n))),
        (None, Some(r)) => text.push_str(&format!(", answered by the {}", inline(r))),
        (None, None) => {}
    }
    match who.date.as_deref().filter(|d| !d.trim().is_empty()) {
        Some(date) => text.push_str(&format!(" on {}.", inline(date))),
        None => text.push('.'),
    }
    if let Some(by) = r.settings.prepared_by {
        text.push_str(&format!(" Prepared by {}.", inline(by)));
    }
    text
}

pub fn outline(r: &Report<'_>) -> Outline {
    let mut parts = vec![lead::part(r), actions::part(r), ask::part(r)];
    let mut letters = ('A'..='Z').map(|c| format!("Appendix {c}: "));
    let mut next = || letters.next().unwrap_or_default();
    parts.push(answers::part(r, &next()));
    if let Some(p) = appendix::frameworks(r, &next()) {
        parts.push(p);
    }
    parts.push(appendix::method(r, &next()));
    parts.push(appendix::about(r, &next()));
    Outline {
        title: title(r),
        about: about(r),
        parts,
    }
}
