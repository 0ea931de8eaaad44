//! A cell as a workbook reader takes it: text or a number, or what stands in
//! for a value that is not read (a formula, a spreadsheet error, text over the
//! limit).

use calamine::DataRef;

use super::limits::MAX_CELL_BYTES;

/// A cell's value as the reader takes it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
}

/// A cell as read, before its position is recorded.
#[derive(Clone, Debug, PartialEq)]
pub enum Raw {
    Empty,
    Value(Value),
    /// A formula: never evaluated, and its cached value is not used.
    Formula,
    /// A spreadsheet error such as `#N/A`.
    Error(String),
    /// Text over the limit, with its length in bytes.
    TooLong(usize),
}

impl Raw {
    pub fn of(v: &DataRef<'_>, formula: bool) -> Raw {
        if formula {
            return Raw::Formula;
        }
        let text = |t: &str| {
            if t.len() > MAX_CELL_BYTES {
                Raw::TooLong(t.len())
            } else if t.trim().is_empty() {
                Raw::Empty
            } else {
                Raw::Value(Value::Text(t.to_owned()))
            }
        };
        match v {
            DataRef::Empty => Raw::Empty,
            DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => text(s),
            DataRef::SharedString(s) => text(s),
            DataRef::Int(i) => Raw::Value(Value::Number(*i as f64)),
            DataRef::Float(f) => Raw::Value(Value::Number(*f)),
            DataRef::Bool(b) => Raw::Value(Value::Text(if *b { "Yes" } else { "No" }.into())),
            DataRef::DateTime(d) => {
                let (y, m, day, ..) = d.to_ymd_hms_milli();
                Raw::Value(Value::Text(format!("{y:04}-{m:02}-{day:02}")))
            }
            DataRef::Error(e) => Raw::Error(e.to_string()),
        }
    }

    /// The text of a cell that holds text, for finding titles.
    pub fn text(&self) -> Option<&str> {
        match self {
            Raw::Value(Value::Text(t)) => Some(t.trim()),
            _ => None,
        }
    }
}
