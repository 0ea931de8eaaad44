//! Asking things in a terminal, behind a trait so that the walk can be tested
//! without one.
//!
//! [`Prompter`] has the few primitives the walk needs: show text, pick one item,
//! tick several, type a line. [`Terminal`] implements them with dialoguer on
//! stderr (stdout stays free for data); [`Script`] (tests only) plays back answers
//! chosen by their labels and records what was shown.
//!
//! Every primitive returns `io::Result`: Ctrl-C arrives as an error of kind
//! [`std::io::ErrorKind::Interrupted`], which the command turns into "your
//! answers are saved" and exit status 1.

mod terminal;
#[cfg(test)]
pub mod test;

use std::io;

pub use terminal::Terminal;
#[cfg(test)]
pub use test::{Script, Step};

/// Checks typed text: `Err` holds a short message shown under the prompt, and
/// the question is asked again.
pub type Check<'a> = &'a dyn Fn(&str) -> Result<(), String>;

pub trait Prompter {
    /// Shows lines of text. The text must be safe for a terminal already (see
    /// [`plain::safe`]).
    fn say(&mut self, text: &str) -> io::Result<()>;

    /// One item out of `items`, starting on `default`; returns its index.
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> io::Result<usize>;

    /// Any number of `items`, starting with those `checked`; returns the indexes
    /// ticked, in order.
    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> io::Result<Vec<usize>>;

    /// A line of text, starting as `initial`; asked again until `check` passes.
    /// An empty line is allowed unless `check` refuses it.
    fn input(&mut self, prompt: &str, initial: &str, check: Check<'_>) -> io::Result<String>;

    /// How wide text may be: the terminal's width, at most 76 columns.
    fn width(&self) -> usize {
        76
    }
}
