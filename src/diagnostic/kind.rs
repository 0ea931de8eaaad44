//! Errors as data: each kind of problem is a value of a `kinds!` enum, with
//! the [`Code`] it is reported under and its message written once, beside it,
//! as just's `CompileErrorKind` does. A check builds the kind from what it
//! found (`UnknownKey { key }`), never a sentence; so the same problem reads
//! the same wherever it is found, and a new kind is one line here.

use std::fmt;

use super::Code;

/// A kind of problem: the code it is reported under, and its message (its
/// `Display`).
pub trait Kind: fmt::Display {
    fn code(&self) -> Code;
}

/// An enum of kinds of problems, each variant with its fields, its [`Code`]
/// and its message, a format string over its fields:
///
/// ```text
/// kinds! {
///     pub enum Shape {
///         UnknownKey { key: String } => UnknownKey, "unknown key `{key}`",
///     }
/// }
/// ```
macro_rules! kinds {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident $({ $($field:ident : $ty:ty),* $(,)? })? => $code:ident, $msg:literal,
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant $({ $($field: $ty),* })?, )*
        }

        impl $crate::diagnostic::Kind for $name {
            fn code(&self) -> $crate::diagnostic::Code {
                match self {
                    $( Self::$variant { .. } => $crate::diagnostic::Code::$code, )*
                }
            }
        }

        impl std::fmt::Display for $name {
            #[allow(unused_variables)]
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self {
                    $( Self::$variant $({ $($field),* })? => write!(f, $msg), )*
                }
            }
        }
    };
}

pub(crate) use kinds;

kinds! {
    /// What the collector says of the problems it only counted; the
    /// diagnostic takes the code of those it counts.
    pub enum Counted {
        More { more: usize, code: Code } => InvalidValue, "and {more} more `{code}` problems like those above",
    }
}
