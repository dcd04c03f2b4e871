//! Schema fragments shared by unit tests that probe worst cases of graph walks.

/// The `types` entries of a chain `p:index:T0` … `T{depth-1}` in which each type holds two
/// properties (`l{i}`, `r{i}`) of the next, so the number of paths doubles at every level; the
/// last type holds `leaf_properties` (JSON object members).
pub(crate) fn doubling_chain(depth: usize, leaf_properties: &str) -> String {
    (0..depth)
        .map(|i| {
            let next = format!(r##"{{"$ref": "#/types/p:index:T{}"}}"##, i + 1);
            let props = if i + 1 < depth { format!(r#""l{i}": {next}, "r{i}": {next}"#) } else { leaf_properties.to_string() };
            format!(r#""p:index:T{i}": {{"type": "object", "properties": {{{props}}}}}"#)
        })
        .collect::<Vec<_>>()
        .join(",")
}
