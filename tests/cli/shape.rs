//! The code keeps the shape docs/design.md describes: top-level modules that do
//! not import each other in a circle, short commands and functions, and every
//! diagnostic code documented in docs/formats.md.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::support::root;

/// Every `.rs` file under `dir`, but tests (`tests.rs`, `test.rs`).
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !matches!(
                    path.file_name().and_then(|n| n.to_str()),
                    Some("tests.rs" | "test.rs")
                )
            {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The top-level module a file of `src/` belongs to.
fn top_module(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_owned()
}

/// The code of a file before its `#[cfg(test)]` module, without comments.
fn code(file: &Path) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => &text,
    };
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Which top-level modules each one names with `crate::`.
fn edges() -> BTreeMap<String, BTreeSet<String>> {
    let src = root().join("src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in sources(&src) {
        let from = top_module(&src, &file);
        if matches!(from.as_str(), "main" | "lib") {
            continue;
        }
        let text = code(&file);
        for (i, _) in text.match_indices("crate::") {
            let before = text[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                continue;
            }
            let rest = &text[i + "crate::".len()..];
            let mut names: Vec<&str> = Vec::new();
            if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                names.extend(
                    group[..end]
                        .split(',')
                        .map(|s| s.trim().split("::").next().unwrap_or("")),
                );
            } else {
                let end = rest
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(rest.len());
                names.push(&rest[..end]);
            }
            for to in names {
                if !to.is_empty() && to != from {
                    graph.entry(from.clone()).or_default().insert(to.to_owned());
                }
            }
        }
    }
    graph
}

/// A cycle in the graph, if there is one, as the path around it.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == node) {
            let mut c = path[i..].to_vec();
            c.push(node.to_owned());
            return Some(c);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

#[test]
fn top_level_modules_do_not_import_each_other_in_a_circle() {
    let graph = edges();
    assert!(graph.len() > 10, "the scan found too little: {graph:?}");
    assert!(graph["cmd"].contains("load"), "{graph:?}");
    if let Some(c) = cycle(&graph) {
        panic!("an import cycle: {}\n{graph:#?}", c.join(" → "));
    }
    let mut looped = graph.clone();
    looped
        .entry("load".into())
        .or_default()
        .insert("cmd".into());
    assert!(cycle(&looped).is_some(), "the cycle finder finds nothing");
}

/// `line` with the contents of string and character literals blanked out, so
/// that braces inside them are not counted.
fn without_literals(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        match (in_string, c) {
            (true, '\\') => {
                chars.next();
            }
            (true, '"') => {
                in_string = false;
                out.push('"');
            }
            (true, _) => {}
            (false, '"') => {
                in_string = true;
                out.push('"');
            }
            (false, '\'') if matches!(chars.peek(), Some('{' | '}')) => {
                chars.next();
                out.push_str("' '");
            }
            (false, c) => out.push(c),
        }
    }
    out
}

/// Each function outside tests, with its file, first line and length.
fn functions() -> Vec<(String, usize, usize, String)> {
    let mut out = Vec::new();
    for file in sources(&root().join("src")) {
        let lines: Vec<String> = code(&file).lines().map(without_literals).collect();
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        let mut i = 0;
        while i < lines.len() {
            let t = lines[i].trim_start();
            let is_fn = [
                "fn ",
                "pub fn ",
                "pub(crate) fn ",
                "pub(super) fn ",
                "const fn ",
            ]
            .iter()
            .any(|p| t.starts_with(p));
            if !is_fn {
                i += 1;
                continue;
            }
            let (mut depth, mut opened, mut j) = (0i32, false, i);
            while j < lines.len() {
                depth +=
                    lines[j].matches('{').count() as i32 - lines[j].matches('}').count() as i32;
                opened |= lines[j].contains('{');
                if (opened && depth <= 0) || (!opened && lines[j].trim_end().ends_with(';')) {
                    break;
                }
                j += 1;
            }
            out.push((name.clone(), i + 1, j - i + 1, t.to_owned()));
            i = j + 1;
        }
    }
    out
}

#[test]
fn functions_are_short_and_commands_shorter() {
    let all = functions();
    assert!(all.len() > 200, "the scan found too little: {}", all.len());
    let long: Vec<String> = all
        .iter()
        .filter(|(_, _, n, _)| *n > 80)
        .map(|(f, l, n, _)| format!("{f}:{l} ({n} lines)"))
        .collect();
    assert!(long.is_empty(), "functions over 80 lines: {long:#?}");
    let runs: Vec<String> = all
        .iter()
        .filter(|(f, _, n, sig)| {
            f.starts_with("src/cmd/") && sig.starts_with("pub fn run(") && *n > 60
        })
        .map(|(f, l, n, _)| format!("{f}:{l} ({n} lines)"))
        .collect();
    assert!(
        runs.is_empty(),
        "commands whose run is over 60 lines: {runs:#?}"
    );
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
