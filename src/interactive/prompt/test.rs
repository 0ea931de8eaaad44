//! A [`Prompter`] for unit tests: plays back steps chosen by label or key,
//! records the screen, and behaves like Ctrl-C when the script runs out.

use std::collections::VecDeque;
use std::io;

use super::layout::Look;
use super::{Check, Entry, Menu, Picked, Prompter, Shown, Ticked, Ticks};

#[derive(Clone, Debug)]
pub enum Step {
    /// Pick the item or key with this label (or the only one starting with it).
    Pick(&'static str),
    /// Press this key.
    Key(char),
    /// Tick exactly these items (by label) and press Enter.
    Tick(Vec<&'static str>),
    /// Type this line (replacing any initial text).
    Type(&'static str),
    /// Press Enter on the line as it starts (its initial text).
    Enter,
    /// Press Esc on a line.
    Esc,
}

pub struct Script {
    steps: VecDeque<Step>,
    /// Everything shown, prompts and items included, for assertions.
    pub screen: String,
    /// The width text is laid out to.
    pub width: usize,
    /// How many screens were started.
    pub screens: usize,
}

impl Default for Script {
    fn default() -> Self {
        Script::new([])
    }
}

fn find(entries: &[Entry], label: &str) -> Option<usize> {
    if let Some(i) = entries.iter().position(|e| e.label == label) {
        return Some(i);
    }
    let starting: Vec<usize> = (0..entries.len())
        .filter(|&i| entries[i].label.starts_with(label))
        .collect();
    match starting.as_slice() {
        [i] => Some(*i),
        _ => None,
    }
}

fn find_key(entries: &[Entry], key: char) -> Option<usize> {
    entries
        .iter()
        .position(|e| e.key == Some(key) || e.also == Some(key))
}

impl Script {
    pub fn new(steps: impl IntoIterator<Item = Step>) -> Self {
        Script {
            steps: steps.into_iter().collect(),
            screen: String::new(),
            width: 76,
            screens: 0,
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

    fn record_list(&mut self, prompt: &str, items: &[String], keys: &[Entry]) {
        if !prompt.is_empty() {
            self.screen.push_str(&format!("? {prompt}\n"));
        }
        for item in items {
            self.screen.push_str(item);
            self.screen.push('\n');
        }
        if !keys.is_empty() {
            let keys: Vec<String> = keys
                .iter()
                .map(|k| format!("{} {}", k.key.unwrap_or(' '), k.label))
                .collect();
            self.screen.push_str(&format!("[{}]\n", keys.join(" · ")));
        }
    }

    fn stuck(&self, what: &str, step: &Step) -> ! {
        panic!(
            "asked to {what}, but the script says {step:?}\nscreen:\n{}",
            self.screen
        )
    }
}

fn keyed(e: &Entry) -> String {
    match e.key {
        Some(_) => format!("{}  {}", e.keys(), e.label),
        None => e.label.clone(),
    }
}

impl Prompter for Script {
    fn show(&mut self, text: Shown) -> io::Result<()> {
        self.screen.push_str(&text(Look::plain(self.width)));
        self.screen.push('\n');
        Ok(())
    }

    fn new_screen(&mut self) {
        self.screens += 1;
    }

    fn choose(&mut self, menu: &Menu) -> io::Result<Picked> {
        let items: Vec<String> = (0..menu.items.len())
            .map(|i| {
                let mark = if i == menu.default { '>' } else { ' ' };
                format!("{mark} {}", keyed(&menu.items[i]))
            })
            .collect();
        self.record_list(&menu.prompt, &items, &menu.keys);
        let step = self.next()?;
        let picked = match &step {
            Step::Pick(label) => find(&menu.items, label)
                .map(Picked::Item)
                .or_else(|| find(&menu.keys, label).map(Picked::Key)),
            Step::Key(k) => find_key(&menu.items, *k)
                .map(Picked::Item)
                .or_else(|| find_key(&menu.keys, *k).map(Picked::Key)),
            _ => None,
        };
        let Some(picked) = picked else {
            self.stuck(&format!("pick from {:?}", menu.items), &step)
        };
        let label = match picked {
            Picked::Item(i) => &menu.items[i].label,
            Picked::Key(i) => &menu.keys[i].label,
        };
        self.screen.push_str(&format!("= {label}\n"));
        Ok(picked)
    }

    fn tick(&mut self, ticks: &Ticks) -> io::Result<Ticked> {
        let items: Vec<String> = (0..ticks.items.len())
            .map(|i| {
                let mark = if ticks.checked.get(i) == Some(&true) {
                    'x'
                } else {
                    ' '
                };
                format!("[{mark}] {}", keyed(&ticks.items[i]))
            })
            .collect();
        self.record_list(&ticks.prompt, &items, &ticks.keys);
        let step = self.next()?;
        let done = match &step {
            Step::Tick(labels) => {
                let found: Option<Vec<usize>> =
                    labels.iter().map(|l| find(&ticks.items, l)).collect();
                found.map(|mut ticked| {
                    ticked.sort_unstable();
                    Ticked::Done(ticked)
                })
            }
            Step::Pick(label) => find(&ticks.keys, label).map(Ticked::Key),
            Step::Key(k) => find_key(&ticks.keys, *k).map(Ticked::Key),
            _ => None,
        };
        match done {
            Some(done) => Ok(done),
            None => self.stuck(&format!("tick from {:?}", ticks.items), &step),
        }
    }

    fn input(
        &mut self,
        prompt: &str,
        initial: &str,
        check: Check<'_>,
    ) -> io::Result<Option<String>> {
        loop {
            self.screen.push_str(&format!("? {prompt} [{initial}]\n"));
            let step = self.next()?;
            let text = match step {
                Step::Type(text) => text.to_owned(),
                Step::Enter => initial.to_owned(),
                Step::Esc => {
                    self.screen.push_str("= Esc\n");
                    return Ok(None);
                }
                other => self.stuck("type", &other),
            };
            match check(&text) {
                Ok(()) => {
                    self.screen.push_str(&format!("= {text}\n"));
                    return Ok(Some(text));
                }
                Err(e) => self.screen.push_str(&format!("! {e}\n")),
            }
        }
    }

    fn width(&self) -> usize {
        self.width
    }
}
