//! The `schemagen` binary. Everything testable lives in the library half (`cli.rs`).

mod cli;
mod diff;
mod outputs;
mod progress;
mod report;
mod serve;
mod version;

// Schemas are parsed on one thread and bound on another, which frees what the first
// allocated: glibc's malloc serialises that on its arena locks and made the pair slower than
// one thread. mimalloc frees across threads without locks. Its v2 returns freed memory after
// 10 ms (v3 after a second), and without transparent huge pages: both keep peak RSS near the
// model's size.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run(std::env::args_os())
}
