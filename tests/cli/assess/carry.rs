//! `assess --from` (issue 12): answers carried from earlier files are shown
//! after the other questions, kept with Enter or changed; the file keeps
//! `from:` only for those kept as they were; a stop and a resume lose nothing.

use std::path::Path;

use super::pty::{Pty, Term, saved_answers, spawn_in, strip_escapes, workdir, yaml};

/// Wide enough for each message to stand on one line.
const WIDE: Term = Term {
    cols: 220,
    rows: 50,
    colour: false,
};

/// A date `days` days before today, as the walk sees it.
fn days_ago(days: i64) -> String {
    let today = jiff::Zoned::now().date();
    today
        .checked_sub(jiff::Span::new().days(days))
        .unwrap()
        .to_string()
}

/// Skips every question until the first carried answer is shown; returns its
/// screen.
fn skip_to_last_time(p: &mut Pty) -> String {
    loop {
        let (shown, typed) = p.next_question();
        if shown.contains("Last time (") {
            return shown;
        }
        p.skip(typed);
    }
}

#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn carried_answers_are_kept_or_changed_and_a_stop_loses_nothing() {
    let dir = workdir();
    let recent = days_ago(30);
    earlier_files(dir.path(), &recent);
    first_walk(dir.path(), &recent);
    // Kept answers keep from:, the changed one loses it, the ones not looked
    // at are not in the file yet.
    let a = saved_answers(dir.path(), "new.yaml");
    let from = yaml(&format!("{{ file: old.yaml, date: {recent} }}"));
    assert_eq!(a["staff-count"]["answer"], yaml("6"));
    assert_eq!(a["staff-count"]["from"], from);
    assert_eq!(a["uses-it-provider"]["from"], from);
    assert_eq!(a["security-owner"], yaml("no"));
    assert!(a.get("written-policy").is_none(), "not looked at yet");
    assert_eq!(a.len(), 3);
    resumed_walk(dir.path(), &recent);
}

/// Two earlier files: last month's, and one from 2020 that a newer answer
/// overrides in part.
fn earlier_files(dir: &Path, recent: &str) {
    std::fs::write(
        dir.join("old.yaml"),
        format!(
            "questionnaire: {{ id: sme-baseline }}\nrespondent: {{ organisation: Harbour Bakery, date: {recent} }}\nanswers:\n  staff-count: 6\n  uses-it-provider: no\n  security-owner: yes\n  written-policy: no\n  risk-review: no\n  cyber-insurance: add-on\n"
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("older.yaml"),
        "questionnaire: { id: sme-baseline }\nrespondent: { date: 2020-01-01 }\nanswers:\n  cyber-insurance: none\n  supplier-checks: never\n",
    )
    .unwrap();
}

/// The first walk: carried answers after the others; two kept with Enter (a
/// typed answer and a choice), one changed, then Ctrl-C.
fn first_walk(dir: &Path, recent: &str) {
    let args = [
        "sme-baseline",
        "--answers",
        "new.yaml",
        "--from",
        "old.yaml",
        "older.yaml",
    ];
    let mut p = spawn_in(dir, &args, WIDE, &[]);
    let said = strip_escapes(&p.exp("Your business or organisation"));
    // Lines stop at a readable width: the text with its breaks as spaces.
    let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        said.contains(&format!("From your earlier answers in old.yaml ({recent}), older.yaml (2020-01-01): 7 questions are answered already.")),
        "{said}"
    );
    assert!(
        said.contains("You answer the 62 other questions first"),
        "{said}"
    );
    // The organisation comes from the newest earlier file.
    p.exp("› Harbour Bakery");
    p.type_line("");
    p.answer_line("Your name", "Maria");
    p.answer_line("Your role", "");
    p.answer_line("Your email address", "");
    // The others first, then the carried answers, in questionnaire order.
    let first = skip_to_last_time(&mut p);
    assert!(first.contains("How many people work"), "{first}");
    assert!(
        first.contains(&format!("Last time ({recent}): 6 people")),
        "{first}"
    );
    assert!(!first.contains("a while ago"), "{first}");
    p.type_line("");
    p.exp("✔ Kept: 6 people");
    let (shown, _) = p.next_question();
    assert!(
        shown.contains("Last time") && shown.contains("Press Enter to keep it"),
        "{shown}"
    );
    p.press(&["\r"]);
    p.exp("✔ Kept: No");
    p.next_question();
    p.press(&["n"]);
    p.exp("✔ Saved: No");
    p.next_question();
    p.ctrl_c();
    let said = p.eof();
    assert!(
        said.contains("--resume --from old.yaml older.yaml"),
        "{said}"
    );
}

/// Resumed with the same files: only what was not looked at is offered, and
/// the newer file wins where both answer.
fn resumed_walk(dir: &Path, recent: &str) {
    let args = [
        "sme-baseline",
        "--answers",
        "new.yaml",
        "--resume",
        "--from",
        "old.yaml",
        "older.yaml",
    ];
    let mut p = spawn_in(dir, &args, WIDE, &[]);
    p.exp("Welcome back. You have answered 3 of");
    let said = strip_escapes(&p.exp("answered already"));
    let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(said.contains("4 questions are"), "{said}");
    for _ in 0..2 {
        let shown = skip_to_last_time(&mut p);
        assert!(!shown.contains("How many people"), "{shown}");
        p.press(&["\r"]);
        p.exp("✔ Kept: ");
    }
    // The supplier checks come from 2020 and deserve a fresh look.
    let shown = skip_to_last_time(&mut p);
    assert!(shown.contains("Before a new supplier"), "{shown}");
    assert!(
        shown.contains("Last time (2020-01-01): No, we don't check"),
        "{shown}"
    );
    assert!(
        shown.contains("That was a while ago: check it is still true."),
        "{shown}"
    );
    p.press(&["\r"]);
    p.exp("✔ Kept: ");
    // The cover: both files answer it, and the newer one wins.
    let shown = skip_to_last_time(&mut p);
    assert!(
        shown.contains(&format!("Last time ({recent}): Only some cyber cover")),
        "{shown}"
    );
    p.press(&["\r"]);
    p.exp("✔ Kept: ");
    p.exp("What next?");
    p.press(&["q"]);
    p.eof();
    let a = saved_answers(dir, "new.yaml");
    let from = yaml(&format!("{{ file: old.yaml, date: {recent} }}"));
    assert_eq!(a["written-policy"]["from"], from);
    assert_eq!(
        a["cyber-insurance"]["answer"],
        yaml("add-on"),
        "the newest file wins"
    );
    assert_eq!(
        a["supplier-checks"]["from"],
        yaml("{ file: older.yaml, date: 2020-01-01 }")
    );
}
