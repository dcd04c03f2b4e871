{%- import "python/macros.py" as m -%}
{%- call m::header(header) %}{%- endcall %}
{# #}
{%- call m::all_list(all) %}{%- endcall %}
{# #}
{%- if let Some(d) = deprecation %}
warnings.warn({{ d|py_str }}, DeprecationWarning)
{# #}
{%- endif %}
{%- if let Some(r) = result %}
{%- call m::result_class(r, "") %}{%- endcall %}
{# #}
{# #}
{%- endif %}
{%- for f in defs %}
def {{ f.name }}(
{%- for p in f.params -%}
{% if !loop.first %}{{ f.indent }}{% endif %}{{ p.name }}: {{ p.ty }} = None,
{% endfor -%}
{% if !f.params.is_empty() %}{{ f.indent }}{% endif %}opts: {% if f.plain %}Optional[pulumi.InvokeOptions]{% else %}Optional[Union[pulumi.InvokeOptions, pulumi.InvokeOutputOptions]]{% endif %} = None) -> {{ f.returns }}:
    """
{%- if f.doc.is_empty() %}
    Use this data source to access information about an existing resource.
{%- else %}
{%- call m::doc_lines(f.doc, "    ") %}{%- endcall %}
{%- endif %}
{%- if !f.param_docs.is_empty() %}
{# #}
{%- call m::param_docs(f.param_docs, "    ") %}{%- endcall %}
{%- endif %}
    """
{%- if let Some(d) = deprecation %}
    pulumi.log.warn({{ "{} is deprecated: {}"|format(name, d)|py_str }})
{%- endif %}
    __args__ = dict()
{%- for (w, n) in f.args %}
    __args__[{{ w }}] = {{ n }}
{%- endfor %}
    opts = pulumi.{% if f.plain %}InvokeOptions{% else %}InvokeOutputOptions{% endif %}.merge(_utilities.get_invoke_opts_defaults(), opts)
    __ret__ = pulumi.runtime.{{ f.runtime_fn }}({{ f.token_lit }}, __args__, opts=opts{% if let Some(t) = f.typ %}, typ={{ t }}{% endif %}){% if f.plain %}.value{% endif %}
{%- if f.returns_value %}
{%- if let Some((cls, fields)) = f.result %}
{%- if f.plain %}
{# #}
    return {{ cls }}(
{%- for (n, lit) in fields -%}
{% if !loop.first %},{% endif %}
        {{ n }}=pulumi.get(__ret__, {{ lit }})
{%- endfor -%}
)
{%- else %}
    return __ret__.apply(lambda __response__: {{ cls }}(
{%- for (n, lit) in fields -%}
{% if !loop.first %},{% endif %}
        {{ n }}=pulumi.get(__response__, {{ lit }})
{%- endfor -%}
))
{%- endif %}
{%- else %}
    return __ret__
{%- endif %}
{%- endif %}
{%- endfor %}
{%- call m::footer(header) %}{%- endcall %}
