//! A minimal arena DOM filled by html5ever's spec-compliant tree builder.
//!
//! We need a real HTML5 tree builder because news pages are full of unclosed
//! `<p>`s, misnested inline tags and stray end tags, and only the spec's
//! recovery rules put that text where a browser shows it. We do not need a
//! query engine or CSS selectors, so instead of `scraper`/`dom_query` the
//! parser writes into this small arena through its `TreeSink` trait.
//!
//! Every traversal over the tree is iterative: pages with tens of thousands
//! of nested elements must not overflow the stack.

use std::borrow::Cow;
use std::cell::{Ref, RefCell};

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{Attribute, LocalName, QualName, local_name, ns, parse_document};

/// Index of a node in [`Dom::nodes`].
pub type NodeId = usize;

/// Input is fed to the parser in pieces of this many bytes (at most), so a
/// huge input never reaches tendril's 4 GiB-per-buffer limit.
const CHUNK: usize = 64 * 1024;

#[derive(Debug)]
pub enum NodeData {
    Document,
    Element {
        name: QualName,
        attrs: Vec<Attribute>,
    },
    Text(String),
    /// Comments, doctypes, processing instructions: never text.
    Other,
}

#[derive(Debug)]
pub struct Node {
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
    pub data: NodeData,
}

/// The parsed page. Node 0 is the document.
#[derive(Debug)]
pub struct Dom {
    pub nodes: Vec<Node>,
}

impl Dom {
    pub const ROOT: NodeId = 0;

    /// Parses any string into a tree; never fails (that is the HTML spec's
    /// promise: every byte sequence has a parse).
    pub fn parse(html: &str) -> Dom {
        let mut parser = parse_document(Sink::default(), Default::default());
        for piece in chunks(html, CHUNK) {
            parser.process(StrTendril::from_slice(piece));
        }
        parser.finish()
    }

    /// The element's local name (lowercase for HTML), or `None` for non-elements.
    pub fn tag(&self, id: NodeId) -> Option<&str> {
        match &self.nodes.get(id)?.data {
            NodeData::Element { name, .. } => Some(&name.local),
            _ => None,
        }
    }

    pub fn is_tag(&self, id: NodeId, tag: &str) -> bool {
        self.tag(id) == Some(tag)
    }

    pub fn attr(&self, id: NodeId, attr: &str) -> Option<&str> {
        match &self.nodes.get(id)?.data {
            NodeData::Element { attrs, .. } => attrs
                .iter()
                .find(|a| &*a.name.local == attr)
                .map(|a| &*a.value),
            _ => None,
        }
    }

    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.nodes.get(id)?.data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }

    pub fn children(&self, id: NodeId) -> &[NodeId] {
        self.nodes.get(id).map_or(&[], |n| &n.children)
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes.get(id)?.parent
    }

    /// All nodes under `root` (itself included) in document order.
    pub fn preorder(&self, root: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack = vec![root];
        while let Some(id) = stack.pop() {
            out.push(id);
            stack.extend(self.children(id).iter().rev());
        }
        out
    }

    /// Concatenated text of every text node under `root`, raw (not collapsed).
    pub fn subtree_text(&self, root: NodeId) -> String {
        self.preorder(root)
            .into_iter()
            .filter_map(|id| self.text(id))
            .collect()
    }
}

/// Splits `s` into pieces of at most `max` bytes, on char boundaries.
fn chunks(s: &str, max: usize) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut end = rest.len().min(max);
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        if end == 0 {
            // `max` is smaller than the first char: take that char whole.
            end = rest.chars().next().map_or(rest.len(), char::len_utf8);
        }
        let (piece, tail) = rest.split_at(end);
        rest = tail;
        Some(piece)
    })
}

/// The html5ever sink. The trait takes `&self`, hence the `RefCell`; the
/// borrows never outlive one method call, so they cannot conflict.
struct Sink {
    nodes: RefCell<Vec<Node>>,
    /// Returned by `elem_name` for a non-element, which the tree builder
    /// never asks about but which must not panic either.
    none_name: QualName,
}

impl Default for Sink {
    fn default() -> Self {
        Sink {
            nodes: RefCell::new(vec![Node {
                parent: None,
                children: Vec::new(),
                data: NodeData::Document,
            }]),
            none_name: QualName::new(None, ns!(), local_name!("")),
        }
    }
}

/// What `elem_name` hands the tree builder: a borrowed name, either from the
/// arena or the sink's placeholder.
#[derive(Debug)]
pub enum Name<'a> {
    Arena(Ref<'a, QualName>),
    Placeholder(&'a QualName),
}

impl html5ever::interface::ElemName for Name<'_> {
    fn ns(&self) -> &html5ever::Namespace {
        match self {
            Name::Arena(r) => &r.ns,
            Name::Placeholder(q) => &q.ns,
        }
    }
    fn local_name(&self) -> &LocalName {
        match self {
            Name::Arena(r) => &r.local,
            Name::Placeholder(q) => &q.local,
        }
    }
}

impl Sink {
    fn push(&self, data: NodeData) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node {
            parent: None,
            children: Vec::new(),
            data,
        });
        nodes.len() - 1
    }

    fn detach(&self, id: NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        let Some(parent) = nodes.get_mut(id).and_then(|n| n.parent.take()) else {
            return;
        };
        if let Some(p) = nodes.get_mut(parent)
            && let Some(at) = p.children.iter().rposition(|&c| c == id)
        {
            p.children.remove(at);
        }
    }

    /// Inserts `child` under `parent` at `index` (or at the end), merging
    /// text into an adjacent text node as the trait requires.
    fn insert(&self, parent: NodeId, index: Option<usize>, child: NodeOrText<NodeId>) {
        let id = match child {
            NodeOrText::AppendText(text) => {
                if self.merge_text(parent, index, &text) {
                    return;
                }
                self.push(NodeData::Text(text.to_string()))
            }
            NodeOrText::AppendNode(id) => {
                self.detach(id);
                id
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        let Some(p) = nodes.get_mut(parent) else {
            return;
        };
        let at = index.unwrap_or(p.children.len()).min(p.children.len());
        p.children.insert(at, id);
        if let Some(c) = nodes.get_mut(id) {
            c.parent = Some(parent);
        }
    }

    /// Appends `text` to the text node just before position `index` of
    /// `parent`'s children, if there is one.
    fn merge_text(&self, parent: NodeId, index: Option<usize>, text: &str) -> bool {
        let mut nodes = self.nodes.borrow_mut();
        let Some(p) = nodes.get(parent) else {
            return false;
        };
        let at = index.unwrap_or(p.children.len());
        let Some(&prev) = at.checked_sub(1).and_then(|i| p.children.get(i)) else {
            return false;
        };
        match nodes.get_mut(prev).map(|n| &mut n.data) {
            Some(NodeData::Text(t)) => {
                t.push_str(text);
                true
            }
            _ => false,
        }
    }

    fn position(&self, id: NodeId) -> Option<(NodeId, usize)> {
        let nodes = self.nodes.borrow();
        let parent = nodes.get(id)?.parent?;
        // From the end: the tree builder inserts before the element it is
        // still building (a table being foster-parented), which is last.
        let index = nodes.get(parent)?.children.iter().rposition(|&c| c == id)?;
        Some((parent, index))
    }
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Dom;
    type ElemName<'a> = Name<'a>;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        Dom::ROOT
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Name<'a> {
        let name = Ref::filter_map(self.nodes.borrow(), |nodes| {
            match nodes.get(*target).map(|n| &n.data) {
                Some(NodeData::Element { name, .. }) => Some(name),
                _ => None,
            }
        });
        match name {
            Ok(name) => Name::Arena(name),
            Err(_) => Name::Placeholder(&self.none_name),
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> NodeId {
        self.push(NodeData::Element { name, attrs })
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.push(NodeData::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.push(NodeData::Other)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        self.insert(*parent, None, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        if self.position(*element).is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    /// Template contents are kept as the template's own children; templates
    /// are dropped before any text is read, so the distinction never matters.
    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        *target
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        if let Some((parent, index)) = self.position(*sibling) {
            self.insert(parent, Some(index), new_node);
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(Node {
            data: NodeData::Element { attrs: have, .. },
            ..
        }) = nodes.get_mut(*target)
        {
            for a in attrs {
                if !have.iter().any(|h| h.name == a.name) {
                    have.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.detach(*target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let moved = {
            let mut nodes = self.nodes.borrow_mut();
            match nodes.get_mut(*node) {
                Some(n) => std::mem::take(&mut n.children),
                None => return,
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        for &c in &moved {
            if let Some(n) = nodes.get_mut(c) {
                n.parent = Some(*new_parent);
            }
        }
        if let Some(p) = nodes.get_mut(*new_parent) {
            p.children.extend(moved);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_respect_char_boundaries() {
        let s = "aé€😀".repeat(10);
        let pieces: Vec<&str> = chunks(&s, 3).collect();
        assert_eq!(pieces.concat(), s);
        assert!(pieces.iter().all(|p| p.len() <= 4 && !p.is_empty()));
    }

    #[test]
    fn unclosed_paragraphs_become_siblings() {
        let dom = Dom::parse("<div><p>one<p>two</div>");
        let ps: Vec<_> = dom
            .preorder(Dom::ROOT)
            .into_iter()
            .filter(|&id| dom.is_tag(id, "p"))
            .collect();
        assert_eq!(ps.len(), 2);
        assert_eq!(dom.parent(ps[0]), dom.parent(ps[1]));
        assert_eq!(dom.subtree_text(ps[1]), "two");
    }
}
