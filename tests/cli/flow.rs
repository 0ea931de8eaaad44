//! Answers that move between files and people, through the real binary:
//! `prefill` ([`prefill`]), `compare` ([`compare`]), `ask` ([`ask`]) and `merge`
//! ([`merge`]), and the committed examples they make ([`examples`]).
//!
//! The fixtures are in tests/fixtures/flow: two versions of a questionnaire that
//! is neither bundled nor configured (`flow-check`, given with `-q`), and a
//! second questionnaire that asks some of its facts through `same_as`.

mod ask;
mod compare;
mod examples;
mod merge;
mod prefill;

use std::path::{Path, PathBuf};

use assure::load::Catalog;
use assure::load::config::Config;

pub const V1: &str = "tests/fixtures/flow/check-v1.yaml";
pub const V2: &str = "tests/fixtures/flow/check-v2.yaml";
pub const INSURER: &str = "tests/fixtures/flow/insurer.yaml";

/// Writes `text` to `name` in `dir`.
pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// `path` as an argument.
pub fn arg(path: &Path) -> String {
    path.display().to_string()
}

/// The `fingerprints:` block an answers file written by `assess` holds for
/// `ids`, as the questions of the questionnaire at `q` are.
pub fn fingerprints(q: &str, ids: &[&str]) -> String {
    let config = Config::default();
    let catalog = Catalog::new(&config);
    let loaded = catalog
        .open(&crate::support::root().join(q).display().to_string())
        .unwrap_or_else(|d| panic!("{q}: {d:?}"));
    let mut out = String::from("  fingerprints:\n");
    for id in ids {
        let question = loaded.value.question(id).unwrap();
        out.push_str(&format!(
            "    {id}: {}\n",
            assure::digest::fingerprint(question)
        ));
    }
    out
}
