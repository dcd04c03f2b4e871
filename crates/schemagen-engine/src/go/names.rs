//! The Go name of every resource, type and function, assigned once per package the way Pulumi's
//! Go generator resolves clashes inside a Go package: resources first (suffixes `Resource`,
//! `Res`), then object types (`Type`, `Typ`) and enums (`Enum`), then functions (`Get…` becomes
//! `Lookup…`, `New…` becomes `Create…` when the plain name is taken).

use std::collections::{HashMap, HashSet};

use schemagen_schema::{FunctionId, Resource, ResourceId, Token, TypeDef, TypeId};

use super::layout::Layout;
use crate::model::Model;
use crate::names::go as go_names;
use crate::OutputError;

pub(crate) struct GoNames {
    pub(crate) provider: String,
    resources: Vec<String>,
    types: Vec<String>,
    functions: Vec<String>,
}

/// The Go name of a token's last part: method tokens `Res/method` give `ResMethod`.
pub(crate) fn token_name(tok: &Token) -> String {
    match tok.name.split_once('/') {
        Some((a, b)) => go_names::exported(&format!("{a}{}", go_names::exported(b))),
        None => go_names::exported(&tok.name),
    }
}

fn resource_names(base: &str, suffix: &str, r: &Resource, container: bool) -> Vec<String> {
    let n = format!("{base}{suffix}");
    let camel = format!("{}{suffix}", go_names::unexported(base));
    let mut out = vec![
        n.clone(),
        format!("{n}Input"),
        format!("{n}Output"),
        format!("{n}Args"),
        format!("{camel}Args"),
        format!("New{n}"),
    ];
    if !r.is_provider && !r.is_component {
        out.extend([format!("{n}State"), format!("{camel}State"), format!("Get{n}")]);
    }
    if container && !r.is_provider {
        out.extend([format!("{n}Array"), format!("{n}Map")]);
    }
    out
}

impl GoNames {
    pub(crate) fn new(model: &Model, layout: &Layout) -> Result<GoNames, OutputError> {
        let pkg = model.pkg;
        let container = layout.info.generate_resource_container_types;
        let mut taken: HashMap<String, HashSet<String>> = HashMap::new();
        let mut res_seen: HashSet<String> = HashSet::new();
        let key = |tok: &Token| layout.key_of_module(&tok.module);

        let mut assign_resource = |r: &Resource, base: String| -> Result<String, OutputError> {
            res_seen.insert(r.token.full.to_lowercase());
            let set = taken.entry(key(&r.token)).or_default();
            for suffix in ["", "Resource", "Res"] {
                let names = resource_names(&base, suffix, r, container);
                if names.iter().all(|n| !set.contains(n)) {
                    set.extend(names);
                    for m in &r.methods {
                        set.insert(format!("{base}{suffix}{}Args", go_names::exported(&m.name)));
                        set.insert(format!("{base}{suffix}{}Result", go_names::exported(&m.name)));
                    }
                    return Ok(format!("{base}{suffix}"));
                }
            }
            Err(OutputError::Unsupported(format!(
                "resource `{}`: its Go names collide with other names in the same package",
                r.token.full
            )))
        };
        let provider_name = assign_resource(model.provider(), "Provider".into())?;
        let mut resources = Vec::with_capacity(pkg.resources.len());
        for r in &pkg.resources {
            resources.push(assign_resource(r, token_name(&r.token))?);
        }

        let mut types = Vec::with_capacity(pkg.types.len());
        let mut type_seen: HashMap<String, String> = HashMap::new();
        for t in &pkg.types {
            let (tok, suffixes): (&Token, &[&str]) = match t {
                TypeDef::Object(o) => (&o.token, &["", "Type", "Typ"]),
                TypeDef::Enum(e) => (&e.token, &["", "Enum"]),
            };
            let lower = tok.full.to_lowercase();
            if let Some(n) = type_seen.get(&lower) {
                types.push(n.clone());
                continue;
            }
            let mut base = token_name(tok);
            if matches!(t, TypeDef::Object(_)) && res_seen.contains(&lower) {
                base.push_str("Type");
            }
            let set = taken.entry(key(tok)).or_default();
            let mut chosen = None;
            for suffix in suffixes {
                let n = format!("{base}{suffix}");
                let names = [n.clone(), format!("{n}Input"), format!("{n}Output")];
                if names.iter().all(|c| !set.contains(c)) {
                    set.extend(names);
                    chosen = Some(n);
                    break;
                }
            }
            let n = chosen.ok_or_else(|| {
                OutputError::Unsupported(format!("type `{}`: its Go names collide with other names", tok.full))
            })?;
            type_seen.insert(lower, n.clone());
            types.push(n);
        }

        let mut functions = Vec::with_capacity(pkg.functions.len());
        for f in &pkg.functions {
            let set = taken.entry(key(&f.token)).or_default();
            let mut name = token_name(&f.token);
            if f.method_of.is_none()
                && [name.clone(), format!("{name}Args"), format!("{name}Result")].iter().any(|n| set.contains(n))
            {
                if let Some(rest) = name.strip_prefix("New") {
                    name = format!("Create{rest}");
                } else if let Some(rest) = name.strip_prefix("Get") {
                    name = format!("Lookup{rest}");
                }
            }
            if f.method_of.is_none() {
                set.insert(name.clone());
                if f.inputs.is_some() && f.multi_argument_inputs.is_empty() {
                    set.insert(format!("{name}Args"));
                }
                set.insert(format!("{name}Result"));
            }
            functions.push(name);
        }
        Ok(GoNames { provider: provider_name, resources, types, functions })
    }

    pub(crate) fn resource(&self, id: ResourceId) -> &str {
        &self.resources[id.0]
    }
    pub(crate) fn type_name(&self, id: TypeId) -> &str {
        &self.types[id.0]
    }
    pub(crate) fn function(&self, id: FunctionId) -> &str {
        &self.functions[id.0]
    }
}
