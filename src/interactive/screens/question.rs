//! Asking one question: what the respondent sees, and every way out of it.
//!
//! Every question shows the same keys, in the same order: the answers first
//! (`y` Yes, `n` No, or a number for each option; `?` I don't know and `-`
//! Not applicable where allowed), then one line of actions (`e` explain, `a`
//! add a note, `b` back, `s` skip, `q` save and quit). Yes/no and choice
//! questions are a list to pick from; multi-select questions a list to tick;
//! number and text questions a line to type, where an empty Enter opens the
//! same choices as a list.

use std::io;

use crate::interactive::prompt::{Entry, Look, Menu, Picked, Prompter, layout};
use crate::interactive::session::{LastNote, Progress};
use crate::model::answers::{Answer, Value};
use crate::model::{Question, QuestionType, YesNo};
use crate::report::describe;
use crate::text::plain;

mod tick;
mod typed;

pub use typed::parse_number;

pub const DONT_KNOW: &str = "I don't know";
pub const NOT_APPLICABLE: &str = "Not applicable";
pub const EXPLAIN: &str = "explain";
pub const NOTE: &str = "add a note";
pub const BACK: &str = "back";
pub const SKIP: &str = "skip";
pub const QUIT: &str = "save and quit";
/// The first choice behind an empty typed answer.
pub const TYPE_IT: &str = "Type an answer";
const MAX_TEXT: usize = 2000;

/// What the respondent chose to do with a question.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Answer(Value),
    Note,
    Back,
    Skip,
    Quit,
}

/// A question as it is asked now.
pub struct Asked<'a> {
    pub question: &'a Question,
    pub progress: Progress<'a>,
    /// The answer given before, if any: shown, and picked by default.
    pub current: Option<&'a Answer>,
    /// Whether to show the question (not after an explanation or a note).
    pub fresh: bool,
    /// Asked again because the question changed since it was answered.
    pub recheck: bool,
    /// Asked again because nothing tells whether the question changed.
    pub unchecked: bool,
    /// Carried from an earlier file, to confirm or change.
    pub last_time: Option<LastTime>,
    /// An earlier answer that was not carried, with its note ("Ask Dan").
    pub last_note: Option<LastNote>,
}

/// Where a carried answer came from, as the walk shows it.
pub struct LastTime {
    /// When it was given, if the earlier file says.
    pub date: Option<String>,
    /// Given long enough ago to deserve a fresh look.
    pub old: bool,
}

/// What came of one round of asking.
enum Reply {
    Act(Action),
    Explain,
    Again,
}

/// Asks until the respondent answers or chooses an action.
pub fn ask(p: &mut dyn Prompter, a: &Asked<'_>) -> io::Result<Action> {
    if a.fresh {
        p.new_screen();
        p.show(header(a))?;
    }
    let mut draft: Option<Vec<bool>> = None;
    loop {
        let reply = match a.question.kind() {
            QuestionType::YesNo | QuestionType::Choice => pick(p, a)?,
            QuestionType::Multi => tick::tick(p, a, &mut draft)?,
            QuestionType::Number | QuestionType::Text => typed::typed(p, a)?,
        };
        match reply {
            Reply::Act(action) => return Ok(action),
            Reply::Explain => explain(p, a.question)?,
            Reply::Again => {}
        }
    }
}

/// The section, the progress bar, the question and what was said before.
fn header(a: &Asked<'_>) -> crate::interactive::prompt::Shown {
    let section = plain::line(a.progress.section, 200);
    let counts = a.progress.counts();
    let (done, all) = (a.progress.answered, a.progress.answered + a.progress.to_go);
    let text = plain::safe(&a.question.text);
    let mut after = Vec::new();
    if let Some(answer) = a.current.filter(|c| c.value.is_answered()) {
        let said = plain::safe(&describe(a.question, &answer.value));
        let listed = matches!(
            a.question.kind(),
            QuestionType::YesNo | QuestionType::Choice
        );
        after.push(match &a.last_time {
            Some(last) if listed => format!(
                "{}\nPress Enter to keep it, or choose another answer.",
                last_time(last, &said)
            ),
            Some(last) => last_time(last, &said),
            None if a.recheck && a.unchecked => format!(
                "Asked again: nothing tells whether this question changed since you answered it. Your answer then: {said}"
            ),
            None if a.recheck => {
                format!("This question changed since you answered it. Your answer then: {said}")
            }
            None => format!("Your answer so far: {said}"),
        });
    }
    if let Some(note) = a.current.and_then(|c| c.note.as_deref()) {
        after.push(format!("Your note: {}", plain::line(note, MAX_TEXT)));
    } else if let Some(last) = &a.last_note {
        let when = last
            .date
            .as_deref()
            .map_or_else(String::new, |d| format!(" ({})", plain::line(d, 20)));
        after.push(format!(
            "Last time{when} you answered: {}. Your note then: {}",
            plain::line(&last.said, 200),
            plain::line(&last.note, MAX_TEXT)
        ));
    }
    Box::new(move |look: Look| {
        let w = look.width;
        let room = w.saturating_sub(counts.chars().count() + 1);
        let mut lines = vec![String::new()];
        lines.extend(layout::paragraph(&section, w).iter().map(|l| look.dim(l)));
        if room >= 10 {
            let bar = layout::bar(done, all, room.min(40));
            lines.push(format!("{bar} {}", look.dim(&counts)));
        } else {
            lines.push(layout::bar(done, all, w.min(40)));
            lines.push(look.dim(&counts));
        }
        lines.extend(layout::paragraph(&text, w).iter().map(|l| look.strong(l)));
        for l in &after {
            lines.push(layout::paragraphs(l, w));
        }
        lines.push(String::new());
        lines.join("\n")
    })
}

/// "Last time (2026-03-10): Yes", and how to keep it.
fn last_time(last: &LastTime, said: &str) -> String {
    let when = last
        .date
        .as_deref()
        .map_or_else(String::new, |d| format!(" ({})", plain::line(d, 20)));
    let fresh = if last.old {
        "\nThat was a while ago: check it is still true."
    } else {
        ""
    };
    format!("Last time{when}: {said}{fresh}")
}

fn explain(p: &mut dyn Prompter, q: &Question) -> io::Result<()> {
    let (help, why) = (q.help.clone(), q.why.clone());
    p.show(Box::new(move |look: Look| {
        let w = look.width;
        let mut text = String::new();
        if let Some(help) = &help {
            text.push_str(&format!("{}\n{}", look.strong("What this means:"), plain::markdown(help, w)));
        }
        if let Some(why) = &why {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(&format!("{}\n{}", look.strong("Why it matters:"), plain::markdown(why, w)));
        }
        if text.is_empty() {
            text = layout::paragraphs("There is no more to say about this question. Answer as best you can, or press ? for \"I don't know\".", w);
        }
        text.push('\n');
        text
    }))
}

/// The actions under every question, always the same.
fn action_keys(a: &Asked<'_>) -> Vec<(Entry, Do)> {
    let has_note = a.current.is_some_and(|c| c.note.is_some());
    vec![
        (Entry::keyed('e', EXPLAIN), Do::Explain),
        (
            Entry::keyed('a', if has_note { "change the note" } else { NOTE }),
            Do::Note,
        ),
        (Entry::keyed('b', BACK), Do::Back),
        (Entry::keyed('s', SKIP), Do::Skip),
        (Entry::keyed('q', QUIT), Do::Quit),
    ]
}

/// What a key under the list does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Do {
    Explain,
    Note,
    Back,
    Skip,
    Quit,
}

fn act(r: Do) -> Reply {
    match r {
        Do::Explain => Reply::Explain,
        Do::Note => Reply::Act(Action::Note),
        Do::Back => Reply::Act(Action::Back),
        Do::Skip => Reply::Act(Action::Skip),
        Do::Quit => Reply::Act(Action::Quit),
    }
}

/// "I don't know" and "Not applicable", where the question allows them.
fn extras(q: &Question) -> Vec<(Entry, Value)> {
    let mut v = Vec::new();
    if q.allow_unknown {
        v.push((Entry::keyed('?', DONT_KNOW).or('d'), Value::Unknown));
    }
    if q.allows_na() {
        v.push((Entry::keyed('-', NOT_APPLICABLE), Value::Na));
    }
    v
}

/// The answers of a yes/no or choice question, with their keys.
fn answers(q: &Question) -> Vec<(Entry, Value)> {
    let mut v: Vec<(Entry, Value)> = match q.kind() {
        QuestionType::YesNo => vec![
            (Entry::keyed('y', "Yes"), Value::YesNo(YesNo::Yes)),
            (Entry::keyed('n', "No"), Value::YesNo(YesNo::No)),
        ],
        _ => q
            .options()
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let key = char::from_digit(u32::try_from(i + 1).unwrap_or(10), 10);
                let label = plain::line(&o.label, MAX_TEXT);
                (Entry::new(key, label), Value::Choice(o.value.value.clone()))
            })
            .collect(),
    };
    v.extend(extras(q));
    v
}

fn pick(p: &mut dyn Prompter, a: &Asked<'_>) -> io::Result<Reply> {
    let values = answers(a.question);
    let keys = action_keys(a);
    let current = a.current.map(|c| &c.value);
    let menu = Menu {
        prompt: String::new(),
        items: values.iter().map(|(e, _)| e.clone()).collect(),
        default: values
            .iter()
            .position(|(_, v)| Some(v) == current)
            .unwrap_or(0),
        keys: keys.iter().map(|(e, _)| e.clone()).collect(),
    };
    Ok(match p.choose(&menu)? {
        Picked::Item(i) => values
            .into_iter()
            .nth(i)
            .map_or(Reply::Again, |(_, v)| Reply::Act(Action::Answer(v))),
        Picked::Key(i) => keys.get(i).map_or(Reply::Again, |(_, r)| act(*r)),
    })
}

/// The keys under a list to tick or behind a typed answer: the answers that
/// are not options ("I don't know", "Not applicable"), then the actions.
fn other_keys(a: &Asked<'_>) -> (Vec<Entry>, Vec<Reply>) {
    let mut entries = Vec::new();
    let mut replies = Vec::new();
    for (e, v) in extras(a.question) {
        entries.push(e);
        replies.push(Reply::Act(Action::Answer(v)));
    }
    for (e, d) in action_keys(a) {
        entries.push(e);
        replies.push(act(d));
    }
    (entries, replies)
}
