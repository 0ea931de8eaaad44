//! Input sets of at most 1 MiB in all, each written to cost as much as it can
//! in one run of `assure` (issue 20): many files whose aliases each stay under
//! the limit of one file, a chain of profiles, words longer than any column, a
//! config that names one folder many times, a workbook whose shared strings
//! inflate to millions of empty texts, customer sheets that are broken or full
//! of escapes. Shared by `cargo bench --bench scaling` (release figures, in
//! BENCHMARKS.md) and the slow tier's budget test (the same bounds).

use std::fmt::Write as _;
use std::io::{Read, Write as _};
use std::path::{Path, PathBuf};

/// The most bytes of input in one set.
pub const MAX_SET_BYTES: u64 = 1024 * 1024;

/// One input set, written in a folder of its own, and the runs that read it.
pub struct Set {
    pub name: &'static str,
    pub dir: PathBuf,
    /// Each run's arguments, after `assure`.
    pub runs: Vec<Vec<String>>,
}

/// The questionnaire the answers fixtures answer (ids `cloud`, `backup`, ...).
const Q: &str = include_str!("../tests/fixtures/invalid/answers/_questionnaire.yaml");

/// An answers file for [`Q`]: one note of `note` bytes, aliased as evidence
/// `times` times.
pub fn aliased_answers(note: usize, times: usize) -> String {
    let mut s = String::from(
        "questionnaire: { id: q, version: 1.0.0 }\nrespondent: { organisation: Budget Ltd }\nanswers:\n",
    );
    let _ = writeln!(
        s,
        "  cloud: {{ answer: yes, note: &n \"{}\" }}",
        "n".repeat(note)
    );
    s.push_str("  backup: { answer: daily, evidence: [");
    s.push_str(&vec!["*n"; times].join(", "));
    s.push_str("] }\n");
    s
}

/// A profile of `base` whose overrides alias one text of 60 KB as the help,
/// why, evidence and recommendation of 66 questions of the bundled
/// sme-baseline: 15.8 MB of text, under the limit of one file.
pub fn aliased_profile(id: &str, base: &str) -> String {
    let sme = include_str!("../questionnaires/sme-baseline.yaml");
    let mut s = format!(
        "id: {id}\ntitle: Aliased\nversion: 1.0.0\nbase: {base}\ndescription: &t \"{}\"\noverrides:\n",
        "t".repeat(60_000)
    );
    // Question ids: an `- id:` line that a question's `text:` follows.
    let lines: Vec<&str> = sme.lines().collect();
    let ids = lines.windows(2).filter_map(|w| {
        let id = w[0].strip_prefix("      - id: ")?;
        w[1].starts_with("        text:").then_some(id)
    });
    for q in ids.take(66) {
        let _ = writeln!(
            s,
            "  {q}: {{ help: *t, why: *t, evidence: *t, recommendation: {{ title: x, text: *t, effort: low }} }}"
        );
    }
    s
}

/// A questionnaire of `questions` questions, each one word of 65,000 letters.
pub fn long_words(id: &str, title: &str, questions: usize) -> String {
    let word = "w".repeat(65_000);
    let mut q = format!(
        "id: {id}\ntitle: \"{title}\"\nversion: 1.0.0\nsections:\n  - id: s\n    title: S\n    questions:\n"
    );
    for i in 0..questions {
        let _ = writeln!(
            q,
            "      - {{ id: q{i}, text: {word}, recommendation: {{ title: x, text: y, effort: low }} }}"
        );
    }
    q
}

/// `template`, a workbook, with `empty` empty texts (and one short random
/// text in twenty, so that the part does not compress like a zip bomb) added
/// to its shared strings, and no count declared.
pub fn inflated_workbook(template: &[u8], empty: usize) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(template)).unwrap();
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        let name = part.name().unwrap().into_owned();
        let mut xml = String::new();
        part.read_to_string(&mut xml).unwrap();
        if name == "xl/sharedStrings.xml" {
            let end = xml.rfind("</sst>").unwrap();
            let mut more = String::with_capacity(empty * 6);
            for k in 0..empty {
                more.push_str("<si/>");
                if k % 20 == 0 {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    let _ = write!(more, "<si><t>{seed:x}</t></si>");
                }
            }
            xml.insert_str(end, &more);
            let open = xml.find("<sst").unwrap();
            let close = open + xml[open..].find('>').unwrap();
            xml.replace_range(
                open..close,
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"",
            );
        }
        w.start_file(name, deflated).unwrap();
        w.write_all(xml.as_bytes()).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|&a| a.to_owned()).collect()
}

fn folder(root: &Path, name: &str) -> PathBuf {
    let dir = root.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("q.yaml"), Q).unwrap();
    dir
}

/// 32 answers files of 32 KB, each a 30 KB note aliased 520 times.
fn many_aliased(root: &Path) -> Set {
    let dir = folder(root, "many-aliased-files");
    let text = aliased_answers(30_000, 520);
    let files: Vec<String> = (0..32).map(|i| format!("a{i:02}.yaml")).collect();
    for f in &files {
        std::fs::write(dir.join(f), &text).unwrap();
    }
    let with = |head: &[&str], n: usize| {
        let mut a = args(head);
        a.extend(files[..n].iter().cloned());
        a
    };
    Set {
        name: "32 files, each aliased to 15.6 MB",
        dir,
        runs: vec![
            with(&["prefill", "q.yaml", "-o", "p.yaml", "--from"], 32),
            with(&["merge", "a00.yaml", "-q", "q.yaml", "-o", "m.yaml"], 13),
            with(&["report", "-q", "q.yaml", "-o", "out/", "--quiet"], 32),
            with(&["validate", "-q", "q.yaml"], 32),
            args(&[
                "compare", "a00.yaml", "a01.yaml", "-q", "q.yaml", "-o", "c.md",
            ]),
        ],
    }
}

/// One file whose aliases add 16.7 MB, and a reply: what `merge` would write
/// is larger than what `assure` reads.
fn over_the_read_limit(root: &Path) -> Set {
    let dir = folder(root, "write-past-the-read-limit");
    std::fs::write(dir.join("a.yaml"), aliased_answers(60_000, 279)).unwrap();
    std::fs::write(
        dir.join("r.yaml"),
        "questionnaire: { id: q, version: 1.0.0 }\nrespondent: { role: accountant }\nanswers: { staff: 5, notes: hello }\n",
    )
    .unwrap();
    Set {
        name: "one file aliased to 16.7 MB",
        dir,
        runs: vec![
            args(&["merge", "a.yaml", "r.yaml", "-q", "q.yaml"]),
            args(&["prefill", "q.yaml", "--from", "a.yaml", "-o", "p.yaml"]),
            args(&["report", "a.yaml", "-q", "q.yaml", "-o", "r.html"]),
        ],
    }
}

/// Four profiles, each on the one before, each aliased to 15.8 MB.
fn profile_chain(root: &Path) -> Set {
    let dir = folder(root, "profile-chain");
    std::fs::write(dir.join("p1.yaml"), aliased_profile("p1", "sme-baseline")).unwrap();
    for n in 2..=4 {
        let base = format!("p{}.yaml", n - 1);
        std::fs::write(
            dir.join(format!("p{n}.yaml")),
            aliased_profile(&format!("p{n}"), &base),
        )
        .unwrap();
    }
    Set {
        name: "a chain of 4 aliased profiles",
        dir,
        runs: vec![
            args(&["show", "p4.yaml", "-o", "s.txt"]),
            args(&["show", "p4.yaml", "--format", "html", "-o", "s.html"]),
            args(&["trim", "p1.yaml", "-o", "t.yaml"]),
            args(&["template", "p1.yaml", "-o", "t.xlsx"]),
            args(&["validate", "p1.yaml", "p2.yaml", "p3.yaml", "p4.yaml"]),
        ],
    }
}

/// 8 questions of one 65,000-letter word each; 4 configured questionnaires
/// whose titles are words of 40,000 letters.
fn long_words_set(root: &Path) -> Set {
    let dir = folder(root, "long-words");
    std::fs::write(dir.join("long.yaml"), long_words("long", "Long", 8)).unwrap();
    std::fs::create_dir(dir.join("qs")).unwrap();
    let title = "t".repeat(40_000);
    for n in 0..4 {
        let q = long_words(&format!("long-{n}"), &title, 1);
        std::fs::write(dir.join(format!("qs/q{n}.yaml")), q).unwrap();
    }
    std::fs::write(dir.join("assure.toml"), "questionnaire_dirs = [\"qs\"]\n").unwrap();
    std::fs::write(
        dir.join("a.yaml"),
        "questionnaire: { id: long }\nanswers: {}\n",
    )
    .unwrap();
    Set {
        name: "words of 40,000 and 65,000 letters",
        dir,
        runs: vec![
            args(&["show", "long.yaml", "-o", "s.txt"]),
            args(&["show", "long.yaml", "--format", "html", "-o", "s.html"]),
            args(&["list"]),
            args(&["template", "long.yaml", "-o", "t.yaml"]),
            args(&["template", "long.yaml", "-o", "t.xlsx"]),
            args(&["report", "a.yaml", "-q", "long.yaml", "-o", "r.html"]),
        ],
    }
}

/// A config naming the folder of a 900 KB questionnaire 64 times (the most
/// it may) in as many spellings, and one naming it 1,000 times.
fn repeated_config(root: &Path) -> Set {
    let dir = folder(root, "config-repeats");
    std::fs::create_dir(dir.join("qs")).unwrap();
    std::fs::write(dir.join("qs/long.yaml"), long_words("long", "Long", 14)).unwrap();
    let names: Vec<String> = (0..64)
        .map(|i| format!("\"qs{}\"", "/.".repeat(i)))
        .collect();
    std::fs::write(
        dir.join("assure.toml"),
        format!("questionnaire_dirs = [{}]\n", names.join(", ")),
    )
    .unwrap();
    let many = vec!["\".\""; 1000].join(", ");
    std::fs::write(
        dir.join("many.toml"),
        format!("questionnaire_dirs = [{many}]\n"),
    )
    .unwrap();
    std::fs::write(
        dir.join("a.yaml"),
        "questionnaire: { id: long }\nanswers: {}\n",
    )
    .unwrap();
    Set {
        name: "a config naming one folder 64 and 1,000 times",
        dir,
        runs: vec![
            args(&["list"]),
            args(&["report", "a.yaml", "-o", "r.md"]),
            args(&["--config", "many.toml", "list"]),
        ],
    }
}

/// A 600 KB workbook whose shared strings hold a million empty texts.
fn shared_strings(root: &Path, assure: &str) -> Set {
    let dir = folder(root, "shared-strings");
    let template = dir.join("template.xlsx");
    let made = std::process::Command::new(assure)
        .args(["template", "q.yaml", "-o"])
        .arg(&template)
        .current_dir(&dir)
        .status()
        .unwrap();
    assert!(made.success());
    let book = inflated_workbook(&std::fs::read(&template).unwrap(), 1_000_000);
    std::fs::remove_file(&template).unwrap();
    std::fs::write(dir.join("answers.xlsx"), &book).unwrap();
    Set {
        name: "a workbook of a million empty texts",
        dir,
        runs: vec![
            args(&["validate", "answers.xlsx", "-q", "q.yaml"]),
            args(&["report", "answers.xlsx", "-q", "q.yaml", "-o", "r.md"]),
            args(&[
                "import",
                "answers.xlsx",
                "--columns",
                "text=B",
                "-o",
                "d.yaml",
            ]),
            args(&[
                "merge",
                "answers.xlsx",
                "answers.xlsx",
                "-q",
                "q.yaml",
                "-o",
                "m.yaml",
            ]),
        ],
    }
}

/// Customer sheets of 250 KB each: one cell, a quote never closed, 10,000
/// short rows; and one full of escape sequences.
fn sheets(root: &Path) -> Set {
    let dir = folder(root, "customer-sheets");
    std::fs::write(
        dir.join("cell.csv"),
        format!("Question\n{}\n", "c".repeat(250_000)),
    )
    .unwrap();
    let mut open = String::from("Question\n\"never closed\n");
    while open.len() < 250_000 {
        open.push_str("Is this a question, or part of the one before?\n");
    }
    std::fs::write(dir.join("open.csv"), open).unwrap();
    let mut rows = String::from("Section,Question\n");
    let mut i = 0;
    while rows.len() < 250_000 {
        let _ = writeln!(rows, "S{},Do you do thing {i}?", i / 100);
        i += 1;
    }
    std::fs::write(dir.join("rows.csv"), rows).unwrap();
    std::fs::write(
        dir.join("sheet.csv"),
        include_str!("../tests/fixtures/hostile/sheet.csv"),
    )
    .unwrap();
    let import = |file: &str, columns: &str, out: &str| {
        args(&["import", file, "--columns", columns, "-o", out])
    };
    Set {
        name: "customer sheets (CSV)",
        dir,
        runs: vec![
            import("cell.csv", "text=A", "d1.yaml"),
            import("open.csv", "text=A", "d2.yaml"),
            import("rows.csv", "section=A,text=B", "d3.yaml"),
            import(
                "sheet.csv",
                "section=A,text=B,help=C,type=D,options=E",
                "d4.yaml",
            ),
        ],
    }
}

/// Every set, written under `root`; `assure` makes the workbook's template.
pub fn all(root: &Path, assure: &str) -> Vec<Set> {
    let sets = vec![
        many_aliased(root),
        over_the_read_limit(root),
        profile_chain(root),
        long_words_set(root),
        repeated_config(root),
        shared_strings(root, assure),
        sheets(root),
    ];
    for s in &sets {
        assert!(
            size(&s.dir) <= MAX_SET_BYTES,
            "{}: {} bytes",
            s.name,
            size(&s.dir)
        );
    }
    sets
}

/// The bytes of every file under `dir`.
pub fn size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| {
            let m = e.metadata().unwrap();
            if m.is_dir() { size(&e.path()) } else { m.len() }
        })
        .sum()
}
