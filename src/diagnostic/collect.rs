//! The one way checks gather problems: a [`Collector`] for one file, which places
//! each diagnostic in that file, and [`Loaded`], a value that loaded with the
//! warnings found on the way.
//!
//! A file can hold the same problem many times (half a million unknown answer
//! ids): after [`MAX_PER_CODE`] diagnostics of one code, the others are counted
//! and summed up in one line, so that the output, and the time spent on "did
//! you mean" suggestions (callers ask [`Collector::full`] first), stay bounded.

use std::collections::HashMap;
use std::sync::Arc;

use super::{Code, Counted, Diagnostic, Kind, Severity};
use crate::source::{Source, Span};

/// How many diagnostics of one code a file reports in full.
pub const MAX_PER_CODE: usize = 50;

/// A value that loaded, with the warnings (and notes) found on the way.
#[derive(Debug)]
pub struct Loaded<T> {
    pub value: T,
    pub warnings: Vec<Diagnostic>,
}

/// Diagnostics about one file, gathered as its checks run.
///
/// Each method returns the diagnostic it added, so that a help line can be set
/// where it is known: `c.error(code, span, message).help = Some(..)`.
pub struct Collector {
    src: Arc<Source>,
    diags: Vec<Diagnostic>,
    /// How many of each code were added, and the worst severity of those left out.
    counts: HashMap<Code, (usize, Severity)>,
    /// Where a diagnostic past the cap is written, and forgotten.
    spare: Diagnostic,
    /// The code of each diagnostic past the cap, in order.
    spared: Vec<Code>,
}

/// A point to take diagnostics back to ([`Collector::take_since`]).
pub struct Mark {
    len: usize,
    spared: usize,
    counts: HashMap<Code, (usize, Severity)>,
}

/// What [`Collector::take_since`] takes back.
pub struct Taken {
    pub diags: Vec<Diagnostic>,
    /// The codes of those that were past the cap, and only counted.
    pub spared: Vec<Code>,
}

impl Taken {
    /// Every code taken back.
    pub fn codes(&self) -> impl Iterator<Item = Code> + '_ {
        self.diags
            .iter()
            .map(|d| d.code)
            .chain(self.spared.iter().copied())
    }
}

impl Collector {
    pub fn new(src: &Arc<Source>) -> Self {
        Collector {
            src: Arc::clone(src),
            diags: Vec::new(),
            counts: HashMap::new(),
            spare: Diagnostic::note_about(Counted::More {
                more: 0,
                code: Code::InvalidValue,
            }),
            spared: Vec::new(),
        }
    }

    /// The file the diagnostics are about.
    pub fn source(&self) -> &Arc<Source> {
        &self.src
    }

    /// Whether `code` has been reported in full already: a caller may then skip
    /// work that only makes the message better.
    pub fn full(&self, code: Code) -> bool {
        self.counts
            .get(&code)
            .is_some_and(|(n, _)| *n >= MAX_PER_CODE)
    }

    fn add(&mut self, severity: Severity, span: Span, kind: impl Kind) -> &mut Diagnostic {
        let d = Diagnostic::new(severity, kind).at(&self.src, span);
        self.push(d)
    }

    pub fn error(&mut self, span: Span, kind: impl Kind) -> &mut Diagnostic {
        self.add(Severity::Error, span, kind)
    }

    pub fn warning(&mut self, span: Span, kind: impl Kind) -> &mut Diagnostic {
        self.add(Severity::Warning, span, kind)
    }

    /// A note about the file as a whole, with no position.
    pub fn note(&mut self, kind: impl Kind) -> &mut Diagnostic {
        let d = Diagnostic::note_about(kind).file_name(&self.src.name);
        self.push(d)
    }

    /// Counts once more a problem of `code` that was past the cap (taken back
    /// with [`Collector::take_since`] and put back).
    pub fn recount(&mut self, code: Code) {
        let mut d = Diagnostic::error(Counted::More { more: 0, code });
        d.code = code;
        self.push(d);
    }

    /// Adds a diagnostic made elsewhere (about this file or another).
    pub fn push(&mut self, d: Diagnostic) -> &mut Diagnostic {
        let count = self.counts.entry(d.code).or_insert((0, Severity::Note));
        count.0 += 1;
        if count.0 > MAX_PER_CODE {
            count.1 = count.1.min(d.severity);
            self.spared.push(d.code);
            self.spare = d;
            return &mut self.spare;
        }
        self.diags.push(d);
        let last = self.diags.len() - 1;
        &mut self.diags[last]
    }

    pub fn extend(&mut self, diags: impl IntoIterator<Item = Diagnostic>) {
        for d in diags {
            self.push(d);
        }
    }

    /// A mark to take back what is added after it ([`Collector::take_since`]).
    pub fn mark(&self) -> Mark {
        Mark {
            len: self.diags.len(),
            spared: self.spared.len(),
            counts: self.counts.clone(),
        }
    }

    /// Takes back the diagnostics added since `mark`, as if never added.
    pub fn take_since(&mut self, mark: Mark) -> Taken {
        let diags = self.diags.split_off(mark.len.min(self.diags.len()));
        let spared = self.spared.split_off(mark.spared.min(self.spared.len()));
        self.counts = mark.counts;
        Taken { diags, spared }
    }

    pub fn has_errors(&self) -> bool {
        self.diags.iter().any(Diagnostic::is_error)
            || self
                .counts
                .values()
                .any(|(n, worst)| *n > MAX_PER_CODE && *worst == Severity::Error)
    }

    pub fn is_empty(&self) -> bool {
        self.diags.is_empty()
    }

    /// Everything gathered, in file order, then a line for each code that was
    /// cut short.
    pub fn into_vec(mut self) -> Vec<Diagnostic> {
        super::sort(&mut self.diags);
        let mut cut: Vec<(Code, usize, Severity)> = self
            .counts
            .iter()
            .filter(|(_, (n, _))| *n > MAX_PER_CODE)
            .map(|(code, (n, worst))| (*code, n - MAX_PER_CODE, *worst))
            .collect();
        cut.sort();
        for (code, more, worst) in cut {
            let mut d = Diagnostic::new(worst, Counted::More { more, code });
            d.code = code;
            self.diags.push(d.file_name(&self.src.name));
        }
        self.diags
    }

    /// The value with its warnings, or, if there is no value or any error, every
    /// diagnostic (the warnings travel with the errors).
    pub fn finish<T>(self, value: Option<T>) -> Result<Loaded<T>, Vec<Diagnostic>> {
        let failed = self.has_errors();
        let diags = self.into_vec();
        match value {
            Some(value) if !failed => Ok(Loaded {
                value,
                warnings: diags,
            }),
            _ => Err(diags),
        }
    }
}
