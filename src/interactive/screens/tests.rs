//! The walk driven by a script: no terminal.

use super::*;
use crate::interactive::prompt::{Script, Step};
use crate::model::YesNo;
use crate::model::answers::{Answer, Answers, Value};
use crate::test::{CONDITIONAL, questionnaire};
use Step::{Enter, Esc, Key, Pick, Tick, Type};

/// Runs the walk on `CONDITIONAL` from `answers`; returns the outcome (or
/// error), every saved state, the final answers and the screen.
fn walk(answers: Answers, steps: Vec<Step>) -> (Result<Outcome>, Vec<Answers>, Answers, Script) {
    let q = questionnaire(CONDITIONAL);
    let mut session = Session::new(&q, answers);
    let mut script = Script::new(steps);
    let mut saves = Vec::new();
    let outcome = run(&mut session, &mut script, &mut |s, _| {
        saves.push(s.answers().clone());
        Ok(())
    });
    assert!(script.is_done(), "steps left over\n{}", script.screen);
    let last = session.answers().clone();
    (outcome, saves, last, script)
}

fn yes() -> Value {
    Value::YesNo(YesNo::Yes)
}

fn with(answers: &[(&str, Value)]) -> Answers {
    let mut a = Answers::default();
    for (id, v) in answers {
        a.answers.insert((*id).into(), Answer::new(v.clone()));
    }
    a
}

#[test]
fn a_full_walk_with_every_kind_of_answer() {
    let (outcome, saves, a, script) = walk(
        Answers::default(),
        vec![
            Type("12"),
            Key('e'),
            Key('a'),
            Type("We use Microsoft 365"),
            Key('y'),
            Key('-'),
            Key('?'),
            Tick(vec!["Laptops", "Phones"]),
            Key('n'),
            Type("All good"),
            Key('r'),
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
    // Saved after the note and after every one of the 7 answers, each save
    // holding everything before it.
    let counts: Vec<usize> = saves.iter().map(|s| s.answers.len()).collect();
    assert_eq!(counts, [1, 2, 2, 3, 4, 5, 6, 7]);
    let s = &script.screen;
    assert!(s.contains("What this means:\nOnline services such as Microsoft 365:\n\n• email\n• files\n\nWhy it matters:\nCloud accounts are a common way in."), "{s}");
    assert!(
        s.contains(
            "Basics\n░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 0 answered, up to 7 to go\nHow many?"
        ),
        "{s}"
    );
    assert!(s.contains("1 answered, up to 6 to go\nCloud?"), "{s}");
    assert!(s.contains("2 answered, 5 to go\nCloud MFA?"), "{s}");
    assert!(s.contains("5 answered, 2 to go\nTraining?"), "{s}");
    assert!(s.contains("✔ Note saved."), "{s}");
    assert!(s.contains("✔ Saved: Not applicable"), "{s}");
    assert!(s.contains("│ All sections"), "{s}");
}

#[test]
fn every_question_shows_the_same_keys_in_the_same_order() {
    let (_, _, _, script) = walk(Answers::default(), vec![Type("2"), Key('q')]);
    let s = &script.screen;
    assert!(
        s.contains("> y  Yes\n  n  No\n  ?/d  I don't know\n[e explain · a add a note · b back · s skip · q save and quit]"),
        "{s}"
    );
    // No line to pick that is not an answer: the actions are keys.
    assert!(!s.contains("──"), "{s}");
}

#[test]
fn the_first_question_has_nothing_before_it_and_i_dont_know_only_where_allowed() {
    let a = with(&[
        ("staff", Value::Number(10.0)),
        ("cloud", Value::Unknown),
        ("devices", Value::Unknown),
    ]);
    let (outcome, _, _, script) = walk(a, vec![Key('q')]);
    assert_eq!(outcome.unwrap(), Outcome::Quit);
    let training = &script.screen;
    assert!(training.contains("Training?"), "{training}");
    assert!(!training.contains(DONT_KNOW), "{training}");
    assert!(!training.contains(NOT_APPLICABLE), "{training}");

    let (_, _, _, script) = walk(Answers::default(), vec![Esc, Key('b'), Esc, Key('q')]);
    assert!(
        script
            .screen
            .contains("This is the first question: there is none before it."),
        "{}",
        script.screen
    );
}

#[test]
fn going_back_and_changing_an_answer_hides_and_brings_back_questions() {
    let (outcome, saves, a, script) = walk(
        Answers::default(),
        vec![
            Type("2"),
            Key('y'),
            Key('-'),
            // At cloud-backup: back twice, to `cloud`, and say no.
            Key('b'),
            Key('b'),
            Key('n'),
            // Now `devices` is next; go back and say yes again.
            Key('b'),
            Key('y'),
            // cloud-mfa is back, with its earlier answer as the default.
            Key('s'),
            Key('q'),
        ],
    );
    assert_eq!(outcome.unwrap(), Outcome::Quit);
    let s = &script.screen;
    assert!(s.contains("This answer hides 1 follow-up question you had answered:\n  • Cloud MFA?\nTheir answers stay in the file but do not count. They come back if you\nchange this answer back."), "{s}");
    assert!(s.contains("This answer brings back 1 follow-up question, with the answers you gave\nbefore:\n  • Cloud MFA?"), "{s}");
    let last_mfa = s.rfind("Cloud MFA?\nYour answer so far").unwrap();
    assert!(
        s[last_mfa..].contains("Your answer so far: Not applicable\n\n  y  Yes\n  n  No\n  ?/d  I don't know\n> -  Not applicable"),
        "{s}"
    );
    assert_eq!(a.value("cloud-mfa"), &Value::Na);
    // While `cloud` was no, the file still held the hidden answer.
    assert!(saves.iter().any(
        |s| s.value("cloud") == &Value::YesNo(YesNo::No) && s.value("cloud-mfa") == &Value::Na
    ));
}

#[test]
fn skipped_questions_are_offered_again_from_the_review() {
    let (outcome, _, a, script) = walk(
        Answers::default(),
        vec![
            Esc,
            Key('s'),
            Key('n'),
            Tick(vec!["None of these"]),
            Pick("Answer the 1 question now"),
            Type("3"),
            Key('r'),
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
    let a = with(&[
        ("staff", Value::Number(1.0)),
        ("cloud", Value::Unknown),
        ("devices", Value::Unknown),
    ]);
    let (outcome, _, a, script) = walk(a, vec![Key('c'), Pick("2. Cloud?"), Key('y'), Key('r')]);
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
fn multi_select_refuses_an_exclusive_option_with_others_and_nothing_ticked() {
    let (_, _, a, script) = walk(
        Answers::default(),
        vec![
            Type("1"),
            Key('n'),
            Tick(vec!["Laptops", "None of these"]),
            Tick(vec![]),
            Key('?'),
            Key('q'),
        ],
    );
    let s = &script.screen;
    assert!(
        s.contains("\"None of these\" cannot go with other answers."),
        "{s}"
    );
    // The second time, the ticks were kept.
    assert!(
        s.contains("[x] 1  Laptops\n[ ] 2  Phones\n[x] 3  None of these"),
        "{s}"
    );
    assert!(s.contains("Tick at least one answer"), "{s}");
    assert_eq!(a.value("devices"), &Value::Unknown);
}

#[test]
fn numbers_are_checked_and_esc_or_an_empty_line_offers_other_choices() {
    let (_, _, a, script) = walk(
        Answers::default(),
        vec![
            Type("twelve"),
            Type("0"),
            Type(""),
            Pick(TYPE_IT),
            Type("501"),
            Esc,
            Key('t'),
            Type("7"),
            Key('q'),
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
        vec![Type("3"), Key('a'), Type("a note"), Key('y')],
    );
    let err = outcome.unwrap_err();
    assert!(crate::interactive::interrupt::is_interrupt(&err), "{err:#}");
    let last = saves.last().unwrap();
    assert_eq!(last.value("staff"), &Value::Number(3.0));
    assert_eq!(last.value("cloud"), &yes());
    assert_eq!(last.get("cloud").unwrap().note.as_deref(), Some("a note"));
}

#[test]
fn notes_are_asked_for_not_after_every_answer_and_can_be_kept_or_removed() {
    let (_, _, _, script) = walk(Answers::default(), vec![Type("4"), Key('y'), Key('q')]);
    assert!(!script.screen.contains("note ["), "{}", script.screen);

    let mut old = Answer::new(Value::Number(4.0));
    old.note = Some("old\nnote".into());
    let mut a = Answers::default();
    a.answers.insert("staff".into(), old);
    let (_, saves, a, script) = walk(a, vec![Key('b'), Esc, Key('a'), Enter, Esc, Key('q')]);
    assert!(
        script.screen.contains("Your note: old note\n"),
        "{}",
        script.screen
    );
    assert!(
        script.screen.contains(
            "? Your note (Enter saves it, Esc cancels; delete it all to remove it) [old note]"
        ),
        "{}",
        script.screen
    );
    assert_eq!(a.get("staff").unwrap().note.as_deref(), Some("old\nnote"));
    assert_eq!(saves.len(), 1, "unchanged, so saved only on quit");
    let (_, _, a, _) = walk(a, vec![Key('b'), Esc, Key('a'), Type(""), Esc, Key('q')]);
    assert_eq!(a.get("staff").unwrap().note, None, "emptied, so removed");
}

#[test]
fn hostile_question_text_never_reaches_the_terminal_raw() {
    let q = questionnaire(
        "id: t\ntitle: \"T\\e[2J\"\nversion: 1.0.0\nsections:\n  - id: s\n    title: \"S\\e[31m\"\n    questions:\n      - { id: a, text: \"Evil\\e]0;x\\a?\", recommendation: { title: x, text: y, effort: low } }\n",
    );
    let mut session = Session::new(&q, Answers::default());
    let mut script = Script::new(vec![Key('q')]);
    intro(&mut script, &session, "answers.yaml").unwrap();
    run(&mut session, &mut script, &mut |_, _| Ok(())).unwrap();
    assert!(!script.screen.contains('\u{1b}'), "{:?}", script.screen);
    assert!(!script.screen.contains('\u{7}'), "{:?}", script.screen);
}

#[test]
fn the_intro_says_how_many_questions_where_answers_go_and_the_keys() {
    let q = questionnaire(CONDITIONAL);
    let session = Session::new(&q, Answers::default());
    let mut script = Script::default();
    intro(&mut script, &session, "/tmp/t-answers.yaml").unwrap();
    assert!(script.screen.contains("There are 3 questions, and up to 4 more if they apply to you. Your answers\nare saved after each one, in:\n    /tmp/t-answers.yaml\nYou can stop at any time and carry on later."), "{}", script.screen);
    assert!(
        script.screen.contains("How to answer: press the key shown"),
        "{}",
        script.screen
    );
}

#[test]
fn text_is_laid_out_to_the_width_without_cutting() {
    let q = questionnaire(&CONDITIONAL.replace(
        "text: Cloud?",
        "text: Do you use online services such as Microsoft 365, Google Workspace or a well-known accounting-package?",
    ));
    let a = with(&[("staff", Value::Number(2.0))]);
    for width in [30, 60, 120] {
        let mut session = Session::new(&q, a.clone());
        let mut script = Script::new(vec![Key('q')]);
        script.width = width;
        run(&mut session, &mut script, &mut |_, _| Ok(())).unwrap();
        let s = &script.screen;
        assert!(!s.contains('…'), "{s}");
        // The script records the keys under a list on one line, as "[...]".
        let laid_out = s.lines().filter(|l| !l.starts_with('['));
        assert!(
            laid_out.into_iter().all(|l| l.chars().count() <= width),
            "{width}: {s}"
        );
        assert!(
            s.contains("accounting-package?"),
            "never broken at a hyphen: {s}"
        );
    }
}

#[test]
fn resuming_goes_from_gap_to_gap() {
    let a = with(&[
        ("staff", Value::Number(10.0)),
        ("devices", Value::Unknown),
        ("training", Value::YesNo(YesNo::No)),
    ]);
    let (_, _, a, script) = walk(a, vec![Key('n'), Type("fine"), Key('q')]);
    let s = &script.screen;
    assert!(s.contains("3 answered, up to 4 to go\nCloud?"), "{s}");
    assert!(!s.contains("Which?"), "answered, so not asked again: {s}");
    assert!(s.contains("Anything else?"), "{s}");
    assert_eq!(a.value("notes"), &Value::Text("fine".into()));
}

#[test]
fn a_skip_is_seen_and_d_answers_i_dont_know() {
    let (_, _, a, script) = walk(
        Answers::default(),
        vec![Type("2"), Key('s'), Key('d'), Key('q')],
    );
    let s = &script.screen;
    assert!(
        s.contains("↷ Skipped for now: Cloud?\nIt stays unanswered; the summary at the end offers it again."),
        "{s}"
    );
    assert_eq!(a.value("cloud"), &Value::Unanswered);
    assert_eq!(a.value("devices"), &Value::Unknown, "d is \"I don't know\"");
}

#[test]
fn the_rating_is_so_far_only_while_questions_are_left() {
    let mut all = vec![
        ("staff", Value::Number(2.0)),
        ("cloud", Value::YesNo(YesNo::No)),
    ];
    let (_, _, _, script) = walk(with(&all), vec![Key('s'), Pick("Save and quit")]);
    assert!(
        script.screen.contains("Rating so far: "),
        "{}",
        script.screen
    );
    all.push(("devices", Value::Multi(vec!["laptops".into()])));
    let (_, _, _, script) = walk(with(&all), vec![Pick("Save and quit")]);
    let s = &script.screen;
    assert!(s.contains("You have answered every question."), "{s}");
    assert!(
        s.contains("\nRating: ") && !s.contains("Rating so far"),
        "{s}"
    );
}

#[test]
fn last_years_note_is_shown_when_its_question_is_asked_again() {
    let q = questionnaire(CONDITIONAL);
    let mut session = Session::new(&q, Answers::default());
    session.last_note(
        "staff",
        Some("2025-11-10".into()),
        "I don't know".into(),
        "Ask Dan".into(),
    );
    let mut script = Script::new(vec![Esc, Key('q')]);
    let mut screen_save = |_: &mut Session<'_>, _: &mut dyn Prompter| Ok(());
    run(&mut session, &mut script, &mut screen_save).unwrap();
    assert!(
        script
            .screen
            .contains("How many?\nLast time (2025-11-10) you answered: I don't know. Your note then: Ask Dan\n"),
        "{}",
        script.screen
    );
}

#[test]
fn important_questions_not_met_and_not_known_are_counted_apart() {
    let q = questionnaire(
        r#"
id: t
title: T
version: 1.0.0
sections:
  - id: s
    title: S
    questions:
      - { id: a, text: Alpha?, important: true, recommendation: { title: x, text: y, effort: low } }
      - { id: b, text: Beta?, important: true, recommendation: { title: x, text: y, effort: low } }
      - { id: c, text: Gamma?, important: true, recommendation: { title: x, text: y, effort: low } }
      - { id: d, text: Delta?, recommendation: { title: x, text: y, effort: low } }
"#,
    );
    let answers = with(&[
        ("a", Value::YesNo(YesNo::No)),
        ("b", Value::Unknown),
        ("c", yes()),
        ("d", yes()),
    ]);
    let a = crate::score::assess(&q, &answers);
    let mut text = String::new();
    review::holding(&mut text, &a);
    assert!(
        text.contains("1 important question is not met and 1 is not known, and that holds"),
        "{text}"
    );
    assert!(
        text.contains("\n  • Alpha?\n  • Beta? (not known)"),
        "{text}"
    );
    assert!(!text.contains("not in place"), "{text}");
}
