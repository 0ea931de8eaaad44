//! A workbook's shared-string table is budgeted by what the reader keeps, not
//! only by how far it inflates (issue 20, item 1): a part of a million empty
//! texts inflates well under the zip-bomb ratio and declares no count, yet
//! every text is kept.

use std::path::Path;
use std::time::Duration;

use crate::support::{assure, limit, root};

/// `template`'s workbook for `q`, with `empty` empty texts added.
fn inflated_workbook(q: &Path, out: &Path, empty: usize) {
    let template = out.with_extension("template.xlsx");
    assure([
        "template".as_ref(),
        q.as_os_str(),
        "-o".as_ref(),
        template.as_os_str(),
    ])
    .run();
    let book = crate::sets::inflated_workbook(&std::fs::read(&template).unwrap(), empty);
    std::fs::write(out, book).unwrap();
}

#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn a_workbook_of_a_million_empty_texts_is_refused_before_they_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let q = root().join("tests/fixtures/invalid/answers/_questionnaire.yaml");
    let book = dir.path().join("answers.xlsx");
    inflated_workbook(&q, &book, 1_000_000);
    let size = std::fs::metadata(&book).unwrap().len();
    assert!(size < 1024 * 1024, "{size} bytes");
    let q = q.to_str().unwrap();
    let book = book.to_str().unwrap();
    for args in [
        vec!["validate", book, "-q", q],
        vec!["report", book, "-q", q, "-o", "-"],
        vec!["import", book, "--columns", "text=B"],
    ] {
        assure(&args)
            .current_dir(dir.path())
            .status(2)
            .within(limit(Duration::from_secs(1)))
            .run()
            .stderr_has("this workbook holds more than 500000 different texts");
    }
}
