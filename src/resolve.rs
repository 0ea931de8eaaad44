//! Applying a profile to its base (formats.md §5). The result is an ordinary
//! `Questionnaire`, so nothing downstream knows profiles exist.
//!
//! Order of work: selection (the union of every selector), minus exclusions, plus
//! every question a kept question's or section's `when` refers to (with a note saying
//! why), in the base's order; empty sections dropped; then overrides.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::catalog::Catalog;
use crate::diagnostic::Diagnostic;
use crate::library;
use crate::load::{self, DocKind, Loaded};
use crate::model::{Profile, Questionnaire};
use crate::source::{self, Source};
use crate::suggest::did_you_mean;
use crate::validate::{self, is_slug};
use crate::yaml::{Node, Spanned};

mod apply;

use apply::apply;

/// The longest chain of profiles built on profiles.
const MAX_CHAIN: usize = 16;

/// Loads a profile from its parsed tree and resolves it against its base.
pub fn profile_from_node(
    catalog: &Catalog<'_>,
    src: &Arc<Source>,
    node: &Node,
) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
    let mut chain = Vec::new();
    resolve(catalog, src, node, &mut chain)
}

/// What makes two sources the same file, to find cycles.
fn identity(src: &Source) -> String {
    if src.name.starts_with(library::PREFIX) {
        return src.name.clone();
    }
    std::fs::canonicalize(&src.name).map_or_else(|_| src.name.clone(), |p| p.display().to_string())
}

fn resolve(
    catalog: &Catalog<'_>,
    src: &Arc<Source>,
    node: &Node,
    chain: &mut Vec<String>,
) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
    let (profile, mut diags) = load::deserialize::<Profile>(src, node);
    let Some(profile) = profile.filter(|_| diags.is_empty()) else {
        return load::finish(None::<Questionnaire>, diags);
    };
    diags.extend(validate::identity(
        &profile.id,
        &profile.title,
        &profile.version,
        src,
    ));
    if let Some(scoring) = &profile.scoring {
        diags.extend(validate::scoring(scoring, src));
    }
    chain.push(identity(src));
    let base = load_base(catalog, src, &profile.base, chain);
    chain.pop();
    let base = match base {
        Ok(base) => base,
        Err(mut base_diags) => {
            base_diags.extend(diags);
            return Err(base_diags);
        }
    };
    let (q, more) = apply(&profile, &base.value, src);
    diags.extend(more);
    load::finish(q, diags)
}

/// Where `base` points: an id the catalog knows, else a path next to the profile.
fn find_base(
    catalog: &Catalog<'_>,
    src: &Arc<Source>,
    base: &Spanned<String>,
) -> Result<Arc<Source>, Diagnostic> {
    if is_slug(base)
        && let Some(known) = catalog
            .known()
            .0
            .into_iter()
            .find(|k| k.id == base.as_str())
    {
        return Ok(known.source);
    }
    let not_found = |detail: String| {
        Diagnostic::error(
            "unknown-base",
            format!("cannot find the base `{}`", base.value),
        )
        .at(src, base.span)
        .help(detail)
    };
    if src.name.starts_with(library::PREFIX) {
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
        let (known, _) = catalog.known();
        let ids: Vec<&str> = known.iter().map(|k| k.id.as_str()).collect();
        let help = did_you_mean(base, ids.iter().copied()).unwrap_or_else(|| {
            format!(
                "`base` is a questionnaire id (see `assure list`) or a path relative to this file; `{}` does not exist",
                path.display()
            )
        });
        return Err(not_found(help));
    }
    source::read(&path).map_err(|d| d.note(format!("while reading the base of {}", src.name)))
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

fn load_base(
    catalog: &Catalog<'_>,
    src: &Arc<Source>,
    base: &Spanned<String>,
    chain: &mut Vec<String>,
) -> Result<Loaded<Questionnaire>, Vec<Diagnostic>> {
    let base_src = find_base(catalog, src, base).map_err(|d| vec![d])?;
    let invalid = |mut diags: Vec<Diagnostic>| {
        diags.push(
            Diagnostic::error(
                "invalid-base",
                format!("the base `{}` has problems, shown above", base.value),
            )
            .at(src, base.span),
        );
        diags
    };
    let me = identity(&base_src);
    if chain.contains(&me) || chain.len() >= MAX_CHAIN {
        let mut names: Vec<String> = chain.iter().map(|p| short_name(p)).collect();
        names.push(short_name(&me));
        return Err(vec![
            Diagnostic::error(
                "profile-cycle",
                format!(
                    "profiles are built on each other in a circle: {}",
                    names.join(" → ")
                ),
            )
            .at(src, base.span)
            .help("a profile's base must lead, in the end, to a questionnaire"),
        ]);
    }
    let node = load::parse(&base_src).map_err(invalid)?;
    match load::detect(&node) {
        DocKind::Questionnaire => load::questionnaire_from_node(&base_src, &node).map_err(invalid),
        DocKind::Profile => resolve(catalog, &base_src, &node, chain).map_err(invalid),
        DocKind::Answers => Err(vec![
            Diagnostic::error(
                "wrong-kind",
                format!(
                    "the base `{}` is an answers file, not a questionnaire",
                    base.value
                ),
            )
            .at(src, base.span),
        ]),
    }
}

fn short_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map_or_else(|| path.to_owned(), |n| n.to_string_lossy().into_owned())
}
