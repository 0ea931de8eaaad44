//! The real [`Prompter`]: our own small widgets ([`List`], [`Line`]) drawn on
//! stderr, keys and resizes read with crossterm.
//!
//! Everything shown since the screen began is kept as layout functions, so
//! that a resize clears the screen and lays it all out again at the new width,
//! the widget included. A widget draws in place: before each redraw it moves
//! back to its first row and clears what is below. Colours follow `NO_COLOR`,
//! `CLICOLOR`, `CLICOLOR_FORCE` and whether stderr is a terminal, decided as
//! clap decides for the help (anstream); the pointer and the ticks are
//! characters, so they show without colour.

use std::io::{self, Write};

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::terminal;

use super::layout::{self, Look, width_of};
use super::line::{Drawn, Line};
use super::list::{Flow, Key, List};
use super::{Check, Menu, Picked, Prompter, Shown, Ticked, Ticks};

/// Prompts on stderr, so that stdout stays free for data.
pub struct Terminal {
    /// What was shown since the screen began, to lay out again on a resize.
    screen: Vec<Shown>,
    colour: bool,
}

/// Whether prompts on stderr are in colour: as clap decides for the help
/// (`NO_COLOR`, `CLICOLOR`, `CLICOLOR_FORCE`, a terminal). The start menu
/// decides the same way.
pub fn colour_on() -> bool {
    crate::platform::enable_escapes()
        && anstream::AutoStream::choice(&io::stderr()) != anstream::ColorChoice::Never
}

impl Terminal {
    pub fn new() -> Self {
        Terminal {
            screen: Vec::new(),
            colour: colour_on(),
        }
    }

    fn size() -> (usize, usize) {
        match terminal::size() {
            Ok((c, r)) if c > 0 && r > 0 => (usize::from(c), usize::from(r)),
            _ => (80, 24),
        }
    }

    fn look(&self) -> Look {
        Look {
            // One column spare: a line that fills the last column would leave
            // some terminals waiting to wrap. On a wide terminal, lines stop
            // at a width that reads well.
            width: Self::size()
                .0
                .saturating_sub(1)
                .clamp(20, layout::MAX_WIDTH),
            colour: self.colour,
        }
    }
}

impl Default for Terminal {
    fn default() -> Self {
        Terminal::new()
    }
}

/// A widget the terminal can run: draws itself, and takes keys and pastes.
trait Widget {
    type Out;
    fn draw(&mut self, look: Look, height: usize) -> Drawn;
    fn key(&mut self, key: &Key) -> Flow<Self::Out>;
    fn paste(&mut self, _text: &str) {}
    /// Whether the text cursor shows (a line to type in).
    fn typing(&self) -> bool {
        false
    }
}

struct Pick<'a>(List<'a>);
struct Tick<'a>(List<'a>);

fn list_drawn(list: &mut List<'_>, look: Look, height: usize) -> Drawn {
    let rows = list.lines(look, height);
    let last = rows.len().saturating_sub(1);
    Drawn {
        rows,
        cursor: (last, 0),
    }
}

impl Widget for Pick<'_> {
    type Out = Picked;
    fn draw(&mut self, look: Look, height: usize) -> Drawn {
        list_drawn(&mut self.0, look, height)
    }
    fn key(&mut self, key: &Key) -> Flow<Picked> {
        self.0.pick(key)
    }
}

impl Widget for Tick<'_> {
    type Out = Ticked;
    fn draw(&mut self, look: Look, height: usize) -> Drawn {
        list_drawn(&mut self.0, look, height)
    }
    fn key(&mut self, key: &Key) -> Flow<Ticked> {
        self.0.tick(key)
    }
}

struct Type<'a>(Line<'a>);

impl Widget for Type<'_> {
    type Out = Option<String>;
    fn draw(&mut self, look: Look, _height: usize) -> Drawn {
        self.0.draw(look)
    }
    fn key(&mut self, key: &Key) -> Flow<Option<String>> {
        self.0.key(key)
    }
    fn paste(&mut self, text: &str) {
        self.0.paste(text);
    }
    fn typing(&self) -> bool {
        true
    }
}

/// Raw mode (and, for typing, bracketed paste) while a widget runs; the
/// terminal is put back however the widget ends.
struct Raw {
    paste: bool,
}

impl Raw {
    fn on(paste: bool) -> io::Result<Raw> {
        terminal::enable_raw_mode()?;
        if paste {
            let _ = crossterm::execute!(io::stderr(), event::EnableBracketedPaste);
        }
        Ok(Raw { paste })
    }
}

impl Drop for Raw {
    fn drop(&mut self) {
        if self.paste {
            let _ = crossterm::execute!(io::stderr(), event::DisableBracketedPaste);
        }
        let _ = terminal::disable_raw_mode();
        let _ = crossterm::execute!(io::stderr(), crossterm::cursor::Show);
    }
}

fn key_of(k: &KeyEvent) -> Option<Key> {
    if k.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    Some(match k.code {
        KeyCode::Char('c') if ctrl => return None,
        KeyCode::Char('u') if ctrl => Key::Clear,
        KeyCode::Char('a') if ctrl => Key::Home,
        KeyCode::Char('e') if ctrl => Key::End,
        KeyCode::Char(_) if ctrl => Key::Other,
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Escape,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Delete => Key::Delete,
        _ => Key::Other,
    })
}

fn is_ctrl_c(k: &KeyEvent) -> bool {
    k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL)
}

/// Where the widget stands on the screen: how many rows it drew, and the row
/// the cursor is on among them.
#[derive(Default)]
struct Frame {
    cursor_row: usize,
}

impl Frame {
    /// Back to the widget's first row, and clear from there down.
    fn erase(&mut self, out: &mut impl Write) -> io::Result<()> {
        if self.cursor_row > 0 {
            write!(out, "\x1b[{}A", self.cursor_row)?;
        }
        self.cursor_row = 0;
        write!(out, "\r\x1b[J")
    }

    fn draw(&mut self, out: &mut impl Write, d: &Drawn, cols: usize) -> io::Result<()> {
        self.erase(out)?;
        // A row wider than the terminal (a long word) takes more than one.
        let tall = |s: &str| width_of(s).saturating_sub(1) / cols.max(1) + 1;
        write!(out, "{}", d.rows.join("\r\n"))?;
        let below: usize = d.rows.iter().skip(d.cursor.0 + 1).map(|r| tall(r)).sum();
        if below > 0 {
            write!(out, "\x1b[{below}A")?;
        }
        write!(out, "\r")?;
        if d.cursor.1 > 0 {
            write!(out, "\x1b[{}C", d.cursor.1)?;
        }
        self.cursor_row = d.rows.iter().take(d.cursor.0).map(|r| tall(r)).sum();
        out.flush()
    }
}

impl Terminal {
    /// Lays out the whole screen again after a resize.
    fn redraw_screen(&self, out: &mut impl Write, look: Look) -> io::Result<()> {
        write!(out, "\x1b[2J\x1b[H")?;
        for shown in &self.screen {
            for line in shown(look).split('\n') {
                write!(out, "{line}\r\n")?;
            }
        }
        Ok(())
    }

    /// Runs `w` until it is done; `leave` says what stays on screen after it.
    fn run<W: Widget>(
        &mut self,
        w: &mut W,
        leave: impl Fn(&W::Out) -> Option<String>,
    ) -> io::Result<W::Out> {
        let _raw = Raw::on(w.typing())?;
        let mut out = io::stderr();
        if !w.typing() {
            crossterm::execute!(out, crossterm::cursor::Hide)?;
        }
        let mut frame = Frame::default();
        loop {
            let look = self.look();
            let (cols, rows) = Self::size();
            frame.draw(&mut out, &w.draw(look, rows.saturating_sub(1)), cols)?;
            let flow = match event::read()? {
                Event::Key(k) if is_ctrl_c(&k) => {
                    frame.erase(&mut out)?;
                    return Err(io::Error::new(io::ErrorKind::Interrupted, "Ctrl-C"));
                }
                Event::Key(k) => key_of(&k).map_or(Flow::Stay, |key| w.key(&key)),
                Event::Paste(text) => {
                    w.paste(&text);
                    Flow::Stay
                }
                Event::Resize(..) => {
                    self.redraw_screen(&mut out, self.look())?;
                    frame = Frame::default();
                    Flow::Stay
                }
                _ => Flow::Stay,
            };
            if let Flow::Done(value) = flow {
                frame.erase(&mut out)?;
                if let Some(text) = leave(&value) {
                    write!(out, "{}\r\n", text.replace('\n', "\r\n"))?;
                }
                out.flush()?;
                return Ok(value);
            }
        }
    }

    /// Writes lines outside a widget.
    fn print(&mut self, text: &str) -> io::Result<()> {
        let mut out = io::stderr();
        writeln!(out, "{text}")?;
        out.flush()
    }
}

impl Prompter for Terminal {
    fn show(&mut self, text: Shown) -> io::Result<()> {
        let shown = text(self.look());
        self.print(&shown)?;
        self.screen.push(text);
        Ok(())
    }

    fn new_screen(&mut self) {
        self.screen.clear();
    }

    fn choose(&mut self, menu: &Menu) -> io::Result<Picked> {
        let look = self.look();
        let picked = self.run(&mut Pick(List::menu(menu)), |picked| match picked {
            Picked::Item(i) if !menu.prompt.is_empty() => {
                let label = menu.items.get(*i).map_or("", |e| e.label.as_str());
                Some(chosen(&menu.prompt, label, look))
            }
            _ => None,
        })?;
        self.keep_chosen(menu, picked);
        Ok(picked)
    }

    fn tick(&mut self, ticks: &Ticks) -> io::Result<Ticked> {
        self.run(&mut Tick(List::ticks(ticks)), |_| None)
    }

    fn input(
        &mut self,
        prompt: &str,
        initial: &str,
        check: Check<'_>,
    ) -> io::Result<Option<String>> {
        let mut w = Type(Line::new(prompt, initial));
        let look = self.look();
        loop {
            let Some(text) = self.run(&mut w, |_| None)? else {
                return Ok(None);
            };
            match check(&text) {
                Ok(()) => {
                    let left = chosen(prompt, &text, look);
                    self.print(&left)?;
                    let (prompt, kept) = (prompt.to_owned(), text.clone());
                    self.screen
                        .push(Box::new(move |look| chosen(&prompt, &kept, look)));
                    return Ok(Some(text));
                }
                Err(e) => w.0.refuse(e.to_string()),
            }
        }
    }

    fn width(&self) -> usize {
        self.look().width
    }
}

impl Terminal {
    /// Keeps "prompt › label" for a redraw, as it was left on screen.
    fn keep_chosen(&mut self, menu: &Menu, picked: Picked) {
        if let Picked::Item(i) = picked
            && !menu.prompt.is_empty()
        {
            let prompt = menu.prompt.clone();
            let label = menu.items.get(i).map_or(String::new(), |e| e.label.clone());
            self.screen
                .push(Box::new(move |look| chosen(&prompt, &label, look)));
        }
    }
}

/// What a prompt leaves on screen once answered: "Your name › Sam".
fn chosen(prompt: &str, answer: &str, look: Look) -> String {
    let text = format!("{prompt} › {answer}");
    super::layout::paragraph(&text, look.width).join("\n")
}
