//! Snapshots of the HTML site (`docs --html`), reviewed in a browser as well as here: the seed
//! page (the default schema's IntegrationResponse), and fixture pages that cover supporting
//! types, deprecation, functions, module and package indexes.

mod docs_support;

use std::path::PathBuf;

use docs_support::*;

/// (snapshot case, schema, pages below the package folder).
fn cases() -> Vec<(&'static str, PathBuf, &'static [&'static str])> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    vec![
        ("seed", repo_root().join("schema/aws.json"), &["apigateway/integrationresponse.html", "_index.html"]),
        (
            "kitchen-sink",
            manifest.join("tests/docs_fixtures/kitchen-sink.json"),
            &["compute/instance.html", "compute/getinstance.html", "compute/_index.html"],
        ),
    ]
}

#[test]
fn html_pages_match_their_reviewed_snapshots() {
    for (case, schema, pages) in cases() {
        let pkg = load(&schema);
        let files = html(&pkg);
        for page in pages {
            let path = format!("{}/{page}", pkg.name);
            let contents = files.get(&path).unwrap_or_else(|| panic!("{case}: no page {path}; pages: {:?}", files.keys().collect::<Vec<_>>()));
            insta::assert_snapshot!(format!("{case}__{}", page.replace(['/', '.'], "_")), contents);
        }
    }
}

#[test]
fn every_page_links_only_to_pages_and_files_of_the_site() {
    for (case, schema, _) in cases() {
        let pkg = load(&schema);
        let files = html(&pkg);
        for (path, page) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
            let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
            for link in page.split(" href=\"").skip(1).filter_map(|rest| rest.split('"').next()) {
                if link.starts_with("https://") || link.starts_with('#') || link.starts_with("data:") {
                    continue;
                }
                let target = resolve(dir, link.split('#').next().unwrap_or(link));
                assert!(files.contains_key(&target), "{case}: {path} links {link} ({target}), which the site does not have");
            }
        }
    }
}

/// `link` (relative, percent-encoding only ASCII here) from the folder `dir`.
fn resolve(dir: &str, link: &str) -> String {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for seg in link.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

#[test]
fn the_search_index_lists_every_resource_and_function_page() {
    let pkg = load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/docs_fixtures/kitchen-sink.json"));
    let files = html(&pkg);
    let index: serde_json::Value = serde_json::from_str(&files[&format!("{}/_schemagen/search-index.json", pkg.name)]).expect("JSON");
    let entries = index.as_array().expect("a list");
    let pages = files.keys().filter(|p| p.ends_with(".html") && !p.ends_with("_index.html")).count();
    assert_eq!(entries.len(), pages, "one entry per resource or function page");
    for e in entries {
        let href = e["href"].as_str().expect("href");
        assert!(files.contains_key(&format!("{}/{href}", pkg.name)), "{e}");
        assert!(matches!(e["kind"].as_str(), Some("resource" | "function")), "{e}");
    }
}
