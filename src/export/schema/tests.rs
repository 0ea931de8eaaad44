use super::*;
use crate::test::questionnaire;

#[test]
fn questionnaire_schema_forbids_unknown_keys_and_knows_question_types() {
    let s = serde_json::to_value(schema(Kind::Questionnaire, None)).unwrap();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["additionalProperties"], false);
    let text = s.to_string();
    for word in [
        "yes_no",
        "choice",
        "multi",
        "ask_provider",
        "critical_cap",
        "important_cap",
        "important",
        "meets",
        "at_least",
        "exclusive",
    ] {
        assert!(text.contains(word), "{word} missing");
    }
}

#[test]
fn answers_schema_for_a_questionnaire_lists_its_ids_and_values() {
    let q = questionnaire(
        "id: t\ntitle: T\nversion: 1.0.0\nsections:\n  - id: s\n    title: S\n    questions:\n      - id: backup\n        text: Backups?\n        type: choice\n        allow_na: true\n        options: [{ value: daily, label: Daily, score: 1 }, { value: never, label: Never }]\n        recommendation: { title: x, text: y, effort: low }\n",
    );
    let s = serde_json::to_value(schema(Kind::Answers, Some(&q))).unwrap();
    let backup = &s["properties"]["answers"]["properties"]["backup"];
    assert!(
        backup["description"]
            .as_str()
            .unwrap()
            .starts_with("Backups?")
    );
    let name = backup["$ref"]
        .as_str()
        .unwrap()
        .trim_start_matches("#/$defs/");
    assert_eq!(
        s["$defs"][name]["anyOf"][0]["enum"],
        json!(["daily", "never", "unknown", "na"])
    );
    assert_eq!(s["properties"]["answers"]["additionalProperties"], false);
}

#[test]
fn questions_that_take_the_same_answers_share_one_definition() {
    let q = questionnaire(
        "id: t\ntitle: T\nversion: 1.0.0\nsections:\n  - id: s\n    title: S\n    questions:\n      - { id: a, text: A?, recommendation: { title: x, text: y, effort: low } }\n      - { id: b, text: B?, recommendation: { title: x, text: y, effort: low } }\n      - { id: c, text: C?, type: text }\n",
    );
    let s = serde_json::to_value(schema(Kind::Answers, Some(&q))).unwrap();
    let answers = &s["properties"]["answers"]["properties"];
    assert_eq!(answers["a"]["$ref"], answers["b"]["$ref"]);
    assert_ne!(answers["a"]["$ref"], answers["c"]["$ref"]);
}
