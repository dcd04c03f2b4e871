{%- import "go/macros.go" as m -%}
{% call m::header(pkg_name, imports) %}{% endcall %}
var _ = {{ internal }}.GetEnvOrDefault
{% for g in getters %}
{{ g.doc }}func Get{{ g.name }}(ctx *pulumi.Context) {{ g.ty }} {
{%- if let Some(fb) = g.fallback %}
	v, err := config.Try{{ g.getter }}(ctx, {{ g.key }})
	if err == nil {
		return v
	}
	var value {{ g.ty }}
{{ fb }}	return value
{%- else %}
	return config.Get{{ g.getter }}(ctx, {{ g.key }})
{%- endif %}
}
{% endfor -%}
