//! OSCAL that compliance-trestle accepts whatever the answers and the
//! questionnaire (issue 20, item 16): titles and property values on one line,
//! and no empty list (the schema's `minItems: 1`): an assessment with every
//! question met has no risk. CI runs trestle on the same kinds of files.

use serde_json::Value;

use crate::support::assure;

/// Every place in `v` that breaks the two rules, by its path.
fn problems(v: &Value, at: &str, found: &mut Vec<String>) {
    match v {
        Value::Array(items) => {
            if items.is_empty() {
                found.push(format!("{at}: an empty list"));
            }
            for (i, item) in items.iter().enumerate() {
                problems(item, &format!("{at}[{i}]"), found);
            }
        }
        Value::Object(map) => {
            for (key, value) in map {
                let here = format!("{at}.{key}");
                if let ("title" | "name" | "value" | "class", Value::String(s)) =
                    (key.as_str(), value)
                    && (s.contains(['\n', '\r']) || s.trim() != s || s.is_empty())
                {
                    found.push(format!("{here}: not one line: {s:?}"));
                }
                problems(value, &here, found);
            }
        }
        _ => {}
    }
}

#[track_caller]
fn valid(json: &str) {
    let v: Value = serde_json::from_str(json).unwrap();
    let mut found = Vec::new();
    problems(&v, "", &mut found);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn an_assessment_with_everything_met_has_no_empty_list() {
    let dir = tempfile::tempdir().unwrap();
    let prefilled = dir.path().join("met.yaml");
    assure([
        "prefill".as_ref(),
        "critical-controls".as_ref(),
        "--from".as_ref(),
        "examples/answers/brightline-engineering.yaml".as_ref(),
        "-o".as_ref(),
        prefilled.as_os_str(),
    ])
    .run();
    let o = assure([
        "report".as_ref(),
        prefilled.as_os_str(),
        "--format".as_ref(),
        "oscal".as_ref(),
    ])
    .run();
    assert!(
        !o.stdout.contains("\"risks\""),
        "every question met: no risk"
    );
    valid(&o.stdout);
}

#[test]
fn titles_from_text_on_several_lines_are_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let q = dir.path().join("q.yaml");
    std::fs::write(
        &q,
        "id: lines\ntitle: \"Two\\nlines \"\nversion: 1.0.0\nframeworks: { nist-csf-2.0: \"NIST\\nCSF\" }\nsections:\n  - id: s\n    title: S\n    questions:\n      - id: a\n        text: |\n          First line,\n          second line?\n        maps: { nist-csf-2.0: [PR.AA-03] }\n        recommendation: { title: \"Do\\nit\", text: y, effort: low }\n      - { id: b, text: B?, recommendation: { title: x, text: y, effort: low } }\n",
    )
    .unwrap();
    let a = dir.path().join("a.yaml");
    std::fs::write(
        &a,
        "questionnaire: { id: lines }\nrespondent: { organisation: \"Acme\\nLtd\" }\nanswers: { a: no, b: yes }\n",
    )
    .unwrap();
    let o = assure([
        "report".as_ref(),
        a.as_os_str(),
        "-q".as_ref(),
        q.as_os_str(),
        "--format".as_ref(),
        "oscal".as_ref(),
    ])
    .run();
    assert!(
        o.stdout.contains("\"title\": \"First line, second line?\""),
        "{}",
        o.stdout
    );
    valid(&o.stdout);
}
