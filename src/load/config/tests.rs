use super::*;

fn parse(text: &str) -> Result<Config, Vec<Diagnostic>> {
    Config::parse(&Source::new("assure.toml", text), PathBuf::from("."))
}

#[test]
fn reads_every_setting() {
    let c = parse(
            "organisation = \"Acme Ltd\"\n[report]\nformat = \"html\"\noutput_dir = \"reports\"\nprepared_by = \"Example\"\n",
        )
        .unwrap();
    assert_eq!(c.organisation.as_deref(), Some("Acme Ltd"));
    assert_eq!(
        c.report_format(&["markdown", "html"]).unwrap(),
        Some("html")
    );
    assert_eq!(c.report.prepared_by.as_deref(), Some("Example"));
}

#[test]
fn an_unknown_key_has_a_position_and_a_suggestion() {
    let e = parse("organization = \"Acme\"\n").unwrap_err();
    let d = &e[0];
    assert_eq!(d.span.unwrap().start.line, 1);
    assert_eq!(d.help.as_deref(), Some("did you mean `organisation`?"));
}

#[test]
fn a_bad_format_names_the_line() {
    let c = parse("[report]\nformat = \"pdf\"\n").unwrap();
    let e = c.report_format(&["markdown", "html"]).unwrap_err();
    assert_eq!(e.span.unwrap().start.line, 2);
    assert_eq!(
        e.message,
        "unknown variant `pdf`, expected one of `markdown`, `html`"
    );
}

#[test]
fn a_missing_folder_is_reported_where_it_is_written() {
    let e = parse("questionnaire_dirs = [\"no-such-folder-here\"]\n").unwrap_err();
    assert_eq!(e[0].code, "missing-folder");
    assert_eq!(
        e[0].span.unwrap().start,
        crate::yaml::Pos { line: 1, col: 23 }
    );
}

#[test]
fn a_logo_is_read_with_the_config_and_a_bad_one_is_refused_where_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("logo.png"), b"\x89PNG\r\n\x1a\n").unwrap();
    std::fs::write(dir.path().join("logo.svg"), "<svg/>").unwrap();
    let at = |text: &str| Config::parse(&Source::new("assure.toml", text), dir.path().into());
    let c = at("[report]\nlogo = \"logo.png\"\n").unwrap();
    assert_eq!(c.report.logo_image.unwrap().mime, "image/png");
    let e = at("[report]\nlogo = \"logo.svg\"\n").unwrap_err();
    assert_eq!(e[0].code, "invalid-config");
    assert_eq!(e[0].span.unwrap().start.line, 2);
    assert!(
        e[0].message.contains("not a PNG or JPEG"),
        "{}",
        e[0].message
    );
}

#[test]
fn a_folder_named_many_times_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("qs")).unwrap();
    let list = ["\".\"", "\"./\"", "\"qs\"", "\"./qs/../qs\"", "\".\""].join(", ");
    let c = Config::parse(
        &Source::new("assure.toml", format!("questionnaire_dirs = [{list}]\n")),
        dir.path().into(),
    )
    .unwrap();
    assert_eq!(c.questionnaire_dirs().len(), 2);
}

#[test]
fn the_list_of_folders_is_bounded() {
    let list = vec!["\".\""; MAX_QUESTIONNAIRE_DIRS + 1].join(", ");
    let e = parse(&format!("questionnaire_dirs = [{list}]\n")).unwrap_err();
    assert_eq!(e[0].code, "invalid-config");
    assert!(
        e[0].message.contains("more than 64 folders"),
        "{}",
        e[0].message
    );
    assert_eq!(e.len(), 1);
}
