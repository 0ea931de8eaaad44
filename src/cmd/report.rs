//! `assure report ANSWERS...`: answers files → reports, offline, many at a
//! time ([`crate::batch`]). A bad file is reported and does not stop the
//! others; the exit status is 2 at the end if any was bad. With several files
//! and a folder, an index of them all is written there too (`finish`).

mod finish;

use anyhow::Result;

use crate::batch;
use crate::batch::place::{self, Asked, Dest};
use crate::cli::ReportArgs;
use crate::error::{UserError, reported};
use crate::export::report;
use crate::load::Catalog;
use crate::output;
use crate::report::Settings;

pub fn run(catalog: &Catalog<'_>, args: &ReportArgs) -> Result<()> {
    let config = catalog.config();
    let config_format = config
        .report_format(&report::names())
        .map_err(|d| reported(vec![d]))?;
    let asked = Asked {
        answers: &args.answers,
        output: args.output.as_deref(),
        format: args.format.as_deref(),
        config_dir: config
            .report
            .output_dir
            .as_ref()
            .map(|d| config.dir.join(d)),
        config_format,
        no_index: args.no_index,
    };
    let format = place::format(&asked).map_err(UserError::from)?;
    let (dests, folder) = place::destinations(&asked, format).map_err(UserError::from)?;
    if format.format.is_binary() && dests.contains(&Dest::Stdout) {
        output::refuse_binary_on_terminal(None, "report.xlsx").map_err(UserError::from)?;
    }
    let given = match &args.questionnaire {
        Some(q) => Some(catalog.open(q).map_err(reported)?),
        None => None,
    };
    let settings = Settings::from_config(config);
    let (outcomes, warnings) = batch::run(catalog, given, &args.answers, &dests, format, settings);
    let index = folder.filter(|_| args.answers.len() > 1 && !args.no_index);
    finish::finish(args, warnings, outcomes, index.as_deref())
}
