//! The files of `answer`: the customer's file read, the paths written, and
//! each output written atomically. Every failure a person can cause (a file
//! that is not a spreadsheet, a folder that cannot be written, the copy named
//! as the customer's own file) is an error with exit status 2; the customer's
//! file is only ever read.

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::cli::AnswerArgs;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::kinds::Sheet;
use crate::error::{Usage, UserError, refuse, reported};
use crate::exchange::answer::draft;
use crate::exchange::answer::links::Links;
use crate::exchange::answer::plan::{Fate, Plan};
use crate::exchange::answer::sources::Supplier;
use crate::exchange::patch::{self, Edit};
use crate::exchange::sheet::find::Shape;
use crate::exchange::sheet::{Grid, csv, xlsx};
use crate::export::Choice;
use crate::export::answered::{self as review, Review, ReviewExporter};
use crate::format::{Format, Named};
use crate::text::shell;

/// The customer's file, read.
pub struct Customer {
    pub name: String,
    pub path: PathBuf,
    pub bytes: Vec<u8>,
    pub grid: Grid,
    /// The separator, for a CSV file.
    pub csv: Option<u8>,
}

/// Where everything goes.
pub struct Paths {
    pub filled: PathBuf,
    pub draft: PathBuf,
    pub answers: PathBuf,
    pub links: PathBuf,
    /// `--review`, and its format, chosen before any work.
    pub review: Option<(PathBuf, &'static Choice<ReviewExporter>)>,
}

fn is_csv(path: &Path) -> bool {
    spreadsheet_extension(path) == Some("csv")
}

/// The spreadsheet a file name says: `csv`, `xlsx` or `xlsm`.
fn spreadsheet_extension(path: &Path) -> Option<&'static str> {
    match Format::of_path(path) {
        Named::Format(Format::Csv) => Some("csv"),
        Named::Format(Format::Xlsx) => Some("xlsx"),
        Named::Unknown(e) if e == "xlsm" => Some("xlsm"),
        _ => None,
    }
}

/// The extension of the answered copy: the customer's format as read (a
/// workbook with macros stays `.xlsm`: Excel opens a workbook only under the
/// name its kind has).
fn copy_extension(path: &Path, customer: &Customer) -> &'static str {
    match (customer.csv, spreadsheet_extension(path)) {
        (Some(_), _) => "csv",
        (None, Some("xlsm")) => "xlsm",
        (None, _) => "xlsx",
    }
}

/// Whether two paths name one file (the same path, or one file by identity).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => std::path::absolute(a).ok() == std::path::absolute(b).ok(),
    }
}

impl Paths {
    pub fn new(args: &AnswerArgs, customer: &Customer) -> Result<Paths> {
        let stem = args
            .file
            .file_stem()
            .map_or_else(|| "customer".into(), |s| s.to_string_lossy().into_owned());
        let dir = args.file.parent().unwrap_or(Path::new("")).to_path_buf();
        let ext = copy_extension(&args.file, customer);
        let filled = args
            .output
            .clone()
            .unwrap_or_else(|| dir.join(format!("{stem}-answered.{ext}")));
        if same_file(&filled, &args.file) {
            return Err(refuse(Usage::CopyReplacesOriginal {
                file: shell::path(&args.file),
            }));
        }
        if spreadsheet_extension(&filled) != Some(ext) {
            return Err(refuse(Usage::CopyInAnotherFormat {
                extension: ext,
                instead: shell::path(&dir.join(format!("{stem}-answered.{ext}"))),
            }));
        }
        let review = match &args.review {
            Some(path) => {
                let chosen = crate::export::choose(
                    &review::FORMATS,
                    "answer --review",
                    None,
                    Some(path),
                    None,
                )
                .map_err(UserError::from)?;
                Some((path.clone(), chosen))
            }
            None => None,
        };
        let beside = filled.parent().unwrap_or(Path::new("")).to_path_buf();
        let first = args
            .from
            .first()
            .and_then(|f| f.parent())
            .unwrap_or(Path::new(""));
        Ok(Paths {
            draft: beside.join(format!("{stem}-questionnaire.yaml")),
            answers: beside.join(format!("{stem}-answers.yaml")),
            links: args
                .links
                .clone()
                .unwrap_or_else(|| first.join("assure-links.yaml")),
            filled,
            review,
        })
    }
}

fn invalid(name: &str, kind: Sheet, help: Option<String>) -> anyhow::Error {
    reported(vec![
        Diagnostic::error(kind).file_name(name).maybe_help(help),
    ])
}

/// The error when no question is found.
pub fn no_questions(name: &str, why: &str) -> anyhow::Error {
    invalid(
        name,
        Sheet::NoQuestion {
            why: why.to_owned(),
        },
        Some("say where they are with `--columns question=C,answer=D` (and `--sheet NAME`, `--header-row N`)".into()),
    )
}

/// Refuses a sheet with no question, or more than `answer` takes.
pub fn check_count(name: &str, n: usize) -> Result<()> {
    if n > crate::exchange::answer::MAX_QUESTIONS {
        return Err(too_many(name, n));
    }
    if n == 0 {
        return Err(no_questions(
            name,
            "no row has a question in the question column",
        ));
    }
    Ok(())
}

/// The error when a sheet holds more questions than `answer` takes.
fn too_many(name: &str, n: usize) -> anyhow::Error {
    invalid(
        name,
        Sheet::TooManyQuestions { n, max: crate::exchange::answer::MAX_QUESTIONS },
        Some("answer it in parts: one sheet at a time (`--sheet NAME`), or a copy cut into smaller files".into()),
    )
}

/// Reads the customer's file.
pub fn customer(path: &Path, sheet: Option<&str>) -> Result<Customer> {
    let (name, bytes) = crate::load::read::read_bytes(path).map_err(|d| reported(vec![d]))?;
    let looks_zip =
        bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    if looks_zip || !is_csv(path) {
        if !looks_zip {
            return Err(invalid(
                &name,
                Sheet::NotASpreadsheet,
                Some("save the customer's file as .xlsx (Excel Workbook) or .csv".into()),
            ));
        }
        let read =
            xlsx::read(&bytes, sheet).map_err(|r| reported(vec![r.found.file_name(&name)]))?;
        return Ok(Customer {
            name,
            path: path.to_path_buf(),
            bytes,
            grid: read.grid,
            csv: None,
        });
    }
    if sheet.is_some() {
        return Err(invalid(&name, Sheet::SheetForCsv, None));
    }
    let src = crate::load::read::from_bytes(name.clone(), bytes.clone())
        .map_err(|d| reported(vec![d]))?;
    let (grid, sep) = csv::read(&src.text).map_err(|p| invalid(&name, p.kind, None))?;
    Ok(Customer {
        name,
        path: path.to_path_buf(),
        bytes,
        grid,
        csv: Some(sep),
    })
}

/// The links file, if there is one.
pub fn links(path: &Path) -> Result<Links> {
    if !path.exists() {
        return Ok(Links::default());
    }
    let src = crate::load::read::read(path).map_err(|d| reported(vec![d]))?;
    Links::parse(&src).map_err(reported)
}

pub fn write_links(path: &Path, links: &Links) -> Result<()> {
    crate::output::write_atomic(path, links.write().as_bytes())
        .map_err(|e| refuse(Usage::LinksNotWritten(e)))?;
    eprintln!("Updated the links file {}.", shell::path(path));
    Ok(())
}

/// A file that could not be written: something the person can change (the
/// folder, its permissions), so exit status 2.
fn write_error(path: &Path, error: crate::output::WriteError) -> anyhow::Error {
    refuse(Usage::AnswerNotWritten {
        file: shell::path(path),
        error,
    })
}

/// The customer's file could not be patched.
fn not_patched(c: &Customer, error: crate::exchange::patch::PatchError) -> anyhow::Error {
    refuse(Usage::NotPatched {
        file: c.name.clone(),
        error,
    })
}

/// Writes the answered copy.
pub fn write_filled(c: &Customer, path: &Path, edits: &[Edit]) -> Result<()> {
    let bytes = match c.csv {
        Some(sep) => {
            let text = String::from_utf8_lossy(&c.bytes);
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            let bom = if c.bytes.starts_with(b"\xEF\xBB\xBF") {
                "\u{feff}"
            } else {
                ""
            };
            let out = patch::csv::patch(text, sep, edits).map_err(|error| not_patched(c, error))?;
            format!("{bom}{out}").into_bytes()
        }
        None => {
            let sheet = c.grid.sheet.as_deref().unwrap_or_default();
            patch::workbook(&c.bytes, sheet, edits).map_err(|error| not_patched(c, error))?
        }
    };
    // Made again from the customer's file and the answers at any time: not
    // worth waiting for the disk (as reports, see output.rs).
    crate::output::write_atomic_unsynced(path, &bytes).map_err(|e| write_error(path, e))
}

/// The draft questionnaire's text, checked, and loaded.
fn draft_of(
    c: &Customer,
    shape: &Shape,
    p: &Plan,
    s: &Supplier,
    paths: &Paths,
) -> Result<(String, crate::model::Questionnaire)> {
    let named = draft::Named::of(&c.path, &c.name, c.grid.sheet.as_deref(), &shape.titles);
    let text = draft::tidy(&draft::questionnaire(
        &c.grid,
        shape,
        &p.fills,
        &named.head(),
        &s.origins,
    ));
    let q = crate::exchange::import::check_loaded(&text, &paths.draft.display().to_string())
        .map_err(reported)?;
    Ok((text, q))
}

/// Writes the draft and the answers file beside the copy; the commands that
/// come next.
pub fn write_rest(
    c: &Customer,
    shape: &Shape,
    p: &Plan,
    s: &Supplier,
    paths: &Paths,
) -> Result<Vec<(String, String)>> {
    let (text, q) = draft_of(c, shape, p, s, paths)?;
    crate::output::write_atomic_unsynced(&paths.draft, text.as_bytes())
        .map_err(|e| write_error(&paths.draft, e))?;
    if paths.answers.is_file() {
        let backup = crate::output::keep_backup(&paths.answers)
            .map_err(|e| write_error(&paths.answers, e))?;
        eprintln!(
            "Kept the answers file that was there as {}.",
            shell::path(&backup)
        );
    }
    let answers =
        crate::answers::supplier::draft_answers(&q, &p.fills, &s.origins, s.organisation.clone());
    crate::output::write_atomic_unsynced(&paths.answers, answers.as_bytes())
        .map_err(|e| write_error(&paths.answers, e))?;
    let left = p
        .fills
        .iter()
        .filter(|f| matches!(f.fate, Fate::Left(_)))
        .count();
    Ok(review::next_steps(&review::Files {
        customer: &c.path,
        left,
        draft: &paths.draft,
        answers: &paths.answers,
        links: &paths.links,
    }))
}

/// Writes the review to `--review`, in the format its extension says.
pub fn write_review(paths: &Paths, r: &Review<'_>) -> Result<()> {
    let Some((path, chosen)) = &paths.review else {
        return Ok(());
    };
    let bytes = chosen.exporter.export(r)?;
    crate::output::write_atomic_unsynced(path, &bytes).map_err(|e| write_error(path, e))
}
