// A program over a generated SDK whose schema refers to a dependency's types, on Pulumi's
// mocked runtime: its own test binary, since the SDK's Pulumi package is named like another
// one the main program links (`example`), and a package registers its resources once.
package dependency

import (
	"sync"
	"testing"

	"github.com/pulumi/pulumi/sdk/v3/go/common/resource"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"

	"external-resource-schema/example"
	"git.example.org/thirdparty/sdk/go/pkg/module/sub"
)

// registrations records each resource's inputs and each invoke's args, and answers an
// invoke with its args.
type registrations struct {
	mu      sync.Mutex
	inputs  map[string]resource.PropertyMap
	invokes map[string]resource.PropertyMap
}

func newRegistrations() *registrations {
	return &registrations{inputs: map[string]resource.PropertyMap{}, invokes: map[string]resource.PropertyMap{}}
}

func (r *registrations) NewResource(args pulumi.MockResourceArgs) (string, resource.PropertyMap, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.inputs[args.Name] = args.Inputs
	return args.Name + "-id", args.Inputs, nil
}

func (r *registrations) Call(args pulumi.MockCallArgs) (resource.PropertyMap, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.invokes[args.Token] = args.Args
	return args.Args, nil
}

// A dependency's type whose SDK declares no input family (`other` has no input of its
// `module/sub:Config`) is an untyped input, and reaches the wire with the fields it was given.
func TestDependencyTypeWithoutInputFamilyGoesUntyped(t *testing.T) {
	r := newRegistrations()
	setting := "s"
	config := pulumi.Any(sub.Config{Setting: &setting})
	err := pulumi.RunErr(func(ctx *pulumi.Context) error {
		_, err := example.NewComponent(ctx, "component", &example.ComponentArgs{
			RequiredMetadata:      config,
			RequiredMetadataArray: pulumi.Array{config},
			RequiredMetadataMap:   pulumi.Map{"k": config},
		})
		return err
	}, pulumi.WithMocks("project", "stack", r))
	if err != nil {
		t.Fatal(err)
	}
	inputs := r.inputs["component"]
	if got := inputs["requiredMetadata"]; !got.IsObject() || got.ObjectValue()["setting"].StringValue() != "s" {
		t.Errorf("requiredMetadata = %v", got)
	}
	if got := inputs["requiredMetadataArray"]; !got.IsArray() || got.ArrayValue()[0].ObjectValue()["setting"].StringValue() != "s" {
		t.Errorf("requiredMetadataArray = %v", got)
	}
	if got := inputs["requiredMetadataMap"]; !got.IsObject() || got.ObjectValue()["k"].ObjectValue()["setting"].StringValue() != "s" {
		t.Errorf("requiredMetadataMap = %v", got)
	}
}
