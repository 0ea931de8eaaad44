//! What a cell's words say about its role: a header of which column, a
//! question, a closing remark, a signature line. And a sheet's drop-downs as
//! its XML writes them.

use quick_xml::events::Event;
use quick_xml::reader::Reader;

/// What a column can hold, as its header says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Question,
    Answer,
    Comment,
    Id,
    Section,
    /// For the customer only, or guidance: never written into.
    Other,
}

fn lower(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '/' || c == '#' || c == '.' {
                c
            } else {
                ' '
            }
        })
        .collect()
}

fn words(s: &str) -> Vec<String> {
    lower(s).split_whitespace().map(str::to_owned).collect()
}

/// Header words of columns for the customer only, or for guidance.
const OTHER: &[&str] = &[
    "use only",
    "internal use",
    "office use",
    "assessor",
    "reviewer",
    "score",
    "rating",
    "weight",
    "guidance",
    "help",
    "instruction",
    "example",
    "risk",
    "owner",
    "due date",
    "status by",
];
const COMMENT: &[&str] = &[
    "comment",
    "comments",
    "evidence",
    "notes",
    "note",
    "explanation",
    "justification",
    "remarks",
    "details",
    "detail",
    "supporting",
    "additional",
    "clarification",
    "narrative",
];
const ANSWER: &[&str] = &[
    "response",
    "answer",
    "answers",
    "reply",
    "compliance",
    "compliant",
    "y/n",
    "y/n/na",
    "yes/no",
    "yes/no/n/a",
    "implemented",
    "status",
    "selection",
];
const QUESTION: &[&str] = &[
    "question",
    "questions",
    "requirement",
    "requirements",
    "control",
    "controls",
    "criteria",
    "criterion",
    "item",
    "query",
    "statement",
    "description",
];
const ID: &[&str] = &[
    "ref",
    "ref.",
    "reference",
    "id",
    "#",
    "no.",
    "no",
    "number",
    "nr",
    "code",
    "qid",
];
const SECTION: &[&str] = &[
    "section", "domain", "category", "area", "topic", "theme", "group", "family", "chapter", "part",
];

/// The role a header cell names, if it names one.
pub fn header(text: &str) -> Option<Role> {
    let t = text.trim();
    if t.is_empty() || t.len() > 60 || t.ends_with('?') {
        return None;
    }
    let w = words(t);
    let has = |x: &str| w.iter().any(|y| y == x);
    let any = |list: &[&str]| list.iter().any(|x| has(x));
    let joined = w.join(" ");
    if OTHER.iter().any(|x| joined.contains(x)) {
        Some(Role::Other)
    } else if any(COMMENT) {
        Some(Role::Comment)
    } else if any(ANSWER) || joined.replace(' ', "") == "y/n/na" || (has("y") && has("n")) {
        Some(Role::Answer)
    } else if any(QUESTION) && !any(&["id", "ref", "no", "no."]) {
        Some(Role::Question)
    } else if any(ID) {
        Some(Role::Id)
    } else if any(SECTION) {
        Some(Role::Section)
    } else {
        None
    }
}

const QUESTION_STARTS: &[&str] = &[
    "do", "does", "did", "is", "are", "was", "were", "have", "has", "can", "could", "will",
    "would", "should", "shall", "may", "what", "which", "who", "when", "where", "how", "describe",
    "explain", "list", "provide", "please", "state", "indicate", "confirm", "detail", "outline",
    "identify", "specify", "the", "all", "staff", "an", "a", "there", "your", "you",
];

/// Whether a cell's text reads like a question (or a requirement to answer).
pub fn reads_like_question(text: &str) -> bool {
    let t = text.trim();
    if t.len() < 12 || t.len() > 2_000 {
        return false;
    }
    if t.ends_with('?') {
        return true;
    }
    let w = words(t);
    w.len() >= 5
        && w.first()
            .is_some_and(|f| QUESTION_STARTS.contains(&f.as_str()))
        && t.ends_with('.')
}

/// A closing remark: thanks, where to return the file, a declaration.
pub fn closing(text: &str) -> bool {
    let t = lower(text);
    let t = t.trim();
    [
        "thank you",
        "thanks",
        "please return",
        "please send",
        "please email",
        "return this",
        "return the completed",
        "end of questionnaire",
        "end of the questionnaire",
        "declaration",
        "i confirm",
        "i declare",
        "i certify",
        "we confirm",
        "by signing",
        "submitted by",
        "for official use",
    ]
    .iter()
    .any(|x| t.starts_with(x))
}

/// A signature line: "Name:", "Signature:", "Date:", "Completed by".
pub fn signature(text: &str) -> bool {
    let t = lower(text);
    let t = t.trim();
    t.len() <= 40
        && [
            "name",
            "signature",
            "signed",
            "date",
            "position",
            "job title",
            "title",
            "role",
            "completed by",
            "authorised signatory",
            "authorized signatory",
            "company",
            "organisation",
            "organization",
            "email",
            "phone",
            "telephone",
            "print name",
            "on behalf of",
        ]
        .iter()
        .any(|x| t == *x || t.starts_with(&format!("{x} ")))
        && (text.trim_end().ends_with(':') || t.split_whitespace().count() <= 3)
}

/// Instructions above or beside the questions.
pub fn instruction(text: &str) -> bool {
    let t = lower(text);
    let t = t.trim();
    [
        "instructions",
        "instruction",
        "guidance",
        "how to complete",
        "please complete",
        "please answer",
        "please provide",
        "note:",
        "notes:",
        "complete all",
        "answer all",
        "for each question",
    ]
    .iter()
    .any(|x| t.starts_with(x.trim_end_matches(':')))
}

/// The drop-downs of a sheet's XML: each one's cells (`sqref`) and its list
/// formula, for the list kind only. Both the usual form and Excel's
/// extension form (lists on another sheet) are read.
pub fn validations(xml: &[u8]) -> Vec<(String, String)> {
    let mut reader = Reader::from_reader(xml);
    let mut out = Vec::new();
    let mut current: Option<(Option<String>, Option<String>, bool)> = None;
    let mut inside: Option<&'static str> = None;
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "dataValidation" => {
                let get = |n: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == n)
                        .and_then(|a| {
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .ok()
                                .map(|v| v.into_owned())
                        })
                };
                let is_list = get("type").as_deref() == Some("list");
                current = Some((get("sqref"), None, is_list));
            }
            Event::Start(e) => {
                inside = match e.local_name().as_ref() {
                    "formula1" | "f" => Some("formula"),
                    "sqref" => Some("sqref"),
                    _ => None,
                };
            }
            Event::Text(_) | Event::GeneralRef(_) => {
                let text = match &event {
                    Event::Text(t) => t
                        .xml_content(quick_xml::XmlVersion::Implicit1_0)
                        .into_owned(),
                    Event::GeneralRef(r) => entity(r).map(String::from).unwrap_or_default(),
                    _ => String::new(),
                };
                if let (Some(what), Some(cur)) = (inside, current.as_mut()) {
                    if what == "formula" {
                        cur.1.get_or_insert_with(String::new).push_str(&text);
                    } else {
                        cur.0.get_or_insert_with(String::new).push_str(&text);
                    }
                }
            }
            Event::End(e) => {
                if e.local_name().as_ref() == "dataValidation"
                    && let Some((Some(sqref), Some(formula), true)) = current.take()
                {
                    out.push((sqref, formula));
                }
                inside = None;
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// The character an entity reference (`&quot;`, `&#34;`) stands for.
fn entity(name: &str) -> Option<char> {
    match name {
        "quot" => Some('"'),
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "apos" => Some('\''),
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}
