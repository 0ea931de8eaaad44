//! `assure show Q`: the questions of a questionnaire or profile, as resolved.

use anyhow::Result;

use crate::cli::{ShowArgs, ShowFormat};
use crate::diagnostic;
use crate::error::reported;
use crate::export::html;
use crate::export::{form, show};
use crate::load::Catalog;
use crate::{output, yaml};

pub fn run(catalog: &Catalog<'_>, args: &ShowArgs) -> Result<()> {
    let loaded = catalog.open(&args.questionnaire).map_err(reported)?;
    diagnostic::emit_warnings(&loaded.warnings);
    let q = &loaded.value;
    let text = match args.format {
        ShowFormat::Table => show::tables(q),
        ShowFormat::Markdown => form::render(q),
        ShowFormat::Html => html::page(&q.title, &form::render(q)),
        ShowFormat::Yaml => {
            let text = yaml::to_string(q)?;
            output::check_readable(&text)?;
            text
        }
    };
    output::write(args.output.as_deref(), &text)
}
