{%- import "nodejs/macros.ts" as m -%}
{%- call m::header(imports) %}{% endcall %}
{%- if !exports.is_empty() %}
// Export members:
{%- for e in exports %}
{%- if e.star %}
export * from {{ e.path }};
{%- else %}
{%- if !e.types.is_empty() %}
export { {{ e.types|join(", ") }} } from {{ e.path }};
{%- endif %}
{%- for c in e.classes %}
export type {{ c }} = import({{ e.path }}).{{ c }};
{%- endfor %}
{%- for l in e.lazy %}
export const {{ l }}: typeof import({{ e.path }}).{{ l }} = null as any;
{%- endfor %}
{%- if !e.lazy.is_empty() %}
utilities.lazyLoad(exports, [{% for l in e.lazy %}"{{ l }}"{% if !loop.last %}, {% endif %}{% endfor %}], () => require({{ e.path }}));
{%- endif %}
{% endif %}
{%- endfor %}
{%- endif %}
{%- if let Some(e) = enums %}

// Export enums:
export * from {{ e }};
{%- endif %}
{%- if !children.is_empty() %}

// Export sub-modules:
{%- for (binding, path, _) in children %}
import * as {{ binding }} from "{{ path }}";
{%- endfor %}

export {
{%- for (_, _, entry) in children %}
    {{ entry }},
{%- endfor %}
};
{%- endif %}
{%- if !constructs.is_empty() %}

const _module = {
    version: utilities.getVersion(),
    construct: (name: string, type: string, urn: string): pulumi.Resource => {
        switch (type) {
{%- for c in constructs %}
            case {{ c.token }}:
                return new {{ c.class }}(name, <any>undefined, { urn })
{%- endfor %}
            default:
                throw new Error(`unknown resource type ${type}`);
        }
    },
};
{%- for r in registrations %}
pulumi.runtime.registerResourceModule({{ package }}, {{ r }}, _module)
{%- endfor %}
{%- endif %}
{%- if let Some(t) = provider_token %}
pulumi.runtime.registerResourcePackage({{ package }}, {
    version: utilities.getVersion(),
    constructProvider: (name: string, type: string, urn: string): pulumi.ProviderResource => {
        if (type !== {{ t }}) {
            throw new Error(`unknown provider type ${type}`);
        }
        return new Provider(name, <any>undefined, { urn });
    },
});
{%- endif %}
