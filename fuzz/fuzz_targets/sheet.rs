//! A customer's spreadsheet, CSV or XLSX (issue 20): any bytes, imported as
//! `assure import FILE --columns section=A,text=B,help=C,type=D,options=E`
//! does (a workbook when the bytes start as a zip archive), and read as an
//! answers workbook for sme-baseline when they are one.
//!
//! Oracles: no panic, no hang, bounded memory; an imported draft holds no raw
//! control, invisible or separator character (PyYAML would refuse it or read
//! it otherwise) and loads as a questionnaire.

#![no_main]

use std::sync::OnceLock;

use assure::exchange::import::{self, Options, columns::Columns};
use assure::load::config::Config;
use assure::load::{Catalog, bundled};
use assure::model::Questionnaire;
use assure::source::Source;
use libfuzzer_sys::fuzz_target;

fn baseline() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| {
        let config = Config::default();
        let src = bundled::sources()
            .find(|s| s.name.ends_with("sme-baseline.yaml"))
            .expect("bundled sme-baseline");
        Catalog::new(&config).load(&src).expect("sme-baseline loads").value
    })
}

fn folder() -> &'static std::path::Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("a temporary folder")).path()
}

fuzz_target!(|data: &[u8]| {
    let xlsx = data.starts_with(b"PK");
    let path = folder().join(if xlsx { "sheet.xlsx" } else { "sheet.csv" });
    std::fs::write(&path, data).expect("the file is written");
    let columns = Columns::parse("section=A,text=B,help=C,type=D,options=E").expect("columns");
    let o = Options {
        columns: &columns,
        sheet: None,
        header_rows: 1,
        id: Some("fuzz"),
        title: Some("Fuzz"),
    };
    if let Ok(imported) = import::run(&path, &o) {
        let text = &imported.text;
        assert!(
            !text.chars().any(|c| c != '\n' && assure::text::clean::is_unsafe(c)),
            "a raw unsafe character in the draft:\n{text}"
        );
        let config = Config::default();
        Catalog::new(&config)
            .load(&Source::new("draft.yaml", text.as_str()))
            .unwrap_or_else(|d| panic!("the draft does not load: {d:?}\n{text}"));
    }
    if xlsx {
        let q = baseline();
        let _ = assure::answers::AnswersFile::open(&path)
            .and_then(|f| f.check(q, &assure::digest::digest(q)));
    }
});
