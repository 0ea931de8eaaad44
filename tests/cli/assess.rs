//! `assure assess` end to end, in a pseudo-terminal: the real binary, real
//! dialoguer prompts, real keys. The bundled `sme-baseline` is walked by a plan
//! that says, per question id and visit, which keys to press; the question is
//! recognised from the header the program prints ("Govern · 3 of 63" and the
//! first line of its text).
//!
//! Runs headless (rexpect makes its own terminal), so it works in CI.

mod pty;

use std::path::PathBuf;

use rexpect::process::Signal;

use pty::{
    BIN, DONT_KNOW, End, NOT_APPLICABLE, NOTE, Seen, Step, choose, choose_after_header,
    choose_from, drive, exit_code, exp, respondent, saved_answers, spawn, type_line, workdir, yaml,
};

/// The plan for the full walk: a mix of every kind of answer, help, going back.
fn full_plan(id: &str, visit: usize) -> Vec<(Step, &'static str)> {
    use Step::*;
    match (id, visit) {
        ("staff-count", _) => vec![(Type("12"), "")],
        ("uses-it-provider", 1) => vec![(Pick("Yes"), "")],
        ("uses-it-provider", _) => vec![(Pick("No"), "We do it ourselves now")],
        ("it-provider-name", 1) => vec![(Type("Fixit Ltd"), "")],
        // Back twice, to change uses-it-provider: its dependants disappear.
        ("security-owner", 1) | ("it-provider-name", 2) => vec![(Back, "")],
        ("security-owner", _) => vec![(Pick("Yes"), "")],
        ("written-policy", _) => vec![(Explain, ""), (Pick("No"), "Drafting one")],
        ("supplier-checks", _) => vec![(Pick("Only for some of the bigger suppliers"), "")],
        ("device-types", _) => vec![(Tick(vec![0, 2]), "")],
        ("cloud-services", _) => vec![(Tick(vec![7]), "")],
        ("remote-access" | "staff-personal-devices" | "incident-plan", _) => {
            vec![(Pick("No"), "")]
        }
        ("mfa-email", _) => vec![(Pick("Yes"), "")],
        ("mfa-method", _) => vec![(Pick("Passkeys or security keys"), "")],
        ("disk-encryption" | "physical-security", _) => vec![(Pick(NOT_APPLICABLE), "")],
        _ => vec![],
    }
}

#[test]
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
    exp(&mut p, "There are 63 questions, and up to 11 more");
    exp(&mut p, "You can stop at any time");
    respondent(&mut p);
    let mut seen = Vec::new();
    assert_eq!(drive(&mut p, &full_plan, &mut seen), End::Review);
    exp(&mut p, "Rating so far");
    choose(&mut p, "Write the report");
    exp(&mut p, "Your report is ready: report.html");
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);

    // Answering yes brought in it-provider-name and others; no took them away.
    let at = |id: &str| -> Vec<(usize, usize)> {
        seen.iter()
            .filter(|s| s.id == id)
            .map(|s| (s.index, s.total))
            .collect()
    };
    assert_eq!(at("it-provider-name"), [(3, 69), (3, 69)]);
    assert_eq!(at("security-owner"), [(4, 69), (3, 63)]);
    assert_eq!(
        at("written-policy"),
        [(4, 63)],
        "explaining does not count as a visit"
    );
    let last = seen.last().unwrap();
    assert_eq!((last.index, last.total), (last.total, last.total));

    let a = saved_answers(dir.path(), "answers.yaml");
    assert_eq!(a["staff-count"], yaml("12"));
    assert_eq!(a["uses-it-provider"]["answer"], yaml("no"));
    assert!(a.get("it-provider-name").is_none(), "hidden, so not saved");
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
        seen.last().unwrap().total,
        "every question answered"
    );
    let text = std::fs::read_to_string(dir.path().join("answers.yaml")).unwrap();
    assert!(text.contains("organisation: Acme Ltd\n"), "{text}");
    assert!(text.contains("name: Sam Example\n"), "{text}");
    let report = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    assert!(
        report.contains("<html"),
        "an HTML report, from -o's extension"
    );
}

/// Walks the first questions in order, then does `last` at question `n + 1`.
fn first_answers(n: usize, last: Step) -> impl Fn(&str, usize) -> Vec<(Step, &'static str)> {
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
    move |id, _| {
        let i = order
            .iter()
            .position(|(x, _)| *x == id)
            .unwrap_or(order.len());
        if i < n {
            vec![(
                order[i].1.clone(),
                if i == 1 { "Checked with Sam" } else { "" },
            )]
        } else {
            vec![(last.clone(), "")]
        }
    }
}

#[test]
fn ctrl_c_keeps_the_answers_and_resume_carries_on() {
    let dir = workdir();
    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    respondent(&mut p);
    let mut seen = Vec::new();
    let end = drive(&mut p, &first_answers(3, Step::Interrupt), &mut seen);
    assert_eq!(end, End::Stopped);
    let said = exp(&mut p, "--resume");
    assert!(
        said.contains("\u{1b}[?25h"),
        "the cursor is shown again: {said:?}"
    );
    assert!(said.contains("Your answers are saved in a.yaml."), "{said}");
    assert!(
        said.contains("assure assess sme-baseline --answers a.yaml"),
        "{said}"
    );
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 1);
    let a = saved_answers(dir.path(), "a.yaml");
    assert_eq!(a.len(), 3);

    let mut p = spawn(
        dir.path(),
        &["sme-baseline", "--answers", "a.yaml", "--resume"],
    );
    exp(&mut p, "Welcome back. You have answered 3 of 63 questions");
    let mut seen = Vec::new();
    let end = drive(&mut p, &first_answers(6, Step::Kill), &mut seen);
    assert_eq!(end, End::Stopped);
    let _ = p.process().wait();
    assert_eq!(
        seen[0],
        Seen {
            id: "written-policy".into(),
            index: 4,
            total: 63
        }
    );
    let a = saved_answers(dir.path(), "a.yaml");
    assert_eq!(a.len(), 6);
    assert_eq!(a["supplier-checks"], yaml("never"));
}

#[test]
fn without_resume_an_existing_file_is_not_overwritten_unasked() {
    let dir = workdir();
    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    respondent(&mut p);
    drive(&mut p, &first_answers(2, Step::Quit), &mut Vec::new());
    exp(&mut p, "To carry on later");
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    let before = std::fs::read_to_string(dir.path().join("a.yaml")).unwrap();

    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    exp(&mut p, "a.yaml already holds 2 saved answers.");
    choose_from(&mut p, "Quit and change nothing");
    p.exp_eof().unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.yaml")).unwrap(),
        before
    );

    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    choose_from(&mut p, "Start again (the old file is kept as a.yaml.bak)");
    respondent(&mut p);
    drive(&mut p, &first_answers(0, Step::Quit), &mut Vec::new());
    p.exp_eof().unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.yaml.bak")).unwrap(),
        before
    );
    assert_eq!(saved_answers(dir.path(), "a.yaml").len(), 0);
}

#[test]
fn a_sigkill_at_any_point_leaves_a_file_with_every_answer_given() {
    let expected = [
        ("staff-count", "5"),
        ("uses-it-provider", "{answer: no, note: Checked with Sam}"),
        ("security-owner", "yes"),
        ("written-policy", "unknown"),
        ("risk-review", "no"),
        ("supplier-checks", "never"),
        ("cyber-insurance", "none"),
        ("device-types", "[laptops]"),
    ];
    // Killed while waiting at question n + 1.
    for n in [0, 1, 4, 7] {
        let dir = workdir();
        let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "k.yaml"]);
        respondent(&mut p);
        let end = drive(&mut p, &first_answers(n, Step::Kill), &mut Vec::new());
        assert_eq!(end, End::Stopped);
        let _ = p.process().wait();
        let a = saved_answers(dir.path(), "k.yaml");
        let want: serde_yaml::Mapping = expected[..n]
            .iter()
            .map(|(k, v)| (yaml(k), yaml(v)))
            .collect();
        assert_eq!(a, want, "killed after {n} answers");
    }
    // Killed at the note prompt, right after an answer: the answer is saved.
    let dir = workdir();
    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "k.yaml"]);
    respondent(&mut p);
    choose_after_header(&mut p, "Govern · 1 of", None);
    type_line(&mut p, "Press Enter", "9");
    exp(&mut p, NOTE);
    exp(&mut p, "›");
    p.process_mut().signal(Signal::SIGKILL).unwrap();
    let _ = p.process().wait();
    assert_eq!(
        saved_answers(dir.path(), "k.yaml")["staff-count"],
        yaml("9")
    );
    // Killed while the respondent details are asked: an empty, valid file.
    let dir = workdir();
    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "k.yaml"]);
    type_line(&mut p, "Your business or organisation", "");
    exp(&mut p, "Your name");
    p.process_mut().signal(Signal::SIGKILL).unwrap();
    let _ = p.process().wait();
    assert!(saved_answers(dir.path(), "k.yaml").is_empty());
    let leftovers: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn refuses_at_once_without_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let out = assert_cmd::Command::new(BIN)
        .args(["assess", "sme-baseline"])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .write_stdin("")
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("asks its questions in a terminal"), "{err}");
    assert!(
        err.contains("assure template sme-baseline -o answers.yaml"),
        "{err}"
    );
    assert!(err.contains("assure report answers.yaml"), "{err}");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file written"
    );
}

/// The pid of this test process's child whose command line holds `needle`
/// (rexpect keeps the pid private).
fn child_pid(needle: &str) -> Option<i32> {
    let me = std::process::id().to_string();
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|e| {
        let pid: i32 = e.file_name().to_str()?.parse().ok()?;
        let stat = std::fs::read_to_string(e.path().join("stat")).ok()?;
        let parent = stat.rsplit_once(')')?.1.split_whitespace().nth(1)?;
        let cmdline = std::fs::read(e.path().join("cmdline")).ok()?;
        let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        (parent == me && cmdline.contains(needle)).then_some(pid)
    })
}

/// A tiny deterministic generator (xorshift), so that runs are repeatable.
struct Rng(u64);

impl Rng {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

/// SIGKILL at random moments, mid-answer and mid-write included, over many runs:
/// the answers file always parses and holds every answer confirmed before the
/// kill (the program had moved on to the next question), plus at most the one
/// being saved. `CRASH_SEED` and `CRASH_RUNS` explore further.
#[test]
fn a_sigkill_at_random_moments_never_loses_a_confirmed_answer() {
    let seed: u64 = std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_1234);
    let runs: u64 = std::env::var("CRASH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let mut rng = Rng(seed);
    let order = [
        "staff-count",
        "uses-it-provider",
        "security-owner",
        "written-policy",
        "risk-review",
        "supplier-checks",
        "cyber-insurance",
        "device-types",
        "cloud-services",
    ];
    for run in 0..runs {
        let delay = std::time::Duration::from_millis(100 + rng.next(1400));
        let dir = workdir();
        let file = dir.path().join("k.yaml").display().to_string();
        let mut p = spawn(dir.path(), &["sme-baseline", "--answers", &file]);
        respondent(&mut p);
        let killer = std::thread::spawn(move || {
            std::thread::sleep(delay);
            let pid = child_pid(&file).expect("the program is running");
            // SAFETY: kill(2) with the pid of our own child and a signal number.
            unsafe { libc::kill(pid, libc::SIGKILL) }
        });
        let mut seen = Vec::new();
        // Answer the first questions, then wait at the next one: the kill always
        // comes while the program runs, whether mid-answer or waiting.
        let plan = first_answers(order.len(), Step::Hold);
        // The driver stops, with an end-of-file error, when the process dies
        // under it; any other failure is the test's own and is raised again.
        if let Err(panic) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            drive(&mut p, &plan, &mut seen)
        })) {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            if !message.contains("EOF") {
                std::panic::resume_unwind(panic);
            }
        }
        assert_eq!(killer.join().unwrap(), 0, "run {run}: kill(2) failed");
        let status = p.process().wait().unwrap();
        assert!(
            matches!(
                status,
                rexpect::process::WaitStatus::Signaled(_, Signal::SIGKILL, _)
            ),
            "run {run}: the program was not killed by the signal but ended with {status:?}"
        );
        // Answers to questions before the last header seen were saved for sure.
        let confirmed = seen.len().saturating_sub(1);
        let a = saved_answers(dir.path(), "k.yaml");
        let keys: Vec<String> = a.keys().map(|k| k.as_str().unwrap().to_owned()).collect();
        eprintln!(
            "run {run}: killed after {delay:?}: {confirmed} confirmed, {} saved",
            keys.len()
        );
        assert!(
            keys.len() == confirmed || keys.len() == confirmed + 1,
            "run {run} (seed {seed}, kill after {delay:?}): {confirmed} answers confirmed, the file holds {keys:?}"
        );
        assert_eq!(
            keys,
            order[..keys.len()],
            "run {run}: answers are saved in order, none skipped"
        );
    }
}
