//! Walking questions by a plan: what to do at each visit of a question
//! ([`Step`]), how a question is recognised on the screen ([`Seen`]), and
//! [`Pty::drive`].

use std::collections::HashMap;
use std::path::Path;

use super::{DONT_KNOW, KEYS_END, Pty, items, strip_escapes};

/// What to do at one visit of a question.
#[derive(Clone, Debug)]
pub(crate) enum Step {
    /// Press the key of the answer with this label.
    Pick(&'static str),
    /// Tick these options (by position from 0) and press Enter.
    Tick(Vec<usize>),
    Type(&'static str),
    /// Esc out of a typed answer, then the key of this choice.
    Other(&'static str),
    /// Press e, and wait for the explanation.
    Explain,
    /// Press a, and type this note.
    Note(&'static str),
    Back,
    /// Ctrl-C while the question waits.
    Interrupt,
    /// SIGKILL while the question waits.
    Kill,
    /// Wait at the question until the process is ended from outside.
    Hold,
    /// Press q.
    Quit,
}

pub(crate) type Plan = dyn Fn(&Seen) -> Vec<Step>;

/// One question as it appeared: id, kind, the counts of its header, and
/// what the screen showed from the header to the keys line.
#[derive(Debug, Clone)]
pub(crate) struct Seen {
    pub id: String,
    pub kind: String,
    pub answered: usize,
    pub to_go: usize,
    pub visit: usize,
    pub screen: String,
}

/// The bundled questionnaire's questions: (id, type, text).
pub(crate) fn questions() -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/sme-baseline.yaml"),
    )
    .unwrap();
    let doc: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let mut out = Vec::new();
    for s in doc["sections"].as_sequence().unwrap() {
        for q in s["questions"].as_sequence().unwrap() {
            let get = |k: &str| q[k].as_str().unwrap_or("yes_no").to_owned();
            let text = get("text").split_whitespace().collect::<Vec<_>>().join(" ");
            out.push((get("id"), get("type"), text));
        }
    }
    out
}

/// Why `drive` returned.
#[derive(Debug, PartialEq)]
pub(crate) enum End {
    Review,
    Stopped,
}

/// The question a header belongs to: the text from the header's next line
/// to the blank line, joined, is the start of one question's text.
fn recognise(all: &[(String, String, String)], after_header: &str) -> (String, String) {
    let text: Vec<&str> = after_header
        .lines()
        .skip(1)
        .take_while(|l| !l.trim().is_empty() && !l.starts_with("Your answer so far"))
        .map(str::trim)
        .collect();
    let text = text.join(" ");
    let (id, kind, _) = all
        .iter()
        .find(|(_, _, t)| t.starts_with(&text) || text.starts_with(t.as_str()))
        .unwrap_or_else(|| panic!("no question starts with {text:?}"));
    (id.clone(), kind.clone())
}

/// A question recognised from the screen after its header, first visit.
pub(crate) fn seen(after_header: &str) -> Seen {
    let (id, kind) = recognise(&questions(), after_header);
    Seen {
        id,
        kind,
        answered: 0,
        to_go: 0,
        visit: 1,
        screen: after_header.to_owned(),
    }
}

impl Pty {
    /// Walks questions by `plan` until the review, or until a step stops it.
    pub fn drive(&mut self, plan: &Plan, seen: &mut Vec<Seen>) -> End {
        let all = questions();
        let mut visits: HashMap<String, usize> = HashMap::new();
        loop {
            let pattern =
                r"(\d+) answered, (?:up to )?(\d+) to go|Here is a summary of your answers";
            let (_, found) = self.p.exp_regex(pattern).unwrap();
            if found.starts_with("Here is a summary") {
                return End::Review;
            }
            let numbers: Vec<usize> = found
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|n| n.parse().ok())
                .collect();
            let rest = self.exp_widget();
            let (id, kind) = recognise(&all, &rest);
            let visit = visits.entry(id.clone()).or_default();
            *visit += 1;
            let s = Seen {
                id,
                kind,
                answered: numbers[0],
                to_go: numbers[1],
                visit: *visit,
                screen: rest,
            };
            let mut steps = plan(&s);
            if steps.is_empty() {
                steps.push(match s.kind.as_str() {
                    "number" | "text" => Step::Other(DONT_KNOW),
                    _ => Step::Pick(DONT_KNOW),
                });
            }
            seen.push(s.clone());
            for step in steps {
                if let Some(end) = self.step(&s, step) {
                    return end;
                }
            }
        }
    }

    /// The key of `label` in the list just drawn in `screen`, or in the keys
    /// line under it ("? I don't know · e explain").
    pub(super) fn key_of(screen: &str, label: &str) -> String {
        let items = items(screen);
        if let Some(item) = items.iter().find(|i| i.label == label) {
            return item.key.map(String::from).unwrap_or_default();
        }
        let keys = screen
            .lines()
            .flat_map(|l| l.split(" · "))
            .find_map(|piece| {
                let (key, rest) = piece.split_once(' ')?;
                // One key, or two ("?/d"): the first is pressed.
                let first = key.chars().next()?;
                let one = key.chars().count() == 1
                    || (key.chars().count() == 3 && key.chars().nth(1) == Some('/'));
                (rest == label && one).then(|| first.to_string())
            });
        keys.unwrap_or_else(|| panic!("{label:?} is not in {items:?}\n{screen}"))
    }

    /// Out of a typed answer (its arrow already seen) into the other
    /// choices; the menu's screen.
    fn escape(&mut self) -> String {
        self.press(&["\u{1b}"]);
        strip_escapes(&self.exp(KEYS_END))
    }

    /// Does one step; `Some` when it ends the walk.
    fn step(&mut self, s: &Seen, step: Step) -> Option<End> {
        let typed = matches!(s.kind.as_str(), "number" | "text");
        match step {
            Step::Pick(label) => {
                let key = Self::key_of(&s.screen, label);
                self.press(&[&key]);
                self.saved_mark();
            }
            Step::Tick(positions) => {
                let mut keys: Vec<String> = positions.iter().map(|i| (i + 1).to_string()).collect();
                keys.push("\r".into());
                let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
                self.press(&keys);
                self.saved_mark();
            }
            Step::Type(text) => {
                self.type_line(text);
                self.saved_mark();
            }
            Step::Other(label) => {
                let screen = self.escape();
                let key = Self::key_of(&screen, label);
                self.press(&[&key]);
                self.saved_mark();
            }
            Step::Explain => {
                self.action(typed, "e");
                let shown = self.exp(if typed { "›" } else { KEYS_END });
                assert!(
                    shown.contains("What this means:") || shown.contains("Why it matters:"),
                    "{shown}"
                );
            }
            Step::Note(text) => {
                self.action(typed, "a");
                self.answer_line("Your note", text);
                self.exp("✔ Note saved.");
                self.exp(if typed { "›" } else { KEYS_END });
            }
            Step::Back => self.action(typed, "b"),
            Step::Quit => {
                self.action(typed, "q");
                return Some(End::Stopped);
            }
            Step::Interrupt => {
                self.ctrl_c();
                return Some(End::Stopped);
            }
            Step::Kill => {
                self.kill();
                return Some(End::Stopped);
            }
            Step::Hold => {
                let _ = self.p.exp_eof();
                return Some(End::Stopped);
            }
        }
        None
    }

    fn saved_mark(&mut self) {
        self.exp("✔ Saved: ");
        self.saved += 1;
    }

    /// Skips the question on screen, typed or picked.
    pub fn skip(&mut self, typed: bool) {
        self.action(typed, "s");
    }

    /// An action key: straight away in a list, after Esc in a typed answer.
    fn action(&mut self, typed: bool, key: &str) {
        if typed {
            self.escape();
        }
        self.press(&[key]);
    }
}
