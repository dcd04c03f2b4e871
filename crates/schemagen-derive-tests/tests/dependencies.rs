//! A crate that uses the derive depends only on the facade; the CLI's dependencies never enter
//! its build.

use std::process::Command;

#[test]
fn the_cli_dependencies_stay_out() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["tree", "--offline", "--locked", "-e", "normal,build", "--prefix", "none", "-p", env!("CARGO_PKG_NAME")])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&out.stderr));
    let tree = String::from_utf8_lossy(&out.stdout);
    let crates: Vec<&str> = tree.lines().filter_map(|l| l.split_whitespace().next()).collect();
    assert!(crates.contains(&"schemagen-macros"), "the derive is reached through the facade:\n{tree}");
    for cli_only in ["schemagen-cli", "clap", "annotate-snippets"] {
        assert!(!crates.contains(&cli_only), "`{cli_only}` is in the build of a derive user:\n{tree}");
    }
}
