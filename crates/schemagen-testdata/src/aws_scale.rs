//! The aws-scale schema: aws-native (4 MB, 475 resources) with its types, resources and functions
//! repeated under renamed modules until it is about the size of the aws provider's schema
//! (48 MB, 5,700 resources), the size at which Pulumi's own generator hurts.

use std::path::{Path, PathBuf};

/// How many times aws-native's members appear: the original and `COPIES - 1` renamed copies.
pub const COPIES: usize = 12;

/// The sections whose members are repeated.
const SECTIONS: [&str; 3] = ["types", "resources", "functions"];

/// `../shared/fixtures/bench/aws-native.json`, seen from the repository.
pub fn aws_native_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/bench/aws-native.json")
}

/// The aws-native schema's text; panics with the path when it is missing (a bench cannot run
/// without it).
pub fn aws_native_text() -> String {
    let path = aws_native_path();
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("the bench schema {} is missing: {e}", path.display()))
}

/// `base` (a schema of package `aws-native`) with every type, resource and function repeated
/// `copies` times: copy 0 as it is, copy `n` with each `aws-native:` token prefix (in tokens and
/// `$ref`s alike) turned into `aws-native:c<n>`, so `aws-native:s3:Bucket` becomes
/// `aws-native:c3s3:Bucket` in module `c3s3`. Members keep the base's order, copy after copy,
/// and the text is pretty-printed the same way each time: the output depends on `base` only.
pub fn aws_scale(base: &str, copies: usize) -> String {
    let base_doc: serde_json::Value = serde_json::from_str(base).expect("the base schema is JSON");
    let mut doc = base_doc.clone();
    for section in SECTIONS {
        let Some(members) = base_doc.get(section) else { continue };
        let text = serde_json::to_string(members).expect("a JSON value serializes");
        let merged = doc[section].as_object_mut().expect("a schema section is an object");
        for copy in 1..copies {
            let renamed = text.replace("aws-native:", &format!("aws-native:c{copy}"));
            let members: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&renamed).expect("renaming keeps the JSON valid");
            merged.extend(members);
        }
    }
    serde_json::to_string_pretty(&doc).expect("a JSON value serializes")
}

/// The aws-scale schema written under the workspace's `target/` (made on first use, replaced
/// atomically so that concurrent users never read half a file); returns its path.
pub fn aws_scale_file() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let path = target.join(format!("bench/aws-scale-x{COPIES}.json"));
    if path.is_file() {
        return path;
    }
    let dir = path.parent().expect("a file in a folder");
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    let partial = dir.join(format!(".aws-scale-{}.partial", std::process::id()));
    std::fs::write(&partial, aws_scale(&aws_native_text(), COPIES)).unwrap_or_else(|e| panic!("cannot write {}: {e}", partial.display()));
    std::fs::rename(&partial, &path).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = r##"{
        "name": "aws-native",
        "types": {"aws-native:s3:Tag": {"type": "object", "properties": {"key": {"type": "string"}}}},
        "resources": {"aws-native:s3:Bucket": {"inputProperties": {"tags": {"type": "array", "items": {"$ref": "#/types/aws-native:s3:Tag"}}}}},
        "functions": {}
    }"##;

    #[test]
    fn copies_are_renamed_with_their_references() {
        let doc: serde_json::Value = serde_json::from_str(&aws_scale(BASE, 3)).unwrap();
        let resources: Vec<&String> = doc["resources"].as_object().unwrap().keys().collect();
        assert_eq!(resources, ["aws-native:s3:Bucket", "aws-native:c1s3:Bucket", "aws-native:c2s3:Bucket"]);
        assert_eq!(doc["types"].as_object().unwrap().len(), 3);
        let items = &doc["resources"]["aws-native:c2s3:Bucket"]["inputProperties"]["tags"]["items"]["$ref"];
        assert_eq!(items, "#/types/aws-native:c2s3:Tag");
    }

    #[test]
    fn the_same_base_gives_the_same_text() {
        assert_eq!(aws_scale(BASE, 4), aws_scale(BASE, 4));
        assert_ne!(aws_scale(BASE, 4), aws_scale(BASE, 3));
    }
}
