//! crosscheck: checks claims across news sources before publication.
//!
//! Data flows one way: load → normalize → segment → extract → key → graph →
//! rules → report. Each module holds one stage; [`pipeline`] runs them in
//! order. The library never prints: it returns data, and the binary renders it.

pub mod baseline;
pub mod check;
pub mod config;
pub mod document;
pub mod draft;
pub mod entity;
pub mod extract;
pub mod fnv;
pub mod graph;
pub mod html;
pub mod key;
pub mod model;
pub mod origin;
pub mod pipeline;
pub mod report;
pub mod rule;
pub mod segment;
pub mod selftest;
pub mod story;
pub mod yaml;
