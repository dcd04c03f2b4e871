//! A crate that uses the derive depends only on the facade; the CLI's dependencies never enter
//! its build.

use std::process::Command;

/// `cargo tree` of this crate's normal and build dependencies: the build of a derive user.
fn build_tree() -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["tree", "--offline", "--locked", "-e", "normal,build", "--prefix", "none", "-p", env!("CARGO_PKG_NAME")])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn crate_names(tree: &str) -> Vec<&str> {
    tree.lines().filter_map(|l| l.split_whitespace().next()).collect()
}

#[test]
fn the_cli_dependencies_stay_out() {
    let tree = build_tree();
    let crates = crate_names(&tree);
    assert!(crates.contains(&"schemagen-macros"), "the derive is reached through the facade:\n{tree}");
    for cli_only in ["schemagen-cli", "clap", "annotate-snippets"] {
        assert!(!crates.contains(&cli_only), "`{cli_only}` is in the build of a derive user:\n{tree}");
    }
}

/// The engine's renderers (docs, Python and the SDK crate writer) are features the derive
/// leaves off, so their template engine and formatter stay out too.
#[test]
fn the_renderers_dependencies_stay_out() {
    let tree = build_tree();
    let crates = crate_names(&tree);
    assert!(crates.contains(&"schemagen-engine"), "the derive runs the engine:\n{tree}");
    for renderer_only in ["askama", "prettyplease"] {
        assert!(!crates.contains(&renderer_only), "`{renderer_only}` is in the build of a derive user:\n{tree}");
    }
}
