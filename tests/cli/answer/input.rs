//! Bad input to `answer`: a clear error naming the file (exit status 2), and
//! the customer's file untouched. And a CSV file answered: the same rows and
//! columns, only the answer cells filled.

use std::path::{Path, PathBuf};

use crate::support::{assure, root};

fn customer(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Runs `answer` on `path`; asserts exit 2, the message, and the file unchanged.
#[track_caller]
fn refused(path: &Path, extra: &[&str], message: &str) {
    let before = std::fs::read(path).unwrap();
    let mut args = vec!["answer".to_owned(), path.display().to_string()];
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    args.push("--from".into());
    args.extend(super::accuracy::from("strong"));
    assure(&args).status(2).run().stderr_has(message);
    assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "the customer's file is untouched"
    );
}

#[test]
fn bad_input_is_a_clear_error_and_the_customers_file_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    refused(
        &customer(d, "notes.xlsx", b"Dear supplier, please fill this in."),
        &[],
        "this is not a spreadsheet",
    );
    let mut cfb = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    cfb.resize(4096, 0);
    refused(
        &customer(d, "locked.xlsx", &cfb),
        &[],
        "protected with a password to open",
    );
    refused(
        &customer(d, "prices.csv", b"Item,Price\nBread,2\nCake,3\n"),
        &[],
        "no question was found",
    );
    refused(
        &d.join("prices.csv"),
        &["--sheet", "Prices"],
        "error[invalid-import]: `--sheet` is for .xlsx workbooks; a CSV file has one table",
    );
    let csv = customer(d, "broken.csv", b"Ref,Question,Answer\n1,\"Do you use MFA?\",\n2,\"Do you back up daily?,\n3,Is Wi-Fi apart?,\n");
    refused(
        &csv,
        &[],
        "line 3, column 3: a quote opens a cell here and is never closed",
    );
}

/// A good workbook with options that cannot be followed: the same error
/// rules, and the customer's file untouched.
#[test]
fn bad_options_are_a_clear_error_and_the_customers_file_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let xlsx = d.join("northwind.xlsx");
    std::fs::copy(
        root().join("tests/fixtures/answer/customers/northwind.xlsx"),
        &xlsx,
    )
    .unwrap();
    refused(
        &xlsx,
        &["-o", &xlsx.display().to_string()],
        "would replace the customer's file",
    );
    let dotted = d.join(".").join("northwind.xlsx");
    refused(
        &xlsx,
        &["-o", &dotted.display().to_string()],
        "would replace the customer's file",
    );
    refused(
        &xlsx,
        &["-o", &d.join("copy.csv").display().to_string()],
        "written in the customer's format",
    );
    // The review's name is checked before any work: nothing is written.
    refused(
        &xlsx,
        &["--review", &d.join("review.pdf").display().to_string()],
        "`assure answer --review` does not write .pdf files; name the file .md (Markdown) or .html (HTML)",
    );
    assert!(!d.join("northwind-answered.xlsx").exists());
    // A folder that cannot be written: a file where the folder should be
    // (a read-only folder does not stop root, which CI runs as).
    let blocker = customer(d, "not-a-folder", b"");
    refused(
        &xlsx,
        &["-o", &blocker.join("out.xlsx").display().to_string()],
        "could not",
    );
    refused(&xlsx, &["--sheet", "Nope"], "no sheet named `Nope`");
    refused(
        &xlsx,
        &["--confirm", "99.99"],
        "error: no question has the reference `99.99`; use the references the review shows",
    );
    // 5.5 (encryption in transit) is matched to nothing the supplier said.
    refused(
        &xlsx,
        &["--confirm", "5.5"],
        "error: `5.5` has no match to confirm: none of your answers was matched to it; answer it yourself, in the sheet or in the draft",
    );
    let many: String = (0..5_001)
        .map(|i| format!("{i},Do you back up site {i} every day?\n"))
        .collect();
    refused(
        &customer(
            d,
            "many.csv",
            format!("Ref,Question,Answer\n{many}").as_bytes(),
        ),
        &[],
        "takes at most 5000",
    );
    assert!(!d.join("northwind-answered.xlsx").exists() || std::fs::read(&xlsx).is_ok());
}

#[test]
#[cfg(unix)]
fn a_read_only_folder_is_a_clear_error() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m));
    let dir = tempfile::tempdir().unwrap();
    // The program runs as `nobody` under root: it must reach the folder.
    mode(dir.path(), 0o755).unwrap();
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    let xlsx = ro.join("northwind.xlsx");
    std::fs::copy(
        root().join("tests/fixtures/answer/customers/northwind.xlsx"),
        &xlsx,
    )
    .unwrap();
    mode(&xlsx, 0o644).unwrap();
    mode(&ro, 0o555).unwrap();
    let before = std::fs::read(&xlsx).unwrap();
    let mut args = vec![
        "answer".to_owned(),
        xlsx.display().to_string(),
        "--from".into(),
    ];
    args.extend(super::accuracy::from("strong"));
    let out = assure(&args).unprivileged().status(2).run();
    out.stderr_has("could not write ");
    out.stderr_has("northwind-answered.xlsx: could not create a temporary file in");
    out.stderr_has("The customer's file is untouched");
    assert_eq!(
        std::fs::read(&xlsx).unwrap(),
        before,
        "the customer's file is untouched"
    );
    let left: Vec<_> = std::fs::read_dir(&ro)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        left,
        ["northwind.xlsx"],
        "nothing else is left in the folder"
    );
    mode(&ro, 0o755).unwrap();
}

#[test]
fn a_csv_file_keeps_its_rows_and_columns() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("northwind.csv");
    std::fs::copy(
        root().join("tests/fixtures/answer/customers/northwind.csv"),
        &input,
    )
    .unwrap();
    let mut args = vec![
        "answer".to_owned(),
        input.display().to_string(),
        "--links".into(),
        dir.path().join("l.yaml").display().to_string(),
        "--from".into(),
    ];
    args.extend(super::accuracy::from("strong"));
    assure(&args)
        .status(1)
        .run()
        .stdout_has("answers into C, comments into D");
    let read = |p: &Path| -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_path(p)
            .unwrap()
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    };
    let (a, b) = (
        read(&input),
        read(&dir.path().join("northwind-answered.csv")),
    );
    assert_eq!(a.len(), b.len(), "the same rows");
    let mut written = 0;
    for (ra, rb) in a.iter().zip(&b) {
        assert_eq!(ra.len(), rb.len(), "the same columns");
        for (i, (x, y)) in ra.iter().zip(rb).enumerate() {
            if x != y {
                assert!(
                    x.is_empty() && (i == 2 || i == 3),
                    "only empty answer and comment cells are written: {x:?} -> {y:?}"
                );
                written += usize::from(i == 2);
            }
        }
    }
    assert!(written >= 25, "{written} answers written");
}

#[test]
fn a_repeated_reference_gets_an_id_no_other_reference_gives() {
    let dir = tempfile::tempdir().unwrap();
    let csv = customer(
        dir.path(),
        "logs.csv",
        b"Ref,Question,Answer\n5.1,Are entry logs kept at the office?,\n5.1,Are entry logs kept at the data centre?,\n5.1.2,Are entry logs reviewed?,\n",
    );
    let mut args = vec![
        "answer".to_owned(),
        csv.display().to_string(),
        "--from".into(),
    ];
    args.extend(super::accuracy::from("strong"));
    assure(&args).any_status().run();
    let draft = std::fs::read_to_string(dir.path().join("logs-questionnaire.yaml")).unwrap();
    let ids: Vec<&str> = draft
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- id: "))
        .collect();
    assert_eq!(ids, ["questions", "5-1", "5-1-3", "5-1-2"], "{draft}");
}

/// A workbook with macros goes back as one: Excel opens a `.xlsm` package
/// only under that name, so the copy keeps it, and `-o` may not change it.
#[test]
fn a_workbook_with_macros_is_answered_as_one() {
    let dir = tempfile::tempdir().unwrap();
    let xlsm = dir.path().join("Northwind.XLSM");
    std::fs::copy(
        root().join("tests/fixtures/answer/customers/northwind.xlsx"),
        &xlsm,
    )
    .unwrap();
    refused(
        &xlsm,
        &["-o", &dir.path().join("copy.xlsx").display().to_string()],
        "the answered copy is written in the customer's format (.xlsm); name it",
    );
    let mut args = vec![
        "answer".to_owned(),
        xlsm.display().to_string(),
        "--from".into(),
    ];
    args.extend(super::accuracy::from("strong"));
    assure(&args).status(1).run();
    let copy = dir.path().join("Northwind-answered.xlsm");
    assert!(copy.exists(), "the copy is a .xlsm workbook");
    assert!(!dir.path().join("Northwind-answered.xlsx").exists());
    // And a workbook named .csv is read as the workbook it is, and answered
    // as one.
    let named_csv = dir.path().join("odd.csv");
    std::fs::copy(
        root().join("tests/fixtures/answer/customers/northwind.xlsx"),
        &named_csv,
    )
    .unwrap();
    let mut args = vec![
        "answer".to_owned(),
        named_csv.display().to_string(),
        "--from".into(),
    ];
    args.extend(super::accuracy::from("strong"));
    assure(&args).status(1).run();
    let copy = std::fs::read(dir.path().join("odd-answered.xlsx")).unwrap();
    assert!(copy.starts_with(b"PK\x03\x04"), "a workbook");
}
