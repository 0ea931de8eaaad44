use super::*;
use crate::model::YesNo;
use crate::model::answers::Respondent;
use crate::test::{answers, questionnaire};
use crate::yaml::Spanned;

const Q: &str = "id: t\ntitle: T\nversion: 1.0.0\nsections:\n  - id: s\n    title: S\n    questions:\n      - { id: a, text: \"A?\", recommendation: { title: x, text: y, effort: low } }\n      - id: b\n        text: B?\n        type: choice\n        options: [{ value: daily, label: D, score: 1 }, { value: never, label: N }]\n        recommendation: { title: x, text: y, effort: low }\n      - { id: c, text: \"C: which?\", type: multi, weight: 0, options: [{ value: x1, label: X }, { value: y2, label: Y }] }\n      - { id: d, text: D?, type: number }\n      - { id: e, text: E?, type: text }\n      - { id: f, text: F?, recommendation: { title: x, text: y, effort: low } }\n";

#[test]
fn round_trips_every_kind_of_answer() {
    let q = questionnaire(Q);
    let mut a = Answers::default();
    a.questionnaire.id = Spanned::new("t".into());
    a.questionnaire.version = Some(Spanned::new("1.0.0".into()));
    a.respondent = Respondent {
        organisation: Some("Acme: \"the\" best\nLtd".into()),
        date: Some("2026-11-22".into()),
        ..Respondent::default()
    };
    let mut put = |id: &str, v: Value| {
        a.answers.insert(id.into(), Answer::new(v));
    };
    put("a", Value::YesNo(YesNo::Yes));
    put("b", Value::Choice("daily".into()));
    put("c", Value::Multi(vec!["x1".into(), "y2".into()]));
    put("d", Value::Number(2.5));
    put("e", Value::Text("yes, on: Fridays # not a comment".into()));
    put("f", Value::Unknown);
    a.answers.get_mut("b").unwrap().note = Some("Runs on Fridays.\nSecond line.".into());
    a.answers.get_mut("b").unwrap().evidence = vec!["log, 2026.pdf".into(), "x".into()];
    let carried = a.answers.get_mut("a").unwrap();
    carried.by = Some("it-provider".into());
    carried.from = Some(crate::model::answers::CarriedFrom {
        file: "answers, 2025.yaml".into(),
        date: Some("2025-11-02".into()),
    });
    a.questionnaire
        .fingerprints
        .insert("a".into(), "3fa2c1d0".into());
    a.questionnaire
        .fingerprints
        .insert("gone".into(), "0badf00d".into());
    let text = write(&q, &a);
    let back = answers(&q, &text);
    assert_eq!(back.respondent, a.respondent);
    assert_eq!(back.questionnaire.id, a.questionnaire.id);
    assert_eq!(back.questionnaire.version, a.questionnaire.version);
    for (id, want) in &a.answers {
        let got = back.get(id).unwrap();
        assert_eq!(got.value, want.value, "{id}\n{text}");
        assert_eq!(got.note, want.note, "{id}");
        assert_eq!(got.evidence, want.evidence, "{id}");
        assert_eq!(got.by, want.by, "{id}");
        assert_eq!(got.from, want.from, "{id}");
    }
    assert!(text.contains("  # C: which?\n  c: [x1, y2]\n"), "{text}");
    assert!(
        text.contains(
            "    by: it-provider\n    from: { file: \"answers, 2025.yaml\", date: 2025-11-02 }\n"
        ),
        "{text}"
    );
    assert_eq!(
        back.questionnaire.fingerprints.keys().collect::<Vec<_>>(),
        ["a"],
        "only answered questions keep a fingerprint"
    );
}
