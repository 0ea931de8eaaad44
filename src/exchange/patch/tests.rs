use super::*;
use std::io::Read;
use std::path::PathBuf;

fn fixture(name: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/answer/customers")
        .join(name);
    std::fs::read(p).unwrap()
}

fn parts(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut v = Vec::new();
            f.read_to_end(&mut v).unwrap();
            (f.name().unwrap().into_owned(), v)
        })
        .collect()
}

#[test]
fn every_part_but_the_sheet_written_is_copied_as_it_was() {
    let before = fixture("northwind.xlsx");
    let after = workbook(
        &before,
        "Questionnaire",
        &[Edit {
            row: 5,
            col: 2,
            text: "Yes".into(),
        }],
    )
    .unwrap();
    let (a, b) = (parts(&before), parts(&after));
    assert_eq!(a.len(), b.len());
    let mut changed = Vec::new();
    for ((name_a, data_a), (name_b, data_b)) in a.iter().zip(&b) {
        assert_eq!(name_a, name_b, "the parts keep their order");
        if data_a != data_b {
            changed.push(name_a.clone());
        }
    }
    assert_eq!(changed, ["xl/worksheets/sheet2.xml"]);
    // The workbook still reads, and the cell holds the text written.
    let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(after)).unwrap();
    use calamine::Reader as _;
    let range = book.worksheet_range("Questionnaire").unwrap();
    assert_eq!(
        range.get_value((5, 2)),
        Some(&calamine::Data::String("Yes".into()))
    );
}

#[test]
fn a_sheet_that_is_not_there_is_named() {
    let before = fixture("northwind.xlsx");
    let err = workbook(&before, "Nope", &[]).unwrap_err().to_string();
    assert!(err.contains("no sheet named `Nope`"), "{err}");
}

#[test]
fn csv_records_not_written_keep_their_bytes() {
    let text = "Title,,,\r\n\r\nRef,Question,Response,Comments\r\n1.1,\"Do you, in fact, use MFA?\",,\r\n1.2,Backups?\r\n";
    let out = csv::patch(
        text,
        b',',
        &[
            Edit {
                row: 2,
                col: 2,
                text: "Yes".into(),
            },
            Edit {
                row: 2,
                col: 3,
                text: "=cmd|' /C calc'!A0".into(),
            },
            Edit {
                row: 3,
                col: 2,
                text: "No, \"weekly\"".into(),
            },
        ],
    )
    .unwrap();
    assert_eq!(
        out,
        "Title,,,\r\n\r\nRef,Question,Response,Comments\r\n1.1,\"Do you, in fact, use MFA?\",Yes,'=cmd|' /C calc'!A0\r\n1.2,Backups?,\"No, \"\"weekly\"\"\"\r\n"
    );
}
