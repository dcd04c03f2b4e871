//! Real provider schemas carry modern description markup (code choosers, per-language name
//! spans): none of it reaches a generated docstring or page raw, and each language keeps its
//! own example and names.

mod python_support;

use std::path::PathBuf;

use schemagen_schema::LoadOptions;

/// Every provider under the shared fixtures (name, schema file), sorted.
fn providers() -> Vec<(String, PathBuf)> {
    let out = python_support::provider_cases();
    assert!(out.len() >= 3, "expected docker, github and azuread: {out:?}");
    out
}

const RAW_MARKUP: [&str; 3] = ["PulumiCodeChooser", "pulumi-lang-", "<span pulumi"];

#[test]
fn no_raw_markup_reaches_docstrings_or_pages() {
    for (name, schema) in providers() {
        let text = std::fs::read_to_string(&schema).expect("readable");
        assert!(text.contains("pulumi-lang-") && text.contains("PulumiCodeChooser"), "{name}: the schema carries the markup");
        let pkg = schemagen_schema::load(&schema, &LoadOptions::default()).unwrap_or_else(|e| panic!("{name}: {e}")).package;
        let python = schemagen_engine::python::generate(&pkg).unwrap_or_else(|e| panic!("{name}: {e}"));
        let docs = schemagen_engine::docs::generate(&pkg).unwrap_or_else(|e| panic!("{name}: {e}"));
        for f in python.iter().chain(&docs) {
            for raw in RAW_MARKUP {
                if let Some(i) = f.contents.find(raw) {
                    let from = f.contents[..i].char_indices().rev().nth(80).map_or(0, |(j, _)| j);
                    panic!("{name}: {} holds raw `{raw}`: …{}…", f.path(), &f.contents[from..(i + 80).min(f.contents.len())]);
                }
            }
        }
    }
}

#[test]
fn each_language_keeps_its_own_example_and_name() {
    let (_, schema) = providers().into_iter().find(|(n, _)| n == "docker").expect("docker");
    let pkg = schemagen_schema::load(&schema, &LoadOptions::default()).expect("loads").package;
    let python = schemagen_engine::python::generate(&pkg).expect("generates");
    let network = python.iter().find(|f| f.path().ends_with("pulumi_docker/network.py")).expect("network.py");
    let doc = &network.contents;
    assert!(doc.contains("```python\n") && doc.contains("private_network = docker.Network("), "the Python example");
    for other in ["```typescript", "```go", "```csharp", "```java", "```yaml", "```hcl"] {
        assert!(!doc.contains(other), "no {other} example in the Python docstring");
    }
    // The span names `Network` for Python (`docker.Network` for TypeScript).
    assert!(doc.contains("`Network` provides a docker network resource."), "the Python name");

    let docs = schemagen_engine::docs::generate(&pkg).expect("generates");
    let page = &docs.iter().find(|f| f.path() == "docker/network.md").expect("the network page").contents;
    let meta = page.lines().find(|l| l.starts_with("meta_desc:")).expect("front matter");
    assert!(meta.ends_with("and supporting types. `docker.Network` provides a docker network resource.\""), "{meta}");
    // The 2020 structure: one examples block holding an example with the pages' languages.
    let examples = &page[page.find("{{% examples %}}\n## Example Usage\n{{% example %}}").expect("an examples block")..];
    let examples = &examples[..examples.find("{{% /examples %}}").expect("closed")];
    for lang in ["typescript", "python", "go", "csharp"] {
        assert!(examples.contains(&format!("```{lang}\n")), "{lang} example on the page");
    }
    assert!(!examples.contains("```java") && !examples.contains("```hcl"), "only the pages' languages");
    // Property lists name things per language: `host` is `Host` in C#.
    let provider = &docs.iter().find(|f| f.path() == "docker/provider.md").expect("the provider page").contents;
    let csharp = section(provider, "csharp");
    assert!(csharp.contains("Overrides the `Host` if set."), "C# list");
    assert!(section(provider, "nodejs").contains("Overrides the `host` if set."), "TypeScript list");
}

/// The first properties list of a language on a page.
fn section<'a>(page: &'a str, lang: &str) -> &'a str {
    let open = format!("{{{{% choosable language {lang} %}}}}\n<dl class=\"resources-properties\">");
    let start = page.find(&open).unwrap_or_else(|| panic!("no {lang} list"));
    let rest = &page[start..];
    &rest[..rest.find("{{% /choosable %}}").expect("closed")]
}
