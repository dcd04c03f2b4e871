{%- import "python/macros.py" as m -%}
{%- call m::header(header) %}{%- endcall %}
{{ header.utilities_import }}
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
{%- for (short, fqn) in children %}
    import {{ fqn }} as __{{ short }}
    {{ short }} = __{{ short }}
{%- endfor %}
else:
{%- for (short, fqn) in children %}
    {{ short }} = _utilities.lazy_import({{ fqn_lits[loop.index0] }})
{%- endfor %}
{# #}
{%- endif %}
{%- if let Some((modules, packages)) = registration %}
_utilities.register(
    resource_modules={{ modules }},
    resource_packages={{ packages }}
)
{%- endif %}
{# #}
