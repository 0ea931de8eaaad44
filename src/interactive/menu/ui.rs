//! The start menu's prompts, on dialoguer: a theme that matches the walk
//! (the `❯` pointer and the question in bold, the line under the pointer in
//! cyan, "✔" in green), all plain when colour is off (`NO_COLOR`, as the walk
//! decides it); Esc or `q` goes back; Ctrl-C stops as it does in the walk.
//! What was chosen stays on screen on one line, cut to the width (a wrapped
//! line could not be taken back), and is taken back when a step is left with
//! Esc ([`Ui::mark`], [`Ui::back_to`]).

use std::cell::Cell;
use std::path::Path;

use anyhow::Result;
use dialoguer::console::{Style, Term, style};
use dialoguer::theme::{ColorfulTheme, Theme};
use dialoguer::{Confirm, FuzzySelect, Input, MultiSelect, Select};

use crate::interactive::interrupt;
use crate::interactive::prompt::colour_on;
use crate::text::plain::cut;

/// The prompts of the start menu, drawn on stderr.
pub struct Ui {
    theme: ColorfulTheme,
    term: Term,
    /// The lines saying what was chosen, so far.
    said: Cell<usize>,
}

/// The walk's look, in dialoguer's terms; plain when `colour` is off.
fn theme(colour: bool) -> ColorfulTheme {
    dialoguer::console::set_colors_enabled_stderr(colour);
    let s = || Style::new().for_stderr();
    let mark = |c: &str| style(c.to_owned()).for_stderr();
    ColorfulTheme {
        defaults_style: s().dim(),
        prompt_style: s().bold(),
        prompt_prefix: mark("?").cyan().bold(),
        prompt_suffix: mark("›").dim(),
        success_prefix: mark("✔").green(),
        success_suffix: mark("·").dim(),
        error_prefix: mark("✘").red(),
        error_style: s().red(),
        hint_style: s().dim(),
        values_style: s().cyan(),
        active_item_style: s().cyan().bold(),
        inactive_item_style: s(),
        active_item_prefix: mark("❯").cyan().bold(),
        inactive_item_prefix: mark(" "),
        checked_item_prefix: mark("[x]").green(),
        unchecked_item_prefix: mark("[ ]"),
        picked_item_prefix: mark("❯").cyan().bold(),
        unpicked_item_prefix: mark(" "),
        fuzzy_cursor_style: s().reverse(),
        fuzzy_match_highlight_style: s().bold().underlined(),
    }
}

/// A prompt's result, with Ctrl-C turned into the walk's stop (the terminal
/// restored, "Stopped. Nothing was changed.", exit 1).
fn handled<T>(result: dialoguer::Result<T>) -> Result<T> {
    match result {
        Ok(v) => Ok(v),
        Err(dialoguer::Error::IO(e)) if e.kind() == std::io::ErrorKind::Interrupted => {
            interrupt::stop()
        }
        Err(dialoguer::Error::IO(e)) => Err(e.into()),
    }
}

impl Ui {
    pub fn new() -> Ui {
        Ui {
            theme: theme(colour_on()),
            term: Term::stderr(),
            said: Cell::new(0),
        }
    }

    /// Where the screen is, to come back to with [`Ui::back_to`].
    pub fn mark(&self) -> usize {
        self.said.get()
    }

    /// Takes back the lines saying what was chosen since `mark`: a step left
    /// with Esc leaves no trace of what was chosen in it.
    pub fn back_to(&self, mark: usize) -> Result<()> {
        let n = self.said.get().saturating_sub(mark);
        self.said.set(mark);
        Ok(self.term.clear_last_lines(n)?)
    }

    /// Says what was chosen on one line, as dialoguer would, cut to the width.
    fn chosen(
        &self,
        line: impl Fn(&str, &mut String) -> std::fmt::Result,
        what: &str,
    ) -> Result<()> {
        let width = usize::from(self.term.size().1).max(20);
        let mut probe = String::new();
        line("", &mut probe)?;
        let room = width.saturating_sub(dialoguer::console::measure_text_width(&probe) + 1);
        let mut text = String::new();
        line(&cut(what, room.max(1)), &mut text)?;
        self.term.write_line(&text)?;
        // A prompt wider than the screen still wraps: count its rows.
        let rows = dialoguer::console::measure_text_width(&text).div_ceil(width);
        self.said.set(self.said.get() + rows.max(1));
        Ok(())
    }

    fn said_select(
        &self,
        prompt: &str,
        items: &[String],
        i: Option<usize>,
    ) -> Result<Option<usize>> {
        if let Some(item) = i.and_then(|i| items.get(i)) {
            let th = &self.theme;
            self.chosen(|w, f| th.format_select_prompt_selection(f, prompt, w), item)?;
        }
        Ok(i)
    }

    /// The screen's rows, less those the prompt and a margin take.
    fn rows(&self) -> usize {
        usize::from(self.term.size().0).saturating_sub(6).max(5)
    }

    /// `items` cut to the width, less `before` columns (the pointer, a tick
    /// box), so that none wraps: a wrapped line would break the redraw.
    fn fit(&self, items: &[String], before: usize) -> Vec<String> {
        let width = usize::from(self.term.size().1)
            .saturating_sub(before + 1)
            .max(20);
        items.iter().map(|i| cut(i, width).into_owned()).collect()
    }

    /// A line of text (already safe for a terminal), in bold when `strong`.
    pub fn say(&self, text: &str, strong: bool) -> Result<()> {
        let text = if strong {
            Style::new().for_stderr().bold().apply_to(text).to_string()
        } else {
            text.to_owned()
        };
        Ok(self.term.write_line(&text)?)
    }

    /// A hint, dimmed.
    pub fn hint(&self, text: &str) -> Result<()> {
        let dim = Style::new().for_stderr().dim();
        Ok(self.term.write_line(&dim.apply_to(text).to_string())?)
    }

    /// One of `items`; `None` for Esc or `q`.
    pub fn select(&self, prompt: &str, items: &[String], default: usize) -> Result<Option<usize>> {
        let i = handled(
            Select::with_theme(&self.theme)
                .with_prompt(prompt)
                .items(self.fit(items, 2))
                .default(default)
                .max_length(self.rows())
                .report(false)
                .interact_on_opt(&self.term),
        )?;
        self.said_select(prompt, items, i)
    }

    /// One of `items`, found by typing part of it; `None` for Esc.
    pub fn fuzzy(&self, prompt: &str, items: &[String]) -> Result<Option<usize>> {
        let i = handled(
            FuzzySelect::with_theme(&self.theme)
                .with_prompt(prompt)
                .items(self.fit(items, 2))
                .default(0)
                .max_length(self.rows())
                .report(false)
                .interact_on_opt(&self.term),
        )?;
        self.said_select(prompt, items, i)
    }

    /// Some of `items`, all ticked at first; `None` for Esc.
    pub fn ticks(&self, prompt: &str, items: &[String]) -> Result<Option<Vec<usize>>> {
        let picked = handled(
            MultiSelect::with_theme(&self.theme)
                .with_prompt(prompt)
                .items_checked(self.fit(items, 6).into_iter().map(|i| (i, true)))
                .max_length(self.rows())
                .report(false)
                .interact_on_opt(&self.term),
        )?;
        if let Some(picked) = &picked {
            let all: Vec<&str> = picked
                .iter()
                .filter_map(|&i| items.get(i).map(String::as_str))
                .collect();
            let th = &self.theme;
            let line =
                |w: &str, f: &mut String| th.format_multi_select_prompt_selection(f, prompt, &[w]);
            self.chosen(line, &all.join(", "))?;
        }
        Ok(picked)
    }

    /// A line of text, `default` if Enter is pressed at once. With
    /// `existing`, only the name of a file that exists is taken.
    pub fn input(&self, prompt: &str, default: &str, existing: bool) -> Result<String> {
        let mut input = Input::<String>::with_theme(&self.theme)
            .with_prompt(prompt)
            .allow_empty(false)
            .report(false);
        if !default.is_empty() {
            input = input.default(default.to_owned());
        }
        if existing {
            input = input.validate_with(|s: &String| match Path::new(s.trim()).is_file() {
                true => Ok(()),
                false => Err(format!(
                    "There is no file {} here: type its name, or its path",
                    crate::text::terminal::clean_line(s.trim())
                )),
            });
        }
        let typed = handled(input.interact_text_on(&self.term))?
            .trim()
            .to_owned();
        let th = &self.theme;
        self.chosen(
            |w, f| th.format_input_prompt_selection(f, prompt, w),
            &typed,
        )?;
        Ok(typed)
    }

    /// Yes or no; `None` for Esc or `q`.
    pub fn confirm(&self, prompt: &str, default: bool) -> Result<Option<bool>> {
        let said = handled(
            Confirm::with_theme(&self.theme)
                .with_prompt(prompt)
                .default(default)
                .report(false)
                .interact_on_opt(&self.term),
        )?;
        if said.is_some() {
            let th = &self.theme;
            self.chosen(
                |_, f| th.format_confirm_prompt_selection(f, prompt, said),
                "",
            )?;
        }
        Ok(said)
    }
}

impl Default for Ui {
    fn default() -> Self {
        Ui::new()
    }
}
