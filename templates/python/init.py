{%- import "python/macros.py" as m -%}
{%- call m::header(header) %}{%- endcall %}
from {{ header.root }} import _utilities
import typing
{%- if !exports.is_empty() %}
# Export this package's modules as members:
{%- for e in exports %}
from .{{ e }} import *
{%- endfor %}
{%- endif %}
{%- if has_inputs %}
from ._inputs import *
{%- endif %}
{%- if has_outputs %}
from . import outputs
{%- endif %}
{%- if !children.is_empty() %}
{# #}
# Make subpackages available:
if typing.TYPE_CHECKING:
{%- for c in children %}
    import {{ c.fqn }} as __{{ c.short }}
    {{ c.short }} = __{{ c.short }}
{%- endfor %}
else:
{%- for c in children %}
    {{ c.short }} = _utilities.lazy_import({{ c.fqn_lit }})
{%- endfor %}
{# #}
{%- endif %}
{%- if let Some(r) = registration %}
_utilities.register(
    resource_modules={{ r.modules_lit }},
    resource_packages={{ r.packages_lit }}
)
{%- endif %}
{# #}
{%- call m::footer(header) %}{%- endcall %}
