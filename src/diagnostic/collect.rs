//! The one way checks gather problems: a [`Collector`] for one file, which places
//! each diagnostic in that file, and [`Loaded`], a value that loaded with the
//! warnings found on the way.

use std::sync::Arc;

use super::{Code, Diagnostic, Severity};
use crate::source::{Source, Span};

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
}

impl Collector {
    pub fn new(src: &Arc<Source>) -> Self {
        Collector {
            src: Arc::clone(src),
            diags: Vec::new(),
        }
    }

    /// The file the diagnostics are about.
    pub fn source(&self) -> &Arc<Source> {
        &self.src
    }

    fn add(
        &mut self,
        severity: Severity,
        code: Code,
        span: Span,
        message: String,
    ) -> &mut Diagnostic {
        let d = Diagnostic::new(severity, code, message).at(&self.src, span);
        self.push(d)
    }

    pub fn error(&mut self, code: Code, span: Span, message: impl Into<String>) -> &mut Diagnostic {
        self.add(Severity::Error, code, span, message.into())
    }

    pub fn warning(
        &mut self,
        code: Code,
        span: Span,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        self.add(Severity::Warning, code, span, message.into())
    }

    /// A note about the file as a whole, with no position.
    pub fn note(&mut self, code: Code, message: impl Into<String>) -> &mut Diagnostic {
        let d = Diagnostic::note_about(code, message).file_name(&self.src.name);
        self.push(d)
    }

    /// Adds a diagnostic made elsewhere (about this file or another).
    pub fn push(&mut self, d: Diagnostic) -> &mut Diagnostic {
        self.diags.push(d);
        let last = self.diags.len() - 1;
        &mut self.diags[last]
    }

    pub fn extend(&mut self, diags: impl IntoIterator<Item = Diagnostic>) {
        self.diags.extend(diags);
    }

    /// A mark to take back what is added after it ([`Collector::take_since`]).
    pub fn mark(&self) -> usize {
        self.diags.len()
    }

    /// Takes back the diagnostics added since `mark`.
    pub fn take_since(&mut self, mark: usize) -> Vec<Diagnostic> {
        self.diags.split_off(mark.min(self.diags.len()))
    }

    pub fn has_errors(&self) -> bool {
        self.diags.iter().any(Diagnostic::is_error)
    }

    pub fn is_empty(&self) -> bool {
        self.diags.is_empty()
    }

    /// Everything gathered, in file order.
    pub fn into_vec(mut self) -> Vec<Diagnostic> {
        super::sort(&mut self.diags);
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
