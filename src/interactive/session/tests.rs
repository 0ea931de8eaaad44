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
    assert_eq!(p.to_string(), "Basics · 0 answered, up to 7 to go");
    assert_eq!(s.counts(), (3, 7));
    assert!(!s.can_go_back());
}

#[test]
fn answering_no_hides_dependants_and_changing_it_brings_them_back() {
    let q = questionnaire(Q);
    let mut s = Session::new(&q, Answers::default());
    s.answer("staff", Value::Number(2.0)).unwrap();
    s.next();
    s.answer("cloud", yes()).unwrap();
    assert_eq!(
        visible(&s),
        ["staff", "cloud", "cloud-mfa", "cloud-backup", "devices"]
    );
    s.next();
    assert_eq!(current(&s).as_deref(), Some("cloud-mfa"));
    assert_eq!(
        s.progress().unwrap().to_string(),
        "Basics · 2 answered, 3 to go"
    );
    s.answer("cloud-mfa", Value::Na).unwrap();
    s.note("cloud-mfa", Some("No cloud admin".into())).unwrap();
    s.next();

    // Back to `cloud`, change it to no: its two dependants disappear, and
    // the one that was answered is named.
    assert!(s.back());
    assert!(s.back());
    assert_eq!(current(&s).as_deref(), Some("cloud"));
    let changed = s.answer("cloud", no()).unwrap();
    let ids = |qs: &[&Question]| qs.iter().map(|q| q.id.value.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&changed.hidden), ["cloud-mfa"]);
    assert!(changed.back.is_empty());
    assert_eq!(visible(&s), ["staff", "cloud", "devices"]);
    s.next();
    assert_eq!(current(&s).as_deref(), Some("devices"));
    assert_eq!(
        s.progress().unwrap().to_string(),
        "Basics · 2 answered, 1 to go"
    );
    // The hidden answer stays, in memory and in what is saved.
    assert_eq!(s.answers().value("cloud-mfa"), &Value::Na);

    // Changing it back brings the questions back, with the earlier answer.
    assert!(s.jump("cloud"));
    let changed = s.answer("cloud", yes()).unwrap();
    assert_eq!(ids(&changed.back), ["cloud-mfa"]);
    assert_eq!(
        s.answers().get("cloud-mfa").unwrap().note.as_deref(),
        Some("No cloud admin")
    );
}

#[test]
fn a_whole_section_follows_its_condition() {
    let q = questionnaire(Q);
    let mut s = Session::new(&q, Answers::default());
    s.answer("staff", Value::Number(12.0)).unwrap();
    assert_eq!(
        visible(&s),
        ["staff", "cloud", "devices", "training", "notes"]
    );
    s.answer("staff", Value::Number(3.0)).unwrap();
    assert_eq!(visible(&s), ["staff", "cloud", "devices"]);
}

#[test]
fn back_steps_over_hidden_questions() {
    let q = questionnaire(Q);
    let mut s = Session::new(&q, Answers::default());
    s.answer("staff", Value::Number(2.0)).unwrap();
    s.next();
    s.answer("cloud", no()).unwrap();
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
    assert_eq!(
        s.progress().unwrap().to_string(),
        "Team · 3 answered, 2 to go"
    );
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
        s.answer("nope", yes()).err(),
        Some(Refused::NoSuchQuestion("nope".into()))
    );
    assert_eq!(
        s.answer("cloud-mfa", yes()).err(),
        Some(Refused::NotAsked("cloud-mfa".into()))
    );
    let does_not_fit = |id: &str| Some(Refused::DoesNotFit(id.into()));
    assert_eq!(
        s.answer("staff", Value::Number(0.0)).err(),
        does_not_fit("staff")
    );
    assert_eq!(s.answer("cloud", Value::Na).err(), does_not_fit("cloud"));
    let both = Value::Multi(vec!["laptops".into(), "none".into()]);
    assert_eq!(s.answer("devices", both).err(), does_not_fit("devices"));
    assert!(
        s.answer("devices", Value::Multi(vec!["none".into()]))
            .is_ok()
    );
    s.answer("staff", Value::Number(10.0)).unwrap();
    assert_eq!(
        s.answer("training", Value::Unknown).err(),
        does_not_fit("training")
    );
}

#[test]
fn a_new_answer_keeps_the_old_note_and_evidence() {
    let q = questionnaire(Q);
    let mut a = Answers::default();
    let mut old = Answer::new(no());
    old.evidence = vec!["policy.pdf".into()];
    old.note = Some("checked".into());
    a.answers.insert("cloud".into(), old);
    let mut s = Session::new(&q, a);
    s.answer("cloud", yes()).unwrap();
    let got = s.answers().get("cloud").unwrap();
    assert_eq!(got.evidence, ["policy.pdf"]);
    assert_eq!(got.note.as_deref(), Some("checked"));
}

#[test]
fn a_note_can_come_before_the_answer_and_go_again() {
    let q = questionnaire(Q);
    let mut s = Session::new(&q, Answers::default());
    s.note("cloud", Some("ask Sam".into())).unwrap();
    assert_eq!(s.answers().value("cloud"), &Value::Unanswered);
    assert_eq!(s.unanswered(), 3, "a note is not an answer");
    s.answer("cloud", yes()).unwrap();
    assert_eq!(
        s.answers().get("cloud").unwrap().note.as_deref(),
        Some("ask Sam")
    );
    let mut s = Session::new(&q, Answers::default());
    s.note("staff", Some("x".into())).unwrap();
    s.note("staff", None).unwrap();
    assert!(s.answers().get("staff").is_none(), "nothing left to keep");
    assert_eq!(
        s.note("cloud-mfa", Some("x".into())),
        Err(Refused::NotAsked("cloud-mfa".into()))
    );
}

#[test]
fn what_changed_since_the_last_save_is_remembered() {
    let q = questionnaire(Q);
    let mut s = Session::new(&q, Answers::default());
    s.answer("staff", Value::Number(2.0)).unwrap();
    s.note("cloud", Some("x".into())).unwrap();
    let (ids, respondent) = s.unsaved();
    assert_eq!(ids.iter().collect::<Vec<_>>(), ["staff", "cloud"]);
    assert!(!respondent);
    s.mark_saved();
    s.respondent_mut().name = Some("Sam".into());
    let (ids, respondent) = s.unsaved();
    assert!(ids.is_empty() && respondent);
}

#[test]
fn answers_to_ask_again_count_as_unanswered_until_answered() {
    let q = questionnaire(Q);
    let mut a = Answers::default();
    a.answers
        .insert("staff".into(), Answer::new(Value::Number(9.0)));
    a.answers.insert("cloud".into(), Answer::new(no()));
    let mut s = Session::new(&q, a);
    assert_eq!(current(&s).as_deref(), Some("devices"));
    s.recheck(["staff".to_owned()]);
    assert_eq!(current(&s).as_deref(), Some("staff"));
    assert!(s.is_rechecked("staff"));
    assert_eq!(s.rechecks_left(), 1);
    assert_eq!(s.unanswered(), 4);
    s.answer("staff", Value::Number(9.0)).unwrap();
    assert_eq!(s.rechecks_left(), 0);
    assert!(!s.is_rechecked("staff"));
}

fn carried(value: Value) -> Answer {
    let mut a = Answer::new(value);
    a.from = Some(crate::model::answers::CarriedFrom {
        file: "old.yaml".into(),
        date: Some("2020-01-01".into()),
    });
    a
}

#[test]
fn carried_answers_come_after_the_rest_and_stay_out_of_the_file_until_looked_at() {
    let q = questionnaire(Q);
    let mut s = Session::new(&q, Answers::default());
    assert!(s.carry_in("cloud", carried(yes())));
    assert!(!s.carry_in("nope", carried(yes())), "no such question");
    assert_eq!(
        visible(&s),
        ["staff", "cloud", "cloud-mfa", "cloud-backup", "devices"],
        "a carried answer counts for what is asked"
    );
    assert_eq!(current(&s).as_deref(), Some("staff"));
    assert_eq!(s.unconfirmed_left(), 1);
    assert!(s.to_save().get("cloud").is_none(), "not in the file yet");
    let p = s.progress().unwrap();
    assert_eq!((p.answered, p.to_go, p.maybe), (0, 7, 2));
    // The rest first, then the carried answer.
    s.answer("staff", Value::Number(2.0)).unwrap();
    s.next_unanswered();
    assert_eq!(current(&s).as_deref(), Some("cloud-mfa"));
    s.skip();
    s.next_unanswered();
    assert_eq!(current(&s).as_deref(), Some("devices"));
    s.next_unanswered();
    assert_eq!(current(&s).as_deref(), Some("cloud"));
    assert_eq!(
        s.last_time("cloud").unwrap().date.as_deref(),
        Some("2020-01-01")
    );
    s.confirm("cloud");
    assert!(s.last_time("cloud").is_none());
    let saved = s.to_save();
    assert_eq!(
        saved.get("cloud").unwrap().from.as_ref().unwrap().file,
        "old.yaml"
    );
    assert!(saved.questionnaire.fingerprints.contains_key("cloud"));
    s.next_unanswered();
    assert!(s.current().is_none(), "then the review");
}

#[test]
fn a_changed_carried_answer_loses_its_origin_and_the_rest_can_be_accepted() {
    let q = questionnaire(Q);
    let mut s = Session::new(&q, Answers::default());
    s.carry_in("cloud", carried(yes()));
    s.carry_in("staff", carried(Value::Number(3.0)));
    s.answer("cloud", no()).unwrap();
    assert!(s.answers().get("cloud").unwrap().from.is_none());
    assert!(!s.is_unconfirmed("cloud"));
    assert!(s.to_save().get("staff").is_none());
    s.accept_carried();
    assert_eq!(s.unconfirmed_left(), 0);
    assert!(s.to_save().get("staff").unwrap().from.is_some());
    // A question the file answers already keeps its answer.
    let mut a = Answers::default();
    a.answers
        .insert("staff".into(), Answer::new(Value::Number(9.0)));
    let mut s = Session::new(&q, a);
    assert!(!s.carry_in("staff", carried(Value::Number(3.0))));
    assert_eq!(s.answers().value("staff"), &Value::Number(9.0));
}

#[test]
fn old_carried_answers_are_flagged() {
    let q = questionnaire(Q);
    let mut s = Session::new(&q, Answers::default());
    assert!(s.is_old("2020-01-01"));
    assert!(!s.is_old(&crate::date::today()));
    s.set_max_age_days(100_000);
    assert!(!s.is_old("2020-01-01"));
    assert!(!s.is_old("not a date"));
}

#[test]
fn the_count_to_go_never_rises_as_follow_ups_appear() {
    let q = questionnaire(Q);
    let mut s = Session::new(&q, Answers::default());
    let mut last = usize::MAX;
    let mut steps = 0;
    while let (Some(question), Some(p)) = (s.current(), s.progress()) {
        assert!(p.to_go < last, "{p} after {last}");
        last = p.to_go;
        let value = match question.kind() {
            QuestionType::Number => Value::Number(12.0),
            QuestionType::Text => Value::Text("fine".into()),
            QuestionType::Multi => Value::Multi(vec!["laptops".into()]),
            _ => yes(),
        };
        s.answer(&question.id.value.clone(), value).unwrap();
        s.next_unanswered();
        steps += 1;
    }
    // Every follow-up was asked (cloud yes, 12 staff), and the count said so
    // from the first question.
    assert_eq!(steps, 7);
}
