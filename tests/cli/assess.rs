//! `assure assess` end to end, in a pseudo-terminal: the real binary, real
//! dialoguer prompts, real keys. The bundled `sme-baseline` is walked by a plan
//! that says, per question id and visit, which keys to press; the question is
//! recognised from the header the program prints ("Govern · 3 of 47" and the
//! first line of its text).
//!
//! Runs headless (rexpect makes its own terminal), so it works in CI.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use rexpect::process::{Signal, WaitStatus};
use rexpect::session::PtySession;

const BIN: &str = env!("CARGO_BIN_EXE_assure");

/// Generous: CI is two slow cores shared with other builds.
const TIMEOUT_MS: u64 = 30_000;

const DONT_KNOW: &str = "I don't know";
const NOT_APPLICABLE: &str = "Not applicable";
const EXPLAIN: &str = "Explain this question";
const BACK: &str = "Go back to the previous question";
const QUIT: &str = "Save and quit";
const NOTE: &str = "Add a note?";

fn spawn(dir: &Path, args: &[&str]) -> PtySession {
    let mut cmd = Command::new(BIN);
    cmd.arg("assess")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env_remove("CLICOLOR_FORCE");
    rexpect::session::spawn_command(cmd, Some(TIMEOUT_MS)).unwrap()
}

/// rexpect reads the terminal a byte at a time, each byte as one `char`: text
/// with non-ASCII characters must be looked for in that form.
fn as_bytes(s: &str) -> String {
    s.bytes().map(char::from).collect()
}

/// Text read by rexpect, back to UTF-8.
fn from_bytes(s: &str) -> String {
    let bytes: Vec<u8> = s
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Waits for `needle`; returns the text before it.
fn exp(p: &mut PtySession, needle: &str) -> String {
    match p.exp_string(&as_bytes(needle)) {
        Ok(before) => from_bytes(&before),
        Err(e) => panic!("waiting for {needle:?}: {}", from_bytes(&e.to_string())),
    }
}

fn keys(p: &mut PtySession, s: &str) {
    p.send(s).unwrap();
    p.flush().unwrap();
}

/// Text without terminal escape sequences.
fn strip_escapes(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

/// Picks `label` from the list just rendered in `chunk` (the text up to, not
/// including, its last item `last`), moving from the highlighted item.
fn pick_in(p: &mut PtySession, chunk: &str, last: &str, label: &str) {
    let chunk = strip_escapes(chunk);
    let list = chunk.rsplit('›').next().unwrap_or_default();
    let mut items: Vec<&str> = list
        .split(['\r', '\n'])
        .filter(|l| !l.trim().is_empty())
        .collect();
    items.push(last);
    let at = items
        .iter()
        .position(|l| l.trim_start().starts_with('❯'))
        .unwrap_or(0);
    let names: Vec<&str> = items
        .iter()
        .map(|l| l.trim_start_matches([' ', '❯']).trim())
        .collect();
    let i = names
        .iter()
        .position(|item| *item == label)
        .unwrap_or_else(|| panic!("{label:?} is not in {names:?}"));
    let moves = if i >= at {
        "j".repeat(i - at)
    } else {
        "k".repeat(at - i)
    };
    keys(p, &format!("{moves}\r"));
}

/// Waits for a list ending in "Save and quit", then picks `label` in it.
fn choose(p: &mut PtySession, label: &str) {
    let chunk = exp(p, QUIT);
    pick_in(p, &chunk, QUIT, label);
    exp(p, &format!("· {label}"));
}

/// Waits for a line prompt (after `after`), then types `text` and Enter.
fn type_line(p: &mut PtySession, after: &str, text: &str) {
    exp(p, after);
    exp(p, "›");
    keys(p, &format!("{text}\r"));
}

/// Fills in the respondent details: the organisation from assure.toml is kept.
fn respondent(p: &mut PtySession) {
    type_line(p, "Your business or organisation", "");
    type_line(p, "Your name", "Sam Example");
    type_line(p, "Your role", "");
    type_line(p, "Your email address", "");
}

/// What to do at one visit of a question.
#[derive(Clone, Debug)]
enum Step {
    Pick(&'static str),
    /// Tick these options (by position) in a multi-select.
    Tick(Vec<usize>),
    Type(&'static str),
    /// Press Enter on an empty multi-select or line, then pick from the others.
    Other(&'static str),
    Explain,
    Back,
    /// Send Ctrl-C while the question waits.
    Interrupt,
    /// SIGKILL while the question waits.
    Kill,
    /// Pick "Save and quit".
    Quit,
}

type Plan = dyn Fn(&str, usize) -> Vec<(Step, &'static str)>;

/// One question as it appeared: id, index and total from its header.
#[derive(Debug, PartialEq)]
struct Seen {
    id: String,
    index: usize,
    total: usize,
}

/// The bundled questionnaire's questions: (id, type, text).
fn questions() -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/sme-baseline.yaml"),
    )
    .unwrap();
    let doc: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let mut out = Vec::new();
    for s in doc["sections"].as_sequence().unwrap() {
        for q in s["questions"].as_sequence().unwrap() {
            let get = |k: &str| q[k].as_str().unwrap_or("yes_no").to_owned();
            out.push((get("id"), get("type"), get("text")));
        }
    }
    out
}

/// Why `drive` returned.
#[derive(Debug, PartialEq)]
enum End {
    Review,
    Stopped,
}

/// Walks questions by `plan` until the review, or until a step stops it.
fn drive(p: &mut PtySession, plan: &Plan, seen: &mut Vec<Seen>) -> End {
    let all = questions();
    let mut visits: HashMap<String, usize> = HashMap::new();
    loop {
        let pattern = format!(
            r"\w+ {} \d+ of \d+\r?\n[^\r\n]+\r?\n|Here is a summary of your answers",
            as_bytes("·")
        );
        let (_, found) = p.exp_regex(&pattern).unwrap();
        let found = from_bytes(&found);
        if found.starts_with("Here is a summary") {
            return End::Review;
        }
        let (head, first_line) = found.trim_end().split_once('\n').unwrap();
        let numbers = head.trim().split(" · ").nth(1).unwrap();
        let (index, total) = numbers.split_once(" of ").unwrap();
        let first_line = first_line.trim();
        let (id, kind, _) = all
            .iter()
            .find(|(_, _, text)| text.starts_with(first_line))
            .unwrap_or_else(|| panic!("no question starts with {first_line:?}"));
        seen.push(Seen {
            id: id.clone(),
            index: index.parse().unwrap(),
            total: total.parse().unwrap(),
        });
        let visit = visits.entry(id.clone()).or_default();
        *visit += 1;
        let mut steps = plan(id, *visit);
        if steps.is_empty() {
            let default = match kind.as_str() {
                "multi" | "number" | "text" => Step::Other(DONT_KNOW),
                _ => Step::Pick(DONT_KNOW),
            };
            steps.push((default, ""));
        }
        for (step, note) in steps {
            let answered = match step {
                Step::Pick(label) => {
                    choose(p, label);
                    true
                }
                Step::Tick(positions) => {
                    exp(p, "nothing ticked");
                    exp(p, "›");
                    let mut at = 0;
                    let mut k = String::new();
                    for i in positions {
                        k.push_str(&"j".repeat(i - at));
                        k.push(' ');
                        at = i;
                    }
                    keys(p, &format!("{k}\r"));
                    true
                }
                Step::Type(text) => {
                    type_line(p, "Press Enter", text);
                    true
                }
                Step::Other(label) => {
                    exp(p, "Press Enter");
                    exp(p, "›");
                    keys(p, "\r");
                    choose(p, label);
                    true
                }
                Step::Explain => {
                    open_menu(p, kind);
                    choose(p, EXPLAIN);
                    exp(p, "What this means:");
                    false
                }
                Step::Back => {
                    open_menu(p, kind);
                    choose(p, BACK);
                    false
                }
                Step::Interrupt => {
                    exp(p, "›");
                    p.send_control('c').unwrap();
                    return End::Stopped;
                }
                Step::Quit => {
                    open_menu(p, kind);
                    choose(p, QUIT);
                    return End::Stopped;
                }
                Step::Kill => {
                    exp(p, "›");
                    p.process_mut().signal(Signal::SIGKILL).unwrap();
                    return End::Stopped;
                }
            };
            if answered {
                type_line(p, NOTE, note);
            }
        }
    }
}

/// For multi-select, number and text questions, the actions are behind an
/// empty answer: clear any earlier answer, press Enter.
fn open_menu(p: &mut PtySession, kind: &str) {
    if matches!(kind, "multi" | "number" | "text") {
        exp(p, "Press Enter");
        exp(p, "›");
        keys(p, &format!("{}\r", "\x7f".repeat(64)));
    }
}

/// A tempdir with an `assure.toml` giving the organisation.
fn workdir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("assure.toml"),
        "organisation = \"Acme Ltd\"\n",
    )
    .unwrap();
    dir
}

fn exit_code(p: &PtySession) -> i32 {
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("did not exit normally: {other:?}"),
    }
}

fn assure(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// The `answers` map of an answers file, which must also load without a
/// single warning against the questionnaire, and make a report.
fn saved_answers(dir: &Path, file: &str) -> serde_yaml::Mapping {
    let config = assure::config::Config::default();
    let catalog = assure::catalog::Catalog::new(&config);
    let q = catalog
        .open("sme-baseline")
        .map_err(|_| "sme-baseline")
        .unwrap()
        .value;
    let src = assure::source::read(&dir.join(file)).unwrap();
    let node = assure::load::parse(&src).unwrap();
    let loaded = match assure::answers::from_node(&src, &node, &q) {
        Ok(l) => l,
        Err(diags) => panic!("{file} does not load: {diags:?}\n{}", src.text),
    };
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let out = assure(dir, &["report", file, "-o", "-"]);
    assert!(
        out.status.success(),
        "assure report failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_yaml::Value = serde_yaml::from_str(&src.text).unwrap();
    match &doc["answers"] {
        serde_yaml::Value::Mapping(m) => m.clone(),
        other => panic!("no answers map in:\n{}\n{other:?}", src.text),
    }
}

fn yaml(s: &str) -> serde_yaml::Value {
    serde_yaml::from_str(s).unwrap()
}

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
        ("disk-encryption" | "router-firewall", _) => vec![(Pick(NOT_APPLICABLE), "")],
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
    exp(&mut p, "There are 47 questions, and up to 11 more");
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
    assert_eq!(at("it-provider-name"), [(3, 53), (3, 53)]);
    assert_eq!(at("security-owner"), [(4, 53), (3, 47)]);
    assert_eq!(
        at("written-policy"),
        [(4, 47)],
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
    assert!(text.contains("organisation: \"Acme Ltd\""), "{text}");
    assert!(text.contains("name: \"Sam Example\""), "{text}");
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
    exp(&mut p, "Welcome back. You have answered 3 of 47 questions");
    let mut seen = Vec::new();
    let end = drive(&mut p, &first_answers(5, Step::Kill), &mut seen);
    assert_eq!(end, End::Stopped);
    let _ = p.process().wait();
    assert_eq!(
        seen[0],
        Seen {
            id: "written-policy".into(),
            index: 4,
            total: 47
        }
    );
    let a = saved_answers(dir.path(), "a.yaml");
    assert_eq!(a.len(), 5);
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

/// Picks from the three-way "already exists" list, which has no "Save and quit".
fn choose_from(p: &mut PtySession, label: &str) {
    let last = "Quit and change nothing";
    let chunk = exp(p, last);
    pick_in(p, &chunk, last, label);
}

#[test]
fn a_sigkill_at_any_point_leaves_a_file_with_every_answer_given() {
    let expected = [
        ("staff-count", "5"),
        ("uses-it-provider", "{answer: no, note: Checked with Sam}"),
        ("security-owner", "yes"),
        ("written-policy", "unknown"),
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

/// Waits for a header; picks `label` if given.
fn choose_after_header(p: &mut PtySession, header: &str, label: Option<&str>) {
    exp(p, header);
    if let Some(label) = label {
        choose(p, label);
    }
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
