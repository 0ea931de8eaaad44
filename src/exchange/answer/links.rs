//! The links file (`assure-links.yaml` beside the answers files, or
//! `--links`): which of the supplier's answers answers a customer's question,
//! as a person settled it. A link is exact: it is used as it is every time
//! the question comes again. `answer: none` keeps a question from being
//! answered from the files at all; `not: [KEY…]` keeps one match from being
//! used.
//!
//! ```yaml
//! links:
//!   - question: Is MFA enforced for all email accounts?
//!     answer: sme-baseline/mfa-email
//!   - question: Do you hold ISO 27001 certification?
//!     answer: none
//!   - question: Are backups encrypted?
//!     not: [insurance-readiness/backup-encrypted]
//! ```
//!
//! Questions are compared by their words (case, punctuation and small words
//! aside), so a customer who fixes a typo keeps the link.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Deserialize;

use crate::exchange::matcher::words::phrase_key;
use crate::yaml::scalar;

/// What a link says.
#[derive(Clone, Debug, PartialEq)]
pub enum Link {
    /// Answered by this known question (`QUESTIONNAIRE/QUESTION`).
    To(String),
    /// Never answered from the files.
    Never,
    /// Not answered by these known questions.
    NotFrom(Vec<String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    question: String,
    #[serde(default)]
    answer: Option<String>,
    #[serde(default)]
    not: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    links: Vec<Entry>,
}

/// The links, by the key of the question's words, with the question as
/// written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Links {
    by_key: BTreeMap<String, (String, Link)>,
}

impl Links {
    pub fn get(&self, question: &str) -> Option<&Link> {
        self.by_key.get(&phrase_key(question)).map(|(_, l)| l)
    }

    pub fn set(&mut self, question: &str, link: Link) {
        self.by_key
            .insert(phrase_key(question), (question.to_owned(), link));
    }

    /// Adds `key` to the matches not to use for `question`.
    pub fn reject(&mut self, question: &str, key: &str) {
        let entry = self
            .by_key
            .entry(phrase_key(question))
            .or_insert_with(|| (question.to_owned(), Link::NotFrom(Vec::new())));
        match &mut entry.1 {
            Link::NotFrom(keys) if !keys.iter().any(|k| k == key) => keys.push(key.to_owned()),
            Link::To(k) if k == key => entry.1 = Link::NotFrom(vec![key.to_owned()]),
            _ => {}
        }
    }

    pub fn len(&self) -> usize {
        self.by_key.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }

    /// Reads a links file's text; `Err` with the problems, as the YAML reader
    /// words them.
    pub fn parse(
        src: &std::sync::Arc<crate::source::Source>,
    ) -> Result<Links, Vec<crate::diagnostic::Diagnostic>> {
        let node = crate::load::parse(src)?;
        let (file, c) = crate::load::deserialize::<File>(src, &node);
        let file = c.finish(file)?.value;
        let mut links = Links::default();
        for e in file.links {
            let link = match e.answer.as_deref() {
                Some("none") => Link::Never,
                Some(key) => Link::To(key.to_owned()),
                None => Link::NotFrom(e.not),
            };
            links.set(&e.question, link);
        }
        Ok(links)
    }

    /// The file's text: a comment that says what it is, then every link.
    pub fn write(&self) -> String {
        let mut out = String::from(
            "# Links between customers' questions and your answers, kept by `assure answer`.\n\
             # A link is used as it is every time the question comes again:\n\
             #   answer: QUESTIONNAIRE/QUESTION   that answer answers it\n\
             #   answer: none                     never answer it from your files\n\
             #   not: [QUESTIONNAIRE/QUESTION]    do not use that match\n\
             # Edit it by hand, or with `assure answer ... --confirm REF` / `--reject REF`.\n\
             links:\n",
        );
        if self.by_key.is_empty() {
            out.truncate(out.len() - 1);
            out.push_str(" []\n");
        }
        for (question, link) in self.by_key.values() {
            let _ = writeln!(out, "  - question: {}", scalar(question));
            match link {
                Link::To(k) => {
                    let _ = writeln!(out, "    answer: {}", scalar(k));
                }
                Link::Never => out.push_str("    answer: none\n"),
                Link::NotFrom(keys) => {
                    let keys: Vec<String> = keys.iter().map(|k| scalar(k)).collect();
                    let _ = writeln!(out, "    not: [{}]", keys.join(", "));
                }
            }
        }
        out
    }
}
