//! Descriptions, deprecation messages, enum values and names written to break out of docstrings
//! and string literals must stay text: the package compiles and contains no code they injected.

mod python_support;

use std::process::Command;

use python_support::python;

const HOSTILE: &str = r#"\"""; import os; os.system('echo PWNED') #'''\
ends with a quote" and a backslash \ and \N{BULLET} and \x00 and a
second line with """ and ''' and a nul \u0000 and a form feed \f and \r carriage"#;

#[test]
fn hostile_text_cannot_break_out() {
    let schema = serde_json::json!({
        "name": "evil",
        "version": "1.0.0",
        "description": HOSTILE,
        "config": {"variables": {"region": {"type": "string", "description": HOSTILE, "default": HOSTILE}}},
        "types": {
            "evil:index:Kind": {"type": "string", "description": HOSTILE,
                "enum": [{"name": "Bad", "value": HOSTILE, "description": HOSTILE}]},
            "evil:index:Thing": {"type": "object", "description": HOSTILE,
                "properties": {"a\"b": {"type": "string", "description": HOSTILE, "deprecationMessage": HOSTILE},
                               // Letters newer than the Unicode of the oldest Python the package runs on.
                               "k\u{11F04}x\u{30FB}y": {"type": "string"}}}
        },
        "resources": {
            "evil:index:Res": {
                "description": HOSTILE,
                "deprecationMessage": HOSTILE,
                "properties": {"out": {"type": "string", "description": HOSTILE, "default": HOSTILE},
                               "thing": {"$ref": "#/types/evil:index:Thing"},
                               "kind": {"$ref": "#/types/evil:index:Kind"}},
                "inputProperties": {"inp": {"type": "string", "description": HOSTILE, "default": HOSTILE,
                                            "defaultInfo": {"environment": [HOSTILE]}},
                                    "thing": {"$ref": "#/types/evil:index:Thing"}},
                "requiredInputs": ["inp"]
            }
        },
        "functions": {
            "evil:index:getRes": {"description": HOSTILE, "deprecationMessage": HOSTILE,
                "inputs": {"properties": {"q": {"type": "string", "description": HOSTILE}}},
                "outputs": {"properties": {"r": {"type": "string", "description": HOSTILE}}}}
        }
    });
    let loaded = schemagen_schema::parse(&schema.to_string(), "evil.json", schemagen_schema::Format::Json, &Default::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let files = schemagen_engine::python::generate(&loaded.package).unwrap();
    let out = tempfile::tempdir().unwrap();
    schemagen_engine::output::write_all(out.path(), &files).unwrap();
    let check = r#"
import ast, pathlib, sys
root = pathlib.Path(sys.argv[1])
for path in root.rglob("*.py*"):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "system":
            sys.exit(f"{path}: injected code survived")
        if isinstance(node, ast.Import) and path.name != "_utilities.py" and any(a.name == "os" for a in node.names):
            sys.exit(f"{path}: injected import survived")
# The description reaches the docstring intact.
res = ast.parse((root / "pulumi_evil" / "res.py").read_text(encoding="utf-8"))
docs = [ast.get_docstring(n, clean=False) or "" for n in ast.walk(res) if isinstance(n, ast.FunctionDef) and n.name == "__init__"]
if not any("os.system('echo PWNED')" in d and '"""' in d for d in docs):
    sys.exit("the hostile description did not reach the docstring as text")
# pyproject.toml stays valid TOML and carries the description's first line as text.
try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None
if tomllib is not None:
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    if not project["description"].startswith('\\"""; import os'):
        sys.exit(f"pyproject description mangled: {project['description']!r}")
print("ok")
"#;
    let run = Command::new(python()).arg("-c").arg(check).arg(out.path()).output().unwrap();
    assert!(run.status.success(), "{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
    let compiled = Command::new(python()).args(["-m", "compileall", "-q"]).arg(out.path()).output().unwrap();
    assert!(compiled.status.success(), "{}", String::from_utf8_lossy(&compiled.stdout));
}

/// A dependency whose name is no Python identifier (`my.odd+pkg`) is imported under an
/// identifier, for its provider as for its types: every module still compiles.
#[test]
fn odd_dependency_names_import_as_identifiers() {
    let provider = serde_json::json!({"$ref": "/my.odd+pkg/v1.0.0/schema.json#/provider"});
    let schema = serde_json::json!({
        "name": "p",
        "version": "1.0.0",
        "resources": {"p:index:R": {"inputProperties": {"prov": provider}, "properties": {"prov": provider}}}
    });
    let loaded = schemagen_schema::parse(&schema.to_string(), "p.json", schemagen_schema::Format::Json, &Default::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let files = schemagen_engine::python::generate(&loaded.package).unwrap();
    let out = tempfile::tempdir().unwrap();
    schemagen_engine::output::write_all(out.path(), &files).unwrap();
    let module = std::fs::read_to_string(out.path().join("pulumi_p/r.py")).unwrap();
    assert!(module.lines().any(|l| l == "import pulumi_my_odd_pkg"), "{module}");
    let compiled = Command::new(python()).args(["-m", "compileall", "-q"]).arg(out.path()).output().unwrap();
    assert!(compiled.status.success(), "{}", String::from_utf8_lossy(&compiled.stdout));
}
