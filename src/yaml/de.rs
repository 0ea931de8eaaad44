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
//! - A yes/no or a number of the wrong kind (`critical: maybe`, `weight: -3`,
//!   `weight: lots`) is reported, then read as what it most likely means (or
//!   1), so that the mapping it is in is still checked: the value is there for
//!   later checks, but the file does not load. Text given as a list or a
//!   mapping still ends its mapping (no stand-in text is safe from later
//!   checks such as "the title is empty").

use serde::de::{self, Deserializer, Unexpected, Visitor};
use std::cell::RefCell;

mod access;
mod error;

use access::{EnumAcc, MapAcc, SeqAcc, SpannedAcc};
pub use error::DeError;
use error::RECORDED;

use super::node::{Entry, Kind, Node, Plain};
use super::spanned::SPANNED;

/// What kind of number a type wants.
#[derive(Clone, Copy)]
enum Number {
    /// A whole number, negative or not.
    Whole,
    /// A whole number, 0 or more.
    Counting,
    /// Any number.
    Any,
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

    /// A number where the type wants one. A value of the wrong kind (`lots`,
    /// a list), a negative count or a fraction for a whole number is reported,
    /// then read as 1, so that the rest of the file is still checked: every
    /// problem in one run. The file does not load, since a problem was
    /// recorded.
    fn number<V: Visitor<'a>>(self, visitor: V, want: Number) -> Result<V::Value, DeError> {
        let value = match &self.node.kind {
            Kind::Scalar(s) => s.resolve(),
            _ => Plain::Null,
        };
        let fits = match (value, want) {
            (Plain::Int(i), Number::Counting) => i >= 0,
            (Plain::Int(_), _) | (Plain::Float(_), Number::Any) => true,
            _ => false,
        };
        let r = match value {
            Plain::Int(i) if fits => visitor.visit_i64(i),
            Plain::Float(f) if fits => visitor.visit_f64(f),
            _ => {
                let e = self.mismatch(&visitor);
                self.record(e);
                return visitor
                    .visit_u64(1)
                    .map_err(|_: DeError| DeError::recorded());
            }
        };
        self.wrap(r)
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
                if let Some(field) = crate::text::suggest::closest(key, fields.iter().copied()) {
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
        if let Kind::Scalar(s) = &self.node.kind
            && s.plain
            && let Plain::Bool(b) = s.resolve()
        {
            return self.wrap(visitor.visit_bool(b));
        }
        // Reported, then read as what it most likely means (`yes` as true),
        // so that the checking of the rest of the file goes on: every problem
        // in one run. The file does not load, since a problem was recorded.
        let e = self.mismatch(&visitor);
        self.record(e);
        let meant = match &self.node.kind {
            Kind::Scalar(s) => matches!(
                s.text.trim().to_ascii_lowercase().as_str(),
                "yes" | "y" | "on" | "true"
            ),
            _ => false,
        };
        self.wrap(visitor.visit_bool(meant))
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.number(visitor, Number::Whole)
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
        self.number(v, Number::Counting)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v, Number::Counting)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v, Number::Counting)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v, Number::Counting)
    }
    fn deserialize_f32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v, Number::Any)
    }
    fn deserialize_f64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, DeError> {
        self.number(v, Number::Any)
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
mod tests;
