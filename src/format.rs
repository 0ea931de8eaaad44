//! The formats of the files `assure` writes, each named once with its file
//! extensions: the one place that knows that `.md` is Markdown and that
//! `.oscal.json` is OSCAL. Which command writes which format is said by the
//! exporters ([`crate::export`]).

use std::fmt;
use std::path::Path;

/// A file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Markdown,
    Html,
    Json,
    Csv,
    Xlsx,
    /// OSCAL assessment results: JSON, named `.oscal.json`.
    Oscal,
    Yaml,
    /// Plain text for a terminal, such as a table.
    Text,
}

impl Format {
    /// Every format, in the order they are listed to people.
    pub const ALL: [Format; 8] = [
        Format::Markdown,
        Format::Html,
        Format::Json,
        Format::Csv,
        Format::Xlsx,
        Format::Oscal,
        Format::Yaml,
        Format::Text,
    ];

    /// The extensions a file of this format may have, the usual one first.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Markdown => &["md", "markdown"],
            Format::Html => &["html", "htm"],
            Format::Json => &["json"],
            Format::Csv => &["csv"],
            Format::Xlsx => &["xlsx"],
            Format::Oscal => &["oscal.json"],
            Format::Yaml => &["yaml", "yml"],
            Format::Text => &["txt"],
        }
    }

    /// The usual extension, without its dot: `md`.
    pub fn extension(self) -> &'static str {
        self.extensions()[0]
    }

    /// Formats that are not text, and so are not written to a terminal.
    pub fn is_binary(self) -> bool {
        self == Format::Xlsx
    }

    /// What a file name says about its format.
    pub fn of_path(path: &Path) -> Named {
        let Some(name) = path.file_name().map(|n| n.to_string_lossy().to_lowercase()) else {
            return Named::Nothing;
        };
        // `.oscal.json` before `.json`: the longest extension that fits.
        let mut best: Option<(usize, Format)> = None;
        for f in Format::ALL {
            for ext in f.extensions() {
                let fits = name.len() > ext.len() + 1
                    && name.ends_with(ext)
                    && name[..name.len() - ext.len()].ends_with('.');
                if fits && best.is_none_or(|(len, _)| ext.len() > len) {
                    best = Some((ext.len(), f));
                }
            }
        }
        if let Some((_, f)) = best {
            return Named::Format(f);
        }
        match Path::new(&name).extension() {
            Some(ext) => Named::Unknown(ext.to_string_lossy().into_owned()),
            None => Named::Nothing,
        }
    }
}

/// What a file name says about its format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Named {
    /// An extension of a known format.
    Format(Format),
    /// An extension of no format `assure` writes, such as `pdf`.
    Unknown(String),
    /// No extension at all.
    Nothing,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Markdown => "Markdown",
            Format::Html => "HTML",
            Format::Json => "JSON",
            Format::Csv => "CSV",
            Format::Xlsx => "an Excel workbook",
            Format::Oscal => "OSCAL",
            Format::Yaml => "YAML",
            Format::Text => "plain text",
        })
    }
}

#[cfg(test)]
mod tests;
