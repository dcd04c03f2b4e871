{%- import "go/macros.go" as m -%}
{% call m::header(pkg_name, imports) %}{% endcall %}
{{ doc }}type {{ name }} struct {
	pulumi.{{ state_kind }}
{% if !fields.is_empty() %}
{{ fields }}{% endif -%}
}

// New{{ name }} registers a new resource with the given unique name, arguments, and options.
func New{{ name }}(ctx *pulumi.Context,
	name string, args *{{ name }}Args, opts ...pulumi.ResourceOption) (*{{ name }}, error) {
{%- if !has_required %}
	if args == nil {
		args = &{{ name }}Args{}
	}
{% else %}
	if args == nil {
		return nil, errors.New("missing one or more required arguments")
	}
{% endif %}
{% for r in required %}	if args.{{ r.0 }} == nil {
		return nil, errors.New({{ r.1 }})
	}
{% endfor -%}
{% for d in defaults %}{{ d }}{% endfor -%}
{% for s in secret_inputs %}	if args.{{ s.0 }} != nil {
{%- if generic %}
		untypedSecretValue := pulumi.ToSecret(args.{{ s.0 }}.ToOutput(ctx.Context()).Untyped())
		args.{{ s.0 }} = pulumix.MustConvertTyped[{{ s.1 }}](untypedSecretValue)
{%- else %}
		args.{{ s.0 }} = pulumi.ToSecret(args.{{ s.0 }}).({{ s.1 }})
{%- endif %}
	}
{% endfor -%}
{% if !aliases.is_empty() %}	aliases := pulumi.Aliases([]pulumi.Alias{
{% for a in aliases %}		{
			Type: pulumi.String({{ a }}),
		},
{% endfor %}	})
	opts = append(opts, aliases)
{% endif -%}
{% if !secret_outputs.is_empty() %}	secrets := pulumi.AdditionalSecretOutputs([]string{
{% for s in secret_outputs %}		{{ s }},
{% endfor %}	})
	opts = append(opts, secrets)
{% endif -%}
{% if !replace_on_changes.is_empty() %}	replaceOnChanges := pulumi.ReplaceOnChanges([]string{
{% for s in replace_on_changes %}		{{ s }},
{% endfor %}	})
	opts = append(opts, replaceOnChanges)
{% endif %}	opts = {{ internal }}.PkgResourceDefaultOpts(opts)
	var resource {{ name }}
	err := ctx.{{ register }}({{ token }}, name, args, &resource, opts...)
	if err != nil {
		return nil, err
	}
	return &resource, nil
}
{% if custom %}
// Get{{ name }} gets an existing {{ name }} resource's state with the given name, ID, and optional
// state properties that are used to uniquely qualify the lookup (nil if not required).
func Get{{ name }}(ctx *pulumi.Context,
	name string, id pulumi.IDInput, state *{{ name }}State, opts ...pulumi.ResourceOption) (*{{ name }}, error) {
	var resource {{ name }}
	err := ctx.ReadResource({{ token }}, name, id, state, &resource, opts...)
	if err != nil {
		return nil, err
	}
	return &resource, nil
}

// Input properties used for looking up and filtering {{ name }} resources.
type {{ lower }}State struct {
{{ wire_state }}}

type {{ name }}State struct {
{{ state_fields }}}

func ({{ name }}State) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ lower }}State)(nil)).Elem()
}

// {{ name }}Exists checks whether an existing {{ name }} resource with the given ID exists.
func {{ name }}Exists(ctx *pulumi.Context,
	id pulumi.StringInput, state *{{ name }}State, opts ...pulumi.ResourceOption) pulumi.BoolOutput {
	return ctx.ExistsResource({{ token }}, id, state, "", opts...)
}
{% endif %}
type {{ lower }}Args struct {
{{ wire_args }}}

// The set of arguments for constructing a {{ name }} resource.
type {{ name }}Args struct {
{{ args_fields }}}

func ({{ name }}Args) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ lower }}Args)(nil)).Elem()
}
{% for m in methods %}{{ m }}{% endfor %}
{%- if !generic %}
type {{ name }}Input interface {
	pulumi.Input

	To{{ name }}Output() {{ name }}Output
	To{{ name }}OutputWithContext(ctx context.Context) {{ name }}Output
}

func (*{{ name }}) ElementType() reflect.Type {
	return reflect.TypeOf((**{{ name }})(nil)).Elem()
}

func (i *{{ name }}) To{{ name }}Output() {{ name }}Output {
	return i.To{{ name }}OutputWithContext(context.Background())
}

func (i *{{ name }}) To{{ name }}OutputWithContext(ctx context.Context) {{ name }}Output {
	return pulumi.ToOutputWithContext(ctx, i).({{ name }}Output)
}
{% for c in containers %}
// {{ name }}{{ c.0 }}Input is an input type that accepts {{ name }}{{ c.0 }} and {{ name }}{{ c.0 }}Output values.
// You can construct a concrete instance of `{{ name }}{{ c.0 }}Input` via:
//
//	{{ name }}{{ c.0 }}{ {{ c.2 }} }
type {{ name }}{{ c.0 }}Input interface {
	pulumi.Input

	To{{ name }}{{ c.0 }}Output() {{ name }}{{ c.0 }}Output
	To{{ name }}{{ c.0 }}OutputWithContext(context.Context) {{ name }}{{ c.0 }}Output
}

type {{ name }}{{ c.0 }} {{ c.1 }}{{ name }}Input

func ({{ name }}{{ c.0 }}) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ c.1 }}*{{ name }})(nil)).Elem()
}

func (i {{ name }}{{ c.0 }}) To{{ name }}{{ c.0 }}Output() {{ name }}{{ c.0 }}Output {
	return i.To{{ name }}{{ c.0 }}OutputWithContext(context.Background())
}

func (i {{ name }}{{ c.0 }}) To{{ name }}{{ c.0 }}OutputWithContext(ctx context.Context) {{ name }}{{ c.0 }}Output {
	return pulumi.ToOutputWithContext(ctx, i).({{ name }}{{ c.0 }}Output)
}
{% endfor %}{% endif %}
type {{ name }}Output struct{ *pulumi.OutputState }

func ({{ name }}Output) ElementType() reflect.Type {
	return reflect.TypeOf(({% if generic %}*{% else %}**{% endif %}{{ name }})(nil)).Elem()
}

func (o {{ name }}Output) To{{ name }}Output() {{ name }}Output {
	return o
}

func (o {{ name }}Output) To{{ name }}OutputWithContext(ctx context.Context) {{ name }}Output {
	return o
}
{% if generic -%}
{% for g in x_getters %}
{{ g.doc }}func (o {{ name }}Output) {{ g.name }}() {{ g.ty }} {
	value := pulumix.Apply[{{ name }}](o, func(v {{ name }}) {{ g.ty }} { return v.{{ g.field }} })
{%- if g.cast %}
	unwrapped := pulumix.Flatten[{{ g.elem }}, {{ g.ty }}](value)
	return {{ g.ty }}{OutputState: unwrapped.OutputState}
{%- else if g.plain %}
	return value
{%- else %}
	return pulumix.Flatten[{{ g.elem }}, {{ g.ty }}](value)
{%- endif %}
}
{% endfor -%}
{% else -%}
{% for g in getters %}
{{ g.doc }}func (o {{ name }}Output) {{ g.name }}() {{ g.ty }} {
	return o.ApplyT(func(v *{{ name }}) {{ g.ty }} { return v.{{ g.field }} }).({{ g.ty }})
}
{% endfor -%}
{% endif -%}
{% for c in containers %}
type {{ name }}{{ c.0 }}Output struct{ *pulumi.OutputState }

func ({{ name }}{{ c.0 }}Output) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ c.1 }}*{{ name }})(nil)).Elem()
}

func (o {{ name }}{{ c.0 }}Output) To{{ name }}{{ c.0 }}Output() {{ name }}{{ c.0 }}Output {
	return o
}

func (o {{ name }}{{ c.0 }}Output) To{{ name }}{{ c.0 }}OutputWithContext(ctx context.Context) {{ name }}{{ c.0 }}Output {
	return o
}
{% if c.0 == "Array" %}
func (o {{ name }}ArrayOutput) Index(i pulumi.IntInput) {{ name }}Output {
	return pulumi.All(o, i).ApplyT(func(vs []interface{}) *{{ name }} {
		return vs[0].([]*{{ name }})[vs[1].(int)]
	}).({{ name }}Output)
}
{% else %}
func (o {{ name }}MapOutput) MapIndex(k pulumi.StringInput) {{ name }}Output {
	return pulumi.All(o, k).ApplyT(func(vs []interface{}) *{{ name }} {
		return vs[0].(map[string]*{{ name }})[vs[1].(string)]
	}).({{ name }}Output)
}
{% endif %}{% endfor %}{% call m::to_outputs(to_outputs) %}{% endcall %}
func init() {
{% for r in registrations %}	{{ r }}
{% endfor %}}
