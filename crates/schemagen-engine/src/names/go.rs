//! Go names as Pulumi's 2020 Go generator and docs printed them.

/// The first character upper-cased, the rest untouched (Pulumi's `Title` helper).
pub fn title(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Go's `strings.Title`: upper-cases every letter that starts a word, where a word starts after
/// a separator (ASCII punctuation or space; letters, digits and `_` join words).
pub fn strings_title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev = ' ';
    for c in s.chars() {
        if is_word_separator(prev) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        prev = c;
    }
    out
}

fn is_word_separator(c: char) -> bool {
    if c.is_ascii() {
        return !(c.is_ascii_alphanumeric() || c == '_');
    }
    if c.is_alphanumeric() {
        return false;
    }
    c.is_whitespace()
}

/// Lower-cases the leading run of capitals up to the first lower-case letter (`GetFoo` → `getFoo`,
/// `URLMap` → `urlmap`), as Pulumi's `camel` helper did.
pub fn camel(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices();
    for (i, c) in chars.by_ref() {
        if c.is_lowercase() {
            out.push_str(&s[i..]);
            return out;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// A property's Go field name: `strings.Title` of the schema name.
pub fn property_name(schema_name: &str) -> String {
    strings_title(schema_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_names_follow_the_2020_rules() {
        assert_eq!(property_name("restApi"), "RestApi");
        assert_eq!(property_name("arn"), "Arn");
        assert_eq!(property_name("id"), "Id");
        assert_eq!(strings_title("foo_bar"), "Foo_bar");
        assert_eq!(strings_title("foo-bar baz"), "Foo-Bar Baz");
        assert_eq!(title("integrationResponse"), "IntegrationResponse");
        assert_eq!(camel("GetFoo"), "getFoo");
        assert_eq!(camel("URLMap"), "urlmap");
        assert_eq!(camel(""), "");
    }
}
