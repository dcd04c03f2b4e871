{%- import "nodejs/macros.ts" as m -%}
{%- call m::header(imports) %}{% endcall %}
declare var exports: any;
const __config = new pulumi.Config({{ namespace }});
{%- for v in vars %}

{{ v.doc }}export declare const {{ v.name }}: {{ v.ty }};
Object.defineProperty(exports, {{ v.name_lit }}, {
    get() {
        return {{ v.fetch }};
    },
    enumerable: true,
});
{%- endfor %}
