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

use assure::catalog::Catalog;
use assure::cmd::trim::standalone;
use assure::config::{Config, ReportFormat};
use assure::diagnostic::Diagnostic;
use assure::load::{self, DocKind};
use assure::model::Questionnaire;
use assure::report::{self, Report, html};
use assure::source::Source;
use assure::{answers, digest, form, library, score, source, template};
use libfuzzer_sys::fuzz_target;

fn baseline() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| {
        let config = Config::default();
        let src = library::sources()
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
    let node = load::parse(&src).unwrap_or_else(|d| panic!("template: {d:?}\n{text}"));
    let loaded =
        answers::from_node(&src, &node, q).unwrap_or_else(|d| panic!("template: {d:?}\n{text}"));
    let a = score::assess(q, &loaded.value);
    let r = Report::new(&a, None);
    for format in [
        ReportFormat::Markdown,
        ReportFormat::Html,
        ReportFormat::Json,
    ] {
        let _ = report::render(format, &r);
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
    let src = match source::from_bytes("/nonexistent/fuzz.yaml".into(), data.to_vec()) {
        Ok(src) => src,
        Err(d) => return show(&[d]),
    };
    let node = match load::parse(&src) {
        Ok(node) => node,
        Err(diags) => return show(&diags),
    };
    match load::detect(&node) {
        DocKind::Answers => {
            let _ = answers::questionnaire_id(&src, &node);
            match answers::from_node(&src, &node, baseline()) {
                Ok(loaded) => show(&loaded.warnings),
                Err(diags) => show(&diags),
            }
        }
        DocKind::Questionnaire | DocKind::Profile => {
            let config = Config::default();
            let catalog = Catalog::new(&config);
            match catalog.load(&src) {
                Ok(loaded) => {
                    show(&loaded.warnings);
                    downstream(&catalog, &loaded.value);
                }
                Err(diags) => show(&diags),
            }
        }
    }
});
