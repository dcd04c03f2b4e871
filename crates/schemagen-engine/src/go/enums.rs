//! `pulumiEnums.go` of one package: each enum's named type, its constants and its
//! `Input`/`Output`/`Ptr` (and, where used, `Array`/`Map`) families.

use askama::Template;

use schemagen_schema::{Type, TypeDef, TypeId};

use super::details::Details;
use super::render::{self, EnumView, EnumsFile, ToOutputs};
use super::resource::enum_literal;
use super::text::{self, Row};
use super::types::Scope;
use crate::names::go as names;
use crate::OutputError;

pub(crate) fn render(scope: &Scope, details: &Details, enums: &[TypeId]) -> Result<Option<String>, OutputError> {
    if enums.is_empty() {
        return Ok(None);
    }
    let mut views = Vec::new();
    let mut in_regs = Vec::new();
    let mut out_regs = Vec::new();
    for (id, e) in enums.iter().filter_map(|id| match scope.own.pkg.type_def(*id) {
        TypeDef::Enum(e) => Some((id, e)),
        TypeDef::Object(_) => None,
    }) {
        let name = scope.own.names.type_name(*id).to_string();
        let builtin = names::enum_builtin(&e.element);
        let underlying = match &e.element {
            Type::Integer => "int",
            Type::Number => "float64",
            Type::Boolean => "bool",
            _ => "string",
        };
        let mut rows = Vec::new();
        let mut examples = String::new();
        let mut first_value = None;
        let mut used = std::collections::HashSet::new();
        for (v, member) in e.values.iter().zip(scope.own.names.enum_members(*id)) {
            let mut member = member.clone();
            if scope.generic {
                // Pulumi names the generic variant's constants after the legacy ones, so the
                // type name comes twice (`ColorColorRed`).
                member = names::enum_member(&name, &member);
            }
            while !used.insert(member.clone()) {
                member.push('_');
            }
            let Some(lit) = enum_literal(&e.element, &v.value) else { continue };
            let value = format!("{name}({lit})");
            first_value.get_or_insert_with(|| value.clone());
            let doc = text::doc(v.description.as_deref(), v.deprecation_message.as_deref(), "\t");
            if !doc.is_empty() {
                rows.push(Row::Doc(doc));
            }
            rows.push(Row::Cells(vec![member.clone(), format!("= {value}")]));
            examples.push_str(&format!("//\t{member}\n"));
        }
        let fam = details.of_id(*id);
        let mut collections = Vec::new();
        if fam.array_input || fam.array_output {
            collections.push(("Array".to_string(), "[]".to_string(), format!("{name}Args{{...}}")));
        }
        if fam.map_input || fam.map_output {
            collections.push(("Map".to_string(), "map[string]".to_string(), format!("\"key\": {name}Args{{...}}")));
        }
        let first = first_value.unwrap_or_else(|| format!("{name}({})", zero(underlying)));
        // The generic variant declares only the enum type and its constants.
        let input = (fam.input || fam.ptr_input) && !scope.generic;
        let output = (fam.output || fam.ptr_output) && !scope.generic;
        if scope.generic {
            collections.clear();
        }
        if input {
            in_regs.push(format!("pulumi.RegisterInputType(reflect.TypeOf((*{name}Input)(nil)).Elem(), {first})"));
            in_regs.push(format!("pulumi.RegisterInputType(reflect.TypeOf((*{name}PtrInput)(nil)).Elem(), {first})"));
        }
        if output {
            out_regs.push(format!("pulumi.RegisterOutputType({name}Output{{}})"));
            out_regs.push(format!("pulumi.RegisterOutputType({name}PtrOutput{{}})"));
        }
        for (c, _, _) in &collections {
            in_regs.push(format!("pulumi.RegisterInputType(reflect.TypeOf((*{name}{c}Input)(nil)).Elem(), {name}{c}{{}})"));
            out_regs.push(format!("pulumi.RegisterOutputType({name}{c}Output{{}})"));
        }
        views.push(EnumView {
            doc: text::doc(e.description.as_deref(), None, ""),
            lower: names::unexported(&name),
            name,
            underlying: underlying.to_string(),
            builtin: builtin.to_string(),
            members: text::align(&rows, "\t"),
            examples,
            collections,
            input,
            output,
        });
    }
    let mut to_outputs = ToOutputs::default();
    if scope.side_by_side() {
        for v in &views {
            let n = &v.name;
            if v.output {
                to_outputs.output(n, n);
                to_outputs.output(&format!("{n}Ptr"), &format!("*{n}"));
            }
            if v.input {
                to_outputs.input("in", &format!("*{}Ptr", v.lower), &format!("*{n}"), &format!("{n}Ptr"));
            }
            for (c, prefix, _) in &v.collections {
                to_outputs.input("i", &format!("{n}{c}"), &format!("{prefix}{n}"), &format!("{n}{c}"));
                to_outputs.output(&format!("{n}{c}"), &format!("{prefix}{n}"));
            }
        }
        if !to_outputs.0.is_empty() {
            scope.import("github.com/pulumi/pulumi/sdk/v3/go/pulumix", "");
        }
    }
    // An enum used neither as an input nor as an output is only its type and constants.
    if views.iter().any(|v| v.input || v.output || !v.collections.is_empty()) {
        scope.import("context", "");
        scope.import("reflect", "");
        scope.import("github.com/pulumi/pulumi/sdk/v3/go/pulumi", "");
    }
    let file = EnumsFile {
        pkg_name: scope.here.name.clone(),
        imports: render::import_groups(scope.take_imports()),
        enums: views,
        to_outputs: to_outputs.0,
        generic: scope.generic,
        registrations: in_regs.into_iter().chain(out_regs).collect(),
    };
    file.render().map(Some).map_err(|e| OutputError::Render(e.to_string()))
}

fn zero(underlying: &str) -> &'static str {
    match underlying {
        "string" => "\"\"",
        "bool" => "false",
        _ => "0",
    }
}
