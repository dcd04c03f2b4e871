//! Inputs for benchmarks and scale tests that are too big to commit, derived deterministically
//! from the shared fixtures, and the allocator the benchmarks measure peak heap with.

mod alloc;
mod aws_scale;

pub use alloc::{CountingAlloc, HeapPeak};
pub use aws_scale::{aws_native_path, aws_native_text, aws_scale, aws_scale_file, COPIES};
