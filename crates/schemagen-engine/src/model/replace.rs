//! `replaceOnChanges` property paths of a resource (`a.b`, `list[*].c`): the properties whose
//! change makes the engine replace the resource, found through nested object types.

use std::collections::{HashMap, HashSet};

use schemagen_schema::{Package, Property, Resource, Type, TypeDef, TypeId};

use super::by_name;
use crate::output::OutputError;

/// How a property's name reads in a path, as Pulumi writes it: an array is `name[*]`, a map
/// `name.*`, whether the path ends there or goes on into the elements.
fn path_suffix(ty: &Type) -> &'static str {
    match ty {
        Type::Array(_) => "[*]",
        Type::Map(_) => ".*",
        _ => "",
    }
}

/// The object type a property holds directly or as the element of arrays and maps (nested
/// any number of times): the types a `replaceOnChanges` path goes through.
fn path_object(ty: &Type) -> Option<TypeId> {
    match ty {
        Type::Array(e) | Type::Map(e) => path_object(e),
        Type::Object(id) => Some(*id),
        _ => None,
    }
}

/// The object types from which a `replaceOnChanges` property can be reached: the only ones
/// [`replace_paths`] needs to walk into (the walk takes every path, so walking types that
/// cannot yield one costs time exponential in the nesting of shared types, for nothing).
pub fn types_reaching_replacements(pkg: &Package) -> HashSet<TypeId> {
    let mut reverse: HashMap<TypeId, Vec<TypeId>> = HashMap::new();
    let mut found: Vec<TypeId> = Vec::new();
    for (i, def) in pkg.types.iter().enumerate() {
        let TypeDef::Object(o) = def else { continue };
        for p in &o.properties {
            if p.replace_on_changes {
                found.push(TypeId(i));
            }
            if let Some(to) = path_object(&p.ty) {
                reverse.entry(to).or_default().push(TypeId(i));
            }
        }
    }
    let mut reaching: HashSet<TypeId> = found.iter().copied().collect();
    while let Some(id) = found.pop() {
        for from in reverse.get(&id).into_iter().flatten() {
            if reaching.insert(*from) {
                found.push(*from);
            }
        }
    }
    reaching
}

/// The most `replaceOnChanges` paths one resource may list. The list takes every path through
/// nested types, so types shared at several depths multiply it; no real schema comes near this.
const MAX_REPLACE_PATHS: usize = 10_000;
/// The most text the list of one resource may hold: deep nesting makes long paths.
const MAX_REPLACE_TEXT: usize = 4 << 20;
/// The most properties the walk for one resource may look at before giving up: with every
/// type on a path to a `replaceOnChanges` property, a walk this long lists thousands of paths,
/// but cycles can make a walk long whose paths all end before reaching one.
const MAX_REPLACE_WALK: usize = 1_000_000;

/// Property paths marked `replaceOnChanges`, through nested object types (`a.b`, `list[*].c`,
/// `tags.*`): a marked property ends its path (nothing below it is listed).
/// `reaching` is [`types_reaching_replacements`]. A cyclic type is walked once per path.
pub fn replace_paths(pkg: &Package, reaching: &HashSet<TypeId>, res: &Resource) -> Result<Vec<String>, OutputError> {
    let mut walk = ReplaceWalk { pkg, reaching, on_path: vec![false; pkg.types.len()], path: String::new(), out: Vec::new(), text: 0, steps: 0 };
    walk.props(&res.properties).map_err(|limit| {
        OutputError::TooLarge(format!(
            "resource `{}`: its `replaceOnChanges` property paths through nested types {limit}",
            res.token.full
        ))
    })?;
    Ok(walk.out)
}

struct ReplaceWalk<'p> {
    pkg: &'p Package,
    reaching: &'p HashSet<TypeId>,
    on_path: Vec<bool>,
    /// The current property path, extended and cut back in place.
    path: String,
    out: Vec<String>,
    /// The bytes of `out`.
    text: usize,
    steps: usize,
}

impl ReplaceWalk<'_> {
    /// Lists the paths below `props`; `Err` says which limit the list ran into.
    fn props(&mut self, props: &[Property]) -> Result<(), String> {
        self.steps += props.len();
        if self.steps > MAX_REPLACE_WALK {
            return Err(format!("take more than {MAX_REPLACE_WALK} steps to list"));
        }
        for p in by_name(props) {
            let prefix_len = self.path.len();
            if prefix_len > 0 {
                self.path.push('.');
            }
            self.path.push_str(&p.name);
            self.path.push_str(path_suffix(&p.ty));
            if p.replace_on_changes {
                if self.out.len() == MAX_REPLACE_PATHS {
                    return Err(format!("number more than {MAX_REPLACE_PATHS}"));
                }
                self.text += self.path.len();
                if self.text > MAX_REPLACE_TEXT {
                    return Err(format!("hold more than {MAX_REPLACE_TEXT} bytes"));
                }
                self.out.push(self.path.clone());
            } else if let Some(id) = path_object(&p.ty).filter(|id| self.reaching.contains(id) && !self.on_path[id.0]) {
                if let TypeDef::Object(o) = self.pkg.type_def(id) {
                    self.on_path[id.0] = true;
                    let walked = self.props(&o.properties);
                    self.on_path[id.0] = false;
                    walked?;
                }
            }
            self.path.truncate(prefix_len);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use schemagen_schema::{Format, LoadOptions};

    use super::*;

    #[test]
    fn replace_paths_skip_types_that_lead_to_none() {
        // Forty levels of a type holding two properties of the next: every path is walked only
        // where a `replaceOnChanges` property lies below, so this returns at once.
        let types = crate::test_schemas::doubling_chain(40, r#""leaf": {"type": "string"}"#);
        let schema = format!(
            r##"{{"name": "p", "types": {{{types}, "p:index:U": {{"type": "object", "properties": {{"k": {{"type": "string", "replaceOnChanges": true}}}}}}}},
              "resources": {{"p:index:R": {{"properties": {{"t": {{"$ref": "#/types/p:index:T0"}},
                "us": {{"type": "array", "items": {{"$ref": "#/types/p:index:U"}}}}, "n": {{"type": "string", "replaceOnChanges": true}}}}}}}}}}"##
        );
        let pkg = schemagen_schema::parse(&schema, "p.json", Format::Json, &LoadOptions::default()).expect("schema").package;
        let reaching = types_reaching_replacements(&pkg);
        let started = std::time::Instant::now();
        assert_eq!(replace_paths(&pkg, &reaching, &pkg.resources[0]).expect("paths"), ["n", "us[*].k"]);
        assert!(started.elapsed() < std::time::Duration::from_secs(5), "took {:?}", started.elapsed());
    }

    #[test]
    fn replace_paths_name_arrays_and_maps_as_pulumi_does() {
        let schema = r##"{"name": "p", "types": {
              "p:index:U": {"type": "object", "properties": {"k": {"type": "string", "replaceOnChanges": true},
                "ks": {"type": "array", "items": {"type": "string"}, "replaceOnChanges": true}}},
              "p:index:W": {"type": "object", "properties": {"inner": {"$ref": "#/types/p:index:U", "replaceOnChanges": true}}}},
            "resources": {"p:index:R": {"properties": {
              "triggers": {"type": "array", "items": {"type": "string"}, "replaceOnChanges": true},
              "labels": {"type": "object", "additionalProperties": {"type": "string"}, "replaceOnChanges": true},
              "byName": {"type": "object", "additionalProperties": {"$ref": "#/types/p:index:U"}},
              "grid": {"type": "array", "items": {"type": "array", "items": {"$ref": "#/types/p:index:U"}}},
              "w": {"$ref": "#/types/p:index:W"}}}}}"##;
        let pkg = schemagen_schema::parse(schema, "p.json", Format::Json, &LoadOptions::default()).expect("schema").package;
        let paths = replace_paths(&pkg, &types_reaching_replacements(&pkg), &pkg.resources[0]).expect("paths");
        // A marked object (`w.inner`) ends its path: its own marked properties are not listed.
        assert_eq!(paths, ["byName.*.k", "byName.*.ks[*]", "grid[*].k", "grid[*].ks[*]", "labels.*", "triggers[*]", "w.inner"]);
    }

    fn chain_schema(depth: usize, leaf: &str) -> Package {
        let types = crate::test_schemas::doubling_chain(depth, leaf);
        let schema = format!(
            r##"{{"name": "p", "types": {{{types}}}, "resources": {{"p:index:R": {{"properties": {{"t": {{"$ref": "#/types/p:index:T0"}}}}}}}}}}"##
        );
        schemagen_schema::parse(&schema, "p.json", Format::Json, &LoadOptions::default()).expect("schema").package
    }

    #[test]
    fn replace_paths_stop_at_the_limit_on_shared_types() {
        // Forty levels of a type holding two properties of the next, above a `replaceOnChanges`
        // leaf: 2^39 paths. The walk stops with an error once the list passes the limit.
        let pkg = chain_schema(40, r#""k": {"type": "string", "replaceOnChanges": true}"#);
        let err = replace_paths(&pkg, &types_reaching_replacements(&pkg), &pkg.resources[0]).expect_err("too many paths");
        let message = err.to_string();
        assert!(message.contains("p:index:R") && message.contains("10000"), "{message}");
        // Below the limit the list is complete: 2^13 paths.
        let pkg = chain_schema(14, r#""k": {"type": "string", "replaceOnChanges": true}"#);
        assert_eq!(replace_paths(&pkg, &types_reaching_replacements(&pkg), &pkg.resources[0]).expect("paths").len(), 1 << 13);
    }

    #[test]
    fn replace_paths_stop_at_the_limit_in_tangled_cycles() {
        // Thirty types each holding eight others: every type leads to the `replaceOnChanges`
        // property, but the walk would take every simple path through the tangle.
        let count = 30;
        let types: Vec<String> = (0..count)
            .map(|i| {
                let refs: Vec<String> =
                    (1..=8).map(|k| format!(r##""to{k}": {{"$ref": "#/types/p:index:T{}"}}"##, (i * 11 + k * 7) % count)).collect();
                let own = if i == 0 { r#""k": {"type": "string", "replaceOnChanges": true}, "#.to_string() } else { String::new() };
                format!(r#""p:index:T{i}": {{"type": "object", "properties": {{{own}{}}}}}"#, refs.join(","))
            })
            .collect();
        let schema = format!(
            r##"{{"name": "p", "types": {{{}}}, "resources": {{"p:index:R": {{"properties": {{"t": {{"$ref": "#/types/p:index:T5"}}}}}}}}}}"##,
            types.join(",")
        );
        let pkg = schemagen_schema::parse(&schema, "p.json", Format::Json, &LoadOptions::default()).expect("schema").package;
        // The walk gives up at its step limit, whatever the machine's speed.
        let err = replace_paths(&pkg, &types_reaching_replacements(&pkg), &pkg.resources[0]).expect_err("too large");
        let message = err.to_string();
        assert!(message.contains("p:index:R") && message.contains(&format!("{MAX_REPLACE_WALK} steps")), "{message}");
    }
}
