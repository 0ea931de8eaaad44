//! The answers file of a walk, as an attacker or an accident would treat it
//! (issue 11): two `assess` at once, a file edited under a running walk,
//! answers given to another version, stale temporary files, a save that
//! fails, a file for another questionnaire.

use std::path::Path;
use std::time::{Duration, SystemTime};

use super::pty::{
    KEYS_END, saved_answers, saved_answers_with, spawn, strip_escapes, workdir, yaml,
};

#[test]
fn a_second_assess_on_the_same_file_says_who_holds_it_and_exits_2() {
    let dir = workdir();
    let mut first = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    first.respondent();
    first.answer_line("Type your answer", "3");
    first.exp(KEYS_END);
    let mut second = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    let said = second.eof();
    assert!(
        said.contains("a.yaml is open in another `assure assess`"),
        "{said}"
    );
    assert!(said.contains("(process "), "{said}");
    assert_eq!(second.exit_code(), 2);
    // The first one carries on undisturbed.
    first.press(&["y"]);
    first.exp("✔ Saved: Yes");
    first.quit();
    assert_eq!(saved_answers(dir.path(), "a.yaml").len(), 2);
}

#[test]
fn a_file_edited_during_the_walk_is_noticed_and_nothing_is_lost() {
    let dir = workdir();
    let path = dir.path().join("a.yaml");
    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    p.respondent();
    p.answer_line("Type your answer", "3");
    p.exp(KEYS_END);
    // A hand edit while the walk waits: a note on the first answer.
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replace(
        "staff-count: 3\n",
        "staff-count:\n    answer: 3\n    note: counted by hand\n",
    );
    assert_ne!(text, edited);
    std::fs::write(&path, &edited).unwrap();
    p.press(&["n"]);
    p.exp("a.yaml was changed outside this session");
    super::pty::choose_from(
        &mut p,
        "a.yaml.bak)",
        "Load it again, and add the answers you gave since",
    );
    p.exp("✔ Saved: No");
    p.exp(KEYS_END);
    // Edited again, and this time the session's answers are kept.
    let again = std::fs::read_to_string(&path)
        .unwrap()
        .replace("note: counted by hand", "note: edited twice");
    std::fs::write(&path, &again).unwrap();
    p.press(&["y"]);
    p.exp("was changed outside this session");
    super::pty::choose_from(
        &mut p,
        "a.yaml.bak)",
        "Keep this session's answers (the changed file is kept as a.yaml.bak)",
    );
    p.exp("The changed file is kept as a.yaml.bak");
    p.quit();
    let a = saved_answers(dir.path(), "a.yaml");
    assert_eq!(a["staff-count"], yaml("{answer: 3, note: counted by hand}"));
    assert_eq!(a["uses-it-provider"], yaml("no"));
    assert_eq!(a["security-owner"], yaml("yes"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.yaml.bak")).unwrap(),
        again
    );
}

/// Answers given to version 1.0.0 of sme-baseline, as `assess` wrote them: a
/// question whose wording is unchanged, two whose wording changed, and one
/// whose answer is no longer one of the choices.
const OLD: &str = "questionnaire:
  id: sme-baseline
  version: 1.0.0
  digest: sha256:0000
respondent:
  organisation: Acme Ltd
answers:
  # How many people work in your business, including part-timers?
  staff-count: 4
  # Do you use an IT company?
  uses-it-provider: yes
  # Is someone in charge of security?
  security-owner: yes
  # Before a new supplier gets your data, do you check them?
  supplier-checks: sometimes
";

#[test]
fn resuming_answers_to_another_version_asks_again_what_changed() {
    let dir = workdir();
    let path = dir.path().join("a.yaml");
    std::fs::write(&path, OLD).unwrap();
    first_resume(dir.path(), &path);
    second_resume(dir.path());
    last_resume(dir.path(), &path);
    let a = saved_answers_with(dir.path(), "a.yaml", false);
    assert_eq!(a["staff-count"], yaml("4"));
    assert_eq!(a["security-owner"], yaml("yes"));
}

/// The first resume: what changed is listed in plain words, the file kept as
/// it was, and a changed question asked again with its old answer shown.
fn first_resume(dir: &Path, path: &Path) {
    // A wide terminal.
    let wide = super::pty::Term {
        cols: 200,
        ..Default::default()
    };
    let args = ["sme-baseline", "--answers", "a.yaml", "--resume"];
    let mut p = super::pty::spawn_in(dir, &args, wide, &[]);
    // Lines stop at a readable width however wide the terminal: the text
    // is looked at with its line breaks as spaces.
    let said = strip_escapes(&p.exp("Welcome back"));
    let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        !said.contains("version-differs"),
        "said in plain words: {said}"
    );
    assert!(
        said.contains(
            "These answers were given to version 1.0.0 of the questionnaire; this is version 3.0.0."
        ),
        "{said}"
    );
    assert!(said.contains("Do you pay an outside company to look after your computers, email or network? (you answered: Yes)"), "{said}");
    assert!(
        said.contains(
            "Is one named person in your business responsible for security? (you answered: Yes)"
        ),
        "{said}"
    );
    assert!(
        said.contains("(your answer \"sometimes\" is not one of the choices any more)"),
        "{said}"
    );
    assert!(
        !said.contains("How many people work"),
        "unchanged, so not asked again: {said}"
    );
    assert!(
        said.contains("The file as it was is kept as a.yaml.bak."),
        "{said}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("a.yaml.bak")).unwrap(),
        OLD
    );
    // A changed question is asked again, its old answer shown.
    let first = strip_escapes(&p.exp(KEYS_END));
    let first = first.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(first.contains("Do you pay an outside company"), "{first}");
    assert!(
        first.contains("This question changed since you answered it. Your answer then: Yes"),
        "{first}"
    );
    p.press(&["y"]);
    p.exp("✔ Saved: Yes");
    p.quit();
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text.contains("version: 1.0.0"),
        "not rewritten while answers are left to check: {text}"
    );
    assert!(
        text.starts_with("# Answers to \"Small Business Security Baseline\" (sme-baseline 1.0.0)"),
        "the header says the version the file does: {text}"
    );
    assert!(
        text.contains("# Is someone in charge of security?"),
        "{text}"
    );
}

/// Carried on: only what is still unchecked is listed and asked again.
fn second_resume(dir: &Path) {
    let mut p = spawn(dir, &["sme-baseline", "--answers", "a.yaml", "--resume"]);
    let said = strip_escapes(&p.exp("Welcome back"));
    assert!(said.contains("Is one named person"), "{said}");
    assert!(
        !said.contains("Do you pay an outside company"),
        "answered again already: {said}"
    );
    let shown = strip_escapes(&p.exp("›"));
    assert!(
        shown.contains("What is the name of your IT provider?"),
        "{shown}"
    );
    p.press(&["\u{1b}"]);
    p.exp(KEYS_END);
    p.press(&["s"]);
    let shown = strip_escapes(&p.exp(KEYS_END));
    assert!(
        shown.contains("This question changed since you answered it. Your answer then: Yes"),
        "{shown}"
    );
    p.press(&["y"]);
    p.exp("✔ Saved: Yes");
    p.quit();
}

/// The answer that no longer fits, kept in the file until it is answered
/// again; then the file says 3.0.0.
fn last_resume(dir: &Path, path: &Path) {
    // The answer that no longer fits is still to be asked: quitting keeps it in
    // the file as it was (issue 20, item 10), and the next resume shows it.
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains("version: 1.0.0"), "{text}");
    assert!(text.contains("\n  supplier-checks: sometimes\n"), "{text}");
    let mut p = spawn(dir, &["sme-baseline", "--answers", "a.yaml", "--resume"]);
    let said = strip_escapes(&p.exp("Welcome back"));
    assert!(
        said.contains("(your answer \"sometimes\" is not one of the choices any more)"),
        "{said}"
    );
    assert!(!said.contains("Is one named person"), "{said}");
    // Once it is answered again, the file says 2.0.0: skip to it, pick.
    loop {
        let (shown, typed) = p.next_question();
        if typed {
            p.press(&["\u{1b}"]);
            p.exp(KEYS_END);
        }
        let shown = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        if shown.contains("do you check their security?") {
            break;
        }
        p.press(&["s"]);
    }
    p.press(&["2"]);
    p.exp("✔ Saved");
    p.quit();
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains("version: 3.0.0"), "{text}");
    assert!(text.contains("(sme-baseline 3.0.0)"), "{text}");
    assert!(!text.contains("sometimes"), "{text}");
    let a = saved_answers_with(dir, "a.yaml", false);
    assert_eq!(a["staff-count"], yaml("4"));
    assert_eq!(a["security-owner"], yaml("yes"));
}

/// A consultant's file starts with their notes of the visit; carrying on in
/// the walk keeps them at the top of the file, once, however often it saves,
/// and keeps the file as it was when it has comments that a save drops.
#[test]
fn carrying_on_keeps_the_notes_at_the_top_of_the_file() {
    let dir = workdir();
    let path = dir.path().join("a.yaml");
    let original = std::fs::read_to_string(
        crate::support::root().join("examples/answers/harbour-bakery.yaml"),
    )
    .unwrap();
    std::fs::write(&path, &original).unwrap();
    let notes: Vec<&str> = original
        .lines()
        .take_while(|l| l.starts_with('#'))
        .collect();
    assert_eq!(
        notes.len(),
        10,
        "the example starts with ten lines of notes"
    );
    // Two of its questions are unanswered: one answer in each of two runs,
    // the last one ending at "What next?".
    for run in 0..2 {
        let mut p = spawn(
            dir.path(),
            &["sme-baseline", "--answers", "a.yaml", "--resume"],
        );
        let said = strip_escapes(&p.exp(KEYS_END));
        let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
        // Its section comments ("# Govern") are its own: the first walk keeps
        // the file as it was before writing it anew; the second has no need.
        assert_eq!(
            said.contains(
                "a.yaml has comments of your own among its answers. Each save writes the file anew without them, so the file as it is now is kept as a.yaml.bak."
            ),
            run == 0,
            "{said}"
        );
        p.press(&["d"]);
        p.exp("✔ Saved: I don't know");
        if run == 0 {
            p.quit();
        } else {
            p.exp("What next?");
            p.press(&["q"]);
            let said = p.eof();
            assert_eq!(p.exit_code(), 0, "{said}");
        }
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.yaml.bak")).unwrap(),
        original
    );
    assert!(!dir.path().join("a.yaml.bak.1").exists());
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("# Answers to \"Small Business Security Baseline\""),
        "{text}"
    );
    assert_eq!(lines[2..12], notes[..], "{text}");
    assert_eq!(text.matches(notes[2]).count(), 1, "{text}");
    assert_eq!(lines[12], "questionnaire:", "{text}");
}

#[test]
fn stale_temporary_files_beside_the_answers_file_are_removed() {
    let dir = workdir();
    let old = SystemTime::now() - Duration::from_secs(600);
    let stale = dir.path().join(".assure-Ab12Cd.tmp");
    let fresh = dir.path().join(".assure-Ef34Gh.tmp");
    let other = dir.path().join("notes.tmp");
    for f in [&stale, &fresh, &other] {
        std::fs::write(f, "half a file").unwrap();
    }
    for f in [&stale, &other] {
        std::fs::File::options()
            .write(true)
            .open(f)
            .unwrap()
            .set_modified(old)
            .unwrap();
    }
    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    p.exp("Your business or organisation");
    assert!(!stale.exists(), "left by a killed save: removed");
    assert!(fresh.exists(), "may be a save in progress: kept");
    assert!(other.exists(), "not ours: kept");
    p.ctrl_c();
    p.eof();
}

#[test]
fn respondent_details_survive_a_save_that_fails() {
    let dir = workdir();
    let sub = dir.path().join("d");
    std::fs::create_dir(&sub).unwrap();
    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "d/a.yaml"]);
    p.answer_line("Your business or organisation", "");
    p.exp("Your name");
    // The folder goes away while the details are typed.
    let aside = dir.path().join("aside");
    std::fs::rename(&sub, &aside).unwrap();
    std::fs::write(&sub, "").unwrap();
    p.exp("›");
    p.type_line("Sam Example");
    p.answer_line("Your role", "Owner");
    p.answer_line("Your email address", "");
    p.exp("Your answers could not be saved");
    p.exp("Try again");
    p.exp("Stop here");
    // Put right, then tried again: nothing typed is lost.
    std::fs::remove_file(&sub).unwrap();
    std::fs::rename(&aside, &sub).unwrap();
    p.press(&["t"]);
    p.quit();
    let text = std::fs::read_to_string(sub.join("a.yaml")).unwrap();
    assert!(text.contains("name: Sam Example\n"), "{text}");
    assert!(text.contains("role: Owner\n"), "{text}");
}

#[test]
fn a_file_for_another_questionnaire_gets_help_that_assess_can_follow() {
    let dir = workdir();
    std::fs::write(
        dir.path().join("a.yaml"),
        "questionnaire:\n  id: insurance-readiness\nanswers: {}\n",
    )
    .unwrap();
    let mut p = spawn(
        dir.path(),
        &["sme-baseline", "--answers", "a.yaml", "--resume"],
    );
    let said = p.eof();
    assert!(
        said.contains("these answers are for `insurance-readiness`"),
        "{said}"
    );
    assert!(
        said.contains("assure assess QUESTIONNAIRE --answers a.yaml --resume"),
        "{said}"
    );
    assert!(!said.contains("`-q"), "assess takes no -q: {said}");
    assert_eq!(p.exit_code(), 2);
}

/// Last year's answers (Harbour Bakery, `sme-baseline` 2.0.0): the walk
/// carries on from them, says in plain words which answers no longer fit
/// (no compiler-style warnings), offers those questions again, and quitting
/// keeps every answer set aside in the file.
#[test]
fn resuming_last_years_file_offers_again_what_was_set_aside() {
    let dir = workdir();
    let path = dir.path().join("b.yaml");
    let old = crate::support::root().join("tests/fixtures/compat/harbour-bakery-2.0.0.yaml");
    std::fs::copy(&old, &path).unwrap();
    let wide = super::pty::Term {
        cols: 200,
        ..Default::default()
    };
    let args = ["sme-baseline", "--answers", "b.yaml", "--resume"];
    let mut p = super::pty::spawn_in(dir.path(), &args, wide, &[]);
    let said = strip_escapes(&p.exp("The file as it was is kept as b.yaml.bak."));
    assert!(!said.contains("set-aside"), "said in plain words: {said}");
    // Lines stop at 88 columns however wide the terminal: read them as one.
    let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        said.contains(
            "These answers were given to version 2.0.0 of the questionnaire; this is version 3.0.0."
        ),
        "{said}"
    );
    assert!(
        said.contains("Do all work devices lock by themselves, and stop anyone who keeps guessing the PIN or password? (your answer \"no\" is not one of the choices any more)"),
        "{said}"
    );
    for id in ["email-warnings", "patch-exceptions", "incident-contacts"] {
        assert!(
            said.contains(&format!(
                "The question {id} (no longer asked; your answer was \"no\")"
            )),
            "{said}"
        );
    }
    p.quit();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("version: 2.0.0"), "{text}");
    for kept in [
        "\n  browser-hardening: no\n",
        "\n  email-warnings: no\n",
        "\n  cloud-services: [microsoft-365, accounting, online-banking, website, business-apps]\n",
    ] {
        assert!(text.contains(kept), "{kept} lost:\n{text}");
    }
}
