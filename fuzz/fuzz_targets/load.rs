//! Loading and validating any bytes: UTF-8 check, YAML parse, kind detection, then
//! a questionnaire or profile through the catalog (default config), or an answers
//! file against a bundled questionnaire. Every diagnostic is rendered too, since
//! rendering slices the source at the diagnostic's span.
//!
//! Must never panic, hang or use unbounded memory, whatever the input. A
//! questionnaire or profile that loads is then taken through everything else a
//! user can do with it, with these oracles:
//! - its answers template reads back as an answers file for it, and those
//!   answers score and render in every format;
//! - its standalone form (`assure trim`) loads again as a questionnaire with the
//!   same digest, and trimming that gives the same text.

#![no_main]

use std::sync::OnceLock;

use assure::answers::AnswersFile;
use assure::diagnostic::Diagnostic;
use assure::export::standalone::standalone;
use assure::export::{form, template};
use assure::export::{html, report};
use assure::load::config::Config;
use assure::load::{Catalog, DocKind, Document, bundled, read};
use assure::model::Questionnaire;
use assure::report::Report;
use assure::source::Source;
use assure::{digest, score};
use libfuzzer_sys::fuzz_target;

fn baseline() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| {
        let config = Config::default();
        let src = bundled::sources()
            .find(|s| s.name.ends_with("sme-baseline.yaml"))
            .expect("bundled sme-baseline");
        Catalog::new(&config)
            .load(&src)
            .expect("sme-baseline loads")
            .value
    })
}

/// Everything downstream of a questionnaire that loaded.
fn downstream(catalog: &Catalog<'_>, q: &Questionnaire) {
    let text = template::render(q, Some("Fuzz Ltd"));
    let src = Source::new("template.yaml", text.as_str());
    let loaded = AnswersFile::from_source(src)
        .and_then(|f| f.check(q, &digest::digest(q)))
        .unwrap_or_else(|d| panic!("template: {d:?}\n{text}"));
    let a = score::assess(q, &loaded.value);
    let r = Report::new(&a, None);
    for format in &report::FORMATS {
        let _ = format.exporter.export(&r);
    }
    let _ = html::to_html(&form::render(q));

    let Ok(once) = standalone(q) else {
        return;
    };
    let src = Source::new("/nonexistent/trimmed.yaml", once.as_str());
    let again = catalog.load(&src).unwrap_or_else(|d| {
        let shown: Vec<String> = d.iter().map(|d| d.render(false)).collect();
        panic!(
            "the trimmed form does not load:\n{}\n{once}",
            shown.join("\n")
        )
    });
    assert_eq!(digest::digest(q), digest::digest(&again.value), "{once}");
    let twice = standalone(&again.value).expect("trims twice");
    assert_eq!(once, twice);
}

fn show(diags: &[Diagnostic]) {
    for d in diags {
        let _ = d.render(false);
        let _ = d.location();
    }
}

fuzz_target!(|data: &[u8]| {
    // A path that does not exist, so that a profile's relative `base` finds nothing
    // on disk and runs stay reproducible.
    let src = match read::from_bytes("/nonexistent/fuzz.yaml".into(), data.to_vec()) {
        Ok(src) => src,
        Err(d) => return show(&[d]),
    };
    let doc = match Document::from_source(src) {
        Ok(doc) => doc,
        Err(diags) => return show(&diags),
    };
    match doc.kind {
        DocKind::Answers => {
            let q = baseline();
            match AnswersFile::from_document(doc).and_then(|f| f.check(q, &digest::digest(q))) {
                Ok(loaded) => show(&loaded.warnings),
                Err(diags) => show(&diags),
            }
        }
        DocKind::Questionnaire | DocKind::Profile => {
            let config = Config::default();
            let catalog = Catalog::new(&config);
            match catalog.load_document(&doc) {
                Ok(loaded) => {
                    show(&loaded.warnings);
                    downstream(&catalog, &loaded.value);
                }
                Err(diags) => show(&diags),
            }
        }
    }
});
