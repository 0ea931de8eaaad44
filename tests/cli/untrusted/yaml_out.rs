//! What `assure` writes as YAML loads in other readers (PyYAML, the YAML
//! language server) as it does in ours: no raw C1 control (PyYAML refuses
//! U+009B), line separator (a line break to YAML 1.1 readers, in a comment as
//! in a value) or invisible character, whatever the files said (issue 20,
//! item 12). CI loads the same outputs with PyYAML (scripts/check_hostile.py).

use std::path::Path;

use crate::support::{assure, root};

const SHEET: &str = "tests/fixtures/hostile/sheet.csv";
const Q: &str = "tests/fixtures/hostile/questionnaire.yaml";

/// Characters of `path` that no YAML we write may hold raw.
#[track_caller]
fn assert_escaped(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap();
    let raw: Vec<String> = text
        .chars()
        .filter(|&c| c != '\n' && assure::text::clean::is_unsafe(c))
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect();
    assert!(raw.is_empty(), "{}: raw {raw:?}\n{text}", path.display());
}

#[test]
fn yaml_written_from_hostile_files_escapes_every_unsafe_character() {
    let dir = tempfile::tempdir().unwrap();
    let at = |name: &str| dir.path().join(name);
    let draft = at("draft.yaml");
    let columns = "section=A,text=B,help=C,type=D,options=E";
    assure([
        "import".as_ref(),
        root().join(SHEET).as_os_str(),
        "--columns".as_ref(),
        columns.as_ref(),
        "-o".as_ref(),
        draft.as_os_str(),
    ])
    .run();
    assert_escaped(&draft);
    assure(["validate".as_ref(), draft.as_os_str()]).run();
    let shown = at("shown.yaml");
    assure([
        "show".as_ref(),
        draft.as_os_str(),
        "--format".as_ref(),
        "yaml".as_ref(),
        "-o".as_ref(),
        shown.as_os_str(),
    ])
    .run();
    assert_escaped(&shown);
    // The shown questionnaire reads back as the same questionnaire.
    assure(["validate".as_ref(), shown.as_os_str()]).run();
    let template = at("template.yaml");
    assure([
        "template".as_ref(),
        draft.as_os_str(),
        "-o".as_ref(),
        template.as_os_str(),
    ])
    .run();
    assert_escaped(&template);

    let nasty = r#""1.0.0\u009b31m\u2028x\u0085y\u202e\u200b""#;
    let answers = at("answers.yaml");
    std::fs::write(
        &answers,
        format!("questionnaire: {{ id: hostile-check, version: {nasty} }}\nrespondent: {{ organisation: {nasty}, role: {nasty} }}\nanswers:\n  mfa-email: {{ answer: unknown, note: {nasty} }}\n  notes: {nasty}\n"),
    )
    .unwrap();
    let ask = at("ask.yaml");
    let merged = at("merged.yaml");
    let prefilled = at("prefilled.yaml");
    for (args, out) in [
        (vec!["ask", "ANSWERS", "-q", Q, "-o", "OUT"], &ask),
        (
            vec!["merge", "ANSWERS", "ASK", "-q", Q, "-o", "OUT"],
            &merged,
        ),
        (
            vec!["prefill", Q, "--from", "ANSWERS", "-o", "OUT"],
            &prefilled,
        ),
    ] {
        let args: Vec<&std::ffi::OsStr> = args
            .iter()
            .map(|a| match *a {
                "ANSWERS" => answers.as_os_str(),
                "ASK" => ask.as_os_str(),
                "OUT" => out.as_os_str(),
                other => other.as_ref(),
            })
            .collect();
        assure(args).run();
        assert_escaped(out);
    }
}
