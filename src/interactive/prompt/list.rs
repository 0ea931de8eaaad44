//! The list widget, with no terminal: a pointer that moves, keys that pick or
//! tick, and the lines to draw for a given look and height.
//!
//! One widget serves both [`Menu`] (pick one) and [`Ticks`] (tick several).
//! The pointer `❯` marks the current line in every mode, so it shows with
//! `NO_COLOR` too. Items are wrapped, never cut; a list taller than the
//! screen scrolls, with "more above" and "more below" lines.

use super::layout::{self, Look};
use super::{Entry, Menu, Picked, Ticked, Ticks};

/// A key, as the widgets see it (the terminal translates crossterm's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    Enter,
    Escape,
    Backspace,
    Delete,
    /// Ctrl-U: clear the line.
    Clear,
    Char(char),
    Other,
}

/// What a key did.
#[derive(Debug, PartialEq, Eq)]
pub enum Flow<T> {
    /// Draw again and wait for the next key.
    Stay,
    Done(T),
}

const POINTER: &str = "❯ ";
const NO_POINTER: &str = "  ";

pub struct List<'a> {
    prompt: &'a str,
    items: &'a [Entry],
    keys: &'a [Entry],
    cursor: usize,
    /// `Some` for a list to tick.
    checked: Option<Vec<bool>>,
    /// Said under the list after a key that does nothing.
    hint: Option<&'static str>,
    /// The first item shown, when the list is taller than the screen.
    offset: usize,
    /// Digits typed to go to a numbered item ("12" goes to "12. …").
    typed: String,
}

/// The index of the entry `c` picks (its key or the other key it takes),
/// ignoring case.
fn find(entries: &[Entry], c: char) -> Option<usize> {
    let c = c.to_lowercase().next().unwrap_or(c);
    entries
        .iter()
        .position(|e| e.key == Some(c) || e.also == Some(c))
}

impl<'a> List<'a> {
    pub fn menu(m: &'a Menu) -> Self {
        List {
            prompt: &m.prompt,
            items: &m.items,
            keys: &m.keys,
            cursor: m.default.min(m.items.len().saturating_sub(1)),
            checked: None,
            hint: None,
            offset: 0,
            typed: String::new(),
        }
    }

    pub fn ticks(t: &'a Ticks) -> Self {
        let checked = (0..t.items.len())
            .map(|i| t.checked.get(i).copied().unwrap_or(false))
            .collect();
        List {
            prompt: &t.prompt,
            items: &t.items,
            keys: &t.keys,
            cursor: 0,
            checked: Some(checked),
            hint: None,
            offset: 0,
            typed: String::new(),
        }
    }

    fn taken(&self, c: char) -> bool {
        find(self.items, c).is_some() || find(self.keys, c).is_some()
    }

    fn moved(&mut self, to: usize) -> Flow<Picked> {
        self.cursor = to.min(self.items.len().saturating_sub(1));
        Flow::Stay
    }

    /// A digit in a list of numbered items ("12. …") with no keys of their
    /// own: the digits typed so far pick the item to go to; Enter chooses it.
    fn go_to_number(&mut self, c: char) -> bool {
        if !c.is_ascii_digit() || self.items.iter().any(|e| e.key.is_some()) {
            return false;
        }
        let starts = |typed: &str| {
            let prefix = format!("{typed}. ");
            self.items.iter().position(|e| e.label.starts_with(&prefix))
        };
        let mut typed = format!("{}{c}", self.typed);
        let mut found = starts(&typed);
        if found.is_none() {
            typed = c.to_string();
            found = starts(&typed);
        }
        match found {
            Some(i) => {
                self.cursor = i;
                self.hint = Some("Press Enter to choose it, or type another number.");
                self.typed = typed;
            }
            None => {
                self.typed.clear();
                self.hint = Some("Nothing in the list has that number.");
            }
        }
        true
    }

    /// A key in a menu.
    pub fn pick(&mut self, key: &Key) -> Flow<Picked> {
        self.hint = None;
        if let Key::Char(c) = key
            && !self.taken(*c)
            && self.go_to_number(*c)
        {
            return Flow::Stay;
        }
        if *key == Key::Backspace && !self.typed.is_empty() {
            self.typed.pop();
            return Flow::Stay;
        }
        if !matches!(key, Key::Char(c) if c.is_ascii_digit()) {
            self.typed.clear();
        }
        let last = self.items.len().saturating_sub(1);
        match key {
            Key::Up => self.moved(self.cursor.checked_sub(1).unwrap_or(last)),
            Key::Down => self.moved(if self.cursor >= last {
                0
            } else {
                self.cursor + 1
            }),
            Key::Char('k') if !self.taken('k') => self.moved(self.cursor.saturating_sub(1)),
            Key::Char('j') if !self.taken('j') => self.moved(self.cursor + 1),
            Key::Home | Key::PageUp => self.moved(0),
            Key::End | Key::PageDown => self.moved(last),
            Key::Enter if !self.items.is_empty() => Flow::Done(Picked::Item(self.cursor)),
            Key::Char(c) => {
                if let Some(i) = find(self.items, *c) {
                    Flow::Done(Picked::Item(i))
                } else if let Some(i) = find(self.keys, *c) {
                    Flow::Done(Picked::Key(i))
                } else {
                    self.hint = Some(
                        "Press one of the keys shown, or move with the arrow keys and press Enter.",
                    );
                    Flow::Stay
                }
            }
            _ => Flow::Stay,
        }
    }

    /// A key in a list to tick.
    pub fn tick(&mut self, key: &Key) -> Flow<Ticked> {
        self.hint = None;
        let Some(checked) = self.checked.as_mut() else {
            return Flow::Stay;
        };
        let toggle = |checked: &mut Vec<bool>, i: usize| {
            if let Some(c) = checked.get_mut(i) {
                *c = !*c;
            }
        };
        match key {
            Key::Char(' ') => toggle(checked, self.cursor),
            Key::Enter => {
                let ticked = (0..checked.len()).filter(|&i| checked[i]).collect();
                return Flow::Done(Ticked::Done(ticked));
            }
            Key::Char(c) => {
                if let Some(i) = find(self.items, *c) {
                    toggle(checked, i);
                    self.cursor = i;
                } else if let Some(i) = find(self.keys, *c) {
                    return Flow::Done(Ticked::Key(i));
                } else if matches!(c, 'j' | 'k') {
                    let _ = self.pick(key);
                } else {
                    self.hint = Some(
                        "Press Space to tick the answer the pointer is on, or its number; then Enter.",
                    );
                }
            }
            other => {
                let _ = self.pick(other);
            }
        }
        Flow::Stay
    }

    /// The lines of one item: pointer, box, key and label, the label wrapped
    /// under itself.
    fn item_lines(&self, i: usize, look: Look, keyed: bool) -> Vec<String> {
        let e = &self.items[i];
        let here = i == self.cursor;
        let mut head = String::from(if here { POINTER } else { NO_POINTER });
        if let Some(checked) = &self.checked {
            head.push_str(if checked[i] { "[x] " } else { "[ ] " });
        }
        if keyed {
            let width = self
                .items
                .iter()
                .map(|e| e.keys().chars().count())
                .max()
                .unwrap_or(1);
            head.push_str(&format!("{:<w$}", e.keys(), w = width + 2));
        }
        let hang = " ".repeat(layout::width_of(&head));
        let lines = crate::text::plain::wrap(&e.label, look.width, &head, &hang);
        lines
            .into_iter()
            .map(|l| if here { look.accent(&l) } else { l })
            .collect()
    }

    /// The line of keys under the list: "e explain · b back", each key kept
    /// with its word.
    fn keys_line(&self, look: Look) -> Vec<String> {
        let pieces: Vec<String> = self
            .keys
            .iter()
            .map(|k| match k.key {
                Some(_) => format!("{} {}", k.keys(), k.label),
                None => k.label.clone(),
            })
            .collect();
        layout::pack(&pieces, " · ", look.width)
            .iter()
            .map(|l| look.dim(l))
            .collect()
    }

    /// The lines to draw, at most `height` of them where the list allows.
    pub fn lines(&mut self, look: Look, height: usize) -> Vec<String> {
        let mut top = Vec::new();
        if !self.prompt.is_empty() {
            top.extend(crate::text::plain::wrap(self.prompt, look.width, "", ""));
            top = top.into_iter().map(|l| look.strong(&l)).collect();
        }
        let mut bottom = Vec::new();
        if self.checked.is_some() {
            bottom.push(look.dim("Space or a number ticks an answer · Enter when done"));
        }
        if let Some(h) = self.hint {
            bottom.extend(layout::paragraph(h, look.width).iter().map(|l| look.bad(l)));
        }
        let keys = self.keys_line(look);
        if !keys.is_empty() {
            bottom.push(String::new());
            bottom.extend(keys);
        }
        let keyed = self.items.iter().any(|e| e.key.is_some());
        let items: Vec<Vec<String>> = (0..self.items.len())
            .map(|i| self.item_lines(i, look, keyed))
            .collect();
        let room = height.saturating_sub(top.len() + bottom.len()).max(3);
        let mut lines = top;
        lines.extend(window(&items, self.cursor, room, &mut self.offset));
        lines.extend(bottom);
        lines
    }
}

/// The items' lines that fit in `room` rows, from `offset` (moved as little as
/// needed to keep the pointer in sight), with a line saying how many more
/// there are above and below.
fn window(items: &[Vec<String>], cursor: usize, room: usize, offset: &mut usize) -> Vec<String> {
    let total: usize = items.iter().map(Vec::len).sum();
    if total <= room {
        *offset = 0;
        return items.concat();
    }
    let room = room.saturating_sub(2).max(1);
    let fits =
        |from: usize, to: usize| items[from..=to].iter().map(Vec::len).sum::<usize>() <= room;
    if cursor < *offset {
        *offset = cursor;
    }
    while *offset < cursor && !fits(*offset, cursor) {
        *offset += 1;
    }
    let mut end = *offset + 1;
    while end < items.len() && fits(*offset, end) {
        end += 1;
    }
    let mut lines = vec![more(*offset, "above")];
    lines.extend(items[*offset..end].concat());
    lines.push(more(items.len() - end, "below"));
    lines
}

fn more(n: usize, where_: &str) -> String {
    match n {
        0 => String::new(),
        1 => format!("  (1 more {where_})"),
        n => format!("  ({n} more {where_})"),
    }
}

#[cfg(test)]
mod tests;
