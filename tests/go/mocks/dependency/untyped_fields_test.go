// Fields whose type is a dependency's that its SDK declares no input family of (`other`'s
// `Config` types) are untyped inputs in an object type's `…Args` and a function's
// `…OutputArgs`; the structs those resolve into hold them untyped too, so a value set through
// them reaches the wire with its fields (and an object's comes back as an untyped value).
package dependency

import (
	"sync"
	"testing"

	"github.com/pulumi/pulumi/sdk/v3/go/common/resource"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"

	module_ "git.example.org/thirdparty/sdk/go/pkg/module"
	"git.example.org/thirdparty/sdk/go/pkg/module/sub"
	"schemagen.test/deptypes/sdk/go/deptypes"
)

// setting reads `setting` of a wire object, or "" when v is not one.
func setting(v resource.PropertyValue) string {
	if !v.IsObject() || !v.ObjectValue()["setting"].IsString() {
		return ""
	}
	return v.ObjectValue()["setting"].StringValue()
}

func holderArgs(s string) deptypes.HolderArgs {
	return deptypes.HolderArgs{
		RequiredConfig: pulumi.Any(module_.Config{Setting: &s}),
		Configs:        pulumi.Array{pulumi.Any(sub.Config{Setting: &s})},
		ConfigMap:      pulumi.Map{"k": pulumi.Any(&sub.Config{Setting: &s})},
	}
}

func TestUntypedFieldsOfObjectArgsAndOutputArgsMarshal(t *testing.T) {
	c := newRegistrations()
	var mu sync.Mutex
	var resultConfig, resultHolderConfig interface{}
	err := pulumi.RunErr(func(ctx *pulumi.Context) error {
		_, err := deptypes.NewRes(ctx, "res", &deptypes.ResArgs{
			Holder:  holderArgs("h"),
			Holders: deptypes.HolderArray{holderArgs("a")},
		})
		if err != nil {
			return err
		}
		s := "f"
		result := deptypes.GetThingOutput(ctx, deptypes.GetThingOutputArgs{
			Config:    pulumi.Any(module_.Config{Setting: &s}),
			ConfigMap: pulumi.Map{"k": pulumi.Any(sub.Config{Setting: &s})},
			Holder:    holderArgs("g"),
		})
		result.Config().ApplyT(func(v interface{}) interface{} {
			mu.Lock()
			defer mu.Unlock()
			resultConfig = v
			return v
		})
		result.Holder().RequiredConfig().ApplyT(func(v interface{}) interface{} {
			mu.Lock()
			defer mu.Unlock()
			resultHolderConfig = v
			return v
		})
		return nil
	}, pulumi.WithMocks("project", "stack", c))
	if err != nil {
		t.Fatal(err)
	}

	inputs := c.inputs["res"]
	holder := inputs["holder"].ObjectValue()
	if got := setting(holder["requiredConfig"]); got != "h" {
		t.Errorf("holder.requiredConfig = %v", holder["requiredConfig"])
	}
	if got := holder["configs"]; !got.IsArray() || setting(got.ArrayValue()[0]) != "h" {
		t.Errorf("holder.configs = %v", got)
	}
	if got := holder["configMap"]; !got.IsObject() || setting(got.ObjectValue()["k"]) != "h" {
		t.Errorf("holder.configMap = %v", got)
	}
	if got := inputs["holders"]; !got.IsArray() || setting(got.ArrayValue()[0].ObjectValue()["requiredConfig"]) != "a" {
		t.Errorf("holders = %v", got)
	}

	args := c.invokes["deptypes:index:getThing"]
	if got := setting(args["config"]); got != "f" {
		t.Errorf("getThing config = %v", args["config"])
	}
	if got := args["configMap"]; !got.IsObject() || setting(got.ObjectValue()["k"]) != "f" {
		t.Errorf("getThing configMap = %v", got)
	}
	if got := args["holder"]; !got.IsObject() || setting(got.ObjectValue()["requiredConfig"]) != "g" {
		t.Errorf("getThing holder = %v", got)
	}

	mu.Lock()
	defer mu.Unlock()
	// The result's typed field is read untyped (its output family is undeclared too), and the
	// object's untyped field as the plain value it arrived as.
	if got, ok := resultConfig.(*module_.Config); !ok || got.Setting == nil || *got.Setting != "f" {
		t.Errorf("result config = %#v", resultConfig)
	}
	if got, ok := resultHolderConfig.(map[string]interface{}); !ok || got["setting"] != "g" {
		t.Errorf("result holder.requiredConfig = %#v", resultHolderConfig)
	}
}
