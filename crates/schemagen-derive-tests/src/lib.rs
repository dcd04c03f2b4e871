//! Resources derived the way a user crate would, tested in `tests/`.
//!
//! The schemas are the default schema (`schema/aws.json` at the workspace root) and copies of two
//! shared Pulumi codegen fixtures in `schemas/` (see `schemas/README.md`).
