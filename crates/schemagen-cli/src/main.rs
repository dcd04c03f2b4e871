//! The `schemagen` binary. Everything testable lives in the library half (`cli.rs`).

mod cli;
mod diff;
mod outputs;
mod progress;
mod report;
mod serve;
mod version;

fn main() -> std::process::ExitCode {
    cli::run(std::env::args_os())
}
