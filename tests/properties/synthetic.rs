//! The benchmark's synthetic inputs (`benches/synthetic.rs`) are what they claim:
//! questionnaires that load cleanly at any size, answers that fit them, the same
//! bytes for the same size and seed.

use assure::answers::AnswersFile;
use assure::digest::digest;
use assure::load::{self, Document};
use assure::model::Questionnaire;
use assure::source::Source;

#[path = "../../benches/synthetic.rs"]
#[allow(dead_code)]
mod generator;

use generator::{answers, questionnaire, sections};

fn load_questionnaire(text: &str) -> Questionnaire {
    let src = Source::new("synthetic.yaml", text);
    let node = load::parse(&src).unwrap();
    let loaded = load::questionnaire(&src, &node)
        .unwrap_or_else(|d| panic!("{}", d.iter().map(|d| d.render(false)).collect::<String>()));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    loaded.value
}

fn load_answers(
    q: &Questionnaire,
    text: String,
) -> assure::load::Loaded<assure::model::answers::Answers> {
    let doc = Document::from_source(Source::new("a.yaml", text)).unwrap();
    let file = AnswersFile::from_document(doc).unwrap();
    file.check(q, &digest(q)).unwrap()
}

#[test]
fn questionnaires_load_cleanly_and_answers_fit_them() {
    for n in [7, 100, 250] {
        let q = load_questionnaire(&questionnaire(n));
        assert_eq!(q.questions().count(), n);
        assert_eq!(q.sections.len(), sections(n));
        for seed in 0..5 {
            let a = load_answers(&q, answers(n, seed));
            assert!(a.warnings.is_empty(), "{:?}", a.warnings);
            assert!(a.value.answers.len() > n / 2, "{}", a.value.answers.len());
        }
    }
}

#[test]
fn hidden_questions_are_not_answered() {
    let n = 400;
    let q = load_questionnaire(&questionnaire(n));
    let loaded = load_answers(&q, answers(n, 3));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert!(q.sections.iter().any(|s| s.when.is_some()));
    assert!(q.questions().filter(|x| x.when.is_some()).count() >= n / 20);
}

#[test]
fn the_same_size_gives_the_same_bytes() {
    assert_eq!(questionnaire(300), questionnaire(300));
    assert_eq!(answers(300, 1), answers(300, 1));
    assert_ne!(answers(300, 1), answers(300, 2));
}
