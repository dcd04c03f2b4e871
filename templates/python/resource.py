{%- import "python/macros.py" as m -%}
{%- call m::header(header) %}{%- endcall %}
{# #}
__all__ = [{{ all|join(", ") }}]
{# #}
{%- call m::class_def(args) %}{%- endcall %}
{%- if let Some(s) = state %}
{%- call m::class_def(s) %}{%- endcall %}
{%- endif %}
{%- if let Some(d) = res.deprecation_lit %}
{%- if res.base != "pulumi.ProviderResource" %}
warnings.warn({{ d }}, DeprecationWarning)
{# #}
{%- endif %}
{%- endif %}
{# #}
@pulumi.type_token({{ res.token_lit }})
class {{ res.name }}({{ res.base }}):
{%- if let Some(d) = res.deprecation_lit %}
    warnings.warn({{ d }}, DeprecationWarning)
{# #}
{%- endif %}
    @overload
    def __init__(__self__,
                 resource_name: str,
                 opts: Optional[pulumi.ResourceOptions] = None,
{%- for p in res.init_params %}
                 {{ p.name }}: {{ p.ty }} = None,
{%- endfor %}
                 __props__=None):
{%- call m::doc(res.kw_doc, "        ") %}{%- endcall %}
        ...
    @overload
    def __init__(__self__,
                 resource_name: str,
{%- if res.all_optional %}
                 args: Optional[{{ res.args_name }}] = None,
{%- else %}
                 args: {{ res.args_name }},
{%- endif %}
                 opts: Optional[pulumi.ResourceOptions] = None):
{%- call m::doc(res.args_doc, "        ") %}{%- endcall %}
        ...
    def __init__(__self__, resource_name: str, *args, **kwargs):
        resource_args, opts = _utilities.get_resource_args_opts({{ res.args_name }}, pulumi.ResourceOptions, *args, **kwargs)
        if resource_args is not None:
            __self__._internal_init(resource_name, opts, **resource_args.__dict__)
        else:
            __self__._internal_init(resource_name, *args, **kwargs)
{# #}
    def _internal_init(__self__,
                 resource_name: str,
                 opts: Optional[pulumi.ResourceOptions] = None,
{%- for p in res.init_params %}
                 {{ p.name }}: {{ p.ty }} = None,
{%- endfor %}
                 __props__=None):
{%- if let Some(l) = res.deprecation_log_lit %}
        pulumi.log.warn({{ l }})
{%- endif %}
        opts = pulumi.ResourceOptions.merge(_utilities.get_resource_opts_defaults(), opts)
        if not isinstance(opts, pulumi.ResourceOptions):
            raise TypeError('Expected resource options to be a ResourceOptions instance')
{%- if res.is_component %}
        if opts.id is not None:
            raise ValueError('ComponentResource classes do not support opts.id')
        else:
{%- else %}
        if opts.id is None:
{%- endif %}
            if __props__ is not None:
                raise TypeError('__props__ is only valid when passed in combination with a valid opts.id to get an existing resource')
            __props__ = {{ res.args_name }}.__new__({{ res.args_name }})
{# #}
{%- for a in res.assigns %}
{%- if let Some(dv) = a.default_expr %}
            if {{ a.pname }} is None:
                {{ a.pname }} = {{ dv }}
{%- endif %}
{%- if a.required %}
            if {{ a.pname }} is None and not opts.urn:
                raise TypeError("Missing required property '{{ a.pname }}'")
{%- endif %}
{%- if a.secret %}
            __props__.__dict__[{{ a.key_lit }}] = None if {{ a.value }} is None else pulumi.Output.secret({{ a.value }})
{%- else %}
            __props__.__dict__[{{ a.key_lit }}] = {{ a.value }}
{%- endif %}
{%- endfor %}
{%- for k in res.output_nones %}
            __props__.__dict__[{{ k }}] = None
{%- endfor %}
{%- if !res.aliases.is_empty() %}
        alias_opts = pulumi.ResourceOptions(aliases=[{{ res.aliases|join(", ") }}])
        opts = pulumi.ResourceOptions.merge(opts, alias_opts)
{%- endif %}
{%- if !res.secret_outputs.is_empty() %}
        secret_opts = pulumi.ResourceOptions(additional_secret_outputs=[{{ res.secret_outputs|join(", ") }}])
        opts = pulumi.ResourceOptions.merge(opts, secret_opts)
{%- endif %}
{%- if !res.replace_on_changes.is_empty() %}
        replace_on_changes = pulumi.ResourceOptions(replace_on_changes=[{{ res.replace_on_changes|join(", ") }}])
        opts = pulumi.ResourceOptions.merge(opts, replace_on_changes)
{%- endif %}
        super({{ res.name }}, __self__).__init__(
            {{ res.register_lit }},
            resource_name,
            __props__,
{%- if res.is_component %}
            opts,
            remote=True)
{%- else %}
            opts)
{%- endif %}
{# #}
{%- if res.has_get %}
    @staticmethod
    def get(resource_name: str,
            id: pulumi.Input[str],
            opts: Optional[pulumi.ResourceOptions] = None
{%- for p in res.get_params -%}
,
            {{ p.name }}: {{ p.ty }} = None
{%- endfor -%}
) -> '{{ res.name }}':
{%- call m::doc(res.get_doc, "        ") %}{%- endcall %}
        opts = pulumi.ResourceOptions.merge(opts, pulumi.ResourceOptions(id=id))
{# #}
        __props__ = {{ res.get_props_class }}.__new__({{ res.get_props_class }})
{# #}
{%- for (k, v) in res.get_assigns %}
        __props__.__dict__[{{ k }}] = {{ v }}
{%- endfor %}
        return {{ res.name }}(resource_name, opts=opts, __props__=__props__)
{# #}
{%- endif %}
{%- call m::getters(res.props, false, "") %}{%- endcall %}
{%- for me in res.methods %}
{%- if let Some(r) = me.result %}
{%- call m::result_class(r, "    ") %}{%- endcall %}
{%- endif %}
    def {{ me.name }}(__self__
{%- if !me.params.is_empty() %}, *{% endif %}
{%- for p in me.params -%}
,
            {{ p.name }}: {{ p.ty }}{% if p.default_none %} = None{% endif %}
{%- endfor -%}
) -> {{ me.returns }}:
{%- call m::doc(me.doc, "        ") %}{%- endcall %}
{%- if let Some(l) = me.deprecation_log_lit %}
        pulumi.log.warn({{ l }})
{%- endif %}
        __args__ = dict()
        __args__['__self__'] = __self__
{%- for (w, n) in me.args %}
        __args__[{{ w }}] = {{ n }}
{%- endfor %}
{%- match me.kind %}
{%- when CallKind::Plain with { unwrap } %}
        return _utilities.call_plain({{ me.token_lit }}, __args__, res=__self__{{ me.typ }}){% if let Some(u) = unwrap %}.{{ u }}{% endif %}
{%- when CallKind::Bare %}
        pulumi.runtime.call({{ me.token_lit }}, __args__, res=__self__{{ me.typ }})
{%- when CallKind::Lift with (p) %}
        __result__ = pulumi.runtime.call({{ me.token_lit }}, __args__, res=__self__{{ me.typ }})
        return __result__.{{ p }}
{%- when CallKind::Output %}
        return pulumi.runtime.call({{ me.token_lit }}, __args__, res=__self__{{ me.typ }})
{%- endmatch %}
{# #}
{%- endfor %}
