//! `assure answer` on published questionnaires it was not written for (two of
//! Google's VSAQ, tests/fixtures/answer/public/, and look-alike questions of
//! our own): every answer written is one a careful person would write from
//! the test suppliers' answers, and nothing else is written. A new answer
//! here is checked by hand, then added.

use crate::support::{assure, root};

/// The answers written: reference and answer.
type Written = &'static [(&'static str, &'static str)];

/// (questionnaire, supplier, the answers written).
const WRITTEN: &[(&str, &str, Written)] = &[
    (
        "vsaq-security-privacy-programs",
        "strong",
        &[("secprog_incidents_procedures", "Yes")],
    ),
    (
        "vsaq-security-privacy-programs",
        "weak",
        &[("secprog_incidents_procedures", "No")],
    ),
    ("vsaq-physical-and-datacenter", "strong", &[]),
    ("vsaq-physical-and-datacenter", "weak", &[]),
    // Questions of our own, in the shape of ones HECVAT 4.1.5 asks, that
    // share a word with a supplier's answer and not its meaning (each was
    // answered before the thesaurus knew the difference).
    ("lookalikes", "strong", &[]),
    ("lookalikes", "weak", &[]),
];

#[test]
fn published_questionnaires_get_only_right_answers() {
    let dir = tempfile::tempdir().unwrap();
    for (name, who, want) in WRITTEN {
        let input = dir.path().join(format!("{name}.csv"));
        std::fs::copy(
            root().join(format!("tests/fixtures/answer/public/{name}.csv")),
            &input,
        )
        .unwrap();
        let out = dir.path().join(format!("{name}-{who}.csv"));
        let args = super::accuracy::answer_args(&input, &out, &dir.path().join("links.yaml"), who);
        let run = assure(&args).any_status().run();
        assert!(
            matches!(run.code, Some(0 | 1)),
            "{name}/{who}: {}",
            run.stderr
        );
        let mut reader = csv::Reader::from_path(&out).unwrap();
        let got: Vec<(String, String)> = reader
            .records()
            .map(Result::unwrap)
            .filter(|r| !r[2].is_empty())
            .map(|r| (r[0].to_owned(), r[2].to_owned()))
            .collect();
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(r, a)| ((*r).to_owned(), (*a).to_owned()))
            .collect();
        assert_eq!(got, want, "{name}/{who}: the answers written");
    }
}
