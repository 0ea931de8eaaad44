//! One question read into meanings: the thesaurus's concepts it names (and
//! whether in their bad form), the times it holds, the words left that no
//! meaning explains, and whether it asks for a written answer.

use std::collections::BTreeMap;

use super::thesaurus::{Kind, Sense, Thesaurus};
use super::threshold::{self, Found};
use super::words::{is_drop, is_glue, split, stem};

/// A concept as a question names it.
#[derive(Clone, Debug, PartialEq)]
pub struct Named {
    /// Said in its bad form ("exposed to the internet").
    pub bad: bool,
    /// The words that said it, as written (lower case), for reasons.
    pub words: String,
    /// Not said, but taken for granted by another meaning that is.
    pub implied: bool,
    /// Said after "including": the question covers it, but does not ask
    /// only about it ("all admin accounts, including your IT provider's").
    pub extra: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// Concepts by their index in the thesaurus.
    pub concepts: BTreeMap<usize, Named>,
    /// Some concept is named in its bad form: the question asks whether
    /// something bad is so.
    pub negative: bool,
    pub times: Vec<Found>,
    /// Stems of words that no concept, time or small word explains.
    pub leftover: Vec<String>,
    /// Stems of every word that is not a small word, for comparing wording.
    pub stems: Vec<String>,
    /// Asks for a written answer ("What…", "Describe…", "Name of…:").
    pub open: bool,
    /// An "or" joins parts of the question outside any phrase.
    pub or: bool,
    /// Parts are joined ("and", "with", "that"…) outside any phrase: the
    /// question asks several things at once.
    pub joined: bool,
}

impl Analysis {
    /// The concepts of a kind.
    pub fn of(&self, th: &Thesaurus, kinds: &[Kind]) -> Vec<usize> {
        self.concepts
            .keys()
            .copied()
            .filter(|&c| kinds.contains(&th.concept(c).kind))
            .collect()
    }
}

/// First words of a question that wants a written answer.
const OPEN: &[&str] = &[
    "what", "which", "describe", "explain", "list", "name", "provide", "give", "state", "detail",
    "outline", "please", "specify", "identify",
];
/// First words that want one too, unless a clause follows ("When staff leave,
/// is their access removed?").
const OPEN_UNLESS_CLAUSE: &[&str] = &["how", "when", "where", "who", "if", "before"];
const AUXILIARY: &[&str] = &[
    "is", "are", "do", "does", "can", "will", "would", "have", "has", "was", "were", "should",
    "must", "did",
];

/// Whether a question wants a written answer.
fn is_open(text: &str, raw: &[String]) -> bool {
    let first = raw.first().map_or("", String::as_str);
    if text.trim_end().ends_with(':') || OPEN.contains(&first) {
        return true;
    }
    // "In which country…", "For what purpose…"
    if raw
        .get(1)
        .is_some_and(|w| matches!(w.as_str(), "which" | "what"))
        && matches!(
            first,
            "in" | "for" | "to" | "on" | "at" | "from" | "by" | "with"
        )
    {
        return true;
    }
    if !OPEN_UNLESS_CLAUSE.contains(&first) {
        return false;
    }
    if first == "how"
        && raw
            .get(1)
            .is_some_and(|w| matches!(w.as_str(), "often" | "soon" | "long" | "quickly"))
    {
        return true;
    }
    let clause = text.split_once(',').map(|(_, rest)| split(rest));
    let asks = clause.is_some_and(|w| w.first().is_some_and(|f| AUXILIARY.contains(&f.as_str())));
    !asks && !matches!(first, "if" | "before")
}

/// Words at the start of a statement that name the supplier itself ("The
/// supplier checks…"): not a question about its suppliers.
fn self_reference(words: &[String]) -> usize {
    let first = words.first().map_or("", String::as_str);
    let second = words.get(1).map_or("", String::as_str);
    let me = [
        "supplier",
        "vendor",
        "contractor",
        "provider",
        "company",
        "organisation",
        "organization",
    ];
    if first == "the" && me.contains(&second) {
        2
    } else if me.contains(&first) && first != "provider" {
        1
    } else {
        0
    }
}

/// Reads `text`; words in `ignore` (stems, such as the customer's name) are
/// set aside.
pub fn analyse(text: &str, th: &Thesaurus, ignore: &[String]) -> Analysis {
    let raw = split(text);
    let mut a = Analysis {
        times: threshold::find(&raw),
        ..Analysis::default()
    };
    a.open = is_open(text, &raw);
    let mut taken = vec![false; raw.len()];
    for t in &a.times {
        taken[t.from..t.to].iter_mut().for_each(|x| *x = true);
    }
    taken[..self_reference(&raw)]
        .iter_mut()
        .for_each(|x| *x = true);
    a.joined = raw.iter().any(|w| matches!(w.as_str(), "that" | "which"));
    // The words phrases are matched on: position, word, stem.
    let including = raw.iter().position(|w| w == "including" || w == "incl");
    let seq: Vec<(usize, &str, String)> = raw
        .iter()
        .enumerate()
        .filter(|(i, w)| !taken[*i] && !is_drop(w))
        .map(|(i, w)| (i, w.as_str(), stem(w)))
        .collect();
    a.stems = seq
        .iter()
        .filter(|(_, w, _)| !is_glue(w))
        .map(|(_, _, s)| s.clone())
        .collect();
    phrases(&mut a, &seq, &raw, th, ignore, including);
    // What a meaning takes for granted is named too ("restores tested" says
    // "backup"), so that comparing takes no account of whether it was said.
    let implied: Vec<usize> = a
        .concepts
        .keys()
        .flat_map(|&c| th.concept(c).implies.iter().copied())
        .collect();
    for c in implied {
        a.concepts.entry(c).or_insert(Named {
            bad: false,
            words: String::new(),
            implied: true,
            extra: false,
        });
    }
    a.negative = a.concepts.values().any(|n| n.bad);
    a
}

/// The phrases that cover the most words of `seq` (fewest phrases on a tie),
/// found by dynamic programming: taking the longest phrase first would let
/// "kept offline" take the start of "offline or immutable".
fn cover(seq: &[(usize, &str, String)], th: &Thesaurus) -> Vec<Option<(Sense, usize)>> {
    let n = seq.len();
    // best[i]: (words covered, phrases used) from i on; pick[i]: the phrase at i.
    let mut best = vec![(0usize, 0usize); n + 1];
    let mut pick: Vec<Option<(Sense, usize)>> = vec![None; n + 1];
    for i in (0..n).rev() {
        best[i] = best[i + 1];
        let mut key = String::new();
        for len in 1..=th.longest.min(n - i) {
            if len > 1 {
                key.push(' ');
            }
            key.push_str(&seq[i + len - 1].2);
            if let Some(sense) = th.get(&key) {
                let (words, count) = best[i + len];
                let option = (words + len, count + 1);
                if option.0 > best[i].0 || (option.0 == best[i].0 && option.1 < best[i].1) {
                    best[i] = option;
                    pick[i] = Some((sense, len));
                }
            }
        }
    }
    pick
}

/// Matches the thesaurus's phrases on `seq`, and keeps what is left.
fn phrases(
    a: &mut Analysis,
    seq: &[(usize, &str, String)],
    raw: &[String],
    th: &Thesaurus,
    ignore: &[String],
    including: Option<usize>,
) {
    let pick = cover(seq, th);
    let mut i = 0;
    while i < seq.len() {
        match pick[i] {
            Some((sense, len)) => {
                if th.concept(sense.concept).kind != Kind::Neutral {
                    let (from, to) = (seq[i].0, seq[i + len - 1].0);
                    let words = raw[from..=to].join(" ");
                    let extra = including.is_some_and(|at| from > at);
                    let named = a.concepts.entry(sense.concept).or_insert(Named {
                        bad: false,
                        words,
                        implied: false,
                        extra,
                    });
                    named.bad |= sense.bad;
                    named.extra &= extra;
                }
                i += len;
            }
            None => {
                let (_, w, s) = &seq[i];
                if *w == "or" {
                    a.or = true;
                }
                if matches!(*w, "and" | "with" | "plus") {
                    a.joined = true;
                }
                if !is_glue(w) && !ignore.contains(s) && !w.chars().all(|c| c.is_ascii_digit()) {
                    a.leftover.push(s.clone());
                }
                i += 1;
            }
        }
    }
}
