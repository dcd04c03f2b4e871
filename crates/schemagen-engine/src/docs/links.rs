//! Links to the per-language API reference, as the 2020 pages wrote them.


use super::context::DocsContext;

/// `vN/` in Go import paths, for major versions above 1.
fn go_version_segment(ctx: &DocsContext<'_>) -> String {
    match ctx.major_version {
        Some(major) if major > 1 => format!("v{major}/"),
        _ => String::new(),
    }
}

pub fn nodejs_pulumi_type(name: &str) -> String {
    format!("/docs/reference/pkg/nodejs/pulumi/pulumi/#{}", name.replace('?', ""))
}

pub fn nodejs_resource_type(ctx: &DocsContext<'_>, module: &str, name: &str) -> String {
    let pkg = &ctx.pkg.name;
    let path = match (pkg.is_empty(), module.is_empty()) {
        (false, false) => format!("{pkg}/{module}"),
        (true, false) => module.to_string(),
        (false, true) => pkg.clone(),
        (true, true) => String::new(),
    };
    format!("/docs/reference/pkg/nodejs/pulumi/{path}/#{}", name.replace('?', ""))
}

/// Supporting types live under `types/input` or `types/output` in the Node.js reference.
pub fn nodejs_input_output_type(ctx: &DocsContext<'_>, name: &str, input: bool) -> String {
    let name = name.strip_suffix('?').unwrap_or(name);
    let name = name.rsplit('.').next().unwrap_or(name);
    let dir = if input { "input" } else { "output" };
    format!("/docs/reference/pkg/nodejs/pulumi/{}/types/{dir}/#{name}", ctx.pkg.name)
}

pub fn go_pulumi_type(ctx: &DocsContext<'_>, name: &str) -> String {
    format!("https://pkg.go.dev/github.com/pulumi/pulumi/sdk/{}go/pulumi?tab=doc#{name}", go_version_segment(ctx))
}

pub fn go_resource_type(ctx: &DocsContext<'_>, go_module: &str, name: &str) -> String {
    let pkg = &ctx.pkg.name;
    let name = name.rsplit('.').next().unwrap_or(name);
    let name = name.strip_prefix('*').unwrap_or(name);
    format!(
        "https://pkg.go.dev/github.com/pulumi/pulumi-{pkg}/sdk/{}go/{pkg}/{go_module}?tab=doc#{name}",
        go_version_segment(ctx)
    )
}

pub fn csharp_pulumi_type(name: &str) -> String {
    format!("/docs/reference/pkg/dotnet/Pulumi/{name}.html")
}

/// `qualified` is the full C# name, e.g. `Pulumi.Aws.ApiGateway.IntegrationResponseArgs`.
pub fn csharp_resource_type(ctx: &DocsContext<'_>, qualified: &str) -> String {
    let ns = if ctx.pkg.name.is_empty() { String::new() } else { format!(".{}", ctx.csharp.package) };
    format!("/docs/reference/pkg/dotnet/Pulumi{ns}/{}.html", qualified.replace('?', ""))
}
