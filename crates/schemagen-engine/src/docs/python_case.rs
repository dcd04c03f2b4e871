//! The 2020 Python SDK's global camel/snake tables, which name the properties of supporting
//! types on the pages.
//!
//! The 2020 code walked every resource property and, through directly object-typed properties,
//! their nested properties, guarded only against revisiting a type on the current path; later
//! entries overwrite earlier ones. Replaying that walk literally takes time exponential in the
//! depth of a schema whose types share sub-types (a type with two properties of the next type,
//! thirty deep, never finishes). The recorder here gives the same tables: the entries a type's
//! walk records depend only on the type and on which of the types on the path it can reach
//! (those in its strongly connected component), so each such walk is done once and its result,
//! reduced to the last occurrence of each entry, is replayed wherever it recurs.

use std::collections::{HashMap, HashSet};

use schemagen_schema::{Package, Property, Type, TypeDef, TypeId};

use crate::names::python::{py_name_with, PyNameRule};

/// One recorded property: (schema name, 2020 snake_case name).
type Entry = (String, String);

#[derive(Default)]
pub struct PythonCaseTables {
    camel_to_snake: HashMap<String, String>,
    snake_to_camel: HashMap<String, String>,
}

impl PythonCaseTables {
    /// The tables after recording `props` in order (each resource's outputs, then inputs).
    pub fn record<'p>(pkg: &'p Package, props: impl IntoIterator<Item = &'p Property>) -> Self {
        let mut recorder = Recorder { pkg, component: components(pkg), memo: HashMap::new() };
        let mut tables = PythonCaseTables::default();
        for p in props {
            let mut entries = Vec::new();
            recorder.visit(p, &mut Vec::new(), &mut entries);
            for (camel, snake) in entries {
                tables.snake_to_camel.insert(snake.clone(), camel.clone());
                tables.camel_to_snake.insert(camel, snake);
            }
        }
        tables
    }

    /// A nested (supporting type) property's Python name: the tables, else the schema name.
    pub fn nested_name(&self, name: &str) -> String {
        if let Some(snake) = self.camel_to_snake.get(name) {
            return snake.clone();
        }
        let py = py_name_with(name, PyNameRule::Legacy2020);
        self.snake_to_camel.get(&py).cloned().unwrap_or_else(|| name.to_string())
    }
}

struct Recorder<'p> {
    pkg: &'p Package,
    /// The strongly connected component of each object type in the walk's graph.
    component: Vec<usize>,
    /// A type's walk, keyed by the type and the types of its component on the path (sorted).
    memo: HashMap<(TypeId, Vec<TypeId>), Vec<Entry>>,
}

impl Recorder<'_> {
    /// Appends the entries the 2020 walk recorded for `p` (reduced, see the module docs).
    fn visit(&mut self, p: &Property, path: &mut Vec<TypeId>, out: &mut Vec<Entry>) {
        // `mapCase` false (or a python block without it) keeps a property out of the tables.
        let map_case = p.language.python.as_ref().is_none_or(|py| py.map_case.unwrap_or(false));
        if map_case {
            out.push((p.name.clone(), py_name_with(&p.name, PyNameRule::Legacy2020)));
        }
        let Type::Object(id) = &p.ty else { return };
        let TypeDef::Object(obj) = self.pkg.type_def(*id) else { return };
        if path.contains(id) {
            return;
        }
        // Path types outside the component cannot be reached from here, so they cannot change
        // what the walk below records.
        let mut on_path: Vec<TypeId> = path.iter().copied().filter(|t| self.component[t.0] == self.component[id.0]).collect();
        on_path.sort_unstable();
        let key = (*id, on_path);
        if let Some(entries) = self.memo.get(&key) {
            out.extend(entries.iter().cloned());
            return;
        }
        let start = out.len();
        path.push(*id);
        for nested in &obj.properties {
            // The 2020 code skipped a type's properties of its own type.
            if nested.ty == p.ty {
                continue;
            }
            self.visit(nested, path, out);
        }
        path.pop();
        let entries = last_occurrences(&out[start..]);
        out.truncate(start);
        out.extend(entries.iter().cloned());
        self.memo.insert(key, entries);
    }
}

/// The distinct entries of `entries`, in the order of their last occurrence: replaying them
/// leaves the tables as replaying all of `entries` does (a later entry overwrites an earlier
/// one with the same key, and equal entries write the same values).
fn last_occurrences(entries: &[Entry]) -> Vec<Entry> {
    let mut seen = HashSet::new();
    let mut out: Vec<Entry> = entries.iter().rev().filter(|e| seen.insert(*e)).cloned().collect();
    out.reverse();
    out
}

/// The walk's edges: from an object type to the object types of its properties (not its own).
fn successors(pkg: &Package, id: usize) -> Vec<usize> {
    let TypeDef::Object(obj) = &pkg.types[id] else { return Vec::new() };
    obj.properties
        .iter()
        .filter_map(|p| match p.ty {
            Type::Object(t) if t.0 != id && matches!(pkg.type_def(t), TypeDef::Object(_)) => Some(t.0),
            _ => None,
        })
        .collect()
}

/// The strongly connected component of every type (Kosaraju, iterative): component ids equal
/// exactly for types that reach each other.
fn components(pkg: &Package) -> Vec<usize> {
    let n = pkg.types.len();
    let edges: Vec<Vec<usize>> = (0..n).map(|i| successors(pkg, i)).collect();
    let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (from, tos) in edges.iter().enumerate() {
        for &to in tos {
            reverse[to].push(from);
        }
    }
    // Finishing order of a depth-first search over the edges.
    let mut visited = vec![false; n];
    let mut order = Vec::with_capacity(n);
    for root in 0..n {
        if visited[root] {
            continue;
        }
        visited[root] = true;
        let mut stack = vec![(root, 0usize)];
        while let Some((node, next)) = stack.last_mut() {
            if let Some(&to) = edges[*node].get(*next) {
                *next += 1;
                if !visited[to] {
                    visited[to] = true;
                    stack.push((to, 0));
                }
            } else {
                order.push(*node);
                stack.pop();
            }
        }
    }
    // Components: searches over the reversed edges, latest finisher first.
    let mut component = vec![usize::MAX; n];
    for (count, &root) in order.iter().rev().enumerate() {
        if component[root] != usize::MAX {
            continue;
        }
        component[root] = count;
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            for &from in &reverse[node] {
                if component[from] == usize::MAX {
                    component[from] = count;
                    stack.push(from);
                }
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use schemagen_schema::{Format, LoadOptions};

    use super::*;

    /// The 2020 walk as it was written: the reference the recorder must agree with.
    fn literal_walk(pkg: &Package, p: &Property, path: &mut Vec<String>, tables: &mut PythonCaseTables) {
        let map_case = p.language.python.as_ref().is_none_or(|py| py.map_case.unwrap_or(false));
        if map_case {
            let snake = py_name_with(&p.name, PyNameRule::Legacy2020);
            tables.snake_to_camel.insert(snake.clone(), p.name.clone());
            tables.camel_to_snake.insert(p.name.clone(), snake);
        }
        if let Type::Object(id) = &p.ty {
            let TypeDef::Object(obj) = pkg.type_def(*id) else { return };
            if path.contains(&obj.token.full) {
                return;
            }
            path.push(obj.token.full.clone());
            for nested in &obj.properties {
                if nested.ty != p.ty {
                    literal_walk(pkg, nested, path, tables);
                }
            }
            path.pop();
        }
    }

    fn parse(schema: &str) -> Package {
        schemagen_schema::parse(schema, "p.json", Format::Json, &LoadOptions::default()).expect("schema").package
    }

    fn resource_props(pkg: &Package) -> Vec<&Property> {
        pkg.resources.iter().flat_map(|r| r.properties.iter().chain(&r.input_properties)).collect()
    }

    #[test]
    fn same_tables_as_the_literal_walk_through_cycles_and_shared_types() {
        // Colliding snake names (`fooBar`/`foo_bar`) whose winner depends on the walk's order,
        // a cycle A → B → A beside a self-reference, and a type shared by several paths.
        let pkg = parse(
            r##"{"name": "p", "types": {
            "p:index:A": {"type": "object", "properties": {"fooBar": {"type": "string"},
                "b": {"$ref": "#/types/p:index:B"}, "self": {"$ref": "#/types/p:index:A"}}},
            "p:index:B": {"type": "object", "properties": {"foo_bar": {"type": "string"},
                "a": {"$ref": "#/types/p:index:A"}, "c": {"$ref": "#/types/p:index:C"}}},
            "p:index:C": {"type": "object", "properties": {"fooBar": {"type": "string"}, "x_y": {"type": "string"}}}},
          "resources": {"p:index:R": {"inputProperties": {
            "a": {"$ref": "#/types/p:index:A"}, "c": {"$ref": "#/types/p:index:C"},
            "b": {"$ref": "#/types/p:index:B"}, "xY": {"type": "string"}}}}}"##,
        );
        let props = resource_props(&pkg);
        let mut expected = PythonCaseTables::default();
        for p in &props {
            literal_walk(&pkg, p, &mut Vec::new(), &mut expected);
        }
        let tables = PythonCaseTables::record(&pkg, props.iter().copied());
        assert_eq!(tables.camel_to_snake, expected.camel_to_snake);
        assert_eq!(tables.snake_to_camel, expected.snake_to_camel);
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config { cases: 200, failure_persistence: None, ..Default::default() })]
        /// Random type graphs (cycles, self-references, shared types, colliding names,
        /// `mapCase: false`) give the literal walk's tables.
        #[test]
        fn random_graphs_give_the_literal_walks_tables(
            types in proptest::collection::vec(
                proptest::collection::vec((0usize..6, proptest::option::of(0usize..6), proptest::bool::weighted(0.1)), 0..4),
                1..6),
            roots in proptest::collection::vec((0usize..6, 0usize..6), 1..4),
        ) {
            const NAMES: [&str; 6] = ["fooBar", "foo_bar", "xY", "x_y", "FooBar", "id"];
            // The parser rejects names of one object that differ only in case or underscores.
            let fold = |name: &str| name.to_lowercase().replace('_', "");
            let n = types.len();
            let prop = |name: usize, target: Option<usize>, map_case_off: bool| {
                let mut v = match target {
                    Some(t) => format!(r##"{{"$ref": "#/types/p:index:T{}""##, t % n),
                    None => r#"{"type": "string""#.to_string(),
                };
                if map_case_off {
                    v.push_str(r#", "language": {"python": {"mapCase": false}}"#);
                }
                format!(r#""{}": {v}}}"#, NAMES[name])
            };
            let defs: Vec<String> = types.iter().enumerate().map(|(i, props)| {
                let mut seen = HashSet::new();
                let props: Vec<String> = props.iter().filter(|(name, ..)| seen.insert(fold(NAMES[*name]))).map(|(name, target, off)| prop(*name, *target, *off)).collect();
                format!(r#""p:index:T{i}": {{"type": "object", "properties": {{{}}}}}"#, props.join(","))
            }).collect();
            let mut seen = HashSet::new();
            let inputs: Vec<String> = roots.iter().filter(|(name, _)| seen.insert(fold(NAMES[*name]))).map(|(name, t)| prop(*name, Some(*t), false)).collect();
            let pkg = parse(&format!(
                r#"{{"name": "p", "types": {{{}}}, "resources": {{"p:index:R": {{"inputProperties": {{{}}}}}}}}}"#,
                defs.join(","), inputs.join(",")
            ));
            let props = resource_props(&pkg);
            let mut expected = PythonCaseTables::default();
            for p in &props {
                literal_walk(&pkg, p, &mut Vec::new(), &mut expected);
            }
            let tables = PythonCaseTables::record(&pkg, props.iter().copied());
            proptest::prop_assert_eq!(tables.camel_to_snake, expected.camel_to_snake);
            proptest::prop_assert_eq!(tables.snake_to_camel, expected.snake_to_camel);
        }
    }

    #[test]
    fn deep_shared_types_are_fast() {
        let depth = 40;
        let types: Vec<String> = (0..depth)
            .map(|i| {
                let next = format!(r##"{{"$ref": "#/types/p:index:T{}"}}"##, i + 1);
                let props = if i + 1 < depth { format!(r#""left{i}": {next}, "right{i}": {next}"#) } else { r#""leafName": {"type": "string"}"#.into() };
                format!(r#""p:index:T{i}": {{"type": "object", "properties": {{{props}}}}}"#)
            })
            .collect();
        let pkg = parse(&format!(
            r##"{{"name": "p", "types": {{{}}}, "resources": {{"p:index:R": {{"inputProperties": {{"t": {{"$ref": "#/types/p:index:T0"}}}}}}}}}}"##,
            types.join(",")
        ));
        let started = std::time::Instant::now();
        let tables = PythonCaseTables::record(&pkg, resource_props(&pkg));
        assert_eq!(tables.nested_name("leafName"), "leaf_name");
        assert!(started.elapsed() < std::time::Duration::from_secs(5), "took {:?}", started.elapsed());
    }
}
