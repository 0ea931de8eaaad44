use super::*;

#[test]
fn email_check_is_lenient_but_catches_slips() {
    assert!(looks_like_email("").is_ok());
    assert!(looks_like_email("sam@acme.example").is_ok());
    let refused = Err(Refused::NotAnEmail);
    assert_eq!(
        Refused::NotAnEmail.to_string(),
        "That does not look like an email address. Leave it empty if you prefer."
    );
    assert_eq!(looks_like_email("sam at acme"), refused);
    assert_eq!(looks_like_email("sam@"), refused);
    assert_eq!(looks_like_email("a@b@c"), refused);
}

#[test]
fn last_years_details_are_offered_and_enter_keeps_each() {
    use crate::interactive::prompt::{Script, Step};
    let defaults = Respondent {
        organisation: Some("Harbour Bakery".into()),
        name: Some("Maria Costa".into()),
        role: Some("Owner".into()),
        email: Some("maria@bakery.example".into()),
        date: Some("2025-11-10".into()),
    };
    let mut script = Script::new(vec![
        Step::Enter,
        Step::Type("Dan Costa"),
        Step::Enter,
        Step::Enter,
    ]);
    let r = respondent(&mut script, &defaults, "2026-11-10".into()).unwrap();
    assert_eq!(r.organisation.as_deref(), Some("Harbour Bakery"));
    assert_eq!(r.name.as_deref(), Some("Dan Costa"));
    assert_eq!(r.role.as_deref(), Some("Owner"));
    assert_eq!(r.email.as_deref(), Some("maria@bakery.example"));
    assert_eq!(
        r.date.as_deref(),
        Some("2026-11-10"),
        "today's, never last year's"
    );
    assert!(
        script.screen.contains("as your earlier answers give them"),
        "{}",
        script.screen
    );
}

/// `text` with its line breaks and runs of spaces as one space each.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A questionnaire of eight yes/no questions, `q0` to `q7`, answered yes.
fn eight() -> (crate::model::Questionnaire, crate::model::answers::Answers) {
    let questions: String = (0..8)
        .map(|i| {
            format!("      - {{ id: q{i}, text: Question {i}?, recommendation: {{ title: Fix {i}, text: Do it., effort: low }} }}\n")
        })
        .collect();
    let text = format!(
        "id: t\ntitle: T\nversion: 2.0.0\nsections:\n  - id: s\n    title: S\n    questions:\n{questions}"
    );
    let q = crate::test::questionnaire(&text);
    let answers: String = (0..8).map(|i| format!("  q{i}: yes\n")).collect();
    let a = crate::test::answers(
        &q,
        &format!("questionnaire: {{ id: t }}\nanswers:\n{answers}"),
    );
    (q, a)
}

fn stale(id: &str, why: Why) -> Stale {
    Stale {
        id: id.into(),
        why,
        comment: None,
        lines: None,
    }
}

#[test]
fn answers_that_cannot_be_checked_are_counted_past_five() {
    use crate::interactive::prompt::Script;
    let (q, a) = eight();
    let session = Session::new(&q, a);
    let mut many = vec![stale("q0", Why::Changed)];
    many.extend((1..8).map(|i| stale(&format!("q{i}"), Why::Unchecked)));
    let mut script = Script::default();
    changed_questions(&mut script, &session, &many, Some("1.0.0"), "a.yaml.bak").unwrap();
    let said = flat(&script.screen);
    assert!(said.contains("• Question 0? (you answered: Yes)"), "{said}");
    assert!(!said.contains("Question 3?"), "{said}");
    assert!(
        said.contains("• 7 more answers that could not be checked: the file does not say which wording of each question they answered, so each is asked again, with your answer then shown"),
        "{said}"
    );
    // Five or fewer are listed, each.
    let mut script = Script::default();
    changed_questions(&mut script, &session, &many[..4], None, "a.yaml.bak").unwrap();
    let said = flat(&script.screen);
    assert!(
        said.contains("• Question 3? (you answered: Yes; it could not be checked)"),
        "{said}"
    );
    assert!(!said.contains("more answers"), "{said}");
}

#[test]
fn a_question_asked_again_says_whether_it_changed_or_cannot_be_told() {
    use crate::interactive::prompt::{Script, Step};
    let (q, a) = eight();
    let mut session = Session::new(&q, a);
    session.recheck(["q0".to_owned(), "q1".to_owned()]);
    session.mark_unchecked(["q1".to_owned()]);
    let mut script = Script::new(vec![Step::Key('y'), Step::Key('q')]);
    crate::interactive::screens::run(&mut session, &mut script, &mut |_, _| Ok(())).unwrap();
    let said = flat(&script.screen);
    assert!(
        said.contains("This question changed since you answered it. Your answer then: Yes"),
        "{said}"
    );
    assert!(
        said.contains("Asked again: nothing tells whether this question changed since you answered it. Your answer then: Yes"),
        "{said}"
    );
}

#[test]
fn the_intro_counts_answers_asked_again_without_claiming_they_all_changed() {
    assert_eq!(
        recheck_text(60),
        "60 answers from the earlier version are asked again (their questions changed, or nothing tells whether they did), each with your answer then shown."
    );
    assert!(recheck_text(1).starts_with("1 answer from the earlier version is asked again"));
}
