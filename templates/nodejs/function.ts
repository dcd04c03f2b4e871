{%- import "nodejs/macros.ts" as m -%}
{%- call m::header(imports) %}{% endcall %}
{%- for form in forms %}
{{ fun.doc }}
{%- if let Some(d) = fun.deprecated %}/** @deprecated {{ d }} */
{% endif -%}
export function {{ form.name }}({{ form.params }}opts?: pulumi.{{ form.options }}): {{ form.returns }} {
{%- if let Some(w) = fun.deprecation_warning %}
    pulumi.log.warn({{ w }});
{%- endif %}
{%- if let Some(t) = form.args_default %}
    args = args || {} as {{ t }};
{%- endif %}
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.{{ form.invoke }}({{ fun.token }}, {
{%- for w in form.wire %}
        {{ w.key }}: {{ w.expr }},
{%- endfor %}
    }, opts);
}
{%- for i in form.interfaces %}

{% call m::interface(i, "") %}{% endcall %}
{%- endfor %}
{%- endfor %}
