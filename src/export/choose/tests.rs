use std::path::Path;

use super::*;
use crate::export::answers::YAML;
use crate::export::report::FORMATS;

fn chosen(
    flag: Option<&str>,
    file: Option<&str>,
    fallback: Option<&str>,
) -> Result<&'static str, String> {
    choose(&FORMATS, "report", flag, file.map(Path::new), fallback)
        .map(|c| c.name)
        .map_err(|e| e.to_string())
}

#[test]
fn the_flag_then_the_extension_then_the_config_then_the_first() {
    assert_eq!(chosen(Some("json"), None, Some("html")), Ok("json"));
    assert_eq!(chosen(None, Some("r.html"), Some("json")), Ok("html"));
    assert_eq!(chosen(None, Some("-"), Some("json")), Ok("json"));
    assert_eq!(chosen(None, Some("report"), None), Ok("markdown"));
    assert_eq!(chosen(None, None, None), Ok("markdown"));
    assert_eq!(
        chosen(Some("oscal"), Some("r.oscal.json"), None),
        Ok("oscal")
    );
    assert_eq!(chosen(None, Some("r.OSCAL.JSON"), None), Ok("oscal"));
}

#[test]
fn a_name_of_no_format_written_is_refused_with_the_formats_that_are() {
    let e = chosen(None, Some("report.pdf"), None).unwrap_err();
    assert_eq!(
        e,
        "cannot write `report.pdf`: `assure report` does not write .pdf files; name the file .md (Markdown), .html (HTML), .json (JSON), .csv (CSV), .xlsx (an Excel workbook) or .oscal.json (OSCAL)"
    );
    let e = chosen(None, Some("r.yaml"), None).unwrap_err();
    assert!(e.contains("does not write .yaml files"), "{e}");
    // With --format, the names that format's files may have.
    let e = chosen(Some("summary"), Some("s.pdf"), None).unwrap_err();
    assert_eq!(
        e,
        "cannot write `s.pdf`: `assure report` does not write .pdf files; name the file .md (Markdown) or .html (HTML)"
    );
}

#[test]
fn a_flag_that_contradicts_the_name_is_refused() {
    let e = chosen(Some("json"), Some("report.md"), None).unwrap_err();
    assert_eq!(
        e,
        "cannot write `report.md` as json: its name says Markdown; leave out --format, or name the file .json (JSON)"
    );
    let e = chosen(Some("json"), Some("r.yaml"), None).unwrap_err();
    assert!(
        e.starts_with("cannot write `r.yaml` as json: its name says YAML"),
        "{e}"
    );
}

#[test]
fn a_name_from_the_config_that_no_format_has_is_refused() {
    let e = chosen(None, None, Some("pdf")).unwrap_err();
    assert_eq!(
        e,
        "`assure report` has no format `pdf`; it writes markdown, html, json, csv, xlsx, oscal or summary"
    );
}

#[test]
fn a_command_of_one_format_checks_the_name() {
    assert!(check_name(Format::Json, "schema", Some(Path::new("a.schema.json"))).is_ok());
    assert!(check_name(Format::Json, "schema", Some(Path::new("schema"))).is_ok());
    let e = check_name(Format::Yaml, "trim", Some(Path::new("t.json"))).unwrap_err();
    assert_eq!(
        e.to_string(),
        "cannot write `t.json`: `assure trim` does not write .json files; name the file .yaml (YAML)"
    );
}

#[test]
fn a_file_replaced_in_place_keeps_its_format_or_is_left_alone() {
    let e = choose_in_place(&YAML, "merge", Path::new("a.xlsx")).map(|c| c.name);
    assert_eq!(
        e.unwrap_err().to_string(),
        "cannot replace `a.xlsx`: `assure merge` writes .yaml (YAML) only; give `-o NEW.yaml` to write the result there (`a.xlsx` stays as it is)"
    );
    assert!(choose_in_place(&YAML, "merge", Path::new("a.yml")).is_ok());
    assert!(choose_in_place(&YAML, "merge", Path::new("answers")).is_ok());
}
