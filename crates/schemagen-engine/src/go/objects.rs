//! `pulumiTypes.go` of one package: every object type with the families it needs, and the
//! nested collections (`FooArrayArray`, `FooArrayMap`) of its named types.

use std::collections::HashMap;

use askama::Template;

use schemagen_schema::{ObjectType, Type, TypeDef, TypeId};

use crate::model::Ty;

use super::details::{Details, Key};
use super::fields::{self, Form};
use super::generic_types::needs_cast;
use super::render::{self, CollectionView, ObjGetter, ObjectView, ToOutputs, TypesFile};
use super::defaults;
use super::text;
use super::types::{PkgNames, Scope};
use crate::names::go as names;
use crate::OutputError;

fn object_view(scope: &Scope, id: TypeId, o: &ObjectType, details: &Details) -> ObjectView {
    let name = scope.own.names.type_name(id).to_string();
    let fam = details.of_id(id);
    let fl = fields::fields(&o.properties, "\t", &name, &[]);
    // The plain struct is what the `…Args` resolves into, when there is one.
    let plain_form = if fam.input { Form::Resolved } else { Form::Plain };
    let getters = fl
        .iter()
        .map(|f| {
            // A field held untyped is read untyped (and names no type, whose import would
            // go unused).
            let untyped = (plain_form == Form::Resolved && !scope.generic)
                .then(|| scope.untyped_input(&scope.bind(f.prop, true, false)))
                .flatten();
            let (plain, ty, ptr_plain, ptr_ty) = match untyped {
                Some(u) => (u.plain().to_string(), u.output().to_string(), u.plain().to_string(), u.output().to_string()),
                None => {
                    let bound = scope.bind(f.prop, false, false);
                    let (plain, ty) = if scope.generic {
                        (scope.generic_plain(&bound), scope.generic_output(&bound))
                    } else {
                        (scope.plain(&bound), scope.output(&bound))
                    };
                    // The getter of the `Ptr` output type: every field optional.
                    let ptr = Ty::optional(bound);
                    (plain, ty, scope.plain(&ptr), scope.output(&ptr))
                }
            };
            ObjGetter {
                doc: f.doc.trim_start_matches('\t').replace("\n\t", "\n"),
                name: f.name.clone(),
                field: f.name.clone(),
                cast: needs_cast(&ty),
                ty,
                ptr_addr: plain != ptr_plain,
                plain,
                ptr_ty,
                ptr_plain,
            }
        })
        .collect();
    ObjectView {
        doc: text::doc(o.description.as_deref(), None, ""),
        lower: names::unexported(&name),
        plain_fields: if scope.generic {
            fields::body_by(&fl, true, true, &|p| scope.generic_plain(&scope.bind(p, false, false)))
        } else {
            fields::body(scope, &fl, plain_form, true, true, false)
        },
        args_fields: if scope.generic {
            fields::body_by(&fl, true, true, &|p| scope.generic_arg(&scope.bind(p, true, false)))
        } else {
            fields::body(scope, &fl, Form::Input, true, true, false)
        },
        plain_defaults: defaults::method_body(scope, &fl, false),
        args_defaults: if fam.input { defaults::method_body(scope, &fl, true) } else { None },
        name,
        input: fam.input,
        ptr_input: fam.ptr_input && !scope.generic,
        output: fam.output,
        ptr_output: fam.ptr_output && !scope.generic,
        getters,
    }
}

/// The collections of named types of this package that need their own Go types: arrays and
/// maps of objects (and resources, when asked), and nested collections of those.
fn collections(
    scope: &Scope,
    details: &Details,
    objects: &[TypeId],
    nested: &[(&Key, Ty)],
    regs: &mut Vec<String>,
) -> Vec<CollectionView> {
    let mut out: Vec<CollectionView> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    // One level: FooArray / FooMap of every object type here.
    let binder = scope.own.model.binder();
    for id in objects {
        let t = binder.bare(&Type::Object(*id));
        let fam = details.of_id(*id);
        for (is_array, inp, outp) in [(true, fam.array_input, fam.array_output), (false, fam.map_input, fam.map_output)] {
            if !(inp || outp) {
                continue;
            }
            out.push(collection_view(scope, &t, is_array, inp));
        }
    }
    // Nested: a collection used as an element of another collection.
    for (k, t) in nested {
        let fam = details.of_key(k);
        for (is_array, inp, outp) in [(true, fam.array_input, fam.array_output), (false, fam.map_input, fam.map_output)] {
            if !(inp || outp) {
                continue;
            }
            let v = collection_view(scope, t, is_array, inp);
            if seen.insert(v.name.clone()) {
                out.push(v);
            }
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out.dedup_by(|a, b| a.name == b.name);
    for c in &out {
        if c.input {
            regs.push(format!("pulumi.RegisterInputType(reflect.TypeOf((*{0}Input)(nil)).Elem(), {0}{{}})", c.name));
        }
    }
    for c in &out {
        regs.push(format!("pulumi.RegisterOutputType({}Output{{}})", c.name));
    }
    out
}

/// The collections of [`Details`] whose innermost element is a named type, by the Go package
/// that type is in, each package's sorted by key: every package's `pulumiTypes.go` declares its own.
pub(crate) fn nested_by_package<'d>(own: &PkgNames<'_>, details: &'d Details) -> HashMap<String, Vec<(&'d Key, Ty)>> {
    let binder = own.model.binder();
    let mut by_package: HashMap<String, Vec<(&Key, Ty)>> = HashMap::new();
    for k in &details.collections {
        if let (Key::Named(id), Some(t)) = (k.innermost(), k.ty(&binder)) {
            let module = &own.pkg.type_def(*id).token().module;
            by_package.entry(own.layout.key_of_module(module)).or_default().push((k, t));
        }
    }
    for keys in by_package.values_mut() {
        keys.sort_by(|a, b| a.0.cmp(b.0));
    }
    by_package
}

fn collection_view(scope: &Scope, elem: &Ty, is_array: bool, input: bool) -> CollectionView {
    let elem_name = scope.elem_name(elem);
    let suffix = if is_array { "Array" } else { "Map" };
    let example_elem = if scope.is_object(elem) { format!("{elem_name}Args{{...}}") } else { format!("{elem_name}{{...}}") };
    CollectionView {
        name: format!("{elem_name}{suffix}"),
        go_prefix: if is_array { "[]".into() } else { "map[string]".into() },
        elem_plain: scope.plain(elem),
        elem: elem_name,
        is_array,
        input,
        example: if is_array { example_elem } else { format!("\"key\": {example_elem}") },
    }
}

pub(crate) fn render(
    scope: &Scope,
    details: &Details,
    objects: &[TypeId],
    nested: &[(&Key, Ty)],
) -> Result<Option<String>, OutputError> {
    let pkg = scope.own.pkg;
    let views: Vec<ObjectView> = objects
        .iter()
        .filter_map(|id| match pkg.type_def(*id) {
            TypeDef::Object(o) => Some(object_view(scope, *id, o, details)),
            TypeDef::Enum(_) => None,
        })
        .collect();
    let mut regs = Vec::new();
    for v in &views {
        let n = &v.name;
        if v.input {
            regs.push(format!("pulumi.RegisterInputType(reflect.TypeOf((*{n}Input)(nil)).Elem(), {n}Args{{}})"));
        }
        if v.ptr_input {
            regs.push(format!("pulumi.RegisterInputType(reflect.TypeOf((*{n}PtrInput)(nil)).Elem(), {n}Args{{}})"));
        }
    }
    let mut out_regs = Vec::new();
    for v in &views {
        let n = &v.name;
        if v.output {
            out_regs.push(format!("pulumi.RegisterOutputType({n}Output{{}})"));
        }
        if v.ptr_output {
            out_regs.push(format!("pulumi.RegisterOutputType({n}PtrOutput{{}})"));
        }
    }
    let collections = if scope.generic { Vec::new() } else { collections(scope, details, objects, nested, &mut regs) };
    if scope.generic {
        regs.clear();
    }
    if views.is_empty() && collections.is_empty() {
        return Ok(None);
    }
    let mut to_outputs = ToOutputs::default();
    if scope.generic {
        for v in views.iter().filter(|v| v.output) {
            to_outputs.output(&v.name, &v.name);
        }
        scope.import("github.com/pulumi/pulumi/sdk/v3/go/pulumix", "");
    } else if scope.side_by_side() {
        for v in &views {
            let n = &v.name;
            if v.input {
                to_outputs.input("i", &format!("{n}Args"), n, n);
            }
            if v.ptr_input {
                to_outputs.input("i", &format!("*{}PtrType", v.lower), &format!("*{n}"), &format!("{n}Ptr"));
            }
            if v.output {
                to_outputs.output(n, n);
            }
            if v.ptr_output {
                to_outputs.output(&format!("{n}Ptr"), &format!("*{n}"));
            }
        }
        for c in &collections {
            let elem = format!("{}{}", c.go_prefix, c.elem_plain);
            if c.input {
                to_outputs.input("i", &c.name, &elem, &c.name);
            }
            to_outputs.output(&c.name, &elem);
        }
        if !to_outputs.0.is_empty() {
            scope.import("github.com/pulumi/pulumi/sdk/v3/go/pulumix", "");
        }
    }
    scope.import(&scope.own.layout.internal_import(), "");
    let has_outputs = views.iter().any(|v| v.output || v.ptr_output) || !collections.is_empty();
    if has_outputs || views.iter().any(|v| v.input) {
        scope.import("context", "");
        scope.import("reflect", "");
        scope.import("github.com/pulumi/pulumi/sdk/v3/go/pulumi", "");
    }
    // Input registrations first, then outputs (as Pulumi orders them).
    let (ins, outs): (Vec<String>, Vec<String>) = regs.into_iter().partition(|r| r.contains("RegisterInputType"));
    let registrations = ins.into_iter().chain(out_regs).chain(outs).collect();
    let file = TypesFile {
        pkg_name: scope.here.name.clone(), internal: scope.internal(),
        imports: render::import_groups(scope.take_imports()),
        objects: views,
        collections,
        to_outputs: to_outputs.0,
        generic: scope.generic,
        registrations,
    };
    file.render().map(Some).map_err(|e| OutputError::Render(e.to_string()))
}
