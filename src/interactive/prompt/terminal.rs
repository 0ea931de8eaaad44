//! The real [`Prompter`]: dialoguer prompts on stderr.

use std::io;

use console::Term;
use dialoguer::theme::ColorfulTheme;
use dialoguer::{Input, MultiSelect, Select};

use super::{Check, Prompter};

/// Prompts on stderr, so that stdout stays free for data. Colours follow
/// `NO_COLOR` and whether stderr is a terminal (console decides).
pub struct Terminal {
    term: Term,
    theme: ColorfulTheme,
}

impl Terminal {
    pub fn new() -> Self {
        Terminal {
            term: Term::stderr(),
            theme: ColorfulTheme::default(),
        }
    }
}

impl Default for Terminal {
    fn default() -> Self {
        Terminal::new()
    }
}

impl Prompter for Terminal {
    fn say(&mut self, text: &str) -> io::Result<()> {
        self.term.write_line(text)
    }

    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> io::Result<usize> {
        Ok(Select::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(items)
            .default(default.min(items.len().saturating_sub(1)))
            .interact_on(&self.term)?)
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> io::Result<Vec<usize>> {
        let pairs = items
            .iter()
            .enumerate()
            .map(|(i, item)| (item.as_str(), checked.get(i).copied().unwrap_or(false)));
        Ok(MultiSelect::with_theme(&self.theme)
            .with_prompt(prompt)
            .items_checked(pairs)
            .interact_on(&self.term)?)
    }

    fn input(&mut self, prompt: &str, initial: &str, check: Check<'_>) -> io::Result<String> {
        let mut input = Input::<String>::with_theme(&self.theme)
            .with_prompt(prompt)
            .allow_empty(true)
            .validate_with(|s: &String| check(s));
        if !initial.is_empty() {
            input = input.with_initial_text(initial);
        }
        Ok(input.interact_text_on(&self.term)?)
    }

    fn width(&self) -> usize {
        let (_, cols) = self.term.size();
        usize::from(cols).saturating_sub(2).clamp(20, 76)
    }
}
