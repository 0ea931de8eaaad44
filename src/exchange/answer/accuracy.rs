//! Development aid: the matcher on the test customers' questions (from their
//! `.yaml`), against the test suppliers' answers, with each answer compared to
//! what a careful person would write. The real accuracy test runs the binary
//! on the workbooks (tests/cli/answer/).
use std::path::PathBuf;

use crate::answers::AnswersFile;
use crate::digest;
use crate::exchange::matcher::thesaurus::Thesaurus;
use crate::exchange::matcher::{Asked, Matcher, Outcome, Verdict};
use crate::load::{Catalog, config::Config};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn supplier(who: &str, catalog: &Catalog<'_>) -> Vec<crate::exchange::matcher::Known> {
    let mut out = Vec::new();
    for q in ["sme-baseline", "insurance-readiness", "msp-review"] {
        let path = root().join(format!("tests/fixtures/answer/suppliers/{who}-{q}.yaml"));
        let file = AnswersFile::open(&path).unwrap_or_else(|_| panic!("{path:?}"));
        let questionnaire = catalog.open_id(&file.questionnaire).unwrap().value;
        let answers = file
            .check(&questionnaire, &digest::digest(&questionnaire))
            .unwrap()
            .value;
        out.extend(
            super::known::known(&questionnaire, &answers)
                .into_iter()
                .map(|(k, _)| k),
        );
    }
    out
}

fn word(v: &Verdict, vocab: &[String]) -> String {
    let pick = |i: usize| vocab.get(i).cloned().unwrap_or_default();
    match v {
        Verdict::Yes => pick(0),
        Verdict::No => pick(1),
        Verdict::Partly => vocab
            .iter()
            .find(|w| w.to_lowercase().starts_with("partial"))
            .cloned()
            .unwrap_or("Partly".into()),
        Verdict::NotApplicable => vocab.last().cloned().unwrap_or_default(),
        Verdict::Text(t) => t.clone(),
    }
}

#[test]
#[ignore]
fn accuracy() {
    let config = Config::default();
    let catalog = Catalog::new(&config);
    let th = Thesaurus::bundled();
    let only = std::env::var("CORPUS").ok();
    for who in ["strong", "weak"] {
        let m = Matcher::new(supplier(who, &catalog), th);
        for f in std::fs::read_dir(root().join("tests/fixtures/answer/customers")).unwrap() {
            let p = f.unwrap().path();
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            if p.extension().is_none_or(|e| e != "yaml")
                || only.as_ref().is_some_and(|o| !name.contains(o.as_str()))
            {
                continue;
            }
            if name.contains("holdout") && std::env::var("HOLDOUT").is_err() {
                continue;
            }
            let v: serde_yaml::Value =
                serde_yaml::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            let vocab: Vec<String> = v["vocabulary"]
                .as_sequence()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap().to_owned())
                .collect();
            let (mut control, mut filled, mut right, mut wrong) = (0, 0, 0, 0);
            println!("== {name} / {who}");
            for q in v["questions"].as_sequence().unwrap() {
                let text = q["text"].as_str().unwrap();
                let want = q[who].as_str().unwrap();
                let is_control = q["kind"].as_str() == Some("control");
                control += usize::from(is_control);
                let out = m.answer(&Asked { text, ignore: &[] }, 0.75);
                let (got, detail) = match &out {
                    Outcome::Answered(a) => (
                        word(&a.verdict, &vocab),
                        format!(
                            "{:.2} {} <- {}",
                            a.confidence,
                            a.reason,
                            m.known()[a.sources[0]].key
                        ),
                    ),
                    other => (
                        "-".to_owned(),
                        format!("{other:?}").chars().take(160).collect(),
                    ),
                };
                if got != "-" {
                    filled += usize::from(is_control);
                    if got == want || (want == "~" && got != "-") {
                        right += 1
                    } else {
                        wrong += 1
                    }
                }
                let mark = if got == "-" {
                    if want == "-" { "  " } else { " ." }
                } else if got == want || want == "~" {
                    "ok"
                } else {
                    "XX"
                };
                println!(
                    "{mark} {:7} want {:9} got {:9} {}  [{}]",
                    q["ref"].as_str().unwrap(),
                    want,
                    got,
                    text.chars().take(70).collect::<String>(),
                    detail
                );
            }
            println!("   filled {filled}/{control} control, right {right}, wrong {wrong}");
        }
    }
}
