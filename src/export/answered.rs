//! The review of an `answer` run, for the person who sends the file back:
//! every answer written with its customer reference, the answer, its source
//! (questionnaire, question, answer, who gave it, when), the confidence and
//! the reason; then the questions left, grouped by what to do about them; the
//! rows left out; and what to do next. As plain text for the terminal and as
//! Markdown (and HTML, through [`crate::export::html`]). Everything from the
//! customer's file and the answers files is untrusted: cleaned for the
//! terminal, escaped for Markdown.

use std::fmt::Write as _;
use std::path::Path;

use crate::exchange::answer::plan::{Fate, Fill, Why};
use crate::exchange::answer::sources::Origin;
use crate::exchange::matcher::Match;
use crate::export::{Choice, ExportError, Exporter};
use crate::format::Format;
use crate::text::count::count;
use crate::text::markdown::{self as md, Align::L, Align::R};
use crate::text::shell;
use crate::text::terminal::clean_line;

/// What the review is about.
pub struct Review<'a> {
    pub customer: &'a str,
    pub filled: &'a str,
    /// What was found: "Questionnaire!B5:B40: 34 questions; answers into C,
    /// comments into D".
    pub found: &'a str,
    pub fills: &'a [Fill],
    pub origins: &'a [Origin],
    /// Rows left out: cell and reason.
    pub left_out: &'a [(String, String)],
    /// Commands for what comes next, with what each does.
    pub next: &'a [(String, String)],
}

/// The groups of questions left, in the order a person deals with them.
const GROUPS: [(&str, &str); 7] = [
    (
        "Not in your answers",
        "Nothing you have answered says this. Answer it yourself, in the draft or in the sheet.",
    ),
    (
        "A fact or a promise you have not stated",
        "Only you can say this (where data is kept, past incidents, what you promise the customer). Answer it yourself.",
    ),
    (
        "You answered \"I don't know\"",
        "Find out, often from your IT provider, then answer it in the draft.",
    ),
    (
        "Close, but not certain enough to write",
        "Check the match shown. If it is right, run again with `--confirm REF`; if not, answer it yourself.",
    ),
    (
        "Your answers do not settle it",
        "Your answers say something about it, but not enough to answer it. Answer it yourself.",
    ),
    (
        "Already filled in the sheet",
        "Left as it was: `answer` never writes over a filled answer cell.",
    ),
    (
        "Kept from your answers by the links file",
        "The links file says not to answer it from your files.",
    ),
];

fn group(w: &Why) -> usize {
    match w {
        Why::NoMatch | Why::NoAnswerColumn => 0,
        Why::NeverStated(_) => 1,
        Why::DontKnow(_) => 2,
        Why::Uncertain(_) => 3,
        Why::Unsettled { .. } | Why::NoWord { .. } => 4,
        Why::Filled(_) => 5,
        Why::Rejected => 6,
    }
}

fn source(m: &Match, origins: &[Origin]) -> String {
    m.sources
        .iter()
        .map(|&i| {
            let o = &origins[i];
            let mut s = format!("{}/{}: \"{}\"", o.questionnaire, o.question, o.answer);
            let mut said = Vec::new();
            if let Some(by) = &o.by {
                said.push(format!("by {by}"));
            }
            if let Some(d) = &o.date {
                said.push(d.clone());
            }
            said.push(o.file.clone());
            let _ = write!(s, " ({})", said.join(", "));
            s
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Why a question is left, in a line.
fn why(w: &Why, origins: &[Origin]) -> String {
    match w {
        Why::NoMatch => "no answer of yours is about this".into(),
        Why::NoAnswerColumn => "the sheet has no answer column".into(),
        Why::NeverStated(what) => format!("about {what}, which none of your answers states"),
        Why::DontKnow(i) => format!(
            "{}/{} was answered \"I don't know\"",
            origins[*i].questionnaire, origins[*i].question
        ),
        Why::Uncertain(m) => format!(
            "best match {:.2}, below the threshold: {} from {}",
            m.confidence,
            m.reason,
            source(m, origins)
        ),
        Why::Unsettled { sources, why } => {
            let keys: Vec<String> = sources
                .iter()
                .take(3)
                .map(|&i| format!("{}/{}", origins[i].questionnaire, origins[i].question))
                .collect();
            format!("{why} ({})", keys.join(", "))
        }
        Why::NoWord { why, .. } => why.to_string(),
        Why::Filled(t) => format!("the answer cell already holds \"{t}\""),
        Why::Rejected => "the links file keeps it from your answers".into(),
    }
}

fn answered(r: &Review<'_>) -> usize {
    r.fills
        .iter()
        .filter(|f| matches!(f.fate, Fate::Answered { .. }))
        .count()
}

/// The questions left for a person, by group (title, what to do, the
/// questions), leaving out groups with none.
fn left<'r>(r: &'r Review<'_>) -> Vec<(&'static str, &'static str, Vec<&'r Fill>)> {
    let mut out = Vec::new();
    for (g, (title, what)) in GROUPS.iter().enumerate() {
        let here: Vec<&Fill> = r
            .fills
            .iter()
            .filter(|f| matches!(&f.fate, Fate::Left(w) if group(w) == g))
            .collect();
        if !here.is_empty() {
            out.push((*title, *what, here));
        }
    }
    out
}

/// The plain-text review for a terminal.
pub fn text(r: &Review<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", clean_line(r.customer), clean_line(r.found));
    let _ = writeln!(
        out,
        "Answered {} of {} questions into {}.",
        answered(r),
        r.fills.len(),
        clean_line(r.filled)
    );
    for f in r.fills {
        if let Fate::Answered { m, word, .. } = &f.fate {
            let _ = writeln!(
                out,
                "\n  {}  {}",
                clean_line(&f.reference()),
                clean_line(&f.question.text)
            );
            let _ = writeln!(
                out,
                "      wrote \"{}\" ({:.2}) from {}",
                clean_line(word),
                m.confidence,
                clean_line(&source(m, r.origins))
            );
            let _ = writeln!(out, "      {}", clean_line(&m.reason));
        }
    }
    for (title, what, here) in left(r) {
        let _ = writeln!(
            out,
            "\nLeft: {title} ({}). {}",
            here.len(),
            what.replace('`', "")
        );
        for f in here {
            if let Fate::Left(w) = &f.fate {
                let _ = writeln!(
                    out,
                    "  {}  {}\n      {}",
                    clean_line(&f.reference()),
                    clean_line(&f.question.text),
                    clean_line(&why(w, r.origins))
                );
            }
        }
    }
    if !r.left_out.is_empty() {
        let _ = writeln!(out, "\nRows left out ({}):", r.left_out.len());
        for (cell, reason) in r.left_out {
            let _ = writeln!(out, "  {}: {}", clean_line(cell), clean_line(reason));
        }
    }
    if !r.next.is_empty() {
        out.push_str("\nNext:\n");
        for (cmd, what) in r.next {
            let _ = writeln!(out, "  {}\n      {}", clean_line(cmd), clean_line(what));
        }
    }
    out
}

/// The review as Markdown.
pub fn markdown(r: &Review<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Answers for {}\n", md::inline(r.customer));
    let _ = writeln!(out, "{}\n", md::inline(r.found));
    let _ = writeln!(
        out,
        "**{} of {} questions answered** in {}. Each answer below says where it came from and why it was chosen; check them before you send the file back.\n",
        answered(r),
        r.fills.len(),
        md::code(r.filled)
    );
    out.push_str("## Answered\n\n");
    out.push_str(&md::table_head(&[
        ("Ref", L),
        ("Question", L),
        ("Answer", L),
        ("From", L),
        ("Confidence", R),
        ("Why", L),
    ]));
    for f in r.fills {
        if let Fate::Answered { m, word, .. } = &f.fate {
            out.push('\n');
            out.push_str(&md::table_row(&[
                md::cell(&f.reference()),
                md::cell(&f.question.text),
                md::cell(word),
                md::cell(&source(m, r.origins)),
                format!("{:.2}", m.confidence),
                md::cell(&m.reason),
            ]));
        }
    }
    out.push('\n');
    for (title, what, here) in left(r) {
        let _ = writeln!(out, "\n## Left: {title} ({})\n\n{what}\n", here.len());
        for f in here {
            if let Fate::Left(w) = &f.fate {
                let _ = writeln!(
                    out,
                    "- **{}** {}  \n  {}",
                    md::inline(&f.reference()),
                    md::inline(&f.question.text),
                    md::inline(&why(w, r.origins))
                );
            }
        }
    }
    if !r.left_out.is_empty() {
        let _ = writeln!(out, "\n## Rows left out ({})\n", r.left_out.len());
        for (cell, reason) in r.left_out {
            let _ = writeln!(out, "- {}: {}", md::code(cell), md::inline(reason));
        }
    }
    if !r.next.is_empty() {
        out.push_str("\n## Next\n\n");
        for (cmd, what) in r.next {
            let _ = writeln!(out, "- {}  \n  {}", md::code(cmd), md::inline(what));
        }
    }
    out
}

/// The review as a standalone web page.
pub fn html(r: &Review<'_>) -> String {
    crate::export::html::page(&format!("Answers for {}", r.customer), &markdown(r))
}

/// The files of a run of `answer`, for the commands that come next.
pub struct Files<'a> {
    pub customer: &'a Path,
    /// How many questions are left for a person.
    pub left: usize,
    pub draft: &'a Path,
    pub answers: &'a Path,
    pub links: &'a Path,
}

/// The commands that come next, with what each does.
pub fn next_steps(f: &Files<'_>) -> Vec<(String, String)> {
    let mut next = Vec::new();
    if f.left > 0 {
        next.push((
            format!(
                "assure assess {} --answers {} --resume",
                shell::path(f.draft),
                shell::path(f.answers)
            ),
            format!(
                "asks you the {} left, in plain words (\"I don't know\" is fine)",
                count(f.left, "question", "questions")
            ),
        ));
        next.push((
            format!(
                "assure answer {} --from ... {}",
                shell::path(f.customer),
                shell::path(f.answers)
            ),
            "writes your new answers into the customer's file too".into(),
        ));
    }
    next.push((
        format!(
            "assure answer {} --from ... --reject REF",
            shell::path(f.customer)
        ),
        format!(
            "for a wrong match: it is never used again (kept in {})",
            shell::path(f.links)
        ),
    ));
    next
}

/// Writes the review in one format (`answer --review FILE`).
pub type ReviewExporter = dyn for<'a> Exporter<Review<'a>>;

/// The review as Markdown.
pub struct Markdown;

impl Exporter<Review<'_>> for Markdown {
    fn export(&self, r: &Review<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(markdown(r).into_bytes())
    }
}

/// The review as a standalone web page.
pub struct Html;

impl Exporter<Review<'_>> for Html {
    fn export(&self, r: &Review<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(html(r).into_bytes())
    }
}

/// The formats of the review file, the default first; the `--review` file's
/// extension picks one.
pub static FORMATS: [Choice<ReviewExporter>; 2] = [
    Choice {
        name: "markdown",
        format: Format::Markdown,
        help: "The review as Markdown",
        exporter: &Markdown,
    },
    Choice {
        name: "html",
        format: Format::Html,
        help: "The review as a web page",
        exporter: &Html,
    },
];
