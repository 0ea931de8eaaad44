//! The line editor, with no terminal: typing, moving, deleting, pasting, and
//! the rows to draw (the prompt and the text, wrapped by display width, with
//! where the cursor goes).

use super::layout::{Look, width_of};
use super::list::{Flow, Key};

pub struct Line<'a> {
    prompt: &'a str,
    text: Vec<char>,
    /// Position in `text`, 0..=len.
    cursor: usize,
    /// Why the last Enter was refused.
    error: Option<String>,
}

/// Rows to draw, and the cursor's row and column among them.
pub struct Drawn {
    pub rows: Vec<String>,
    pub cursor: (usize, usize),
}

impl<'a> Line<'a> {
    pub fn new(prompt: &'a str, initial: &str) -> Self {
        let text: Vec<char> = initial.chars().collect();
        Line {
            prompt,
            cursor: text.len(),
            text,
            error: None,
        }
    }

    pub fn text(&self) -> String {
        self.text.iter().collect()
    }

    /// Refuses the text just entered, saying why.
    pub fn refuse(&mut self, why: String) {
        self.error = Some(why);
    }

    /// Pasted text: on one line, control characters left out.
    pub fn paste(&mut self, s: &str) {
        for c in s.chars() {
            let c = if c == '\n' || c == '\r' || c == '\t' {
                ' '
            } else {
                c
            };
            if !c.is_control() {
                self.text.insert(self.cursor, c);
                self.cursor += 1;
            }
        }
    }

    /// A key: `Done` with the text on Enter, with `None` on Escape.
    pub fn key(&mut self, key: &Key) -> Flow<Option<String>> {
        self.error = None;
        match key {
            Key::Enter => return Flow::Done(Some(self.text())),
            Key::Escape => return Flow::Done(None),
            Key::Char(c) if !c.is_control() => {
                self.text.insert(self.cursor, *c);
                self.cursor += 1;
            }
            Key::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                self.text.remove(self.cursor);
            }
            Key::Delete if self.cursor < self.text.len() => {
                self.text.remove(self.cursor);
            }
            Key::Left => self.cursor = self.cursor.saturating_sub(1),
            Key::Right => self.cursor = (self.cursor + 1).min(self.text.len()),
            Key::Home | Key::Up => self.cursor = 0,
            Key::End | Key::Down => self.cursor = self.text.len(),
            Key::Clear => {
                self.text.clear();
                self.cursor = 0;
            }
            _ => {}
        }
        Flow::Stay
    }

    /// The prompt and text, broken into rows of at most `look.width` columns
    /// (a wide character never straddles two rows), then the error, if any.
    pub fn draw(&self, look: Look) -> Drawn {
        let width = look.width.max(10);
        let head = format!("{} › ", self.prompt);
        let mut rows = vec![String::new()];
        let mut col = 0;
        let mut cursor = (0, 0);
        let put = |rows: &mut Vec<String>, s: &str, col: &mut usize| {
            let w = width_of(s);
            if *col + w > width {
                rows.push(String::new());
                *col = 0;
            }
            if let Some(r) = rows.last_mut() {
                r.push_str(s);
            }
            *col += w;
        };
        for c in head.chars() {
            put(&mut rows, &c.to_string(), &mut col);
        }
        for (i, c) in self.text.iter().enumerate() {
            if i == self.cursor {
                cursor = (rows.len() - 1, col);
            }
            put(&mut rows, &c.to_string(), &mut col);
        }
        if self.cursor >= self.text.len() {
            if col >= width {
                rows.push(String::new());
                col = 0;
            }
            cursor = (rows.len() - 1, col);
        }
        // The prompt in bold: only the first row holds it, and it is ASCII
        // up to the arrow, so it can be styled on its own.
        if let Some(first) = rows.first_mut()
            && let Some(rest) = first.strip_prefix(self.prompt)
        {
            *first = format!("{}{rest}", look.strong(self.prompt));
        }
        if let Some(e) = &self.error {
            for l in super::layout::paragraph(e, width) {
                rows.push(look.bad(&l));
            }
        }
        Drawn { rows, cursor }
    }
}

#[cfg(test)]
mod tests;
