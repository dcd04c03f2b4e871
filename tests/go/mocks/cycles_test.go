// A program over an SDK whose modules refer to each other in cycles: a reference that would
// close an import cycle is untyped, and a value given it (an object's args, a resource)
// reaches the wire as a typed one would.
package mocks

import (
	"testing"

	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"

	"schemagen.test/cycles/sdk/go/cycles/a"
	"schemagen.test/cycles/sdk/go/cycles/b"
	"schemagen.test/cycles/sdk/go/cycles/c"
)

func TestReferencesAcrossACycleMarshal(t *testing.T) {
	m := newMocks()
	err := pulumi.RunErr(func(ctx *pulumi.Context) error {
		// b → a is typed (a sorts first), with a's defaults; a → b is untyped.
		inner, err := b.NewRes(ctx, "b", &b.ResArgs{A: a.AArgs{B: b.BArgs{Size: pulumi.Int(2)}}})
		if err != nil {
			return err
		}
		_, err = a.NewRes(ctx, "a", &a.ResArgs{
			B: b.BArgs{
				Size: pulumi.Int(3),
				C:    c.CArgs{Color: c.ColorBlue},
				CMap: pulumi.Map{"k": c.CArgs{Color: c.ColorRed}},
			},
			Other: inner,
		})
		return err
	}, pulumi.WithMocks("project", "stack", m))
	if err != nil {
		t.Fatal(err)
	}
	bIn := m.registered["b"]["a"].ObjectValue()
	if got := bIn["name"]; !got.IsString() || got.StringValue() != "a" {
		t.Errorf("b's a.name (a default of the typed reference) = %v", got)
	}
	if got := bIn["b"].ObjectValue()["size"]; !got.IsNumber() || got.NumberValue() != 2 {
		t.Errorf("b's a.b.size = %v", got)
	}
	aIn := m.registered["a"]
	bv := aIn["b"].ObjectValue()
	if got := bv["size"]; !got.IsNumber() || got.NumberValue() != 3 {
		t.Errorf("a's b.size = %v", got)
	}
	if got := bv["c"].ObjectValue()["color"]; !got.IsString() || got.StringValue() != "blue" {
		t.Errorf("a's b.c.color = %v", got)
	}
	if got := bv["cMap"].ObjectValue()["k"].ObjectValue()["color"]; !got.IsString() || got.StringValue() != "red" {
		t.Errorf("a's b.cMap.k.color = %v", got)
	}
	if got := aIn["other"]; !got.IsResourceReference() || string(got.ResourceReferenceValue().URN.Name()) != "b" {
		t.Errorf("a's other = %v", got)
	}
	if got := aIn["color"]; !got.IsString() || got.StringValue() != "blue" {
		t.Errorf("a's color (its default) = %v", got)
	}
}
