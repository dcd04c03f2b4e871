{%- import "go/macros.go" as m -%}
{% call m::header(pkg_name, imports) %}{% endcall %}{% if !constructs.is_empty() %}
type module struct {
	version semver.Version
}

func (m *module) Version() semver.Version {
	return m.version
}

func (m *module) Construct(ctx *pulumi.Context, name, typ, urn string) (r pulumi.Resource, err error) {
	switch typ {
{% for c in constructs %}	case {{ c.0 }}:
		r = &{{ c.1 }}{}
{% endfor %}	default:
		return nil, fmt.Errorf("unknown resource type: %s", typ)
	}

	err = ctx.RegisterResource(typ, name, nil, r, pulumi.URN_(urn))
	return
}
{% endif -%}
{% if let Some(p) = provider %}
type pkg struct {
	version semver.Version
}

func (p *pkg) Version() semver.Version {
	return p.version
}

func (p *pkg) ConstructProvider(ctx *pulumi.Context, name, typ, urn string) (pulumi.ProviderResource, error) {
	if typ != {{ p.0 }} {
		return nil, fmt.Errorf("unknown provider type: %s", typ)
	}

	r := &{{ p.1 }}{}
	err := ctx.RegisterResource(typ, name, nil, r, pulumi.URN_(urn))
	return r, err
}
{% endif %}
func init() {
	version, err := {{ internal }}.PkgVersion()
	if err != nil {
		version = semver.Version{Major: 1}
	}
{%- for module in modules %}
	pulumi.RegisterResourceModule(
		{{ package_name }},
		{{ module }},
		&module{version},
	)
{%- endfor %}
{%- if provider.is_some() %}
	pulumi.RegisterResourcePackage(
		{{ package_name }},
		&pkg{version},
	)
{%- endif %}
}
