//! `assure` with no command: the start menu in a terminal (dialoguer), which
//! leads into the real commands; and the help, as before, without one.

use super::pty::{Pty, Term, spawn_assure, strip_escapes, workdir};
use crate::support::assure;

const DOWN: &str = "\u{1b}[B";
const ESC: &str = "\u{1b}";
const CTRL_C: &str = "\u{3}";

fn menu(dir: &std::path::Path, term: Term, env: &[(&str, &str)]) -> Pty {
    let mut p = spawn_assure(dir, &[], term, env);
    p.exp("What would you like to do?");
    p.exp("Quit");
    p
}

#[test]
fn a_questionnaire_found_by_typing_part_of_its_name_opens_the_walk() {
    let dir = workdir();
    let mut p = menu(dir.path(), Term::default(), &[]);
    // Nothing to carry on here: the first line is the default.
    p.press(&["\r"]);
    p.exp("Which questionnaire? Type part of its name");
    p.exp("sme-baseline · Small Business Security Baseline (");
    p.p.send("insur").unwrap();
    p.p.flush().unwrap();
    p.exp("❯ insurance-readiness · Cyber Insurance Readiness");
    p.press(&["\r"]);
    p.exp("Running: assure assess insurance-readiness");
    p.exp("Cyber Insurance Readiness");
    p.exp("insurance-readiness-answers.yaml");
    p.exp("Your business or organisation");
    p.press(&[CTRL_C]);
    let said = p.eof();
    assert!(said.contains("Stopped."), "{said}");
    assert_eq!(p.exit_code(), 1);
}

#[test]
fn an_unfinished_answers_file_is_offered_first_and_carried_on() {
    let dir = workdir();
    assure(["template", "critical-controls", "-o", "acme-answers.yaml"])
        .current_dir(dir.path())
        .run();
    let mut p = spawn_assure(dir.path(), &[], Term::default(), &[]);
    let screen = strip_escapes(&p.exp("Carry on where I stopped (1 file here)"));
    // The pointer starts on it.
    assert!(screen.ends_with("❯ "), "{screen}");
    p.exp("Quit");
    p.press(&["\r"]);
    p.exp("acme-answers.yaml · 0 of ");
    p.exp(" answered · saved ");
    p.press(&["\r"]);
    p.exp("Running: assure assess critical-controls --answers acme-answers.yaml --resume");
    p.exp("acme-answers.yaml");
    p.press(&[CTRL_C]);
    p.eof();
    assert_eq!(p.exit_code(), 1);
}

#[test]
fn a_report_is_written_where_the_menu_says_after_a_yes_to_replace_it() {
    let dir = workdir();
    let d = dir.path();
    std::fs::copy(
        crate::support::root().join("examples/answers/harbour-bakery.yaml"),
        d.join("acme-answers.yaml"),
    )
    .unwrap();
    std::fs::write(d.join("acme-summary.html"), "old").unwrap();
    let mut p = menu(d, Term::default(), &[]);
    // The file has questions left: the pointer starts on "Carry on".
    p.press(&[DOWN, DOWN, "\r"]);
    p.exp("Which answers file?");
    p.exp("acme-answers.yaml");
    p.press(&["\r"]);
    p.exp("Which report?");
    p.press(&[DOWN, "\r"]);
    p.exp("Write it to");
    p.exp("acme-summary.html");
    p.press(&["\r"]);
    p.exp("acme-summary.html exists. Replace it?");
    p.press(&["y"]);
    p.exp("Running: assure report acme-answers.yaml -o acme-summary.html --format summary");
    p.eof();
    assert_eq!(p.exit_code(), 0);
    let html = std::fs::read_to_string(d.join("acme-summary.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{html:.200}");
}

#[test]
fn esc_leaves_the_menu_and_changes_nothing() {
    let dir = workdir();
    let mut p = menu(dir.path(), Term::default(), &[]);
    p.press(&[ESC]);
    p.eof();
    assert_eq!(p.exit_code(), 0);
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(files.len(), 1, "only assure.toml: {files:?}");
}

/// The colours of the walk with colour on; none at all with `NO_COLOR`.
#[test]
fn the_menu_is_plain_with_no_color_and_coloured_without() {
    let sgr = regex_sgr();
    let dir = workdir();
    let mut plain = menu(dir.path(), Term::default(), &[]);
    plain.press(&[ESC]);
    let text = plain.eof();
    assert!(!sgr.is_match(&text), "{text:?}");
    let colour = Term {
        colour: true,
        ..Term::default()
    };
    let mut p = spawn_assure(dir.path(), &[], colour, &[]);
    let before = p.exp("Quit");
    assert!(sgr.is_match(&before), "{before:?}");
    // The pointer's line in the walk's accent: cyan and bold.
    assert!(
        before.contains("\u{1b}[36m") || before.contains(";36m"),
        "{before:?}"
    );
    p.press(&[ESC]);
    p.eof();
}

fn regex_sgr() -> rexpect::reader::Regex {
    rexpect::reader::Regex::new("\u{1b}\\[[0-9;]*m").unwrap()
}

/// Without a terminal, `assure` prints its help as it always did: on
/// stderr, exit 2, the text of `--help` with the command required.
#[test]
fn without_a_terminal_assure_alone_prints_the_help() {
    let help = assure(["--help"]).run();
    let alone = assure::<_, &str>([]).stdin("").status(2).run();
    assert_eq!(alone.stdout, "");
    let required = help.stdout.replace(
        "Usage: assure [OPTIONS] [COMMAND]",
        "Usage: assure [OPTIONS] <COMMAND>",
    );
    assert_ne!(required, help.stdout);
    assert_eq!(alone.stderr, required);
    // After options, as before: the usage and what is missing.
    let config = assure(["--config", "none.toml"]).stdin("").status(2).run();
    assert!(
        config.stderr.contains("requires a subcommand"),
        "{}",
        config.stderr
    );
}
