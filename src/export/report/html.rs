//! The HTML report as one standalone page: a cover (the organisation, the
//! questionnaire, the date, who prepared it, the logo), a table of contents, and
//! each part of the outline in a section of its own. On screen the cover is a
//! header and the result comes first; printed (A4 or Letter: the page size is the
//! printer's, the layout fits both) the cover is a page of its own, each part
//! starts a new page, and no table row, chart or letter is split.
//!
//! Markdown blocks go through [`to_html`] (no raw HTML, no images, only http(s)
//! and mailto links); the badge, the charts and the letters are built here from
//! escaped values. No script, no external resource.

use super::chart;
use super::outline::{Block, Outline, Part, outline};
use crate::export::html::{BASE_CSS, escape_text, to_html};
use crate::export::letter::Plain as Letter;
use crate::export::{ExportError, Exporter};
use crate::report::{Report, organisation, percent, plain_line};

const REPORT_CSS: &str = r#"
.cover { max-width: 52rem; margin: 0 auto; padding: 1.75rem 1.25rem 0; }
.brand { display: flex; align-items: center; justify-content: space-between; gap: 1rem; }
.logo { max-height: 3.5rem; max-width: 12rem; }
.eyebrow { margin: 0; font-size: 0.8rem; font-weight: 650; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); }
.cover h1 { margin: 0.3rem 0 0.4rem; }
.cover .subtitle { margin: 0; font-size: 1.05rem; }
.cover .meta { margin: 0.2rem 0 0; color: var(--muted); display: flex; flex-wrap: wrap; gap: 0 1.25rem; }
.nowrap { white-space: nowrap; }
.toc .full { display: none; }
.toc { margin: 1rem 0 0; padding: 0.55rem 0; border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); font-size: 0.92rem; }
.toc h2 { display: none; }
.toc ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1.25rem; }
.toc a { text-decoration: none; }
main { padding-top: 0.5rem; }
main > section:first-child > h2 { margin-top: 1.25rem; }
.result { display: flex; flex-wrap: wrap; align-items: center; gap: 0.6rem 1.25rem; margin: 0.75rem 0 1.25rem; padding: 1rem 1.2rem; border: 1px solid var(--line); border-radius: 10px; background: var(--band); }
.result .badge { display: inline-block; padding: 0.3rem 0.95rem; border-radius: 999px; font-size: 1.2rem; font-weight: 700; color: #fff; background: #5b6474; }
.badge.good { background: #1e7b45; }
.badge.middle { background: #a85a00; }
.badge.poor { background: #b3261e; }
.result .score { font-size: 2rem; font-weight: 700; line-height: 1; }
.result .score span { display: block; font-size: 0.8rem; font-weight: 400; color: var(--muted); }
.result p { flex: 1 1 18rem; margin: 0; }
.figure { margin: 1.25rem 0; }
.figure h3 { margin: 0 0 0.4rem; }
svg.chart { display: block; overflow: visible; font: 14px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
svg .label, svg .value { fill: var(--ink); }
svg .value { font-weight: 650; }
svg .note { fill: var(--muted); font-size: 11px; font-weight: 400; }
svg .total .label, svg .total .value { font-weight: 750; }
svg .track { fill: #e9edf3; }
svg .bar { fill: #8a93a3; }
svg .bar.good { fill: #2e8b57; }
svg .bar.middle { fill: #d58c16; }
svg .bar.poor { fill: #c8412f; }
svg .mark { stroke: #6b7485; stroke-width: 1; stroke-dasharray: 3 3; }
svg .mark-label { fill: var(--muted); font-size: 11px; }
.letter { margin: 0.5rem 0 1.5rem; padding: 0.9rem 1.1rem; border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 4px; background: #fbfcfe; overflow-wrap: anywhere; }
.letter p { margin: 0 0 0.75rem; }
.letter p.item { margin: 0 0 0.3rem; padding-left: 1.4em; text-indent: -1.4em; }
.letter p.item + p:not(.item) { margin-top: 0.75rem; }
#answers td code { display: block; width: fit-content; margin-top: 0.15rem; font-size: 0.78em; color: var(--muted); }
#answers td:nth-child(2) { width: 58%; }
@media (max-width: 480px) {
  body { font-size: 15px; }
  main, .cover { padding-left: 0.9rem; padding-right: 0.9rem; }
  h1 { font-size: 1.55rem; }
  .result .score { font-size: 1.6rem; }
  table { font-size: 0.85rem; }
  th, td { padding: 0.3rem 0.35rem; }
  #answers td code { display: none; }
}
@media print {
  .cover { max-width: none; min-height: 230mm; padding: 35mm 0 0; display: flex; flex-direction: column; break-after: page; page-break-after: always; }
  .brand { flex-direction: column-reverse; align-items: flex-start; gap: 10mm; }
  .logo { max-height: 22mm; max-width: 60mm; }
  .cover h1 { font-size: 26pt; margin-top: 6mm; }
  .cover .subtitle { font-size: 14pt; }
  .cover .meta { display: block; font-size: 11pt; color: var(--ink); margin-top: 8mm; }
  .cover .meta > span { display: block; margin: 1mm 0; }
  .toc .full { display: inline; }
  .toc .short { display: none; }
  .toc { margin-top: auto; border: 0; font-size: 11pt; }
  .toc h2 { display: block; font-size: 13pt; border: 0; margin: 0 0 2mm; }
  .toc ol { display: block; list-style: decimal; padding-left: 1.4em; }
  .toc li { margin: 1mm 0; }
  main > section { break-before: page; page-break-before: always; }
  main > section:first-child { break-before: auto; page-break-before: auto; }
  main > section > h2 { margin-top: 0; }
  @page { margin: 12mm 14mm; }
  .result { padding: 3mm 4mm; margin: 2mm 0 3mm; }
  .result p { display: none; }
  main li { margin: 0; }
  .result .score { font-size: 20pt; }
  .figure { margin: 3mm 0 0; }
  .result, .figure, .letter p { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .badge, .bar, .track, .result { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  #answers table, #actions table, #frameworks ul { font-size: 8.5pt; }
  #answers th, #answers td, #actions th, #actions td { padding: 0.6mm 1.5mm; }
  #answers h3 { margin-top: 2mm; }
  main > section.same-page { break-before: auto; page-break-before: auto; }
}
"#;

/// One sheet: compact, and in print small enough for one A4 or Letter page.
const SHEET_CSS: &str = r#"
.sheet h1 { margin-bottom: 0.3rem; }
.sheet > p:first-of-type { color: var(--muted); margin-top: 0; }
.sheet h2 { margin-top: 1.5rem; }
.sheet td:nth-child(n+3) { white-space: nowrap; }
@media print {
  body { font-size: 9pt; line-height: 1.35; }
  .sheet h1 { font-size: 16pt; }
  .sheet .result { padding: 2mm 3mm; margin: 2mm 0; }
  .sheet .result .score { font-size: 16pt; }
  .sheet .result .badge { font-size: 12pt; }
  .sheet h2 { font-size: 12.5pt; margin: 4mm 0 1.5mm; padding-bottom: 1mm; }
  main.sheet > section { break-before: auto; page-break-before: auto; }
  .sheet .result p { display: block; }
  .sheet table { margin: 1.5mm 0; font-size: 9pt; }
  .sheet th, .sheet td { padding: 1mm 1.5mm; }
  .sheet p, .sheet ul { margin: 1mm 0; }
  @page { margin: 12mm 14mm; }
}
"#;

/// The rating as a badge, the score beside it, and the sentence that says both.
fn rating(
    label: Option<&str>,
    tone: crate::report::Tone,
    score: Option<f64>,
    markdown: &str,
) -> String {
    let badge = match label {
        Some(l) => format!(
            "<span class=\"badge {}\">{}</span>",
            tone.class(),
            escape_text(&plain_line(l))
        ),
        None => "<span class=\"badge none\">No rating</span>".to_owned(),
    };
    let score = match score {
        Some(_) => format!(
            "<span class=\"score\">{}<span>overall score</span></span>",
            percent(score)
        ),
        None => String::new(),
    };
    let words = to_html(markdown);
    let words = words
        .trim()
        .strip_prefix("<p>")
        .and_then(|w| w.strip_suffix("</p>"))
        .unwrap_or(&words);
    format!("<div class=\"result\">{badge}{score}<p>{words}</p></div>\n")
}

/// The blocks of a part: runs of Markdown converted together.
fn blocks(part: &Part) -> String {
    let mut out = String::new();
    let mut markdown: Vec<&str> = Vec::new();
    let flush = |markdown: &mut Vec<&str>, out: &mut String| {
        if !markdown.is_empty() {
            out.push_str(&to_html(&markdown.join("\n\n")));
            markdown.clear();
        }
    };
    for b in &part.blocks {
        match b {
            Block::Markdown(md) => markdown.push(md),
            other => {
                flush(&mut markdown, &mut out);
                out.push_str(&special(other));
            }
        }
    }
    flush(&mut markdown, &mut out);
    out
}

/// A letter as paragraphs that reflow (a question per paragraph, with a hanging
/// indent), to select and copy.
fn letter(l: &Letter) -> String {
    let mut out = String::from("<div class=\"letter\">\n");
    for (i, lines) in l.groups.iter().enumerate() {
        if i == l.questions {
            for line in lines {
                out.push_str(&format!("<p class=\"item\">{}</p>\n", escape_text(line)));
            }
        } else {
            let lines: Vec<String> = lines.iter().map(|x| escape_text(x)).collect();
            out.push_str(&format!("<p>{}</p>\n", lines.join("<br>\n")));
        }
    }
    out.push_str("</div>\n");
    out
}

/// A block that is not Markdown.
fn special(b: &Block) -> String {
    match b {
        Block::Rating {
            label,
            tone,
            score,
            markdown,
        } => rating(label.as_deref(), *tone, *score, markdown),
        Block::Chart(c) => format!(
            "<div class=\"figure\">\n<h3>{}</h3>\n{}\n</div>\n",
            escape_text(c.heading),
            chart::svg(c)
        ),
        Block::Letter(l) => letter(l),
        Block::Markdown(md) => to_html(md),
    }
}

/// Text that must not break across lines (a date breaks at its hyphens).
fn nowrap(s: &str) -> String {
    format!(
        "<span class=\"nowrap\">{}</span>",
        escape_text(&plain_line(s))
    )
}

/// The cover: what the report is and for whom, who answered and when, who
/// prepared it, the logo, and the contents.
fn cover(r: &Report<'_>, o: &Outline) -> String {
    let a = r.assessment;
    let q = a.questionnaire;
    let who = &a.answers.respondent;
    let logo = r.settings.logo.map_or_else(String::new, |l| {
        format!("<img class=\"logo\" src=\"{}\" alt=\"\">", l.data_uri())
    });
    let name = organisation(a).unwrap_or(&q.title);
    let mut meta = Vec::new();
    let given = |s: Option<&str>| s.map(plain_line).filter(|s| !s.is_empty());
    let mut answered = String::new();
    match (given(who.name.as_deref()), given(who.role.as_deref())) {
        (Some(n), Some(role)) => {
            answered = format!("Answered by {} ({})", escape_text(&n), escape_text(&role))
        }
        (Some(n), None) => answered = format!("Answered by {}", escape_text(&n)),
        (None, Some(role)) => answered = format!("Answered by the {}", escape_text(&role)),
        (None, None) => {}
    }
    if let Some(date) = given(who.date.as_deref()) {
        answered = if answered.is_empty() {
            format!("Answered on {}", nowrap(&date))
        } else {
            format!("{answered} on {}", nowrap(&date))
        };
    }
    if !answered.is_empty() {
        meta.push(format!("<span>{answered}</span>"));
    }
    if let Some(by) = r.settings.prepared_by {
        meta.push(format!(
            "<span>Prepared by {}</span>",
            escape_text(&plain_line(by))
        ));
    }
    let mut toc = String::new();
    for p in &o.parts {
        toc.push_str(&format!(
            "<li><a href=\"#{}\"><span class=\"full\">{}</span><span class=\"short\">{}</span></a></li>",
            p.id,
            escape_text(&p.title),
            escape_text(p.short)
        ));
    }
    format!(
        "<header class=\"cover\">\n<div class=\"brand\"><p class=\"eyebrow\">Security report</p>{logo}</div>\n<h1>{}</h1>\n<p class=\"subtitle\">{}, version {}</p>\n<p class=\"meta\">{}</p>\n<nav class=\"toc\" aria-label=\"Contents\"><h2>Contents</h2><ol>{toc}</ol></nav>\n</header>\n",
        escape_text(&plain_line(name)),
        escape_text(&plain_line(&q.title)),
        escape_text(&plain_line(&q.version)),
        meta.join(" "),
    )
}

/// A page of one sheet (the summary, the statement): the title and what was
/// assessed at the top, then the parts one after the other, with no page
/// breaks and print styles that fit A4 and Letter.
pub fn single(o: &Outline) -> String {
    let mut body = format!(
        "<main class=\"sheet\">\n<h1>{}</h1>\n{}",
        escape_text(&o.title),
        to_html(&o.about)
    );
    for (i, p) in o.parts.iter().enumerate() {
        let heading = if i == 0 {
            String::new()
        } else {
            format!("<h2>{}</h2>\n", escape_text(&p.title))
        };
        body.push_str(&format!(
            "<section id=\"{}\">\n{heading}{}</section>\n",
            p.id,
            blocks(p)
        ));
    }
    body.push_str("</main>\n");
    document(&o.title, SHEET_CSS, &body)
}

/// The page around a body: head, styles, no script.
fn document(title: &str, css: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"assure {}\">\n<title>{}</title>\n<style>{BASE_CSS}{REPORT_CSS}{css}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        env!("CARGO_PKG_VERSION"),
        escape_text(title),
    )
}

/// The HTML report.
pub struct Html;

impl Exporter<Report<'_>> for Html {
    fn export(&self, r: &Report<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(render(r).into_bytes())
    }
}

fn render(r: &Report<'_>) -> String {
    let o = outline(r);
    let mut body = cover(r, &o);
    body.push_str("<main>\n");
    for p in &o.parts {
        let class = if p.same_page {
            " class=\"same-page\""
        } else {
            ""
        };
        body.push_str(&format!(
            "<section id=\"{}\"{class}>\n<h2>{}</h2>\n{}</section>\n",
            p.id,
            escape_text(&p.title),
            blocks(p)
        ));
    }
    body.push_str("</main>\n");
    document(&o.title, "", &body)
}
