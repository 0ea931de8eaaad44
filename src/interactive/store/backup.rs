//! Keeping old files: numbered backups that never replace one another, and
//! the removal of temporary files a killed save left behind.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// More backups than anyone keeps: past this, something is wrong.
const MAX_BACKUPS: usize = 10_000;

/// `NAME.bak`, then `NAME.bak.1`, `NAME.bak.2`, …: the `n`th backup name.
fn backup_name(path: &Path, n: usize) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    if n > 0 {
        name.push(format!(".{n}"));
    }
    PathBuf::from(name)
}

/// The name the next backup of `path` would get.
pub fn next_backup(path: &Path) -> PathBuf {
    (0..MAX_BACKUPS)
        .map(|n| backup_name(path, n))
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| backup_name(path, 0))
}

/// Moves `path` to the first free backup name and returns it. A hard link
/// claims the name (it fails if the name is taken, where a rename would
/// replace), then the original goes; where links are not possible, a rename to
/// a name checked free.
pub fn move_to_backup(path: &Path) -> Result<PathBuf> {
    for n in 0..MAX_BACKUPS {
        let backup = backup_name(path, n);
        match std::fs::hard_link(path, &backup) {
            Ok(()) => {
                std::fs::remove_file(path)
                    .with_context(|| format!("could not move {} aside", path.display()))?;
                return Ok(backup);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(_) => {
                let backup = next_backup(path);
                std::fs::rename(path, &backup).with_context(|| {
                    format!(
                        "could not rename {} to {}",
                        path.display(),
                        backup.display()
                    )
                })?;
                return Ok(backup);
            }
        }
    }
    anyhow::bail!(
        "could not move {} aside: it has {MAX_BACKUPS} backups already",
        path.display()
    )
}

/// Copies `path` to the first free backup name and returns it.
pub fn copy_to_backup(path: &Path) -> Result<PathBuf> {
    let backup = next_backup(path);
    let mut from =
        std::fs::File::open(path).with_context(|| format!("could not read {}", path.display()))?;
    let mut to = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&backup)
        .with_context(|| format!("could not write {}", backup.display()))?;
    std::io::copy(&mut from, &mut to)
        .and_then(|_| to.sync_all())
        .with_context(|| format!("could not write {}", backup.display()))?;
    Ok(backup)
}

pub use crate::output::stop::{is_our_temp, remove_stale_temps};

#[cfg(test)]
mod tests;
