//! The command line: one struct of global options and one enum of subcommands.
//! Doc comments are the help text.

use std::path::PathBuf;

mod values;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::export;
use crate::export::schema::Kind as SchemaKind;
use crate::format::Format;
use values::{formats, one_of};

/// Security questionnaires for small suppliers, answered in plain words and turned
/// into a report that says what to fix first.
#[derive(Debug, Parser)]
#[command(
    name = "assure",
    version,
    propagate_version = true,
    after_help = "Start here:\n  assure                         a menu of what you can do (in a terminal)\n  assure assess sme-baseline     answer the bundled baseline questionnaire\n  assure list                    see the questionnaires you can use by name\n\nExit status: 0 done, 1 could not finish (I/O error, interrupted),\n2 invalid input or usage."
)]
pub struct Cli {
    /// Read settings from this file instead of ./assure.toml
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// None: the start menu in a terminal, else the help ([`missing_command`]).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What clap says when no command is given and there is no terminal for the
/// start menu: the help (or, after options, the usage), exit 2, as when a
/// command was required.
pub fn missing_command() -> clap::Error {
    use clap::CommandFactory;
    let cmd = Cli::command()
        .subcommand_required(true)
        .arg_required_else_help(true);
    match cmd.try_get_matches_from(std::env::args_os()) {
        Err(e) => e,
        Ok(_) => Cli::command().error(
            clap::error::ErrorKind::MissingSubcommand,
            "a command is needed",
        ),
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    List(ListArgs),
    Show(ShowArgs),
    Validate(ValidateArgs),
    Assess(AssessArgs),
    Report(ReportArgs),
    Trim(TrimArgs),
    Template(TemplateArgs),
    Import(ImportArgs),
    Schema(SchemaArgs),
    Prefill(PrefillArgs),
    Compare(CompareArgs),
    Ask(AskArgs),
    Merge(MergeArgs),
    Answer(AnswerArgs),
    Statement(StatementArgs),
}

/// List the bundled and configured questionnaires and profiles.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  assure list\n  assure list --format json")]
pub struct ListArgs {
    #[arg(long, value_parser = one_of([
        ("table", Format::Text, "A table, for the terminal"),
        ("json", Format::Json, "One JSON document, for tools"),
    ]), default_value = "table")]
    pub format: Format,
}

/// Show the questions of a questionnaire or profile, as resolved.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  assure show sme-baseline\n  assure show supplier-check -o form.md      a form to print or send\n  assure show my-profile.yaml --format yaml"
)]
pub struct ShowArgs {
    /// A bundled or configured id, or a path to a questionnaire or profile
    #[arg(value_name = "Q")]
    pub questionnaire: String,

    /// Default: from the output file's extension, else table
    #[arg(long, value_parser = formats(&export::show::FORMATS))]
    pub format: Option<String>,

    /// Write to this file instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Check questionnaires, profiles and answers files, and explain every problem.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  assure validate questionnaires/*.yaml\n  assure validate answers.yaml -q sme-baseline\n  assure validate --format json my-check.yaml\n\nExits 0 when every file is valid (warnings allowed), 2 when any is not."
)]
pub struct ValidateArgs {
    /// Files to check; the kind of each is recognised from its keys
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// The questionnaire that answers files are checked against (default: the one
    /// named in each answers file)
    #[arg(short = 'q', long = "questionnaire", value_name = "Q")]
    pub questionnaire: Option<String>,

    #[arg(long, value_parser = one_of([
        ("text", Format::Text, "Diagnostics on stderr, a summary line per valid file on stdout"),
        ("json", Format::Json, "One JSON document on stdout, for editors and CI"),
    ]), default_value = "text")]
    pub format: Format,
}

/// Answer a questionnaire in the terminal, one question at a time. Your answers
/// are saved after each one, and you get a report at the end.
#[derive(Debug, Args)]
#[command(
    after_help = assess_help()
)]
pub struct AssessArgs {
    /// A bundled or configured id, or a path to a questionnaire or profile
    #[arg(value_name = "Q")]
    pub questionnaire: String,

    /// Where the answers are saved (default: <questionnaire-id>-answers.yaml here)
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    /// Carry on from the answers already saved in the answers file
    #[arg(long)]
    pub resume: bool,

    /// Earlier answers files to carry answers from: each is shown for you to
    /// keep (Enter) or change, after the questions they do not answer
    #[arg(long, value_name = "OLD", num_args = 1..)]
    pub from: Vec<PathBuf>,

    /// One report file instead of two; its extension picks the format, as for
    /// `assure report` (.md, .html, .json, .csv, .xlsx). Default: the Markdown
    /// report and the same as HTML, next to the answers file or in the
    /// configured output folder (or in this folder)
    #[arg(short = 'o', long = "output", value_name = "REPORT")]
    pub output: Option<PathBuf>,
}

/// Turn answers files into reports, offline: Markdown, HTML, JSON, CSV, XLSX,
/// OSCAL, or a one-page summary.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  assure report answers.yaml                      Markdown on stdout\n  assure report answers.yaml -o report.html       the extension picks the format\n  assure report answers.yaml --format summary -o summary.html\n  assure report clients/*.yaml -o reports/ --format html\n\nWith several answers files, -o names a folder and one report is written per file;\na bad file is reported and the others are still done (exit 2 at the end)."
)]
pub struct ReportArgs {
    /// Answers files, written by `assure assess`, from a template, or by hand
    #[arg(required = true, value_name = "ANSWERS")]
    pub answers: Vec<PathBuf>,

    /// The questionnaire or profile to score against (default: the one each
    /// answers file names)
    #[arg(short = 'q', long = "questionnaire", value_name = "Q")]
    pub questionnaire: Option<String>,

    /// Default: from the output file's extension, else the config, else markdown
    #[arg(long, value_parser = formats(&export::report::FORMATS))]
    pub format: Option<String>,

    /// A file (or `-` for stdout) for one answers file; a folder for several
    #[arg(short = 'o', long = "output", value_name = "PATH")]
    pub output: Option<PathBuf>,

    /// Print neither the summary table nor warnings on stderr (errors are
    /// still shown, and how many warnings there were)
    #[arg(long)]
    pub quiet: bool,

    /// With several answers files: show every warning of every file, rather
    /// than how many of each kind
    #[arg(long, conflicts_with = "quiet")]
    pub verbose: bool,

    /// With several answers files and a folder: do not write index.md,
    /// index.html and index.csv there
    #[arg(long)]
    pub no_index: bool,
}

/// Write a profile, resolved, as a standalone questionnaire.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  assure trim questionnaires/supplier-check.yaml -o standalone.yaml\n\nThe output validates on its own and records where it came from (`derived_from`);\ntrimming the same profile twice gives the same bytes."
)]
pub struct TrimArgs {
    /// The profile (a questionnaire is written back in the same standalone form)
    #[arg(value_name = "PROFILE")]
    pub profile: PathBuf,

    /// Write to this file instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Write a blank answers file to fill in with a text editor, or a workbook to
/// fill in with a spreadsheet program.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  assure template sme-baseline -o answers.yaml\n  (fill it in with any text editor, then)\n  assure report answers.yaml -o report.html\n\n  assure template sme-baseline -o answers.xlsx     for Excel or LibreOffice\n  assure report answers.xlsx -o report.html        read back the same way"
)]
pub struct TemplateArgs {
    /// A bundled or configured id, or a path to a questionnaire or profile
    #[arg(value_name = "Q")]
    pub questionnaire: String,

    /// Default: from the output file's extension, else yaml
    #[arg(long, value_parser = formats(&export::template::FORMATS))]
    pub format: Option<String>,

    /// Write to this file instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Turn a customer's spreadsheet questionnaire (CSV or XLSX) into a
/// questionnaire draft that validates, with TODO notes where it needs more.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  assure import their-sheet.xlsx -o draft.yaml\n  assure import their-sheet.xlsx --columns id=A,section=B,text=C -o draft.yaml\n  assure import export.csv --columns text=B,type=C,options=D -o draft.yaml\n\nColumn names: text (the questions), section, id, help, type, options, critical, weight,\nrecommendation, evidence, maps.FRAMEWORK. Every row is either in the draft or listed\nwith its cell and why it was left out."
)]
pub struct ImportArgs {
    /// The spreadsheet: a .csv file or an .xlsx workbook
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Which column holds what, such as text=C,section=B,id=A (default: the
    /// question, reference and section columns the header names)
    #[arg(long, value_name = "NAME=COLUMN,...")]
    pub columns: Option<String>,

    /// The sheet to read, in a workbook (default: the one that holds the
    /// questions, not an Instructions sheet)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,

    /// Rows at the top that are titles and the header, left out (default:
    /// down to the header row, found under any title rows; else 1)
    #[arg(long, value_name = "N")]
    pub header_rows: Option<u32>,

    /// The questionnaire's id (default: from the file name)
    #[arg(long)]
    pub id: Option<String>,

    /// The questionnaire's title (default: from the file name)
    #[arg(long)]
    pub title: Option<String>,

    /// Write the draft to this file instead of stdout
    #[arg(short = 'o', long = "output", value_name = "Q.yaml")]
    pub output: Option<PathBuf>,
}

/// Print the JSON Schema of a file format, for YAML editors.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  assure schema questionnaire -o questionnaire.schema.json\n  assure schema answers -q sme-baseline -o answers.schema.json\n\nThen start a YAML file with:\n  # yaml-language-server: $schema=questionnaire.schema.json"
)]
pub struct SchemaArgs {
    #[arg(value_parser = one_of(SchemaKind::ALL.map(|k| (k.name(), k, k.help()))), default_value = "questionnaire")]
    pub kind: SchemaKind,

    /// For `answers`: the questionnaire, so that the schema lists its question ids
    /// and the answers each takes
    #[arg(short = 'q', long = "questionnaire", value_name = "Q")]
    pub questionnaire: Option<String>,

    /// Write to this file instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Start a new answers file from earlier ones: last year's answers, or answers
/// to another questionnaire that asks the same things.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  assure prefill sme-baseline --from acme-2025.yaml -o acme-2026.yaml\n  assure prefill insurance-readiness --from acme-2026.yaml -o acme-ins.yaml\n  assure prefill sme-baseline --from a.yaml b.yaml -q own-check.yaml -o new.yaml\n\nAnswers carry by question id between versions of a questionnaire, and through\n`same_as` to other questionnaires. Where files disagree, the newest wins. A summary\nof what was carried, what was not and what is left goes to stderr."
)]
pub struct PrefillArgs {
    /// The questionnaire to answer: a bundled or configured id, or a path
    #[arg(value_name = "Q")]
    pub questionnaire: String,

    /// Earlier answers files to carry answers from
    #[arg(long, required = true, num_args = 1.., value_name = "OLD")]
    pub from: Vec<PathBuf>,

    /// Where the new answers file goes (default: stdout); an existing file is
    /// kept as a numbered backup
    #[arg(short = 'o', long = "output", value_name = "NEW")]
    pub output: Option<PathBuf>,

    /// The questionnaire an earlier file answers, when it is neither bundled nor
    /// configured (once for each such questionnaire)
    #[arg(short = 'q', long = "questionnaire", value_name = "Q2")]
    pub questionnaires: Vec<String>,
}

/// Compare two assessments of one business: what got better, what got worse,
/// and what is still missing.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  assure compare acme-2025.yaml acme-2026.yaml\n  assure compare acme-2025.yaml acme-2026.yaml -o progress.html\n  assure compare old.yaml new.yaml --format json\n\nBoth files must answer the same questionnaire; their versions may differ. Both are\nscored with the questionnaire as it is now."
)]
pub struct CompareArgs {
    /// The earlier answers file
    #[arg(value_name = "OLD")]
    pub old: PathBuf,

    /// The later answers file
    #[arg(value_name = "NEW")]
    pub new: PathBuf,

    /// The questionnaire, when it is neither bundled nor configured (default: the
    /// one the files name)
    #[arg(short = 'q', long = "questionnaire", value_name = "Q")]
    pub questionnaire: Option<String>,

    /// Default: from the output file's extension, else markdown
    #[arg(long, value_parser = formats(&export::compare::FORMATS))]
    pub format: Option<String>,

    /// Write to this file instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Write the questions someone else can answer (your IT provider, broker or
/// accountant): a file for them to fill in, or a letter to send.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  assure ask answers.yaml -o for-it-provider.yaml\n  assure ask answers.yaml --format markdown -o letter.md\n  assure ask answers.yaml --to insurance-broker --format html -o broker.html\n\nOnly questions answered \"I don't know\" or not answered are asked, must-haves first.\nWhen the filled-in file comes back: assure merge answers.yaml for-it-provider.yaml"
)]
pub struct AskArgs {
    /// The answers file
    #[arg(value_name = "ANSWERS")]
    pub answers: PathBuf,

    /// Who to ask: it-provider, insurance-broker, accountant, or whoever the
    /// questionnaire names
    #[arg(long, value_name = "RECIPIENT", default_value = "it-provider")]
    pub to: String,

    /// yaml: a file to fill in; markdown or html: a letter. Default: from the
    /// output file's extension, else yaml
    #[arg(long, value_parser = formats(&export::letter::FORMATS))]
    pub format: Option<String>,

    /// Write to this file instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The questionnaire, when it is neither bundled nor configured
    #[arg(short = 'q', long = "questionnaire", value_name = "Q")]
    pub questionnaire: Option<String>,
}

/// Bring answers from someone else (a filled-in `ask` file) into your answers
/// file, noting who gave each one.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  assure merge answers.yaml reply-from-it-provider.yaml\n  assure merge answers.yaml reply.yaml --prefer reply\n  assure merge answers.yaml reply.yaml -o merged.yaml\n\nA reply never silently replaces an answer you gave: differences are listed and\nnothing is written (exit 2) unless --prefer says which side wins. Without -o,\nANSWERS is replaced and the old file kept as ANSWERS.bak (then .bak.1, ...)."
)]
pub struct MergeArgs {
    /// The answers file to merge into
    #[arg(value_name = "ANSWERS")]
    pub answers: PathBuf,

    /// Filled-in files from `assure ask`, or any answers file for the same
    /// questionnaire and version
    #[arg(required = true, value_name = "REPLY")]
    pub replies: Vec<PathBuf>,

    /// Write the merged answers here instead of replacing ANSWERS
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Which answer wins where a reply differs from an answer already given
    #[arg(long, value_enum)]
    pub prefer: Option<Prefer>,

    /// The questionnaire, when it is neither bundled nor configured
    #[arg(short = 'q', long = "questionnaire", value_name = "Q")]
    pub questionnaire: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Prefer {
    /// Take the reply's answer
    Reply,
    /// Keep the answer already in ANSWERS
    Ours,
}

/// Write a security statement to send a customer instead of answering their
/// questionnaire again: what your answers say is in place, by topic; how much
/// is being worked on (never which weaknesses); the framework references your
/// answers meet; who answered, when, and to which questionnaire.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  assure statement answers.yaml -o statement.html     a page to print or send\n  assure statement answers.yaml -o statement.md\n\nIt states only what the answers say: an answer that does not fully meet its question\nis never listed as in place. Answers carried over or given by someone else say so."
)]
pub struct StatementArgs {
    /// The answers file (YAML or a workbook)
    #[arg(value_name = "ANSWERS")]
    pub answers: PathBuf,

    /// Write to this file instead of stdout: .md for Markdown, .html for a web page
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The questionnaire, when it is neither bundled nor configured
    #[arg(short = 'q', long = "questionnaire", value_name = "Q")]
    pub questionnaire: Option<String>,
}

/// The end of `assess --help`: the keys as the walk's first screen says them.
fn assess_help() -> String {
    format!(
        "Examples:\n  assure assess sme-baseline\n  assure assess sme-baseline --answers acme.yaml --resume\n  assure assess my-profile.yaml -o report.html\n\n\
         {}\nAfter q or Ctrl-C, --resume carries on where you stopped.\n\n\
         Without a terminal, write a blank answers file with\n`assure template Q -o answers.yaml`, \
         fill it in with a text editor, then run\n`assure report answers.yaml`.",
        crate::interactive::screens::KEYS
    )
}

/// Answer a customer's own questionnaire (their spreadsheet) from your answers
/// files, and write it back as their spreadsheet with a review of every answer.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  assure answer northwind.xlsx --from our-baseline.yaml our-insurance.yaml\n  assure answer their-sheet.csv --from answers.yaml --review review.html\n  assure answer northwind.xlsx --from answers.yaml --reject 4.5    a wrong match\n\nWrites CUSTOMER-answered.xlsx (only answer and comment cells change), the\ncustomer's questionnaire as a draft and an answers file beside it, so that\n`assure assess DRAFT --answers FILE --resume` asks only what is left.\nExits 0 when every question was answered, 1 when some are left, 2 for bad input."
)]
pub struct AnswerArgs {
    /// The customer's questionnaire: an .xlsx workbook or a .csv file
    #[arg(value_name = "CUSTOMER")]
    pub file: PathBuf,

    /// Your answers files: to any bundled or configured questionnaire, or to a
    /// customer's questionnaire answered before
    #[arg(long, required = true, num_args = 1.., value_name = "ANSWERS")]
    pub from: Vec<PathBuf>,

    /// The answered copy (default: CUSTOMER-answered.xlsx, .xlsm or .csv as the customer's, beside it)
    #[arg(short = 'o', long = "output", value_name = "FILLED")]
    pub output: Option<PathBuf>,

    /// The sheet that holds the questions (default: the one found)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,

    /// Which column holds what, when it is not found: question=C,answer=D,comment=E,id=B,section=A
    #[arg(long, value_name = "NAME=COLUMN,...")]
    pub columns: Option<String>,

    /// The header row (from 1), when it is not found
    #[arg(long, value_name = "N")]
    pub header_row: Option<u32>,

    /// Also write the review to this file (.md or .html)
    #[arg(long, value_name = "FILE")]
    pub review: Option<PathBuf>,

    /// The links file (default: assure-links.yaml beside the first answers file)
    #[arg(long, value_name = "FILE")]
    pub links: Option<PathBuf>,

    /// Remember the match of these questions (the customer's reference, or
    /// "row N") as right: exact next time
    #[arg(long, value_name = "REF", num_args = 1..)]
    pub confirm: Vec<String>,

    /// Remember the match of these questions as wrong: never used again
    #[arg(long, value_name = "REF", num_args = 1..)]
    pub reject: Vec<String>,
}

#[cfg(test)]
mod tests;
