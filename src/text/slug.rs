//! Slugs: the shape of every id in the formats (`^[a-z0-9][a-z0-9-]{0,63}$`), and
//! a slug close to what someone wrote, to suggest in a help line.

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

/// A slug close to `s`, to suggest in a help line.
pub fn slugify(s: &str) -> String {
    let mut out = String::new();
    for c in s.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    out.chars().take(64).collect()
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
