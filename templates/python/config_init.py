{%- import "python/macros.py" as m -%}
{%- call m::header(header) %}{%- endcall %}
import sys
{%- for e in exports %}
from .{{ e }} import *
{%- endfor %}
from .vars import _ExportableConfig
{# #}
sys.modules[__name__].__class__ = _ExportableConfig
{# #}
{%- call m::footer(header) %}{%- endcall %}
