//! An `.xlsx` file is a zip archive. Before anything is decompressed, its
//! central directory is read and checked: how many parts, how large each says
//! it is once decompressed, and how far each is compressed. A zip bomb (a small
//! file that inflates to gigabytes) is refused here, by the rule Apache POI
//! uses: no part above 1 MiB may inflate more than 100 times. The zip reader
//! also stops any part at the size it declares, so a part cannot lie its way
//! past these checks.
//!
//! One more check, on the shared-strings part: the spreadsheet reader sizes a
//! list by the count that part declares, so a huge count is refused first;
//! and it keeps every text of that part, used or not, so the texts are
//! counted and their size measured (inflated in pieces, never kept) before it
//! reads them.

use crate::diagnostic::kinds::Archive;
use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::limits::{
    MAX_ENTRIES, MAX_RATIO, MAX_SHARED_STRINGS, MAX_SHARED_STRINGS_BYTES, MAX_UNCOMPRESSED,
    RATIO_FROM_BYTES,
};

/// Why an archive is refused: what, and a help line.
#[derive(Debug, PartialEq)]
pub struct Refused {
    pub kind: Archive,
    pub help: Option<String>,
}

fn refused(kind: Archive, help: Option<&str>) -> Refused {
    Refused {
        kind,
        help: help.map(str::to_owned),
    }
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

const NOT_A_WORKBOOK: &str = "an answers workbook is made by `assure template Q --format xlsx` and saved as .xlsx (Excel Workbook)";

/// What the check learnt on the way.
#[derive(Debug, PartialEq)]
pub struct Checked {
    /// Whether any sheet has merged cells. Reading merged ranges means parsing
    /// a sheet a second time; a byte search of its XML here is much cheaper.
    pub merges: bool,
}

/// The parts the check reads further, found while walking the directory.
#[derive(Default)]
struct Parts {
    total: u64,
    has_workbook: bool,
    shared_strings: Vec<usize>,
    sheets: Vec<usize>,
}

/// Checks the archive's directory; `Ok` means it is safe to hand to the reader.
pub fn check(bytes: &[u8]) -> Result<Checked, Refused> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        refused(
            Archive::NotReadable {
                error: e.to_string(),
            },
            Some(NOT_A_WORKBOOK),
        )
    })?;
    if zip.len() > MAX_ENTRIES {
        return Err(refused(
            Archive::TooManyParts {
                parts: zip.len(),
                max: MAX_ENTRIES,
            },
            None,
        ));
    }
    let mut parts = Parts::default();
    for i in 0..zip.len() {
        part(&mut zip, i, &mut parts)?;
    }
    if parts.total > MAX_UNCOMPRESSED {
        return Err(refused(
            Archive::TooLarge {
                size: mib(parts.total),
                limit: mib(MAX_UNCOMPRESSED),
            },
            None,
        ));
    }
    if !parts.has_workbook {
        return Err(refused(Archive::NoWorkbookPart, Some(NOT_A_WORKBOOK)));
    }
    for i in parts.shared_strings {
        check_string_count(&mut zip, i)?;
        check_strings_kept(&mut zip, i)?;
    }
    let mut merges = false;
    for i in parts.sheets {
        merges |= contains(&mut zip, i, b"mergeCell")?;
    }
    Ok(Checked { merges })
}

/// Checks one part's directory entry, without decompressing it.
fn part(zip: &mut ZipArchive<Cursor<&[u8]>>, i: usize, parts: &mut Parts) -> Result<(), Refused> {
    let entry = zip.by_index_raw(i).map_err(|e| {
        refused(
            Archive::PartUnreadable {
                part: i,
                error: e.to_string(),
            },
            None,
        )
    })?;
    let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
    let (size, packed) = (entry.size(), entry.compressed_size());
    if entry.encrypted() {
        return Err(refused(
            Archive::Encrypted,
            Some("save a copy without a password to open, then try again"),
        ));
    }
    parts.total = parts.total.saturating_add(size);
    if size > RATIO_FROM_BYTES && size > packed.saturating_mul(MAX_RATIO) {
        return Err(refused(
            Archive::ZipBomb {
                part: name,
                packed: mib(packed),
                size: mib(size),
                max: MAX_RATIO,
            },
            None,
        ));
    }
    let lower = name.to_ascii_lowercase();
    if lower == "mimetype" && size < 200 {
        return Err(refused(
            Archive::Ods,
            Some("in LibreOffice, use File › Save As and choose \"Excel 2007-365 (.xlsx)\""),
        ));
    }
    parts.has_workbook |= lower.ends_with("workbook.xml");
    if lower.ends_with("sharedstrings.xml") {
        parts.shared_strings.push(i);
    }
    if lower.contains("worksheets/") && lower.ends_with(".xml") {
        parts.sheets.push(i);
    }
    Ok(())
}

/// Whether part `i`, decompressed, holds `needle`; read in chunks, never whole.
fn contains(zip: &mut ZipArchive<Cursor<&[u8]>>, i: usize, needle: &[u8]) -> Result<bool, Refused> {
    let broken = |e: &dyn std::fmt::Display| {
        refused(
            Archive::PartUnreadable {
                part: i,
                error: e.to_string(),
            },
            None,
        )
    };
    let mut part = zip.by_index(i).map_err(|e| broken(&e))?;
    let finder = memchr::memmem::Finder::new(needle);
    let mut buf = vec![0u8; 64 * 1024];
    let keep = needle.len() - 1;
    let mut filled = 0;
    loop {
        let n = part.read(&mut buf[filled..]).map_err(|e| broken(&e))?;
        if n == 0 {
            return Ok(false);
        }
        let end = filled + n;
        if finder.find(&buf[..end]).is_some() {
            return Ok(true);
        }
        // Keep the tail, in case the needle straddles two chunks.
        let tail = end.saturating_sub(keep);
        buf.copy_within(tail..end, 0);
        filled = end - tail;
    }
}

/// Counts the texts of the shared-strings part and its size, inflating it in
/// pieces: the spreadsheet reader keeps every one of them, used or not, so a
/// part of millions of empty texts (`<si/>`, five bytes each, which inflate
/// well under the zip-bomb ratio and need declare no count) would cost
/// hundreds of megabytes. Both are refused above their limits.
fn check_strings_kept(zip: &mut ZipArchive<Cursor<&[u8]>>, i: usize) -> Result<(), Refused> {
    let broken = |e: &dyn std::fmt::Display| {
        refused(
            Archive::StringsUnreadable {
                error: e.to_string(),
            },
            None,
        )
    };
    let mut part = zip.by_index(i).map_err(|e| broken(&e))?;
    let (count, bytes) = count_items(&mut part).map_err(|e| broken(&e))?;
    if count > MAX_SHARED_STRINGS {
        return Err(refused(
            Archive::TooManyTexts {
                max: MAX_SHARED_STRINGS,
            },
            None,
        ));
    }
    if bytes > MAX_SHARED_STRINGS_BYTES {
        return Err(refused(
            Archive::TextsTooLarge {
                size: mib(bytes),
                limit: mib(MAX_SHARED_STRINGS_BYTES),
            },
            None,
        ));
    }
    Ok(())
}

/// How many `<si>` elements `part` holds (stopping one past the limit), and
/// how many bytes it inflates to (stopping past the limit).
fn count_items(part: &mut impl Read) -> std::io::Result<(u64, u64)> {
    let finder = memchr::memmem::Finder::new(b"<si");
    let mut buf = vec![0u8; 64 * 1024];
    let (mut count, mut bytes, mut filled) = (0u64, 0u64, 0usize);
    loop {
        let n = part.read(&mut buf[filled..])?;
        bytes += n as u64;
        let end = filled + n;
        // The byte after `<si` tells `<si>`, `<si/>` and `<si x="">` from `<sig`.
        let whole = if n == 0 { end } else { end.saturating_sub(3) };
        for at in finder.find_iter(&buf[..end]) {
            if at >= whole {
                break;
            }
            if buf[..end]
                .get(at + 3)
                .is_some_and(|b| matches!(b, b'>' | b'/' | b' ' | b'\t' | b'\r' | b'\n'))
            {
                count += 1;
            }
        }
        if n == 0 || count > MAX_SHARED_STRINGS || bytes > MAX_SHARED_STRINGS_BYTES {
            return Ok((count, bytes));
        }
        buf.copy_within(whole..end, 0);
        filled = end - whole;
    }
}

/// Reads the start of the shared-strings part, where `<sst uniqueCount="N">`
/// is, and refuses a count above the limit.
fn check_string_count(zip: &mut ZipArchive<Cursor<&[u8]>>, i: usize) -> Result<(), Refused> {
    let mut head = Vec::new();
    let read = zip
        .by_index(i)
        .and_then(|f| Ok(f.take(64 * 1024).read_to_end(&mut head)?));
    if let Err(e) = read {
        return Err(refused(
            Archive::StringsUnreadable {
                error: e.to_string(),
            },
            None,
        ));
    }
    let text = String::from_utf8_lossy(&head);
    match declared_count(&text) {
        Ok(None) => Ok(()),
        Ok(Some(n)) if n <= MAX_SHARED_STRINGS => Ok(()),
        Ok(Some(n)) => Err(refused(
            Archive::DeclaresTooManyTexts {
                n,
                max: MAX_SHARED_STRINGS,
            },
            None,
        )),
        Err(()) => Err(refused(Archive::StringsMalformed, None)),
    }
}

/// The `uniqueCount` of the `sst` element: `Ok(None)` when it has none, `Err`
/// when its start is not in `text` or the count cannot be read.
pub(super) fn declared_count(text: &str) -> Result<Option<u64>, ()> {
    let start = text
        .match_indices("sst")
        .map(|(i, _)| i + 3)
        .find(|&i| text[i..].starts_with(|c: char| c.is_whitespace() || c == '>'))
        .ok_or(())?;
    let tag = &text[start..];
    let tag = &tag[..tag.find('>').ok_or(())?];
    let Some(at) = tag.find("uniqueCount") else {
        return Ok(None);
    };
    let rest = tag[at + "uniqueCount".len()..].trim_start();
    let rest = rest.strip_prefix('=').ok_or(())?.trim_start();
    let rest = rest.strip_prefix(['"', '\'']).ok_or(())?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return Ok(None);
    }
    // Too many digits for a u64 is a count far above any limit.
    Ok(Some(digits.parse::<u64>().unwrap_or(u64::MAX)))
}

#[cfg(test)]
mod tests;
