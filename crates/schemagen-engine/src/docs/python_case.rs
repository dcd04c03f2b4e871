//! The 2020 Python SDK's global camel/snake tables, which name the properties of supporting
//! types on the pages.
//!
//! The 2020 code walked every resource property and, through directly object-typed properties,
//! their nested properties, guarded only against revisiting a type on the current path; later
//! entries overwrite earlier ones. Replaying that walk literally takes time exponential in the
//! size of a schema whose types share sub-types or form tangled cycles, so the tables are
//! derived from what the walk records instead of by replaying it:
//!
//! - camel → snake: the snake name is a function of the camel name, so the order of the writes
//!   does not matter; the table holds every name the walk reaches, and the walk reaches exactly
//!   the types reachable from the resource properties (a shortest path repeats no type).
//! - snake → camel: the order matters only for a snake name that several reached camel names
//!   share (`fooBar`, `foo_bar`). For each such name the last write is found directly: the walk
//!   writes in pre-order, so the last write is at the walk's lexicographically greatest position
//!   holding that name, which a greedy descent finds (take the last child whose subtree holds
//!   the name). Whether a subtree holds the name is a reachability question in the type graph
//!   without the types on the path, answered by one search per step, and only inside the
//!   current strongly connected component: the types on the path cannot be reached from
//!   outside it. Each name costs at most (types × edges), so the whole is polynomial.

use std::collections::{BTreeMap, HashMap};

use schemagen_schema::{Package, Property, Type, TypeDef, TypeId};

use crate::names::python::{py_name_with, PyNameRule};

#[derive(Default)]
pub struct PythonCaseTables {
    camel_to_snake: HashMap<String, String>,
    snake_to_camel: HashMap<String, String>,
}

impl PythonCaseTables {
    /// The tables after recording `props` in order (each resource's outputs, then inputs).
    pub fn record<'p>(pkg: &'p Package, props: impl IntoIterator<Item = &'p Property>) -> Self {
        let roots: Vec<&Property> = props.into_iter().collect();
        let graph = Graph::new(pkg);
        let mut keys = Keys::default();
        let root_keys: Vec<Option<usize>> = roots.iter().map(|p| keys.of(p)).collect();
        let type_keys: Vec<Vec<Option<usize>>> =
            (0..pkg.types.len()).map(|t| Graph::children(pkg, t).map(|p| keys.of(p)).collect()).collect();

        // Every camel name the walk records, grouped by its snake name.
        let reached = graph.reachable(roots.iter().filter_map(|p| Graph::object_type(pkg, p)));
        let mut camels_by_key: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
        let recorded = roots.iter().zip(&root_keys).map(|(p, k)| (*p, *k)).chain(
            (0..pkg.types.len()).filter(|t| reached[*t]).flat_map(|t| Graph::children(pkg, t).zip(type_keys[t].iter().copied())),
        );
        for (p, key) in recorded {
            if let Some(key) = key {
                let camels = camels_by_key.entry(key).or_default();
                if !camels.contains(&p.name.as_str()) {
                    camels.push(&p.name);
                }
            }
        }

        let mut tables = PythonCaseTables::default();
        let search = LastWrite { pkg, graph: &graph, roots: &roots, root_keys: &root_keys, type_keys: &type_keys };
        for (key, camels) in camels_by_key {
            for camel in &camels {
                tables.camel_to_snake.insert(camel.to_string(), keys.names[key].clone());
            }
            let winner = if camels.len() == 1 { camels[0].to_string() } else { search.camel_for(key) };
            tables.snake_to_camel.insert(keys.names[key].clone(), winner);
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

/// The snake names the walk records, interned.
#[derive(Default)]
struct Keys {
    ids: HashMap<String, usize>,
    names: Vec<String>,
}

impl Keys {
    /// The snake name `p` records under, if it is recorded at all: `mapCase` false (or a python
    /// block without it) keeps a property out of the tables.
    fn of(&mut self, p: &Property) -> Option<usize> {
        let map_case = p.language.python.as_ref().is_none_or(|py| py.map_case.unwrap_or(false));
        if !map_case {
            return None;
        }
        let snake = py_name_with(&p.name, PyNameRule::Legacy2020);
        let next = self.names.len();
        let id = *self.ids.entry(snake.clone()).or_insert(next);
        if id == next {
            self.names.push(snake);
        }
        Some(id)
    }
}

/// The walk's type graph: an edge from an object type to the object type of each of its
/// properties, except its own type (the 2020 code skipped a type's properties of its own type).
struct Graph {
    successors: Vec<Vec<usize>>,
    predecessors: Vec<Vec<usize>>,
    component: Vec<usize>,
}

impl Graph {
    fn new(pkg: &Package) -> Self {
        let n = pkg.types.len();
        let successors: Vec<Vec<usize>> =
            (0..n).map(|t| Self::children(pkg, t).filter_map(|p| Self::object_type(pkg, p)).collect()).collect();
        let mut predecessors = vec![Vec::new(); n];
        for (from, tos) in successors.iter().enumerate() {
            for &to in tos {
                predecessors[to].push(from);
            }
        }
        let component = crate::graph::components(&successors, &predecessors);
        Graph { successors, predecessors, component }
    }

    /// The properties the walk visits inside type `t`.
    fn children(pkg: &Package, t: usize) -> impl Iterator<Item = &Property> {
        let props = match &pkg.types[t] {
            TypeDef::Object(obj) => obj.properties.as_slice(),
            TypeDef::Enum(_) => &[],
        };
        props.iter().filter(move |p| p.ty != Type::Object(TypeId(t)))
    }

    /// The object type the walk enters through `p`, path permitting.
    fn object_type(pkg: &Package, p: &Property) -> Option<usize> {
        match p.ty {
            Type::Object(id) if matches!(pkg.type_def(id), TypeDef::Object(_)) => Some(id.0),
            _ => None,
        }
    }

    /// The types reachable from `starts` (themselves included).
    fn reachable(&self, starts: impl IntoIterator<Item = usize>) -> Vec<bool> {
        let mut seen = vec![false; self.successors.len()];
        let mut stack: Vec<usize> = starts.into_iter().collect();
        while let Some(t) = stack.pop() {
            if !std::mem::replace(&mut seen[t], true) {
                stack.extend(self.successors[t].iter().copied().filter(|s| !seen[*s]));
            }
        }
        seen
    }

    /// The types that reach a type of `targets` through types of `allowed` only (endpoints
    /// included), searching backwards from the targets.
    fn reaching(&self, targets: impl IntoIterator<Item = usize>, allowed: impl Fn(usize) -> bool) -> Vec<bool> {
        let mut seen = vec![false; self.successors.len()];
        let mut stack: Vec<usize> = targets.into_iter().filter(|t| allowed(*t)).collect();
        while let Some(t) = stack.pop() {
            if !std::mem::replace(&mut seen[t], true) {
                stack.extend(self.predecessors[t].iter().copied().filter(|p| !seen[*p] && allowed(*p)));
            }
        }
        seen
    }
}

/// Finds the camel name the walk wrote last under one snake name.
struct LastWrite<'a, 'p> {
    pkg: &'p Package,
    graph: &'a Graph,
    roots: &'a [&'p Property],
    root_keys: &'a [Option<usize>],
    type_keys: &'a [Vec<Option<usize>>],
}

impl LastWrite<'_, '_> {
    fn camel_for(&self, key: usize) -> String {
        let graph = self.graph;
        let n = self.type_keys.len();
        let holds_key = |t: usize| self.type_keys[t].contains(&Some(key));
        // Types whose walk records `key` when no type is on the path.
        let reaches = graph.reaching((0..n).filter(|t| holds_key(*t)), |_| true);
        // Inside a component, a type whose walk records `key` without coming back into it.
        let leaves_with_key: Vec<usize> = (0..n)
            .filter(|&t| {
                holds_key(t) || graph.successors[t].iter().any(|s| graph.component[*s] != graph.component[t] && reaches[*s])
            })
            .collect();

        let subtree_holds = |p_key: Option<usize>, target: Option<usize>, inside: &dyn Fn(usize) -> bool| {
            p_key == Some(key) || target.is_some_and(inside)
        };
        let last = (0..self.roots.len()).rev().find(|&i| {
            let target = Graph::object_type(self.pkg, self.roots[i]);
            subtree_holds(self.root_keys[i], target, &|t| reaches[t])
        });
        let Some(last) = last else { return String::new() };
        let mut current = self.roots[last];
        let mut on_path = vec![false; n];
        while let Some(t) = Graph::object_type(self.pkg, current).filter(|t| !on_path[*t]) {
            on_path[t] = true;
            let component = graph.component[t];
            // What the children of `t` inside its component reach with the path removed; the
            // path cannot be reached from outside the component.
            let inside = if graph.successors[t].iter().any(|s| graph.component[*s] == component) {
                graph.reaching(leaves_with_key.iter().copied().filter(|u| graph.component[*u] == component), |u| {
                    graph.component[u] == component && !on_path[u]
                })
            } else {
                Vec::new()
            };
            let holds = |u: usize| if graph.component[u] == component { inside[u] } else { reaches[u] };
            let children: Vec<&Property> = Graph::children(self.pkg, t).collect();
            let next = (0..children.len()).rev().find(|&j| {
                subtree_holds(self.type_keys[t][j], Graph::object_type(self.pkg, children[j]), &holds)
            });
            match next {
                Some(j) => current = children[j],
                None => break,
            }
        }
        current.name.clone()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

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
        #![proptest_config(proptest::test_runner::Config { cases: 300, failure_persistence: None, ..Default::default() })]
        /// Random type graphs (cycles, self-references, shared types, colliding names,
        /// `mapCase: false`) give the literal walk's tables.
        #[test]
        fn random_graphs_give_the_literal_walks_tables(
            types in proptest::collection::vec(
                proptest::collection::vec((0usize..6, proptest::option::of(0usize..7), proptest::bool::weighted(0.1)), 0..5),
                1..7),
            roots in proptest::collection::vec((0usize..6, 0usize..7), 1..5),
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
        let types = crate::test_schemas::doubling_chain(40, r#""leafName": {"type": "string"}"#);
        let pkg = parse(&format!(
            r##"{{"name": "p", "types": {{{types}}}, "resources": {{"p:index:R": {{"inputProperties": {{"t": {{"$ref": "#/types/p:index:T0"}}}}}}}}}}"##
        ));
        let started = std::time::Instant::now();
        let tables = PythonCaseTables::record(&pkg, resource_props(&pkg));
        assert_eq!(tables.nested_name("leafName"), "leaf_name");
        assert!(started.elapsed() < std::time::Duration::from_secs(5), "took {:?}", started.elapsed());
    }

    #[test]
    fn large_tangled_cycles_are_fast() {
        // Forty types, each pointing at five others (one component), each with a name that
        // collides with another type's, so every snake name needs its last write found.
        let count = 40;
        let types: Vec<String> = (0..count)
            .map(|i| {
                let refs: Vec<String> =
                    (1..=5).map(|k| format!(r##""to{k}": {{"$ref": "#/types/p:index:T{}"}}"##, (i * 7 + k * 3) % count)).collect();
                let name = if i % 2 == 0 { format!("name{}Value", i / 2) } else { format!("name{}_value", i / 2) };
                format!(r#""p:index:T{i}": {{"type": "object", "properties": {{"{name}": {{"type": "string"}}, {}}}}}"#, refs.join(","))
            })
            .collect();
        let pkg = parse(&format!(
            r##"{{"name": "p", "types": {{{}}}, "resources": {{"p:index:R": {{"inputProperties": {{"t": {{"$ref": "#/types/p:index:T0"}}, "u": {{"$ref": "#/types/p:index:T9"}}}}}}}}}}"##,
            types.join(",")
        ));
        let started = std::time::Instant::now();
        let tables = PythonCaseTables::record(&pkg, resource_props(&pkg));
        let elapsed = started.elapsed();
        assert!(elapsed < std::time::Duration::from_millis(500), "took {elapsed:?}");
        assert_eq!(tables.camel_to_snake.len(), count + 5 + 2);
        assert_eq!(tables.snake_to_camel.len(), count / 2 + 5 + 2);
    }
}
