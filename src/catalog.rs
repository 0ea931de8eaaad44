//! Finding questionnaires: `Q` on the command line is a bundled id, an id found in
//! a configured folder, or a path.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::library;
use crate::load::{self, DocKind, Loaded};
use crate::model::Questionnaire;
use crate::resolve;
use crate::source::{self, Source};
use crate::suggest::did_you_mean;
use crate::validate::is_slug;

pub struct Catalog<'c> {
    config: &'c Config,
}

/// A questionnaire or profile the catalog knows by id.
pub struct Known {
    pub id: String,
    pub source: Arc<Source>,
    pub bundled: bool,
}

impl<'c> Catalog<'c> {
    pub fn new(config: &'c Config) -> Self {
        Catalog { config }
    }

    pub fn config(&self) -> &Config {
        self.config
    }

    /// Every file in the configured folders, sorted by name.
    fn configured_files(&self) -> Vec<PathBuf> {
        let mut files = Vec::new();
        for dir in self.config.questionnaire_dirs() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut here: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.is_file()
                        && matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
                })
                .collect();
            here.sort();
            files.extend(here);
        }
        files
    }

    /// Bundled files first, then configured ones. Files that cannot be read are
    /// returned as diagnostics.
    pub fn known(&self) -> (Vec<Known>, Vec<Diagnostic>) {
        let mut known: Vec<Known> = library::sources()
            .filter_map(|source| {
                let id = library::top_level_id(&source.text)?.to_owned();
                Some(Known {
                    id,
                    source,
                    bundled: true,
                })
            })
            .collect();
        let mut problems = Vec::new();
        for path in self.configured_files() {
            match source::read(&path) {
                Ok(source) => {
                    if let Some(id) = library::top_level_id(&source.text) {
                        let id = id.to_owned();
                        known.push(Known {
                            id,
                            source,
                            bundled: false,
                        });
                    }
                }
                Err(d) => problems.push(d),
            }
        }
        (known, problems)
    }

    /// The source named by `q`: an id (bundled first, then configured) or a path.
    pub fn find(&self, q: &str) -> Result<Arc<Source>, Diagnostic> {
        if is_slug(q) {
            let (known, _) = self.known();
            if let Some(k) = known.into_iter().find(|k| k.id == q) {
                return Ok(k.source);
            }
            if Path::new(q).is_file() {
                return source::read(Path::new(q));
            }
            let (known, _) = self.known();
            let ids: Vec<&str> = known.iter().map(|k| k.id.as_str()).collect();
            return Err(Diagnostic::error(
                "unknown-questionnaire",
                format!("there is no questionnaire called `{q}`"),
            )
            .help(
                did_you_mean(q, ids.iter().copied())
                    .unwrap_or_else(|| "`assure list` shows the questionnaires you can use by name; or give a file path".into()),
            ));
        }
        source::read(Path::new(q))
    }

    /// Finds, loads and (for a profile) resolves `q` into a questionnaire.
    pub fn open(&self, q: &str) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
        let src = self.find(q).map_err(|d| vec![d])?;
        self.load(&src)
    }

    /// Loads a questionnaire or a profile from a source.
    pub fn load(&self, src: &Arc<Source>) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
        let node = load::parse(src)?;
        match load::detect(&node) {
            DocKind::Questionnaire => load::questionnaire_from_node(src, &node),
            DocKind::Profile => resolve::profile_from_node(self, src, &node),
            DocKind::Answers => Err(vec![
                Diagnostic::error(
                    "wrong-kind",
                    format!("`{}` is an answers file, not a questionnaire", src.name),
                )
                .at(src, load::top(&node))
                .help("give the questionnaire or profile these answers are for"),
            ]),
        }
    }
}
