//! Every function of every file under `src/`, tests included, with its length
//! in lines, read with syn: free functions, methods, a trait's provided
//! methods, and functions nested in others. A function runs from the line of
//! its `fn` to the line of its closing brace; its doc comment and attributes
//! do not count.

use std::path::{Path, PathBuf};

use syn::spanned::Spanned;
use syn::visit::Visit;

/// One function: where it is, its name, how long it is, whether it is `pub`.
#[derive(Debug)]
pub struct Function {
    pub file: String,
    pub line: usize,
    pub name: String,
    pub lines: usize,
    pub public: bool,
}

/// Every `.rs` file under `dir`.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The functions of the source text `text` of file `name`.
pub fn functions_in(name: &str, text: &str) -> Vec<Function> {
    let ast = syn::parse_file(text).unwrap_or_else(|e| {
        let at = e.span().start();
        panic!("{name}:{}:{}: {e}", at.line, at.column + 1)
    });
    let mut v = Finder {
        file: name.to_owned(),
        found: Vec::new(),
    };
    v.visit_file(&ast);
    v.found
}

struct Finder {
    file: String,
    found: Vec<Function>,
}

impl Finder {
    fn add(&mut self, sig: &syn::Signature, body: &syn::Block, public: bool) {
        let first = sig.span().start().line;
        let last = body.brace_token.span.close().end().line;
        self.found.push(Function {
            file: self.file.clone(),
            line: first,
            name: sig.ident.to_string(),
            lines: last + 1 - first,
            public,
        });
    }
}

impl<'ast> Visit<'ast> for Finder {
    fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
        let public = matches!(f.vis, syn::Visibility::Public(_));
        self.add(&f.sig, &f.block, public);
        syn::visit::visit_item_fn(self, f);
    }

    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        let public = matches!(f.vis, syn::Visibility::Public(_));
        self.add(&f.sig, &f.block, public);
        syn::visit::visit_impl_item_fn(self, f);
    }

    fn visit_trait_item_fn(&mut self, f: &'ast syn::TraitItemFn) {
        if let Some(body) = &f.default {
            self.add(&f.sig, body, true);
        }
        syn::visit::visit_trait_item_fn(self, f);
    }
}

/// Every function under `dir`, with file names relative to `root`.
pub fn all(root: &Path, dir: &Path) -> Vec<Function> {
    rust_files(dir)
        .iter()
        .flat_map(|file| {
            let name = file.strip_prefix(root).unwrap().display().to_string();
            functions_in(&name, &std::fs::read_to_string(file).unwrap())
        })
        .collect()
}
