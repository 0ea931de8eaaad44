//! `assure schema [KIND]`: JSON Schema for editors.

use anyhow::Result;

use crate::cli::SchemaArgs;
use crate::error::reported;
use crate::error::{Usage, UserError, refuse};
use crate::export;
use crate::export::schema::{self, Kind};
use crate::format::Format;
use crate::load::catalog::Catalog;
use crate::{diagnostic, output};

pub fn run(catalog: &Catalog<'_>, args: &SchemaArgs) -> Result<()> {
    export::check_name(Format::Json, "schema", args.output.as_deref()).map_err(UserError::from)?;
    let q = match &args.questionnaire {
        Some(_) if args.kind != Kind::Answers => {
            return Err(refuse(Usage::QuestionnaireForAnswersOnly));
        }
        Some(q) => {
            let loaded = catalog.open(q).map_err(reported)?;
            diagnostic::emit_warnings(&loaded.warnings);
            Some(loaded.value)
        }
        None => None,
    };
    let schema = schema::schema(args.kind, q.as_ref());
    let text = serde_json::to_string_pretty(&schema)?;
    Ok(output::write(
        args.output.as_deref(),
        &(crate::text::clean::escape_json(&text).into_owned() + "\n"),
    )?)
}
