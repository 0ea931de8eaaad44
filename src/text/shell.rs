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

/// A command of shell words, on lines of at most `width` columns where the
/// words allow: a line that goes on ends in ` \`, as a shell reads it, so the
/// command can be copied whole. Each line starts with `indent`; the lines after
/// the first are indented two more.
pub fn command(words: &[String], width: usize, indent: &str) -> String {
    let mut lines: Vec<String> = vec![indent.to_owned()];
    for word in words {
        let last = lines.len() - 1;
        let line = &lines[last];
        let blank = line.trim().is_empty();
        // Room for the word, a space before it and ` \` after it.
        if !blank
            && textwrap::core::display_width(line) + 1 + textwrap::core::display_width(word) + 2
                > width
        {
            lines[last].push_str(" \\");
            lines.push(format!("{indent}  {word}"));
        } else {
            if !blank {
                lines[last].push(' ');
            }
            lines[last].push_str(word);
        }
    }
    lines.join("\n")
}

/// A path as one shell word.
pub fn path(p: &std::path::Path) -> String {
    word(&p.display().to_string())
}

#[cfg(test)]
mod tests;
