//! `assure import FILE --columns ... -o Q.yaml`: a questionnaire draft from a
//! customer's spreadsheet. Rows left out are listed as warnings with their
//! cells; the draft is checked before it is written.

use anyhow::Result;

use crate::cli::ImportArgs;
use crate::diagnostic;
use crate::error::reported;
use crate::error::{Usage, UserError, refuse};
use crate::exchange::import::{self, Options, columns::Columns};
use crate::export;
use crate::format::Format;
use crate::output;
use crate::text::count::count;

pub fn run(args: &ImportArgs) -> Result<()> {
    export::check_name(Format::Yaml, "import", args.output.as_deref()).map_err(UserError::from)?;
    let columns = args
        .columns
        .as_deref()
        .map(Columns::parse)
        .transpose()
        .map_err(UserError::from)?;
    if let Some(id) = &args.id
        && !crate::text::slug::is_slug(id)
    {
        return Err(refuse(Usage::NotAnId {
            id: id.clone(),
            help: crate::text::slug::help(id),
        }));
    }
    let options = Options {
        columns: columns.as_ref(),
        sheet: args.sheet.as_deref(),
        header_rows: args.header_rows,
        id: args.id.as_deref(),
        title: args.title.as_deref(),
    };
    let imported = import::run(&args.file, &options).map_err(reported)?;
    diagnostic::emit(&imported.left_out);
    if let Some(found) = &imported.columns {
        eprintln!(
            "Columns found from the header: --columns {found} (say otherwise with --columns)."
        );
    }
    // The draft is made to validate; should it not, that is a fault here, and
    // the problems are shown rather than a file that does not load.
    let name = args
        .output
        .as_deref()
        .map_or_else(|| "draft.yaml".to_owned(), |p| p.display().to_string());
    import::check(&imported.text, &name).map_err(reported)?;
    output::write(args.output.as_deref(), &imported.text)?;
    eprintln!(
        "{} in {}; {} left out (listed above). Next: fill in the TODOs, then `assure validate {name}`.",
        count(imported.questions, "question", "questions"),
        count(imported.sections, "section", "sections"),
        count(imported.left_out.len(), "row", "rows")
    );
    Ok(())
}
