"""Schema names that are Python keywords, builtins, hyphenated or start with a digit: the Python
names are escaped, the engine still receives the schema's wire names."""
import pulumi


@pulumi.runtime.test
def test_escaped_names_send_wire_names(mocks, names_sdk):
    import pulumi_names_test as n

    r = n.Lambda("x", class_="c", a_b="ab", _1abc="one", props={"from_": "f", "a_b": "x"},
                 color=n.Color.NONE, str="s", int=3, resource_name_="rn", opts_="o")

    def check(values):
        klass, a_b = values
        reg = [a for a in mocks.resources if a.name == "x"][0]
        assert reg.typ == "names-test:index:lambda"
        assert reg.inputs == {"1abc": "one", "a-b": "ab", "class": "c", "color": "None", "int": 3,
                              "opts": "o", "props": {"a-b": "x", "from": "f"}, "resourceName": "rn", "str": "s"}
        assert (klass, a_b) == ("c", "ab")

    def check_props(props):
        # An output type (`Output.all` would flatten it to a dict).
        assert isinstance(props, n.outputs.Class)
        assert props.from_ == "f" and props.a_b == "x"

    return pulumi.Output.all(pulumi.Output.all(r.class_, r.a_b).apply(check), r.props.apply(check_props))


@pulumi.runtime.test
def test_results_with_builtin_and_keyword_field_names(mocks, names_sdk):
    import pulumi_names_test as n

    res = n.import_(in_="i", str="s")
    assert (res.str, res.int, res.return_) == ("s", 3, "r")
    inv = [i for i in mocks.invokes if i.token == "names-test:index:import"][0]
    assert inv.args == {"in": "i", "str": "s"}


def test_enum_member_names():
    import pulumi_names_test as n

    assert [m.name for m in n.Color] == ["RED_ISH", "ASTERISK", "ONE", "NONE", "RED_ISH_"]
    assert n.Color.RED_ISH_.value == "red_ish"


@pulumi.runtime.test
def test_args_form_with_inputs_named_like_init_parameters(mocks, names_sdk):
    import pulumi_names_test as n

    args = n.LambdaArgs(class_="c", opts="o", resource_name="rn")
    r = n.Lambda("args-form", args, pulumi.ResourceOptions())

    def check(_):
        reg = [a for a in mocks.resources if a.name == "args-form"][0]
        assert reg.inputs == {"class": "c", "opts": "o", "resourceName": "rn"}

    return r.urn.apply(check)
