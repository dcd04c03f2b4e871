{%- import "python/macros.py" as m -%}
{%- call m::header(header) %}{%- endcall %}
{# #}
__all__ = [
{%- for a in all %}
    {{ a }},
{%- endfor %}
]
{# #}
{%- for c in classes %}
{%- call m::class_def(c) %}{%- endcall %}
{%- endfor %}
