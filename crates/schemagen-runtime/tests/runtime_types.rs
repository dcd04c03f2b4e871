//! The runtime types' wire formats: Pulumi's signed objects for secrets, assets, archives and
//! resource references, and untagged unions.

use std::collections::BTreeMap;

use schemagen_runtime::{Archive, Asset, AssetOrArchive, OneOf2, OneOf3, ResourceReference, Secret};
use serde_json::json;

const SIG: &str = "4dabf18193072939515e22adb298388d";

fn round_trip<T>(value: &T, wire: serde_json::Value)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    assert_eq!(serde_json::to_value(value).unwrap(), wire);
    assert_eq!(&serde_json::from_value::<T>(wire).unwrap(), value);
}

#[test]
fn secrets() {
    round_trip(&Secret::new(42i64), json!({SIG: "1b47061264138c4ac30d75fd1eb44270", "value": 42}));
    assert_eq!(format!("{:?}", Secret::new("pw")), "Secret([redacted])");
    let wrong = json!({SIG: "1b47061264138c4ac30d75fd1eb44270", "value": "not a number"});
    assert!(serde_json::from_value::<Secret<i64>>(wrong).is_err());
}

#[test]
fn assets_and_archives() {
    let asset = "c44067f5952c0a294b673a41bacd8c17";
    let archive = "0def7320c3a5731c473e5ecbe6d01bc7";
    round_trip(&Asset::Text("hello".into()), json!({SIG: asset, "text": "hello"}));
    round_trip(&Asset::Path("./index.js".into()), json!({SIG: asset, "path": "./index.js"}));
    round_trip(&Archive::Uri("https://example.com/a.zip".into()), json!({SIG: archive, "uri": "https://example.com/a.zip"}));
    let members = BTreeMap::from([
        ("index.js".to_string(), AssetOrArchive::Asset(Asset::Text("x".into()))),
        ("lib".to_string(), AssetOrArchive::Archive(Archive::Path("./lib".into()))),
    ]);
    round_trip(
        &AssetOrArchive::Archive(Archive::Assets(members)),
        json!({SIG: archive, "assets": {"index.js": {SIG: asset, "text": "x"}, "lib": {SIG: archive, "path": "./lib"}}}),
    );
    // An asset's engine-computed hash is accepted and not needed to write it back.
    let with_hash = json!({SIG: asset, "hash": "abc", "text": "hello"});
    assert_eq!(serde_json::from_value::<Asset>(with_hash).unwrap(), Asset::Text("hello".into()));
    assert!(serde_json::from_value::<Asset>(json!("hello")).is_err());
    assert!(serde_json::from_value::<Archive>(json!({SIG: asset, "text": "x"})).is_err());
}

#[test]
fn resource_references() {
    round_trip(
        &ResourceReference { urn: "urn:pulumi:s::p::t::n".into(), id: None, package_version: Some("1.0.0".into()) },
        json!({SIG: "5cf8f73096256a8f31e491e813e4eb8e", "urn": "urn:pulumi:s::p::t::n", "packageVersion": "1.0.0"}),
    );
}

#[test]
fn unions_take_the_first_alternative_that_fits() {
    round_trip(&OneOf2::<i64, String>::A(3), json!(3));
    round_trip(&OneOf2::<i64, String>::B("x".into()), json!("x"));
    round_trip(&OneOf3::<bool, i64, String>::C("x".into()), json!("x"));
    assert!(serde_json::from_value::<OneOf2<i64, bool>>(json!("x")).is_err());
}
