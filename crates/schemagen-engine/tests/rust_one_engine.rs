//! The SDK writes, for each resource, exactly the items the derive expands to: both come from
//! `schemagen_engine::rust::resource_items`, and this test holds the CLI's output to it.

use proc_macro2::{Ident, Span};
use schemagen_engine::rust::{resource_items, TypeContext, TypeNames};
use schemagen_schema::LoadOptions;

#[test]
fn sdk_module_holds_the_derive_items() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/aws.json");
    let pkg = schemagen_schema::load(&path, &LoadOptions::default()).unwrap().package;
    let files = schemagen_engine::rust::generate(&pkg).unwrap();
    let names = TypeNames::new(&pkg);
    let cx = TypeContext::new(&pkg, &names);
    for res in &pkg.resources {
        let module = format!("src/{}.rs", res.token.module);
        let file = files.iter().find(|f| f.path() == module).unwrap_or_else(|| panic!("no {module}"));
        let parsed = syn::parse_file(&file.contents).unwrap();
        let name = Ident::new(&res.token.name, Span::call_site());
        let expected: syn::File = syn::parse2(resource_items(&cx, res, &name)).unwrap();
        // The SDK file is: `use crate::types::*;`, the marker struct, then the derive's items.
        let start = parsed
            .items
            .iter()
            .position(|i| matches!(i, syn::Item::Struct(s) if s.ident == name))
            .expect("the marker struct")
            + 1;
        let written = syn::File { shebang: None, attrs: Vec::new(), items: parsed.items[start..].to_vec() };
        // Both sides through the same formatter, so only the items themselves are compared.
        assert_eq!(prettyplease::unparse(&written), prettyplease::unparse(&expected));
    }
}
