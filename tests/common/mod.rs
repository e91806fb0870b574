//! Shared test helpers: the one place that sets where snapshots live (the
//! top-level `snapshots/` folder) and how the binary is run.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `f` with insta writing to `snapshots/` at the top of the repository.
pub fn snapshots<F: FnOnce()>(f: F) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(f);
}

/// Output of one `crosscheck` run from the repository root.
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn crosscheck(args: &[&str]) -> Outcome {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .output()
        .expect("run crosscheck");
    Outcome {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A fresh, empty directory for one test under cargo's target tmp dir.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

pub const STORY: &str = "examples/budapest-summit";

/// The cases of a Recognizers-Text spec in `tests/data/recognizers/` (MIT,
/// © Microsoft), without those marked `NotSupported: dotnet`, as the specs'
/// own runner skips them.
pub fn recognizers_cases(spec: &str) -> Vec<serde_json::Value> {
    let path = root().join("tests/data/recognizers").join(spec);
    let text = std::fs::read_to_string(&path).expect("spec file");
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).expect("valid json");
    cases
        .into_iter()
        .filter(|c| !c["NotSupported"].as_str().unwrap_or("").contains("dotnet"))
        .collect()
}

/// Byte offset of character `char_index` in `s` (the specs count characters).
pub fn byte_at(s: &str, char_index: usize) -> usize {
    s.char_indices().nth(char_index).map_or(s.len(), |(b, _)| b)
}

/// The `text` of claim `id` in a `--format json` output.
pub fn claim_text(v: &serde_json::Value, id: &serde_json::Value) -> String {
    v["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .find(|c| c["id"] == *id)
        .unwrap_or_else(|| panic!("no claim {id}"))["text"]
        .as_str()
        .expect("text")
        .to_string()
}
