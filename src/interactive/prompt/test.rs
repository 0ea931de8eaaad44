//! A [`Prompter`] for unit tests: plays back steps chosen by label, records the
//! screen, and behaves like Ctrl-C when the script runs out.

use std::collections::VecDeque;
use std::io;

use super::{Check, Prompter};

#[derive(Clone, Debug)]
pub enum Step {
    /// Pick the item with this label (or the only one starting with it).
    Pick(&'static str),
    /// Tick exactly these items (by label) and confirm.
    Tick(Vec<&'static str>),
    /// Type this line (replacing any initial text).
    Type(&'static str),
    /// Press Enter on the line as it starts (its initial text).
    Enter,
}

#[derive(Default)]
pub struct Script {
    steps: VecDeque<Step>,
    /// Everything shown, prompts and items included, for assertions.
    pub screen: String,
}

impl Script {
    pub fn new(steps: impl IntoIterator<Item = Step>) -> Self {
        Script {
            steps: steps.into_iter().collect(),
            screen: String::new(),
        }
    }

    /// Whether every step was used.
    pub fn is_done(&self) -> bool {
        self.steps.is_empty()
    }

    fn next(&mut self) -> io::Result<Step> {
        self.steps
            .pop_front()
            .ok_or_else(|| io::Error::new(io::ErrorKind::Interrupted, "the script ran out"))
    }

    fn find(&self, items: &[String], label: &str) -> usize {
        if let Some(i) = items.iter().position(|i| i == label) {
            return i;
        }
        let starting: Vec<usize> = (0..items.len())
            .filter(|&i| items[i].starts_with(label))
            .collect();
        match starting.as_slice() {
            [i] => *i,
            _ => panic!(
                "no single item {label:?} in {items:?}\nscreen:\n{}",
                self.screen
            ),
        }
    }
}

impl Prompter for Script {
    fn say(&mut self, text: &str) -> io::Result<()> {
        self.screen.push_str(text);
        self.screen.push('\n');
        Ok(())
    }

    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> io::Result<usize> {
        self.screen.push_str(&format!("? {prompt}\n"));
        for (i, item) in items.iter().enumerate() {
            let mark = if i == default { '>' } else { ' ' };
            self.screen.push_str(&format!("{mark} {item}\n"));
        }
        match self.next()? {
            Step::Pick(label) => {
                let i = self.find(items, label);
                self.screen.push_str(&format!("= {}\n", items[i]));
                Ok(i)
            }
            other => panic!("asked to pick from {items:?}, but the script says {other:?}"),
        }
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> io::Result<Vec<usize>> {
        self.screen.push_str(&format!("? {prompt}\n"));
        for (i, item) in items.iter().enumerate() {
            let mark = if checked.get(i) == Some(&true) {
                'x'
            } else {
                ' '
            };
            self.screen.push_str(&format!("[{mark}] {item}\n"));
        }
        match self.next()? {
            Step::Tick(labels) => {
                let mut ticked: Vec<usize> = labels.iter().map(|l| self.find(items, l)).collect();
                ticked.sort_unstable();
                Ok(ticked)
            }
            other => panic!("asked to tick from {items:?}, but the script says {other:?}"),
        }
    }

    fn input(&mut self, prompt: &str, initial: &str, check: Check<'_>) -> io::Result<String> {
        loop {
            self.screen.push_str(&format!("? {prompt} [{initial}]\n"));
            let text = match self.next()? {
                Step::Type(text) => text.to_owned(),
                Step::Enter => initial.to_owned(),
                other => panic!("asked to type, but the script says {other:?}"),
            };
            match check(&text) {
                Ok(()) => {
                    self.screen.push_str(&format!("= {text}\n"));
                    return Ok(text);
                }
                Err(e) => self.screen.push_str(&format!("! {e}\n")),
            }
        }
    }
}
