//! Graphviz DOT of the claim graph: `crosscheck graph --format dot | dot -Tsvg`.

use std::fmt::Write;

use crate::graph::Relation;
use crate::pipeline::Analysis;

fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub fn graph(a: &Analysis) -> String {
    let mut out = String::from("graph claims {\n  node [shape=box, fontname=\"sans-serif\"];\n");
    for c in &a.claims {
        let label = format!("{}\n{}", c.text, c.doc);
        let _ = writeln!(
            out,
            "  {} [label={}];",
            quote(&c.id),
            quote(&label).replace("\n", "\\n")
        );
    }
    for (x, y, r) in a.graph.edges() {
        let color = match r {
            Relation::Agrees => "darkgreen",
            Relation::Contradicts => "red",
            Relation::Refines => "blue",
            Relation::Misquotes => "orange",
            Relation::Misattributes => "purple",
            Relation::SameOrigin => "gray",
        };
        let _ = writeln!(
            out,
            "  {} -- {} [label={}, color={color}];",
            quote(&a.claims[x].id),
            quote(&a.claims[y].id),
            quote(r.as_str())
        );
    }
    out.push_str("}\n");
    out
}
