// Programs over generated SDKs on Pulumi's mocked runtime: what each resource registers (type
// token, wire inputs), what its constructor refuses, what its outputs resolve to, and invokes in
// both forms. tests/go/run points the imports below at the generated modules.
package mocks

import (
	"strings"
	"sync"
	"testing"

	"github.com/pulumi/pulumi/sdk/v3/go/common/resource"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"

	"github.com/pulumi/pulumi-aws/sdk/v2/go/aws/apigateway"
	"output-funcs/mypkg"
	foo "plain-and-default/foo"
	"simple-resource-schema/example"
)

// mocks records every registration and answers invokes by echoing their arguments.
type mocks struct {
	mu         sync.Mutex
	registered map[string]resource.PropertyMap // resource name -> inputs
	tokens     map[string]string               // resource name -> type token
	calls      map[string]resource.PropertyMap // invoke token -> args
}

func newMocks() *mocks {
	return &mocks{registered: map[string]resource.PropertyMap{}, tokens: map[string]string{}, calls: map[string]resource.PropertyMap{}}
}

func (m *mocks) NewResource(args pulumi.MockResourceArgs) (string, resource.PropertyMap, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.registered[args.Name] = args.Inputs
	m.tokens[args.Name] = args.TypeToken
	return args.Name + "-id", args.Inputs, nil
}

func (m *mocks) Call(args pulumi.MockCallArgs) (resource.PropertyMap, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls[args.Token] = args.Args
	a := args.Args["a"].StringValue()
	b := ""
	if v, ok := args.Args["b"]; ok {
		b = v.StringValue()
	}
	return resource.PropertyMap{"r": resource.NewStringProperty(a + "/" + b)}, nil
}

// await resolves an output inside the program.
func await[T any](t *testing.T, o pulumi.Output, wg *sync.WaitGroup, check func(T)) {
	wg.Add(1)
	o.ApplyT(func(v T) T {
		defer wg.Done()
		check(v)
		return v
	})
}

func run(t *testing.T, m *mocks, body func(ctx *pulumi.Context, wg *sync.WaitGroup) error) {
	t.Helper()
	var wg sync.WaitGroup
	err := pulumi.RunErr(func(ctx *pulumi.Context) error {
		if err := body(ctx, &wg); err != nil {
			return err
		}
		return nil
	}, pulumi.WithMocks("project", "stack", m))
	wg.Wait()
	if err != nil {
		t.Fatalf("program failed: %v", err)
	}
}

func TestIntegrationResponseRegistersWireInputs(t *testing.T) {
	m := newMocks()
	run(t, m, func(ctx *pulumi.Context, wg *sync.WaitGroup) error {
		res, err := apigateway.NewIntegrationResponse(ctx, "ir", &apigateway.IntegrationResponseArgs{
			RestApi:           pulumi.String("api-123"),
			ResourceId:        pulumi.String("res-456"),
			HttpMethod:        pulumi.String("GET"),
			StatusCode:        pulumi.String("200"),
			ResponseTemplates: pulumi.StringMap{"application/json": pulumi.String("{}")},
		})
		if err != nil {
			return err
		}
		await(t, res.StatusCode, wg, func(v string) {
			if v != "200" {
				t.Errorf("statusCode resolved to %q", v)
			}
		})
		await(t, res.ResponseTemplates, wg, func(v map[string]string) {
			if v["application/json"] != "{}" {
				t.Errorf("responseTemplates resolved to %v", v)
			}
		})
		return nil
	})
	if tok := m.tokens["ir"]; tok != "aws:apigateway/integrationResponse:IntegrationResponse" {
		t.Errorf("registered type token %q", tok)
	}
	in := m.registered["ir"]
	for _, key := range []resource.PropertyKey{"restApi", "resourceId", "httpMethod", "statusCode", "responseTemplates"} {
		if _, ok := in[key]; !ok {
			t.Errorf("wire input %q missing; got %v", key, in)
		}
	}
	if in["httpMethod"].StringValue() != "GET" {
		t.Errorf("httpMethod = %v", in["httpMethod"])
	}
}

func TestMissingRequiredInputIsRefused(t *testing.T) {
	err := pulumi.RunErr(func(ctx *pulumi.Context) error {
		_, err := apigateway.NewIntegrationResponse(ctx, "ir", &apigateway.IntegrationResponseArgs{
			RestApi:    pulumi.String("api"),
			ResourceId: pulumi.String("res"),
			StatusCode: pulumi.String("200"),
		})
		return err
	}, pulumi.WithMocks("project", "stack", newMocks()))
	if err == nil || !strings.Contains(err.Error(), "invalid value for required argument 'HttpMethod'") {
		t.Fatalf("want the missing HttpMethod refused, got %v", err)
	}
	err = pulumi.RunErr(func(ctx *pulumi.Context) error {
		_, err := apigateway.NewIntegrationResponse(ctx, "ir", nil)
		return err
	}, pulumi.WithMocks("project", "stack", newMocks()))
	if err == nil || !strings.Contains(err.Error(), "missing one or more required arguments") {
		t.Fatalf("want nil args refused, got %v", err)
	}
}

func TestEnumDefaultsAndConstants(t *testing.T) {
	m := newMocks()
	run(t, m, func(ctx *pulumi.Context, wg *sync.WaitGroup) error {
		_, err := foo.NewModuleResource(ctx, "mod", &foo.ModuleResourceArgs{
			PlainRequiredBool:   true,
			PlainRequiredNumber: 1,
			PlainRequiredString: "x",
			RequiredBool:        pulumi.Bool(false),
			RequiredNumber:      pulumi.Float64(2),
			RequiredString:      pulumi.String("y"),
			RequiredEnum:        foo.EnumThingEight,
		})
		return err
	})
	in := m.registered["mod"]
	if got := in["requiredEnum"].NumberValue(); got != 8 {
		t.Errorf("requiredEnum = %v, want the enum's value 8 (inputs %v)", got, in)
	}
	if got := in["optionalEnum"].NumberValue(); got != 8 {
		t.Errorf("optionalEnum default = %v, want 8", got)
	}
	if got := in["optionalConst"].StringValue(); got != "val" {
		t.Errorf("optionalConst = %q, want the constant", got)
	}
}

func TestNestedInputTypeAndSecret(t *testing.T) {
	m := newMocks()
	run(t, m, func(ctx *pulumi.Context, wg *sync.WaitGroup) error {
		res, err := example.NewResource(ctx, "secret", &example.ResourceArgs{Bar: pulumi.String("hush")})
		if err != nil {
			return err
		}
		if !pulumi.IsSecret(res.Bar) {
			t.Errorf("output bar is not secret")
		}
		_, err = example.NewTypeUses(ctx, "uses", &example.TypeUsesArgs{
			Foo: example.ObjectArgs{
				Bar:     pulumi.String("nested"),
				Configs: example.ConfigMapArray{example.ConfigMapArgs{Config: pulumi.String("c")}},
			},
		})
		return err
	})
	if !m.registered["secret"]["bar"].IsSecret() {
		t.Errorf("input bar was not sent as a secret: %v", m.registered["secret"])
	}
	foo := m.registered["uses"]["foo"]
	if !foo.IsObject() || foo.ObjectValue()["bar"].StringValue() != "nested" {
		t.Fatalf("nested input foo = %v", foo)
	}
	configs := foo.ObjectValue()["configs"].ArrayValue()
	if len(configs) != 1 || configs[0].ObjectValue()["config"].StringValue() != "c" {
		t.Errorf("nested array of objects = %v", configs)
	}
}

func TestInvokePlainAndOutputForms(t *testing.T) {
	m := newMocks()
	run(t, m, func(ctx *pulumi.Context, wg *sync.WaitGroup) error {
		plain, err := mypkg.FuncWithDefaultValue(ctx, &mypkg.FuncWithDefaultValueArgs{A: "one"})
		if err != nil {
			return err
		}
		if plain.R != "one/b-default" {
			t.Errorf("plain invoke result %q (default of b not applied?)", plain.R)
		}
		out := mypkg.FuncWithDefaultValueOutput(ctx, mypkg.FuncWithDefaultValueOutputArgs{A: pulumi.String("two")})
		await(t, out.R(), wg, func(v string) {
			if v != "two/b-default" {
				t.Errorf("output invoke result %q", v)
			}
		})
		return nil
	})
	if _, ok := m.calls["mypkg::funcWithDefaultValue"]; !ok {
		t.Errorf("the invoke token was not called: %v", m.calls)
	}
}
