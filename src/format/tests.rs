use std::path::Path;

use super::*;

fn of(name: &str) -> Named {
    Format::of_path(Path::new(name))
}

#[test]
fn a_file_name_says_its_format_by_its_longest_known_extension() {
    assert_eq!(of("report.md"), Named::Format(Format::Markdown));
    assert_eq!(of("dir/Report.MARKDOWN"), Named::Format(Format::Markdown));
    assert_eq!(of("r.htm"), Named::Format(Format::Html));
    assert_eq!(of("results.oscal.json"), Named::Format(Format::Oscal));
    assert_eq!(of("answers.schema.json"), Named::Format(Format::Json));
    assert_eq!(of("a.yml"), Named::Format(Format::Yaml));
    assert_eq!(of("book.XLSX"), Named::Format(Format::Xlsx));
}

#[test]
fn an_extension_of_no_format_is_unknown_and_no_extension_is_nothing() {
    assert_eq!(of("report.pdf"), Named::Unknown("pdf".into()));
    assert_eq!(of("t.xls"), Named::Unknown("xls".into()));
    assert_eq!(of("report"), Named::Nothing);
    assert_eq!(of(".md"), Named::Nothing);
    assert_eq!(of("-"), Named::Nothing);
    assert_eq!(of("x.oscal.json.bak"), Named::Unknown("bak".into()));
}

#[test]
fn every_format_has_an_extension_of_its_own() {
    let mut seen = std::collections::HashSet::new();
    for f in Format::ALL {
        for e in f.extensions() {
            assert!(seen.insert(*e), "{e} twice");
        }
    }
}
