//! Answers → score → every renderer. The first byte picks a questionnaire (a bundled
//! one, or one of the test fixtures that the seed answers files answer); the rest is
//! the text of an answers file for it. Answers that load are scored,
//! rendered as Markdown, HTML and JSON, written back out and read again (which must
//! give the same answers), and the fuzzed text also goes through every escape
//! function and the HTML filter.
//!
//! Checks, besides "no panic": scores within 0..=100, the JSON report parses, the
//! HTML report holds only the elements Markdown makes (no script, image, frame or
//! form; links only to http, https or mailto), and an answers file written by
//! `answers::write` reads back to the same answers.

#![no_main]

use std::sync::OnceLock;

use assure::answers::{self, AnswersFile};
use assure::export::{html, report};
use assure::load::config::Config;
use assure::load::{Catalog, bundled};
use assure::model::Questionnaire;
use assure::report::Report;
use assure::source::Source;
use assure::text::markdown as escape;
use assure::{digest, score};
use libfuzzer_sys::fuzz_target;

/// Questionnaires that answers files in tests/fixtures are checked against.
const FIXTURES: [(&str, &str); 2] = [
    (
        "report.yaml",
        include_str!("../../tests/fixtures/valid/report/questionnaire.yaml"),
    ),
    (
        "answers.yaml",
        include_str!("../../tests/fixtures/invalid/answers/_questionnaire.yaml"),
    ),
];

fn questionnaires() -> &'static [Questionnaire] {
    static QS: OnceLock<Vec<Questionnaire>> = OnceLock::new();
    QS.get_or_init(|| {
        let config = Config::default();
        let catalog = Catalog::new(&config);
        let fixtures = FIXTURES
            .iter()
            .map(|(name, text)| Source::new(*name, *text));
        bundled::sources()
            .chain(fixtures)
            .map(|src| catalog.load(&src).expect("questionnaires load").value)
            .collect()
    })
}

fn escapes(text: &str) {
    for s in [
        escape::inline(text),
        escape::cell(text),
        escape::block(text, "  "),
        escape::authored(text),
        escape::heading(text),
        escape::code(text),
    ] {
        let _ = html::to_html(&s);
    }
    let _ = html::to_html(text);
}

/// Elements the HTML report may hold: the page, and what Markdown makes.
const ELEMENTS: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "strong",
    "em",
    "code",
    "pre",
    "a",
    "del",
    "br",
    "hr",
    "blockquote",
    "input",
    // The report's own page: cover, contents, sections, badge, charts, letters.
    "header",
    "nav",
    "section",
    "div",
    "span",
    "svg",
    "g",
    "rect",
    "text",
    "line",
];

/// Panics on an element or a link that the report must never hold.
fn check_html(html: &str) {
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if rest.to_ascii_lowercase().starts_with("!doctype html>") {
            continue;
        }
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        assert!(!name.is_empty(), "a bare `<` in the HTML: {rest:.80}");
        assert!(ELEMENTS.contains(&name.as_str()), "<{name}> in the HTML");
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if name == "a" && !tag.starts_with('/') {
            let href = tag.split("href=\"").nth(1).unwrap_or("");
            assert!(
                ["http://", "https://", "mailto:", "#"]
                    .iter()
                    .any(|s| href.to_ascii_lowercase().starts_with(s)),
                "a link to {href:?}"
            );
        }
        if name == "input" {
            assert!(
                tag.contains("type=\"checkbox\"") && tag.contains("disabled"),
                "{tag}"
            );
        }
        let event = tag
            .split_whitespace()
            .any(|a| a.to_ascii_lowercase().starts_with("on") && a.contains('='));
        assert!(!event, "an event attribute: {tag}");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    escapes(text);
    let all = questionnaires();
    let q = &all[usize::from(pick) % all.len()];
    let q_digest = digest::digest(q);
    let src = Source::new("answers.yaml", text);
    let Ok(loaded) = AnswersFile::from_source(src).and_then(|f| f.check(q, &q_digest)) else {
        return;
    };
    let a = score::assess(q, &loaded.value);
    let in_range = |s: Option<f64>| s.is_none_or(|s| (0.0..=100.0).contains(&s));
    assert!(in_range(a.overall), "overall {:?}", a.overall);
    assert!(a.sections.iter().all(|s| in_range(s.score)));
    let r = Report::new(&a, Some("Fuzz & Co <b>"));
    let export = |name| report::named(name).unwrap().exporter.export(&r);
    let text = |name| String::from_utf8(export(name).unwrap()).unwrap();
    let _ = text("markdown");
    check_html(&text("html"));
    let json = text("json");
    for name in ["csv", "xlsx", "oscal"] {
        assert!(export(name).is_ok(), "{name}");
    }
    assert!(
        serde_json::from_str::<serde_json::Value>(&json).is_ok(),
        "{json}"
    );

    // Writing the answers back out and reading them again gives the same answers.
    let written = answers::write(q, &loaded.value);
    let again_src = Source::new("again.yaml", written.as_str());
    let again = AnswersFile::from_source(again_src)
        .and_then(|f| f.check(q, &q_digest))
        .ok();
    let Some(again) = again else {
        panic!("written answers do not read back:\n{written}");
    };
    assert_eq!(again.value.respondent, loaded.value.respondent, "{written}");
    for (id, want) in &loaded.value.answers {
        let got = again.value.get(id);
        assert_eq!(got.map(|g| &g.value), Some(&want.value), "{id}\n{written}");
        assert_eq!(got.map(|g| &g.note), Some(&want.note), "{id}\n{written}");
        assert_eq!(
            got.map(|g| &g.evidence),
            Some(&want.evidence),
            "{id}\n{written}"
        );
    }
});
