//! Resources derived from Pulumi codegen fixtures (copied into `schemas/`): nested object types,
//! string/integer/number enums, unions, secrets and resource references.

use schemagen_runtime::{OneOf2, PulumiResource, Resource, ResourceReference, Secret};
use serde_json::json;

mod rubber_tree {
    use schemagen_runtime::PulumiResource;

    #[derive(PulumiResource)]
    #[pulumi(schema = "schemas/different-enum.json", token = "plant:tree/v1:RubberTree")]
    pub struct RubberTree;
}

mod example {
    use schemagen_runtime::PulumiResource;

    /// `example::Resource`: its `bar` input and its outputs are secrets.
    #[derive(PulumiResource)]
    #[pulumi(schema = "schemas/simple-resource-schema.json", token = "example::Resource")]
    pub struct ExampleResource;
}

#[derive(PulumiResource)]
#[pulumi(schema = "schemas/simple-resource-schema.json", token = "example::TypeUses")]
pub struct TypeUses;

#[derive(PulumiResource)]
#[pulumi(schema = "schemas/simple-resource-schema.json", token = "example::OtherResource")]
pub struct OtherResource;

const SECRET: &str = "1b47061264138c4ac30d75fd1eb44270";
const SIG: &str = "4dabf18193072939515e22adb298388d";

#[test]
fn nested_object_and_enums_round_trip() {
    use rubber_tree::*;
    let sent = json!({
        "container": {"size": 6, "material": "ceramic", "color": "red", "brightness": 0.1},
        "type": "Burgundy",
        "farm": "Plants'R'Us",
        "size": "medium",
        "diameter": 12.0
    });
    let args: RubberTreeArgs = serde_json::from_value(sent.clone()).unwrap();
    let container = args.container.as_ref().unwrap();
    assert_eq!(container.size, ContainerSize::SixInch);
    assert_eq!(container.color, Some(OneOf2::A(ContainerColor::Red)));
    assert_eq!(container.brightness, Some(ContainerBrightness::ZeroPointOne));
    assert_eq!(args.type_, RubberTreeVariety::Burgundy);
    assert_eq!(args.farm, Some(OneOf2::A(Farm::PlantsRUs)));
    assert_eq!(args.size, Some(TreeSize::Medium));
    assert_eq!(args.diameter, Diameter::Twelveinch);
    assert_eq!(serde_json::to_value(&args).unwrap(), sent);
}

#[test]
fn a_union_takes_the_string_when_no_enum_value_matches() {
    use rubber_tree::*;
    let args: RubberTreeArgs =
        serde_json::from_value(json!({"type": "Ruby", "diameter": 6.0, "farm": "Somewhere else"})).unwrap();
    assert_eq!(args.farm, Some(OneOf2::B("Somewhere else".to_string())));
}

#[test]
fn enums_reject_values_the_schema_does_not_list() {
    use rubber_tree::*;
    let err = serde_json::from_value::<RubberTreeArgs>(json!({"type": "Oak", "diameter": 6.0})).unwrap_err();
    assert!(err.to_string().contains("\"Burgundy\", \"Ruby\", \"Tineke\""), "{err}");
    let err = serde_json::from_value::<Container>(json!({"size": 5})).unwrap_err();
    assert!(err.to_string().contains("one of 4, 6, 8"), "{err}");
}

#[test]
fn constructors_take_nested_required_fields() {
    use rubber_tree::*;
    let args = RubberTreeArgs::new(RubberTreeVariety::Tineke, Diameter::Sixinch)
        .with_container(Container::new(ContainerSize::FourInch).with_material("clay"));
    assert_eq!(
        serde_json::to_value(&args).unwrap(),
        json!({"container": {"size": 4, "material": "clay"}, "type": "Tineke", "diameter": 6.0})
    );
    assert_eq!(RubberTree::TOKEN, "plant:tree/v1:RubberTree");
}

#[test]
fn secrets_round_trip_as_pulumi_secret_envelopes() {
    use example::*;
    assert_eq!(ExampleResource::TOKEN, "example::Resource");
    let sent = json!({"bar": {SIG: SECRET, "value": "hunter2"}});
    let args: ExampleResourceArgs = serde_json::from_value(sent.clone()).unwrap();
    assert_eq!(args.bar.as_ref().map(Secret::expose).map(String::as_str), Some("hunter2"));
    assert_eq!(serde_json::to_value(&args).unwrap(), sent);
    assert!(!format!("{args:?}").contains("hunter2"), "Debug must not print a secret");
    // A plain value for a secret property is accepted and becomes a secret.
    let plain: ExampleResourceArgs = serde_json::from_value(json!({"bar": "hunter2"})).unwrap();
    assert_eq!(serde_json::to_value(&plain).unwrap(), sent);
    let outputs: ExampleResourceOutputs =
        serde_json::from_value(json!({"id": "r-1", "baz": {SIG: SECRET, "value": "x"}})).unwrap();
    assert_eq!(outputs.baz.map(Secret::into_inner).as_deref(), Some("x"));
}

#[test]
fn nested_arrays_and_maps_of_objects() {
    let sent = json!({
        "foo": {
            "bar": "b",
            "others": [[{"baz": "x"}], []],
            "configs": [{"config": "c"}],
            "stillOthers": {"k": [{"baz": "y"}]}
        },
        "bar": {"baz": "z"},
        "baz": {"foo": "required", "bar": 3}
    });
    let args: TypeUsesArgs = serde_json::from_value(sent.clone()).unwrap();
    let foo = args.foo.as_ref().unwrap();
    assert_eq!(foo.others.as_ref().unwrap()[0][0].baz.as_deref(), Some("x"));
    assert_eq!(foo.still_others.as_ref().unwrap()["k"][0].baz.as_deref(), Some("y"));
    assert_eq!(args.baz.as_ref().unwrap().foo, "required");
    assert_eq!(serde_json::to_value(&args).unwrap(), sent);
}

#[test]
fn resource_references_use_the_reference_envelope() {
    let sent = json!({"foo": {SIG: "5cf8f73096256a8f31e491e813e4eb8e", "urn": "urn:pulumi:dev::p::example::Resource::r", "id": "r-1"}});
    let args: OtherResourceArgs = serde_json::from_value(sent.clone()).unwrap();
    assert_eq!(
        args.foo,
        Some(ResourceReference { urn: "urn:pulumi:dev::p::example::Resource::r".into(), id: Some(json!("r-1")), package_version: None })
    );
    assert_eq!(serde_json::to_value(&args).unwrap(), sent);
}

/// Types named after prelude items or keywords do not change what the user's module means.
mod hostile {
    use schemagen_runtime::PulumiResource;

    #[derive(PulumiResource)]
    #[pulumi(schema = "../schemagen-engine/tests/fixtures/rust-hostile.json", token = "hostile:index:Fn")]
    pub struct Hostile;

    pub fn still_the_prelude_option(s: &str) -> Option<String> {
        Some(s.to_string())
    }
}

#[test]
fn hostile_names_stay_contained() {
    use hostile::*;
    assert_eq!(Hostile::TOKEN, "hostile:index:Fn");
    assert_eq!(still_the_prelude_option("x").as_deref(), Some("x"));
    let sent = json!({"option": {"type": "t", "123": "\"}; panic!(); {\"", "a-b": {"type": "u", "123": ""}}, "value": "v"});
    let args: HostileArgs = serde_json::from_value(sent.clone()).unwrap();
    assert_eq!(args.option._123, D::Panic);
    assert_eq!(args.option.a_b.as_ref().unwrap()._123, D::V);
    assert_eq!(serde_json::to_value(&args).unwrap(), sent);
}

#[test]
fn a_discriminated_union_picks_the_object_whose_constant_matches() {
    use hostile::*;
    let base = json!({"option": {"type": "t", "123": ""}, "value": "v"});
    let with_pet = |pet: serde_json::Value| {
        let mut v = base.clone();
        v["pet"] = pet;
        serde_json::from_value::<HostileArgs>(v)
    };
    // Both objects would accept `{"kind": …, "lives": 9}` by shape; only the constant tells them apart.
    let dog = with_pet(json!({"kind": "dog", "lives": 9})).unwrap();
    assert_eq!(dog.pet, Some(OneOf2::B(Dog { kind: "dog".into(), lives: Some(9) })));
    let cat = with_pet(json!({"kind": "cat"})).unwrap();
    assert_eq!(cat.pet, Some(OneOf2::A(Cat::new())));
    assert!(with_pet(json!({"kind": "cow"})).is_err());
}

mod module_resource {
    use schemagen_runtime::PulumiResource;

    #[derive(PulumiResource)]
    #[pulumi(schema = "schemas/plain-and-default.json", token = "foobar::ModuleResource")]
    pub struct ModuleResource;
}

#[test]
fn constants_are_filled_in_and_checked() {
    use module_resource::*;
    assert_eq!(ModuleResource::TOKEN, "foobar::ModuleResource");
    // `plainRequiredConst` is always "val": the constructor takes no parameter for it.
    let args = ModuleResourceArgs::new("s", true, 1.5, "t", false, 2.0, EnumThing::Four);
    let sent = serde_json::to_value(&args).unwrap();
    assert_eq!(sent["plainRequiredConst"], "val");
    let read = serde_json::from_value::<ModuleResourceArgs>(sent.clone()).unwrap();
    assert_eq!((read.required_string.as_str(), read.plain_required_const.as_str()), ("t", "val"));
    assert_eq!(read.optional_string.as_deref(), Some("buzzer"), "an absent input reads as its schema default");
    let mut wrong = sent;
    wrong["plainRequiredConst"] = json!("other");
    let err = serde_json::from_value::<ModuleResourceArgs>(wrong).unwrap_err();
    assert!(err.to_string().contains("expected the constant \"val\""), "{err}");
}

#[test]
fn schema_defaults_fill_absent_fields_when_read() {
    use module_resource::*;
    let required = json!({
        "plainRequiredString": "s", "plainRequiredBool": false, "plainRequiredNumber": 1,
        "plainRequiredConst": "val", "requiredString": "t", "requiredBool": false,
        "requiredNumber": 2, "requiredEnum": 6,
    });
    let read: ModuleResourceArgs = serde_json::from_value(required.clone()).unwrap();
    assert_eq!(read.optional_string.as_deref(), Some("buzzer"));
    assert_eq!(read.optional_bool, Some(true));
    assert_eq!(read.optional_number, Some(42.0));
    assert_eq!(read.optional_enum, Some(EnumThing::Eight));
    assert_eq!(read.plain_optional_string.as_deref(), Some("buzzer"));
    // A value that is there is kept; a constant keeps its own rule (absent stays absent).
    let mut given = required;
    given["optionalString"] = json!("mine");
    let read: ModuleResourceArgs = serde_json::from_value(given).unwrap();
    assert_eq!(read.optional_string.as_deref(), Some("mine"));
    assert_eq!(read.optional_const, None);
    // Building in code sets only what the program sets: the engine applies nothing either way.
    let built = ModuleResourceArgs::new("s", true, 1.5, "t", false, 2.0, EnumThing::Four);
    assert_eq!(built.optional_string, None);
}
