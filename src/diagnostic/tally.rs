//! The warnings of a run of many files: shown each, counted by code, or only
//! counted. Thirty answers files with a few warnings each would print
//! hundreds of lines before the summary table; counted by code, they take a
//! line per kind, and `--verbose` shows each one.

use super::{Code, Diagnostic, Severity, emit_warnings};
use crate::text::count::count;

/// How a run shows its warnings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Show {
    /// Each warning as it is found, with its file and line.
    Each,
    /// A count per code, at the end ([`Tally::summary`]).
    ByCode,
    /// Only how many there were (`--quiet`).
    Count,
}

/// The warnings of a run, shown or tallied as [`Show`] says.
#[derive(Debug)]
pub struct Tally {
    show: Show,
    /// How many warnings were not shown (under [`Show::Count`]).
    pub hidden: usize,
    /// How many warnings of each code, in the order first found.
    by_code: Vec<(Code, usize)>,
    /// How many files had a warning.
    files: usize,
}

impl Tally {
    pub fn new(show: Show) -> Self {
        Tally {
            show,
            hidden: 0,
            by_code: Vec::new(),
            files: 0,
        }
    }

    /// The warnings of one file (or of the questionnaire): shown, or tallied.
    pub fn add(&mut self, diags: &[Diagnostic]) {
        let warnings = diags.iter().filter(|d| d.severity == Severity::Warning);
        match self.show {
            Show::Each => emit_warnings(diags),
            Show::Count => self.hidden += warnings.count(),
            Show::ByCode => {
                let mut any = false;
                for d in warnings {
                    any = true;
                    match self.by_code.iter_mut().find(|(c, _)| *c == d.code) {
                        Some((_, n)) => *n += 1,
                        None => self.by_code.push((d.code, 1)),
                    }
                }
                self.files += usize::from(any);
            }
        }
    }

    /// "178 warnings in 12 files:", a line per code, most first, with what
    /// the code means, and how to see each; nothing if there were none.
    pub fn summary(&self) -> Option<String> {
        let total: usize = self.by_code.iter().map(|(_, n)| n).sum();
        if total == 0 {
            return None;
        }
        let mut codes = self.by_code.clone();
        codes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.as_str().cmp(b.0.as_str())));
        let width = codes.iter().map(|(c, _)| c.as_str().len()).max();
        let width = width.unwrap_or(0);
        let mut text = format!(
            "{} in {}:\n",
            count(total, "warning", "warnings"),
            count(self.files, "file", "files")
        );
        for (code, n) in &codes {
            text.push_str(&format!(
                "  {n:>5} {:<width$}  {}\n",
                code.as_str(),
                code.meaning()
            ));
        }
        text.push_str("Run with --verbose to see each one, with its file and line.");
        Some(text)
    }
}

#[cfg(test)]
mod tests;
