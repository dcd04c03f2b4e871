//! `schemagen sdk --lang rust`: reviewed snapshots of the crate for the default schema and two
//! Pulumi codegen fixtures, proof that those crates compile, and that `generated/rust` is current.

use std::path::{Path, PathBuf};
use std::process::Command;

use schemagen_engine::GeneratedFile;
use schemagen_schema::{LoadOptions, Package};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// The schemas the SDK is tested on: (case name, path in the repository). The fixtures are
/// copies of shared Pulumi codegen cases (crates/schemagen-derive-tests/schemas/README.md).
fn cases() -> Vec<(&'static str, PathBuf)> {
    let root = workspace();
    vec![
        ("aws", root.join("schema/aws.json")),
        ("different-enum", root.join("crates/schemagen-derive-tests/schemas/different-enum.json")),
        ("simple-resource-schema", root.join("crates/schemagen-derive-tests/schemas/simple-resource-schema.json")),
        ("cyclic-types", root.join("crates/schemagen-derive-tests/schemas/cyclic-types.yaml")),
        ("assets-and-archives", root.join("crates/schemagen-derive-tests/schemas/assets-and-archives.json")),
        ("plain-and-default", root.join("crates/schemagen-derive-tests/schemas/plain-and-default.json")),
        // Names and texts chosen to break generated Rust: keywords, prelude names, quotes,
        // comment terminators, code fences, names that fold together.
        ("rust-hostile", root.join("crates/schemagen-engine/tests/fixtures/rust-hostile.json")),
        // Property names with no letter or digit (`$`, `_`, `-`), which have no Rust name of their own.
        ("rust-nameless", root.join("crates/schemagen-engine/tests/fixtures/rust-nameless.json")),
        // Names that are no identifiers anywhere: code in quotes, names folding together (NFC and
        // decomposed forms among them), modules named `lib`, `main`, `bin`, `types` (also the
        // Python SDK's test of hostile names).
        ("hostile-names", root.join("crates/schemagen-engine/tests/fixtures/hostile-names.json")),
        // Texts that doc comments cannot hold as written (a lone CR, bidi controls) and integer
        // enum values written as floats (`-0`, `3.0`).
        ("rust-hostile-text", root.join("crates/schemagen-engine/tests/fixtures/rust-hostile-text.json")),
    ]
}

fn load(path: &Path) -> Package {
    schemagen_schema::load(path, &LoadOptions::default()).unwrap_or_else(|e| panic!("{e}")).package
}

fn render(files: &[GeneratedFile]) -> String {
    files.iter().map(|f| format!("=== {}\n{}", f.path(), f.contents)).collect::<Vec<_>>().join("\n")
}

/// One reviewed snapshot of the whole generated crate per case.
fn snapshot(case: &str) {
    let (_, path) = cases().into_iter().find(|(name, _)| *name == case).unwrap();
    let files = schemagen_engine::rust::generate(&load(&path)).unwrap();
    insta::assert_snapshot!(format!("sdk_{case}"), render(&files));
}

#[test]
fn snapshot_aws() {
    snapshot("aws");
}

#[test]
fn snapshot_different_enum() {
    snapshot("different-enum");
}

#[test]
fn snapshot_simple_resource_schema() {
    snapshot("simple-resource-schema");
}

#[test]
fn snapshot_cyclic_types() {
    snapshot("cyclic-types");
}

#[test]
fn snapshot_assets_and_archives() {
    snapshot("assets-and-archives");
}

#[test]
fn snapshot_plain_and_default() {
    snapshot("plain-and-default");
}

#[test]
fn snapshot_rust_hostile() {
    snapshot("rust-hostile");
}

#[test]
fn generation_is_deterministic() {
    for (_, path) in cases() {
        let a = schemagen_engine::rust::generate(&load(&path)).unwrap();
        let b = schemagen_engine::rust::generate(&load(&path)).unwrap();
        assert_eq!(a, b);
    }
}

/// generated/rust is what `schemagen sdk --lang rust` writes for the default schema.
#[test]
fn generated_rust_is_current() {
    let files = schemagen_engine::rust::generate(&load(&workspace().join("schema/aws.json"))).unwrap();
    let dir = workspace().join("generated/rust");
    let regenerate = "regenerate with `cargo run -p schemagen-cli -- sdk --lang rust`";
    for f in &files {
        let on_disk = std::fs::read_to_string(dir.join(f.path())).unwrap_or_default();
        assert!(on_disk == f.contents, "generated/rust/{} is stale; {regenerate}", f.path());
    }
    let mut expected: Vec<String> = files.iter().map(|f| f.path().to_string()).collect();
    expected.sort();
    let mut found = Vec::new();
    collect_files(&dir, &dir, &mut found);
    found.sort();
    assert_eq!(found, expected, "generated/rust holds files the generator does not write; {regenerate}");
}

fn collect_files(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(root, &path, out);
        } else {
            out.push(path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/"));
        }
    }
}

/// Each generated crate builds, warning-free, against the runtime crate of this workspace.
/// They are members of one throwaway workspace so one `cargo build` checks all three, with a
/// target folder under the workspace's `target/` that later runs reuse.
#[test]
fn sdk_crates_compile() {
    let root = workspace();
    let tmp = tempfile::tempdir().unwrap();
    let runtime = root.join("crates/schemagen-runtime");
    let mut members = Vec::new();
    for (name, path) in cases() {
        let files = schemagen_engine::rust::generate(&load(&path)).unwrap();
        let dir = tmp.path().join(name);
        schemagen_engine::output::write_all(&dir, &files).unwrap();
        let manifest = dir.join("Cargo.toml");
        let text = std::fs::read_to_string(&manifest).unwrap();
        let published = format!("schemagen-runtime = {{ version = \"{}\", default-features = false }}", env!("CARGO_PKG_VERSION"));
        assert!(text.contains(&published), "the generated Cargo.toml depends on the published runtime:\n{text}");
        let local = format!("schemagen-runtime = {{ path = {:?}, default-features = false }}", runtime.to_string_lossy());
        // Several fixtures are one package (`example`); members of one workspace need distinct names.
        let text = text.replace(&published, &local).replacen("\nname = ", &format!("\nname = \"check-{name}\"\n# was: "), 1);
        std::fs::write(&manifest, text).unwrap();
        members.push(format!("{name:?}"));
    }
    std::fs::write(
        tmp.path().join("Cargo.toml"),
        format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", members.join(", ")),
    )
    .unwrap();
    // The workspace's lock file pins the same dependency versions, so the build needs no network.
    std::fs::copy(root.join("Cargo.lock"), tmp.path().join("Cargo.lock")).unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["build", "--offline", "--quiet", "--message-format=short"])
        .current_dir(tmp.path())
        .env("CARGO_TARGET_DIR", root.join("target/sdk-compile-check"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the generated SDKs do not build:\n{stderr}");
    assert!(!stderr.contains("warning"), "the generated SDKs build with warnings:\n{stderr}");
}

/// Property names with no letter or digit get made-up field names (`field_`, then numbered),
/// and serde still reads and writes each under its wire name.
#[test]
fn nameless_properties_get_fields_renamed_to_the_wire_name() {
    let (_, path) = cases().into_iter().find(|(name, _)| *name == "rust-nameless").unwrap();
    let files = schemagen_engine::rust::generate(&load(&path)).unwrap();
    let lib = files.iter().find(|f| f.path() == "src/lib.rs").unwrap();
    let parsed = syn::parse_file(&lib.contents).unwrap();
    let args = parsed
        .items
        .iter()
        .find_map(|i| match i {
            syn::Item::Struct(s) if s.ident == "ThingArgs" => Some(s),
            _ => None,
        })
        .expect("ThingArgs");
    let fields: Vec<(String, Option<String>)> = args
        .fields
        .iter()
        .map(|f| {
            let rename = f.attrs.iter().filter(|a| a.path().is_ident("serde")).find_map(|a| {
                let mut wire = None;
                a.parse_nested_meta(|meta| {
                    if meta.path.is_ident("rename") {
                        wire = Some(meta.value()?.parse::<syn::LitStr>()?.value());
                    } else if meta.input.peek(syn::Token![=]) {
                        meta.value()?.parse::<syn::Expr>()?;
                    }
                    Ok(())
                })
                .unwrap();
                wire
            });
            (f.ident.as_ref().unwrap().to_string(), rename)
        })
        .collect();
    let expected = [("field_", Some("$")), ("field_2", Some("_")), ("inner", None), ("field", None)];
    let expected: Vec<(String, Option<String>)> = expected.iter().map(|(f, w)| (f.to_string(), w.map(str::to_string))).collect();
    assert_eq!(fields, expected);
}

/// The type of field `field` of struct `item` in a generated file, as written.
fn field_type(file: &GeneratedFile, item: &str, field: &str) -> String {
    let parsed = syn::parse_file(&file.contents).unwrap();
    let found = parsed.items.iter().find_map(|i| match i {
        syn::Item::Struct(s) if s.ident == item => s.fields.iter().find(|f| f.ident.as_ref().is_some_and(|i| i == field)),
        _ => None,
    });
    let ty = &found.unwrap_or_else(|| panic!("no field {item}.{field} in {}", file.path())).ty;
    quote::quote!(#ty).to_string().replace(' ', "").replace(",>", ">")
}

/// Another package's object types are typed when `--deps` loaded that package (written into a
/// module of the types module, named as that package names them), and JSON when it did not.
#[test]
fn external_types_are_typed_through_dependencies() {
    let codegen = workspace().join("../shared/fixtures/pulumi-codegen");
    let schema = codegen.join("external-resource-schema/schema.json");
    let with = LoadOptions { deps: Some(codegen.join("_deps")) };
    let typed = schemagen_engine::rust::generate(&schemagen_schema::load(&schema, &with).unwrap().package).unwrap();
    let lib = typed.iter().find(|f| f.path() == "src/lib.rs").unwrap();
    assert_eq!(field_type(lib, "ComponentArgs", "metadata"), "::std::option::Option<crate::types::other::ModuleSubConfig>");
    assert_eq!(field_type(lib, "WorkloadOutputs", "pod"), "::std::option::Option<crate::types::other::ModuleConfig>");
    let types = typed.iter().find(|f| f.path() == "src/types.rs").unwrap();
    let module = syn::parse_file(&types.contents).unwrap().items.into_iter().find_map(|i| match i {
        syn::Item::Mod(m) if m.ident == "other" => m.content.map(|(_, items)| items),
        _ => None,
    });
    let names: Vec<String> = module
        .expect("a module for the `other` package")
        .iter()
        .filter_map(|i| match i {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(names, ["ModuleConfig", "ModuleSubConfig"], "only the referenced types of `other`");

    let opaque = schemagen_engine::rust::generate(&load(&schema)).unwrap();
    let lib = opaque.iter().find(|f| f.path() == "src/lib.rs").unwrap();
    assert_eq!(field_type(lib, "ComponentArgs", "metadata"), "::std::option::Option<::schemagen_runtime::__private::serde_json::Value>");
}
