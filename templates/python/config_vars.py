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
        return {{ v.fetch }}
{# #}
{%- endfor %}
{%- if vars.is_empty() %}
    pass
{%- endif %}
{# #}
