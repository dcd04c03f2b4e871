{%- import "python/macros.py" as m -%}
{%- call m::header(header) %}{%- endcall %}
{# #}
{%- for v in vars %}
{{ v.name }}: {{ v.ty }}
{%- call m::doc(v.doc, "") %}{%- endcall %}
{# #}
{%- endfor %}
{# #}
