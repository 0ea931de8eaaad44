//! The walk's keys and words of issue 23: `d` for "I don't know" (no Shift),
//! a skip that is seen, a note prompt that says how to finish and cancel,
//! changing an answer by its number, "Rating" once everything is answered, a
//! count that never jumps up, lines that stop at a readable width, and what
//! `--from` brings from last year (who answered, and the notes of answers it
//! does not carry).

use super::pty::{KEYS_END, Term, spawn, spawn_in, strip_escapes, workdir};

/// Three questions; the third asked only when the second is yes.
const Q: &str = r#"
id: small-check
title: Small check
version: 1.0.0
sections:
  - id: s
    title: Basics
    questions:
      - id: mfa
        text: Do all staff need a second step to sign in to email?
        critical: true
        recommendation: { title: Turn it on, text: Do it., effort: low }
      - id: backup
        text: Do you keep a backup offline?
        recommendation: { title: Keep one offline, text: Do it., effort: low }
      - id: backup-test
        text: Have you tested getting data back from it?
        when: { question: backup, equals: yes }
        recommendation: { title: Test it, text: Do it., effort: low }
"#;

fn small() -> tempfile::TempDir {
    let dir = workdir();
    std::fs::write(dir.path().join("q.yaml"), Q).unwrap();
    dir
}

const ARGS: [&str; 3] = ["q.yaml", "--answers", "a.yaml"];

#[test]
fn d_answers_i_dont_know_a_skip_is_seen_and_the_count_never_jumps_up() {
    let dir = small();
    let mut p = spawn(dir.path(), &ARGS);
    p.respondent();
    let first = strip_escapes(&p.exp(KEYS_END));
    // The follow-up is counted from the start, as "up to".
    assert!(first.contains("0 answered, up to 3 to go"), "{first}");
    assert!(first.contains("?/d  I don't know"), "{first}");
    p.press(&["d"]);
    p.exp("✔ Saved: I don't know");
    let second = strip_escapes(&p.exp(KEYS_END));
    assert!(second.contains("1 answered, up to 2 to go"), "{second}");
    p.press(&["s"]);
    let skipped = strip_escapes(&p.exp("offers it again."));
    assert!(
        skipped.contains("↷ Skipped for now: Do you keep a backup offline?"),
        "{skipped}"
    );
    // Nothing left but the skipped one: the summary, "so far".
    let review = strip_escapes(&p.exp("What next?"));
    assert!(review.contains("Rating so far: "), "{review}");
    assert!(
        review.contains("1 must-have is not known, and that holds the rating down:"),
        "{review}"
    );
    p.press(&["q"]);
    p.eof();
    let a = std::fs::read_to_string(dir.path().join("a.yaml")).unwrap();
    assert!(a.contains("  mfa: unknown\n"), "{a}");
    assert!(!a.contains("  backup:"), "{a}");
}

#[test]
fn the_note_prompt_says_how_to_finish_and_esc_cancels_it() {
    let dir = small();
    let mut p = spawn(dir.path(), &ARGS);
    p.respondent();
    p.exp(KEYS_END);
    p.press(&["a"]);
    p.exp("Your note (Enter saves it, Esc cancels)");
    p.press(&["x", "\u{1b}"]);
    // Back at the same question, nothing saved.
    p.exp(KEYS_END);
    p.press(&["a"]);
    p.exp("Your note (Enter saves it, Esc cancels)");
    p.type_line("Ask Dan");
    p.exp("✔ Note saved.");
    p.exp(KEYS_END);
    p.press(&["q"]);
    p.eof();
    let a = std::fs::read_to_string(dir.path().join("a.yaml")).unwrap();
    assert!(a.contains("note: Ask Dan"), "{a}");
    assert!(!a.contains("note: x"), "{a}");
}

#[test]
fn an_answer_is_changed_by_its_number_and_the_rating_is_final_when_all_are_answered() {
    let dir = small();
    let mut p = spawn(dir.path(), &ARGS);
    p.respondent();
    for key in ["y", "y", "y"] {
        p.exp(KEYS_END);
        p.press(&[key]);
        p.exp("✔ Saved: Yes");
    }
    let review = strip_escapes(&p.exp("What next?"));
    assert!(
        review.contains("You have answered every question."),
        "{review}"
    );
    assert!(review.contains("\nRating: Strong"), "{review}");
    assert!(!review.contains("so far"), "{review}");
    p.press(&["c"]);
    p.exp("Type its number");
    // 2 goes to "2. Do you keep a backup offline?"; Enter asks it again.
    p.press(&["2"]);
    p.exp("Press Enter to choose it");
    p.press(&["\r"]);
    let asked = strip_escapes(&p.exp(KEYS_END));
    assert!(asked.contains("Do you keep a backup offline?"), "{asked}");
    p.press(&["n"]);
    p.exp("This answer hides 1 follow-up question you had answered");
    let review = strip_escapes(&p.exp("What next?"));
    assert!(review.contains("Rating: "), "{review}");
    p.press(&["q"]);
    p.eof();
    let a = std::fs::read_to_string(dir.path().join("a.yaml")).unwrap();
    assert!(a.contains("  backup: no\n"), "{a}");
}

#[test]
fn lines_stop_at_a_readable_width_on_a_wide_terminal() {
    let dir = workdir();
    let wide = Term {
        cols: 200,
        ..Term::default()
    };
    let mut p = spawn_in(
        dir.path(),
        &["sme-baseline", "--answers", "a.yaml"],
        wide,
        &[],
    );
    p.respondent();
    // The first question is one to type: its line, then its choices.
    let shown = strip_escapes(&p.exp("›"));
    p.press(&["\u{1b}"]);
    let shown = format!("{shown}{}", strip_escapes(&p.exp(KEYS_END)));
    let longest = shown.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(longest <= 88, "{longest} columns:\n{shown}");
    assert!(longest > 60, "the text still uses the room: {shown}");
    p.press(&["q"]);
    p.eof();
}

#[test]
fn from_last_year_brings_who_answered_and_the_notes_of_answers_not_carried() {
    let dir = small();
    std::fs::write(
        dir.path().join("last-year.yaml"),
        "questionnaire: { id: small-check }\nrespondent:\n  organisation: Harbour Bakery\n  name: Maria Costa\n  role: Owner\n  email: maria@bakery.example\n  date: 2025-11-10\nanswers:\n  mfa:\n    answer: unknown\n    note: Ask Dan about the TeamViewer login\n  backup: yes\n",
    )
    .unwrap();
    let args = ["q.yaml", "--answers", "a.yaml", "--from", "last-year.yaml"];
    let mut p = spawn(dir.path(), &args);
    // Each detail starts as last year's: Enter keeps it.
    for (prompt, was) in [
        ("Your business or organisation", "Harbour Bakery"),
        ("Your name", "Maria Costa"),
        ("Your role", "Owner"),
        ("Your email address", "maria@bakery.example"),
    ] {
        p.exp(prompt);
        let line = strip_escapes(&p.exp("\r"));
        assert!(line.contains(was), "{prompt}: {line}");
        p.press(&["\r"]);
    }
    let first = strip_escapes(&p.exp(KEYS_END));
    let first = first.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        first.contains("Last time (2025-11-10) you answered: I don't know. Your note then: Ask Dan about the TeamViewer login"),
        "{first}"
    );
    p.press(&["y"]);
    p.exp("✔ Saved: Yes");
    p.exp(KEYS_END);
    p.press(&["q"]);
    p.eof();
    let a = std::fs::read_to_string(dir.path().join("a.yaml")).unwrap();
    for detail in [
        "organisation: Harbour Bakery",
        "name: Maria Costa",
        "role: Owner",
        "email: maria@bakery.example",
    ] {
        assert!(a.contains(detail), "{detail}\n{a}");
    }
}
