//! The walk over both packages: subjects matched by token (or through `aliases`), members by
//! wire name, each difference judged by what it does to a program or a stack.

use std::collections::{BTreeMap, HashMap, HashSet};

use schemagen_schema::{escape_pointer_segment as esc, EnumType, Function, FunctionOutputs, Package, Property, Resource, TypeDef};

use super::langs::{self, Language};
use super::{locate, render, types, Change, Kind, LanguageName, Place, Report, Schema, Severity, Side, Subject, SubjectKind};

/// Every change from `old` to `new`, most severe first, located in both files.
pub fn compare(old: &Side<'_>, new: &Side<'_>) -> Report {
    let mut w = Walk { old: old.package, new: new.package, changes: Vec::new() };
    w.config();
    w.provider();
    w.resources();
    w.functions();
    w.types();
    let mut changes = w.changes;
    for c in &mut changes {
        c.message = render::reason(c);
    }
    changes.sort_by(|a, b| {
        (b.severity, &a.subject, &a.path, &a.message).cmp(&(a.severity, &b.subject, &b.path, &b.message))
    });
    locate::fill(old, new, &mut changes);
    Report { old: schema_of(old), new: schema_of(new), changes }
}

fn schema_of(side: &Side<'_>) -> Schema {
    Schema { file: side.file.to_string(), package: side.package.name.clone(), version: side.package.version.clone() }
}

/// Which way values flow through a member, which decides which changes break users.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flow {
    /// Users write it (resource and function inputs, config).
    Input,
    /// Users read it (resource outputs, function results).
    Output,
    /// Both (an object type that may be used either way).
    Both,
}

impl Flow {
    fn writes(self) -> bool {
        self != Flow::Output
    }
    fn reads(self) -> bool {
        self != Flow::Input
    }
}

/// A list of properties on both sides, and how to name and find its members.
struct Shape<'s> {
    subject: &'s Subject,
    /// First segment of the members' paths: `inputs`, `outputs`, ...
    role: &'static str,
    flow: Flow,
    /// Pointers of the property maps in each file.
    old_base: String,
    new_base: String,
}

impl Shape<'_> {
    fn path(&self, name: &str) -> String {
        format!("{}.{name}", self.role)
    }
}

struct Walk<'p> {
    old: &'p Package,
    new: &'p Package,
    changes: Vec<Change>,
}

fn place(pointer: String) -> Place {
    Place { pointer, line: None, column: None }
}

impl<'p> Walk<'p> {
    fn push(&mut self, severity: Severity, kind: Kind, subject: &Subject, path: String, old: String, new: String) {
        self.changes.push(Change {
            severity,
            kind,
            subject: subject.clone(),
            path,
            message: String::new(),
            old: place(old),
            new: place(new),
            languages: Vec::new(),
        });
    }

    fn config(&mut self) {
        let subject = Subject { kind: SubjectKind::Config, token: self.new.name.clone() };
        let shape = Shape {
            subject: &subject,
            role: "variables",
            flow: Flow::Input,
            old_base: "/config/variables".into(),
            new_base: "/config/variables".into(),
        };
        self.properties(&shape, &self.old.config, &self.new.config);
    }

    fn provider(&mut self) {
        let (old, new) = (self.old.provider_or_default(), self.new.provider_or_default());
        let subject = Subject { kind: SubjectKind::Provider, token: new.token.full.clone() };
        self.resource(&subject, &old, &new, "/provider".into(), "/provider".into());
    }

    fn resources(&mut self) {
        let new_tokens: HashSet<&str> = self.new.resources.iter().map(|r| r.token.full.as_str()).collect();
        let old_tokens: HashSet<&str> = self.old.resources.iter().map(|r| r.token.full.as_str()).collect();
        // A new resource that names a vanished one in its aliases took its place.
        let mut renamed_to: HashMap<&str, &Resource> = HashMap::new();
        for r in self.new.resources.iter().filter(|r| !old_tokens.contains(r.token.full.as_str())) {
            for alias in r.aliases.iter().filter_map(|a| a.kind.as_deref()) {
                if old_tokens.contains(alias) && !new_tokens.contains(alias) {
                    renamed_to.entry(alias).or_insert(r);
                }
            }
        }
        let successors: HashSet<&str> = renamed_to.values().map(|r| r.token.full.as_str()).collect();
        for o in &self.old.resources {
            let old_ptr = format!("/resources/{}", esc(&o.token.full));
            let subject = Subject { kind: SubjectKind::Resource, token: o.token.full.clone() };
            if let Some(id) = self.new.resource_by_token(&o.token.full) {
                self.resource(&subject, o, self.new.resource(id), old_ptr.clone(), old_ptr);
            } else if let Some(n) = renamed_to.get(o.token.full.as_str()) {
                let new_ptr = format!("/resources/{}", esc(&n.token.full));
                let subject = Subject { kind: SubjectKind::Resource, token: n.token.full.clone() };
                let kind = Kind::Renamed { from: o.token.full.clone() };
                self.push(Severity::Warning, kind, &subject, String::new(), old_ptr.clone(), new_ptr.clone());
                self.resource(&subject, o, n, old_ptr, new_ptr);
            } else {
                self.push(Severity::Breaking, Kind::Removed {}, &subject, String::new(), old_ptr.clone(), old_ptr);
            }
        }
        for n in &self.new.resources {
            if !old_tokens.contains(n.token.full.as_str()) && !successors.contains(n.token.full.as_str()) {
                let ptr = format!("/resources/{}", esc(&n.token.full));
                let subject = Subject { kind: SubjectKind::Resource, token: n.token.full.clone() };
                self.push(Severity::Info, Kind::Added { required: false }, &subject, String::new(), ptr.clone(), ptr);
            }
        }
    }

    fn resource(&mut self, subject: &Subject, o: &Resource, n: &Resource, old_ptr: String, new_ptr: String) {
        self.deprecation(subject, String::new(), o.deprecation_message.as_deref(), n.deprecation_message.as_deref(), &old_ptr, &new_ptr);
        for (role, flow, key, old, new) in [
            ("inputs", Flow::Input, "inputProperties", &o.input_properties, &n.input_properties),
            ("outputs", Flow::Output, "properties", &o.properties, &n.properties),
        ] {
            let shape = Shape { subject, role, flow, old_base: format!("{old_ptr}/{key}"), new_base: format!("{new_ptr}/{key}") };
            self.properties(&shape, old, new);
        }
        let removed = missing_methods(o, n).into_iter().map(|m| (m, Severity::Breaking, Kind::Removed {}));
        let added = missing_methods(n, o).into_iter().map(|m| (m, Severity::Info, Kind::Added { required: false }));
        for (name, severity, kind) in removed.chain(added) {
            let (op, np) = (format!("{old_ptr}/methods/{}", esc(&name)), format!("{new_ptr}/methods/{}", esc(&name)));
            self.push(severity, kind, subject, format!("methods.{name}"), op, np);
        }
    }

    fn functions(&mut self) {
        for o in &self.old.functions {
            let ptr = format!("/functions/{}", esc(&o.token.full));
            let subject = Subject { kind: SubjectKind::Function, token: o.token.full.clone() };
            match self.new.function_by_token(&o.token.full) {
                Some(id) => self.function(&subject, o, self.new.function(id), &ptr),
                None => self.push(Severity::Breaking, Kind::Removed {}, &subject, String::new(), ptr.clone(), ptr),
            }
        }
        for n in &self.new.functions {
            if self.old.function_by_token(&n.token.full).is_none() {
                let ptr = format!("/functions/{}", esc(&n.token.full));
                let subject = Subject { kind: SubjectKind::Function, token: n.token.full.clone() };
                self.push(Severity::Info, Kind::Added { required: false }, &subject, String::new(), ptr.clone(), ptr);
            }
        }
    }

    fn function(&mut self, subject: &Subject, o: &Function, n: &Function, ptr: &str) {
        self.deprecation(subject, String::new(), o.deprecation_message.as_deref(), n.deprecation_message.as_deref(), ptr, ptr);
        let base = format!("{ptr}/inputs/properties");
        let args = Shape { subject, role: "arguments", flow: Flow::Input, old_base: base.clone(), new_base: base };
        let none: &[Property] = &[];
        self.properties(&args, o.inputs.as_ref().map_or(none, |s| &s.properties), n.inputs.as_ref().map_or(none, |s| &s.properties));
        let outputs = format!("{ptr}/outputs");
        match (&o.outputs, &n.outputs) {
            (FunctionOutputs::Object(x), FunctionOutputs::Object(y)) => {
                let base = format!("{outputs}/properties");
                let results = Shape { subject, role: "results", flow: Flow::Output, old_base: base.clone(), new_base: base };
                self.properties(&results, &x.properties, &y.properties);
            }
            (FunctionOutputs::None, FunctionOutputs::None) => {}
            (FunctionOutputs::Type { ty: a, .. }, FunctionOutputs::Type { ty: b, .. }) => {
                for d in types::compare(self.old, a, self.new, b) {
                    let kind = Kind::TypeChanged { old: d.old, new: d.new };
                    let (op, np) = (format!("{outputs}{}", d.pointer), format!("{outputs}{}", d.pointer));
                    self.push(d.severity, kind, subject, format!("results{}", d.path), op, np);
                }
            }
            (a, b) => {
                let kind = Kind::TypeChanged { old: self.returns(self.old, a), new: self.returns(self.new, b) };
                self.push(Severity::Breaking, kind, subject, "results".into(), outputs.clone(), outputs);
            }
        }
    }

    fn returns(&self, pkg: &Package, outputs: &FunctionOutputs) -> String {
        match outputs {
            FunctionOutputs::None => "nothing".into(),
            FunctionOutputs::Object(_) => "an object".into(),
            FunctionOutputs::Type { ty, .. } => types::describe(pkg, ty),
        }
    }

    fn types(&mut self) {
        for o in &self.old.types {
            let token = &o.token().full;
            let ptr = format!("/types/{}", esc(token));
            let subject = Subject { kind: SubjectKind::Type, token: token.clone() };
            let Some(id) = self.new.type_by_token(token) else {
                self.push(Severity::Breaking, Kind::Removed {}, &subject, String::new(), ptr.clone(), ptr);
                continue;
            };
            match (o, self.new.type_def(id)) {
                (TypeDef::Object(x), TypeDef::Object(y)) => {
                    let base = format!("{ptr}/properties");
                    // Until the model's usage analysis says which way each type is used, a
                    // type's members are judged both ways.
                    let shape = Shape { subject: &subject, role: "properties", flow: Flow::Both, old_base: base.clone(), new_base: base };
                    self.properties(&shape, &x.properties, &y.properties);
                }
                (TypeDef::Enum(x), TypeDef::Enum(y)) => self.enum_values(&subject, x, y, &ptr),
                (a, b) => {
                    let what = |t: &TypeDef| if matches!(t, TypeDef::Enum(_)) { "an enum" } else { "an object type" };
                    let kind = Kind::TypeChanged { old: what(a).into(), new: what(b).into() };
                    self.push(Severity::Breaking, kind, &subject, String::new(), ptr.clone(), ptr);
                }
            }
        }
        for n in &self.new.types {
            let token = &n.token().full;
            if self.old.type_by_token(token).is_none() {
                let ptr = format!("/types/{}", esc(token));
                let subject = Subject { kind: SubjectKind::Type, token: token.clone() };
                self.push(Severity::Info, Kind::Added { required: false }, &subject, String::new(), ptr.clone(), ptr);
            }
        }
    }

    fn enum_values(&mut self, subject: &Subject, o: &EnumType, n: &EnumType, ptr: &str) {
        if let Some(d) = types::compare(self.old, &o.element, self.new, &n.element).into_iter().next() {
            let kind = Kind::TypeChanged { old: d.old, new: d.new };
            self.push(Severity::Breaking, kind, subject, String::new(), format!("{ptr}/type"), format!("{ptr}/type"));
        }
        // Values are matched by name (what the SDKs call them), unnamed ones by value.
        let key = |v: &schemagen_schema::EnumValue| v.name.clone().unwrap_or_else(|| value_text(&v.value));
        let new_keys: HashMap<String, usize> = n.values.iter().enumerate().map(|(i, v)| (key(v), i)).collect();
        let old_keys: HashSet<String> = o.values.iter().map(key).collect();
        for (i, v) in o.values.iter().enumerate() {
            let k = key(v);
            let old_ptr = format!("{ptr}/enum/{i}");
            let path = format!("values.{k}");
            match new_keys.get(&k) {
                Some(&j) => {
                    let new_ptr = format!("{ptr}/enum/{j}");
                    let nv = &n.values[j];
                    if nv.value != v.value {
                        let kind = Kind::EnumValueChanged { old: v.value.clone(), new: nv.value.clone() };
                        self.push(Severity::Breaking, kind, subject, path.clone(), old_ptr.clone(), new_ptr.clone());
                    }
                    self.deprecation(subject, path, v.deprecation_message.as_deref(), nv.deprecation_message.as_deref(), &old_ptr, &new_ptr);
                }
                None => {
                    let new_ptr = format!("{ptr}/enum");
                    self.push(Severity::Breaking, Kind::Removed {}, subject, path, old_ptr, new_ptr);
                }
            }
        }
        for (j, v) in n.values.iter().enumerate() {
            let k = key(v);
            if !old_keys.contains(&k) {
                let kind = Kind::Added { required: false };
                self.push(Severity::Info, kind, subject, format!("values.{k}"), format!("{ptr}/enum"), format!("{ptr}/enum/{j}"));
            }
        }
    }

    fn deprecation(&mut self, subject: &Subject, path: String, old: Option<&str>, new: Option<&str>, op: &str, np: &str) {
        match (old, new) {
            (None, Some(m)) => {
                let kind = Kind::Deprecated { message: m.to_string() };
                self.push(Severity::Warning, kind, subject, path, format!("{op}/deprecationMessage"), format!("{np}/deprecationMessage"));
            }
            (Some(_), None) => {
                self.push(Severity::Info, Kind::Undeprecated {}, subject, path, format!("{op}/deprecationMessage"), format!("{np}/deprecationMessage"));
            }
            _ => {}
        }
    }

    fn properties(&mut self, shape: &Shape<'_>, old: &[Property], new: &[Property]) {
        let by_name: HashMap<&str, &Property> = new.iter().map(|p| (p.name.as_str(), p)).collect();
        let old_names: HashSet<&str> = old.iter().map(|p| p.name.as_str()).collect();
        for p in old {
            let op = format!("{}/{}", shape.old_base, esc(&p.name));
            let np = format!("{}/{}", shape.new_base, esc(&p.name));
            match by_name.get(p.name.as_str()) {
                Some(q) => self.property(shape, p, q, op, np),
                None => self.push(Severity::Breaking, Kind::Removed {}, shape.subject, shape.path(&p.name), op, np),
            }
        }
        for q in new.iter().filter(|q| !old_names.contains(q.name.as_str())) {
            let op = format!("{}/{}", shape.old_base, esc(&q.name));
            let np = format!("{}/{}", shape.new_base, esc(&q.name));
            // A new required input must be given by every program; a new output is there to read.
            let severity = if q.required && shape.flow.writes() { Severity::Breaking } else { Severity::Info };
            self.push(severity, Kind::Added { required: q.required }, shape.subject, shape.path(&q.name), op, np);
        }
        self.collisions(shape, old, new);
    }

    fn property(&mut self, shape: &Shape<'_>, p: &Property, q: &Property, op: String, np: String) {
        let path = shape.path(&p.name);
        let subject = shape.subject;
        if p.required != q.required {
            // A newly required input must be given; an output no longer required may be missing.
            let breaks = if q.required { shape.flow.writes() } else { shape.flow.reads() };
            let severity = if breaks { Severity::Breaking } else { Severity::Info };
            self.push(severity, Kind::RequiredChanged { required: q.required }, subject, path.clone(), op.clone(), np.clone());
        }
        for d in types::compare(self.old, &p.ty, self.new, &q.ty) {
            let kind = Kind::TypeChanged { old: d.old, new: d.new };
            let (o, n) = (format!("{op}{}", d.pointer), format!("{np}{}", d.pointer));
            self.push(d.severity, kind, subject, format!("{path}{}", d.path), o, n);
        }
        if p.secret != q.secret {
            // Values that were encrypted in state and hidden in logs no longer are.
            let severity = if q.secret { Severity::Info } else { Severity::Warning };
            self.push(severity, Kind::SecretChanged { secret: q.secret }, subject, path.clone(), op.clone(), np.clone());
        }
        if p.plain != q.plain {
            // The SDK type changes between `T` and `Input<T>`: typed SDKs stop compiling.
            self.push(Severity::Breaking, Kind::PlainChanged { plain: q.plain }, subject, path.clone(), op.clone(), np.clone());
        }
        if p.default != q.default {
            // A program that leaves it out gets a different value (or none) on its next update.
            let severity = if p.default.is_none() { Severity::Info } else { Severity::Warning };
            let kind = Kind::DefaultChanged { old: p.default.as_deref().cloned(), new: q.default.as_deref().cloned() };
            self.push(severity, kind, subject, path.clone(), format!("{op}/default"), format!("{np}/default"));
        }
        if p.replace_on_changes != q.replace_on_changes {
            let severity = if q.replace_on_changes { Severity::Warning } else { Severity::Info };
            let kind = Kind::ReplaceOnChangesChanged { replace_on_changes: q.replace_on_changes };
            self.push(severity, kind, subject, path.clone(), op.clone(), np.clone());
        }
        if p.will_replace_on_changes != q.will_replace_on_changes {
            let severity = if q.will_replace_on_changes { Severity::Warning } else { Severity::Info };
            let kind = Kind::WillReplaceOnChangesChanged { will_replace_on_changes: q.will_replace_on_changes };
            self.push(severity, kind, subject, path.clone(), op.clone(), np.clone());
        }
        self.deprecation(subject, path.clone(), p.deprecation_message.as_deref(), q.deprecation_message.as_deref(), &op, &np);
        // A language's name follows from the wire name (the same here) and the language block.
        if p.language.raw == q.language.raw {
            return;
        }
        let renamed: Vec<LanguageName> = Language::ALL
            .iter()
            .filter_map(|&language| {
                let (old, new) = (langs::property_name(p, language), langs::property_name(q, language));
                (old != new).then_some(LanguageName { language, old, new })
            })
            .collect();
        if !renamed.is_empty() {
            self.push(Severity::Breaking, Kind::LanguageNameChanged {}, subject, path.clone(), format!("{op}/language"), format!("{np}/language"));
            self.changes.last_mut().expect("just pushed").languages = renamed;
        }
        let ((was_mapped, old_key), (mapped, new_key)) = (langs::python_case_key(p), langs::python_case_key(q));
        if was_mapped != mapped && old_key != new_key {
            // Python's dictionaries of this property's values use the other key from now on.
            let kind = Kind::CaseMappingChanged { map_case: mapped };
            self.push(Severity::Breaking, kind, subject, path, format!("{op}/language"), format!("{np}/language"));
            self.changes.last_mut().expect("just pushed").languages =
                vec![LanguageName { language: Language::Python, old: old_key, new: new_key }];
        }
    }

    /// Members that a language now gives one name (and did not before): one of them is lost.
    fn collisions(&mut self, shape: &Shape<'_>, old: &[Property], new: &[Property]) {
        // Names follow from wire names and language blocks: the same ones give the same names.
        let same = |p: &Property, q: &Property| p.name == q.name && p.language.raw == q.language.raw;
        if old.len() == new.len() && old.iter().zip(new).all(|(p, q)| same(p, q)) {
            return;
        }
        for language in Language::ALL {
            let groups = |props: &[Property]| {
                let mut g: BTreeMap<String, Vec<String>> = BTreeMap::new();
                for p in props {
                    g.entry(langs::property_name(p, language)).or_default().push(p.name.clone());
                }
                g.retain(|_, members| members.len() > 1);
                g
            };
            let (before, after) = (groups(old), groups(new));
            for (name, members) in after {
                if before.get(&name) == Some(&members) {
                    continue;
                }
                let op = format!("{}/{}", shape.old_base, esc(&members[0]));
                let np = format!("{}/{}", shape.new_base, esc(&members[1]));
                let kind = Kind::NameCollision { name: name.clone(), members: members.clone() };
                self.push(Severity::Breaking, kind, shape.subject, shape.path(&members[1]), op, np);
                self.changes.last_mut().expect("just pushed").languages =
                    vec![LanguageName { language, old: members.join(", "), new: name }];
            }
        }
    }
}

/// The methods of `from` that `to` does not have.
fn missing_methods(from: &Resource, to: &Resource) -> Vec<String> {
    from.methods.iter().filter(|m| !to.methods.iter().any(|x| x.name == m.name)).map(|m| m.name.clone()).collect()
}

/// An enum value as its key when it has no name: JSON text (`"a"`, `1`).
fn value_text(v: &serde_json::Value) -> String {
    v.to_string()
}
