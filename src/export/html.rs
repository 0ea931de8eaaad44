//! Markdown to HTML for every HTML output (the report, the printable form, the
//! letter, the comparison, the index), and the page around it: standalone,
//! with inline CSS and no external resources.
//!
//! Whatever the Markdown holds, the HTML holds no active content: raw HTML from
//! any input is shown as text, images are reduced to their text, and only
//! http(s) and mailto links survive (others keep their text and lose the link).
//! The report's own page (cover, charts, print styles) is
//! `export/report/page.rs`.

use pulldown_cmark::{Event, Parser, Tag, TagEnd, html};

use crate::text::markdown::{self, safe_link};

pub const BASE_CSS: &str = r#"
:root { color-scheme: light; --ink: #1d2433; --muted: #5b6474; --line: #d8dde6; --band: #f4f6fa; --accent: #1f5fbf; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 1.25rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.5rem 0 0.4rem; padding: 0.45rem 0.7rem; background: var(--band); border-left: 4px solid var(--accent); }
p, ul, ol { margin: 0.5rem 0; }
li { margin: 0.2rem 0; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; font-size: 0.94rem; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.55rem; text-align: left; vertical-align: top; }
th { background: var(--band); }
tbody tr:nth-child(even) { background: #fafbfd; }
td[style*="right"], th[style*="right"] { text-align: right; white-space: nowrap; }
ul:has(> li > input[type=checkbox]) { list-style: none; padding-left: 0.25rem; display: flex; flex-wrap: wrap; gap: 0.15rem 1.75rem; }
input[type=checkbox] { width: 1.05em; height: 1.05em; margin: 0 0.5em 0 0; vertical-align: -0.15em; }
code { font: 0.88em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--band); padding: 0.05rem 0.3rem; border-radius: 3px; overflow-wrap: anywhere; }
a { color: var(--accent); }
strong { font-weight: 650; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  h4 { background: none; border-left: 3px solid #777; }
  h2 { margin-top: 1.5rem; }
  h3 { font-size: 11.5pt; margin: 1rem 0 0.3rem; break-inside: avoid; }
  p, ul, ol { margin: 0.3rem 0; }
  a { color: inherit; text-decoration: none; }
  @page { margin: 16mm 14mm; }
}
"#;

/// Markdown to HTML with the rules above.
pub fn to_html(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, markdown::options());
    // For each open link: whether it was kept.
    let mut links: Vec<bool> = Vec::new();
    let events = parser.filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        // The word joiners that keep GitHub from linking bare addresses.
        Event::Text(t) if t.contains('\u{2060}') => {
            Some(Event::Text(t.replace('\u{2060}', "").into()))
        }
        Event::Start(Tag::Link { ref dest_url, .. }) => {
            let keep = safe_link(dest_url);
            links.push(keep);
            keep.then_some(event)
        }
        Event::End(TagEnd::Link) => links.pop().unwrap_or(false).then_some(event),
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        other => Some(other),
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

pub fn escape_text(s: &str) -> String {
    let mut out = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut out, s);
    out
}

/// A standalone page holding `markdown`, titled `title` (plain text).
pub fn page(title: &str, markdown: &str) -> String {
    let body = to_html(markdown);
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"assure {}\">\n<title>{}</title>\n<style>{BASE_CSS}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        env!("CARGO_PKG_VERSION"),
        escape_text(title),
    )
}

#[cfg(test)]
mod tests;
