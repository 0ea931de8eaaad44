//! The identifiers of the frameworks questionnaires cite most, compiled in from
//! `data/frameworks/`, so that `validate` can catch a mistyped reference such as
//! `PR.AA-3` for `PR.AA-03`.
//!
//! A reference may also name a group above those ids: a CSF function (`PR`) or
//! category (`PR.AA`), or a CIS control (`6`). Frameworks not listed here are
//! not checked.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// (framework id, its identifiers one per line)
const LISTS: &[(&str, &str)] = &[
    (
        "nist-csf-2.0",
        include_str!("../data/frameworks/nist-csf-2.0.txt"),
    ),
    ("cis-v8", include_str!("../data/frameworks/cis-v8.txt")),
    (
        "iso27001-2022",
        include_str!("../data/frameworks/iso27001-2022.txt"),
    ),
    (
        "cyber-essentials",
        include_str!("../data/frameworks/cyber-essentials.txt"),
    ),
    (
        "essential-eight",
        include_str!("../data/frameworks/essential-eight.txt"),
    ),
];

/// The identifiers of a framework this module knows.
pub fn ids(framework: &str) -> Option<impl Iterator<Item = &'static str>> {
    LISTS
        .iter()
        .find(|(id, _)| *id == framework)
        .map(|(_, list)| list.lines().map(str::trim).filter(|l| !l.is_empty()))
}

/// Per framework, every identifier and every group above one (CSF functions and
/// categories, CIS controls), built once: validation asks for each reference.
fn known() -> &'static HashMap<&'static str, HashSet<&'static str>> {
    static KNOWN: OnceLock<HashMap<&'static str, HashSet<&'static str>>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        LISTS
            .iter()
            .map(|(framework, list)| {
                let mut set = HashSet::new();
                for id in list.lines().map(str::trim).filter(|l| !l.is_empty()) {
                    set.insert(id);
                    let groups: &[char] = match *framework {
                        "nist-csf-2.0" => &['.', '-'],
                        "cis-v8" => &['.'],
                        _ => &[],
                    };
                    for (at, _) in id.match_indices(groups) {
                        set.insert(&id[..at]);
                    }
                }
                (*framework, set)
            })
            .collect()
    })
}

/// Whether `reference` is an identifier of `framework`, or a group of them (a
/// CSF function or category, a CIS control). `None` when the framework is not
/// one this module knows.
pub fn knows(framework: &str, reference: &str) -> Option<bool> {
    known().get(framework).map(|set| set.contains(reference))
}

#[cfg(test)]
mod tests;
