//! Compiles every file in `questionnaires/` into the binary, so that the bundled
//! questionnaires need no files at run time and a new one needs no code change.

use std::fs;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=questionnaires");
    let mut files: Vec<String> = fs::read_dir("questionnaires")
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".yaml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let mut out = String::from(
        "/// (file name, text) of every bundled questionnaire and profile.\npub const FILES: &[(&str, &str)] = &[\n",
    );
    for name in &files {
        let path = Path::new(&root).join("questionnaires").join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("bundled.rs");
    if fs::read_to_string(&dest).ok().as_deref() != Some(out.as_str()) {
        fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
    }
}
