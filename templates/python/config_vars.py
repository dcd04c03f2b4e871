{%- import "python/macros.py" as m -%}
{%- call m::header(header) %}{%- endcall %}
import types
{# #}
__config__ = pulumi.Config({{ namespace_lit }})
{# #}
{# #}
class _ExportableConfig(types.ModuleType):
{%- for v in vars %}
    @_builtins.property
    def {{ v.name }}(self) -> {{ v.ty }}:
{%- call m::doc(v.doc, "        ") %}{%- endcall %}
        return __config__.{{ v.getter }}({{ v.key_lit }}){% if let Some(d) = v.default %} or {% call m::default_value(d) %}{% endcall %}{% endif %}
{# #}
{%- endfor %}
{%- if vars.is_empty() %}
    pass
{%- endif %}
{# #}
