use super::*;
use crate::report::Report;
use crate::score::assess;
use crate::test::{answers, questionnaire};

/// Insurance questions go to the broker; the rest to the IT provider. `cover`
/// and `mfa` are must-haves.
const Q: &str = r#"
id: t
title: Test check
version: 1.0.0
sections:
  - id: s
    title: Section
    questions:
      - id: logs
        text: Are logs kept?
        recommendation: { title: Keep logs, text: Keep them., effort: low, ask_provider: "Do you keep our logs?" }
      - id: claims
        text: Do you know how to make a claim?
        ask_whom: insurance-broker
        recommendation: { title: Learn the claims line, text: Ask., effort: low }
      - id: mfa
        text: Second step on email?
        critical: true
        recommendation: { title: Turn it on, text: Do it., effort: low, ask_provider: "Can you turn on the second step?" }
      - id: cover
        text: Does the policy cover ransomware?
        critical: true
        ask_whom: insurance-broker
        recommendation: { title: Check the cover, text: Read it., effort: low, ask_provider: "Does our policy cover ransomware?" }
"#;

const A: &str = "questionnaire: { id: t }\nrespondent: { organisation: Acme Ltd, name: Sam }\nanswers:\n  logs: unknown\n  claims: unknown\n  mfa: no\n  cover: unknown\n";

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
fn questions_are_grouped_by_recipient_must_haves_first() {
    let q = questionnaire(Q);
    let a = answers(&q, A);
    let assessment = assess(&q, &a);
    let all = recipients(&assessment);
    let got: Vec<(&str, Vec<&str>)> = all
        .iter()
        .map(|r| {
            (
                r.id,
                r.asks.iter().map(|x| x.question.id.as_str()).collect(),
            )
        })
        .collect();
    // What was answered "I don't know" is asked (`mfa`, answered "no", is an
    // action, not a question); the broker, with a must-have to answer, comes
    // first, and its must-have before its other question.
    assert_eq!(
        got,
        [
            ("insurance-broker", vec!["cover", "claims"]),
            ("it-provider", vec!["logs"]),
        ]
    );
    let letter = letter(&Report::new(&assessment, None), &all[0]).text(None);
    assert!(
        letter.starts_with("Hello,\n\nWe are checking how well Acme Ltd is protected"),
        "{letter}"
    );
    assert!(
        letter.contains("Most important:\n1. Does the policy cover ransomware?\n   Does our policy cover ransomware?\nOther questions:\n2. Do you know how to make a claim?\n"),
        "{letter}"
    );
    assert!(
        letter.ends_with("Kind regards,\n\nSam\nAcme Ltd"),
        "{letter}"
    );
}

#[test]
fn the_order_is_the_same_in_markdown_html_and_json() {
    let q = questionnaire(Q);
    let a = answers(&q, A);
    let assessment = assess(&q, &a);
    let r = Report::new(&assessment, None);
    let texts = [
        "Does our policy cover ransomware?",
        "Do you know how to make a claim?",
        "Do you keep our logs?",
    ];
    let md = text("markdown", &r);
    let html = text("html", &r);
    let json = text("json", &r);
    for (doc, start) in [
        (&md, "## Questions to ask"),
        (&html, "<section id=\"ask\">"),
    ] {
        let ask = &doc[doc.find(start).unwrap()..];
        let at: Vec<usize> = texts.iter().map(|t| ask.find(t).unwrap()).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    }
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let order: Vec<&str> = v["questions_to_ask"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["questions"].as_array().unwrap())
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert_eq!(order, texts);
    // An unknown must-have is done now, in every format.
    assert_eq!(v["actions"][1]["question"], "cover");
    assert_eq!(v["actions"][1]["group"], "do-now");
    assert_eq!(v["actions"][1]["find_out"], true);
    assert!(
        md.contains("#### 2. Find out: Does the policy cover ransomware?"),
        "{md}"
    );
    assert!(
        md.contains(
            "- **Who can tell you:** your insurance broker. Ask: Does our policy cover ransomware?"
        ),
        "{md}"
    );
}
