//! `IntegrationResponse` derived from the default schema, used the way a provider would: reading
//! and writing the property map the Pulumi engine exchanges for the resource.

use schemagen_runtime::{PulumiResource, Resource};
use serde_json::json;

#[derive(PulumiResource)]
#[pulumi(schema = "../../schema/aws.json", token = "aws:apigateway/integrationResponse:IntegrationResponse")]
pub struct IntegrationResponse;

/// What the engine sends on create: camelCase wire names, maps as objects.
fn engine_inputs() -> serde_json::Value {
    json!({
        "httpMethod": "GET",
        "resourceId": "abc123",
        "restApi": "api-1",
        "statusCode": "200",
        "responseTemplates": {"application/xml": "#set($inputRoot = $input.path('$'))\n<message>$inputRoot.body</message>"},
        "selectionPattern": "-"
    })
}

#[test]
fn round_trips_the_engine_property_map() {
    let args: IntegrationResponseArgs = serde_json::from_value(engine_inputs()).unwrap();
    assert_eq!(args.http_method, "GET");
    assert_eq!(args.status_code, "200");
    assert_eq!(args.selection_pattern.as_deref(), Some("-"));
    assert_eq!(args.content_handling, None);
    assert_eq!(args.response_templates.as_ref().map(|m| m.len()), Some(1));
    assert_eq!(serde_json::to_value(&args).unwrap(), engine_inputs());
}

#[test]
fn rejects_a_missing_required_input_by_its_wire_name() {
    let mut inputs = engine_inputs();
    inputs.as_object_mut().unwrap().remove("restApi");
    let err = serde_json::from_value::<IntegrationResponseArgs>(inputs).unwrap_err();
    assert!(err.to_string().contains("missing field `restApi`"), "{err}");
}

#[test]
fn rejects_a_secret_where_the_schema_has_none() {
    // The default schema marks no IntegrationResponse property secret, so its fields are plain
    // `String`s; a secret envelope there is an error rather than a silently unwrapped secret.
    let mut inputs = engine_inputs();
    inputs["statusCode"] = json!({"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", "value": "200"});
    assert!(serde_json::from_value::<IntegrationResponseArgs>(inputs).is_err());
}

#[test]
fn the_constructor_takes_every_required_input() {
    let args = IntegrationResponseArgs::new("GET", "abc123", "api-1", "200")
        .with_selection_pattern("-")
        .with_response_templates([(
            "application/xml".to_string(),
            "#set($inputRoot = $input.path('$'))\n<message>$inputRoot.body</message>".to_string(),
        )]);
    assert_eq!(serde_json::to_value(&args).unwrap(), engine_inputs());
    let bare = IntegrationResponseArgs::new("GET", "abc123", "api-1", "200");
    assert_eq!(
        serde_json::to_value(&bare).unwrap(),
        json!({"httpMethod": "GET", "resourceId": "abc123", "restApi": "api-1", "statusCode": "200"})
    );
}

#[test]
fn implements_resource() {
    assert_eq!(IntegrationResponse::TOKEN, "aws:apigateway/integrationResponse:IntegrationResponse");
    let outputs: <IntegrationResponse as Resource>::Outputs = serde_json::from_value(json!({
        "id": "agir-1", "httpMethod": "GET", "resourceId": "abc123", "restApi": "api-1", "statusCode": "200",
        "responseParameters": {}, "responseTemplates": {}
    }))
    .unwrap();
    assert_eq!(outputs.id, "agir-1");
    // State inputs are all optional: an empty map is a valid lookup.
    let state: IntegrationResponseState = serde_json::from_value(json!({})).unwrap();
    assert_eq!(state, IntegrationResponseState::default());
}

/// A struct with its own fields is checked against the inputs and converts into the args.
#[derive(PulumiResource)]
#[pulumi(schema = "../../schema/aws.json", token = "aws:apigateway/integrationResponse:IntegrationResponse")]
pub struct Checked {
    pub http_method: String,
    pub resource_id: String,
    pub rest_api: String,
    pub status_code: String,
    pub selection_pattern: Option<String>,
}

#[test]
fn a_declared_struct_converts_into_args() {
    let checked = Checked {
        http_method: "GET".into(),
        resource_id: "abc123".into(),
        rest_api: "api-1".into(),
        status_code: "200".into(),
        selection_pattern: Some("-".into()),
    };
    let args = CheckedArgs::from(checked);
    assert_eq!(args, CheckedArgs::new("GET", "abc123", "api-1", "200").with_selection_pattern("-"));
}

/// The schema file is an input of this crate: rustc lists it in the dep-info Cargo reads to
/// decide on rebuilds, so editing it rebuilds the crate.
#[test]
fn the_schema_is_tracked_for_rebuilds() {
    let exe = std::env::current_exe().unwrap();
    let dep_info = std::fs::read_to_string(exe.with_extension("d")).expect("dep-info next to the test binary");
    let schema = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/aws.json").canonicalize().unwrap();
    assert!(dep_info.contains(&*schema.to_string_lossy()), "{} is not in the dep-info:\n{dep_info}", schema.display());
}
