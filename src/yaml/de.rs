//! A serde `Deserializer` over the spanned tree that reports *every* structural
//! problem of a file, each with its position.
//!
//! Three mechanisms make that work with plain `#[derive(Deserialize)]` types:
//! - Every error is recorded in a shared list the first time it passes a node, with
//!   that node's span, and continues upward as a "recorded" marker.
//! - Unknown keys are checked here, against the field list serde hands to
//!   `deserialize_struct`, so each one is reported (with a "did you mean") and the
//!   struct still deserializes. Model types therefore do not use
//!   `deny_unknown_fields`.
//! - Lists of items marked with [`recover_vec`] skip an item that failed, so
//!   problems in later items are still found.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, Unexpected, Visitor};

use super::node::{Entry, Kind, Node, Plain, Span};
use super::spanned::SPANNED;
use crate::suggest::did_you_mean;

/// The message of an error that has already been recorded.
const RECORDED: &str = "\u{0}(recorded)";

/// A structural problem found while turning the tree into typed values.
#[derive(Clone, Debug, PartialEq)]
pub struct DeError {
    pub message: String,
    pub span: Option<Span>,
    pub help: Option<String>,
    /// A stable name for the kind of problem, such as `unknown-key`.
    pub code: &'static str,
    /// For a missing key: which.
    missing: Option<&'static str>,
}

impl DeError {
    fn new(message: impl Into<String>) -> Self {
        DeError {
            message: message.into(),
            span: None,
            help: None,
            code: "invalid-value",
            missing: None,
        }
    }

    fn code(mut self, code: &'static str) -> Self {
        self.code = code;
        self
    }

    fn recorded() -> Self {
        DeError::new(RECORDED)
    }

    fn is_recorded(&self) -> bool {
        self.message == RECORDED
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeError {}

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

fn short(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(MAX).collect();
        format!("{cut}…")
    }
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
        .code("wrong-type");
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
        .code("wrong-type")
    }

    fn invalid_length(len: usize, exp: &dyn de::Expected) -> Self {
        DeError::new(format!(
            "expected {}, found a list of {len}",
            expected_words(exp)
        ))
        .code("wrong-type")
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        let mut e = DeError::new(format!(
            "`{}` is not allowed here; use one of {}",
            short(variant),
            list(expected)
        ))
        .code("unknown-value");
        e.help = did_you_mean(variant, expected.iter().copied());
        e
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        let mut e = DeError::new(format!("unknown key `{}`", short(field))).code("unknown-key");
        e.help = did_you_mean(field, expected.iter().copied())
            .or_else(|| Some(format!("the keys allowed here are {}", list(expected))));
        e
    }

    fn missing_field(field: &'static str) -> Self {
        {
            let mut e = DeError::new(format!("missing key `{field}`")).code("missing-key");
            e.missing = Some(field);
            e
        }
    }

    fn duplicate_field(field: &'static str) -> Self {
        DeError::new(format!("the key `{field}` appears twice")).code("duplicate-key")
    }
}

/// Shared by all the deserializers of one file.
#[derive(Default)]
struct Ctx {
    errors: RefCell<Vec<DeError>>,
}

#[derive(Clone, Copy)]
pub(crate) struct NodeDe<'a, 'c> {
    node: &'a Node,
    /// The key this value belongs to, for [`super::Spanned::key_span`].
    key: Option<&'a Node>,
    ctx: &'c Ctx,
}

/// Deserializes `node` as a `T`. Returns the value if there was no fatal problem,
/// and every problem found; the value is complete only if the list is empty.
pub fn from_node<'a, T: de::Deserialize<'a>>(node: &'a Node) -> (Option<T>, Vec<DeError>) {
    let ctx = Ctx::default();
    let de = NodeDe {
        node,
        key: None,
        ctx: &ctx,
    };
    let result = de.wrap(T::deserialize(de));
    (result.ok(), ctx.errors.into_inner())
}

impl<'a, 'c> NodeDe<'a, 'c> {
    fn at(self, node: &'a Node, key: Option<&'a Node>) -> Self {
        NodeDe {
            node,
            key,
            ctx: self.ctx,
        }
    }

    fn record(self, mut e: DeError) -> DeError {
        if e.is_recorded() {
            return e;
        }
        if e.span.is_none() {
            e.span = Some(self.node.span);
        }
        self.ctx.errors.borrow_mut().push(e);
        DeError::recorded()
    }

    fn wrap<T>(self, r: Result<T, DeError>) -> Result<T, DeError> {
        r.map_err(|e| self.record(e))
    }

    fn unexpected(self) -> Unexpected<'a> {
        match &self.node.kind {
            Kind::Seq(_) => Unexpected::Seq,
            Kind::Map(_) => Unexpected::Map,
            Kind::Scalar(s) => match s.resolve() {
                Plain::Null => Unexpected::Unit,
                Plain::Bool(b) => Unexpected::Bool(b),
                Plain::Int(i) => Unexpected::Signed(i),
                Plain::Float(f) => Unexpected::Float(f),
                Plain::Str => Unexpected::Str(&s.text),
            },
        }
    }

    fn mismatch<V: Visitor<'a>>(self, visitor: &V) -> DeError {
        de::Error::invalid_type(self.unexpected(), visitor)
    }

    /// Reports every key that is not a field; returns the fields suggested for them.
    fn check_keys(
        self,
        entries: &'a [Entry],
        fields: &'static [&'static str],
    ) -> Vec<&'static str> {
        let mut suggested = Vec::new();
        for entry in entries {
            let key = entry.key_text();
            if !fields.contains(&key) {
                let mut e: DeError = de::Error::unknown_field(key, fields);
                e.span = Some(entry.key.span);
                if key == "<<" {
                    e.help = Some(
                        "merge keys (`<<: *name`) are not supported; write the keys out".into(),
                    );
                }
                if let Some(field) = crate::suggest::closest(key, fields.iter().copied()) {
                    suggested.extend(fields.iter().copied().filter(|f| *f == field));
                }
                self.ctx.errors.borrow_mut().push(e);
            }
        }
        suggested
    }
}

impl<'de> Deserializer<'de> for NodeDe<'de, '_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let r = match &self.node.kind {
            Kind::Seq(items) => visitor.visit_seq(SeqAcc {
                items: items.iter(),
                de: self,
            }),
            Kind::Map(entries) => visitor.visit_map(MapAcc {
                entries: entries.iter(),
                value: None,
                de: self,
            }),
            Kind::Scalar(s) => match s.resolve() {
                Plain::Null => visitor.visit_unit(),
                Plain::Bool(b) => visitor.visit_bool(b),
                Plain::Int(i) => visitor.visit_i64(i),
                Plain::Float(f) => visitor.visit_f64(f),
                Plain::Str => visitor.visit_borrowed_str(&s.text),
            },
        };
        self.wrap(r)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let r = match &self.node.kind {
            Kind::Scalar(s) if s.plain => match s.resolve() {
                Plain::Bool(b) => visitor.visit_bool(b),
                _ => Err(self.mismatch(&visitor)),
            },
            _ => Err(self.mismatch(&visitor)),
        };
        self.wrap(r)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let r = match &self.node.kind {
            Kind::Scalar(s) => match s.resolve() {
                Plain::Int(i) => visitor.visit_i64(i),
                Plain::Float(f) => visitor.visit_f64(f),
                _ => Err(self.mismatch(&visitor)),
            },
            _ => Err(self.mismatch(&visitor)),
        };
        self.wrap(r)
    }

    fn deserialize_i8<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(v)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(v)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(v)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(v)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(v)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(v)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(v)
    }
    fn deserialize_f32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(v)
    }
    fn deserialize_f64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(v)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let r = match &self.node.kind {
            Kind::Scalar(s) if s.resolve() == Plain::Null => Err(self.mismatch(&visitor)),
            // Any other scalar reads as its text: `version: 2` or `title: 2024` are fine.
            Kind::Scalar(s) => visitor.visit_borrowed_str(&s.text),
            _ => Err(self.mismatch(&visitor)),
        };
        self.wrap(r)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let e = self.mismatch(&visitor);
        Err(self.record(e))
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let r = match &self.node.kind {
            Kind::Scalar(s) if s.resolve() == Plain::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        };
        self.wrap(r)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let r = match &self.node.kind {
            Kind::Scalar(s) if s.resolve() == Plain::Null => visitor.visit_unit(),
            _ => Err(self.mismatch(&visitor)),
        };
        self.wrap(r)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        if name == SPANNED {
            let key = self.key.map_or(self.node.span, |k| k.span);
            let s = self.node.span;
            let numbers = [
                key.start.line,
                key.start.col,
                key.end.line,
                key.end.col,
                s.start.line,
                s.start.col,
                s.end.line,
                s.end.col,
            ];
            return self.wrap(visitor.visit_seq(SpannedAcc {
                numbers: Some(numbers),
                de: Some(self),
            }));
        }
        self.wrap(visitor.visit_newtype_struct(self))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let r = match &self.node.kind {
            Kind::Seq(items) => visitor.visit_seq(SeqAcc {
                items: items.iter(),
                de: self,
            }),
            _ => Err(self.mismatch(&visitor)),
        };
        self.wrap(r)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, v: V) -> Result<V::Value, DeError> {
        self.deserialize_seq(v)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        v: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_seq(v)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let r = match &self.node.kind {
            Kind::Map(entries) => visitor.visit_map(MapAcc {
                entries: entries.iter(),
                value: None,
                de: self,
            }),
            _ => Err(self.mismatch(&visitor)),
        };
        self.wrap(r)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let r = match &self.node.kind {
            Kind::Map(entries) => {
                let suggested = self.check_keys(entries, fields);
                visitor
                    .visit_map(MapAcc {
                        entries: entries.iter(),
                        value: None,
                        de: self,
                    })
                    .map_err(|e| match e.missing {
                        // "unknown key `txet`, did you mean `text`?" already says it.
                        Some(field) if suggested.contains(&field) => DeError::recorded(),
                        _ => e,
                    })
            }
            _ => Err(self.mismatch(&visitor)),
        };
        self.wrap(r)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let r = match &self.node.kind {
            Kind::Scalar(_) => visitor.visit_enum(EnumAcc {
                variant: self,
                value: None,
            }),
            Kind::Map(entries) if entries.len() == 1 => visitor.visit_enum(EnumAcc {
                variant: self.at(&entries[0].key, None),
                value: Some(self.at(&entries[0].value, Some(&entries[0].key))),
            }),
            _ => Err(self.mismatch(&visitor)),
        };
        self.wrap(r)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }
}

struct SeqAcc<'a, 'c> {
    items: std::slice::Iter<'a, Node>,
    de: NodeDe<'a, 'c>,
}

impl<'de> de::SeqAccess<'de> for SeqAcc<'de, '_> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        match self.items.next() {
            Some(node) => {
                let de = self.de.at(node, None);
                de.wrap(seed.deserialize(de)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapAcc<'a, 'c> {
    entries: std::slice::Iter<'a, Entry>,
    value: Option<&'a Entry>,
    de: NodeDe<'a, 'c>,
}

impl<'de> de::MapAccess<'de> for MapAcc<'de, '_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        match self.entries.next() {
            Some(entry) => {
                self.value = Some(entry);
                let de = self.de.at(&entry.key, None);
                de.wrap(seed.deserialize(de)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let Some(entry) = self.value.take() else {
            return Err(self.de.record(DeError::new("a value came before its key")));
        };
        let de = self.de.at(&entry.value, Some(&entry.key));
        de.wrap(seed.deserialize(de))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

struct EnumAcc<'a, 'c> {
    variant: NodeDe<'a, 'c>,
    value: Option<NodeDe<'a, 'c>>,
}

impl<'de> de::EnumAccess<'de> for EnumAcc<'de, '_> {
    type Error = DeError;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), DeError> {
        let v = self.variant.wrap(seed.deserialize(self.variant))?;
        Ok((v, self))
    }
}

impl<'de> de::VariantAccess<'de> for EnumAcc<'de, '_> {
    type Error = DeError;

    fn unit_variant(self) -> Result<(), DeError> {
        match self.value {
            None => Ok(()),
            Some(v) => Err(v.record(DeError::new("this choice takes no value"))),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, DeError> {
        match self.value {
            Some(v) => v.wrap(seed.deserialize(v)),
            None => Err(self
                .variant
                .record(DeError::new("this choice needs a value"))),
        }
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, DeError> {
        match self.value {
            Some(v) => v.deserialize_seq(visitor),
            None => Err(self
                .variant
                .record(DeError::new("this choice needs a list"))),
        }
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match self.value {
            Some(v) => v.deserialize_struct("", fields, visitor),
            None => Err(self
                .variant
                .record(DeError::new("this choice needs a mapping"))),
        }
    }
}

/// Hands [`super::Spanned`] its eight position numbers, then its value.
struct SpannedAcc<'a, 'c> {
    numbers: Option<[u32; 8]>,
    de: Option<NodeDe<'a, 'c>>,
}

impl<'de> de::SeqAccess<'de> for SpannedAcc<'de, '_> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        if let Some(numbers) = self.numbers.take() {
            let seq = de::value::SeqDeserializer::<_, DeError>::new(numbers.into_iter());
            return seed.deserialize(seq).map(Some);
        }
        match self.de.take() {
            Some(de) => seed.deserialize(de).map(Some),
            None => Ok(None),
        }
    }
}

/// For `#[serde(deserialize_with = "recover_vec")]`: a list whose broken items are
/// dropped (their problems are already recorded) so later items are still checked.
/// With any other deserializer it behaves like `Vec<T>`.
pub fn recover_vec<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: de::Deserialize<'de>,
{
    struct Item<T>(Option<T>);
    impl<'de, T: de::Deserialize<'de>> de::Deserialize<'de> for Item<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            match T::deserialize(d) {
                Ok(v) => Ok(Item(Some(v))),
                Err(e) if e.to_string() == RECORDED => Ok(Item(None)),
                Err(e) => Err(e),
            }
        }
    }
    let items: Vec<Item<T>> = de::Deserialize::deserialize(d)?;
    Ok(items.into_iter().filter_map(|i| i.0).collect())
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;
    use crate::yaml::{Spanned, node::parse};

    #[derive(Deserialize, Debug, PartialEq)]
    struct Item {
        id: Spanned<String>,
        #[serde(default)]
        weight: Option<u32>,
        #[serde(default)]
        kind: Option<Kind2>,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Kind2 {
        YesNo,
        Choice,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    struct Doc {
        title: String,
        #[serde(deserialize_with = "recover_vec")]
        items: Vec<Item>,
    }

    fn load(text: &str) -> (Option<Doc>, Vec<DeError>) {
        let node = parse(text).unwrap();
        from_node(&node)
    }

    fn lines(errors: &[DeError]) -> Vec<(u32, u32, String)> {
        errors
            .iter()
            .map(|e| {
                let s = e.span.unwrap();
                (s.start.line, s.start.col, e.message.clone())
            })
            .collect()
    }

    #[test]
    fn a_good_file_loads_with_spans() {
        let (doc, errors) = load("title: T\nitems:\n  - id: a\n    weight: 2\n");
        assert!(errors.is_empty(), "{errors:?}");
        let doc = doc.unwrap();
        assert_eq!(doc.items[0].id.value, "a");
        assert_eq!(doc.items[0].id.span.start.line, 3);
        assert_eq!(doc.items[0].id.key_span.start.col, 5);
        assert_eq!(doc.items[0].id.span.start.col, 9);
    }

    #[test]
    fn every_problem_is_reported_with_its_position() {
        let text = "title: T\ntitel: x\nitems:\n  - id: a\n    wieght: 2\n  - id: b\n    weight: lots\n  - id: c\n    kind: yesno\n  - weight: 1\n";
        let (doc, errors) = load(text);
        assert_eq!(
            lines(&errors),
            vec![
                (2, 1, "unknown key `titel`".to_string()),
                (5, 5, "unknown key `wieght`".to_string()),
                (
                    7,
                    13,
                    "expected a whole number (0 or more), found the text \"lots\"".to_string()
                ),
                (
                    9,
                    11,
                    "`yesno` is not allowed here; use one of `yes_no`, `choice`".to_string()
                ),
                (10, 5, "missing key `id`".to_string()),
            ]
        );
        assert_eq!(errors[0].help.as_deref(), Some("did you mean `title`?"));
        assert_eq!(errors[1].help.as_deref(), Some("did you mean `weight`?"));
        assert_eq!(errors[3].help.as_deref(), Some("did you mean `yes_no`?"));
        // The items that were fine are still there.
        let ids: Vec<_> = doc.unwrap().items.into_iter().map(|i| i.id.value).collect();
        assert_eq!(ids, vec!["a"]);
    }

    #[test]
    fn a_misspelt_required_key_is_reported_once() {
        let (_, errors) = load("titel: T\nitems: []\n");
        assert_eq!(
            lines(&errors),
            vec![(1, 1, "unknown key `titel`".to_string())]
        );
    }

    #[test]
    fn wrong_shapes_name_what_was_expected() {
        let (_, errors) = load("title: T\nitems: {}\n");
        assert_eq!(
            lines(&errors),
            vec![(2, 8, "expected a list, found a mapping".to_string())]
        );
        // A wrong type ends the checking of the mapping it is in (serde stops there);
        // unknown keys of that mapping are all reported before it.
        let (_, errors) = load("title: [a, b]\nitems: {}\nextra: 1\n");
        assert_eq!(
            lines(&errors),
            vec![
                (3, 1, "unknown key `extra`".to_string()),
                (1, 8, "expected text, found a list".to_string()),
            ]
        );
        let (_, errors) = load("- a\n");
        assert_eq!(
            errors[0].message,
            "expected a mapping (`key: value` lines), found a list"
        );
    }

    #[test]
    fn yes_for_a_boolean_gets_help() {
        #[derive(Deserialize, Debug)]
        #[allow(dead_code)]
        struct B {
            critical: bool,
        }
        let node = parse("critical: yes\n").unwrap();
        let (_, errors) = from_node::<B>(&node);
        assert_eq!(
            errors[0].message,
            "expected `true` or `false`, found the text \"yes\""
        );
        assert!(errors[0].help.as_deref().unwrap().contains("write `true`"));
    }
}
