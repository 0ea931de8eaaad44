//! What aliases may add to all the files one run reads together, counted
//! across files; the budget of one file alone is the parser's
//! ([`super::MAX_ALIAS_NODES`], [`super::MAX_ALIAS_BYTES`]).

use std::sync::atomic::{AtomicUsize, Ordering};

use super::{Kind, Node};

/// Most values that aliases may add to all the files one run reads together.
pub const MAX_RUN_ALIAS_NODES: usize = 200_000;
/// Most bytes of text that aliases may add to all the files one run reads
/// together (`prefill --from` many files, `merge` many replies, a chain of
/// profiles, `report` of a batch): a budget per file alone let 32 small files
/// grow to 512 MiB.
pub const MAX_RUN_ALIAS_BYTES: usize = 16 * 1024 * 1024;

/// What aliases have added in this run, over every file parsed so far; a
/// file that fails to parse gives back what it took (it keeps nothing).
static RUN_NODES: AtomicUsize = AtomicUsize::new(0);
static RUN_BYTES: AtomicUsize = AtomicUsize::new(0);

pub fn charge(size: Size) -> (usize, usize) {
    (
        RUN_NODES.fetch_add(size.nodes, Ordering::Relaxed) + size.nodes,
        RUN_BYTES.fetch_add(size.bytes, Ordering::Relaxed) + size.bytes,
    )
}

pub fn refund(size: Size) {
    RUN_NODES.fetch_sub(size.nodes, Ordering::Relaxed);
    RUN_BYTES.fetch_sub(size.bytes, Ordering::Relaxed);
}

/// How much a value holds: its values (nodes) and the bytes of its text.
#[derive(Clone, Copy, Default)]
pub struct Size {
    pub nodes: usize,
    pub bytes: usize,
}

pub fn size(node: &Node) -> Size {
    match &node.kind {
        Kind::Scalar(s) => Size {
            nodes: 1,
            bytes: s.text.len(),
        },
        Kind::Seq(items) => items
            .iter()
            .map(size)
            .fold(Size { nodes: 1, bytes: 0 }, add),
        Kind::Map(entries) => entries
            .iter()
            .map(|e| add(size(&e.key), size(&e.value)))
            .fold(Size { nodes: 1, bytes: 0 }, add),
    }
}

pub fn add(a: Size, b: Size) -> Size {
    Size {
        nodes: a.nodes.saturating_add(b.nodes),
        bytes: a.bytes.saturating_add(b.bytes),
    }
}
