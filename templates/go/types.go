{%- import "go/macros.go" as m -%}
{% call m::header(pkg_name, imports) %}{% endcall %}
var _ = {{ internal }}.GetEnvOrDefault
{% for o in objects %}
{{ o.doc }}type {{ o.name }} struct {
{{ o.plain_fields }}}
{% if let Some(d) = o.plain_defaults %}
// Defaults sets the appropriate defaults for {{ o.name }}
func (val *{{ o.name }}) Defaults() *{{ o.name }} {
	if val == nil {
		return nil
	}
	tmp := *val
{{ d }}	return &tmp
}
{% endif -%}
{% if o.input %}
{%- if !generic %}
// {{ o.name }}Input is an input type that accepts {{ o.name }}Args and {{ o.name }}Output values.
// You can construct a concrete instance of `{{ o.name }}Input` via:
//
//	{{ o.name }}Args{...}
type {{ o.name }}Input interface {
	pulumi.Input

	To{{ o.name }}Output() {{ o.name }}Output
	To{{ o.name }}OutputWithContext(context.Context) {{ o.name }}Output
}
{% endif %}
{{ o.doc }}type {{ o.name }}Args struct {
{{ o.args_fields }}}
{% if let Some(d) = o.args_defaults %}
// Defaults sets the appropriate defaults for {{ o.name }}Args
func (val *{{ o.name }}Args) Defaults() *{{ o.name }}Args {
	if val == nil {
		return nil
	}
	tmp := *val
{{ d }}	return &tmp
}
{% endif %}
func ({{ o.name }}Args) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ o.name }})(nil)).Elem()
}

func (i {{ o.name }}Args) To{{ o.name }}Output() {{ o.name }}Output {
	return i.To{{ o.name }}OutputWithContext(context.Background())
}

func (i {{ o.name }}Args) To{{ o.name }}OutputWithContext(ctx context.Context) {{ o.name }}Output {
	return pulumi.ToOutputWithContext(ctx, i).({{ o.name }}Output)
}
{% if generic %}
func (i *{{ o.name }}Args) ToOutput(ctx context.Context) pulumix.Output[*{{ o.name }}Args] {
	return pulumix.Val(i)
}
{% endif -%}
{% if o.ptr_input %}
func (i {{ o.name }}Args) To{{ o.name }}PtrOutput() {{ o.name }}PtrOutput {
	return i.To{{ o.name }}PtrOutputWithContext(context.Background())
}

func (i {{ o.name }}Args) To{{ o.name }}PtrOutputWithContext(ctx context.Context) {{ o.name }}PtrOutput {
	return pulumi.ToOutputWithContext(ctx, i).({{ o.name }}Output).To{{ o.name }}PtrOutputWithContext(ctx)
}

// {{ o.name }}PtrInput is an input type that accepts {{ o.name }}Args, {{ o.name }}Ptr and {{ o.name }}PtrOutput values.
// You can construct a concrete instance of `{{ o.name }}PtrInput` via:
//
//	        {{ o.name }}Args{...}
//
//	or:
//
//	        nil
type {{ o.name }}PtrInput interface {
	pulumi.Input

	To{{ o.name }}PtrOutput() {{ o.name }}PtrOutput
	To{{ o.name }}PtrOutputWithContext(context.Context) {{ o.name }}PtrOutput
}

type {{ o.lower }}PtrType {{ o.name }}Args

func {{ o.name }}Ptr(v *{{ o.name }}Args) {{ o.name }}PtrInput {
	return (*{{ o.lower }}PtrType)(v)
}

func (*{{ o.lower }}PtrType) ElementType() reflect.Type {
	return reflect.TypeOf((**{{ o.name }})(nil)).Elem()
}

func (i *{{ o.lower }}PtrType) To{{ o.name }}PtrOutput() {{ o.name }}PtrOutput {
	return i.To{{ o.name }}PtrOutputWithContext(context.Background())
}

func (i *{{ o.lower }}PtrType) To{{ o.name }}PtrOutputWithContext(ctx context.Context) {{ o.name }}PtrOutput {
	return pulumi.ToOutputWithContext(ctx, i).({{ o.name }}PtrOutput)
}
{% endif -%}
{% endif -%}
{% if o.output %}
type {{ o.name }}Output struct{ *pulumi.OutputState }

func ({{ o.name }}Output) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ o.name }})(nil)).Elem()
}

func (o {{ o.name }}Output) To{{ o.name }}Output() {{ o.name }}Output {
	return o
}

func (o {{ o.name }}Output) To{{ o.name }}OutputWithContext(ctx context.Context) {{ o.name }}Output {
	return o
}
{% if o.ptr_input %}
func (o {{ o.name }}Output) To{{ o.name }}PtrOutput() {{ o.name }}PtrOutput {
	return o.To{{ o.name }}PtrOutputWithContext(context.Background())
}

func (o {{ o.name }}Output) To{{ o.name }}PtrOutputWithContext(ctx context.Context) {{ o.name }}PtrOutput {
	return o.ApplyTWithContext(ctx, func(_ context.Context, v {{ o.name }}) *{{ o.name }} {
		return &v
	}).({{ o.name }}PtrOutput)
}
{% endif -%}
{% for g in o.getters %}
{{ g.doc }}func (o {{ o.name }}Output) {{ g.name }}() {{ g.ty }} {
{%- if !generic %}
	return o.ApplyT(func(v {{ o.name }}) {{ g.plain }} { return v.{{ g.field }} }).({{ g.ty }})
{%- else if g.cast %}
	value := pulumix.Apply[{{ o.name }}](o, func(v {{ o.name }}) {{ g.plain }} { return v.{{ g.field }} })
	return {{ g.ty }}{OutputState: value.OutputState}
{%- else %}
	return pulumix.Apply[{{ o.name }}](o, func(v {{ o.name }}) {{ g.plain }} { return v.{{ g.field }} })
{%- endif %}
}
{% endfor -%}
{% if o.ptr_output %}
type {{ o.name }}PtrOutput struct{ *pulumi.OutputState }

func ({{ o.name }}PtrOutput) ElementType() reflect.Type {
	return reflect.TypeOf((**{{ o.name }})(nil)).Elem()
}

func (o {{ o.name }}PtrOutput) To{{ o.name }}PtrOutput() {{ o.name }}PtrOutput {
	return o
}

func (o {{ o.name }}PtrOutput) To{{ o.name }}PtrOutputWithContext(ctx context.Context) {{ o.name }}PtrOutput {
	return o
}

func (o {{ o.name }}PtrOutput) Elem() {{ o.name }}Output {
	return o.ApplyT(func(v *{{ o.name }}) {{ o.name }} {
		if v != nil {
			return *v
		}
		var ret {{ o.name }}
		return ret
	}).({{ o.name }}Output)
}
{% for g in o.getters %}
{{ g.doc }}func (o {{ o.name }}PtrOutput) {{ g.name }}() {{ g.ptr_ty }} {
	return o.ApplyT(func(v *{{ o.name }}) {{ g.ptr_plain }} {
		if v == nil {
			return nil
		}
		return {% if g.ptr_addr %}&{% endif %}v.{{ g.field }}
	}).({{ g.ptr_ty }})
}
{% endfor -%}
{% endif -%}
{% endif -%}
{% endfor -%}
{% for c in collections -%}
{% if c.input %}
// {{ c.name }}Input is an input type that accepts {{ c.name }} and {{ c.name }}Output values.
// You can construct a concrete instance of `{{ c.name }}Input` via:
//
//	{{ c.name }}{ {{ c.example }} }
type {{ c.name }}Input interface {
	pulumi.Input

	To{{ c.name }}Output() {{ c.name }}Output
	To{{ c.name }}OutputWithContext(context.Context) {{ c.name }}Output
}

type {{ c.name }} {{ c.go_prefix }}{{ c.elem }}Input

func ({{ c.name }}) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ c.go_prefix }}{{ c.elem_plain }})(nil)).Elem()
}

func (i {{ c.name }}) To{{ c.name }}Output() {{ c.name }}Output {
	return i.To{{ c.name }}OutputWithContext(context.Background())
}

func (i {{ c.name }}) To{{ c.name }}OutputWithContext(ctx context.Context) {{ c.name }}Output {
	return pulumi.ToOutputWithContext(ctx, i).({{ c.name }}Output)
}
{% endif %}
type {{ c.name }}Output struct{ *pulumi.OutputState }

func ({{ c.name }}Output) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ c.go_prefix }}{{ c.elem_plain }})(nil)).Elem()
}

func (o {{ c.name }}Output) To{{ c.name }}Output() {{ c.name }}Output {
	return o
}

func (o {{ c.name }}Output) To{{ c.name }}OutputWithContext(ctx context.Context) {{ c.name }}Output {
	return o
}
{% if c.is_array %}
func (o {{ c.name }}Output) Index(i pulumi.IntInput) {{ c.elem }}Output {
	return pulumi.All(o, i).ApplyT(func(vs []interface{}) {{ c.elem_plain }} {
		return vs[0].([]{{ c.elem_plain }})[vs[1].(int)]
	}).({{ c.elem }}Output)
}
{% else %}
func (o {{ c.name }}Output) MapIndex(k pulumi.StringInput) {{ c.elem }}Output {
	return pulumi.All(o, k).ApplyT(func(vs []interface{}) {{ c.elem_plain }} {
		return vs[0].(map[string]{{ c.elem_plain }})[vs[1].(string)]
	}).({{ c.elem }}Output)
}
{% endif -%}
{% endfor -%}
{% call m::to_outputs(to_outputs) %}{% endcall %}
{%- if !registrations.is_empty() %}
func init() {
{% for r in registrations %}	{{ r }}
{% endfor %}}
{% endif -%}
