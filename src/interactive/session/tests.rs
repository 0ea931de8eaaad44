use super::*;
use crate::model::YesNo;
use crate::test::questionnaire;

use crate::test::CONDITIONAL as Q;

fn yes() -> Value {
    Value::YesNo(YesNo::Yes)
}

fn no() -> Value {
    Value::YesNo(YesNo::No)
}

fn current(s: &Session<'_>) -> Option<String> {
    s.current().map(|q| q.id.value.clone())
}

fn visible(s: &Session<'_>) -> Vec<String> {
    s.visible().map(|(_, q)| q.id.value.clone()).collect()
}

#[test]
fn starts_at_the_first_question_and_counts_only_asked_ones() {
    let q = questionnaire(Q);
    let s = Session::new(&q, Answers::default());
    assert_eq!(current(&s).as_deref(), Some("staff"));
    assert_eq!(visible(&s), ["staff", "cloud", "devices"]);
    let p = s.progress().unwrap();
    assert_eq!(p.to_string(), "Basics · 1 of 3");
    assert_eq!(s.counts(), (3, 7));
    assert!(!s.can_go_back());
}

#[test]
fn answering_no_hides_dependants_and_changing_it_brings_them_back() {
    let q = questionnaire(Q);
    let mut s = Session::new(&q, Answers::default());
    s.answer("staff", Value::Number(2.0), None).unwrap();
    s.next();
    s.answer("cloud", yes(), None).unwrap();
    assert_eq!(
        visible(&s),
        ["staff", "cloud", "cloud-mfa", "cloud-backup", "devices"]
    );
    s.next();
    assert_eq!(current(&s).as_deref(), Some("cloud-mfa"));
    assert_eq!(s.progress().unwrap().to_string(), "Basics · 3 of 5");
    s.answer("cloud-mfa", Value::Na, Some("No cloud admin".into()))
        .unwrap();
    s.next();

    // Back to `cloud`, change it to no: its two dependants disappear.
    assert!(s.back());
    assert!(s.back());
    assert_eq!(current(&s).as_deref(), Some("cloud"));
    s.answer("cloud", no(), None).unwrap();
    assert_eq!(visible(&s), ["staff", "cloud", "devices"]);
    s.next();
    assert_eq!(current(&s).as_deref(), Some("devices"));
    assert_eq!(s.progress().unwrap().to_string(), "Basics · 3 of 3");
    // The hidden answer is not saved, but it is remembered.
    assert!(s.to_save().get("cloud-mfa").is_none());

    // Changing it back brings the questions back, with the earlier answer.
    assert!(s.jump("cloud"));
    s.answer("cloud", yes(), None).unwrap();
    assert_eq!(s.to_save().value("cloud-mfa"), &Value::Na);
    assert_eq!(
        s.to_save().get("cloud-mfa").unwrap().note.as_deref(),
        Some("No cloud admin")
    );
}

#[test]
fn a_whole_section_follows_its_condition() {
    let q = questionnaire(Q);
    let mut s = Session::new(&q, Answers::default());
    s.answer("staff", Value::Number(12.0), None).unwrap();
    assert_eq!(
        visible(&s),
        ["staff", "cloud", "devices", "training", "notes"]
    );
    s.answer("staff", Value::Number(3.0), None).unwrap();
    assert_eq!(visible(&s), ["staff", "cloud", "devices"]);
}

#[test]
fn back_steps_over_hidden_questions() {
    let q = questionnaire(Q);
    let mut s = Session::new(&q, Answers::default());
    s.answer("staff", Value::Number(2.0), None).unwrap();
    s.next();
    s.answer("cloud", no(), None).unwrap();
    s.next();
    assert_eq!(current(&s).as_deref(), Some("devices"));
    assert!(s.back());
    assert_eq!(current(&s).as_deref(), Some("cloud"));
    assert!(s.back());
    assert_eq!(current(&s).as_deref(), Some("staff"));
    assert!(!s.back(), "there is nothing before the first question");
    assert_eq!(current(&s).as_deref(), Some("staff"));
}

#[test]
fn back_from_the_review_goes_to_the_last_asked_question() {
    let q = questionnaire(Q);
    let mut s = Session::new(&q, Answers::default());
    s.finish();
    assert!(s.current().is_none());
    assert!(s.can_go_back());
    assert!(s.back());
    assert_eq!(current(&s).as_deref(), Some("devices"));
}

#[test]
fn skip_leaves_a_question_unanswered_and_moves_on() {
    let q = questionnaire(Q);
    let mut s = Session::new(&q, Answers::default());
    s.skip();
    assert_eq!(current(&s).as_deref(), Some("cloud"));
    s.skip();
    s.skip();
    assert!(s.current().is_none(), "past the last question");
    assert_eq!(s.unanswered(), 3);
    assert!(!s.is_complete());
    assert!(s.jump_to_first_unanswered());
    assert_eq!(current(&s).as_deref(), Some("staff"));
}

#[test]
fn resume_starts_at_the_first_unanswered_asked_question() {
    let q = questionnaire(Q);
    let mut a = Answers::default();
    a.answers
        .insert("staff".into(), Answer::new(Value::Number(9.0)));
    a.answers.insert("cloud".into(), Answer::new(no()));
    a.answers.insert(
        "devices".into(),
        Answer::new(Value::Multi(vec!["laptops".into()])),
    );
    let s = Session::new(&q, a);
    assert_eq!(current(&s).as_deref(), Some("training"));
    assert_eq!(s.progress().unwrap().to_string(), "Team · 4 of 5");
}

#[test]
fn next_unanswered_passes_over_answered_questions() {
    let q = questionnaire(Q);
    let mut a = Answers::default();
    a.answers
        .insert("cloud".into(), Answer::new(Value::Unknown));
    let mut s = Session::new(&q, a);
    assert_eq!(current(&s).as_deref(), Some("staff"));
    s.next_unanswered();
    assert_eq!(current(&s).as_deref(), Some("devices"));
}

#[test]
fn everything_answered_is_complete_and_starts_at_the_review() {
    let q = questionnaire(Q);
    let mut a = Answers::default();
    a.answers
        .insert("staff".into(), Answer::new(Value::Number(1.0)));
    a.answers
        .insert("cloud".into(), Answer::new(Value::Unknown));
    a.answers
        .insert("devices".into(), Answer::new(Value::Unknown));
    let s = Session::new(&q, a);
    assert!(s.is_complete());
    assert!(s.current().is_none());
}

#[test]
fn answers_that_do_not_fit_are_refused() {
    let q = questionnaire(Q);
    let mut s = Session::new(&q, Answers::default());
    assert_eq!(
        s.answer("nope", yes(), None),
        Err(Refused::NoSuchQuestion("nope".into()))
    );
    assert_eq!(
        s.answer("cloud-mfa", yes(), None),
        Err(Refused::NotAsked("cloud-mfa".into()))
    );
    assert!(s.answer("staff", Value::Number(0.0), None).is_err());
    assert!(s.answer("cloud", Value::Na, None).is_err());
    let both = Value::Multi(vec!["laptops".into(), "none".into()]);
    assert!(s.answer("devices", both, None).is_err());
    assert!(
        s.answer("devices", Value::Multi(vec!["none".into()]), None)
            .is_ok()
    );
    s.answer("staff", Value::Number(10.0), None).unwrap();
    assert!(s.answer("training", Value::Unknown, None).is_err());
}

#[test]
fn a_new_answer_keeps_the_old_evidence() {
    let q = questionnaire(Q);
    let mut a = Answers::default();
    let mut old = Answer::new(no());
    old.evidence = vec!["policy.pdf".into()];
    a.answers.insert("cloud".into(), old);
    let mut s = Session::new(&q, a);
    s.answer("cloud", yes(), Some("now yes".into())).unwrap();
    let saved = s.to_save();
    let got = saved.get("cloud").unwrap();
    assert_eq!(got.evidence, ["policy.pdf"]);
    assert_eq!(got.note.as_deref(), Some("now yes"));
}
