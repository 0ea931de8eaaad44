//! The examples in `examples/` are valid, and their committed reports are what the
//! current code produces. `UPDATE_GOLDEN=1 cargo test examples` rewrites the
//! reports; read the diff before committing it.

use std::fs;

use crate::golden;
use crate::support::{assure, root};

const CONFIG: &str = "examples/assure.toml";

fn answers_files() -> Vec<String> {
    let mut files: Vec<String> = fs::read_dir(root().join("examples/answers"))
        .unwrap()
        .map(|e| {
            format!(
                "examples/answers/{}",
                e.unwrap().file_name().to_string_lossy()
            )
        })
        .filter(|f| f.ends_with(".yaml"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_example_validates_without_a_warning() {
    let mut args = vec!["--config".to_string(), CONFIG.into(), "validate".into()];
    args.extend([
        "examples/own-questionnaire.yaml".into(),
        "examples/own-profile.yaml".into(),
        "examples/import/northwind-supplier-security.yaml".into(),
    ]);
    args.extend(answers_files());
    let o = assure(&args).run();
    assert!(
        !o.stderr.contains("warning") && !o.stderr.contains("error"),
        "{}",
        o.stderr
    );
    // Each bundled questionnaire is answered by at least one example.
    for id in [
        "sme-baseline",
        "msp-review",
        "insurance-readiness",
        "supplier-check",
    ] {
        o.stdout_has(&format!("answers file `{id}`"));
    }
}

#[test]
fn the_committed_example_reports_are_current() {
    let dir = tempfile::tempdir().unwrap();
    // The comparison of the bakery's two visits is flow::examples's.
    let mut golden = golden::Folder::new("examples/reports")
        .only(|name| !name.starts_with("harbour-bakery-compare."));
    for format in ["markdown", "html", "json", "csv", "oscal", "summary"] {
        let mut args = vec!["--config".to_string(), CONFIG.into(), "report".into()];
        args.extend(answers_files());
        args.extend([
            "--format".into(),
            format.into(),
            "--quiet".into(),
            "--no-index".into(),
            "-o".into(),
            dir.path().display().to_string(),
        ]);
        assure(&args).run();
    }
    // The statement each business would send a customer.
    for answers in answers_files() {
        let stem = answers
            .trim_end_matches(".yaml")
            .rsplit('/')
            .next()
            .unwrap();
        let out = dir.path().join(format!("{stem}.statement.md"));
        assure([
            "--config",
            CONFIG,
            "statement",
            &answers,
            "-o",
            out.to_str().unwrap(),
        ])
        .run();
    }
    let mut made: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    made.sort();
    assert_eq!(made.len(), answers_files().len() * 7);
    for path in made {
        let name = path.file_name().unwrap();
        let new = fs::read_to_string(&path).unwrap();
        golden.check(name, &new);
    }
    golden.finish();
}

#[test]
fn the_profile_in_the_readme_works_as_shown() {
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    let start = readme
        .find("# supplier-lite.yaml\n")
        .expect("the README's profile example");
    let end = start + readme[start..].find("```").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("supplier-lite.yaml");
    fs::write(&path, &readme[start..end]).unwrap();
    let o = assure(["validate", path.to_str().unwrap()]).run();
    assert!(!o.stderr.contains("warning"), "{}", o.stderr);
    o.stdout_has("profile `acme-supplier-lite`");
}

/// The command that made `examples/import/northwind-supplier-security.yaml`,
/// as the README shows it: the header row under the workbook's two title rows
/// is found without `--header-rows`, as `answer` finds it.
const IMPORT: [&str; 9] = [
    "import",
    "examples/import/supplier-security-questionnaire.xlsx",
    "--columns",
    "id=A,section=B,text=C,help=D,type=E,options=F,critical=G,recommendation=H,evidence=I,maps.nist-csf-2.0=J",
    "--id",
    "northwind-supplier-security",
    "--title",
    "Northwind Logistics supplier security questionnaire",
    "-o",
];

#[test]
fn the_committed_import_is_current_and_the_csv_gives_the_same_questions() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("draft.yaml");
    let mut args: Vec<String> = IMPORT.iter().map(|s| (*s).to_string()).collect();
    args.push(out.display().to_string());
    let o = assure(&args).run();
    o.stderr_has("29 questions in 6 sections; 7 rows left out");
    let made = fs::read_to_string(&out).unwrap();
    let mut golden = golden::Folder::new("examples/import").only(|name| name.ends_with(".yaml"));
    golden.check("northwind-supplier-security.yaml", &made);
    golden.finish();
    // The same table as CSV, without the workbook's title rows.
    let csv_out = dir.path().join("from-csv.yaml");
    let mut args: Vec<String> = IMPORT.iter().map(|s| (*s).to_string()).collect();
    args[1] = "examples/import/supplier-security-questionnaire.csv".into();
    args.push(csv_out.display().to_string());
    assure(&args).run();
    let from_csv = fs::read_to_string(&csv_out).unwrap();
    // Only the comments naming cells and the source differ.
    let body = |s: &str| {
        s.lines()
            .filter(|l| !l.trim_start().starts_with('#') && !l.starts_with("description"))
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(body(&from_csv), body(&made));
}
