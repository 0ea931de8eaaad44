//! The limits an answers workbook is read within. The file itself is capped at
//! the size of any input file (`source::MAX_FILE_BYTES`, 16 MiB); these bound
//! what it may unpack to. A filled-in template of 4,000 questions unpacks to
//! about 8 MiB and holds about 40,000 cells.

/// Parts (files) in the archive.
pub const MAX_ENTRIES: usize = 1_000;
/// All parts together, decompressed.
pub const MAX_UNCOMPRESSED: u64 = 64 * 1024 * 1024;
/// No part larger than `RATIO_FROM_BYTES` may inflate more than this many times
/// (Apache POI's rule against zip bombs).
pub const MAX_RATIO: u64 = 100;
pub const RATIO_FROM_BYTES: u64 = 1024 * 1024;
/// Different texts the shared-strings part may declare or hold: the
/// spreadsheet reader keeps each one (24 bytes and its text), used or not.
pub const MAX_SHARED_STRINGS: u64 = 500_000;
/// The shared-strings part, decompressed: its texts are kept whole.
pub const MAX_SHARED_STRINGS_BYTES: u64 = 16 * 1024 * 1024;
/// Filled cells read from one sheet.
pub const MAX_CELLS: usize = 100_000;
/// Rows a sheet may say it has (its `dimension`): refused before any is read.
pub const MAX_ROWS: u32 = 100_000;
/// The longest text of one cell, as for one value of a YAML file.
pub const MAX_CELL_BYTES: usize = crate::yaml::MAX_SCALAR_BYTES;
