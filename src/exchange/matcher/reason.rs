//! The one-line reason of a match: the meanings both questions name, in each
//! one's words ("“MFA” = “second step”, “email”"), then what else was
//! reasoned (asked the opposite way, a time held, the option chosen).

use super::Matcher;
use super::analysis::Analysis;
use super::decide::Candidate;

fn quoted(s: &str) -> String {
    format!("“{s}”")
}

/// The reason for an answer taken from `from` (indices into `cands`).
pub fn line(a: &Analysis, cands: &[Candidate], from: &[usize], m: &Matcher<'_>) -> String {
    let mut parts = Vec::new();
    let mut notes = Vec::new();
    for &i in from {
        let c = &cands[i];
        let r = &m.read[c.index];
        for concept in &c.related.covers {
            let Some(ours) = a.concepts.get(concept).filter(|n| !n.implied) else {
                continue;
            };
            let theirs =
                r.q.concepts
                    .get(concept)
                    .filter(|n| !n.implied)
                    .map(|n| n.words.clone())
                    .or_else(|| {
                        c.related
                            .by_option
                            .iter()
                            .find(|(x, _)| x == concept)
                            .and_then(|&(_, o)| {
                                r.options[o]
                                    .a
                                    .concepts
                                    .get(concept)
                                    .map(|n| n.words.clone())
                            })
                    });
            let pair = match theirs {
                Some(t) if t != ours.words => format!("{} = {}", quoted(&ours.words), quoted(&t)),
                _ => quoted(&ours.words),
            };
            if !parts.contains(&pair) {
                parts.push(pair);
            }
        }
        for n in &c.eval.notes {
            if !notes.contains(n) {
                notes.push(n.clone());
            }
        }
    }
    let mut out = format!("same meaning: {}", parts.join(", "));
    if from.len() > 1 {
        out = format!("each part answered: {}", parts.join(", "));
    }
    for n in notes {
        out.push_str("; ");
        out.push_str(&n);
    }
    out
}
