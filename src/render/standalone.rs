//! A resolved questionnaire as a standalone YAML file (`assure trim`): a header
//! comment saying where it came from, then the questionnaire.
//!
//! The output depends only on the resolved questionnaire (the header is made from
//! its `derived_from`), so trimming twice gives the same bytes, and trimming the
//! output again changes nothing.

use crate::model::Questionnaire;
use crate::text::terminal::clean_line;
use crate::yaml;

fn header(q: &Questionnaire) -> String {
    let title = clean_line(&q.title);
    let mut s = format!(
        "# {title} ({} {}): a standalone questionnaire",
        q.id.value, q.version.value
    );
    match &q.derived_from {
        Some(d) => {
            s += &format!(
                "\n# trimmed from {} {} ({}).\n# Made by `assure trim`: to change it, edit the profile and trim again.\n",
                d.id, d.version, d.digest
            );
        }
        None => s += ", written by `assure trim`.\n",
    }
    s
}

/// The standalone form of a questionnaire: a header comment, then YAML.
pub fn standalone(q: &Questionnaire) -> Result<String, yaml::WriteError> {
    Ok(format!("{}{}", header(q), yaml::to_string(q)?))
}
