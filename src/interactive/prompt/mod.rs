//! Asking things in a terminal, behind a trait so that the walk can be tested
//! without one.
//!
//! [`Prompter`] has the few primitives the walk needs: show text, pick one item
//! of a list (or press one of its keys), tick several, type a line. Text is
//! given as a layout function of the width ([`Shown`]), so that the terminal
//! can lay it out again when it is resized. [`Terminal`] draws small widgets of
//! our own on stderr (stdout stays free for data), reading keys and resizes with
//! crossterm; [`Script`] (tests only) plays back answers chosen by their labels
//! or keys and records what was shown.
//!
//! Every primitive returns `io::Result`: Ctrl-C arrives as an error of kind
//! [`std::io::ErrorKind::Interrupted`], which the command turns into "your
//! answers are saved" and exit status 1.

pub mod layout;
mod line;
mod list;
mod terminal;
#[cfg(test)]
pub mod test;

use std::io;

pub use layout::Look;
pub use terminal::{Terminal, colour_on};
#[cfg(test)]
pub use test::{Script, Step};

/// Checks typed text: `Err` holds a short message shown under the prompt, and
/// the question is asked again.
pub type Check<'a> = &'a dyn Fn(&str) -> Result<(), Refused>;

/// Why a typed line is not taken: said under the line, in plain words, and
/// the line stays to be corrected.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("Type a number using digits only, such as 12.")]
    NotANumber,
    #[error("The answer must be {0} or more.")]
    Below(String),
    #[error("The answer must be {0} or less.")]
    Above(String),
    #[error("Please keep it under {0} characters.")]
    TooLong(usize),
    #[error("That does not look like an email address. Leave it empty if you prefer.")]
    NotAnEmail,
    #[error("Type the name of a file, such as answers.yaml.")]
    NoFileName,
}

/// Text laid out for a look (width, colour). Laid out again after a resize.
pub type Shown = Box<dyn Fn(Look) -> String>;

/// One line of a list, or one key under it: the key that picks it, if any,
/// and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub key: Option<char>,
    /// Another key that picks it, shown after the first ("? or d"): one that
    /// needs no Shift on most keyboards.
    pub also: Option<char>,
    pub label: String,
}

impl Entry {
    pub fn new(key: Option<char>, label: impl Into<String>) -> Self {
        Entry {
            key,
            also: None,
            label: label.into(),
        }
    }

    pub fn keyed(key: char, label: impl Into<String>) -> Self {
        Entry::new(Some(key), label)
    }

    /// The same, also picked by `key`.
    pub fn or(mut self, key: char) -> Self {
        self.also = Some(key);
        self
    }

    /// Its keys as shown: "y", or "?/d".
    pub fn keys(&self) -> String {
        match (self.key, self.also) {
            (Some(k), Some(a)) => format!("{k}/{a}"),
            (Some(k), None) => k.to_string(),
            (None, _) => String::new(),
        }
    }
}

/// A list to pick one item from. `keys` act at once without being in the list;
/// they are shown on one line under it ("e explain · b back").
#[derive(Clone, Debug, Default)]
pub struct Menu {
    /// Shown above the list; may be empty.
    pub prompt: String,
    pub items: Vec<Entry>,
    /// The item the pointer starts on.
    pub default: usize,
    pub keys: Vec<Entry>,
}

/// What was picked from a [`Menu`] or pressed at a [`Ticks`] list: an item of
/// the list or one of the keys under it, by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picked {
    Item(usize),
    Key(usize),
}

/// A list to tick any number of items from (Space, or an item's key), then
/// Enter. `keys` act at once, as in a [`Menu`].
#[derive(Clone, Debug, Default)]
pub struct Ticks {
    pub prompt: String,
    pub items: Vec<Entry>,
    pub checked: Vec<bool>,
    pub keys: Vec<Entry>,
}

/// How a [`Ticks`] list ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ticked {
    /// Enter: the indexes ticked, in order (maybe none).
    Done(Vec<usize>),
    /// One of the keys under the list.
    Key(usize),
}

pub trait Prompter {
    /// Shows text laid out by `text`. The text must be safe for a terminal
    /// already (see [`crate::text::plain::safe`]).
    fn show(&mut self, text: Shown) -> io::Result<()>;

    /// Shows plain text: each line is a paragraph, wrapped to the width, with
    /// a hanging indent after a leading "• " or spaces.
    fn say(&mut self, text: &str) -> io::Result<()> {
        let text = text.to_owned();
        self.show(Box::new(move |look| layout::paragraphs(&text, look.width)))
    }

    /// Starts a new screen: what is shown from here on is what a resize draws
    /// again.
    fn new_screen(&mut self) {}

    /// One item of a menu, or one of its keys.
    fn choose(&mut self, menu: &Menu) -> io::Result<Picked>;

    /// Any number of items, or one of the keys.
    fn tick(&mut self, ticks: &Ticks) -> io::Result<Ticked>;

    /// A line of text, starting as `initial`; asked again until `check` passes.
    /// An empty line is allowed unless `check` refuses it. `None`: the
    /// respondent pressed Esc, to do something else.
    fn input(
        &mut self,
        prompt: &str,
        initial: &str,
        check: Check<'_>,
    ) -> io::Result<Option<String>>;

    /// How wide text may be now: the terminal's width.
    fn width(&self) -> usize;
}
