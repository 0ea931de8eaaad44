use super::*;
use crate::test;

#[test]
fn questionnaires_load_cleanly_and_answers_fit_them() {
    for n in [7, 100, 250] {
        let text = questionnaire(n);
        let src = crate::source::Source::new("synthetic.yaml", text.as_str());
        let loaded = crate::load::questionnaire(&src).unwrap_or_else(|d| {
            panic!("{}", d.iter().map(|d| d.render(false)).collect::<String>())
        });
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        let q = loaded.value;
        assert_eq!(q.questions().count(), n);
        assert_eq!(q.sections.len(), sections(n));
        for seed in 0..5 {
            let a = test::answers(&q, &answers(n, seed));
            assert!(a.answers.len() > n / 2, "{}", a.answers.len());
        }
    }
}

#[test]
fn hidden_questions_are_not_answered() {
    let n = 400;
    let q = test::questionnaire(&questionnaire(n));
    let src = crate::source::Source::new("a.yaml", answers(n, 3));
    let node = crate::load::parse(&src).unwrap();
    let loaded = crate::answers::from_node(&src, &node, &q).unwrap();
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
