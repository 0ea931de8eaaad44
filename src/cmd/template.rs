//! `assure template Q`: a blank answers file to fill in with a text editor, or
//! (`--format xlsx`, or `-o NAME.xlsx`) a workbook to fill in with a
//! spreadsheet program.

use anyhow::Result;

use crate::cli::TemplateArgs;
use crate::error::{UserError, reported};
use crate::export;
use crate::export::template::{Blank, FORMATS};
use crate::load::catalog::Catalog;
use crate::{diagnostic, output};

pub fn run(catalog: &Catalog<'_>, args: &TemplateArgs) -> Result<()> {
    let (flag, out) = (args.format.as_deref(), args.output.as_deref());
    let format = export::choose(&FORMATS, "template", flag, out, None).map_err(UserError::from)?;
    if format.format.is_binary() {
        output::refuse_binary_on_terminal(out, "answers.xlsx")?;
    }
    let loaded = catalog.open(&args.questionnaire).map_err(reported)?;
    diagnostic::emit_warnings(&loaded.warnings);
    let blank = Blank {
        questionnaire: &loaded.value,
        organisation: catalog.config().organisation.as_deref(),
    };
    let bytes = format.exporter.export(&blank)?;
    output::check_readable(format.format, &bytes).map_err(UserError::from)?;
    Ok(output::write_bytes(out, &bytes)?)
}
