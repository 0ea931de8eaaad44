//! `Spanned<T>`: a value that remembers where it was written, so that semantic
//! checks can point at the offending key long after parsing.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::ops::Deref;

use serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};
use serde::{Serialize, Serializer};

use crate::source::{Pos, Span};

/// The private newtype name by which [`super::de::NodeDe`] recognises a `Spanned`.
pub(crate) const SPANNED: &str = "$__assure_private_Spanned";

/// A value and its position. Equality, ordering and hashing look at the value only;
/// serialization writes the bare value.
#[derive(Clone, Debug, Default)]
pub struct Spanned<T> {
    pub value: T,
    /// Where the value is written.
    pub span: Span,
    /// Where its key is written (the value's own span for list items).
    pub key_span: Span,
}

impl<T> Spanned<T> {
    /// A value made by the program rather than read from a file.
    pub fn new(value: T) -> Self {
        Spanned {
            value,
            span: Span::default(),
            key_span: Span::default(),
        }
    }
}

impl<T> Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: PartialEq> PartialEq for Spanned<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T: Eq> Eq for Spanned<T> {}

impl<T: Hash> Hash for Spanned<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.value.hash(state);
    }
}

impl<T: PartialOrd> PartialOrd for Spanned<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        self.value.partial_cmp(&other.value)
    }
}

impl<T: Ord> Ord for Spanned<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.value.cmp(&other.value)
    }
}

impl Borrow<str> for Spanned<String> {
    fn borrow(&self) -> &str {
        &self.value
    }
}

impl<T: fmt::Display> fmt::Display for Spanned<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.value.fmt(f)
    }
}

impl<T: Serialize> Serialize for Spanned<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_newtype_struct(SPANNED, SpannedVisitor(PhantomData))
    }
}

struct SpannedVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for SpannedVisitor<T> {
    type Value = Spanned<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value")
    }

    /// From our own deserializer: the position numbers, then the value.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let n: [u32; 8] = seq
            .next_element()?
            .ok_or_else(|| de::Error::custom("missing position"))?;
        let value: T = seq
            .next_element()?
            .ok_or_else(|| de::Error::custom("missing value"))?;
        let at = |line, col| Pos { line, col };
        Ok(Spanned {
            value,
            key_span: Span {
                start: at(n[0], n[1]),
                end: at(n[2], n[3]),
            },
            span: Span {
                start: at(n[4], n[5]),
                end: at(n[6], n[7]),
            },
        })
    }

    /// From any other deserializer: the bare value, with no position.
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        T::deserialize(d).map(Spanned::new)
    }
}

/// The schema of the bare value: positions are not part of the file format.
impl<T: schemars::JsonSchema> schemars::JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        generator.subschema_for::<T>()
    }
}
