//! `assure assess` end to end, in a pseudo-terminal: the real binary, our own
//! widgets, real keys. The bundled `sme-baseline` is walked by a plan that
//! says, per question and visit, what to do; the question is recognised from
//! the header the program prints (the progress line, then its text).
//!
//! Runs headless (rexpect makes its own terminal), so it works in CI.

mod carry;
#[cfg(target_os = "linux")] // finds pids in /proc
mod crash;
mod hangup;
mod identity;
mod keys;
mod menu;
mod pty;
mod screen;
mod store;

use std::path::Path;

use pty::{
    DONT_KNOW, End, NOT_APPLICABLE, Pty, Seen, Step, saved_answers_with, spawn, strip_escapes,
    workdir, yaml,
};

/// The plan for the full walk: a mix of every kind of answer, help, a note,
/// going back.
fn full_plan(s: &Seen) -> Vec<Step> {
    use Step::*;
    match (s.id.as_str(), s.visit) {
        ("staff-count", _) => vec![Type("12")],
        ("uses-it-provider", 1) => vec![Pick("Yes")],
        ("uses-it-provider", _) => vec![Note("We do it ourselves now"), Pick("No")],
        ("it-provider-name", 1) => vec![Type("Fixit Ltd")],
        // Back twice, to change uses-it-provider: its dependants disappear.
        ("security-owner", 1) | ("it-provider-name", 2) => vec![Back],
        ("security-owner", _) => vec![Pick("Yes")],
        ("written-policy", _) => vec![Explain, Note("Drafting one"), Pick("No")],
        ("security-contact", _) => vec![Type("security@acme.example")],
        ("supplier-checks", _) => vec![Pick("Only for some of the bigger suppliers")],
        ("device-types", _) => vec![Tick(vec![0, 2])],
        ("cloud-services", _) => vec![Tick(vec![8])],
        ("remote-access" | "staff-personal-devices" | "incident-plan", _) => vec![Pick("No")],
        ("mfa-email", _) => vec![Pick("Yes")],
        ("mfa-method", _) => vec![Pick("Passkeys or security keys")],
        ("disk-encryption" | "physical-security", _) => vec![Pick(NOT_APPLICABLE)],
        _ => vec![],
    }
}

#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn completes_the_bundled_questionnaire_with_a_mix_of_answers() {
    let dir = workdir();
    let mut p = spawn(
        dir.path(),
        &[
            "sme-baseline",
            "--answers",
            "answers.yaml",
            "-o",
            "report.html",
        ],
    );
    p.exp("There are 67 questions, and up to 21 more");
    p.exp("You can stop at any time");
    p.respondent();
    let mut seen = Vec::new();
    assert_eq!(p.drive(&full_plan, &mut seen), End::Review);
    p.exp("Rating");
    p.exp("What next?");
    p.press(&["r"]);
    p.exp("What to do first, in the order of the report:");
    let offers = p.answer_offers("y");
    letters_only_to_who_there_is(&mut p, &offers, dir.path());
    let answered = counts_never_jump(&seen);
    saved_as_answered(dir.path(), answered);
}

/// The business said it has no IT provider (it changed its answer to No): no
/// letter goes to one; the broker's and the accountant's are offered.
fn letters_only_to_who_there_is(p: &mut Pty, offers: &[String], dir: &Path) {
    let flat: Vec<String> = offers
        .iter()
        .map(|o| o.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    assert!(
        flat[0].contains("for your insurance broker into a file for them to fill in"),
        "{flat:?}"
    );
    assert!(
        flat[0].contains("whoever looks after your computers: 50"),
        "{flat:?}"
    );
    assert!(
        !flat.iter().any(|o| o.contains("for your IT provider")),
        "{flat:?}"
    );
    let said = strip_escapes(&p.eof());
    assert!(said.contains("report.html"), "{said}");
    assert!(
        said.contains("For your insurance broker, a letter to send"),
        "{said}"
    );
    assert!(!said.contains("For your IT provider"), "{said}");
    assert!(said.contains("assure merge answers.yaml "), "{said}");
    assert_eq!(p.exit_code(), 0);
    let letter =
        std::fs::read_to_string(dir.join("answers-letter-to-insurance-broker.html")).unwrap();
    assert!(letter.contains("<html"), "{letter}");
    let fill_in = std::fs::read_to_string(dir.join("answers-for-insurance-broker.yaml")).unwrap();
    assert!(fill_in.contains("role: insurance-broker"), "{fill_in}");
    assert!(
        !dir.join("answers-letter-to-it-provider.html").exists(),
        "no letter to an IT provider the business does not have"
    );
}

/// Answering yes brought in it-provider-name and others, which were counted
/// "up to" from the start, so the count to go did not go up; no took them
/// away. How many were answered, as the last header said.
fn counts_never_jump(seen: &[Seen]) -> usize {
    let at = |id: &str| -> Vec<(usize, usize)> {
        seen.iter()
            .filter(|s| s.id == id)
            .map(|s| (s.answered, s.to_go))
            .collect()
    };
    assert_eq!(at("it-provider-name"), [(2, 86), (3, 85)]);
    assert_eq!(at("security-owner"), [(3, 85), (2, 80)]);
    assert_eq!(
        at("written-policy").len(),
        1,
        "explaining does not count as a visit"
    );
    let last = seen.last().unwrap();
    assert_eq!(last.to_go, 1);
    last.answered
}

/// The provider's name stays in the file, hidden and not counted; the
/// report is the one -o names.
fn saved_as_answered(dir: &Path, answered: usize) {
    let a = saved_answers_with(dir, "answers.yaml", true);
    assert_eq!(a["staff-count"], yaml("12"));
    assert_eq!(
        a["uses-it-provider"],
        yaml("{answer: no, note: We do it ourselves now}")
    );
    assert_eq!(a["it-provider-name"], yaml("Fixit Ltd"));
    assert_eq!(
        a["written-policy"],
        yaml("{answer: no, note: Drafting one}")
    );
    assert_eq!(a["device-types"], yaml("[laptops, phones]"));
    assert_eq!(a["cloud-services"], yaml("[none]"));
    assert_eq!(a["disk-encryption"], yaml("na"));
    assert_eq!(a["cyber-insurance"], yaml("unknown"));
    assert_eq!(a["update-coverage"], yaml("unknown"));
    assert_eq!(a["mfa-method"], yaml("passkeys"));
    assert_eq!(
        a.len(),
        answered + 1 + 1,
        "every question answered, and the hidden one kept"
    );
    let text = std::fs::read_to_string(dir.join("answers.yaml")).unwrap();
    assert!(text.contains("organisation: Acme Ltd\n"), "{text}");
    assert!(text.contains("name: Sam Example\n"), "{text}");
    let report = std::fs::read_to_string(dir.join("report.html")).unwrap();
    assert!(
        report.contains("<html"),
        "an HTML report, from -o's extension"
    );
    assert!(!dir.join("report.md").exists(), "-o chooses one file");
}

/// Walks the first questions in order, then does `last` at question `n + 1`.
fn first_answers(n: usize, last: Step) -> impl Fn(&Seen) -> Vec<Step> {
    let order = [
        ("staff-count", Step::Type("5")),
        ("uses-it-provider", Step::Pick("No")),
        ("security-owner", Step::Pick("Yes")),
        ("written-policy", Step::Pick(DONT_KNOW)),
        ("risk-review", Step::Pick("No")),
        ("supplier-checks", Step::Pick("No, we don't check")),
        ("cyber-insurance", Step::Pick("No cyber cover")),
        ("device-types", Step::Tick(vec![0])),
        ("cloud-services", Step::Tick(vec![0, 4])),
    ];
    move |s| {
        let i = order
            .iter()
            .position(|(x, _)| *x == s.id)
            .unwrap_or(order.len());
        if i < n {
            let mut steps = Vec::new();
            if i == 1 {
                steps.push(Step::Note("Checked with Sam"));
            }
            steps.push(order[i].1.clone());
            steps
        } else {
            vec![last.clone()]
        }
    }
}

#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn ctrl_c_keeps_the_answers_and_resume_carries_on() {
    let dir = workdir();
    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    p.respondent();
    let mut seen = Vec::new();
    assert_eq!(
        p.drive(&first_answers(3, Step::Interrupt), &mut seen),
        End::Stopped
    );
    let said = p.exp("--resume");
    assert!(
        said.contains("\u{1b}[?25h"),
        "the cursor is shown again: {said:?}"
    );
    assert!(said.contains("Your answers are saved in a.yaml."), "{said}");
    assert!(
        said.contains("assure assess sme-baseline --answers a.yaml"),
        "{said}"
    );
    p.eof();
    assert_eq!(p.exit_code(), 1);
    let a = pty::saved_answers(dir.path(), "a.yaml");
    assert_eq!(a.len(), 3);
    assert!(
        !dir.path().join(".a.yaml.assure-lock").exists(),
        "the lock goes too"
    );

    let mut p = spawn(
        dir.path(),
        &["sme-baseline", "--answers", "a.yaml", "--resume"],
    );
    p.exp("Welcome back. You have answered 3 of 69 questions");
    let mut seen = Vec::new();
    assert_eq!(
        p.drive(&first_answers(6, Step::Kill), &mut seen),
        End::Stopped
    );
    let _ = p.p.process().wait();
    assert_eq!(
        (seen[0].id.as_str(), seen[0].answered, seen[0].to_go),
        ("written-policy", 3, 79)
    );
    let a = pty::saved_answers(dir.path(), "a.yaml");
    assert_eq!(a.len(), 6);
    assert_eq!(a["supplier-checks"], yaml("never"));
}

#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn without_resume_an_existing_file_is_not_overwritten_unasked_and_backups_are_numbered() {
    let dir = workdir();
    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    p.respondent();
    p.drive(&first_answers(2, Step::Quit), &mut Vec::new());
    p.exp("To carry on later");
    p.eof();
    assert_eq!(p.exit_code(), 0);
    let before = std::fs::read_to_string(dir.path().join("a.yaml")).unwrap();

    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    p.exp("a.yaml already holds 2 saved answers.");
    pty::choose_from(&mut p, "Quit and change nothing", "Quit and change nothing");
    p.eof();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.yaml")).unwrap(),
        before
    );

    // Start again, twice: the first backup is kept, the second is numbered.
    for (n, backup) in [(0, "a.yaml.bak"), (1, "a.yaml.bak.1")] {
        let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
        let label = format!("Start again (the old file is kept as {backup})");
        let label: &'static str = Box::leak(label.into_boxed_str());
        pty::choose_from(&mut p, "Quit and change nothing", label);
        p.respondent();
        p.drive(&first_answers(n, Step::Quit), &mut Vec::new());
        p.eof();
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.yaml.bak")).unwrap(),
        before
    );
    let second = std::fs::read_to_string(dir.path().join("a.yaml.bak.1")).unwrap();
    assert!(!second.contains("staff-count"), "{second}");
    assert_eq!(pty::saved_answers(dir.path(), "a.yaml").len(), 1);
}

#[test]
fn refuses_at_once_without_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    crate::support::assure(["assess", "sme-baseline"])
        .current_dir(dir.path())
        .stdin("")
        .within(std::time::Duration::from_secs(30))
        .status(2)
        .stderr_has("asks its questions in a terminal")
        .stderr_has("assure template sme-baseline -o answers.yaml")
        .stderr_has("assure report answers.yaml")
        .run();
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file written"
    );
}
