//! Schema defaults on object types: a type the package only ever sends fills absent optional
//! fields with its defaults when read; a type a resource returns is read as sent.

#[derive(schemagen_runtime::PulumiResource)]
#[pulumi(schema = "schemas/object-defaults.json", token = "defaults:index:Pipeline")]
pub struct Pipeline;

fn main() {
    let settings: Settings = serde_json::from_str("{}").unwrap();
    assert_eq!(settings.mode.as_deref(), Some("fast"));
    assert_eq!(settings.retries, Some(3));
    assert_eq!(settings.label, None);
    let given: Settings = serde_json::from_str(r#"{"mode":"slow"}"#).unwrap();
    assert_eq!(given.mode.as_deref(), Some("slow"));

    let status: Status = serde_json::from_str("{}").unwrap();
    assert_eq!(status.phase, None, "an output is read as the engine sent it");

    let args: PipelineArgs = serde_json::from_str(r#"{"settings":{}}"#).unwrap();
    assert_eq!(args.settings.and_then(|s| s.retries), Some(3));
}
