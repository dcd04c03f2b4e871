{%- import "go/macros.go" as m -%}
{% call m::header(pkg_name, imports) %}{% endcall %}{% for e in enums %}
{{ e.doc }}type {{ e.name }} {{ e.underlying }}
{% if !e.members.is_empty() %}
const (
{{ e.members }})
{% endif %}
{%- if e.input %}
func ({{ e.name }}) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ e.name }})(nil)).Elem()
}

func (e {{ e.name }}) To{{ e.name }}Output() {{ e.name }}Output {
	return pulumi.ToOutput(e).({{ e.name }}Output)
}

func (e {{ e.name }}) To{{ e.name }}OutputWithContext(ctx context.Context) {{ e.name }}Output {
	return pulumi.ToOutputWithContext(ctx, e).({{ e.name }}Output)
}

func (e {{ e.name }}) To{{ e.name }}PtrOutput() {{ e.name }}PtrOutput {
	return e.To{{ e.name }}PtrOutputWithContext(context.Background())
}

func (e {{ e.name }}) To{{ e.name }}PtrOutputWithContext(ctx context.Context) {{ e.name }}PtrOutput {
	return {{ e.name }}(e).To{{ e.name }}OutputWithContext(ctx).To{{ e.name }}PtrOutputWithContext(ctx)
}

func (e {{ e.name }}) To{{ e.builtin }}Output() pulumi.{{ e.builtin }}Output {
	return pulumi.ToOutput(pulumi.{{ e.builtin }}(e)).(pulumi.{{ e.builtin }}Output)
}

func (e {{ e.name }}) To{{ e.builtin }}OutputWithContext(ctx context.Context) pulumi.{{ e.builtin }}Output {
	return pulumi.ToOutputWithContext(ctx, pulumi.{{ e.builtin }}(e)).(pulumi.{{ e.builtin }}Output)
}

func (e {{ e.name }}) To{{ e.builtin }}PtrOutput() pulumi.{{ e.builtin }}PtrOutput {
	return pulumi.{{ e.builtin }}(e).To{{ e.builtin }}PtrOutputWithContext(context.Background())
}

func (e {{ e.name }}) To{{ e.builtin }}PtrOutputWithContext(ctx context.Context) pulumi.{{ e.builtin }}PtrOutput {
	return pulumi.{{ e.builtin }}(e).To{{ e.builtin }}OutputWithContext(ctx).To{{ e.builtin }}PtrOutputWithContext(ctx)
}

type {{ e.name }}Output struct{ *pulumi.OutputState }

func ({{ e.name }}Output) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ e.name }})(nil)).Elem()
}

func (o {{ e.name }}Output) To{{ e.name }}Output() {{ e.name }}Output {
	return o
}

func (o {{ e.name }}Output) To{{ e.name }}OutputWithContext(ctx context.Context) {{ e.name }}Output {
	return o
}

func (o {{ e.name }}Output) To{{ e.name }}PtrOutput() {{ e.name }}PtrOutput {
	return o.To{{ e.name }}PtrOutputWithContext(context.Background())
}

func (o {{ e.name }}Output) To{{ e.name }}PtrOutputWithContext(ctx context.Context) {{ e.name }}PtrOutput {
	return o.ApplyTWithContext(ctx, func(_ context.Context, v {{ e.name }}) *{{ e.name }} {
		return &v
	}).({{ e.name }}PtrOutput)
}

func (o {{ e.name }}Output) To{{ e.builtin }}Output() pulumi.{{ e.builtin }}Output {
	return o.To{{ e.builtin }}OutputWithContext(context.Background())
}

func (o {{ e.name }}Output) To{{ e.builtin }}OutputWithContext(ctx context.Context) pulumi.{{ e.builtin }}Output {
	return o.ApplyTWithContext(ctx, func(_ context.Context, e {{ e.name }}) {{ e.underlying }} {
		return {{ e.underlying }}(e)
	}).(pulumi.{{ e.builtin }}Output)
}

func (o {{ e.name }}Output) To{{ e.builtin }}PtrOutput() pulumi.{{ e.builtin }}PtrOutput {
	return o.To{{ e.builtin }}PtrOutputWithContext(context.Background())
}

func (o {{ e.name }}Output) To{{ e.builtin }}PtrOutputWithContext(ctx context.Context) pulumi.{{ e.builtin }}PtrOutput {
	return o.ApplyTWithContext(ctx, func(_ context.Context, e {{ e.name }}) *{{ e.underlying }} {
		v := {{ e.underlying }}(e)
		return &v
	}).(pulumi.{{ e.builtin }}PtrOutput)
}

type {{ e.name }}PtrOutput struct{ *pulumi.OutputState }

func ({{ e.name }}PtrOutput) ElementType() reflect.Type {
	return reflect.TypeOf((**{{ e.name }})(nil)).Elem()
}

func (o {{ e.name }}PtrOutput) To{{ e.name }}PtrOutput() {{ e.name }}PtrOutput {
	return o
}

func (o {{ e.name }}PtrOutput) To{{ e.name }}PtrOutputWithContext(ctx context.Context) {{ e.name }}PtrOutput {
	return o
}

func (o {{ e.name }}PtrOutput) Elem() {{ e.name }}Output {
	return o.ApplyT(func(v *{{ e.name }}) {{ e.name }} {
		if v != nil {
			return *v
		}
		var ret {{ e.name }}
		return ret
	}).({{ e.name }}Output)
}

func (o {{ e.name }}PtrOutput) To{{ e.builtin }}PtrOutput() pulumi.{{ e.builtin }}PtrOutput {
	return o.To{{ e.builtin }}PtrOutputWithContext(context.Background())
}

func (o {{ e.name }}PtrOutput) To{{ e.builtin }}PtrOutputWithContext(ctx context.Context) pulumi.{{ e.builtin }}PtrOutput {
	return o.ApplyTWithContext(ctx, func(_ context.Context, e *{{ e.name }}) *{{ e.underlying }} {
		if e == nil {
			return nil
		}
		v := {{ e.underlying }}(*e)
		return &v
	}).(pulumi.{{ e.builtin }}PtrOutput)
}
{% endif -%}
{% if e.input %}
// {{ e.name }}Input is an input type that accepts values of the {{ e.name }} enum
// A concrete instance of `{{ e.name }}Input` can be one of the following:
//
{{ e.examples }}type {{ e.name }}Input interface {
	pulumi.Input

	To{{ e.name }}Output() {{ e.name }}Output
	To{{ e.name }}OutputWithContext(context.Context) {{ e.name }}Output
}

var {{ e.lower }}PtrType = reflect.TypeOf((**{{ e.name }})(nil)).Elem()

type {{ e.name }}PtrInput interface {
	pulumi.Input

	To{{ e.name }}PtrOutput() {{ e.name }}PtrOutput
	To{{ e.name }}PtrOutputWithContext(context.Context) {{ e.name }}PtrOutput
}

type {{ e.lower }}Ptr {{ e.underlying }}

func {{ e.name }}Ptr(v {{ e.underlying }}) {{ e.name }}PtrInput {
	return (*{{ e.lower }}Ptr)(&v)
}

func (*{{ e.lower }}Ptr) ElementType() reflect.Type {
	return {{ e.lower }}PtrType
}

func (in *{{ e.lower }}Ptr) To{{ e.name }}PtrOutput() {{ e.name }}PtrOutput {
	return pulumi.ToOutput(in).({{ e.name }}PtrOutput)
}

func (in *{{ e.lower }}Ptr) To{{ e.name }}PtrOutputWithContext(ctx context.Context) {{ e.name }}PtrOutput {
	return pulumi.ToOutputWithContext(ctx, in).({{ e.name }}PtrOutput)
}
{% endif -%}
{% for c in e.collections %}
// {{ e.name }}{{ c.0 }}Input is an input type that accepts {{ e.name }}{{ c.0 }} and {{ e.name }}{{ c.0 }}Output values.
// You can construct a concrete instance of `{{ e.name }}{{ c.0 }}Input` via:
//
//	{{ e.name }}{{ c.0 }}{ {{ c.2 }} }
type {{ e.name }}{{ c.0 }}Input interface {
	pulumi.Input

	To{{ e.name }}{{ c.0 }}Output() {{ e.name }}{{ c.0 }}Output
	To{{ e.name }}{{ c.0 }}OutputWithContext(context.Context) {{ e.name }}{{ c.0 }}Output
}

type {{ e.name }}{{ c.0 }} {{ c.1 }}{{ e.name }}

func ({{ e.name }}{{ c.0 }}) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ c.1 }}{{ e.name }})(nil)).Elem()
}

func (i {{ e.name }}{{ c.0 }}) To{{ e.name }}{{ c.0 }}Output() {{ e.name }}{{ c.0 }}Output {
	return i.To{{ e.name }}{{ c.0 }}OutputWithContext(context.Background())
}

func (i {{ e.name }}{{ c.0 }}) To{{ e.name }}{{ c.0 }}OutputWithContext(ctx context.Context) {{ e.name }}{{ c.0 }}Output {
	return pulumi.ToOutputWithContext(ctx, i).({{ e.name }}{{ c.0 }}Output)
}

type {{ e.name }}{{ c.0 }}Output struct{ *pulumi.OutputState }

func ({{ e.name }}{{ c.0 }}Output) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ c.1 }}{{ e.name }})(nil)).Elem()
}

func (o {{ e.name }}{{ c.0 }}Output) To{{ e.name }}{{ c.0 }}Output() {{ e.name }}{{ c.0 }}Output {
	return o
}

func (o {{ e.name }}{{ c.0 }}Output) To{{ e.name }}{{ c.0 }}OutputWithContext(ctx context.Context) {{ e.name }}{{ c.0 }}Output {
	return o
}
{% if c.0 == "Array" %}
func (o {{ e.name }}ArrayOutput) Index(i pulumi.IntInput) {{ e.name }}Output {
	return pulumi.All(o, i).ApplyT(func(vs []interface{}) {{ e.name }} {
		return vs[0].([]{{ e.name }})[vs[1].(int)]
	}).({{ e.name }}Output)
}
{% else %}
func (o {{ e.name }}MapOutput) MapIndex(k pulumi.StringInput) {{ e.name }}Output {
	return pulumi.All(o, k).ApplyT(func(vs []interface{}) {{ e.name }} {
		return vs[0].(map[string]{{ e.name }})[vs[1].(string)]
	}).({{ e.name }}Output)
}
{% endif -%}
{% endfor -%}
{% endfor %}{% call m::to_outputs(to_outputs) %}{% endcall %}
{%- if !generic %}
func init() {
{% for r in registrations %}	{{ r }}
{% endfor %}}
{% endif %}
