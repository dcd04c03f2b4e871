//! The one sanitizer policy of the HTML site: every piece of schema text that reaches a page as
//! markup (descriptions, deprecation messages, package notes, after CommonMark rendering) goes
//! through [`Sanitizer::clean`]. No script, event handler, style, form, frame or `javascript:`
//! URL survives it; what remains is the markup documentation uses.

use std::borrow::Cow;

/// The languages' example wrappers the renderer adds (`markdown.rs`): the only attributes and
/// classes beyond ammonia's defaults.
const EXAMPLE_CLASSES: [&str; 3] = ["example", "example-missing", "lang-label"];

pub(super) struct Sanitizer {
    policy: ammonia::Builder<'static>,
}

impl Sanitizer {
    pub(super) fn new() -> Self {
        let mut policy = ammonia::Builder::default();
        policy
            .add_tag_attributes("div", &["data-lang"])
            .add_allowed_classes("div", &EXAMPLE_CLASSES)
            .url_relative(ammonia::UrlRelative::Custom(Box::new(relative_url)));
        Sanitizer { policy }
    }

    /// `html` with everything outside the policy removed (the content of `script` and `style`
    /// with it, other unknown elements unwrapped to their text).
    pub(super) fn clean(&self, html: &str) -> String {
        self.policy.clean(html).to_string()
    }
}

/// A relative link in schema text, as the site uses it (`super::site_url`).
fn relative_url(url: &str) -> Option<Cow<'_, str>> {
    Some(Cow::Owned(super::site_url(url)))
}

#[cfg(test)]
mod tests {
    use super::Sanitizer;

    #[test]
    fn scripts_handlers_and_script_urls_are_removed() {
        let s = Sanitizer::new();
        let out = s.clean(
            r#"<p onclick="x()">a</p><script>alert(1)</script><a href="javascript:alert(1)">b</a><img src=x onerror=alert(1)><iframe src="https://e"></iframe><style>*{}</style>"#,
        );
        for bad in ["onclick", "<script", "alert", "javascript:", "onerror", "<iframe", "<style"] {
            assert!(!out.contains(bad), "{bad} survived: {out}");
        }
        assert!(out.contains("<p>a</p>") && out.contains(">b</a>"), "{out}");
    }

    #[test]
    fn example_wrappers_are_kept_and_site_paths_point_at_pulumi() {
        let s = Sanitizer::new();
        let out = s.clean(r##"<div class="example evil" data-lang="python" style="x">e</div><a href="/docs/x">d</a><a href="#a">h</a>"##);
        assert!(out.contains(r#"<div class="example" data-lang="python">e</div>"#), "{out}");
        assert!(out.contains(r#"href="https://www.pulumi.com/docs/x""#) && out.contains(r##"href="#a""##), "{out}");
    }
}
