//! Answers as people write them in a reply (the file `ask` sends to an IT
//! provider, filled in by hand): the letter says "a short answer is fine: yes,
//! no, or a few words", so a reply says `Yes - BitLocker on both laptops` or
//! picks a choice by its label (`authenticator app`). Before the usual checks
//! those become what an answers file holds: the answer (`yes`, the option's
//! value) and the words as its note. Anything else is left as it is, for the
//! checks to refuse with the answers the question takes.

use crate::exchange::workbook::labels;
use crate::model::{Question, QuestionType, Questionnaire};
use crate::yaml::{Entry, Kind, Node, Scalar};

/// `node` (a parsed answers file) with each answer written as people write
/// it made into an answer and a note.
pub fn as_written(node: &Node, q: &Questionnaire) -> Node {
    let mut node = node.clone();
    if let Kind::Map(top) = &mut node.kind
        && let Some(answers) = top.iter_mut().find(|e| e.key_text() == "answers")
        && let Kind::Map(entries) = &mut answers.value.kind
    {
        for e in entries.iter_mut() {
            if let Some(question) = q.question(e.key_text()) {
                entry(e, question);
            }
        }
    }
    node
}

fn scalar(text: String, like: &Node) -> Node {
    Node {
        span: like.span,
        kind: Kind::Scalar(Scalar { text, plain: false }),
    }
}

/// One answer, short (`id: Yes - words`) or long (`answer: Yes - words`).
fn entry(e: &mut Entry, q: &Question) {
    let (answer, note) = match &mut e.value.kind {
        Kind::Map(fields) => {
            let Some(at) = fields.iter().position(|f| f.key_text() == "answer") else {
                return;
            };
            let Some((value, words)) = read(&fields[at].value, q) else {
                return;
            };
            fields[at].value = value;
            if let Some(words) = words {
                add_note(fields, words, &e.key);
            }
            return;
        }
        _ => match read(&e.value, q) {
            Some(found) => found,
            None => return,
        },
    };
    let like = e.value.clone();
    let mut fields = vec![field("answer", answer, &like)];
    if let Some(words) = note {
        fields.push(field("note", scalar(words, &like), &like));
    }
    e.value = Node {
        span: like.span,
        kind: Kind::Map(fields),
    };
}

fn field(key: &str, value: Node, like: &Node) -> Entry {
    Entry {
        key: scalar(key.to_owned(), like),
        value,
    }
}

/// The words go before a note the reply already has.
fn add_note(fields: &mut Vec<Entry>, words: String, like: &Node) {
    match fields.iter_mut().find(|f| f.key_text() == "note") {
        Some(f) => {
            if let Kind::Scalar(s) = &mut f.value.kind {
                s.text = format!("{words}\n{}", s.text);
                s.plain = false;
            }
        }
        None => fields.push(field("note", scalar(words, like), like)),
    }
}

/// An answer as written: the value it stands for, and the words after it;
/// `None` when it is already a value, or nothing people write.
fn read(node: &Node, q: &Question) -> Option<(Node, Option<String>)> {
    match &node.kind {
        Kind::Scalar(s) => {
            if is_value(q, &s.text) {
                return None;
            }
            if q.kind() == QuestionType::Multi
                && let Some(list) = labels_list(q, &s.text)
            {
                let items = list.into_iter().map(|v| scalar(v, node)).collect();
                let seq = Node {
                    span: node.span,
                    kind: Kind::Seq(items),
                };
                return Some((seq, None));
            }
            let (value, words) = split(q, &s.text)?;
            Some((scalar(value, node), words))
        }
        Kind::Seq(items) if q.kind() == QuestionType::Multi => {
            let mut changed = false;
            let mut out = Vec::new();
            for item in items {
                let Kind::Scalar(s) = &item.kind else {
                    return None;
                };
                match labels::value_of(q, &s.text).filter(|_| !is_value(q, &s.text)) {
                    Some(v) => {
                        changed = true;
                        out.push(scalar(v, item));
                    }
                    None => out.push(item.clone()),
                }
            }
            changed.then(|| {
                let seq = Node {
                    span: node.span,
                    kind: Kind::Seq(out),
                };
                (seq, None)
            })
        }
        _ => None,
    }
}

/// Whether `text` is already what an answers file holds for `q`.
fn is_value(q: &Question, text: &str) -> bool {
    let text = text.trim();
    matches!(text, "unknown" | "na")
        || match q.kind() {
            QuestionType::YesNo => matches!(text, "yes" | "no"),
            QuestionType::Choice | QuestionType::Multi => q.option(text).is_some(),
            QuestionType::Number | QuestionType::Text => true,
        }
}

/// What people write for a yes or a no, beyond the labels.
fn yes_no(q: &Question, word: &str) -> Option<String> {
    if q.kind() != QuestionType::YesNo {
        return None;
    }
    match word.trim().to_lowercase().as_str() {
        "y" | "yes" | "yep" | "true" => Some("yes".into()),
        "n" | "no" | "nope" | "false" => Some("no".into()),
        _ => None,
    }
}

/// "Don't know", "not sure", "n/a": the other ways people say them.
fn unknown_or_na(q: &Question, lower: &str) -> Option<String> {
    match lower {
        "don't know" | "dont know" | "do not know" | "not sure" | "unsure" | "?" => {
            q.allow_unknown.then(|| "unknown".to_owned())
        }
        "n/a" | "not relevant" | "does not apply" => q.allows_na().then(|| "na".to_owned()),
        _ => None,
    }
}

/// The value a whole answer or its first words stand for: a label or an
/// option's value (any case), a yes or no, "don't know" or "n/a".
fn value_of(q: &Question, words: &str) -> Option<String> {
    let words = words.trim().trim_end_matches(['.', '!']);
    let lower = words.to_lowercase().replace('’', "'");
    labels::value_of(q, words)
        .or_else(|| yes_no(q, words))
        .or_else(|| unknown_or_na(q, &lower))
        .or_else(|| {
            q.options()
                .iter()
                .find(|o| o.value.as_str() == lower || o.label.to_lowercase() == lower)
                .map(|o| o.value.value.clone())
        })
}

/// Where the answer ends and the words begin: a dash with spaces around it,
/// a comma, a semicolon, a colon, a full stop or an opening bracket.
const BREAKS: [&str; 8] = [" - ", " – ", " — ", ", ", "; ", ": ", ". ", " ("];

/// "Yes - BitLocker on both laptops": the answer and the words; or a label
/// alone. The earliest break whose words before it are an answer wins.
fn split(q: &Question, text: &str) -> Option<(String, Option<String>)> {
    if let Some(v) = value_of(q, text) {
        return Some((v, None));
    }
    let mut breaks: Vec<(usize, &str)> = BREAKS
        .iter()
        .flat_map(|b| text.match_indices(b).map(move |(i, _)| (i, *b)))
        .collect();
    breaks.sort_unstable();
    for (i, b) in breaks {
        let Some(v) = value_of(q, &text[..i]) else {
            continue;
        };
        let words = text[i + b.len()..].trim();
        let words = match b {
            " (" => words.trim_end_matches(')').trim(),
            _ => words,
        };
        return Some((v, (!words.is_empty()).then(|| words.to_owned())));
    }
    None
}

/// "Laptops, phones": labels of a multi question's options, each known.
fn labels_list(q: &Question, text: &str) -> Option<Vec<String>> {
    let pieces: Vec<&str> = text
        .split([',', ';'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if pieces.is_empty() {
        return None;
    }
    pieces
        .iter()
        .map(|p| value_of(q, p).filter(|v| q.option(v).is_some()))
        .collect()
}

#[cfg(test)]
mod tests;
