//! The code keeps the shape docs/design.md describes: no module imports a
//! sibling in a circle, at any level of `src/`; functions are short and
//! commands' `run` shorter, and files small, in the program, its tests, its
//! benchmarks and its fuzz targets; every diagnostic code is
//! documented in docs/formats.md. The code is read with syn, whole files.

mod functions;
mod modules;

use std::collections::BTreeMap;

use crate::support::root;

/// The folders of Rust code the shape rules hold for: the program, its
/// tests, its benchmarks and its fuzz targets.
const CODE: [&str; 4] = ["src", "tests", "benches", "fuzz"];

#[test]
fn functions_are_short_and_commands_shorter() {
    let all: Vec<_> = CODE
        .iter()
        .flat_map(|d| functions::all(&root(), &root().join(d)))
        .collect();
    assert!(
        all.iter().any(|f| f.file.starts_with("benches/")),
        "the scan reads the benchmarks"
    );
    assert!(all.len() > 1000, "the scan found too little: {}", all.len());
    let long: Vec<String> = all
        .iter()
        .filter(|f| f.lines > 80)
        .map(|f| format!("{}:{} {} ({} lines)", f.file, f.line, f.name, f.lines))
        .collect();
    assert!(long.is_empty(), "functions over 80 lines: {long:#?}");
    let runs: Vec<String> = all
        .iter()
        .filter(|f| f.file.starts_with("src/cmd/") && f.public && f.name == "run" && f.lines > 60)
        .map(|f| format!("{}:{} ({} lines)", f.file, f.line, f.lines))
        .collect();
    assert!(
        runs.is_empty(),
        "commands whose run is over 60 lines: {runs:#?}"
    );
}

/// The scan measures what braces alone would miss: functions after
/// `#[cfg(test)]`, in nested modules, in impls and traits, with braces in
/// strings, characters and comments.
#[test]
fn the_function_scan_reads_whole_files() {
    let body = "    let _ = 1;\n".repeat(79);
    let text = format!(
        "fn short() {{ let _ = \"}}}}\"; }}\n\
         #[cfg(test)]\nmod tests {{\n    // }} {{\n    fn long() {{\n{body}    }}\n\
         trait T {{ fn provided(&self) {{ let _ = '}}'; }} }}\n}}\n"
    );
    let found = functions::functions_in("planted.rs", &text);
    let lines: BTreeMap<&str, usize> = found.iter().map(|f| (f.name.as_str(), f.lines)).collect();
    assert_eq!(
        lines,
        BTreeMap::from([("long", 81), ("provided", 1), ("short", 1)])
    );
}

#[test]
fn no_module_imports_a_sibling_in_a_circle() {
    let krate = modules::read_crate(&root().join("src/lib.rs"));
    assert!(krate.modules.len() > 150, "the scan found too little");
    let edges = krate.sibling_edges();
    assert!(
        edges[&Vec::new()].contains_key(&("cmd".into(), "load".into())),
        "{edges:#?}"
    );
    assert!(edges.len() > 10, "edges in too few folders: {edges:#?}");
    let cycles = modules::cycles(&krate);
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

/// A planted cycle two levels down is found, whether a sibling is named in a
/// `use`, in a macro's arguments or through a re-export; test-only code does
/// not count.
#[test]
fn a_planted_cycle_is_found_at_its_level() {
    let text = r#"
        mod outer {
            mod a {
                use super::b::X;
                pub struct Y;
                #[cfg(test)]
                mod tests { use crate::outer::c::Z; }
            }
            mod b {
                pub struct X;
                fn f() { println!("{}", crate::outer::c::Z::new()); }
            }
            mod c {
                pub use super::a::Y as Z;
            }
        }
    "#;
    let ast = syn::parse_file(text).unwrap();
    let mut krate = modules::Crate::default();
    modules::read_items(
        &mut krate,
        &ast.items,
        std::path::Path::new("."),
        Vec::new(),
    );
    let found = modules::cycles(&krate);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("outer: a → b → a\n"), "{}", found[0]);
    let text = text.replace("use super::b::X;", "");
    let ast = syn::parse_file(&text).unwrap();
    let mut krate = modules::Crate::default();
    modules::read_items(
        &mut krate,
        &ast.items,
        std::path::Path::new("."),
        Vec::new(),
    );
    assert_eq!(modules::cycles(&krate), Vec::<String>::new());
}

/// A meaning as the docs write it: a capital first letter.
fn sentence(meaning: &str) -> String {
    let mut c = meaning.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[test]
fn every_diagnostic_code_is_documented() {
    use assure::diagnostic::Code;
    let formats = std::fs::read_to_string(root().join("docs/formats.md")).unwrap();
    let table: Vec<&str> = formats
        .split("## Every diagnostic code")
        .nth(1)
        .expect("docs/formats.md has a section of every code")
        .lines()
        .filter(|l| l.starts_with("| `"))
        .collect();
    let want: Vec<String> = Code::ALL
        .iter()
        .map(|c| format!("| `{c}` | {} |", sentence(c.meaning())))
        .collect();
    let extra: Vec<&&str> = table
        .iter()
        .filter(|r| !want.iter().any(|w| w == *r))
        .collect();
    let missing: Vec<&String> = want
        .iter()
        .filter(|w| !table.contains(&w.as_str()))
        .collect();
    assert!(
        extra.is_empty() && missing.is_empty() && table.len() == want.len(),
        "the table of codes in docs/formats.md differs from src/diagnostic/code.rs\nnot in the code: {extra:#?}\nnot in the docs: {missing:#?}"
    );
    let unexplained: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| {
            formats.matches(&format!("`{c}`")).count() + formats.matches(&format!("[{c}]")).count()
                < 2
        })
        .collect();
    assert!(
        unexplained.is_empty(),
        "codes named only in the table, not where their rule is explained: {unexplained:?}"
    );
    for c in Code::ALL {
        assert_eq!(Code::from_name(c.as_str()), Some(*c));
    }
}

/// What is done one way on Unix and another on Windows lives in
/// `src/platform.rs`, each Unix body beside its Windows counterpart; the rest
/// of `src/` says nothing of either (tests may be marked Unix only).
#[test]
fn code_for_one_system_lives_in_platform_rs() {
    let marks = [
        "cfg(unix)",
        "cfg(not(unix))",
        "cfg(windows)",
        "cfg(not(windows))",
        "cfg!(unix)",
        "cfg!(windows)",
        "target_os",
        "target_family",
        "std::os::unix",
        "std::os::windows",
        "libc::",
    ];
    let mut found = Vec::new();
    for file in functions::rust_files(&root().join("src")) {
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        let is_test = file.ends_with("tests.rs") || file.ends_with("test.rs");
        if name == "src/platform.rs" || is_test {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, line) in text.lines().enumerate() {
            if let Some(mark) = marks.iter().find(|m| line.contains(*m)) {
                found.push(format!("{name}:{}: {mark}", i + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "code for one system outside src/platform.rs: {found:#?}"
    );
}

/// The tests start the binary one way, through `support::assure` (the memory
/// budget's helper runs it through the benchmarks' wait4 code).
#[test]
fn the_binary_is_launched_only_through_the_test_builder() {
    let allowed = ["tests/cli/support.rs", "tests/cli/budget.rs"];
    // Spelt in two pieces, so that this file does not find itself.
    let marks = [concat!("CARGO_BIN", "_EXE"), concat!("Command", "::new(")];
    let mut found = Vec::new();
    for file in functions::rust_files(&root().join("tests")) {
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        if allowed.contains(&name.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, line) in text.lines().enumerate() {
            if marks.iter().any(|m| line.contains(m)) {
                found.push(format!("{name}:{}", i + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the binary started another way: {found:#?}"
    );
}

/// Files stay small: none over 500 lines, in `src/`, the tests, the
/// benchmarks or the fuzz targets.
#[test]
fn no_file_is_over_500_lines() {
    let files: Vec<_> = CODE
        .iter()
        .flat_map(|d| functions::rust_files(&root().join(d)))
        .collect();
    assert!(
        files.len() > 400,
        "the scan found too little: {}",
        files.len()
    );
    let long: Vec<String> = files
        .iter()
        .filter_map(|file| {
            let lines = std::fs::read_to_string(file).unwrap().lines().count();
            let name = file.strip_prefix(root()).unwrap().display().to_string();
            (lines > 500).then(|| format!("{name} ({lines} lines)"))
        })
        .collect();
    assert!(long.is_empty(), "files over 500 lines: {long:#?}");
}
