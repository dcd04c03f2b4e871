{%- import "nodejs/macros.ts" as m -%}
{%- if header %}{%- call m::header(imports) %}{% endcall %}{% endif %}
{%- for item in items %}
{%- match item %}
{%- when TypesItem::Open with { indent, name } %}

{{ indent }}export namespace {{ name }} {
{%- when TypesItem::Close with { indent } %}
{{ indent }}}
{%- when TypesItem::Type with { indent, iface, defaults } %}
{% call m::interface(iface, indent) %}{% endcall %}
{%- if let Some(d) = defaults %}
{{ indent }}/**
{{ indent }} * {{ d.name }} sets the appropriate defaults for {{ d.ty }}
{{ indent }} */
{{ indent }}export function {{ d.name }}(val: {{ d.ty }}): {{ d.ty }} {
{{ indent }}    return {
{{ indent }}        ...val,
{%- for f in d.fields %}
{{ indent }}        {{ f.key }}: {{ f.expr }},
{%- endfor %}
{{ indent }}    };
{{ indent }}}
{%- endif %}
{%- endmatch %}
{%- endfor %}
