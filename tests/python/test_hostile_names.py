"""Schema names that are no identifiers: names holding code (`X' if __import__('os')... else '`),
names folding to one identifier (`a.b`, `a b`, `a"b`, `a_b`; `$` and `%`; `ﬁle` and `file`; NFC
and decomposed `été`), names of the generator's own parameters and globals (`opts`,
`resource_name`, `__props__`, `pulumi`, `dict`, ...), typing names (`Optional`, `Any`) and module
names of generated files (`_utilities`, `outputs`, `config`, `provider`, `README`, `py.typed`).
The package compiles, imports without running what the names hold, and sends each wire name."""
import compileall
import os
import subprocess
import sys

import pulumi

IMPORT_ALL = """
import importlib, pkgutil
import pulumi_hostile_names as pkg
for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    importlib.import_module(m.name)
print("imported")
"""


def test_every_module_compiles_and_imports_without_running_names(hostile_names_sdk, tmp_path):
    assert compileall.compile_dir(str(hostile_names_sdk), quiet=1)
    # A fresh interpreter, in a folder of its own: the names' payload would create a marker here.
    env = dict(os.environ, PYTHONPATH=str(hostile_names_sdk))
    run = subprocess.run([sys.executable, "-c", IMPORT_ALL], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "imported" in run.stdout
    assert not (tmp_path / "schemagen-pwned").exists(), "a name from the schema ran as code"


def _evil_resource():
    import pulumi_hostile_names as n

    return next(v for k, v in vars(n).items() if k.startswith("R_") and isinstance(v, type) and issubclass(v, pulumi.CustomResource))


@pulumi.runtime.test
def test_names_that_fold_together_keep_their_own_wire_names(mocks, hostile_names_sdk):
    R = _evil_resource()
    # The wire name that is its own Python name keeps it; the others take `_` in wire-name order.
    r = R("r", a_b="under", a_b_="space", a_b__="quote", a_b___="dot", file="file", file_="fi",
          opts_="o", resource_name_="rn", __props___="pp", pulumi_="p", dict="d", **{"été": "nfc", "été_": "nfd"})

    def check(_):
        reg = [a for a in mocks.resources if a.name == "r"][0]
        expected = {"a_b": "under", "a b": "space", 'a"b': "quote", "a.b": "dot", "file": "file", "\ufb01le": "fi",
                    "opts": "o", "resource_name": "rn", "__props__": "pp", "pulumi": "p", "dict": "d",
                    "\u00e9t\u00e9": "nfc", "e\u0301te\u0301": "nfd"}
        assert {k: v for k, v in reg.inputs.items() if k in expected} == expected, reg.inputs

    return r.urn.apply(check)


def test_typing_names_and_generated_module_names_move_aside(hostile_names_sdk):
    import pulumi_hostile_names as n
    import pulumi_hostile_names.config as config

    assert n.Optional_.A.value == "a" and n.Optional_.A_.value == "A" and isinstance(n.Any_Args(n=1), n.Any_Args)
    # Modules named like generated files keep their resources, under a `_`.
    assert n.outputs_.Thing and n._utilities_.Thing and n._inputs_.Thing and n.provider.Thing
    # The config module keeps its variables and the resource whose module is `config` too.
    assert config.Thing and config.region is None


def test_definitions_whose_names_fold_together_keep_a_class_each(hostile_names_sdk):
    import pulumi_hostile_names.folds as folds

    # The token whose name is an identifier as written keeps its class; the others take `_`
    # in schema order, with every class named after it.
    assert len({folds.A_b, folds.A_b_, folds.A_b__}) == 3
    assert {folds.A_bArgs, folds.A_b_Args, folds.A_b__Args} == {folds.a_b.A_bArgs, folds.a_b_.A_b_Args, folds.a_b__.A_b__Args}
    assert folds.E_b.DASH.value == "dash" and folds.E_b_.DOT.value == "dot"
    assert folds.O_b_Args(x="1").x == "1" and folds.O_b__Args(y="2").y == "2"
    out = folds.outputs
    assert (out.O_b(z="z").z, out.O_b_(x="x").x, out.O_b__(y="y").y) == ("z", "x", "y")
    assert folds.get_x is not folds.get_x_ and folds.get_x_output is not folds.get_x__output
    assert folds.Get_xResult is not folds.Get_xResult_ and issubclass(folds.AwaitableGet_xResult_, folds.Get_xResult_)


@pulumi.runtime.test
def test_folded_definitions_register_their_own_tokens(mocks, hostile_names_sdk):
    import pulumi_hostile_names.folds as folds

    made = [folds.A_b("ab"), folds.A_b_("dash", o=folds.O_b_Args(x="x")), folds.A_b__("dot", o=folds.O_b__Args(y="y"))]

    def check(_):
        types = {a.name: a.typ for a in mocks.resources}
        assert {k: types[k] for k in ("ab", "dash", "dot")} == {
            "ab": "hostile-names:folds:a_b", "dash": "hostile-names:folds:a-b", "dot": "hostile-names:folds:a.b"}
        assert {a.name: a.inputs for a in mocks.resources if a.name in ("dash", "dot")} == {"dash": {"o": {"x": "x"}}, "dot": {"o": {"y": "y"}}}

    return pulumi.Output.all(*[r.urn for r in made]).apply(check)


@pulumi.runtime.test
def test_names_python_would_mangle_in_a_class_body_are_passed_by_keyword(mocks, hostile_names_sdk):
    import pulumi_hostile_names.folds as folds

    # `__x` is mangled inside a class (`_Mangled__x`): it keeps one `_`.
    r = folds.Mangled("m", _x="mangled", m=folds.MangledArgs(_x="nested"))
    got = folds.Mangled.get("got", "id-1", _x="state")
    result = folds.get_x(_q="q")

    def check(_):
        reg = {a.name: a.inputs for a in mocks.resources}
        assert reg["m"] == {"__x": "mangled", "m": {"__x": "nested"}}, reg
        assert reg["got"].get("__x") == "state", reg
        assert [i.args for i in mocks.invokes if i.token == "hostile-names:folds:get-x"] == [{"__q": "q"}]

    return pulumi.Output.all(r.urn, r._x, got.urn, result._r).apply(check)


@pulumi.runtime.test
def test_members_named_like_the_resource_class_own_move_aside(mocks, hostile_names_sdk):
    import inspect

    from pulumi_hostile_names.members import Widget

    # `get` and `exists` stay the class's static methods, and what the runtime calls stays the
    # runtime's; the properties named so take `_` and keep their wire names.
    assert isinstance(inspect.getattr_static(Widget, "get"), staticmethod)
    assert isinstance(inspect.getattr_static(Widget, "exists"), staticmethod)
    assert Widget.translate_output_property is pulumi.CustomResource.translate_output_property
    assert Widget.get_provider is pulumi.CustomResource.get_provider
    for prop in ("get_", "exists_", "translate_output_property_", "describe"):
        assert isinstance(inspect.getattr_static(Widget, prop), property), prop
    # A method folding with a property (`Describe`) or named like a runtime member takes `_`.
    assert inspect.isfunction(inspect.getattr_static(Widget, "describe_"))
    assert inspect.isfunction(inspect.getattr_static(Widget, "get_provider_"))
    w = Widget("w", get_="g", exists_="e")

    def check(_):
        reg = [a for a in mocks.resources if a.name == "w"][0]
        assert {k: reg.inputs[k] for k in ("get", "exists")} == {"get": "g", "exists": "e"}, reg.inputs

    return w.urn.apply(check)


def test_a_root_class_a_module_also_defines_is_imported_under_an_alias(hostile_names_sdk):
    import inspect

    import pulumi_hostile_names as n
    import pulumi_hostile_names.members.widget as widget
    from pulumi_hostile_names.members import Pulumi, Widget

    # `members` defines a `Pulumi` of its own: the root's is `_root_Pulumi` in its files.
    assert Pulumi is not n.Pulumi and widget._root_Pulumi is n.Pulumi
    assert "_root_Pulumi" in str(inspect.getattr_static(Widget, "root").fget.__annotations__["return"])
