//! Reports from hostile answers stay inert in every format.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::*;
use crate::export::index::row as summary;
use crate::report::{Report, Settings, needs_fresh_look};
use crate::score::assess;
use crate::test::{answers, questionnaire};

const Q: &str = r#"
id: t
title: Test check
version: 1.0.0
frameworks: { nist-csf-2.0: NIST CSF 2.0 }
sections:
  - id: s
    title: Section
    questions:
      - id: mfa
        text: Second step on email?
        critical: true
        maps: { nist-csf-2.0: [PR.AA-03] }
        recommendation: { title: Turn it on, text: "Do it.", effort: low, ask_provider: "Can you turn it on?" }
      - id: backup
        text: Backups?
        type: choice
        options:
          - { value: daily, label: Daily, score: 1 }
          - { value: never, label: Never }
        recommendation: { title: Back up, text: "Daily.", effort: medium }
      - { id: notes, text: Anything else?, type: text }
"#;

const HOSTILE: &str = "questionnaire: { id: t }\nrespondent:\n  organisation: \"Evil \\e[31mCorp\\e]0;pwned\\a <script>alert(1)</script>\"\n  name: \"<img src=x onerror=alert(1)>\"\n  email: \"[x](javascript:alert(1))\"\nanswers:\n  mfa:\n    answer: no\n    note: \"line one | with pipe\\n- looks like a list\\n<script>alert(2)</script>\\n[click](javascript:alert(3))\"\n    evidence: [\"a|b.pdf\", \"<img src=x onerror=alert(4)>\", \"[x](javascript:alert(5))\", \"two\\nlines\"]\n  backup: never\n  notes: \"| x | y |\\n# heading\\n```\\ncode\"\n";

fn reports() -> (String, String, String, String) {
    let q = questionnaire(Q);
    let a = answers(&q, HOSTILE);
    let assessment = assess(&q, &a);
    let r = Report::new(&assessment, Some("<b>Consultant</b>"));
    let table = summary::table(&[summary::Row::new(
        "r.yaml".into(),
        Some("r.md".into()),
        &assessment,
    )])
    .to_string();
    (
        String::from_utf8(named("markdown").unwrap().exporter.export(&r).unwrap()).unwrap(),
        String::from_utf8(named("html").unwrap().exporter.export(&r).unwrap()).unwrap(),
        String::from_utf8(named("json").unwrap().exporter.export(&r).unwrap()).unwrap(),
        table,
    )
}

/// A report as text.
fn text(format: &str, r: &Report<'_>) -> String {
    String::from_utf8(
        crate::export::report::named(format)
            .unwrap()
            .exporter
            .export(r)
            .unwrap(),
    )
    .unwrap()
}

#[test]
fn markdown_stays_well_formed_and_inert() {
    let (md, ..) = reports();
    let mut in_table = false;
    let mut code_blocks = 0;
    let mut header_cells = 0;
    let mut cells = 0;
    for event in Parser::new_ext(&md, Options::ENABLE_TABLES) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML in the Markdown: {h}"),
            Event::Start(Tag::Link { dest_url, .. }) => {
                panic!("a link in the Markdown: {dest_url}")
            }
            Event::Start(Tag::Image { .. }) => panic!("an image in the Markdown"),
            // The letter to the IT provider is the one code block.
            Event::Start(Tag::CodeBlock(_)) => {
                code_blocks += 1;
                assert_eq!(code_blocks, 1, "a code block from answer text");
            }
            Event::Start(Tag::Heading { .. }) if in_table => panic!("heading in table"),
            Event::Start(Tag::Table(_)) => in_table = true,
            Event::End(TagEnd::Table) => in_table = false,
            Event::Start(Tag::TableHead) => cells = 0,
            Event::End(TagEnd::TableHead) => header_cells = cells,
            Event::Start(Tag::TableRow) => cells = 0,
            Event::End(TagEnd::TableRow) => {
                assert_eq!(cells, header_cells, "a row with the wrong number of cells")
            }
            Event::Start(Tag::TableCell) => cells += 1,
            _ => {}
        }
    }
    // Every heading is one of ours: the answer text `# heading` is not one.
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
    assert!(
        headings.iter().all(|h| !h.contains("heading")),
        "{headings:?}"
    );
    assert!(md.contains("line one \\| with pipe"), "{md}");
    assert!(
        !md.contains('\u{1b}') && !md.contains('\u{7}'),
        "control characters in the Markdown"
    );
}

#[test]
fn html_holds_no_active_content() {
    let (_, html, ..) = reports();
    inert(&html);
    let q = questionnaire(Q);
    let a = answers(&q, HOSTILE);
    let assessment = assess(&q, &a);
    let r = Report::new(&assessment, Some("<b>Consultant</b>"));
    let summary = super::summary::SummaryHtml.export(&r).unwrap();
    inert(&String::from_utf8(summary).unwrap());
    let statement = crate::export::statement::Html.export(&r).unwrap();
    inert(&String::from_utf8(statement).unwrap());
}

/// A page of HTML with the text kept, escaped, and no active content.
fn inert(html: &str) {
    assert!(
        html.to_lowercase().contains("&lt;script&gt;"),
        "the text is kept, escaped"
    );
    assert!(!html.contains('\u{1b}'));
    // Look at the real tags only: escaped text has no `<`.
    let allowed = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "main", "header", "nav",
        "section", "svg", "g", "rect", "text", "tspan", "line", "div", "span", "pre", "h1", "h2",
        "h3", "h4", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "strong",
        "em", "code", "br", "a",
    ];
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or_default().to_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        assert!(allowed.contains(&name.as_str()), "unexpected tag <{tag}>");
        for attr in tag.split_whitespace().skip(1) {
            let key = attr.split('=').next().unwrap_or_default();
            assert!(!key.starts_with("on"), "event handler in <{tag}>");
            assert!(key != "src", "external resource in <{tag}>");
            if key == "href" {
                let url = attr.trim_start_matches("href=").trim_matches('"');
                assert!(
                    url.starts_with('#')
                        || url.starts_with("http://")
                        || url.starts_with("https://")
                        || url.starts_with("mailto:"),
                    "<{tag}>"
                );
            }
        }
    }
}

#[test]
fn json_keeps_the_text_exactly() {
    let (_, _, json, _) = reports();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["respondent"]["name"], "<img src=x onerror=alert(1)>");
    assert_eq!(v["questions"][0]["evidence"][0], "a|b.pdf");
    assert_eq!(v["score"]["capped_by"][0], "mfa");
    assert_eq!(v["actions"][0]["group"], "do-now");
}

#[test]
fn the_terminal_gets_no_escape_codes() {
    let (.., table) = reports();
    assert!(
        !table.chars().any(|c| c.is_control() && c != '\n'),
        "{table:?}"
    );
    assert!(table.contains("Evil"), "{table}");
}

/// A carried answer is old when it was given more than `max_age_days` before
/// the answers were: a report made again later says the same.
#[test]
fn a_carried_answer_is_flagged_when_older_than_the_limit_on_the_day_answered() {
    let q = questionnaire(Q);
    let answers_text = |date: &str| {
        format!(
            "questionnaire: {{ id: t }}\nrespondent: {{ date: 2026-11-20 }}\nanswers:\n  mfa:\n    answer: no\n    from: {{ file: old.yaml, date: {date} }}\n"
        )
    };
    for (date, days, old) in [
        ("2025-11-19", 365, true),
        ("2025-11-20", 365, false),
        ("2026-10-01", 30, true),
        ("2026-10-21", 30, false),
    ] {
        let a = answers(&q, &answers_text(date));
        let assessment = assess(&q, &a);
        let settings = Settings {
            max_age_days: days,
            ..Settings::default()
        };
        let r = Report::with_digest(&assessment, String::new(), settings);
        let answer = assessment.questions[0].answer.unwrap();
        assert_eq!(
            needs_fresh_look(&r, answer),
            Some(old),
            "{date} within {days} days"
        );
        let md = text("markdown", &r);
        assert_eq!(md.contains("check that it is still true"), old, "{md}");
        let v: serde_json::Value = serde_json::from_str(&text("json", &r)).unwrap();
        assert_eq!(v["questions"][0]["from"]["needs_fresh_look"], old);
        assert_eq!(v["questions"][0]["from"]["file"], "old.yaml");
    }
}
