//! Text as words: lower case, split at anything that is not a letter or a
//! digit, contractions opened ("don't" → "do not"), each word with its stem
//! (Porter's English stemmer, through `rust-stemmers`), so that "backup",
//! "backups" and "backed up" meet.

use std::borrow::Cow;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

/// At most this many words of a question are read: a question is a sentence
/// or two, and a long cell must not make matching slow.
pub const MAX_WORDS: usize = 200;

/// Small words set aside before phrases are matched: articles, pronouns and
/// auxiliary verbs, which questions use freely ("Is MFA enforced", "MFA is
/// enforced", "Do you enforce MFA").
pub const DROP: &[&str] = &[
    "a",
    "an",
    "the",
    "your",
    "you",
    "yours",
    "our",
    "ours",
    "we",
    "us",
    "their",
    "they",
    "them",
    "its",
    "it",
    "his",
    "her",
    "my",
    "me",
    "i",
    "this",
    "that",
    "these",
    "those",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "do",
    "does",
    "did",
    "done",
    "have",
    "has",
    "having",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "there",
    "here",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "when",
    "where",
    "why",
    "how",
    "also",
    "just",
    "both",
    "either",
    "please",
    "etc",
    "e",
    "g",
    "eg",
    "ie",
    "s",
    "t",
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "everyone",
    "everybody",
    "anything",
    "something",
    "everything",
    "nothing",
    "one",
    "very",
    "such",
    "so",
    "themselves",
    "itself",
    "yourselves",
    "ourselves",
    "cyber",
    "information",
    "info",
];

/// Words kept for phrases ("sign in to email", "spf, dkim and dmarc") but that
/// carry no meaning on their own.
pub const GLUE: &[&str] = &[
    "and",
    "or",
    "with",
    "to",
    "for",
    "of",
    "in",
    "on",
    "from",
    "by",
    "at",
    "as",
    "into",
    "than",
    "then",
    "if",
    "before",
    "after",
    "per",
    "via",
    "about",
    "over",
    "under",
    "up",
    "out",
    "off",
    "all",
    "any",
    "every",
    "each",
    "other",
    "some",
    "not",
    "least",
    "most",
    "more",
    "less",
    "within",
    "during",
    "between",
    "while",
    "whether",
    "like",
    "including",
    "own",
    "only",
];

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The stem of a lower-case word.
pub fn stem(word: &str) -> String {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return word.to_owned();
    }
    // Words the stemmer would join although they mean different things.
    match word {
        "provider" | "providers" => return "provider".into(),
        "accessibility" | "accessible" => return word.into(),
        _ => {}
    }
    stemmer().stem(word).into_owned()
}

/// Contractions opened, curly quotes made straight.
fn opened(text: &str) -> Cow<'_, str> {
    if !text.contains(['\'', '’']) {
        return Cow::Borrowed(text);
    }
    let t = text.replace('’', "'");
    let t = t
        .replace("can't", "can not")
        .replace("won't", "will not")
        .replace("n't", " not")
        .replace("'s ", " ");
    Cow::Owned(t)
}

/// The lower-case words of `text`, at most [`MAX_WORDS`].
pub fn split(text: &str) -> Vec<String> {
    let text = opened(text);
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            word.push(c);
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
            if out.len() == MAX_WORDS {
                return out;
            }
        }
    }
    if !word.is_empty() && out.len() < MAX_WORDS {
        out.push(word);
    }
    out
}

pub fn is_drop(word: &str) -> bool {
    DROP.contains(&word)
}

pub fn is_glue(word: &str) -> bool {
    GLUE.contains(&word)
}

/// A phrase as the thesaurus and the matcher compare it: its words less the
/// dropped ones, stemmed, joined by spaces.
pub fn phrase_key(text: &str) -> String {
    split(text)
        .iter()
        .filter(|w| !is_drop(w))
        .map(|w| stem(w))
        .collect::<Vec<_>>()
        .join(" ")
}
