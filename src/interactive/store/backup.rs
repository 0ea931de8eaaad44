//! Keeping old files: numbered backups that never replace one another, and
//! the removal of temporary files a killed save left behind.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

pub use crate::output::keep_backup as copy_to_backup;
pub use crate::output::names::next_backup;
use crate::output::names::{MAX_TRIES as MAX_BACKUPS, backup_name};

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

pub use crate::output::stop::{is_our_temp, remove_stale_temps};

#[cfg(test)]
mod tests;
