//! `assure answer CUSTOMER --from ANSWERS...`: the customer's own
//! questionnaire answered from the supplier's answers, written back as their
//! file, with the draft and answers file for the rest and a review. Wiring:
//! each stage is in `exchange::sheet`, `exchange::answer`, `exchange::patch`.

mod files;

use anyhow::Result;

use crate::cli::AnswerArgs;
use crate::diagnostic;
use crate::error::{Unfinished, UserError, reported};
use crate::exchange::answer::links::Links;
use crate::exchange::answer::plan::{self, Fate, Inputs};
use crate::exchange::answer::settle::settle;
use crate::exchange::matcher::Matcher;
use crate::exchange::matcher::thesaurus::Thesaurus;
use crate::exchange::sheet::find::{Given, find};
use crate::export::answered::{self as review, Review};
use crate::load::Catalog;

pub fn run(catalog: &Catalog<'_>, args: &AnswerArgs) -> Result<()> {
    let given = Given::parse(args.columns.as_deref(), args.header_row).map_err(UserError::from)?;
    let customer = files::customer(&args.file, args.sheet.as_deref())?;
    let paths = files::Paths::new(args, &customer)?;
    let shape = find(&customer.grid, &given)
        .map_err(|e| files::no_questions(&customer.name, &e.to_string()))?;
    files::check_count(&customer.name, shape.questions.len())?;
    let supplier = crate::answers::supplier::read(catalog, &args.from).map_err(reported)?;
    diagnostic::emit_warnings(&supplier.warnings);
    let mut links = files::links(&paths.links)?;
    let matcher = Matcher::new(supplier.known.clone(), Thesaurus::bundled());
    let ignore = plan::title_words(&shape);
    let plan_with = |links: &Links| {
        plan::plan(&Inputs {
            grid: &customer.grid,
            shape: &shape,
            matcher: &matcher,
            origins: &supplier.origins,
            links,
            min_confidence: catalog.config().answer.min_confidence,
            ignore: &ignore,
        })
    };
    let mut p = plan_with(&links);
    if settle(&mut links, &p, &matcher, &args.confirm, &args.reject).map_err(UserError::from)? {
        files::write_links(&paths.links, &links)?;
        // What was just confirmed or rejected counts in this run's copy too.
        p = plan_with(&links);
    }
    files::write_filled(&customer, &paths.filled, &p.edits)?;
    let next = files::write_rest(&customer, &shape, &p, &supplier, &paths)?;
    let left_out: Vec<(String, String)> = shape
        .left_out
        .iter()
        .map(|l| (customer.grid.at(l.row, l.col), l.reason.clone()))
        .collect();
    let found = shape.summary(&customer.grid);
    let r = Review {
        customer: &customer.name,
        filled: &paths.filled.display().to_string(),
        found: &found,
        fills: &p.fills,
        origins: &supplier.origins,
        left_out: &left_out,
        next: &next,
    };
    files::write_review(&paths, &r)?;
    crate::output::write(None, &review::text(&r))?;
    if p.fills
        .iter()
        .all(|f| matches!(f.fate, Fate::Answered { .. }))
    {
        Ok(())
    } else {
        Err(Unfinished.into())
    }
}
