{%- import "python/macros.py" as m -%}
{%- call m::header(header) %}{%- endcall %}
import types
{%- if !input_classes.is_empty() %}
from . import _inputs as _config_inputs
{%- endif %}
{%- if has_outputs %}
from . import outputs as _config_outputs
{%- endif %}
{# #}
__config__ = pulumi.Config({{ namespace_lit }})
{# #}
{# #}
class _ExportableConfig(types.ModuleType):
{%- if !input_classes.is_empty() || has_outputs %}
    # This class replaces the config module's own, and annotations elsewhere name the module's
    # types through it (`config.FooArgs`, `config.outputs.Foo`): keep them reachable.
{%- endif %}
{%- for c in input_classes %}
    {{ c }} = _config_inputs.{{ c }}
{%- endfor %}
{%- if has_outputs %}
    outputs = _config_outputs
{%- endif %}
{%- if !input_classes.is_empty() || has_outputs %}
{# #}
{%- endif %}
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
{%- call m::footer(header) %}{%- endcall %}
