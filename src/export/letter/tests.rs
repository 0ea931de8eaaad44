use super::*;
use crate::model::answers::{QuestionnaireRef, Respondent};
use crate::test;

const Q: &str = r#"
id: t
title: "Security <b>check</b>"
version: 1.0.0
sections:
  - id: s
    title: S
    questions:
      - id: mfa
        text: Do all staff need a second step to sign in to email?
        critical: true
        recommendation: { title: x, text: y, effort: low, ask_provider: Can you turn on two-step sign-in for all our mailboxes? }
      - id: scan
        text: Are your computers scanned every month?
        recommendation: { title: x, text: y, effort: low, ask_provider: Can you scan our computers every month? }
      - id: freq
        text: How often are files backed up?
        type: choice
        allow_na: true
        options:
          - { value: daily, label: Every day, score: 1 }
          - { value: never, label: Not at all, recommendation: { title: x, text: y, effort: low } }
"#;

fn respondent() -> Respondent {
    Respondent {
        organisation: Some("Harbour Bakery & Café <script>".into()),
        name: Some("Maria [Costa](http://evil.example)".into()),
        role: Some("Owner".into()),
        ..Respondent::default()
    }
}

#[test]
fn known_people_have_names_and_a_reason_others_are_as_written() {
    assert_eq!(who("it-provider").name, "your IT provider");
    assert_eq!(who("insurance-broker").ours, "our insurance broker");
    assert!(who("accountant").because.is_some());
    let bank = who("the bank");
    assert_eq!((bank.name.as_str(), bank.because), ("the bank", None));
}

#[test]
fn the_letter_asks_must_haves_first_and_keeps_untrusted_text_inert() {
    let q = test::questionnaire(Q);
    let r = respondent();
    let questions: Vec<&crate::model::Question> = ["mfa", "scan"]
        .iter()
        .map(|id| q.question(id).unwrap())
        .collect();
    let l = Letter {
        recipient: "it-provider",
        questionnaire: &q,
        respondent: &r,
        answered: &QuestionnaireRef::default(),
        questions,
    };
    let md = letter(&l);
    assert!(
        md.starts_with("# Questions for our IT provider\n\nHello,\n"),
        "{md}"
    );
    assert!(md.contains("We could not answer 2 of its questions ourselves. You look after our computers, so we hope you can help."), "{md}");
    let most = md.find("## Most important").unwrap();
    let other = md.find("## Other questions").unwrap();
    let mfa = md.find("### 1. Do all staff need a second step").unwrap();
    let scan = md.find("### 2. Are your computers scanned").unwrap();
    assert!(most < mfa && mfa < other && other < scan, "{md}");
    assert!(md.contains("Can you turn on two-step sign-in for all our mailboxes?"));
    assert!(md.contains("This is a must-have that customers and insurers expect."));
    // Untrusted names stay text.
    assert!(
        !md.contains("<script>") && md.contains("Maria \\[Costa\\]"),
        "{md}"
    );
    assert!(md.contains("Harbour Bakery & Café &lt;script&gt;"), "{md}");
    assert!(
        md.ends_with("Owner, Harbour Bakery & Café &lt;script&gt;\n"),
        "{md}"
    );
    let html = html(&l);
    assert!(
        !html.contains("<script>") && !html.contains("href=\"http://evil"),
        "{html}"
    );
}

#[test]
fn others_get_the_question_only_and_no_must_have_heading_when_there_is_none() {
    let q = test::questionnaire(Q);
    let r = Respondent::default();
    let l = Letter {
        recipient: "the bank",
        questionnaire: &q,
        respondent: &r,
        answered: &QuestionnaireRef::default(),
        questions: vec![q.question("scan").unwrap()],
    };
    let md = letter(&l);
    assert!(md.starts_with("# Questions for the bank\n"), "{md}");
    assert!(
        md.contains("one of its questions ourselves. We think you know the answers."),
        "{md}"
    );
    assert!(md.contains("protected against online attacks and fraud"));
    assert!(
        md.contains("### 1. Are your computers scanned every month?\n\nCan you scan our computers every month?\n"),
        "what to ask them, as `ask_provider` says it: {md}"
    );
    assert!(
        !md.contains("## Most important") && !md.contains("## Other questions"),
        "{md}"
    );
    assert!(
        md.ends_with("Thank you for your help.\n"),
        "no signature without a name: {md}"
    );
    assert!(
        md.contains("## Our question\n\n### 1. Are your computers scanned every month?"),
        "{md}"
    );
    assert!(
        md.contains("Could you answer the question below?")
            && md.contains("in it mean our business."),
        "{md}"
    );
    assert!(
        md.contains("We can also send this question as a small file"),
        "{md}"
    );
}

#[test]
fn the_file_to_fill_in_reads_back_as_blank_answers_with_the_same_questionnaire() {
    let q = test::questionnaire(Q);
    let given = crate::model::answers::QuestionnaireRef {
        id: crate::yaml::Spanned::new("t".into()),
        version: Some(crate::yaml::Spanned::new("1.0.0".into())),
        digest: Some(crate::yaml::Spanned::new(crate::digest::digest(&q))),
        ..Default::default()
    };
    let questions: Vec<&crate::model::Question> = ["mfa", "freq"]
        .iter()
        .map(|id| q.question(id).unwrap())
        .collect();
    let text = reply::render(
        &q,
        &given,
        "it-provider",
        Some("Bakery\n# evil: yes"),
        &questions,
    );
    assert!(
        text.contains(
            "  # 1. Do all staff need a second step to sign in to email? (a must-have)\n"
        ),
        "{text}"
    );
    assert!(text.contains("  # We would also like to know: Can you turn on two-step sign-in for all our\n  # mailboxes?\n"), "{text}");
    assert!(text.contains("  #   daily: Every day\n"), "{text}");
    assert!(
        text.contains("or na (does not apply to us), or unknown"),
        "{text}"
    );
    assert!(
        text.contains("# Questions for our IT provider from Bakery # evil: yes\n"),
        "{text}"
    );
    let back = test::answers(&q, &text);
    assert_eq!(back.respondent.role.as_deref(), Some("it-provider"));
    assert_eq!(back.respondent.organisation, None);
    assert_eq!(
        back.questionnaire.digest.as_deref().map(|d| d.as_str()),
        Some(crate::digest::digest(&q).as_str())
    );
    assert_eq!(back.answers.keys().collect::<Vec<_>>(), ["mfa", "freq"]);
    assert!(back.answers.values().all(|a| !a.value.is_answered()));
    // Filled in, it reads as answers.
    let filled = text
        .replace("  mfa:\n", "  mfa: yes\n")
        .replace("  freq:\n", "  freq: daily\n");
    let back = test::answers(&q, &filled);
    assert!(back.answers.values().all(|a| a.value.is_real()));
}
