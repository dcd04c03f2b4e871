//! A function token derives `…Args`, `…Result` and `Function`; all-optional types implement
//! `Default`; secrets convert from `&str`; unions take either alternative; schema defaults fill
//! absent inputs when they are read.
use schemagen_runtime::{Function, OneOf2, PulumiResource, Secret};

#[derive(PulumiResource)]
#[pulumi(schema = "schemas/output-funcs.json", function = "mypkg::funcWithAllOptionalInputs")]
pub struct FuncWithAllOptionalInputs;

#[derive(PulumiResource)]
#[pulumi(schema = "schemas/output-funcs.json", function = "mypkg::funcWithDefaultValue")]
pub struct FuncWithDefaultValue;

mod tree {
    #[derive(schemagen_runtime::PulumiResource)]
    #[pulumi(schema = "schemas/different-enum.json", token = "plant:tree/v1:RubberTree")]
    pub struct RubberTree;
}

mod secret {
    #[derive(schemagen_runtime::PulumiResource)]
    #[pulumi(schema = "schemas/simple-resource-schema.json", token = "example::Resource")]
    pub struct Resource;
}

fn main() {
    assert_eq!(<FuncWithAllOptionalInputs as Function>::TOKEN, "mypkg::funcWithAllOptionalInputs");
    let args: <FuncWithAllOptionalInputs as Function>::Args = FuncWithAllOptionalInputsArgs::default().with_a("x");
    assert_eq!(serde_json::to_string(&args).unwrap(), r#"{"a":"x"}"#);
    let result: FuncWithAllOptionalInputsResult = serde_json::from_str(r#"{"r":"done"}"#).unwrap();
    assert_eq!(result.r, "done");

    let read: FuncWithDefaultValueArgs = serde_json::from_str(r#"{"a":"given"}"#).unwrap();
    assert_eq!(read.b.as_deref(), Some("b-default"));

    let state = tree::RubberTreeState::default();
    assert!(state.farm.is_none());
    let args = tree::RubberTreeArgs::new(tree::RubberTreeVariety::Burgundy, tree::Diameter::Sixinch)
        .with_farm(OneOf2::B("Somewhere else".to_string()))
        .with_container(tree::Container::new(tree::ContainerSize::FourInch).with_color(OneOf2::A(tree::ContainerColor::Red)));
    assert!(matches!(args.farm, Some(OneOf2::B(_))));

    let secret: Secret<String> = "hunter2".into();
    let args = secret::ResourceArgs::default().with_bar(secret);
    assert_eq!(args.bar.as_ref().map(Secret::expose).map(String::as_str), Some("hunter2"));
}
