//! The security thesaurus (`data/answer/thesaurus.toml`, compiled in): the
//! meanings questions are read into, and the phrases that say them. Phrases
//! are kept by their key (stems less the dropped words, see
//! [`super::words::phrase_key`]), so a question's words are looked up as they
//! come, the longest phrase first.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use serde::Deserialize;

use super::words::phrase_key;

/// The thesaurus as written, for reviewers: edit it, not this module.
pub const SOURCE: &str = include_str!("../../../data/answer/thesaurus.toml");

/// How a meaning counts when two questions are compared (the file's header
/// says more).
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Topic,
    Scope,
    Subject,
    Fact,
    Qualifier,
    Neutral,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    kind: Kind,
    means: String,
    #[serde(default)]
    words: Vec<String>,
    #[serde(default)]
    bad: Vec<String>,
    #[serde(default)]
    implies: Vec<String>,
}

/// One meaning.
#[derive(Debug)]
pub struct Concept {
    pub id: String,
    pub kind: Kind,
    /// What it means, in a few words: shown in the reasons of matches.
    pub means: String,
    /// The meanings it takes for granted (indices).
    pub implies: Vec<usize>,
}

/// Where a phrase leads: the meaning, and whether the phrase says it in its
/// bad form.
#[derive(Clone, Copy, Debug)]
pub struct Sense {
    pub concept: usize,
    pub bad: bool,
}

pub struct Thesaurus {
    pub concepts: Vec<Concept>,
    phrases: HashMap<String, Sense>,
    /// The most words in a phrase.
    pub longest: usize,
}

impl Thesaurus {
    /// The meaning of the phrase whose key is `key`.
    pub fn get(&self, key: &str) -> Option<Sense> {
        self.phrases.get(key).copied()
    }

    pub fn concept(&self, i: usize) -> &Concept {
        &self.concepts[i]
    }

    /// Reads the thesaurus text. Every problem is reported (a phrase that says
    /// two meanings, a phrase made only of small words), so that a test can
    /// show them all to whoever edits the file.
    pub fn parse(text: &str) -> Result<Thesaurus, Vec<String>> {
        let entries: BTreeMap<String, Entry> =
            toml::from_str(text).map_err(|e| vec![e.to_string()])?;
        let mut t = Thesaurus {
            concepts: Vec::new(),
            phrases: HashMap::new(),
            longest: 1,
        };
        let mut problems = Vec::new();
        let ids: Vec<String> = entries.keys().cloned().collect();
        for (id, e) in entries {
            let implies = e
                .implies
                .iter()
                .filter_map(|other| match ids.iter().position(|x| x == other) {
                    Some(j) => Some(j),
                    None => {
                        problems.push(format!(
                            "[{id}] implies [{other}], which is not in the file"
                        ));
                        None
                    }
                })
                .collect();
            let i = t.concepts.len();
            let phrases = e.words.iter().map(|w| (w, false));
            for (phrase, bad) in phrases.chain(e.bad.iter().map(|w| (w, true))) {
                let key = phrase_key(phrase);
                if key.is_empty() {
                    problems.push(format!("[{id}] \"{phrase}\" is made only of small words"));
                    continue;
                }
                t.longest = t.longest.max(key.split(' ').count());
                let sense = Sense { concept: i, bad };
                if let Some(old) = t.phrases.insert(key.clone(), sense) {
                    let other = &t.concepts.get(old.concept).map_or(id.as_str(), |c| &c.id);
                    if old.concept != i || old.bad != bad {
                        problems.push(format!(
                            "[{id}] \"{phrase}\" is also a phrase of [{other}] (both read as \"{key}\")"
                        ));
                    }
                }
            }
            t.concepts.push(Concept {
                id,
                kind: e.kind,
                means: e.means,
                implies,
            });
        }
        if problems.is_empty() {
            Ok(t)
        } else {
            Err(problems)
        }
    }

    /// The compiled-in thesaurus. Its tests make sure it reads; should it not,
    /// matching goes on with no meanings (and so answers nothing) rather than
    /// stopping the program.
    pub fn bundled() -> &'static Thesaurus {
        static BUNDLED: OnceLock<Thesaurus> = OnceLock::new();
        BUNDLED.get_or_init(|| {
            Thesaurus::parse(SOURCE).unwrap_or_else(|_| Thesaurus {
                concepts: Vec::new(),
                phrases: HashMap::new(),
                longest: 1,
            })
        })
    }
}
