//! The rest, by hand: `assess DRAFT --answers FILE --resume` asks only the
//! questions `answer` left; answers given there go into the customer's file
//! on the next run, exactly; a wrong match rejected is not used again, and a
//! match confirmed is exact next time.

use std::path::Path;

use crate::support::{assure, root};

fn answer(dir: &Path, extra: &[&str], from: &[String]) -> crate::support::Output {
    let mut args = vec![
        "answer".to_owned(),
        "northwind.xlsx".into(),
        "--links".into(),
        "links.yaml".into(),
    ];
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    args.push("--from".into());
    args.extend(from.iter().map(|f| root().join(f).display().to_string()));
    assure(&args).current_dir(dir).status(1).run()
}

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("tests/fixtures/answer/customers/northwind.xlsx"),
        dir.path().join("northwind.xlsx"),
    )
    .unwrap();
    dir
}

#[cfg(unix)] // a pseudo-terminal (rexpect)
#[test]
fn the_walk_asks_only_the_questions_left() {
    let dir = setup();
    answer(dir.path(), &[], &super::accuracy::from("strong")).stdout_has(
        "assure assess northwind-questionnaire.yaml --answers northwind-answers.yaml --resume",
    );
    let cmd = assure([
        "assess",
        "northwind-questionnaire.yaml",
        "--answers",
        "northwind-answers.yaml",
        "--resume",
    ])
    .current_dir(dir.path())
    .env("TERM", "xterm-256color")
    .command();
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    // 1.1 and 1.2 were answered; 1.3 is the first question left.
    p.exp_string("reviewed and approved by management").unwrap();
    p.send("q").unwrap();
    p.flush().unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn answers_given_by_hand_are_written_next_time_and_links_are_kept() {
    let dir = setup();
    let d = dir.path();
    let strong = super::accuracy::from("strong");
    answer(d, &[], &strong);
    // What the walk would write: 1.3 answered by the person.
    let answers = std::fs::read_to_string(d.join("northwind-answers.yaml")).unwrap();
    let answers = answers.replace("answers:\n", "answers:\n  1-3: \"yes\"\n");
    std::fs::write(d.join("mine.yaml"), answers).unwrap();
    let mut from = strong.clone();
    from.push(d.join("mine.yaml").display().to_string());
    let out = answer(d, &["-o", "again.xlsx"], &from);
    out.stdout_has("the same question, in the same words, answered in mine.yaml");
    // A wrong match rejected is never used again, from the run that rejects
    // it on; one confirmed is exact.
    answer(
        d,
        &["-o", "third.xlsx", "--reject", "3.6", "--confirm", "3.1"],
        &strong,
    )
    .stdout_has("the links file keeps it from your answers")
    .stdout_has("linked by you to sme-baseline/mfa-email");
    let links = std::fs::read_to_string(d.join("links.yaml")).unwrap();
    assert!(
        links.contains("not: [sme-baseline/password-manager]"),
        "{links}"
    );
    assert!(links.contains("answer: sme-baseline/mfa-email"), "{links}");
    let out = answer(d, &["-o", "fourth.xlsx"], &strong);
    out.stdout_has("the links file keeps it from your answers")
        .stdout_has("linked by you to sme-baseline/mfa-email");
}
