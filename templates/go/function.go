{%- import "go/macros.go" as m -%}
{% call m::header(pkg_name, imports) %}{% endcall %}
{{ f.doc }}func {{ f.name }}(ctx *pulumi.Context, {% if let Some(a) = f.args %}args *{{ a }}, {% endif %}opts ...pulumi.InvokeOption) {% if let Some(r) = f.result %}(*{{ r }}, error) {
	opts = {{ internal }}.PkgInvokeDefaultOpts(opts)
	var rv {{ r }}
	err := ctx.Invoke({{ f.token }}, {% if f.args.is_some() %}args{% if f.args_defaults.is_some() %}.Defaults(){% endif %}{% else %}nil{% endif %}, &rv, opts...)
	if err != nil {
		return nil, err
	}
	return {% if f.result_defaults.is_some() %}rv.Defaults(){% else %}&rv{% endif %}, nil
}
{% else %}error {
	opts = {{ internal }}.PkgInvokeDefaultOpts(opts)
	var rv struct{}
	err := ctx.Invoke({{ f.token }}, {% if f.args.is_some() %}args{% if f.args_defaults.is_some() %}.Defaults(){% endif %}{% else %}nil{% endif %}, &rv, opts...)
	return err
}
{% endif -%}
{% if let Some(a) = f.args %}
type {{ a }} struct {
{{ f.args_fields }}}
{% if let Some(d) = f.args_defaults %}
// Defaults sets the appropriate defaults for {{ a }}
func (val *{{ a }}) Defaults() *{{ a }} {
	if val == nil {
		return nil
	}
	tmp := *val
{{ d }}	return &tmp
}
{% endif -%}
{% endif -%}
{% if let Some(r) = f.result %}
type {{ r }} struct {
{{ f.result_fields }}}
{% if let Some(d) = f.result_defaults %}
// Defaults sets the appropriate defaults for {{ r }}
func (val *{{ r }}) Defaults() *{{ r }} {
	if val == nil {
		return nil
	}
	tmp := *val
{{ d }}	return &tmp
}
{% endif -%}
{% if f.output_form && f.generic %}
{%- if let Some(a) = f.args %}
func {{ f.name }}Output(ctx *pulumi.Context, args {{ f.name }}OutputArgs, opts ...pulumi.InvokeOption) {{ r }}Output {
	outputResult := pulumix.ApplyErr[*{{ a }}](args.ToOutput(), func(plainArgs *{{ a }}) (*{{ r }}, error) {
		return {{ f.name }}(ctx, plainArgs, opts...)
	})

	return pulumix.Cast[{{ r }}Output, *{{ r }}](outputResult)
}

type {{ f.name }}OutputArgs struct {
{{ f.x_output_args_fields }}}

func (args {{ f.name }}OutputArgs) ToOutput() pulumix.Output[*{{ a }}] {
	allArgs := pulumix.All(
{%- for x in f.x_resolved %}
		args.{{ x.0 }}.ToOutput(context.Background()).AsAny(){% if !loop.last %},{% endif %}
{%- endfor %})
	return pulumix.Apply[[]any](allArgs, func(resolvedArgs []interface{}) *{{ a }} {
		return &{{ a }}{
{{ f.x_resolved_fields }}		}
	})
}
{%- else %}
func {{ f.name }}Output(ctx *pulumi.Context, opts ...pulumi.InvokeOption) {{ r }}Output {
	outputResult := pulumix.ApplyErr[int](pulumix.Val(0), func(_ int) (*{{ r }}, error) {
		return {{ f.name }}(ctx, opts...)
	})

	return pulumix.Cast[{{ r }}Output, *{{ r }}](outputResult)
}
{%- endif %}

type {{ r }}Output struct{ *pulumi.OutputState }

func ({{ r }}Output) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ r }})(nil)).Elem()
}

func (o {{ r }}Output) ToOutput(context.Context) pulumix.Output[*{{ r }}] {
	return pulumix.Output[*{{ r }}]{
		OutputState: o.OutputState,
	}
}
{% for g in f.x_getters %}
{{ g.doc }}func (o {{ r }}Output) {{ g.name }}() {{ g.ty }} {
{%- if g.cast %}
	value := pulumix.Apply[*{{ r }}](o, func(v *{{ r }}) {{ g.elem }} { return {% if g.addr %}&{% endif %}v.{{ g.field }} })
	return {{ g.ty }}{
		OutputState: value.OutputState,
	}
{%- else %}
	return pulumix.Apply[*{{ r }}](o, func(v *{{ r }}) {{ g.elem }} { return {% if g.addr %}&{% endif %}v.{{ g.field }} })
{%- endif %}
}
{% endfor -%}
{% else if f.output_form %}
func {{ f.name }}Output(ctx *pulumi.Context, {% if f.args.is_some() %}args {{ f.name }}OutputArgs, {% endif %}opts ...pulumi.InvokeOption) {{ r }}Output {
{%- if f.args_defaults.is_some() %}
	outputArgs := pulumi.ToOutputWithContext(ctx.Context(), args).
		ApplyT(func(v interface{}) *{{ f.args.as_deref().unwrap_or_default() }} {
			args := v.({{ f.args.as_deref().unwrap_or_default() }})
			return args.Defaults()
		})
{%- endif %}
	options := pulumi.InvokeOutputOptions{InvokeOptions: {{ internal }}.PkgInvokeDefaultOpts(opts)}
	return ctx.InvokeOutput({{ f.token }}, {% if f.args_defaults.is_some() %}outputArgs{% else if f.args.is_some() %}args{% else %}nil{% endif %}, {{ r }}Output{}, options).({{ r }}Output)
}
{% if let Some(a) = f.args %}
type {{ f.name }}OutputArgs struct {
{{ f.output_args_fields }}}

func ({{ f.name }}OutputArgs) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ a }})(nil)).Elem()
}
{% endif %}
type {{ r }}Output struct{ *pulumi.OutputState }

func ({{ r }}Output) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ r }})(nil)).Elem()
}

func (o {{ r }}Output) To{{ r }}Output() {{ r }}Output {
	return o
}

func (o {{ r }}Output) To{{ r }}OutputWithContext(ctx context.Context) {{ r }}Output {
	return o
}
{% if f.generics %}
func (o {{ r }}Output) ToOutput(ctx context.Context) pulumix.Output[{{ r }}] {
	return pulumix.Output[{{ r }}]{
		OutputState: o.OutputState,
	}
}
{% endif -%}
{% for g in f.result_getters %}
{{ g.doc }}func (o {{ r }}Output) {{ g.name }}() {{ g.ty }} {
	return o.ApplyT(func(v {{ r }}) {{ f.result_plain[loop.index0] }} { return v.{{ g.field }} }).({{ g.ty }})
}
{% endfor %}
func init() {
	pulumi.RegisterOutputType({{ r }}Output{})
}
{% endif -%}
{% endif -%}
