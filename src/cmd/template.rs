//! `assure template Q`: a blank answers file to fill in with a text editor, or
//! (`--format xlsx`) a workbook to fill in with a spreadsheet program.

use std::path::Path;

use anyhow::Result;

use crate::cli::{TemplateArgs, TemplateFormat};
use crate::error::reported;
use crate::exchange::workbook::write as workbook;
use crate::export::template;
use crate::load::catalog::Catalog;
use crate::{diagnostic, output};

fn format(args: &TemplateArgs) -> TemplateFormat {
    let by_extension = args
        .output
        .as_deref()
        .and_then(Path::extension)
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    args.format.unwrap_or(if by_extension {
        TemplateFormat::Xlsx
    } else {
        TemplateFormat::Yaml
    })
}

pub fn run(catalog: &Catalog<'_>, args: &TemplateArgs) -> Result<()> {
    let format = format(args);
    if format == TemplateFormat::Xlsx {
        output::refuse_binary_on_terminal(args.output.as_deref(), "answers.xlsx")?;
    }
    let loaded = catalog.open(&args.questionnaire).map_err(reported)?;
    diagnostic::emit_warnings(&loaded.warnings);
    let organisation = catalog.config().organisation.as_deref();
    match format {
        TemplateFormat::Yaml => {
            let text = template::render(&loaded.value, organisation);
            output::check_readable(&text)?;
            output::write(args.output.as_deref(), &text)
        }
        TemplateFormat::Xlsx => {
            let bytes = workbook::render(&loaded.value, organisation)?;
            output::write_bytes(args.output.as_deref(), &bytes)
        }
    }
}
