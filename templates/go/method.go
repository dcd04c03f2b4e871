
{{ doc }}func (r *{{ res }}) {{ name }}(ctx *pulumi.Context{% if has_args %}, args *{{ prefix }}Args{% endif %}) {% if result.is_some() %}({{ prefix }}ResultOutput, error) {
	out, err := ctx.Call({{ token }}, {% if has_args %}args{% else %}nil{% endif %}, {{ prefix }}ResultOutput{}, r)
	if err != nil {
		return {{ prefix }}ResultOutput{}, err
	}
	return out.({{ prefix }}ResultOutput), nil
}
{% else %}error {
	_, err := ctx.Call({{ token }}, {% if has_args %}args{% else %}nil{% endif %}, pulumi.AnyOutput{}, r)
	return err
}
{% endif -%}
{% if has_args %}
type {{ lower_prefix }}Args struct {
{{ wire_args }}}

// The set of arguments for the {{ name }} method of the {{ res }} resource.
type {{ prefix }}Args struct {
{{ args_fields }}}

func ({{ prefix }}Args) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ lower_prefix }}Args)(nil)).Elem()
}
{% endif -%}
{% if let Some(result) = result %}
type {{ prefix }}Result struct {
{{ result }}}

type {{ prefix }}ResultOutput struct{ *pulumi.OutputState }

func ({{ prefix }}ResultOutput) ElementType() reflect.Type {
	return reflect.TypeOf((*{{ prefix }}Result)(nil)).Elem()
}
{% for g in result_getters %}
{{ g.doc }}func (o {{ prefix }}ResultOutput) {{ g.name }}() {{ g.ty }} {
	return o.ApplyT(func(v {{ prefix }}Result) {{ result_plain[loop.index0] }} { return v.{{ g.field }} }).({{ g.ty }})
}
{% endfor -%}
{% endif -%}
