{%- import "nodejs/macros.ts" as m -%}
{%- call m::header(imports) %}{% endcall %}
{{ res.doc }}export class {{ res.name }} extends pulumi.{{ res.base }} {
{%- if res.is_custom %}
    /**
     * Get an existing {{ res.name }} resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
{%- if res.state_name.is_some() %}
     * @param state Any extra arguments used during the lookup.
{%- endif %}
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
{%- if let Some(s) = res.state_name %}
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: {{ s }}, opts?: pulumi.CustomResourceOptions): {{ res.name }} {
{%- else %}
    public static get(name: string, id: pulumi.Input<pulumi.ID>, opts?: pulumi.CustomResourceOptions): {{ res.name }} {
{%- endif %}
{%- if let Some(w) = res.deprecation_warning %}
        pulumi.log.warn({{ w }});
{%- endif %}
        return new {{ res.name }}(name, {% if res.state_name.is_some() %}<any>state{% else %}undefined as any{% endif %}, { ...opts, id: id });
    }

    /**
     * Whether a {{ res.name }} resource with the given provider ID exists.
     *
     * @param id The _unique_ provider ID of the resource to look for.
     * @param opts Optional settings to control the behavior of the lookup.
     */
    public static exists(id: pulumi.Input<string>, {% if let Some(s) = res.state_name %}state?: {{ s }}, {% endif %}opts?: pulumi.CustomResourceOptions): pulumi.Output<boolean> {
        return utilities.resourceExists({{ res.name }}.__pulumiType, id, opts);
    }
{%- endif %}

    /** @internal */
    public static readonly __pulumiType = {{ res.type_token }};

    /**
     * Returns true if the given object is an instance of {{ res.name }}.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is {{ res.name }} {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === {% if res.is_provider %}"pulumi:providers:" + {% endif %}{{ res.name }}.__pulumiType;
    }
{% for p in res.properties %}
{{ p.doc }}    public declare readonly {{ p.key }}: {{ p.ty }};
{%- endfor %}

    /**
     * Create a {{ res.name }} resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
{%- if let Some(d) = res.deprecated %}
    /** @deprecated {{ d }} */
{%- endif %}
{%- if let Some(s) = res.state_name %}
    constructor(name: string, args{% if res.args_optional %}?{% endif %}: {{ res.args_name }}, opts?: pulumi.{{ res.opts_type }})
{%- if let Some(d) = res.deprecated %}
    /** @deprecated {{ d }} */
{%- endif %}
    constructor(name: string, argsOrState?: {{ res.args_name }} | {{ s }}, opts?: pulumi.{{ res.opts_type }}) {
{%- else %}
    constructor(name: string, args{% if res.args_optional %}?{% endif %}: {{ res.args_name }}, opts?: pulumi.{{ res.opts_type }}) {
{%- endif %}
{%- if let Some(w) = res.deprecation_warning %}
{%- if !res.is_provider %}
        pulumi.log.warn({{ w }});
{%- endif %}
{%- endif %}
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
{%- if res.is_provider %}
        {
{%- call inputs() %}{% endcall %}
        }
{%- else if let Some(s) = res.state_name %}
        if (opts.id) {
            const state = argsOrState as {{ s }} | undefined;
{%- for a in res.state_inputs %}
            resourceInputs[{{ a.key }}] = {{ a.expr }};
{%- endfor %}
        } else {
            const args = argsOrState as {{ res.args_name }} | undefined;
{%- call inputs() %}{% endcall %}
        }
{%- else %}
        if (!opts.id) {
{%- call inputs() %}{% endcall %}
        } else {
{%- for o in res.all_outputs %}
            resourceInputs[{{ o }}] = undefined /*out*/;
{%- endfor %}
        }
{%- endif %}
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
{%- if let Some(a) = res.aliases %}
        const aliasOpts = { aliases: {{ a }} };
        opts = pulumi.mergeOptions(opts, aliasOpts);
{%- endif %}
{%- if let Some(s) = res.secrets %}
        const secretOpts = { additionalSecretOutputs: {{ s }} };
        opts = pulumi.mergeOptions(opts, secretOpts);
{%- endif %}
{%- if let Some(r) = res.replace_on_changes %}
        const replaceOnChanges = { replaceOnChanges: {{ r }} };
        opts = pulumi.mergeOptions(opts, replaceOnChanges);
{%- endif %}
{%- if res.is_component %}
        super({{ res.name }}.__pulumiType, name, resourceInputs, opts, true /*remote*/);
{%- else %}
        super({{ res.name }}.__pulumiType, name, resourceInputs, opts);
{%- endif %}
    }
{%- for me in res.methods %}

{{ me.doc }}    {{ me.name }}({{ me.params }}): {{ me.returns }} {
{%- if let Some(w) = me.deprecation_warning %}
        pulumi.log.warn({{ w }});
{%- endif %}
{%- if let Some(t) = me.args_default %}
        args = args || {} as {{ t }};
{%- endif %}
{%- if me.plain %}
        return utilities.callAsync({{ me.token }}, {
{%- else if me.returns == "void" %}
        pulumi.runtime.call({{ me.token }}, {
{%- else %}
        return pulumi.runtime.call({{ me.token }}, {
{%- endif %}
{%- for w in me.wire %}
            {{ w.key }}: {{ w.expr }},
{%- endfor %}
        }, this{{ me.call_tail }});
    }
{%- endfor %}
}
{%- if let Some(s) = state %}

{% call m::interface(s, "") %}{% endcall %}
{%- endif %}

{% call m::interface(args, "") %}{% endcall %}
{%- if !method_types.is_empty() %}

export namespace {{ res.name }} {
{%- for t in method_types %}
{% call m::interface(t, "    ") %}{% endcall %}
{%- endfor %}
}
{%- endif %}

{%- macro inputs() %}
{%- for r in res.required %}
            if ({{ r.access }} === undefined && !opts.urn) {
                throw new Error({{ r.message }});
            }
{%- endfor %}
{%- for a in res.inputs %}
            resourceInputs[{{ a.key }}] = {{ a.expr }};
{%- endfor %}
{%- for o in res.outputs_only %}
            resourceInputs[{{ o }}] = undefined /*out*/;
{%- endfor %}
{%- endmacro %}
