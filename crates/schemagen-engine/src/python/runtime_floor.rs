//! The oldest `pulumi` (PyPI) the generated code runs on: the newest of the runtime APIs it
//! calls. Each entry names the first release that has the API, found in that release's wheel
//! and absent from the one before (or, for the older ones, in the commit that added it to
//! `sdk/python/lib/pulumi`); APIs of every 3.x release count as 3.0.0.

/// (API the templates under `templates/python/` use, first `pulumi` release that has it).
pub const RUNTIME_APIS: &[(&str, (u32, u32, u32))] = &[
    ("pulumi.runtime.call", (3, 0, 0)),
    ("pulumi.runtime.ResourceModule", (3, 0, 0)),
    ("pulumi.runtime.ResourcePackage", (3, 0, 0)),
    ("pulumi.runtime.register_resource_module", (3, 0, 0)),
    ("pulumi.runtime.register_resource_package", (3, 0, 0)),
    ("pulumi.runtime.sync_await", (3, 0, 0)),
    ("pulumi.runtime.to_json", (3, 0, 0)),
    ("pulumi.runtime.invoke", (3, 0, 0)),
    ("pulumi.runtime.invoke_output", (3, 134, 0)),
    ("pulumi.InvokeOutputOptions", (3, 141, 0)),
    ("pulumi.type_token", (3, 165, 0)),
    ("pulumi.runtime.invoke_single", (3, 174, 0)),
    ("pulumi.runtime.invoke_output_single", (3, 174, 0)),
    // Typed output unions: the runtime picks the member a value belongs to.
    ("pulumi._types.reduce_discriminated_union", (3, 260, 0)),
    ("pulumi.runtime.exists_resource", (3, 269, 0)),
];

/// The `pulumi` requirement of a generated package: from the newest API it uses, below 4.
pub fn pulumi_requirement() -> String {
    let (major, minor, patch) = RUNTIME_APIS.iter().map(|(_, v)| *v).max().unwrap_or((3, 0, 0));
    format!(">={major}.{minor}.{patch},<4.0.0")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `pulumi.runtime.<name>` (and `pulumi.<Name>` the table lists) a template writes.
    fn used_by_templates() -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates/python");
        let mut used = Vec::new();
        for entry in std::fs::read_dir(&dir).expect("templates/python is readable") {
            let text = std::fs::read_to_string(entry.expect("an entry").path()).expect("a template is text");
            for (i, _) in text.match_indices("pulumi.runtime.") {
                let rest = &text[i + "pulumi.runtime.".len()..];
                let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if !name.is_empty() {
                    used.push(format!("pulumi.runtime.{name}"));
                }
            }
        }
        used.sort();
        used.dedup();
        used
    }

    #[test]
    fn every_runtime_function_the_templates_call_has_a_first_release() {
        let listed: Vec<&str> = RUNTIME_APIS.iter().map(|(api, _)| *api).collect();
        for api in used_by_templates() {
            assert!(listed.contains(&api.as_str()), "{api} is used by a template: add the first pulumi release that has it");
        }
        // `pulumi.runtime.{{ f.runtime_fn }}` names the invoke functions.
        for f in ["invoke", "invoke_output", "invoke_single", "invoke_output_single"] {
            assert!(listed.contains(&format!("pulumi.runtime.{f}").as_str()));
        }
    }

    #[test]
    fn the_requirement_is_the_newest_api() {
        assert_eq!(pulumi_requirement(), ">=3.269.0,<4.0.0");
    }
}
