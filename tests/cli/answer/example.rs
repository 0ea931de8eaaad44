//! `examples/customer/`: the Seaview Hotels questionnaire answered from the
//! bakery's answers, as the README shows. The committed review, draft and
//! answers file are what the current code makes (`UPDATE_GOLDEN=1` rewrites
//! them), and the committed answered workbook holds the same answers.

use std::fs;
use std::io::Cursor;

use calamine::{Reader, Xlsx};
use pulldown_cmark::{Event, Options, Parser, Tag};

use crate::golden;
use crate::support::{assure, root};

fn values(bytes: Vec<u8>) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range("Supplier Security").unwrap();
    range
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect()
}

/// The rows of each table in Markdown as GitHub reads it (head excluded).
fn table_rows(markdown: &str) -> Vec<usize> {
    let mut tables = Vec::new();
    for e in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match e {
            Event::Start(Tag::Table(_)) => tables.push(0),
            Event::Start(Tag::TableRow) => *tables.last_mut().unwrap() += 1,
            _ => {}
        }
    }
    tables
}

#[test]
fn the_customer_example_is_current() {
    let dir = tempfile::tempdir().unwrap();
    let (customer, answers) = (dir.path().join("customer"), dir.path().join("answers"));
    fs::create_dir(&customer).unwrap();
    fs::create_dir(&answers).unwrap();
    fs::copy(
        root().join("examples/customer/seaview-hotels.xlsx"),
        customer.join("seaview-hotels.xlsx"),
    )
    .unwrap();
    for f in ["harbour-bakery.yaml", "harbour-bakery-follow-up.yaml"] {
        fs::copy(root().join("examples/answers").join(f), answers.join(f)).unwrap();
    }
    let args = [
        "answer",
        "seaview-hotels.xlsx",
        "--from",
        "../answers/harbour-bakery.yaml",
        "../answers/harbour-bakery-follow-up.yaml",
        "--review",
        "seaview-hotels-review.md",
    ];
    let out = assure(args).current_dir(&customer).status(1).run();
    out.stdout_has("Answered 21 of 25 questions into seaview-hotels-answered.xlsx.");
    assure([
        "answer",
        "seaview-hotels.xlsx",
        "-o",
        "copy.xlsx",
        "--review",
        "seaview-hotels-review.html",
        "--from",
        "../answers/harbour-bakery-follow-up.yaml",
        "../answers/harbour-bakery.yaml",
    ])
    .current_dir(&customer)
    .status(1)
    .run();
    let mut g = golden::Folder::new("examples/customer").only(|n| {
        n.ends_with(".md")
            || n.ends_with(".html")
            || n.ends_with("-answers.yaml")
            || n.ends_with("-questionnaire.yaml")
    });
    for name in [
        "seaview-hotels-review.md",
        "seaview-hotels-review.html",
        "seaview-hotels-answers.yaml",
        "seaview-hotels-questionnaire.yaml",
    ] {
        g.check(name, &fs::read_to_string(customer.join(name)).unwrap());
    }
    g.finish();
    let review = fs::read_to_string(customer.join("seaview-hotels-review.md")).unwrap();
    assert_eq!(
        table_rows(&review),
        [21],
        "the review's table has a row for each answer:\n{review}"
    );
    let made = values(fs::read(customer.join("seaview-hotels-answered.xlsx")).unwrap());
    let committed = root().join("examples/customer/seaview-hotels-answered.xlsx");
    if golden::updating() {
        fs::copy(customer.join("seaview-hotels-answered.xlsx"), &committed).unwrap();
    }
    assert_eq!(
        values(fs::read(committed).unwrap()),
        made,
        "the committed answered workbook is current (UPDATE_GOLDEN=1)"
    );
}
