//! Words as a shell needs them, for the commands `assure` suggests (`assure
//! assess ... --resume`): plain when safe, else in single quotes; cleaned for the
//! terminal either way.

use super::plain;

/// `s` as one shell word.
pub fn word(s: &str) -> String {
    let safe = !s.is_empty()
        && s.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || matches!(c, '-' | '_' | '.' | '/' | ':' | '@' | '+' | '=' | ',')
        });
    let word = if safe {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    };
    plain::line(&word, usize::MAX)
}

/// A path as one shell word.
pub fn path(p: &std::path::Path) -> String {
    word(&p.display().to_string())
}

#[cfg(test)]
mod tests;
