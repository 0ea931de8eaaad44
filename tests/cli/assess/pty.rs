//! The pseudo-terminal driver for the `assess` tests: spawning the binary,
//! waiting for text, pressing keys, and walking questions by a plan.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use rexpect::process::{Signal, WaitStatus};
use rexpect::session::PtySession;

pub(super) const BIN: &str = env!("CARGO_BIN_EXE_assure");

/// Generous: CI is two slow cores shared with other builds.
const TIMEOUT_MS: u64 = 30_000;

pub(super) const DONT_KNOW: &str = "I don't know";
pub(super) const NOT_APPLICABLE: &str = "Not applicable";
const EXPLAIN: &str = "Explain this question";
const BACK: &str = "Go back to the previous question";
const QUIT: &str = "Save and quit";
pub(super) const NOTE: &str = "Add a note?";

pub(super) fn spawn(dir: &Path, args: &[&str]) -> PtySession {
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
pub(super) fn exp(p: &mut PtySession, needle: &str) -> String {
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
pub(super) fn choose(p: &mut PtySession, label: &str) {
    let chunk = exp(p, QUIT);
    pick_in(p, &chunk, QUIT, label);
    exp(p, &format!("· {label}"));
}

/// Waits for a line prompt (after `after`), then types `text` and Enter.
pub(super) fn type_line(p: &mut PtySession, after: &str, text: &str) {
    exp(p, after);
    exp(p, "›");
    keys(p, &format!("{text}\r"));
}

/// Fills in the respondent details: the organisation from assure.toml is kept.
pub(super) fn respondent(p: &mut PtySession) {
    type_line(p, "Your business or organisation", "");
    type_line(p, "Your name", "Sam Example");
    type_line(p, "Your role", "");
    type_line(p, "Your email address", "");
}

/// What to do at one visit of a question.
#[derive(Clone, Debug)]
pub(super) enum Step {
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
    /// Wait at the question until the process is ended from outside.
    Hold,
    /// Pick "Save and quit".
    Quit,
}

pub(super) type Plan = dyn Fn(&str, usize) -> Vec<(Step, &'static str)>;

/// One question as it appeared: id, index and total from its header.
#[derive(Debug, PartialEq)]
pub(super) struct Seen {
    pub id: String,
    pub index: usize,
    pub total: usize,
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
pub(super) enum End {
    Review,
    Stopped,
}

/// Walks questions by `plan` until the review, or until a step stops it.
pub(super) fn drive(p: &mut PtySession, plan: &Plan, seen: &mut Vec<Seen>) -> End {
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
                Step::Hold => {
                    exp(p, "›");
                    let _ = p.exp_eof();
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
pub(super) fn workdir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("assure.toml"),
        "organisation = \"Acme Ltd\"\n",
    )
    .unwrap();
    dir
}

pub(super) fn exit_code(p: &PtySession) -> i32 {
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
pub(super) fn saved_answers(dir: &Path, file: &str) -> serde_yaml::Mapping {
    let config = assure::load::config::Config::default();
    let catalog = assure::load::Catalog::new(&config);
    let q = catalog
        .open("sme-baseline")
        .map_err(|_| "sme-baseline")
        .unwrap()
        .value;
    let path = dir.join(file);
    let loaded = match assure::answers::load(&path, &q) {
        Ok(l) => l,
        Err(diags) => panic!(
            "{file} does not load: {diags:?}\n{}",
            std::fs::read_to_string(&path).unwrap_or_default()
        ),
    };
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let out = assure(dir, &["report", file, "-o", "-"]);
    assert!(
        out.status.success(),
        "assure report failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let doc: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    match &doc["answers"] {
        serde_yaml::Value::Mapping(m) => m.clone(),
        other => panic!("no answers map in:\n{text}\n{other:?}"),
    }
}

pub(super) fn yaml(s: &str) -> serde_yaml::Value {
    serde_yaml::from_str(s).unwrap()
}

/// Picks from the three-way "already exists" list, which has no "Save and quit".
pub(super) fn choose_from(p: &mut PtySession, label: &str) {
    let last = "Quit and change nothing";
    let chunk = exp(p, last);
    pick_in(p, &chunk, last, label);
}

/// Waits for a header; picks `label` if given.
pub(super) fn choose_after_header(p: &mut PtySession, header: &str, label: Option<&str>) {
    exp(p, header);
    if let Some(label) = label {
        choose(p, label);
    }
}
