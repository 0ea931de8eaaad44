//! The one golden-file mechanism of the tests: a committed file holds what the
//! code must produce (a fixture's `.expect`, an example report, a report
//! snapshot). `UPDATE_GOLDEN=1 cargo test` rewrites the files that differ; review
//! the diff before committing it.
//!
//! Golden files live in folders that one test owns ([`Folder`]): the test
//! checks every file it makes, and a committed file in its folder that no check
//! claims (its example or fixture was renamed or removed) is an orphan, reported
//! as a failure, also when updating. A difference is shown in full, as a unified
//! diff of every changed line.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

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

/// Every difference, as a unified diff (`-` expected, `+` got) with three
/// lines of context around each change.
pub fn diff(want: &str, got: &str) -> String {
    similar::TextDiff::from_lines(want, got)
        .unified_diff()
        .context_radius(3)
        .header("expected (committed)", "got")
        .to_string()
}

/// Panics with every difference found, if any.
#[track_caller]
pub fn assert_all(failures: &[String]) {
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// A folder of golden files one test owns (with [`Folder::only`], the files
/// in it and its subfolders that a test owns): each check claims a file, and
/// [`Folder::finish`] reports every difference and every file not claimed.
pub struct Folder {
    dir: PathBuf,
    only: Box<dyn Fn(&str) -> bool>,
    claimed: BTreeSet<PathBuf>,
    failures: Vec<String>,
}

impl Folder {
    /// The folder at `dir`, relative to the repository.
    pub fn new(dir: impl Into<PathBuf>) -> Folder {
        Folder {
            dir: dir.into(),
            only: Box::new(|_| true),
            claimed: BTreeSet::new(),
            failures: Vec::new(),
        }
    }

    /// Owns only the files whose path in the folder passes `keep`.
    pub fn only(mut self, keep: impl Fn(&str) -> bool + 'static) -> Folder {
        self.only = Box::new(keep);
        self
    }

    /// Checks `got` against the file `name` (a path within the folder).
    pub fn check(&mut self, name: impl AsRef<Path>, got: &str) {
        let path = self.dir.join(name);
        self.failures.extend(check(&path, got).err());
        self.claimed.insert(path);
    }

    /// A failure found beside the golden files, reported with them.
    pub fn fail(&mut self, failure: String) {
        self.failures.push(failure);
    }

    /// The files of the folder that no check claimed.
    pub fn orphans(&self) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let mut stack = vec![root().join(&self.dir)];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).unwrap() {
                let full = entry.unwrap().path();
                if full.is_dir() {
                    stack.push(full);
                    continue;
                }
                let path = full.strip_prefix(root()).unwrap().to_path_buf();
                let within = path.strip_prefix(&self.dir).unwrap().to_string_lossy();
                if (self.only)(&within) && !self.claimed.contains(&path) {
                    out.push(path);
                }
            }
        }
        out.sort();
        out
    }

    /// Panics with every difference and every orphan, if any.
    #[track_caller]
    pub fn finish(mut self) {
        let orphans = self.orphans();
        if !orphans.is_empty() {
            let list: Vec<String> = orphans.iter().map(|p| p.display().to_string()).collect();
            self.failures.push(format!(
                "golden files that no test makes any more (remove them with git rm, or make them again):\n  {}",
                list.join("\n  ")
            ));
        }
        assert_all(&self.failures);
    }
}

#[test]
fn a_difference_is_shown_in_full_and_an_orphan_is_found() {
    let want = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n";
    let got = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nK\n";
    let d = diff(want, got);
    assert!(d.contains("-b\n+B\n") && d.contains("-k\n+K\n"), "{d}");
    let mut f = Folder::new("tests/cli/golden").only(|n| n.starts_with("report."));
    f.claimed
        .insert(PathBuf::from("tests/cli/golden/report.md"));
    let orphans = f.orphans();
    assert!(
        orphans.contains(&PathBuf::from("tests/cli/golden/report.json"))
            && !orphans.contains(&PathBuf::from("tests/cli/golden/report.md")),
        "{orphans:?}"
    );
}
