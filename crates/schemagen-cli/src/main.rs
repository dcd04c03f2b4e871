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
// one thread. mimalloc frees across threads without locks. Built without transparent huge
// pages and returning freed memory after PURGE_DELAY_MS, it keeps peak RSS near the model's
// size (its default, 10 ms, left a generation's freed pages committed: +15 MB on aws-scale).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc v2's `mi_option_purge_delay`, which the bindings name no constant for.
const PURGE_DELAY_OPTION: libmimalloc_sys::mi_option_t = 15;
const PURGE_DELAY_MS: std::ffi::c_long = 2;

fn main() -> std::process::ExitCode {
    // SAFETY: sets a plain integer option; mimalloc reads options atomically.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY_OPTION, PURGE_DELAY_MS) };
    cli::run(std::env::args_os())
}

#[cfg(test)]
mod tests {
    /// The option's number is the one whose documented default is the 10 ms purge delay (its
    /// neighbours default to 1 and 0), so a renumbering in mimalloc fails here.
    #[test]
    fn the_purge_delay_option_is_the_one_set() {
        // SAFETY: reads an option.
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(super::PURGE_DELAY_OPTION) }, 10);
    }
}
