//! The one golden-file mechanism of the tests: a committed file holds what the
//! code must produce (a fixture's `.expect`, an example report, a report
//! snapshot). `UPDATE_GOLDEN=1 cargo test` rewrites the files that differ; review
//! the diff before committing it.

use std::path::Path;

use crate::support::root;

/// Whether this run rewrites golden files instead of checking them.
pub fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some()
}

/// Checks `got` against the golden file at `path` (relative to the repository),
/// or rewrites it when updating. `Err` says how it differs, for the test to
/// gather and report with the others.
pub fn check(path: &Path, got: &str) -> Result<(), String> {
    let full = root().join(path);
    if updating() {
        if let Some(dir) = full.parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        if std::fs::read_to_string(&full).ok().as_deref() != Some(got) {
            std::fs::write(&full, got).unwrap();
        }
        return Ok(());
    }
    match std::fs::read_to_string(&full) {
        Ok(want) if want == got => Ok(()),
        Ok(want) => Err(format!(
            "{} differs (UPDATE_GOLDEN=1 rewrites it)\n{}",
            path.display(),
            diff(&want, got)
        )),
        Err(_) => Err(format!(
            "{} is missing (UPDATE_GOLDEN=1 writes it)\n{got}",
            path.display()
        )),
    }
}

/// The first lines that differ, with a little context.
fn diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let first = w
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or(w.len().min(g.len()));
    let from = first.saturating_sub(2);
    let show = |lines: &[&str]| {
        lines
            .iter()
            .skip(from)
            .take(6)
            .map(|l| format!("  {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    format!(
        "at line {}:\n--- expected\n{}\n--- got\n{}",
        first + 1,
        show(&w),
        show(&g)
    )
}

/// Panics with every difference found, if any.
#[track_caller]
pub fn assert_all(failures: &[String]) {
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
