//! Every YAML call of the program goes through this module.
//!
//! Reading: saphyr-parser's event stream builds a tree with positions
//! ([`node`]), which a serde deserializer of our own turns into typed values
//! ([`de`]). We do not read with serde_yaml because it exposes no source
//! positions.
//!
//! Writing ([`write`]): serde_yaml for whole values ([`to_string`]). It is
//! archived upstream but sound; a maintained fork with the same API
//! (serde_norway, for one) is a one-line swap there. Files that carry comments
//! (answers files, templates, drafts) are written line by line with the
//! scalars quoted by [`scalar`] and [`flow_scalar`], so that what is read
//! back is the text written.

mod de;
mod node;
mod spanned;
mod write;

pub use crate::source::{Pos, Span};
pub use de::{DeError, from_node, recover_vec};
pub use node::{Entry, Kind, MAX_SCALAR_BYTES, Node, Plain, Scalar, parse, resolve_plain};
pub use spanned::Spanned;
pub use write::{
    WriteError, comment, comment_text, flow_scalar, quote, scalar, to_string, wrapped_comment,
};
