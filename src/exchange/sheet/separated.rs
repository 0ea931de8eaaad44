//! How a CSV file is separated, and whether a quote opens a cell and never
//! closes (which would make the rest of the file one cell): read alike by
//! `import` (`import::table`) and `answer` ([`super::csv`]).

/// The separator of a CSV file: the most frequent of comma, semicolon and
/// tab in its first line that holds any (a title line above the header may
/// hold none; cells below may hold many semicolons of their own); comma
/// where no line does.
pub fn separator(text: &str) -> u8 {
    const SEPARATORS: [u8; 3] = [b',', b';', b'\t'];
    text.lines()
        .take(20)
        .find(|l| l.bytes().any(|b| SEPARATORS.contains(&b)))
        .and_then(|first| {
            SEPARATORS
                .into_iter()
                .max_by_key(|s| first.bytes().filter(|b| b == s).count())
        })
        .unwrap_or(b',')
}

/// The line and column (from 1) of a quote that opens a field and is never
/// closed, if one does.
pub fn unclosed_quote(text: &str, sep: u8) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let (mut line, mut line_start) = (1usize, 0usize);
    let mut field_start = true;
    let mut open: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match (open.is_some(), b) {
            (true, b'"') if bytes.get(i + 1) == Some(&b'"') => i += 1,
            (true, b'"') => {
                open = None;
                field_start = false;
            }
            (false, b'"') if field_start => {
                let col = text[line_start..i].chars().count() + 1;
                open = Some((line, col));
            }
            (_, b'\n') => {
                line += 1;
                line_start = i + 1;
                field_start = open.is_none();
            }
            (false, c) => field_start = c == sep || c == b'\r',
            _ => {}
        }
        i += 1;
    }
    open
}
