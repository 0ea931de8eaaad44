//! The customer's workbook, after `answer`: every part of the archive but the
//! sheet written is the same, byte for byte; in that sheet, everything
//! outside the cells (columns, merged cells, drop-downs, conditional formats,
//! protection, panes) is the same, and only the answer and comment cells of
//! answered questions differ, each keeping its style. With openpyxl and after
//! a LibreOffice round trip: `scripts/check_answer_fidelity.py`.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use crate::support::{assure, root};

fn parts(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut v = Vec::new();
            f.read_to_end(&mut v).unwrap();
            (f.name().unwrap().into_owned(), v)
        })
        .collect()
}

/// Every `<c>` element of a sheet's XML by its reference, as written.
fn cells(xml: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut rest = xml;
    while let Some(at) = rest.find("<c ") {
        rest = &rest[at..];
        let Some(gt) = rest.find('>') else { break };
        let end = if rest[..=gt].ends_with("/>") {
            gt + 1
        } else {
            match rest.find("</c>") {
                Some(e) => e + 4,
                None => break,
            }
        };
        let cell = &rest[..end];
        let r = cell
            .split("r=\"")
            .nth(1)
            .and_then(|x| x.split('"').next())
            .unwrap_or_default();
        out.insert(r.to_owned(), cell.to_owned());
        rest = &rest[end..];
    }
    out
}

fn style(cell: &str) -> Option<&str> {
    cell.split(" s=\"").nth(1).and_then(|x| x.split('"').next())
}

#[test]
fn only_the_answer_and_comment_cells_of_answered_rows_change() {
    let dir = tempfile::tempdir().unwrap();
    for (customer, sheet_part, answer, comment) in [
        ("northwind", "xl/worksheets/sheet2.xml", "C", "D"),
        ("meridian", "xl/worksheets/sheet1.xml", "D", "E"),
    ] {
        let input = root().join(format!("tests/fixtures/answer/customers/{customer}.xlsx"));
        let out = dir.path().join(format!("{customer}-answered.xlsx"));
        let args = super::accuracy::answer_args(&input, &out, &dir.path().join("l.yaml"), "strong");
        assure(&args).status(1).run();
        let before = std::fs::read(&input).unwrap();
        let (a, b) = (parts(&before), parts(&std::fs::read(&out).unwrap()));
        assert_eq!(
            a.keys().collect::<Vec<_>>(),
            b.keys().collect::<Vec<_>>(),
            "{customer}: the same parts"
        );
        for (name, data) in &a {
            if name != sheet_part {
                assert!(data == &b[name], "{customer}: {name} changed");
            }
        }
        let (xa, xb) = (
            String::from_utf8_lossy(&a[sheet_part]).into_owned(),
            String::from_utf8_lossy(&b[sheet_part]).into_owned(),
        );
        let outside = |x: &str| {
            let (s, e) = (
                x.find("<sheetData").unwrap(),
                x.find("</sheetData>").unwrap(),
            );
            (x[..s].to_owned(), x[e..].to_owned())
        };
        assert_eq!(
            outside(&xa),
            outside(&xb),
            "{customer}: what is outside the cells is the same"
        );
        let (ca, cb) = (cells(&xa), cells(&xb));
        let mut changed = 0;
        for (r, cell) in &cb {
            match ca.get(r) {
                Some(old) if old == cell => {}
                old => {
                    let col: String = r.chars().take_while(char::is_ascii_alphabetic).collect();
                    assert!(
                        col == answer || col == comment,
                        "{customer}: {r} changed: {old:?} -> {cell}"
                    );
                    assert_eq!(
                        old.and_then(|o| style(o)),
                        style(cell),
                        "{customer}: {r} keeps its style"
                    );
                    assert!(!cell.contains("<f>"), "{customer}: {r} is never a formula");
                    changed += 1;
                }
            }
        }
        assert!(
            ca.keys().all(|r| cb.contains_key(r)),
            "{customer}: no cell is gone"
        );
        assert!(changed > 20, "{customer}: {changed} cells written");
    }
}
