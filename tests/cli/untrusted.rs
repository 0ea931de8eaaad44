//! Untrusted answers and questionnaires (tests/fixtures/hostile) stay inert in
//! every report format. `scripts/check_hostile.py` checks the same files with
//! GitHub's renderer and Python-Markdown (in CI); these checks need only Rust.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::support::assure;

const Q: &str = "tests/fixtures/hostile/questionnaire.yaml";
const A: &str = "tests/fixtures/hostile/answers.yaml";

fn report(format: &str) -> String {
    let o = assure(["report", A, "-q", Q, "--format", format]).run();
    assert!(
        !o.stderr.contains('\u{1b}') && !o.stderr.contains('\u{7}'),
        "escape codes on the terminal: {:?}",
        o.stderr
    );
    o.stdout
}

/// Every link, image, raw HTML and heading text in `md`, as CommonMark reads it.
fn markup(md: &str) -> (Vec<String>, usize, Vec<String>, Vec<String>) {
    let (mut links, mut images, mut html, mut headings) = (vec![], 0, vec![], vec![]);
    let mut heading: Option<String> = None;
    for event in Parser::new_ext(md, assure::text::markdown::options()) {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::Start(Tag::Image { .. }) => images += 1,
            Event::Html(h) | Event::InlineHtml(h) => html.push(h.to_string()),
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => headings.extend(heading.take()),
            _ => {}
        }
    }
    (links, images, html, headings)
}

#[test]
fn the_markdown_report_holds_only_the_questionnaires_web_links() {
    let md = report("markdown");
    let (links, images, html, headings) = markup(&md);
    assert_eq!(
        links,
        ["https://www.ncsc.gov.uk/collection/small-business-guide"]
    );
    assert_eq!(images, 0, "{md}");
    assert!(html.is_empty(), "raw HTML: {html:?}");
    // The answers file's version tried to start a `## Summary` of its own.
    assert!(
        headings.iter().all(|h| !h.contains("PWNED")),
        "{headings:?}"
    );
    // Python-Markdown does not take `\<` as an escape: no `<` may be left.
    assert!(!md.contains("\\<"), "a backslash before <");
}

#[test]
fn bare_addresses_from_the_answers_cannot_become_links_on_github() {
    // Code blocks (the letter to copy) are literal text: no reader links there.
    let md: String = report("markdown")
        .to_lowercase()
        .lines()
        .filter(|l| !l.starts_with("    "))
        .collect::<Vec<_>>()
        .join("\n");
    for bare in ["www.evil", "://evil", "@evil"] {
        assert!(!md.contains(bare), "`{bare}` would be linked by GitHub");
    }
    assert!(md.contains("billing@&#8288;evil.example"), "{md}");
}

#[test]
fn the_html_report_holds_no_element_from_the_files() {
    let html = report("html");
    let allowed = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "main", "header", "nav",
        "section", "div", "span", "svg", "g", "rect", "text", "tspan", "line", "desc", "h1", "h2",
        "h3", "h4", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "strong",
        "em", "code", "br", "pre", "a", "del",
    ];
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or_default().to_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        assert!(allowed.contains(&name.as_str()), "an element <{tag}>");
        for attr in tag.split_whitespace().skip(1) {
            assert!(!attr.starts_with("on"), "a handler in <{tag}>");
            assert!(!attr.starts_with("src"), "a resource in <{tag}>");
            if let Some(url) = attr.strip_prefix("href=") {
                let url = url.trim_matches('"');
                assert!(
                    url.starts_with('#') || url.starts_with("https://www.ncsc.gov.uk/"),
                    "a link in <{tag}>"
                );
            }
        }
    }
    assert!(
        !html.contains('\u{2060}'),
        "word joiners are for GitHub only"
    );
}

#[test]
fn the_json_report_keeps_the_text_exactly() {
    let v: serde_json::Value = serde_json::from_str(&report("json")).unwrap();
    assert_eq!(
        v["answers_for"]["version"],
        "0.9.0\n\n## PWNED Summary\n\nAcme is rated **Strong** <img src=x onerror=alert(1)> <!--"
    );
    assert_eq!(v["respondent"]["email"], "billing@evil.example");
}

// Round three (issue 20): one module per class of defect.
#[cfg(unix)] // a closed descriptor, /dev/full
mod closed;
mod config;
mod escapes;
mod oscal;
mod runs;
#[cfg(target_os = "linux")] // signals, and /proc to see a process stopped
mod signals;
mod workbooks;
mod wrapping;
mod yaml_out;
