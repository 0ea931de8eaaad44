//! Every YAML call of the program goes through this module.
//!
//! Reading: saphyr-parser's event stream builds a tree with positions
//! ([`node`]), which a serde deserializer of our own turns into typed values
//! ([`de`]). We do not read with serde_yaml because it exposes no source
//! positions.
//!
//! Writing: serde_yaml. It is archived upstream but sound; a maintained fork
//! with the same API (serde_norway, for one) is a one-line swap in
//! [`to_string`].

mod de;
mod node;
mod spanned;

pub use crate::source::{Pos, Span};
pub use de::{DeError, from_node, recover_vec};
pub use node::{Entry, Kind, MAX_SCALAR_BYTES, Node, Plain, Scalar, parse, resolve_plain};
pub use spanned::Spanned;

/// Why a value could not be written as YAML.
pub type WriteError = serde_yaml::Error;

/// Writes a value as YAML.
pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, WriteError> {
    serde_yaml::to_string(value)
}
