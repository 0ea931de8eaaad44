//! What a known answer says about a customer's question (or the part of it
//! the known question covers): true, false, partly, not applicable, a text,
//! "I don't know", or nothing certain. Everything is turned to the customer's
//! way of asking: a customer who asks whether remote desktop is reachable
//! from the internet gets "No" from a supplier who said it is blocked.

use super::analysis::Analysis;
use super::known::{Form, Given, Known, Lead, Opt, Read};
use super::relate::{Related, Relation};
use super::threshold::{Held, Span, hold, negated};

/// What an answer says, as an answer to the customer's question.
#[derive(Clone, Debug, PartialEq)]
pub enum Truth {
    True,
    False,
    /// Partly done (an option worth part of the score).
    Partly,
    Na,
    Text(String),
    /// The supplier answered "I don't know".
    DontKnow,
    /// Nothing certain, and why.
    Unsettled(String),
}

/// One known answer, evaluated.
#[derive(Clone, Debug)]
pub struct Eval {
    pub truth: Truth,
    /// The customer's time is covered: the answer says how soon or how often.
    pub timed: bool,
    /// Words for the reason: the opposite way, the time held, the option.
    pub notes: Vec<String>,
    /// The option chosen says, in its own words, what the customer asks
    /// ("No, some devices don't lock by themselves"): its yes or no answers
    /// the customer even where the known question asks more.
    pub said: bool,
}

fn unsettled(why: impl Into<String>) -> Eval {
    Eval {
        truth: Truth::Unsettled(why.into()),
        timed: false,
        notes: Vec::new(),
        said: false,
    }
}

fn of(b: bool) -> Truth {
    if b { Truth::True } else { Truth::False }
}

/// The answer to the known question, in its own way of asking: yes, no, or
/// partly, with the range of time it gives, and the label chosen.
struct Literal {
    yes: Option<bool>,
    span: Option<Span>,
    label: Option<String>,
    /// The option chosen, for a choice.
    option: Option<usize>,
}

fn literal(k: &Known, r: &Read, options: &[(usize, usize)], any: bool) -> Result<Literal, Eval> {
    let option = options.first().copied();
    let own = r.q.times.first().map(|t| t.span);
    match (&k.form, &k.given) {
        (Form::YesNo { .. }, Given::Yes) => Ok(Literal {
            yes: Some(true),
            span: own,
            label: None,
            option: None,
        }),
        (Form::YesNo { .. }, Given::No) => Ok(Literal {
            yes: Some(false),
            span: own.as_ref().map(negated),
            label: None,
            option: None,
        }),
        (Form::Choice(opts), Given::Choice(v)) => {
            let i = opts
                .iter()
                .position(|o| &o.value == v)
                .ok_or_else(|| unsettled("the answer is not one of the options"))?;
            let o = &r.options[i];
            let label = Some(opts[i].label.clone());
            if let Some((_, wanted)) = option {
                return Ok(Literal {
                    yes: Some(i == wanted),
                    span: None,
                    label,
                    option: Some(i),
                });
            }
            let yes = match (o.lead, opts[i].score) {
                (Some(Lead::NotApplicable), _) => {
                    return Err(Eval {
                        truth: Truth::Na,
                        timed: true,
                        notes: Vec::new(),
                        said: false,
                    });
                }
                (Some(y), _) => Some(y == Lead::Yes),
                (None, _) if r.open && o.span.is_none() => {
                    return Err(unsettled("the answer says which, not whether"));
                }
                (None, Some(s)) if s >= 1.0 => Some(!r.negative),
                (None, Some(s)) if s <= 0.0 => Some(r.negative),
                _ => None,
            };
            Ok(Literal {
                yes,
                span: o.span,
                label,
                option: Some(i),
            })
        }
        (Form::Multi(opts), Given::Multi(chosen)) if !options.is_empty() => {
            Ok(multi(opts, chosen, r, options, any))
        }
        (Form::Multi(_), Given::Multi(_)) => Err(unsettled(
            "your answer there is a list of ticked items, and none of them says this",
        )),
        _ => Err(unsettled("the answer is not a yes or a no")),
    }
}

/// A list of choices held against the options a question asks about: all of
/// them (or any, for a question that takes any).
fn multi(
    opts: &[Opt],
    chosen: &[String],
    r: &Read,
    options: &[(usize, usize)],
    any: bool,
) -> Literal {
    // An option chosen says a meaning it names or takes for granted
    // ("Cyber Essentials Plus" holders hold Cyber Essentials).
    let says = |c: usize| {
        opts.iter()
            .zip(&r.options)
            .any(|(o, read)| chosen.contains(&o.value) && read.a.concepts.contains_key(&c))
    };
    let has = |&(c, o): &(usize, usize)| chosen.contains(&opts[o].value) || says(c);
    let yes = if any {
        options.iter().any(has)
    } else {
        options.iter().all(has)
    };
    let labels: Vec<String> = chosen
        .iter()
        .filter_map(|v| opts.iter().find(|o| &o.value == v).map(|o| o.label.clone()))
        .collect();
    Literal {
        yes: Some(yes),
        span: None,
        label: Some(labels.join(", ")),
        option: None,
    }
}

/// An option's label as a written answer: without its leading "Yes," or
/// "No," ("Yes, all of it stays in the UK or the EEA" answers "In which
/// country…?" as "All of it stays in the UK or the EEA").
fn written(label: &str) -> String {
    let lower = label.to_ascii_lowercase();
    let rest = ["yes, ", "no, ", "yes - ", "no - "]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map_or(label, |p| &label[p.len()..]);
    let mut c = rest.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

fn eval(truth: Truth, timed: bool) -> Eval {
    Eval {
        truth,
        timed,
        notes: Vec::new(),
        said: false,
    }
}

/// What an answer says before any reading of it: "I don't know", "not
/// applicable", or a written answer to a question that asks for one.
fn direct(a: &Analysis, k: &Known, rel: &Related) -> Option<Eval> {
    Some(match &k.given {
        Given::Unknown => eval(Truth::DontKnow, false),
        Given::Na if rel.relation == Relation::Same => eval(Truth::Na, true),
        Given::Na => unsettled("not applicable to a question that asks something else"),
        Given::Text(t) if a.open => eval(Truth::Text(t.clone()), true),
        Given::Number(n) if a.open => eval(Truth::Text(crate::text::number::number(*n)), true),
        _ => return None,
    })
}

/// A time asked held against the time the answer gives, if both are there.
fn timed(a: &Analysis, lit: &Literal, own: Option<Span>, notes: &mut Vec<String>) -> Option<Eval> {
    let asked = a
        .times
        .first()
        .filter(|t| Some(t.span) != own || !a.negative)?;
    if a.negative {
        return Some(unsettled("a time asked the opposite way"));
    }
    let given = lit.span?;
    let held = hold(&asked.span, &given);
    let said = match held {
        Held::Met => "met",
        Held::NotMet => "not met",
        Held::Unclear => "not settled by the answer",
    };
    notes.push(format!("“{}”: {said}", asked.words));
    let notes = std::mem::take(notes);
    Some(match held {
        Held::Met => Eval {
            truth: Truth::True,
            timed: true,
            notes,
            said: false,
        },
        Held::NotMet => Eval {
            truth: Truth::False,
            timed: true,
            notes,
            said: false,
        },
        Held::Unclear => Eval {
            truth: Truth::Unsettled("the time given does not settle it".into()),
            timed: false,
            notes,
            said: false,
        },
    })
}

/// What `k`'s answer says about the customer's question `a`.
pub fn evaluate(a: &Analysis, k: &Known, r: &Read, rel: &Related) -> Eval {
    if let Some(e) = direct(a, k, rel) {
        return e;
    }
    let lit = match literal(k, r, &rel.by_option, a.or) {
        Ok(l) => l,
        Err(e) => return e,
    };
    if a.open {
        return match lit.label {
            Some(l) if rel.relation == Relation::Same && rel.by_option.is_empty() => {
                eval(Truth::Text(written(&l)), true)
            }
            _ => unsettled("the customer asks for a written answer"),
        };
    }
    let mut notes = Vec::new();
    if let Some(l) = &lit.label {
        notes.push(format!("answered “{l}”"));
    }
    let flip = rel.by_option.is_empty() && r.negative != a.negative;
    if flip {
        notes.push("asked the opposite way".into());
    }
    let own_time = r.q.times.first().map(|t| t.span);
    if let Some(e) = timed(a, &lit, own_time, &mut notes) {
        return e;
    }
    let truth = match lit.yes {
        Some(y) => of(y != flip),
        None => Truth::Partly,
    };
    // A question asked the bad way round with the same time ("in the last
    // three years") is the same question.
    let timed = a.times.is_empty() || (a.negative && a.times.first().map(|t| t.span) == own_time);
    // Does the option chosen name, in its own words, all the customer asks?
    let said = lit.option.is_some_and(|i| {
        let o = &r.options[i];
        o.lead.is_some()
            && rel
                .covers
                .iter()
                .filter(|c| a.concepts.get(c).is_some_and(|n| !n.implied))
                .all(|c| o.a.concepts.contains_key(c))
    });
    Eval {
        truth,
        timed,
        notes,
        said,
    }
}
