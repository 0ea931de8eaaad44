//! Names for new files that never replace an existing one: a backup
//! (`NAME.bak`, then `NAME.bak.1`, ...) and a file beside others (`NAME.EXT`,
//! then `NAME-2.EXT`, ...). The one place that looks for a free name.

use std::path::{Path, PathBuf};

/// More files of one name than anyone keeps: past this, something is wrong.
pub const MAX_TRIES: usize = 10_000;

/// The first of `candidates` that names nothing yet, not even a link that
/// points nowhere.
pub fn first_free(candidates: impl IntoIterator<Item = PathBuf>) -> Option<PathBuf> {
    candidates
        .into_iter()
        .take(MAX_TRIES)
        .find(|p| std::fs::symlink_metadata(p).is_err())
}

/// `NAME.bak`, then `NAME.bak.1`, `NAME.bak.2`, …: the `n`th backup name of
/// `path`.
pub fn backup_name(path: &Path, n: usize) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    if n > 0 {
        name.push(format!(".{n}"));
    }
    PathBuf::from(name)
}

/// The name the next backup of `path` gets: no earlier backup is replaced.
pub fn next_backup(path: &Path) -> PathBuf {
    first_free((0..).map(|n| backup_name(path, n))).unwrap_or_else(|| backup_name(path, 0))
}

/// `dir/NAME.EXT`, else `dir/NAME-2.EXT` and so on: a new file that leaves
/// the ones already there (perhaps a reply) alone.
pub fn free_name(dir: &Path, name: &str, ext: &str) -> PathBuf {
    let numbered = |n: usize| match n {
        1 => dir.join(format!("{name}.{ext}")),
        n => dir.join(format!("{name}-{n}.{ext}")),
    };
    first_free((1..).map(numbered))
        .unwrap_or_else(|| dir.join(format!("{name}-{}.{ext}", std::process::id())))
}

#[cfg(test)]
mod tests;
