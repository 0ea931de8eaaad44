//! Answers files: the one entry that reads them against a questionnaire
//! ([`load`], or [`AnswersFile`] when the questionnaire is found from the file),
//! and writing them ([`write`]).

pub mod earlier;
pub mod kept;
mod open;
mod read;
pub mod reply;
pub mod supplier;
mod write;
mod written;

use std::path::Path;
use std::sync::Arc;

use crate::diagnostic::kinds::Answering as Problem;
use crate::diagnostic::{Diagnostic, Loaded};
use crate::digest;
use crate::load::{Catalog, Document};
use crate::model::Questionnaire;
use crate::model::answers::Answers;
use crate::source::Source;
use crate::text::suggest::did_you_mean;
use crate::yaml::{Node, Spanned};

pub use crate::model::answers::Leftover;
pub use open::{document, with_problems};
pub use write::write;

use read::Mode;

/// An answers file read and parsed, with the id of the questionnaire it names.
pub struct AnswersFile {
    pub src: Arc<Source>,
    pub node: Node,
    pub questionnaire: Spanned<String>,
    /// Problems found reading it (cells of a workbook left out), reported
    /// with those of the answers, in one run.
    problems: Vec<Diagnostic>,
}

impl AnswersFile {
    /// Opens a YAML answers file, or a workbook made by `template --format xlsx`
    /// (recognised by its first bytes or its `.xlsx` name).
    pub fn open(path: &Path) -> Result<AnswersFile, Vec<Diagnostic>> {
        let (doc, problems) = open::with_problems(path)?;
        AnswersFile::from_document_with(doc, problems)
    }

    /// An answers file from a document, with the problems found reading it
    /// (see [`with_problems`]), reported with those of the answers.
    pub fn from_document_with(
        doc: Document,
        problems: Vec<Diagnostic>,
    ) -> Result<AnswersFile, Vec<Diagnostic>> {
        // Without the questionnaire's id, nothing more can be checked; when
        // the workbook's own problems are why, they say it.
        let mut file = AnswersFile::from_document(doc).map_err(|d| {
            if problems.is_empty() {
                d
            } else {
                problems.clone()
            }
        })?;
        file.problems = problems;
        Ok(file)
    }

    /// An answers file from text already read (tests, fuzzing, other formats).
    pub fn from_source(src: Arc<Source>) -> Result<AnswersFile, Vec<Diagnostic>> {
        AnswersFile::from_document(Document::from_source(src)?)
    }

    pub fn from_document(doc: Document) -> Result<AnswersFile, Vec<Diagnostic>> {
        let questionnaire = read::questionnaire_id(&doc.src, &doc.node)?;
        Ok(AnswersFile {
            src: doc.src,
            node: doc.node,
            questionnaire,
            problems: Vec::new(),
        })
    }

    /// Checks every answer against `q`, whose digest is `digest` (a batch
    /// computes it once for all the files that answer `q`).
    pub fn check(
        &self,
        q: &Questionnaire,
        digest: &str,
    ) -> Result<Loaded<Answers>, Vec<Diagnostic>> {
        read::read(
            &self.src,
            &self.node,
            q,
            digest,
            Mode::Strict,
            &self.problems,
        )
        .map(|(loaded, _)| loaded)
    }

    /// Reads the file as an earlier answers file, against what may be a newer
    /// version of its questionnaire: answers to questions that are gone or that
    /// no longer fit are set aside as leftovers, not errors.
    pub fn check_earlier(
        &self,
        q: &Questionnaire,
        digest: &str,
    ) -> Result<(Loaded<Answers>, Vec<Leftover>), Vec<Diagnostic>> {
        read::read(
            &self.src,
            &self.node,
            q,
            digest,
            Mode::Earlier,
            &self.problems,
        )
    }
}

/// Reads the answers file at `path` and checks it against `q`.
pub fn load(path: &Path, q: &Questionnaire) -> Result<Loaded<Answers>, Vec<Diagnostic>> {
    AnswersFile::open(path)?.check(q, &digest::digest(q))
}

/// The questionnaire to check `file` against: `given` (`-q` on the command line:
/// an id or a path), else the id the file names, looked up as an id only (never
/// opened as a path: the file is untrusted).
pub fn questionnaire(
    catalog: &Catalog<'_>,
    given: Option<&str>,
    file: &AnswersFile,
) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
    match given {
        Some(q) => catalog.open(q),
        None => catalog
            .open_id(&file.questionnaire)
            .map_err(|diags| questionnaire_failed(catalog, file, diags)),
    }
}

/// Why the questionnaire `file` names cannot be used, as said about `file`:
/// `diags` are the catalog's (a batch looks each id up once for many files).
pub fn questionnaire_failed(
    catalog: &Catalog<'_>,
    file: &AnswersFile,
    mut diags: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    let id = &file.questionnaire;
    if !catalog.knows(id) {
        let help = did_you_mean(id, catalog.known().iter().map(|k| k.id.as_str()))
            .unwrap_or_else(|| "give the questionnaire's file with `-q PATH`".into());
        return vec![
            Diagnostic::error(Problem::UnknownQuestionnaire {
                id: id.value.clone(),
            })
            .at(&file.src, id.span)
            .help(help),
        ];
    }
    diags.push(
        Diagnostic::error(Problem::QuestionnaireHasProblems {
            file: file.src.name.clone(),
            id: id.value.clone(),
        })
        .file_name(&file.src.name)
        .help("fix the questionnaire, or give another with `-q`"),
    );
    diags
}
