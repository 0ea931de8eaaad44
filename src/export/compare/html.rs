//! The comparison as a web page: its Markdown through [`crate::export::html`].

use super::markdown;
use crate::compare::Comparison;
use crate::export::{ExportError, Exporter, html};

pub struct Html;

impl Exporter<Comparison<'_>> for Html {
    fn export(&self, c: &Comparison<'_>) -> Result<Vec<u8>, ExportError> {
        let page = html::page(&markdown::title(c), &markdown::render(c));
        Ok(page.into_bytes())
    }
}
