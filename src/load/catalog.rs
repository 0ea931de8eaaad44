//! Finding and loading questionnaires. `Q` on the command line is a bundled id,
//! an id found in a configured folder, or a path; an id read from a file (an
//! answers file's `questionnaire.id`) is only ever an id. A profile's base is a
//! known id or a path next to the profile. The configured folders are read once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::diagnostic::kinds::{Catalog as Problem, File};
use crate::diagnostic::{Diagnostic, Loaded};
use crate::load::config::Config;
use crate::load::{self, DocKind, Document, bundled, read};
use crate::model::{Profile, Questionnaire};
use crate::resolve;
use crate::source::Source;
use crate::text::slug::is_slug;
use crate::text::suggest::did_you_mean;
use crate::yaml::{Node, Spanned};

/// The longest chain of profiles built on profiles.
const MAX_CHAIN: usize = 32;

/// A questionnaire or profile the catalog knows by id.
pub struct Known {
    pub id: String,
    pub source: Arc<Source>,
    pub bundled: bool,
}

/// What the catalog knows: bundled files, then configured ones, and the files of
/// configured folders that could not be read.
struct Index {
    known: Vec<Known>,
    problems: Vec<Diagnostic>,
}

pub struct Catalog<'c> {
    config: &'c Config,
    index: OnceLock<Index>,
    every: OnceLock<HashMap<String, Questionnaire>>,
}

impl<'c> Catalog<'c> {
    pub fn new(config: &'c Config) -> Self {
        Catalog {
            config,
            index: OnceLock::new(),
            every: OnceLock::new(),
        }
    }

    pub fn config(&self) -> &Config {
        self.config
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| index(self.config))
    }

    /// Every questionnaire and profile known by id: bundled first.
    pub fn known(&self) -> &[Known] {
        &self.index().known
    }

    /// Every known questionnaire and profile that loads, resolved, by id (the
    /// first of an id wins, as in lookups); loaded once.
    pub fn every(&self) -> &HashMap<String, Questionnaire> {
        self.every.get_or_init(|| {
            let mut all = HashMap::new();
            for k in self.known() {
                if !all.contains_key(&k.id)
                    && let Ok(loaded) = self.load(&k.source)
                {
                    all.insert(k.id.clone(), loaded.value);
                }
            }
            all
        })
    }

    /// Files in the configured folders that could not be read.
    pub fn problems(&self) -> &[Diagnostic] {
        &self.index().problems
    }

    /// Whether `id` is a bundled or configured questionnaire or profile.
    pub fn knows(&self, id: &str) -> bool {
        self.by_id(id).is_some()
    }

    fn by_id(&self, id: &str) -> Option<&Known> {
        self.known().iter().find(|k| k.id == id)
    }

    /// "There is no questionnaire called …", with a did-you-mean, else `hint`.
    fn unknown_id(&self, id: &str, hint: &str) -> Diagnostic {
        Diagnostic::error(Problem::UnknownQuestionnaire { id: id.to_owned() }).help(
            did_you_mean(id, self.known().iter().map(|k| k.id.as_str()))
                .unwrap_or_else(|| hint.to_owned()),
        )
    }

    /// `Q` from the command line: an id (bundled first, then configured), else a
    /// path; loaded, and resolved if it is a profile.
    pub fn open(&self, q: &str) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
        // An id in other letters (`SME-Baseline`) is that id, unless a file
        // has that name.
        let lower = q.to_lowercase();
        let known = match is_slug(q) {
            true => self.by_id(q),
            false if is_slug(&lower) && !Path::new(q).exists() => self.by_id(&lower),
            false => None,
        };
        let src = match known {
            Some(k) => Arc::clone(&k.source),
            None if is_slug(&lower) && !Path::new(q).is_file() => {
                return Err(vec![self.unknown_id(
                    q,
                    "`assure list` shows the questionnaires you can use by name; or give a file path",
                )]);
            }
            None => read::read(Path::new(q)).map_err(|d| vec![d])?,
        };
        self.load(&src)
    }

    /// An id read from a file: bundled or configured, never a path.
    pub fn open_id(&self, id: &str) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
        match self.by_id(id) {
            Some(k) => self.load(&Arc::clone(&k.source)),
            None => Err(vec![self.unknown_id(
                id,
                "`assure list` shows the questionnaires you can use by name",
            )]),
        }
    }

    /// Loads a questionnaire or a profile (resolved) from its source.
    pub fn load(&self, src: &Arc<Source>) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
        let doc = Document::from_source(Arc::clone(src))?;
        self.load_document(&doc)
    }

    /// Loads a parsed questionnaire or profile (resolved).
    pub fn load_document(&self, doc: &Document) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
        self.load_in_chain(&doc.src, &doc.node, &mut Vec::new())
    }

    fn load_in_chain(
        &self,
        src: &Arc<Source>,
        node: &Node,
        chain: &mut Vec<String>,
    ) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
        match load::detect(node) {
            DocKind::Questionnaire => load::questionnaire(src, node),
            DocKind::Profile => self.profile(src, node, chain),
            DocKind::Answers => Err(vec![
                Diagnostic::error(File::AnswersNotQuestionnaire {
                    name: src.name.clone(),
                })
                .at(src, load::top(node))
                .help("give the questionnaire or profile these answers are for"),
            ]),
        }
    }

    /// A profile, resolved against its base.
    fn profile(
        &self,
        src: &Arc<Source>,
        node: &Node,
        chain: &mut Vec<String>,
    ) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
        let (profile, mut c) = load::profile(src, node)?;
        chain.push(identity(src));
        let base = self.base(src, &profile, chain);
        chain.pop();
        let base = match base {
            Ok(base) => base,
            Err(mut base_diags) => {
                base_diags.extend(c.into_vec());
                return Err(base_diags);
            }
        };
        let q = resolve::apply(&profile, &base.value, &mut c);
        c.finish(q)
    }

    /// Loads the base of `profile`, itself perhaps a profile.
    fn base(
        &self,
        src: &Arc<Source>,
        profile: &Profile,
        chain: &mut Vec<String>,
    ) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
        let base = &profile.base;
        let base_src = self.find_base(src, base).map_err(|d| vec![d])?;
        let me = identity(&base_src);
        if chain.contains(&me) {
            return Err(vec![cycle(src, base, chain, &me)]);
        }
        if chain.len() >= MAX_CHAIN {
            return Err(vec![
                Diagnostic::error(Problem::ChainTooLong { max: MAX_CHAIN })
                    .at(src, base.span)
                    .help("base this profile on the questionnaire, or on a profile nearer to it"),
            ]);
        }
        let invalid = |mut diags: Vec<Diagnostic>| {
            diags.push(
                Diagnostic::error(Problem::BaseHasProblems {
                    base: base.value.clone(),
                })
                .at(src, base.span),
            );
            diags
        };
        // A file that is not a questionnaire or a profile at all is not quoted:
        // the path comes from a shared file and may point anywhere.
        let not_one = || {
            vec![
                Diagnostic::error(Problem::BaseNotQuestionnaire {
                    base: base.value.clone(),
                })
                .at(src, base.span)
                .help(format!(
                    "`assure validate {}` shows what is wrong with it",
                    base_src.name
                )),
            ]
        };
        let Ok(node) = load::parse(&base_src) else {
            return Err(not_one());
        };
        if load::detect(&node) == DocKind::Answers {
            return Err(vec![
                Diagnostic::error(Problem::BaseIsAnswers {
                    base: base.value.clone(),
                })
                .at(src, base.span),
            ]);
        }
        if !load::looks_like_questionnaire(&node) {
            return Err(not_one());
        }
        self.load_in_chain(&base_src, &node, chain).map_err(invalid)
    }

    /// Where `base` points: an id the catalog knows, else a path next to the profile.
    fn find_base(
        &self,
        src: &Arc<Source>,
        base: &Spanned<String>,
    ) -> Result<Arc<Source>, Diagnostic> {
        if is_slug(base)
            && let Some(known) = self.by_id(base)
        {
            return Ok(Arc::clone(&known.source));
        }
        let not_found = |detail: String| {
            Diagnostic::error(Problem::UnknownBase {
                base: base.value.clone(),
            })
            .at(src, base.span)
            .help(detail)
        };
        if src.name.starts_with(bundled::PREFIX) {
            return Err(not_found(
                "a bundled profile's base must be a bundled id".into(),
            ));
        }
        let dir = Path::new(&src.name)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let path: PathBuf = lexical(&dir.join(base.as_str()));
        if !path.is_file() {
            let help = did_you_mean(base, self.known().iter().map(|k| k.id.as_str()))
                .unwrap_or_else(|| {
                    format!(
                        "`base` is a questionnaire id (see `assure list`) or a path relative to this file; `{}` does not exist",
                        path.display()
                    )
                });
            return Err(not_found(help));
        }
        read::read(&path).map_err(|d| d.note(format!("while reading the base of {}", src.name)))
    }
}

/// Reads the configured folders: every `.yaml`, `.yml` and `.json` file, sorted
/// by name in each folder, after the bundled files; a file without a top-level
/// `id` is left out with a warning.
fn index(config: &Config) -> Index {
    let mut known: Vec<Known> = bundled::sources()
        .filter_map(|source| {
            let id = bundled::top_level_id(&source.text)?.to_owned();
            Some(Known {
                id,
                source,
                bundled: true,
            })
        })
        .collect();
    let mut problems = Vec::new();
    for path in configured_files(config) {
        match read::read(&path) {
            Ok(source) => match configured_id(&source.text) {
                Some(id) => known.push(Known {
                    id,
                    source,
                    bundled: false,
                }),
                None => problems.push(
                    Diagnostic::warning(Problem::NoId {
                        name: source.name.clone(),
                    })
                    .help(format!(
                        "run `assure validate {}` to see what it holds",
                        source.name
                    )),
                ),
            },
            Err(d) => problems.push(d),
        }
    }
    Index { known, problems }
}

/// The top-level `id` of a configured file: found by a look at its lines for
/// YAML written in blocks, else by parsing it (JSON, or YAML in flow style).
fn configured_id(text: &str) -> Option<String> {
    if let Some(id) = bundled::top_level_id(text) {
        return Some(id.to_owned());
    }
    let root = crate::yaml::parse(text).ok()?;
    let crate::yaml::Kind::Map(entries) = root.kind else {
        return None;
    };
    let entry = entries.into_iter().find(|e| e.key_text() == "id")?;
    match entry.value.kind {
        crate::yaml::Kind::Scalar(s) => Some(s.text),
        _ => None,
    }
}

/// Every file in the configured folders, sorted by name.
fn configured_files(config: &Config) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in config.questionnaire_dirs() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut here: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && matches!(
                        p.extension().and_then(|e| e.to_str()),
                        Some("yaml" | "yml" | "json")
                    )
            })
            .collect();
        here.sort();
        files.extend(here);
    }
    files
}

/// What makes two sources the same file, to find cycles.
fn identity(src: &Source) -> String {
    if src.name.starts_with(bundled::PREFIX) {
        return src.name.clone();
    }
    std::fs::canonicalize(&src.name).map_or_else(|_| src.name.clone(), |p| p.display().to_string())
}

fn cycle(src: &Arc<Source>, base: &Spanned<String>, chain: &[String], me: &str) -> Diagnostic {
    let mut names: Vec<String> = chain.iter().map(|p| short_name(p)).collect();
    names.push(short_name(me));
    Diagnostic::error(Problem::Cycle {
        chain: names.join(" → "),
    })
    .at(src, base.span)
    .help("a profile's base must lead, in the end, to a questionnaire")
}

/// `a/b/../c` as `a/c`, without asking the file system, so that messages show the
/// path a person would write.
fn lexical(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn short_name(path: &str) -> String {
    crate::source::file_name(Path::new(path))
}
