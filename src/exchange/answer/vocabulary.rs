//! The sheet's own words for an answer: the values of the answer cell's
//! drop-down when it has one (`Yes`/`No`/`N/A`/`Partially`, `Y`/`N`/`NA`,
//! `Compliant`/`Non-compliant`…), else the words the answer column's header
//! offers ("Y / N / NA"), else `Yes`/`No`/`N/A`.

use crate::exchange::matcher::Verdict;

/// What a word means as an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Meaning {
    Yes,
    No,
    Partly,
    NotApplicable,
}

fn norm(w: &str) -> String {
    w.trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What a sheet's word means, if it is one of the usual answer words.
pub fn meaning(word: &str) -> Option<Meaning> {
    let w = norm(word);
    let w = w.as_str();
    Some(match w {
        "yes" | "y" | "true" | "compliant" | "fully compliant" | "implemented"
        | "fully implemented" | "in place" | "agree" | "met" | "yes fully" | "yes compliant"
        | "confirmed" | "complies" => Meaning::Yes,
        "no" | "n" | "false" | "non compliant" | "noncompliant" | "not compliant"
        | "not implemented" | "not in place" | "disagree" | "not met" | "no not compliant" => {
            Meaning::No
        }
        "partially"
        | "partial"
        | "partly"
        | "partially compliant"
        | "partially implemented"
        | "partially met"
        | "in part"
        | "yes partially" => Meaning::Partly,
        "n a" | "na" | "n/a" | "not applicable" | "none applicable" | "not relevant" => {
            Meaning::NotApplicable
        }
        _ => return None,
    })
}

/// The words a header offers, such as "Y / N / NA" or "Yes/No".
pub fn from_header(header: &str) -> Option<Vec<String>> {
    let parts: Vec<String> = header
        .split(['/', '|', ','])
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    let all = parts.len() >= 2 && parts.iter().all(|p| meaning(p).is_some());
    all.then_some(parts)
}

/// The default words.
pub fn usual() -> Vec<String> {
    ["Yes", "No", "N/A"].map(String::from).to_vec()
}

/// Why no word of the sheet's fits an answer.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum NoWord {
    #[error("the answer is a text, and the answer cell takes only its drop-down's values")]
    TextInList,
    #[error("the answer is \"{answer}\", and the sheet offers no word for it ({words})")]
    NoneFor { answer: &'static str, words: String },
}

/// The sheet's word for `verdict`, or why none fits.
pub fn word(verdict: &Verdict, words: &[String], list: bool) -> Result<String, NoWord> {
    let wanted = match verdict {
        Verdict::Yes => Meaning::Yes,
        Verdict::No => Meaning::No,
        Verdict::Partly => Meaning::Partly,
        Verdict::NotApplicable => Meaning::NotApplicable,
        Verdict::Text(t) => {
            return if list {
                Err(NoWord::TextInList)
            } else {
                Ok(t.clone())
            };
        }
    };
    words
        .iter()
        .find(|w| meaning(w) == Some(wanted))
        .cloned()
        .ok_or_else(|| {
            let answer = match wanted {
                Meaning::Yes => "yes",
                Meaning::No => "no",
                Meaning::Partly => "partly",
                Meaning::NotApplicable => "not applicable",
            };
            NoWord::NoneFor {
                answer,
                words: words.join(", "),
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(w: &[&str]) -> Vec<String> {
        w.iter().map(|x| (*x).to_owned()).collect()
    }

    #[test]
    fn answers_are_written_in_the_sheets_own_words() {
        let yn = words(&["Y", "N", "NA"]);
        assert_eq!(word(&Verdict::Yes, &yn, true).unwrap(), "Y");
        assert_eq!(word(&Verdict::NotApplicable, &yn, true).unwrap(), "NA");
        let c = words(&[
            "Compliant",
            "Partially compliant",
            "Non-compliant",
            "Not applicable",
        ]);
        assert_eq!(word(&Verdict::No, &c, true).unwrap(), "Non-compliant");
        assert_eq!(
            word(&Verdict::Partly, &c, true).unwrap(),
            "Partially compliant"
        );
        assert!(matches!(
            word(&Verdict::Partly, &usual(), false),
            Err(NoWord::NoneFor { .. })
        ));
        assert!(matches!(
            word(&Verdict::Text("Beacon IT".into()), &usual(), true),
            Err(NoWord::TextInList)
        ));
        assert_eq!(
            word(&Verdict::Text("Beacon IT".into()), &usual(), false).unwrap(),
            "Beacon IT"
        );
        assert_eq!(from_header("Y / N / NA"), Some(words(&["Y", "N", "NA"])));
        assert_eq!(from_header("Response"), None);
    }
}
