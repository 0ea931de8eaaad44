//! Keeping old files: numbered backups that never replace one another, and
//! the removal of temporary files a killed save left behind.

pub use crate::output::keep_backup as copy_to_backup;
pub use crate::output::move_to_backup;
pub use crate::output::names::next_backup;

pub use crate::output::stop::{is_our_temp, remove_stale_temps};

#[cfg(test)]
mod tests;
