//! `cargo run --release -p schemagen-testdata --bin aws-scale [OUT]`: writes the aws-scale schema
//! (to OUT, or under `target/bench/`) and prints its path, for timing the CLI on it.

use std::process::ExitCode;

fn main() -> ExitCode {
    match std::env::args_os().nth(1) {
        // Not an output path: `--help` and the like get the usage, not a file of that name.
        Some(arg) if arg.to_string_lossy().starts_with('-') => {
            eprintln!("usage: aws-scale [OUT]  (writes the aws-scale schema to OUT, or under target/bench/, and prints its path)");
            return ExitCode::from(2);
        }
        Some(out) => {
            let text = schemagen_testdata::aws_scale(&schemagen_testdata::aws_native_text(), schemagen_testdata::COPIES);
            if let Err(e) = std::fs::write(&out, text) {
                eprintln!("error: cannot write {}: {e}", out.to_string_lossy());
                return ExitCode::FAILURE;
            }
            println!("{}", out.to_string_lossy());
        }
        None => println!("{}", schemagen_testdata::aws_scale_file().display()),
    }
    ExitCode::SUCCESS
}
