//! A resolved questionnaire as a standalone YAML file (`assure trim`): a header
//! comment saying where it came from, then the questionnaire.
//!
//! The output depends only on the resolved questionnaire (the header is made from
//! its `derived_from`), so trimming twice gives the same bytes, and trimming the
//! output again changes nothing.

use crate::model::Questionnaire;
use crate::text::clean;
use crate::yaml;

/// Text for a comment line: nothing in it can end the line.
fn line(s: &str) -> String {
    clean::to_spaces(s).trim().to_owned()
}

fn header(q: &Questionnaire) -> String {
    let mut s = format!(
        "# {} ({} {}): a standalone questionnaire",
        line(&q.title),
        line(&q.id),
        line(&q.version)
    );
    match &q.derived_from {
        Some(d) => {
            s += &format!(
                "\n# trimmed from {} {} ({}).\n# Made by `assure trim`: to change it, edit the profile and trim again.\n",
                line(&d.id),
                line(&d.version),
                line(&d.digest)
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
