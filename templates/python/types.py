{%- import "python/macros.py" as m -%}
{%- call m::header(header) %}{%- endcall %}
{# #}
{%- call m::all_list(all) %}{%- endcall %}
{# #}
{%- for c in classes %}
{%- call m::class_def(c) %}{%- endcall %}
{%- endfor %}
{%- call m::footer(header) %}{%- endcall %}
