//! Slugs: the shape of every id in the formats (`^[a-z0-9][a-z0-9-]{0,63}$`), and
//! a slug close to what someone wrote, to suggest in a help line.

use std::collections::HashSet;

/// `^[a-z0-9][a-z0-9-]{0,63}$`
pub fn is_slug(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

/// Framework ids may also hold dots: `nist-csf-2.0`.
pub fn is_framework_id(s: &str) -> bool {
    is_slug(&s.replace('.', "-")) && !s.starts_with('.')
}

/// A slug close to `s`, to suggest in a help line or to name a file.
pub fn slugify(s: &str) -> String {
    of_words(s, usize::MAX)
}

/// A slug of the first `words` words of `s` (ASCII letters and digits; any
/// other character parts words): lower case, joined by hyphens, at most 64
/// characters, ending at a word (a first word longer than that is cut).
pub fn of_words(s: &str, words: usize) -> String {
    let mut out = String::new();
    for word in s
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(words)
    {
        if out.is_empty() && word.len() > 64 {
            return word[..64].to_ascii_lowercase();
        }
        if out.len() + word.len() + 1 > 64 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    out
}

/// `base`, or `base-2`, `base-3`… (cut to stay within 64 characters),
/// whichever is not in `taken` yet; it is taken. An empty `base` is `q`.
pub fn unique(base: &str, taken: &mut HashSet<String>) -> String {
    let base = if base.is_empty() { "q" } else { base };
    let mut id = base.to_owned();
    let mut n = 2;
    while !taken.insert(id.clone()) {
        let suffix = format!("-{n}");
        let cut = base.len().min(64 - suffix.len());
        id = format!("{}{suffix}", base[..cut].trim_end_matches('-'));
        n += 1;
    }
    id
}

/// The help line for an id that is not a slug.
pub fn help(s: &str) -> String {
    let suggestion = slugify(s);
    if suggestion.len() * 2 < s.len() || suggestion == s {
        "ids use lower-case letters, digits and hyphens, such as `mfa-email`".into()
    } else {
        format!("ids use lower-case letters, digits and hyphens: try `{suggestion}`")
    }
}

#[cfg(test)]
mod tests;
