//! The values a flag takes, built from the library's own lists, so that a
//! new format or kind appears in `--help` and is accepted at once.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};

use crate::export::Choice;

/// The values of a `--format` flag: the names of a command's formats, each
/// once, with its help, as its exporters list them.
pub fn formats<E: ?Sized>(choices: &'static [Choice<E>]) -> PossibleValuesParser {
    let mut values: Vec<PossibleValue> = Vec::new();
    for c in choices {
        if !values.iter().any(|v| v.get_name() == c.name) {
            values.push(PossibleValue::new(c.name).help(c.help));
        }
    }
    PossibleValuesParser::new(values)
}

/// A flag whose values are names, each with its help (none when empty),
/// each standing for a value of the library's own type.
pub fn one_of<T: Copy + Send + Sync + 'static>(
    values: impl IntoIterator<Item = (&'static str, T, &'static str)>,
) -> impl TypedValueParser<Value = T> {
    let values: Vec<(&'static str, T, &'static str)> = values.into_iter().collect();
    let possible = values.iter().map(|(name, _, help)| match *help {
        "" => PossibleValue::new(*name),
        help => PossibleValue::new(*name).help(help),
    });
    PossibleValuesParser::new(possible).try_map(move |given: String| {
        let found = values.iter().find(|(name, ..)| *name == given);
        found
            .map(|(_, value, _)| *value)
            .ok_or_else(|| format!("`{given}` is not one of the values"))
    })
}
