//! The modules of `src/` and what each one uses, read with syn: a module per
//! file (`a/b.rs` and `a/b/mod.rs` are `a::b`) and per inline `mod x { .. }`,
//! and, for each, the modules its paths lead to. A path counts wherever it is
//! written: `use` trees, types, expressions, patterns, and the tokens of macro
//! calls (`format!("{}", crate::x::y())`). It is resolved as the compiler
//! would: `crate::`, `self::`, `super::`, a child module's name, or a name a
//! `use` brought in (re-exports followed). Code only compiled for tests
//! (`#[cfg(test)]`) is left out: a test may use a helper that uses the module
//! under test.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

/// A module's path from the crate root: `["export", "report"]`.
pub type ModPath = Vec<String>;

/// One module: what it declares and what it refers to.
#[derive(Default, Debug)]
pub struct Module {
    /// Child modules declared here.
    pub children: BTreeSet<String>,
    /// Names a `use` brought in: name → full path (not resolved yet).
    pub aliases: BTreeMap<String, ModPath>,
    /// Glob imports: `use a::b::*` → `a::b` (not resolved yet).
    pub globs: Vec<ModPath>,
    /// Every path written in the module's code, as written.
    pub paths: Vec<ModPath>,
}

/// Every module of a crate.
#[derive(Default, Debug)]
pub struct Crate {
    pub modules: BTreeMap<ModPath, Module>,
}

/// Whether attributes hold `#[cfg(test)]`.
fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.parse_args::<syn::Meta>()
                .is_ok_and(|m| m.path().is_ident("test"))
    })
}

/// The modules of the crate rooted at `root_file` (`src/lib.rs`), following
/// `mod x;` to `x.rs` or `x/mod.rs` as the compiler does.
pub fn read_crate(root_file: &Path) -> Crate {
    let mut krate = Crate::default();
    let dir = root_file.parent().unwrap().to_path_buf();
    read_file(&mut krate, root_file, &dir, Vec::new());
    krate
}

fn read_file(krate: &mut Crate, file: &Path, dir: &Path, at: ModPath) {
    let text = std::fs::read_to_string(file).unwrap();
    let ast = syn::parse_file(&text).unwrap_or_else(|e| {
        panic!(
            "{}:{}:{}: {e}",
            file.display(),
            e.span().start().line,
            e.span().start().column + 1
        )
    });
    read_items(krate, &ast.items, dir, at);
}

/// The module at `at` made of `items`; `dir` is where its `mod x;` files are.
pub fn read_items(krate: &mut Crate, items: &[syn::Item], dir: &Path, at: ModPath) {
    let mut module = Module::default();
    let mut later = Vec::new();
    for item in items {
        match item {
            syn::Item::Mod(m) if is_test_only(&m.attrs) => {}
            syn::Item::Mod(m) => {
                let name = m.ident.to_string();
                module.children.insert(name.clone());
                later.push((m, name));
            }
            other => collect(&mut module, other),
        }
    }
    krate.modules.insert(at.clone(), module);
    for (m, name) in later {
        let mut child = at.clone();
        child.push(name.clone());
        let sub = dir.join(&name);
        match &m.content {
            Some((_, items)) => read_items(krate, items, &sub, child),
            None => {
                let file = [dir.join(format!("{name}.rs")), sub.join("mod.rs")]
                    .into_iter()
                    .find(|f| f.is_file())
                    .unwrap_or_else(|| panic!("no file for `mod {name};` in {}", dir.display()));
                read_file(krate, &file, &sub, child);
            }
        }
    }
}

/// The paths and `use`s of one item, test-only code left out.
fn collect(module: &mut Module, item: &syn::Item) {
    let mut v = Collector { module };
    v.visit_item(item);
}

struct Collector<'a> {
    module: &'a mut Module,
}

fn segments(path: &syn::Path) -> ModPath {
    path.segments.iter().map(|s| s.ident.to_string()).collect()
}

impl Collector<'_> {
    fn use_tree(&mut self, prefix: &ModPath, tree: &syn::UseTree) {
        let mut at = prefix.clone();
        match tree {
            syn::UseTree::Path(p) => {
                at.push(p.ident.to_string());
                self.use_tree(&at, &p.tree);
            }
            syn::UseTree::Name(n) => {
                let name = n.ident.to_string();
                if name == "self" {
                    self.alias(prefix.last().cloned(), prefix.clone());
                } else {
                    at.push(name.clone());
                    self.alias(Some(name), at);
                }
            }
            syn::UseTree::Rename(r) => {
                if r.ident != "self" {
                    at.push(r.ident.to_string());
                }
                self.alias(Some(r.rename.to_string()), at);
            }
            syn::UseTree::Glob(_) => {
                self.module.globs.push(at.clone());
                self.module.paths.push(at);
            }
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.use_tree(prefix, t);
                }
            }
        }
    }

    fn alias(&mut self, name: Option<String>, path: ModPath) {
        if let Some(name) = name.filter(|n| n != "_") {
            self.module.aliases.insert(name, path.clone());
        }
        self.module.paths.push(path);
    }

    /// Paths in the tokens of a macro call: `a::b::c` sequences.
    fn tokens(&mut self, tokens: TokenStream) {
        let mut path: ModPath = Vec::new();
        let mut colons = 0;
        for t in tokens {
            match t {
                TokenTree::Ident(i) if path.is_empty() || colons == 2 => {
                    path.push(i.to_string());
                    colons = 0;
                }
                TokenTree::Punct(p) if p.as_char() == ':' && !path.is_empty() => colons += 1,
                other => {
                    self.macro_path(std::mem::take(&mut path));
                    colons = 0;
                    if let TokenTree::Group(g) = other {
                        self.tokens(g.stream());
                    } else if let TokenTree::Ident(i) = other {
                        path.push(i.to_string());
                    }
                }
            }
        }
        self.macro_path(path);
    }

    fn macro_path(&mut self, path: ModPath) {
        if path.len() > 1 {
            self.module.paths.push(path);
        }
    }
}

impl<'ast> Visit<'ast> for Collector<'_> {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let attrs = match item {
            syn::Item::Fn(i) => &i.attrs,
            syn::Item::Impl(i) => &i.attrs,
            syn::Item::Use(i) => &i.attrs,
            syn::Item::Const(i) => &i.attrs,
            syn::Item::Static(i) => &i.attrs,
            syn::Item::Struct(i) => &i.attrs,
            syn::Item::Enum(i) => &i.attrs,
            syn::Item::Trait(i) => &i.attrs,
            syn::Item::Mod(i) => &i.attrs,
            _ => &Vec::new(),
        };
        if is_test_only(attrs) {
            return;
        }
        syn::visit::visit_item(self, item);
    }

    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        if !is_test_only(&f.attrs) {
            syn::visit::visit_impl_item_fn(self, f);
        }
    }

    fn visit_item_use(&mut self, u: &'ast syn::ItemUse) {
        let root = if u.leading_colon.is_some() {
            vec!["::".to_owned()]
        } else {
            Vec::new()
        };
        self.use_tree(&root, &u.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        if path.leading_colon.is_none() && path.segments.len() > 1 {
            self.module.paths.push(segments(path));
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        self.visit_path(&m.path);
        self.tokens(m.tokens.clone());
    }
}

impl Crate {
    /// The module a path written in module `at` leads to, as deep as it goes
    /// (a function or type in a module leads to the module); `None` for
    /// paths outside the crate (std, other crates, local names).
    pub fn resolve(&self, at: &ModPath, path: &[String]) -> Option<ModPath> {
        self.resolve_within(at, path, 0)
    }

    fn resolve_within(&self, at: &ModPath, path: &[String], depth: usize) -> Option<ModPath> {
        if depth > 16 || path.is_empty() {
            return None;
        }
        let (mut base, rest) = match path[0].as_str() {
            "crate" => (Vec::new(), &path[1..]),
            "self" => (at.clone(), &path[1..]),
            "super" => {
                let mut base = at.clone();
                let mut i = 0;
                while path.get(i).is_some_and(|s| s == "super") {
                    base.pop()?;
                    i += 1;
                }
                (base, &path[i..])
            }
            first => {
                let module = self.modules.get(at)?;
                if module.children.contains(first) {
                    (at.clone(), path)
                } else if let Some(target) = module.aliases.get(first) {
                    let mut full = target.clone();
                    full.extend(path[1..].iter().cloned());
                    let from = at[..at.len()].to_vec();
                    return self.resolve_within(&from, &full, depth + 1);
                } else {
                    return None;
                }
            }
        };
        for (i, seg) in rest.iter().enumerate() {
            let module = self.modules.get(&base)?;
            if module.children.contains(seg) {
                base.push(seg.clone());
            } else if let Some(target) = module.aliases.get(seg) {
                // A re-export: follow it from the module that makes it.
                let mut full = target.clone();
                full.extend(rest[i + 1..].iter().cloned());
                return self.resolve_within(&base, &full, depth + 1).or(Some(base));
            } else {
                break;
            }
        }
        Some(base)
    }

    /// Every use of one sibling by another: for each folder (a module with
    /// children), the edges between its children, with a path that makes
    /// each one, for messages.
    pub fn sibling_edges(&self) -> BTreeMap<ModPath, BTreeMap<(String, String), String>> {
        let mut out: BTreeMap<ModPath, BTreeMap<(String, String), String>> = BTreeMap::new();
        for (at, module) in &self.modules {
            for path in &module.paths {
                let Some(target) = self.resolve(at, path) else {
                    continue;
                };
                let common = at.iter().zip(&target).take_while(|(a, b)| a == b).count();
                if common == at.len() || common == target.len() {
                    continue; // a module and its own ancestors or descendants
                }
                let edge = (at[common].clone(), target[common].clone());
                out.entry(at[..common].to_vec())
                    .or_default()
                    .entry(edge)
                    .or_insert_with(|| format!("{} uses {}", at.join("::"), path.join("::")));
            }
        }
        out
    }
}

/// A cycle in a graph, as the names around it (the first again at the end).
pub fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
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

/// Every folder's cycle, if any: "export: letter → report → letter", with the
/// uses that make each step.
pub fn cycles(krate: &Crate) -> Vec<String> {
    let mut found = Vec::new();
    for (folder, edges) in krate.sibling_edges() {
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, to) in edges.keys() {
            graph.entry(from.clone()).or_default().insert(to.clone());
        }
        if let Some(c) = cycle(&graph) {
            let name = if folder.is_empty() {
                "crate".to_owned()
            } else {
                folder.join("::")
            };
            let why: Vec<String> = c
                .windows(2)
                .map(|w| format!("    {}", edges[&(w[0].clone(), w[1].clone())]))
                .collect();
            found.push(format!("{name}: {}\n{}", c.join(" → "), why.join("\n")));
        }
    }
    found
}
