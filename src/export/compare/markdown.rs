//! The Markdown comparison. Its first screen tells an owner whether things got
//! better: a verdict in words, the rating, score and must-haves then and now,
//! and how many things were fixed, got worse or were found out. Then the
//! sections, each list of questions, the questions that changed between
//! versions, and how the comparison was made.
//!
//! Untrusted text (names, answers) is escaped with `text::markdown`; the text of
//! questionnaires is escaped too, since it is placed inline.

use crate::export::{ExportError, Exporter};
use crate::text::count::count;
use crate::text::markdown::Align::{L, R};
use crate::text::markdown::table_head;
use std::fmt::Write as _;

use crate::compare::{Change, Comparison, Fingerprints, QuestionChange};
use crate::delegate::who;
use crate::report::{describe, percent, status_text};
use crate::score::Status;
use crate::text::markdown::{cell, code, heading, inline};

/// Blocks of Markdown joined by one blank line.
#[derive(Default)]
struct Doc {
    blocks: Vec<String>,
}

impl Doc {
    fn push(&mut self, block: impl Into<String>) {
        let block = block.into();
        let block = block.trim_end();
        if !block.is_empty() {
            self.blocks.push(block.to_owned());
        }
    }

    fn heading(&mut self, level: usize, text: &str) {
        self.push(format!("{} {text}", "#".repeat(level)));
    }
}

/// The page title, as plain text.
pub fn title(c: &Comparison<'_>) -> String {
    match &c.organisation {
        Some(org) => format!("What changed: {}", crate::text::terminal::clean_line(org)),
        None => "What changed since the last assessment".into(),
    }
}

/// "Then (2026-11-10)", or "Then" when the file gives no date.
fn column(word: &str, date: Option<&str>) -> String {
    date.map_or_else(|| word.to_owned(), |d| format!("{word} ({})", cell(d)))
}

/// A change in points, signed: "+31.7 points", "−2.0 points", "no change".
fn points(change: Option<f64>) -> String {
    match change {
        None => "-".into(),
        Some(d) if d.abs() < 0.05 => "no change".into(),
        Some(d) if d > 0.0 => format!("+{d:.1} points"),
        Some(d) => format!("−{:.1} points", -d),
    }
}

/// The comparison as Markdown.
pub struct Markdown;

impl Exporter<Comparison<'_>> for Markdown {
    fn export(&self, c: &Comparison<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(render(c).into_bytes())
    }
}

pub fn render(c: &Comparison<'_>) -> String {
    let mut doc = Doc::default();
    doc.heading(1, &heading(&title(c)));
    intro(&mut doc, c);
    verdict(&mut doc, c);
    headline_table(&mut doc, c);
    counts(&mut doc, c);
    sections(&mut doc, c);
    lists(&mut doc, c);
    must_haves(&mut doc, c);
    versions(&mut doc, c);
    other(&mut doc, c);
    method(&mut doc, c);
    let mut s = doc.blocks.join("\n\n");
    s.push('\n');
    s
}

fn intro(doc: &mut Doc, c: &Comparison<'_>) {
    let q = c.questionnaire;
    let when = |d: &Option<String>, file: &str| {
        d.as_deref().map_or_else(
            || format!("in {}", code(file)),
            |d| format!("on {}", cell(d)),
        )
    };
    doc.push(format!(
        "{} ({}): the answers given {} compared with those given {}.",
        inline(&q.title),
        code(&q.id),
        when(&c.old.date, &c.old.file),
        when(&c.new.date, &c.new.file),
    ));
}

/// Better, worse or about the same, in words.
fn verdict(doc: &mut Doc, c: &Comparison<'_>) {
    let (old, new) = (&c.old, &c.new);
    let fewer = old.must_haves_missing as i64 - new.must_haves_missing as i64;
    let word = match c.overall_change {
        Some(d) if d >= 0.05 => "Better",
        Some(d) if d <= -0.05 => "Worse",
        _ if fewer > 0 => "Better",
        _ if fewer < 0 => "Worse",
        _ => "About the same",
    };
    let mut text = format!("**{word}.** ");
    match (old.overall, new.overall, c.overall_change) {
        (Some(a), Some(b), Some(d)) if d.abs() >= 0.05 => {
            let way = if d > 0.0 { "up" } else { "down" };
            let _ = write!(
                text,
                "The overall score went {way} from {} to {}.",
                percent(Some(a)),
                percent(Some(b))
            );
        }
        (_, Some(b), _) => {
            let _ = write!(text, "The overall score stayed at {}.", percent(Some(b)));
        }
        _ => text.push_str("There is no score to compare."),
    }
    if fewer > 0 {
        let _ = write!(
            text,
            " {} missing than before.",
            count(fewer as usize, "fewer must-have is", "fewer must-haves are")
        );
    } else if fewer < 0 {
        let _ = write!(
            text,
            " {} missing than before.",
            count(
                (-fewer) as usize,
                "more must-have is",
                "more must-haves are"
            )
        );
    }
    let _ = write!(text, " {}", rating_sentence(c));
    doc.push(text);
}

fn rating_sentence(c: &Comparison<'_>) -> String {
    let (old, new) = (&c.old, &c.new);
    let missing = new.must_haves_missing;
    match (&old.rating, &new.rating) {
        (Some(a), Some(b)) if a != b => {
            format!(
                "The rating went from **{}** to **{}**.",
                inline(a),
                inline(b)
            )
        }
        (_, Some(b)) if missing > 0 => format!(
            "The rating is still **{}**, because {} not met yet.",
            inline(b),
            count(missing, "must-have is", "must-haves are")
        ),
        (_, Some(b)) => format!("The rating is still **{}**.", inline(b)),
        _ => String::new(),
    }
}

/// "3 more", "2 fewer" or "same".
fn more_or_fewer(n: i64) -> String {
    match n {
        0 => "same".to_owned(),
        n if n > 0 => format!("{n} more"),
        n => format!("{} fewer", -n),
    }
}

fn headline_table(doc: &mut Doc, c: &Comparison<'_>) {
    let (old, new) = (&c.old, &c.new);
    let rating = |r: &Option<String>| r.as_deref().map_or_else(|| "-".into(), cell);
    let rating_change = match (&old.rating, &new.rating) {
        (Some(a), Some(b)) if a == b => "same".to_owned(),
        (Some(_), Some(_)) => "changed".to_owned(),
        _ => "-".to_owned(),
    };
    let must = more_or_fewer(new.must_haves_missing as i64 - old.must_haves_missing as i64);
    let rows = [
        [
            "Rating".to_owned(),
            rating(&old.rating),
            rating(&new.rating),
            rating_change,
        ],
        [
            "Overall score".to_owned(),
            percent(old.overall),
            percent(new.overall),
            points(c.overall_change),
        ],
        [
            "Must-haves not met".to_owned(),
            old.must_haves_missing.to_string(),
            new.must_haves_missing.to_string(),
            must,
        ],
        [
            "Questions answered".to_owned(),
            format!("{} of {}", old.answered, old.asked),
            format!("{} of {}", new.answered, new.asked),
            more_or_fewer(new.answered as i64 - old.answered as i64),
        ],
    ];
    let (then, now) = (
        column("Then", old.date.as_deref()),
        column("Now", new.date.as_deref()),
    );
    let mut t = table_head(&[("", L), (&then, L), (&now, L), ("Change", L)]);
    for r in rows {
        let _ = write!(t, "\n| {} |", r.join(" | "));
    }
    doc.push(t);
}

fn fixed<'a, 'q>(c: &'a Comparison<'q>) -> Vec<&'a QuestionChange<'q>> {
    c.questions
        .iter()
        .filter(|x| x.closed() && x.old != Some(Status::Unknown))
        .collect()
}

fn with_change<'a, 'q>(c: &'a Comparison<'q>, change: Change) -> Vec<&'a QuestionChange<'q>> {
    c.questions.iter().filter(|x| x.change == change).collect()
}

fn found_out<'a, 'q>(c: &'a Comparison<'q>) -> Vec<&'a QuestionChange<'q>> {
    c.questions.iter().filter(|x| x.resolved()).collect()
}

/// Better, but not fully met yet.
fn better<'a, 'q>(c: &'a Comparison<'q>) -> Vec<&'a QuestionChange<'q>> {
    c.questions
        .iter()
        .filter(|x| x.change == Change::Improved && !x.closed() && !x.resolved())
        .collect()
}

fn counts(doc: &mut Doc, c: &Comparison<'_>) {
    let items = [
        count(fixed(c).len(), "thing fixed", "things fixed"),
        count(better(c).len(), "thing better", "things better"),
        count(
            with_change(c, Change::Worse).len(),
            "thing worse",
            "things worse",
        ),
        format!(
            "{} found out (answered \"I don't know\" before)",
            count(found_out(c).len(), "answer", "answers")
        ),
        count(
            c.still_critical.len(),
            "must-have still missing",
            "must-haves still missing",
        ),
    ];
    let list: Vec<String> = items.iter().map(|i| format!("- {i}")).collect();
    doc.push(list.join("\n"));
}

fn sections(doc: &mut Doc, c: &Comparison<'_>) {
    doc.heading(2, "Scores by section");
    let (then, now) = (
        column("Then", c.old.date.as_deref()),
        column("Now", c.new.date.as_deref()),
    );
    let mut t = table_head(&[("Section", L), (&then, R), (&now, R), ("Change", R)]);
    for s in &c.sections {
        let _ = write!(
            t,
            "\n| {} | {} | {} | {} |",
            cell(&s.title),
            percent(s.old),
            percent(s.new),
            points(s.change)
        );
    }
    let _ = write!(
        t,
        "\n| **Overall** | **{}** | **{}** | **{}** |",
        percent(c.old.overall),
        percent(c.new.overall),
        points(c.overall_change)
    );
    doc.push(t);
}

/// An answer as shown: in words, or as written when it no longer reads.
fn answer(x: &QuestionChange<'_>, old: bool) -> String {
    let (value, raw) = if old {
        (&x.old_value, x.old_raw.as_deref())
    } else {
        (&x.new_value, None)
    };
    match (raw, x.question) {
        (Some(raw), _) => format!("\"{}\"", inline(raw)),
        (None, Some(q)) => inline(&describe(q, value)),
        (None, None) => "-".into(),
    }
}

fn text_of(x: &QuestionChange<'_>) -> String {
    match x.question {
        Some(q) => format!("{} ({})", inline(&q.text), code(&x.id)),
        None => code(&x.id),
    }
}

/// "was No, now Yes", with who gave the new answer when it was not the
/// respondent.
fn was_now(x: &QuestionChange<'_>, by: Option<&str>) -> String {
    let mut s = format!("was {}, now {}", answer(x, true), answer(x, false));
    if let Some(by) = by {
        let _ = write!(s, " (answered by {})", inline(&who(by).name));
    }
    s
}

fn list(doc: &mut Doc, title: &str, empty: &str, items: &[&QuestionChange<'_>]) {
    doc.heading(2, title);
    if items.is_empty() {
        doc.push(empty);
        return;
    }
    let lines: Vec<String> = items
        .iter()
        .map(|x| format!("- {}: {}", text_of(x), was_now(x, x.new_by.as_deref())))
        .collect();
    doc.push(lines.join("\n"));
}

fn lists(doc: &mut Doc, c: &Comparison<'_>) {
    list(
        doc,
        "Fixed",
        "Nothing that was missing is fully in place yet.",
        &fixed(c),
    );
    list(
        doc,
        "Better, not fully fixed",
        "No answer moved part of the way.",
        &better(c),
    );
    list(
        doc,
        "Got worse",
        "Nothing got worse.",
        &with_change(c, Change::Worse),
    );
    list(
        doc,
        "Found out",
        "No \"I don't know\" answer was replaced.",
        &found_out(c),
    );
}

fn must_haves(doc: &mut Doc, c: &Comparison<'_>) {
    doc.heading(2, "Must-haves still missing");
    if c.still_critical.is_empty() {
        doc.push("Every must-have is in place.");
        return;
    }
    doc.push(format!(
        "Until these are in place, the rating can be no better than **{}**.",
        inline(c.questionnaire.scoring().cap_label())
    ));
    let lines: Vec<String> = c
        .questions
        .iter()
        .filter(|x| x.still_critical())
        .map(|x| {
            let status = x.new.map_or("not asked", status_text).to_lowercase();
            format!("- {}: {status}", text_of(x))
        })
        .collect();
    doc.push(lines.join("\n"));
}

fn versions(doc: &mut Doc, c: &Comparison<'_>) {
    doc.heading(2, "Questions that changed between versions");
    let changed = with_change(c, Change::QuestionChanged);
    let v = |h: &crate::compare::Headline| {
        h.version.as_deref().map_or_else(
            || "a version it does not name".into(),
            |v| format!("version {}", cell(v)),
        )
    };
    match c.fingerprints {
        Fingerprints::SameVersion if changed.is_empty() => {
            doc.push(format!(
                "Both files answer {} of the questionnaire, so no question changed between them.",
                v(&c.new)
            ));
            return;
        }
        Fingerprints::NotRecorded => doc.push(format!(
            "The earlier file ({}) does not record how each question was asked when it was answered (it was written by hand, or by an earlier tool). So this comparison cannot tell which questions were reworded between {} and {}. Read the answers again where a question may have changed.",
            code(&c.old.file),
            v(&c.old),
            v(&c.new)
        )),
        _ if changed.is_empty() => {
            doc.push("The earlier file records how each question was asked, and none of them changed.");
            return;
        }
        _ => {}
    }
    if changed.is_empty() {
        return;
    }
    doc.push("These questions were asked differently when the earlier answers were given: their wording, type or answers changed. Their answers are not compared. Check that each answer still holds.");
    let lines: Vec<String> = changed
        .iter()
        .map(|x| format!("- {}: {}", text_of(x), was_now(x, None)))
        .collect();
    doc.push(lines.join("\n"));
}

fn other(doc: &mut Doc, c: &Comparison<'_>) {
    let groups = [
        (Change::Answered, "Answered now, not before"),
        (Change::Unanswered, "Answered before, not now"),
        (Change::Added, "New questions (or not answered before)"),
        (Change::Removed, "No longer in the questionnaire"),
    ];
    let mut lines = Vec::new();
    for (change, label) in groups {
        let here = with_change(c, change);
        if here.is_empty() {
            continue;
        }
        // An earlier file may name any number of ids: the first 50 say enough.
        let mut ids: Vec<String> = here.iter().take(50).map(|x| code(&x.id)).collect();
        if here.len() > 50 {
            ids.push(format!("and {} more", here.len() - 50));
        }
        lines.push(format!("- **{label}:** {}", ids.join(", ")));
    }
    if lines.is_empty() {
        return;
    }
    doc.heading(2, "Other changes");
    doc.push(lines.join("\n"));
}

fn method(doc: &mut Doc, c: &Comparison<'_>) {
    let q = c.questionnaire;
    doc.heading(2, "How this was compared");
    let mut text = format!(
        "Both sets of answers are scored with version {} of the questionnaire, so that the scores compare. Questions are matched by their id.",
        cell(&q.version)
    );
    let differs = |h: &crate::compare::Headline| {
        h.version
            .as_deref()
            .is_some_and(|v| v != q.version.as_str())
    };
    if differs(&c.old) || differs(&c.new) {
        text.push_str(" A report made at the time of an older version may show other figures.");
    }
    doc.push(text);
    doc.push("A question counts as fixed when its answer now fully meets it. \"Not applicable\", and a question no longer asked because of another answer, count as nothing missing. \"I don't know\" and no answer count as missing.");
}
