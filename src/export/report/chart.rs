//! Scores as bars, drawn by our own code: a Markdown table with Unicode bars, and
//! inline SVG for the HTML report (no script, no external resource; every text
//! in it escaped). One bar per section or function, the score written beside
//! it, and a dashed line at each rating band's lowest score.

use std::fmt::Write as _;

use crate::export::html::escape_text;
use crate::report::{Tone, percent};
use crate::score::Assessment;
use crate::text::markdown::Align::{L, R};
use crate::text::markdown::table_head;
use crate::text::markdown::{cell, table_row};
use crate::text::number::points;

/// One bar.
pub struct Bar {
    /// The name, plain text (untrusted: section titles come from questionnaires).
    pub label: String,
    /// 0 to 100, or `None` (nothing scored, or not asked).
    pub score: Option<f64>,
    /// What the score is made of ("7 of 7 answered"), plain text of ours.
    pub detail: String,
    pub tone: Tone,
    /// The overall score, set apart from the others.
    pub total: bool,
    /// What the name means, in plain words of ours (a CSF function's), shown
    /// beside it in SVG and under the table in Markdown.
    pub note: Option<&'static str>,
}

pub struct Chart {
    /// An id for the SVG's title, unique in the page.
    pub id: &'static str,
    /// Its heading.
    pub heading: &'static str,
    /// What the chart shows, plain text of ours.
    pub caption: String,
    /// The heading of the name column and of the detail column.
    pub columns: [&'static str; 2],
    pub bars: Vec<Bar>,
    /// Each rating band above 0: its label and lowest score.
    pub marks: Vec<(String, f64)>,
}

/// Cells of a Unicode bar, each in eighths.
const CELLS: usize = 10;
const EIGHTHS: [char; 7] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/// A score as a bar of ten cells, to an eighth of a cell.
pub fn unicode_bar(score: f64) -> String {
    let eighths = (score.clamp(0.0, 100.0) / 100.0 * (CELLS * 8) as f64).round() as usize;
    let (full, part) = (eighths / 8, eighths % 8);
    let mut bar = "█".repeat(full);
    if part > 0 {
        bar.push(EIGHTHS[part - 1]);
    }
    let used = full + usize::from(part > 0);
    bar.push_str(&"░".repeat(CELLS - used));
    bar
}

/// The chart as a Markdown table: name, score, bar, detail.
pub fn markdown(chart: &Chart) -> String {
    let [name, detail] = chart.columns;
    let mut t = table_head(&[(name, L), ("Score", R), ("", L), (detail, R)]);
    for b in &chart.bars {
        let bar = b.score.map(unicode_bar).unwrap_or_default();
        let (label, score) = if b.total {
            (
                format!("**{}**", cell(&b.label)),
                format!("**{}**", percent(b.score)),
            )
        } else {
            (
                cell(&b.label),
                b.score.map_or_else(|| "-".into(), |_| percent(b.score)),
            )
        };
        t.push('\n');
        t.push_str(&table_row(&[label, score, bar, cell(&b.detail)]));
    }
    let notes: Vec<String> = chart
        .bars
        .iter()
        .filter_map(|b| b.note.map(|n| format!("**{}**: {n}", cell(&b.label))))
        .collect();
    if !notes.is_empty() {
        t.push_str(&format!("\n\n{}.", notes.join("; ")));
    }
    t
}

/// The height of a row (a name and its score on one line, the bar below), and
/// the room above the rows for the bands' names.
const ROW: f64 = 36.0;
const TOP: f64 = 22.0;
/// Longest name shown whole; longer ones end in "…" (the title has them whole).
const LABEL_CHARS: usize = 30;

fn short(label: &str) -> std::borrow::Cow<'_, str> {
    crate::text::plain::cut(label, LABEL_CHARS)
}

/// Longest note shown beside a name.
const NOTE_CHARS: usize = 80;

fn short_note(note: &str) -> std::borrow::Cow<'_, str> {
    crate::text::plain::cut(note, NOTE_CHARS)
}

/// The chart as inline SVG. Positions across are percentages of the width and
/// text has a fixed size, so the chart fits a phone and a page alike.
pub fn svg(chart: &Chart) -> String {
    let height = TOP + ROW * chart.bars.len() as f64;
    let mut s = format!(
        "<svg class=\"chart\" width=\"100%\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"{id}-title\">{}</title>\n",
        escape_text(&chart.caption),
        id = chart.id,
    );
    for (i, b) in chart.bars.iter().enumerate() {
        row(&mut s, b, TOP + ROW * i as f64);
    }
    for (label, min) in &chart.marks {
        let anchor = if *min > 85.0 { "end" } else { "middle" };
        let _ = writeln!(
            s,
            "<line class=\"mark\" x1=\"{min:.1}%\" x2=\"{min:.1}%\" y1=\"{:.1}\" y2=\"{height:.1}\"/><text class=\"mark-label\" x=\"{min:.1}%\" y=\"12\" text-anchor=\"{anchor}\">{} {}%</text>",
            TOP - 6.0,
            escape_text(label),
            points(*min)
        );
    }
    s.push_str("</svg>");
    s
}

/// One row: the name at the left and the score at the right of one line, the
/// bar under them across the whole width.
fn row(s: &mut String, b: &Bar, y: f64) {
    let class = if b.total { "row total" } else { "row" };
    let value = match b.score {
        Some(_) => percent(b.score),
        None => escape_text(&b.detail),
    };
    let _ = write!(
        s,
        "<g class=\"{class}\"><title>{}: {}, {}</title><text class=\"label\" x=\"0\" y=\"{:.1}\">{}{}</text><text class=\"value\" x=\"100%\" y=\"{:.1}\" text-anchor=\"end\">{value}</text>",
        escape_text(&b.label),
        percent(b.score),
        escape_text(&b.detail),
        y + 12.0,
        escape_text(&short(&b.label)),
        b.note.map_or_else(String::new, |n| format!(
            "<tspan class=\"note\" dx=\"8\">{}</tspan>",
            escape_text(&short_note(n))
        )),
        y + 12.0,
    );
    let top = y + 17.0;
    let _ = write!(
        s,
        "<rect class=\"track\" x=\"0\" y=\"{top:.1}\" width=\"100%\" height=\"12\" rx=\"3\"/>"
    );
    if let Some(score) = b.score {
        let _ = write!(
            s,
            "<rect class=\"bar {}\" x=\"0\" y=\"{top:.1}\" width=\"{:.1}%\" height=\"12\" rx=\"3\"/>",
            b.tone.class(),
            score.clamp(0.0, 100.0)
        );
    }
    s.push_str("</g>\n");
}

/// The lowest score of each rating band above 0, for the charts.
pub fn marks(a: &Assessment<'_>) -> Vec<(String, f64)> {
    a.questionnaire
        .scoring()
        .bands
        .iter()
        .filter(|b| b.min.value > 0.0)
        .map(|b| (crate::report::plain_line(&b.label), b.min.value))
        .collect()
}

#[cfg(test)]
mod tests;
