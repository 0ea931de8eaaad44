//! Counting things in words: "1 problem", "3 problems". The one place that
//! knows a count of one takes the singular.

/// `one` or `many`, as `n` needs.
pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// `n` and the word for it: "1 warning", "2 warnings".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", plural(n, one, many))
}

#[cfg(test)]
mod tests;
