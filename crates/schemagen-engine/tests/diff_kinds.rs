//! `diff`: one row per kind of change, on schemas of a few lines. Each row gives the parts of
//! the old and new schema that differ and every change the diff must report (severity, kind,
//! subject, path), no more.

use schemagen_engine::diff::{self, Report, Side};
use schemagen_schema::{Format, LoadOptions};

/// A package `p` from the JSON members `body` (resources, types, functions, config...).
fn schema(body: &str) -> String {
    let sep = if body.trim().is_empty() { "" } else { "," };
    format!(r#"{{"name": "p", "version": "1.0.0"{sep} {body}}}"#)
}

fn compare(old: &str, new: &str) -> Report {
    let (old, new) = (schema(old), schema(new));
    let load = |text: &str, file: &str| {
        schemagen_schema::parse(text, file, Format::Json, &LoadOptions::default())
            .unwrap_or_else(|e| panic!("{file} does not bind: {e}\n{text}"))
    };
    let (a, b) = (load(&old, "old.json"), load(&new, "new.json"));
    diff::compare(
        &Side { file: "old.json", text: &old, format: Format::Json, package: &a.package },
        &Side { file: "new.json", text: &new, format: Format::Json, package: &b.package },
    )
}

/// `severity kind subject path`, one per change, in report order.
fn lines(report: &Report) -> Vec<String> {
    report
        .changes
        .iter()
        .map(|c| {
            let kind = serde_json::to_value(c).expect("a change serializes")["kind"].as_str().expect("a kind").to_string();
            format!("{} {kind} {} {}", c.severity.label(), c.subject.token, c.path).trim_end().to_string()
        })
        .collect()
}

const RES_A: &str = r#""resources": {"p:index:A": {"inputProperties": {"x": {"type": "string"}}, "properties": {"x": {"type": "string"}}}}"#;

fn res(inputs: &str, required_inputs: &str, outputs: &str, required: &str) -> String {
    format!(
        r#""resources": {{"p:index:A": {{"inputProperties": {{{inputs}}}, "requiredInputs": [{required_inputs}], "properties": {{{outputs}}}, "required": [{required}]}}}}"#
    )
}

fn obj_type(props: &str, required: &str) -> String {
    format!(r#""types": {{"p:index:T": {{"type": "object", "properties": {{{props}}}, "required": [{required}]}}}}"#)
}

struct Case {
    name: &'static str,
    old: String,
    new: String,
    expected: &'static [&'static str],
}

fn case(name: &'static str, old: impl Into<String>, new: impl Into<String>, expected: &'static [&'static str]) -> Case {
    Case { name, old: old.into(), new: new.into(), expected }
}

fn cases() -> Vec<Case> {
    let s = r#""x": {"type": "string"}"#;
    vec![
        case("identical", RES_A, RES_A, &[]),
        case("resource removed", RES_A, "", &["breaking removed p:index:A"]),
        case("resource added", "", RES_A, &["info added p:index:A"]),
        case(
            "resource renamed through aliases",
            RES_A,
            r#""resources": {"p:index:B": {"aliases": [{"type": "p:index:A"}], "inputProperties": {"x": {"type": "string"}}, "properties": {"x": {"type": "string"}}}}"#,
            &["warning renamed p:index:B"],
        ),
        case(
            "module move covered by aliases",
            r#""resources": {"p:old:A": {}}"#,
            r#""resources": {"p:new:A": {"aliases": [{"type": "p:old:A"}]}}"#,
            &["warning renamed p:new:A"],
        ),
        case(
            "a rename's members are compared",
            RES_A,
            r#""resources": {"p:index:B": {"aliases": [{"type": "p:index:A"}], "properties": {"x": {"type": "string"}}}}"#,
            &["breaking removed p:index:B inputs.x", "warning renamed p:index:B"],
        ),
        case("input removed", res(s, "", "", ""), res("", "", "", ""), &["breaking removed p:index:A inputs.x"]),
        case("output removed", res("", "", s, ""), res("", "", "", ""), &["breaking removed p:index:A outputs.x"]),
        case("required input added", res("", "", "", ""), res(s, r#""x""#, "", ""), &["breaking added p:index:A inputs.x"]),
        case("optional input added", res("", "", "", ""), res(s, "", "", ""), &["info added p:index:A inputs.x"]),
        case("output added", res("", "", "", ""), res("", "", s, r#""x""#), &["info added p:index:A outputs.x"]),
        case("input made required", res(s, "", "", ""), res(s, r#""x""#, "", ""), &["breaking required-changed p:index:A inputs.x"]),
        case("input made optional", res(s, r#""x""#, "", ""), res(s, "", "", ""), &["info required-changed p:index:A inputs.x"]),
        case("output made optional", res("", "", s, r#""x""#), res("", "", s, ""), &["breaking required-changed p:index:A outputs.x"]),
        case("output made required", res("", "", s, ""), res("", "", s, r#""x""#), &["info required-changed p:index:A outputs.x"]),
        case(
            "type changed",
            res(s, "", "", ""),
            res(r#""x": {"type": "integer"}"#, "", "", ""),
            &["breaking type-changed p:index:A inputs.x"],
        ),
        case(
            "type changed inside an array",
            res(r#""x": {"type": "array", "items": {"type": "string"}}"#, "", "", ""),
            res(r#""x": {"type": "array", "items": {"type": "number"}}"#, "", "", ""),
            &["breaking type-changed p:index:A inputs.x[*]"],
        ),
        case(
            "type changed inside a map of arrays",
            res(r#""x": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}}"#, "", "", ""),
            res(r#""x": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "boolean"}}}"#, "", "", ""),
            &["breaking type-changed p:index:A inputs.x{*}[*]"],
        ),
        case(
            "type changed inside a union",
            res(r#""x": {"oneOf": [{"type": "string"}, {"type": "integer"}]}"#, "", "", ""),
            res(r#""x": {"oneOf": [{"type": "string"}, {"type": "boolean"}]}"#, "", "", ""),
            &["breaking type-changed p:index:A inputs.x.oneOf[1]"],
        ),
        case(
            "array became a single value",
            res(r#""x": {"type": "array", "items": {"type": "string"}}"#, "", "", ""),
            res(s, "", "", ""),
            &["breaking type-changed p:index:A inputs.x"],
        ),
        case(
            "reference to another object type",
            format!(
                r##"{}, "types": {{"p:index:T": {{"type": "object"}}, "p:index:U": {{"type": "object"}}}}"##,
                res(r##""x": {"$ref": "#/types/p:index:T"}"##, "", "", "")
            ),
            format!(
                r##"{}, "types": {{"p:index:T": {{"type": "object"}}, "p:index:U": {{"type": "object"}}}}"##,
                res(r##""x": {"$ref": "#/types/p:index:U"}"##, "", "", "")
            ),
            &["breaking type-changed p:index:A inputs.x"],
        ),
        case(
            "a named alias of a primitive is the primitive",
            res(r##""x": {"type": "string", "$ref": "#/types/p:index:Name"}"##, "", "", ""),
            res(s, "", "", ""),
            &[],
        ),
        case(
            "secret added",
            res("", "", s, ""),
            res("", "", r#""x": {"type": "string", "secret": true}"#, ""),
            &["info secret-changed p:index:A outputs.x"],
        ),
        case(
            "secret removed",
            res("", "", r#""x": {"type": "string", "secret": true}"#, ""),
            res("", "", s, ""),
            &["warning secret-changed p:index:A outputs.x"],
        ),
        case(
            "plain changed",
            res(s, "", "", ""),
            res(r#""x": {"type": "string", "plain": true}"#, "", "", ""),
            &["breaking plain-changed p:index:A inputs.x"],
        ),
        case(
            "default added",
            res(s, "", "", ""),
            res(r#""x": {"type": "string", "default": "a"}"#, "", "", ""),
            &["info default-changed p:index:A inputs.x"],
        ),
        case(
            "default changed",
            res(r#""x": {"type": "string", "default": "a"}"#, "", "", ""),
            res(r#""x": {"type": "string", "default": "b"}"#, "", "", ""),
            &["warning default-changed p:index:A inputs.x"],
        ),
        case(
            "default removed",
            res(r#""x": {"type": "string", "default": "a"}"#, "", "", ""),
            res(s, "", "", ""),
            &["warning default-changed p:index:A inputs.x"],
        ),
        case(
            "replaceOnChanges added",
            res(s, "", "", ""),
            res(r#""x": {"type": "string", "replaceOnChanges": true}"#, "", "", ""),
            &["warning replace-on-changes-changed p:index:A inputs.x"],
        ),
        case(
            "willReplaceOnChanges removed",
            res(r#""x": {"type": "string", "willReplaceOnChanges": true}"#, "", "", ""),
            res(s, "", "", ""),
            &["info will-replace-on-changes-changed p:index:A inputs.x"],
        ),
        case(
            "property deprecated",
            res(s, "", "", ""),
            res(r#""x": {"type": "string", "deprecationMessage": "use y"}"#, "", "", ""),
            &["warning deprecated p:index:A inputs.x"],
        ),
        case(
            "resource deprecated, then not",
            r#""resources": {"p:index:A": {"deprecationMessage": "gone soon"}}"#,
            r#""resources": {"p:index:A": {}}"#,
            &["info undeprecated p:index:A"],
        ),
        case(
            "a language's name changed",
            res(s, "", "", ""),
            res(r#""x": {"type": "string", "language": {"go": {"name": "Ex"}}}"#, "", "", ""),
            &["breaking language-name-changed p:index:A inputs.x"],
        ),
        case(
            "python case mapping changed",
            res(r#""fooBar": {"type": "string"}"#, "", "", ""),
            res(r#""fooBar": {"type": "string", "language": {"python": {"mapCase": false}}}"#, "", "", ""),
            &["breaking case-mapping-changed p:index:A inputs.fooBar"],
        ),
        case(
            "a new name collision in one language",
            res(r#""a": {"type": "string"}, "b": {"type": "string"}"#, "", "", ""),
            res(r#""a": {"type": "string", "language": {"go": {"name": "B"}}}, "b": {"type": "string"}"#, "", "", ""),
            &["breaking language-name-changed p:index:A inputs.a", "breaking name-collision p:index:A inputs.b"],
        ),
        case(
            "type property made required (judged both ways)",
            obj_type(s, ""),
            obj_type(s, r#""x""#),
            &["breaking required-changed p:index:T properties.x"],
        ),
        case("type removed", obj_type(s, ""), "", &["breaking removed p:index:T"]),
        case("type added", "", obj_type(s, ""), &["info added p:index:T"]),
        case(
            "object type became an enum",
            obj_type(s, ""),
            r#""types": {"p:index:T": {"type": "string", "enum": [{"value": "a"}]}}"#,
            &["breaking type-changed p:index:T"],
        ),
        case(
            "enum values removed, changed, added",
            r#""types": {"p:index:E": {"type": "string", "enum": [{"name": "A", "value": "a"}, {"name": "B", "value": "b"}]}}"#,
            r#""types": {"p:index:E": {"type": "string", "enum": [{"name": "B", "value": "bee"}, {"name": "C", "value": "c"}]}}"#,
            &["breaking removed p:index:E values.A", "breaking enum-value-changed p:index:E values.B", "info added p:index:E values.C"],
        ),
        case(
            "function removed and added",
            r#""functions": {"p:index:f": {}}"#,
            r#""functions": {"p:index:g": {}}"#,
            &["breaking removed p:index:f", "info added p:index:g"],
        ),
        case(
            "function argument made required",
            r#""functions": {"p:index:f": {"inputs": {"properties": {"a": {"type": "string"}}}}}"#,
            r#""functions": {"p:index:f": {"inputs": {"properties": {"a": {"type": "string"}}, "required": ["a"]}}}"#,
            &["breaking required-changed p:index:f arguments.a"],
        ),
        case(
            "function result made optional",
            r#""functions": {"p:index:f": {"outputs": {"properties": {"r": {"type": "string"}}, "required": ["r"]}}}"#,
            r#""functions": {"p:index:f": {"outputs": {"properties": {"r": {"type": "string"}}}}}"#,
            &["breaking required-changed p:index:f results.r"],
        ),
        case(
            "method removed",
            r##""resources": {"p:index:A": {"isComponent": true, "methods": {"m": "p:index:A/m"}}}, "functions": {"p:index:A/m": {"inputs": {"properties": {"__self__": {"$ref": "#/resources/p:index:A"}}}}}"##,
            r##""resources": {"p:index:A": {"isComponent": true}}, "functions": {"p:index:A/m": {"inputs": {"properties": {"__self__": {"$ref": "#/resources/p:index:A"}}}}}"##,
            &["breaking removed p:index:A methods.m"],
        ),
        case(
            "config variable removed",
            r#""config": {"variables": {"region": {"type": "string"}}}"#,
            "",
            &["breaking removed p variables.region"],
        ),
        case(
            "config variable made required",
            r#""config": {"variables": {"region": {"type": "string"}}}"#,
            r#""config": {"variables": {"region": {"type": "string"}}, "required": ["region"]}"#,
            &["breaking required-changed p variables.region"],
        ),
        case(
            "provider input removed",
            r#""provider": {"inputProperties": {"token": {"type": "string"}}}"#,
            r#""provider": {}"#,
            &["breaking removed pulumi:providers:p inputs.token"],
        ),
    ]
}

#[test]
fn every_kind_of_change() {
    let mut failures = Vec::new();
    for c in cases() {
        let got = lines(&compare(&c.old, &c.new));
        if got != c.expected {
            failures.push(format!("{}:\n  expected {:?}\n  got      {:?}", c.name, c.expected, got));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_change_has_a_reason() {
    for c in cases() {
        for change in compare(&c.old, &c.new).changes {
            assert!(!change.message.is_empty() && !change.message.contains('\n'), "{}: {:?}", c.name, change);
        }
    }
}

#[test]
fn changes_are_located_in_both_files() {
    let old = r#""resources": {"p:index:A": {
  "inputProperties": {
    "x": {"type": "string"}
  }
}}"#;
    let new = r#""resources": {"p:index:A": {
  "inputProperties": {

    "x": {"type": "integer"}
  }
}}"#;
    let report = compare(old, new);
    let c = &report.changes[0];
    assert_eq!((c.old.line, c.old.column), (Some(3), Some(5)), "{c:?}");
    assert_eq!((c.new.line, c.new.column), (Some(4), Some(5)), "{c:?}");
    assert_eq!(c.old.pointer, "/resources/p:index:A/inputProperties/x");
}

#[test]
fn a_removed_node_is_located_where_it_was_and_where_it_would_be() {
    let old = "\"resources\": {\n\"p:index:A\": {}, \"p:index:B\": {}}";
    let new = "\"resources\": {\n\n\"p:index:B\": {}}";
    let c = &compare(old, new).changes[0];
    assert_eq!(c.old.line, Some(2));
    // The new file has no such resource: its `resources` object, on line 1.
    assert_eq!(c.new.line, Some(1));
}

#[test]
fn name_collision_and_language_renames_name_the_languages() {
    let report = compare(&res(r#""x": {"type": "string"}"#, "", "", ""), &res(r#""x": {"type": "string", "language": {"go": {"name": "Ex"}}}"#, "", "", ""));
    let langs = &report.changes[0].languages;
    assert_eq!(langs.len(), 1);
    assert_eq!((langs[0].old.as_str(), langs[0].new.as_str()), ("X", "Ex"));
}

#[test]
fn fail_on_thresholds() {
    let report = compare(RES_A, "");
    assert!(report.has_at_least(diff::Severity::Breaking));
    let report = compare("", RES_A);
    assert!(!report.has_at_least(diff::Severity::Warning));
    assert!(report.has_at_least(diff::Severity::Info));
}
