//! `assure.toml` (docs/formats.md, "Config"): defaults for respondents and
//! reports, and where to look for questionnaires by id.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::diagnostic::Diagnostic;
use crate::diagnostic::kinds::Config as Problem;
use crate::load::logo::{self, Logo};
use crate::load::read;
use crate::source::{Source, pos_of_byte};
use crate::text::suggest::{did_you_mean, quoted_list};
use crate::yaml::Span;

pub const DEFAULT_FILE: &str = "assure.toml";

/// The most entries `questionnaire_dirs` may have: each folder is read whole.
pub const MAX_QUESTIONNAIRE_DIRS: usize = 64;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Default organisation of respondents.
    pub organisation: Option<String>,
    /// Folders searched for questionnaires by id, after the bundled ones; relative
    /// to the config file.
    #[serde(default)]
    pub questionnaire_dirs: Vec<toml::Spanned<PathBuf>>,
    #[serde(default)]
    pub report: ReportConfig,
    #[serde(default)]
    pub reuse: ReuseConfig,
    #[serde(default)]
    pub answer: AnswerConfig,
    /// The folder the config file is in.
    #[serde(skip)]
    pub dir: PathBuf,
    /// The file, for diagnostics about a value found wrong later.
    #[serde(skip)]
    pub source: Option<Arc<Source>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportConfig {
    /// The report's format by name (`markdown`, ...), checked with
    /// [`Config::check_report_format`].
    pub format: Option<toml::Spanned<String>>,
    pub output_dir: Option<PathBuf>,
    pub prepared_by: Option<String>,
    /// A PNG or JPEG for the cover of HTML reports, relative to the config file.
    pub logo: Option<toml::Spanned<PathBuf>>,
    /// The logo, read when the config is.
    #[serde(skip)]
    pub logo_image: Option<Logo>,
}

/// Answering a customer's own questionnaire (`assure answer`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerConfig {
    /// Matches below this confidence (0 to 1) are not written.
    #[serde(default = "three_quarters")]
    pub min_confidence: f64,
}

fn three_quarters() -> f64 {
    0.75
}

impl Default for AnswerConfig {
    fn default() -> Self {
        AnswerConfig {
            min_confidence: three_quarters(),
        }
    }
}

/// Carrying answers over from earlier answers files.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReuseConfig {
    /// A carried answer older than this many days is flagged for a fresh look.
    #[serde(default = "a_year")]
    pub max_age_days: u32,
}

fn a_year() -> u32 {
    365
}

impl Default for ReuseConfig {
    fn default() -> Self {
        ReuseConfig {
            max_age_days: a_year(),
        }
    }
}

impl Config {
    /// Reads `--config PATH`, else `./assure.toml` if there is one, else defaults.
    pub fn load(explicit: Option<&Path>) -> Result<Config, Vec<Diagnostic>> {
        let path = match explicit {
            Some(p) => p.to_path_buf(),
            None => {
                let p = PathBuf::from(DEFAULT_FILE);
                if !p.is_file() {
                    return Ok(Config::default());
                }
                p
            }
        };
        let src = read::read(&path).map_err(|d| vec![d])?;
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        Config::parse(&src, dir)
    }

    pub fn parse(src: &Arc<Source>, dir: PathBuf) -> Result<Config, Vec<Diagnostic>> {
        let mut config: Config =
            toml::from_str(&src.text).map_err(|e| vec![toml_error(src, &e)])?;
        config.dir = dir;
        config.source = Some(Arc::clone(src));
        let mut problems = Vec::new();
        if let Some(extra) = config.questionnaire_dirs.get(MAX_QUESTIONNAIRE_DIRS) {
            problems.push(
                Diagnostic::error(Problem::TooManyFolders {
                    max: MAX_QUESTIONNAIRE_DIRS,
                })
                .at(src, byte_span(src, extra.span()))
                .help("put the questionnaires in fewer folders"),
            );
            return Err(problems);
        }
        for d in &config.questionnaire_dirs {
            let full = config.dir.join(d.get_ref());
            if !full.is_dir() {
                let span = byte_span(src, d.span());
                problems.push(
                    Diagnostic::error(Problem::MissingFolder {
                        folder: full.display().to_string(),
                    })
                    .at(src, span)
                    .help("folders in `questionnaire_dirs` are relative to the config file"),
                );
            }
        }
        if let Some(logo) = &config.report.logo {
            match logo::read(&config.dir.join(logo.get_ref())) {
                Ok(image) => config.report.logo_image = Some(image),
                Err(problem) => problems.push(
                    Diagnostic::error(Problem::Logo { problem })
                        .at(src, byte_span(src, logo.span()))
                        .help("`logo` is a PNG or JPEG file, relative to the config file"),
                ),
            }
        }
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(problems)
        }
    }

    /// `report.format`, which must be one of `names` (the report's formats).
    pub fn report_format(&self, names: &[&str]) -> Result<Option<&str>, Diagnostic> {
        let Some(f) = &self.report.format else {
            return Ok(None);
        };
        if names.contains(&f.get_ref().as_str()) {
            return Ok(Some(f.get_ref()));
        }
        let d = Diagnostic::error(Problem::UnknownFormat {
            name: f.get_ref().clone(),
            expected: quoted_list(names),
        });
        Err(match &self.source {
            Some(src) => d.at(src, byte_span(src, f.span())),
            None => d,
        })
    }

    /// The configured questionnaire folders, resolved against the config file,
    /// each folder once however many ways the list names it (`.`, `./`, a link).
    pub fn questionnaire_dirs(&self) -> Vec<PathBuf> {
        let mut seen = std::collections::HashSet::new();
        self.questionnaire_dirs
            .iter()
            .map(|d| self.dir.join(d.get_ref()))
            .filter(|d| seen.insert(std::fs::canonicalize(d).unwrap_or_else(|_| d.clone())))
            .collect()
    }
}

fn byte_span(src: &Source, range: std::ops::Range<usize>) -> Span {
    Span {
        start: pos_of_byte(&src.text, range.start),
        end: pos_of_byte(&src.text, range.end),
    }
}

fn toml_error(src: &Arc<Source>, e: &toml::de::Error) -> Diagnostic {
    let message = e.message().trim().to_owned();
    let span = e.span().map(|r| byte_span(src, r)).unwrap_or_default();
    let help = unknown_field_help(&message);
    Diagnostic::error(Problem::Toml { message })
        .at(src, span)
        .maybe_help(help)
}

/// toml says "unknown field `x`, expected one of `a`, `b`": suggest the closest.
fn unknown_field_help(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, expected) = rest.split_once('`')?;
    let names: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    did_you_mean(field, names.iter().copied())
}

#[cfg(test)]
mod tests;
