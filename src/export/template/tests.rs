use super::*;
use crate::test::{answers, questionnaire};

const Q: &str = "id: t\ntitle: T\nversion: 1.0.0\nsections:\n  - id: s\n    title: Basics\n    questions:\n      - { id: cloud, text: \"Cloud?\", weight: 0 }\n      - id: backup\n        text: How often?\n        help: \"Backups copy your files.\\n\\n- Daily is best.\"\n        type: choice\n        allow_na: true\n        when: { question: cloud, equals: yes }\n        options: [{ value: daily, label: Every day, score: 1 }, { value: never, label: Never }]\n        recommendation: { title: x, text: y, effort: low }\n      - { id: devices, text: Devices?, type: multi, weight: 0, options: [{ value: laptops, label: Laptops }, { value: none, label: None, exclusive: true }] }\n      - { id: staff, text: Staff?, type: number, min: 1, unit: people }\n";

#[test]
fn every_question_is_a_commented_block_with_its_answers() {
    let q = questionnaire(Q);
    let text = render(&q, Some("Acme: Ltd"));
    assert!(text.contains("  # 2. How often?\n"), "{text}");
    assert!(text.contains("  #      daily    Every day\n"), "{text}");
    assert!(
        text.contains("  #      na       Not applicable\n"),
        "{text}"
    );
    assert!(
        text.contains("  #    Only if cloud = yes; otherwise leave it blank.\n"),
        "{text}"
    );
    assert!(
        text.contains("  #      none     None (on its own)\n"),
        "{text}"
    );
    assert!(
        text.contains("  #    Answer: a number of at least 1 (people), or unknown\n  staff:\n"),
        "{text}"
    );
    assert!(
        text.contains("  #    Backups copy your files.\n  #    • Daily is best.\n"),
        "{text}"
    );
    assert!(text.contains("  organisation: \"Acme: Ltd\"\n"), "{text}");
}

#[test]
fn a_blank_template_reads_as_all_unanswered_and_a_filled_one_as_answers() {
    let q = questionnaire(Q);
    let blank = render(&q, None);
    let a = answers(&q, &blank);
    assert_eq!(a.answers.len(), 4);
    assert!(a.answers.values().all(|x| !x.value.is_answered()));
    let filled = blank
        .replace("  cloud:\n", "  cloud: yes\n")
        .replace("  backup:\n", "  backup: daily\n");
    let a = answers(&q, &filled);
    assert!(a.get("backup").unwrap().value.is_answered());
}
