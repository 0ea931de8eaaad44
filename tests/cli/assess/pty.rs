//! The pseudo-terminal driver for the `assess` tests: spawning the binary at
//! a given terminal size, waiting for text, pressing keys (and counting them),
//! resizing, and walking questions by a plan.

use std::os::unix::process::CommandExt;
use std::path::Path;

use rexpect::process::{Signal, WaitStatus};
use rexpect::session::PtySession;

/// Generous: CI is two slow cores shared with other builds.
mod plan;
pub(super) use plan::{End, Plan, Seen, Step, questions, seen};

const TIMEOUT_MS: u64 = 30_000;

pub(super) const DONT_KNOW: &str = "I don't know";
pub(super) const NOT_APPLICABLE: &str = "Not applicable";
/// The end of the keys line under every question.
pub(super) const KEYS_END: &str = "save and quit";

/// A running `assure assess` and the keys pressed so far.
pub(super) struct Pty {
    pub p: PtySession,
    pub keys: usize,
    /// How many "✔ Saved" the driver has seen.
    pub saved: usize,
}

/// How to start the program: terminal size and colour.
#[derive(Clone, Copy)]
pub(super) struct Term {
    pub cols: u16,
    pub rows: u16,
    pub colour: bool,
}

impl Default for Term {
    fn default() -> Self {
        Term {
            cols: 100,
            rows: 50,
            colour: false,
        }
    }
}

fn set_size(fd: i32, cols: u16, rows: u16) -> std::io::Result<()> {
    let ws = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCSWINSZ reads one `winsize` from the pointer we pass.
    if unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &ws) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

pub(super) fn spawn(dir: &Path, args: &[&str]) -> Pty {
    spawn_in(dir, args, Term::default(), &[])
}

pub(super) fn spawn_in(dir: &Path, args: &[&str], term: Term, env: &[(&str, &str)]) -> Pty {
    let args: Vec<&str> = std::iter::once("assess")
        .chain(args.iter().copied())
        .collect();
    spawn_assure(dir, &args, term, env)
}

/// `assure ARGS…` (no command at all for the start menu) in a terminal.
pub(super) fn spawn_assure(dir: &Path, args: &[&str], term: Term, env: &[(&str, &str)]) -> Pty {
    let mut run = crate::support::assure(args)
        .current_dir(dir)
        .env("TERM", "xterm-256color");
    if term.colour {
        run = run.env_remove("NO_COLOR").env("CLICOLOR_FORCE", "1");
    }
    for (k, v) in env {
        run = run.env(k, v);
    }
    let mut cmd = run.command();
    let (cols, rows) = (term.cols, term.rows);
    // SAFETY: the hook only calls ioctl(2) on the child's own terminal.
    unsafe {
        cmd.pre_exec(move || set_size(0, cols, rows));
    }
    let p = rexpect::session::spawn_command(cmd, Some(TIMEOUT_MS)).unwrap();
    Pty {
        p,
        keys: 0,
        saved: 0,
    }
}

/// rexpect reads the terminal a byte at a time, each byte as one `char`: text
/// with non-ASCII characters must be looked for in that form.
pub(super) fn as_bytes(s: &str) -> String {
    s.bytes().map(char::from).collect()
}

/// Text read by rexpect, back to UTF-8.
pub(super) fn from_bytes(s: &str) -> String {
    let bytes: Vec<u8> = s
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Text without terminal escape sequences (CSI and OSC), carriage returns
/// dropped.
pub(super) fn strip_escapes(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => match chars.next() {
                Some('[') => {
                    for c in chars.by_ref() {
                        if c.is_ascii_alphabetic() || c == '~' {
                            break;
                        }
                    }
                }
                Some(']') => {
                    for c in chars.by_ref() {
                        if c == '\u{7}' {
                            break;
                        }
                    }
                }
                _ => {}
            },
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

impl Pty {
    /// Waits for `needle`; returns the text before it.
    pub fn exp(&mut self, needle: &str) -> String {
        match self.p.exp_string(&as_bytes(needle)) {
            Ok(before) => from_bytes(&before),
            Err(e) => panic!("waiting for {needle:?}: {}", from_bytes(&e.to_string())),
        }
    }

    /// Waits for a question's widget: the keys line under a list, or the
    /// arrow of a line to type in; returns the screen up to it, escapes
    /// stripped.
    pub fn exp_widget(&mut self) -> String {
        self.exp_widget_kind().0
    }

    /// The same, and whether it is a line to type in.
    pub fn exp_widget_kind(&mut self) -> (String, bool) {
        use rexpect::ReadUntil;
        let wanted = vec![
            ReadUntil::String(as_bytes(KEYS_END)),
            ReadUntil::String(as_bytes("›")),
        ];
        match self.p.exp_any(wanted) {
            Ok((before, found)) => (strip_escapes(&from_bytes(&before)), found == as_bytes("›")),
            Err(e) => panic!("waiting for a question: {}", from_bytes(&e.to_string())),
        }
    }

    /// Waits for the next question's header, then its widget.
    pub fn next_question(&mut self) -> (String, bool) {
        self.p
            .exp_regex(r"\d+ answered, (up to )?\d+ to go")
            .unwrap();
        self.exp_widget_kind()
    }

    /// Presses keys: each string is one key (a character, or an escape
    /// sequence such as an arrow).
    pub fn press(&mut self, keys: &[&str]) {
        for k in keys {
            self.p.send(k).unwrap();
            self.keys += 1;
        }
        self.p.flush().unwrap();
    }

    /// Types `text` and presses Enter: one key per character, and Enter.
    pub fn type_line(&mut self, text: &str) {
        self.p.send(text).unwrap();
        self.p.send("\r").unwrap();
        self.p.flush().unwrap();
        self.keys += text.chars().count() + 1;
    }

    /// Waits for a line prompt (after `after`), then types `text` and Enter.
    pub fn answer_line(&mut self, after: &str, text: &str) {
        self.exp(after);
        self.exp("›");
        self.type_line(text);
    }

    /// Waits for the next question, saves and quits (Esc does nothing in a
    /// list, and opens the other choices of a line to type in); exit 0.
    pub fn quit(&mut self) -> String {
        let (_, typed) = self.next_question();
        if typed {
            self.press(&["\u{1b}"]);
            self.exp(KEYS_END);
        }
        self.press(&["q"]);
        let said = self.eof();
        assert_eq!(self.exit_code(), 0, "{said}");
        said
    }

    /// Answers the offers to write files for those who can answer the open
    /// questions, `key` to each, until the report is ready; returns the text
    /// of each offer.
    pub fn answer_offers(&mut self, key: &str) -> Vec<String> {
        use rexpect::ReadUntil;
        let mut offers = Vec::new();
        // The end of each offer, wherever the terminal wraps it.
        let offer_end = rexpect::reader::Regex::new(r"with\s+a\s+letter\s+to\s+send\?").unwrap();
        loop {
            let wanted = vec![
                ReadUntil::Regex(offer_end.clone()),
                ReadUntil::String("Your report is ready".into()),
            ];
            let (before, found) = self.p.exp_any(wanted).unwrap();
            if found.starts_with("Your report") {
                return offers;
            }
            offers.push(strip_escapes(&from_bytes(&before)));
            self.press(&[key]);
        }
    }

    pub fn ctrl_c(&mut self) {
        self.p.send_control('c').unwrap();
    }

    pub fn kill(&mut self) {
        self.p.process_mut().signal(Signal::SIGKILL).unwrap();
    }

    /// Resizes the terminal: the program gets SIGWINCH.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        use std::os::fd::AsRawFd;
        let f = self.p.process().get_file_handle().unwrap();
        set_size(f.as_raw_fd(), cols, rows).unwrap();
    }

    pub fn exit_code(&self) -> i32 {
        match self.p.process().wait().unwrap() {
            WaitStatus::Exited(_, code) => code,
            other => panic!("did not exit normally: {other:?}"),
        }
    }

    pub fn eof(&mut self) -> String {
        from_bytes(&self.p.exp_eof().unwrap())
    }

    /// Fills in the respondent details: the organisation from assure.toml is
    /// kept.
    pub fn respondent(&mut self) {
        self.answer_line("Your business or organisation", "");
        self.answer_line("Your name", "Sam Example");
        self.answer_line("Your role", "");
        self.answer_line("Your email address", "");
    }
}

/// One item of a list as drawn: its key (if any) and label.
#[derive(Debug)]
pub(super) struct Item {
    pub key: Option<char>,
    pub label: String,
}

/// The items of the last list drawn in `screen` (escapes stripped): lines
/// starting with the pointer or two spaces, a key, two spaces and a label;
/// wrapped labels joined.
pub(super) fn items(screen: &str) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::new();
    let last_list = screen
        .rsplit("\n\n")
        .find(|block| block.lines().any(|l| l.starts_with("❯ ")))
        .unwrap_or_default();
    for line in last_list.lines() {
        let Some(rest) = line.strip_prefix("❯ ").or_else(|| line.strip_prefix("  ")) else {
            continue;
        };
        let rest = rest
            .strip_prefix("[ ] ")
            .or_else(|| rest.strip_prefix("[x] "))
            .unwrap_or(rest);
        // The key, or two keys ("?/d"), then at least two spaces.
        let (token, label) = rest.split_once("  ").unwrap_or((rest, ""));
        let mut chars = token.chars();
        let key = match (chars.next(), chars.as_str()) {
            (Some(k), "") if !k.is_whitespace() => Some(k),
            (Some(k), other) if other.len() == 2 && other.starts_with('/') => Some(k),
            _ => None,
        };
        match key {
            Some(k) if !label.trim().is_empty() => out.push(Item {
                key: Some(k),
                label: label.trim().to_owned(),
            }),
            _ => match out.last_mut() {
                // A wrapped label goes on under itself.
                Some(item) if line.starts_with("     ") => {
                    item.label.push(' ');
                    item.label.push_str(line.trim());
                }
                _ => out.push(Item {
                    key: None,
                    label: rest.trim().to_owned(),
                }),
            },
        }
    }
    out
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

/// The `answers` map of an answers file, which must also load against the
/// questionnaire (without a warning unless `hidden` allows warnings about
/// hidden answers), and make a report.
pub(super) fn saved_answers(dir: &Path, file: &str) -> serde_yaml::Mapping {
    saved_answers_with(dir, file, false)
}

pub(super) fn saved_answers_with(dir: &Path, file: &str, hidden: bool) -> serde_yaml::Mapping {
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
    let unexpected: Vec<_> = loaded
        .warnings
        .iter()
        .filter(|w| !(hidden && w.code.as_str() == "hidden-answer"))
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:?}");
    crate::support::assure(["report", file, "-o", "-"])
        .current_dir(dir)
        .run();
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

/// Picks from a list with keys that is not a question ("What would you like
/// to do?"), by label, once the list ending in `last` is drawn.
pub(super) fn choose_from(p: &mut Pty, last: &str, label: &str) {
    let chunk = strip_escapes(&p.exp(last));
    let screen = format!("{chunk}{last}");
    let key = Pty::key_of(&screen, label);
    p.press(&[&key]);
}
