{%- import "python/macros.py" as m -%}
{%- call m::header(header) %}{%- endcall %}
{# #}
__all__ = ['{{ res.args_name }}', '{{ res.name }}']
{# #}
{%- call m::class_def(args) %}{%- endcall %}
{%- if let Some(s) = state %}
{%- call m::class_def(s) %}{%- endcall %}
{%- endif %}
{%- if let Some(d) = res.deprecation %}
{%- if !res.is_provider %}
warnings.warn({{ d|py_str }}, DeprecationWarning)
{# #}
{%- endif %}
{%- endif %}
{# #}
@pulumi.type_token({{ res.token_lit }})
class {{ res.name }}({{ res.base }}):
{%- if let Some(d) = res.deprecation %}
    warnings.warn({{ d|py_str }}, DeprecationWarning)
{# #}
{%- endif %}
    @overload
    def __init__(__self__,
{%- call m::init_keywords(res) %}{%- endcall %}
        """
{%- call m::resource_summary(res) %}{%- endcall %}
{# #}
        :param str resource_name: The name of the resource.
        :param pulumi.ResourceOptions opts: Options for the resource.
{%- call m::param_docs(res.init_param_docs, "        ") %}{%- endcall %}
        """
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
        """
{%- call m::resource_summary(res) %}{%- endcall %}
{# #}
        :param str resource_name: The name of the resource.
        :param {{ res.args_name }} args: The arguments to use to populate this resource's properties.
        :param pulumi.ResourceOptions opts: Options for the resource.
        """
        ...
    def __init__(__self__, resource_name: str, *args, **kwargs):
        resource_args, opts = _utilities.get_resource_args_opts({{ res.args_name }}, pulumi.ResourceOptions, *args, **kwargs)
        if resource_args is not None:
{%- if res.renamed_inputs.is_empty() %}
            __self__._internal_init(resource_name, opts, **resource_args.__dict__)
{%- else %}
            props = dict(resource_args.__dict__)
{%- for (key, param) in res.renamed_inputs %}
            props[{{ param }}] = props.pop({{ key }}, None)
{%- endfor %}
            __self__._internal_init(resource_name, opts, **props)
{%- endif %}
        else:
            __self__._internal_init(resource_name, *args, **kwargs)
{# #}
    def _internal_init(__self__,
{%- call m::init_keywords(res) %}{%- endcall %}
{%- if let Some(d) = res.deprecation %}
        pulumi.log.warn({{ "{} is deprecated: {}"|format(res.name, d)|py_str }})
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
{%- if let Some(dv) = a.default %}
            if {{ a.pname }} is None:
                {{ a.pname }} = {% call m::default_value(dv) %}{% endcall %}
{%- endif %}
{%- if a.required %}
            if {{ a.pname }} is None and not opts.urn:
                raise TypeError("Missing required property '{{ a.pname }}'")
{%- endif %}
{%- let v = a.const_lit.as_deref().unwrap_or(a.pname.as_str()) %}
{%- if a.as_json && a.secret %}
            __props__.__dict__[{{ a.key_lit }}] = pulumi.Output.secret({{ v }}).apply(pulumi.runtime.to_json) if {{ v }} is not None else None
{%- else if a.as_json %}
            __props__.__dict__[{{ a.key_lit }}] = pulumi.Output.from_input({{ v }}).apply(pulumi.runtime.to_json) if {{ v }} is not None else None
{%- else if a.secret %}
            __props__.__dict__[{{ a.key_lit }}] = None if {{ v }} is None else pulumi.Output.secret({{ v }})
{%- else %}
            __props__.__dict__[{{ a.key_lit }}] = {{ v }}
{%- endif %}
{%- endfor %}
{%- for k in res.output_only_lits %}
            __props__.__dict__[{{ k }}] = None
{%- endfor %}
{%- if !res.alias_type_lits.is_empty() %}
        alias_opts = pulumi.ResourceOptions(aliases=[
{%- for t in res.alias_type_lits -%}
{% if !loop.first %}, {% endif %}pulumi.Alias(type_={{ t }})
{%- endfor -%}
])
        opts = pulumi.ResourceOptions.merge(opts, alias_opts)
{%- endif %}
{%- if !res.secret_output_lits.is_empty() %}
        secret_opts = pulumi.ResourceOptions(additional_secret_outputs=[{{ res.secret_output_lits|join(", ") }}])
        opts = pulumi.ResourceOptions.merge(opts, secret_opts)
{%- endif %}
{%- if !res.replace_on_change_lits.is_empty() %}
        replace_on_changes = pulumi.ResourceOptions(replace_on_changes=[{{ res.replace_on_change_lits|join(", ") }}])
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
{%- if !res.is_provider && !res.is_component %}
    @staticmethod
    def get(resource_name: str,
            id: pulumi.Input[str],
            opts: Optional[pulumi.ResourceOptions] = None
{%- for p in res.get_params -%}
,
            {{ p.name }}: {{ p.ty }} = None
{%- endfor -%}
) -> '{{ res.name }}':
        """
        Get an existing {{ res.type_name }} resource's state with the given name, id, and optional extra
        properties used to qualify the lookup.
{# #}
        :param str resource_name: The unique name of the resulting resource.
        :param pulumi.Input[str] id: The unique provider ID of the resource to lookup.
        :param pulumi.ResourceOptions opts: Options for the resource.
{%- call m::param_docs(res.get_param_docs, "        ") %}{%- endcall %}
        """
        opts = pulumi.ResourceOptions.merge(opts, pulumi.ResourceOptions(id=id))
{# #}
        __props__ = {{ res.get_props_class }}.__new__({{ res.get_props_class }})
{# #}
{%- for (k, v) in res.get_assigns %}
        __props__.__dict__[{{ k }}] = {{ v.as_deref().unwrap_or("None") }}
{%- endfor %}
        return {{ res.name }}(resource_name, opts=opts, __props__=__props__)
{# #}
    @staticmethod
    def exists(id: pulumi.Input[str],
               opts: Optional[pulumi.ResourceOptions] = None
{%- for p in res.get_params -%}
,
               {{ p.name }}: {{ p.ty }} = None
{%- endfor -%}
) -> pulumi.Output[bool]:
        """
        Whether a {{ res.type_name }} resource with the given id exists, as its provider reports it.
{# #}
        :param pulumi.Input[str] id: The unique provider ID of the resource to look for.
        :param pulumi.ResourceOptions opts: Options for the check (provider, parent).
{%- call m::param_docs(res.get_param_docs, "        ") %}{%- endcall %}
        """
        opts = pulumi.ResourceOptions.merge(_utilities.get_resource_opts_defaults(), opts)
        __props__: dict = {}
{%- for (w, n) in res.exists_props %}
        if {{ n }} is not None:
            __props__[{{ w }}] = {{ n }}
{%- endfor %}
        return pulumi.runtime.exists_resource(None, {{ res.token_lit }}, id, __props__, opts)
{# #}
{%- endif %}
{%- call m::getters(res.props, false, true, "") %}{%- endcall %}
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
{%- call m::docstring(me.doc, me.param_docs, "        ") %}{%- endcall %}
{%- if let Some(d) = me.deprecation %}
        pulumi.log.warn({{ "{} is deprecated: {}"|format(me.name, d)|py_str }})
{%- endif %}
        __args__ = dict()
        __args__['__self__'] = __self__
{%- for (w, n) in me.args %}
        __args__[{{ w }}] = {{ n }}
{%- endfor %}
{%- match me.kind %}
{%- when CallKind::Plain with { unwrap } %}
        return _utilities.call_plain({{ me.token_lit }}, __args__, res=__self__{% if let Some(t) = me.typ %}, typ={{ t }}{% endif %}){% if unwrap %}.res{% endif %}
{%- when CallKind::Bare %}
        pulumi.runtime.call({{ me.token_lit }}, __args__, res=__self__{% if let Some(t) = me.typ %}, typ={{ t }}{% endif %})
{%- when CallKind::Lift with (p) %}
        __result__ = pulumi.runtime.call({{ me.token_lit }}, __args__, res=__self__{% if let Some(t) = me.typ %}, typ={{ t }}{% endif %})
        return __result__.{{ p }}
{%- when CallKind::Output %}
        return pulumi.runtime.call({{ me.token_lit }}, __args__, res=__self__{% if let Some(t) = me.typ %}, typ={{ t }}{% endif %})
{%- endmatch %}
{# #}
{%- endfor %}
{%- call m::footer(header) %}{%- endcall %}
