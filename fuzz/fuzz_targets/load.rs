//! Loading and validating any bytes: UTF-8 check, YAML parse, kind detection, then
//! a questionnaire or profile through the catalog (default config), or an answers
//! file against a bundled questionnaire. Every diagnostic is rendered too, since
//! rendering slices the source at the diagnostic's span.
//!
//! Must never panic, hang or use unbounded memory, whatever the input.

#![no_main]

use std::sync::OnceLock;

use assure::catalog::Catalog;
use assure::config::Config;
use assure::diagnostic::Diagnostic;
use assure::load::{self, DocKind};
use assure::model::Questionnaire;
use assure::{answers, library, source};
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
            match Catalog::new(&config).load(&src) {
                Ok(loaded) => show(&loaded.warnings),
                Err(diags) => show(&diags),
            }
        }
    }
});
