//! The walk driven by a script: no terminal.

use super::*;
use crate::interactive::prompt::{Script, Step};
use crate::model::YesNo;
use crate::model::answers::{Answers, Value};
use crate::test::{CONDITIONAL, questionnaire};
use Step::{Enter, Pick, Tick, Type};

/// Runs the walk on `CONDITIONAL` from `answers`; returns the outcome (or
/// error), every saved state, the final answers and the screen.
fn walk(answers: Answers, steps: Vec<Step>) -> (Result<Outcome>, Vec<Answers>, Answers, Script) {
    let q = questionnaire(CONDITIONAL);
    let mut session = Session::new(&q, answers);
    let mut script = Script::new(steps);
    let mut saves = Vec::new();
    let outcome = run(&mut session, &mut script, &mut |s| {
        saves.push(s.to_save());
        Ok(())
    });
    assert!(script.is_done(), "steps left over\n{}", script.screen);
    let last = session.to_save();
    (outcome, saves, last, script)
}

fn yes() -> Value {
    Value::YesNo(YesNo::Yes)
}

#[test]
fn a_full_walk_with_every_kind_of_answer() {
    let (outcome, saves, a, script) = walk(
        Answers::default(),
        vec![
            Type("12"),
            Enter,
            Pick(EXPLAIN),
            Pick("Yes"),
            Type("We use Microsoft 365"),
            Pick(NOT_APPLICABLE),
            Enter,
            Pick(DONT_KNOW),
            Enter,
            Tick(vec!["Laptops", "Phones"]),
            Enter,
            Pick("No"),
            Enter,
            Type("All good"),
            Enter,
            Pick(REPORT),
        ],
    );
    assert_eq!(outcome.unwrap(), Outcome::Report);
    assert_eq!(a.value("staff"), &Value::Number(12.0));
    assert_eq!(a.value("cloud"), &yes());
    assert_eq!(
        a.get("cloud").unwrap().note.as_deref(),
        Some("We use Microsoft 365")
    );
    assert_eq!(a.value("cloud-mfa"), &Value::Na);
    assert_eq!(a.value("cloud-backup"), &Value::Unknown);
    assert_eq!(
        a.value("devices"),
        &Value::Multi(vec!["laptops".into(), "phones".into()])
    );
    assert_eq!(a.value("training"), &Value::YesNo(YesNo::No));
    assert_eq!(a.value("notes"), &Value::Text("All good".into()));
    // Saved after every one of the 7 answers (and again after the one note),
    // each save holding every answer before it.
    let counts: Vec<usize> = saves.iter().map(|s| s.answers.len()).collect();
    assert_eq!(counts, [1, 2, 2, 3, 4, 5, 6, 7]);
    // Help and why, as plain text.
    let s = &script.screen;
    assert!(s.contains("What this means:\nOnline services such as Microsoft 365:\n\n• email\n• files\n\nWhy it matters:\nCloud accounts are a common way in."), "{s}");
    assert!(s.contains("Basics · 1 of 3\nHow many?"), "{s}");
    assert!(s.contains("Basics · 2 of 5\nCloud?"), "{s}");
    assert!(s.contains("Basics · 3 of 7\nCloud MFA?"), "{s}");
    assert!(s.contains("Team · 6 of 7\nTraining?"), "{s}");
    assert!(s.contains("│ All sections"), "{s}");
}

#[test]
fn the_first_question_has_no_way_back_and_i_dont_know_only_where_allowed() {
    let mut a = Answers::default();
    a.answers.insert(
        "staff".into(),
        crate::model::answers::Answer::new(Value::Number(10.0)),
    );
    a.answers.insert(
        "cloud".into(),
        crate::model::answers::Answer::new(Value::Unknown),
    );
    a.answers.insert(
        "devices".into(),
        crate::model::answers::Answer::new(Value::Unknown),
    );
    let (outcome, _, _, script) = walk(a, vec![Pick(QUIT)]);
    assert_eq!(outcome.unwrap(), Outcome::Quit);
    let training = &script.screen;
    assert!(training.contains("Training?"), "{training}");
    assert!(!training.contains(DONT_KNOW), "{training}");
    assert!(!training.contains(NOT_APPLICABLE), "{training}");
    assert!(training.contains(BACK), "{training}");

    let (_, _, _, script) = walk(Answers::default(), vec![Type(""), Pick(QUIT)]);
    assert!(!script.screen.contains(BACK), "{}", script.screen);
}

#[test]
fn going_back_and_changing_an_answer_hides_and_brings_back_questions() {
    let (outcome, saves, a, script) = walk(
        Answers::default(),
        vec![
            Type("2"),
            Enter,
            Pick("Yes"),
            Enter,
            Pick(NOT_APPLICABLE),
            Enter,
            // At cloud-backup: back twice, to `cloud`, and say no.
            Pick(BACK),
            Pick(BACK),
            Pick("No"),
            Enter,
            // Now `devices` is next, 3 of 3; go back and say yes again.
            Tick(vec![]),
            Pick(BACK),
            Pick("Yes"),
            Enter,
            // cloud-mfa is back, with its earlier answer as the default.
            Pick(SKIP),
            Pick(QUIT),
        ],
    );
    assert_eq!(outcome.unwrap(), Outcome::Quit);
    let s = &script.screen;
    assert!(s.contains("Basics · 3 of 3\nWhich?"), "{s}");
    let last_mfa = s.rfind("Cloud MFA?").unwrap();
    assert!(
        s[last_mfa..].contains("Your answer so far: Not applicable\n? Your answer\n  Yes\n  No\n  I don't know\n> Not applicable"),
        "{s}"
    );
    assert_eq!(a.value("cloud-mfa"), &Value::Na);
    // While `cloud` was no, the file did not hold the hidden answer.
    assert!(
        saves
            .iter()
            .any(|s| s.value("cloud") == &Value::YesNo(YesNo::No) && s.get("cloud-mfa").is_none())
    );
}

#[test]
fn skipped_questions_are_offered_again_from_the_review() {
    let (outcome, _, a, script) = walk(
        Answers::default(),
        vec![
            Type(""),
            Pick(SKIP),
            Pick("No"),
            Enter,
            Tick(vec!["None of these"]),
            Enter,
            Pick("Answer the 1 question now"),
            Type("3"),
            Enter,
            Pick(REPORT),
        ],
    );
    assert_eq!(outcome.unwrap(), Outcome::Report);
    assert!(
        script
            .screen
            .contains("1 question with no answer yet. It shows as \"not answered\" in the report."),
        "{}",
        script.screen
    );
    assert_eq!(a.value("staff"), &Value::Number(3.0));
    assert_eq!(a.value("devices"), &Value::Multi(vec!["none".into()]));
}

#[test]
fn changing_one_answer_from_the_review_returns_to_it() {
    let mut a = Answers::default();
    for (id, v) in [
        ("staff", Value::Number(1.0)),
        ("cloud", Value::Unknown),
        ("devices", Value::Unknown),
    ] {
        a.answers
            .insert(id.into(), crate::model::answers::Answer::new(v));
    }
    let (outcome, _, a, script) = walk(
        a,
        vec![
            Pick(CHANGE),
            Pick("2. Cloud?"),
            Pick("Yes"),
            Type("changed"),
            Pick(REPORT),
        ],
    );
    assert_eq!(outcome.unwrap(), Outcome::Report);
    assert_eq!(a.value("cloud"), &yes());
    assert!(
        script.screen.contains("2. Cloud? — I don't know"),
        "{}",
        script.screen
    );
    // cloud-mfa and cloud-backup appeared but were not asked: straight back to the review.
    assert_eq!(
        script
            .screen
            .matches("Here is a summary of your answers")
            .count(),
        2
    );
    assert!(
        script.screen.contains("2 questions with no answer yet"),
        "{}",
        script.screen
    );
}

#[test]
fn multi_select_refuses_an_exclusive_option_with_others_and_offers_other_choices() {
    let (_, _, a, script) = walk(
        Answers::default(),
        vec![
            Type("1"),
            Enter,
            Pick("No"),
            Enter,
            Tick(vec!["Laptops", "None of these"]),
            Tick(vec![]),
            Pick(DONT_KNOW),
            Enter,
            Pick(QUIT),
        ],
    );
    assert!(
        script
            .screen
            .contains("\"None of these\" cannot go with other answers."),
        "{}",
        script.screen
    );
    // The second time, the ticks were kept.
    assert!(
        script
            .screen
            .contains("[x] Laptops\n[ ] Phones\n[x] None of these"),
        "{}",
        script.screen
    );
    assert_eq!(a.value("devices"), &Value::Unknown);
}

#[test]
fn numbers_are_checked_and_empty_input_offers_other_choices() {
    let (_, _, a, script) = walk(
        Answers::default(),
        vec![
            Type("twelve"),
            Type("0"),
            Type(""),
            Pick("Type a number"),
            Type("501"),
            Type("7"),
            Enter,
            Pick(QUIT),
        ],
    );
    let s = &script.screen;
    assert!(
        s.contains("! Type a number using digits only, such as 12."),
        "{s}"
    );
    assert!(s.contains("! The answer must be 1 or more."), "{s}");
    assert!(s.contains("! The answer must be 500 or less."), "{s}");
    assert_eq!(a.value("staff"), &Value::Number(7.0));
}

#[test]
fn an_interrupt_mid_walk_leaves_every_answer_saved() {
    // The script runs out at the third question, as Ctrl-C would.
    let (outcome, saves, _, _) = walk(
        Answers::default(),
        vec![Type("3"), Enter, Pick("Yes"), Type("a note")],
    );
    let err = outcome.unwrap_err();
    assert!(crate::interactive::interrupt::is_interrupt(&err), "{err:#}");
    let last = saves.last().unwrap();
    assert_eq!(last.value("staff"), &Value::Number(3.0));
    assert_eq!(last.get("cloud").unwrap().note.as_deref(), Some("a note"));
}

#[test]
fn notes_can_be_kept_changed_or_removed() {
    let mut a = Answers::default();
    let mut old = crate::model::answers::Answer::new(Value::Number(4.0));
    old.note = Some("old\nnote".into());
    a.answers.insert("staff".into(), old);
    let (_, _, a, script) = walk(a, vec![Pick(BACK), Enter, Enter, Pick(QUIT)]);
    assert!(
        script
            .screen
            .contains("? Add a note? (optional: press Enter to skip) [old note]"),
        "{}",
        script.screen
    );
    assert_eq!(a.get("staff").unwrap().note.as_deref(), Some("old\nnote"));
    let (_, _, a, _) = walk(a, vec![Pick(BACK), Enter, Type(""), Pick(QUIT)]);
    assert_eq!(a.get("staff").unwrap().note, None, "emptied, so removed");
}

#[test]
fn hostile_question_text_never_reaches_the_terminal_raw() {
    let q = questionnaire(
        "id: t\ntitle: \"T\\e[2J\"\nversion: 1.0.0\nsections:\n  - id: s\n    title: \"S\\e[31m\"\n    questions:\n      - { id: a, text: \"Evil\\e]0;x\\a?\", recommendation: { title: x, text: y, effort: low } }\n",
    );
    let mut session = Session::new(&q, Answers::default());
    let mut script = Script::new(vec![Pick(QUIT)]);
    intro(&mut script, &session, "answers.yaml").unwrap();
    run(&mut session, &mut script, &mut |_| Ok(())).unwrap();
    assert!(!script.screen.contains('\u{1b}'), "{:?}", script.screen);
    assert!(!script.screen.contains('\u{7}'), "{:?}", script.screen);
}

#[test]
fn the_intro_says_how_many_questions_and_where_answers_go() {
    let q = questionnaire(CONDITIONAL);
    let session = Session::new(&q, Answers::default());
    let mut script = Script::default();
    intro(&mut script, &session, "/tmp/t-answers.yaml").unwrap();
    assert!(script.screen.contains("There are 3 questions, and up to 4 more if they apply to you. Your answers\nare saved after each one, in /tmp/t-answers.yaml.\nYou can stop at any time and carry on later."), "{}", script.screen);
}

#[test]
fn respondent_details_default_the_organisation_and_check_the_email() {
    let mut script = Script::new(vec![
        Enter,
        Type("Sam"),
        Type(""),
        Type("sam at acme"),
        Type("sam@acme.example"),
    ]);
    let r = respondent(&mut script, Some("Acme Ltd"), "2026-11-22".into()).unwrap();
    assert_eq!(r.organisation.as_deref(), Some("Acme Ltd"));
    assert_eq!(r.name.as_deref(), Some("Sam"));
    assert_eq!(r.role, None);
    assert_eq!(r.email.as_deref(), Some("sam@acme.example"));
    assert_eq!(r.date.as_deref(), Some("2026-11-22"));
    assert!(
        script
            .screen
            .contains("! That does not look like an email address."),
        "{}",
        script.screen
    );
}

#[test]
fn resuming_goes_from_gap_to_gap() {
    let mut a = Answers::default();
    for (id, v) in [
        ("staff", Value::Number(10.0)),
        ("devices", Value::Unknown),
        ("training", Value::YesNo(YesNo::No)),
    ] {
        a.answers
            .insert(id.into(), crate::model::answers::Answer::new(v));
    }
    let (_, _, a, script) = walk(a, vec![Pick("No"), Enter, Type("fine"), Enter, Pick(QUIT)]);
    let s = &script.screen;
    assert!(s.contains("Basics · 2 of 5\nCloud?"), "{s}");
    assert!(!s.contains("Which?"), "answered, so not asked again: {s}");
    assert!(s.contains("Team · 5 of 5\nAnything else?"), "{s}");
    assert_eq!(a.value("notes"), &Value::Text("fine".into()));
}
