{%- import "python/macros.py" as m -%}
{%- call m::header(header) %}{%- endcall %}
import pulumi
from enum import Enum
{# #}
__all__ = [
{%- for e in enums %}
    {{ e.name_lit }},
{%- endfor %}
]
{# #}
{%- for e in enums %}
{# #}
@pulumi.type_token({{ e.token_lit }})
class {{ e.name }}({{ e.base }}, Enum):
{%- call m::doc(e.doc, "    ") %}{%- endcall %}
{%- for (n, v, d) in e.members %}
    {{ n }} = {{ v }}
{%- call m::doc(d, "    ") %}{%- endcall %}
{%- endfor %}
{%- if e.members.is_empty() && e.doc.is_empty() %}
    pass
{%- endif %}
{# #}
{%- endfor %}
{%- call m::footer(header) %}{%- endcall %}
