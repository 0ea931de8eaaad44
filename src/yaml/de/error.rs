//! The error of the deserializer, and its messages in the words questionnaire
//! authors use.

use std::fmt;

use serde::de::{self, Unexpected};

use crate::diagnostic::Code;
use crate::source::Span;
use crate::text::suggest::did_you_mean;

/// The message of an error that has already been recorded.
pub(super) const RECORDED: &str = "\u{0}(recorded)";

/// A structural problem found while turning the tree into typed values.
#[derive(Clone, Debug, PartialEq)]
pub struct DeError {
    pub message: String,
    pub span: Option<Span>,
    pub help: Option<String>,
    /// A stable name for the kind of problem, such as `unknown-key`.
    pub code: Code,
    /// For a missing key: which.
    pub(super) missing: Option<&'static str>,
}

impl DeError {
    pub(super) fn new(message: impl Into<String>) -> Self {
        DeError {
            message: message.into(),
            span: None,
            help: None,
            code: Code::InvalidValue,
            missing: None,
        }
    }

    pub(super) fn code(mut self, code: Code) -> Self {
        self.code = code;
        self
    }

    pub(super) fn recorded() -> Self {
        DeError::new(RECORDED)
    }

    pub(super) fn is_recorded(&self) -> bool {
        self.message == RECORDED
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeError {}

/// A problem of shape (a wrong type, an unknown or missing key), worded in this
/// module, where serde's errors become words authors use.
impl crate::diagnostic::Kind for DeError {
    fn code(&self) -> Code {
        self.code
    }
}

/// What serde expects, in words a questionnaire author uses.
fn expected_words(exp: &dyn de::Expected) -> String {
    let raw = exp.to_string();
    match raw.as_str() {
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number (0 or more)".into(),
        "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number".into(),
        "f32" | "f64" => "a number".into(),
        "a string" | "a borrowed string" => "text".into(),
        "a boolean" => "`true` or `false`".into(),
        "a sequence" => "a list".into(),
        "a map" => "a mapping (`key: value` lines)".into(),
        s if s.starts_with("struct ") => "a mapping (`key: value` lines)".into(),
        s if s.starts_with("tuple of ") || s.starts_with("an array of length") => "a list".into(),
        _ => raw,
    }
}

/// A value quoted in a message: its first 40 characters.
fn short(s: &str) -> std::borrow::Cow<'_, str> {
    crate::text::plain::cut(s, 41)
}

fn found_words(unexp: &Unexpected<'_>) -> String {
    match unexp {
        Unexpected::Bool(b) => format!("`{b}`"),
        Unexpected::Unsigned(n) => format!("the number {n}"),
        Unexpected::Signed(n) => format!("the number {n}"),
        Unexpected::Float(n) => format!("the number {n}"),
        Unexpected::Str(s) => format!("the text \"{}\"", short(s)),
        Unexpected::Unit => "nothing (an empty value)".into(),
        Unexpected::Seq => "a list".into(),
        Unexpected::Map => "a mapping".into(),
        other => other.to_string(),
    }
}

fn list(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError::new(msg.to_string())
    }

    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        let mut e = DeError::new(format!(
            "expected {}, found {}",
            expected_words(exp),
            found_words(&unexp)
        ))
        .code(Code::WrongType);
        if let Unexpected::Str(s) = unexp
            && matches!(s, "yes" | "no" | "on" | "off" | "Yes" | "No")
            && expected_words(exp).contains("true")
        {
            e.help =
                Some("YAML 1.2 reads `yes` and `no` as text here; write `true` or `false`".into());
        }
        e
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        DeError::new(format!(
            "expected {}, found {}",
            expected_words(exp),
            found_words(&unexp)
        ))
        .code(Code::WrongType)
    }

    fn invalid_length(len: usize, exp: &dyn de::Expected) -> Self {
        DeError::new(format!(
            "expected {}, found a list of {len}",
            expected_words(exp)
        ))
        .code(Code::WrongType)
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        let mut e = DeError::new(format!(
            "`{}` is not allowed here; use one of {}",
            short(variant),
            list(expected)
        ))
        .code(Code::UnknownValue);
        e.help = did_you_mean(variant, expected.iter().copied());
        e
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        let mut e = DeError::new(format!("unknown key `{}`", short(field))).code(Code::UnknownKey);
        e.help = did_you_mean(field, expected.iter().copied())
            .or_else(|| Some(format!("the keys allowed here are {}", list(expected))));
        e
    }

    fn missing_field(field: &'static str) -> Self {
        {
            let mut e = DeError::new(format!("missing key `{field}`")).code(Code::MissingKey);
            e.missing = Some(field);
            e
        }
    }

    fn duplicate_field(field: &'static str) -> Self {
        DeError::new(format!("the key `{field}` appears twice")).code(Code::DuplicateKey)
    }
}
