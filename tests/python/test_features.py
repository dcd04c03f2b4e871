"""Defaults, environment defaults, secrets, enums, nested input types, methods, components and
deprecations of a generated SDK, on the real Pulumi runtime with mocks."""
import warnings

import pulumi
import pytest


@pytest.fixture
def features(features_sdk):
    import pulumi_features
    return pulumi_features


def _registered(mocks, name):
    return [a for a in mocks.resources if a.name == name][0]


@pulumi.runtime.test
def test_defaults_enums_nested_types_and_secrets(mocks, features, monkeypatch):
    monkeypatch.setenv("FEATURES_SIZE", "2.5")
    b = features.storage.Bucket(
        "b",
        rules=[{"days": 3, "tier": features.storage.Tier.COLD},
               features.storage.RuleArgs(days=7)],
        password="hunter2",
        level=features.storage.Level.TWO,
    )

    def check(values):
        arn, name, password_secret, tier = values
        reg = _registered(mocks, "b")
        assert reg.typ == "features:storage:Bucket"
        assert reg.inputs["bucketName"] == "default-bucket"
        assert reg.inputs["tier"] == "hot"
        assert reg.inputs["size"] == 2.5
        assert reg.inputs["kind"] == "bucket"
        assert reg.inputs["level"] == 2
        assert reg.inputs["rules"] == [{"days": 3, "tier": "cold"}, {"days": 7}]
        assert arn == "arn:b"
        assert name == "default-bucket"
        assert password_secret
        assert tier == "hot"

    return pulumi.Output.all(b.arn, b.bucket_name, pulumi.Output.from_input(b.password.is_secret()),
                             b.tier).apply(check)


def test_missing_required_input(mocks, features):
    with pytest.raises(TypeError, match="Missing required property 'rules'"):
        features.storage.Bucket("no-rules")


def test_method_calls_the_runtime_with_its_token_and_result_type(mocks, features, monkeypatch):
    # Pulumi's mock monitor has no `Call`, so the runtime call itself is observed.
    seen = {}

    def fake_call(tok, props, res=None, typ=None, **kwargs):
        seen.update(tok=tok, props=dict(props), res=res, typ=typ)
        return pulumi.Output.from_input(typ(text="a bucket"))

    b = features.storage.Bucket("m", rules=[])
    monkeypatch.setattr(pulumi.runtime, "call", fake_call)
    b.describe(verbose=True)
    assert seen["tok"] == "features:storage:Bucket/describe"
    assert seen["props"] == {"__self__": b, "verbose": True}
    assert seen["res"] is b
    assert seen["typ"] is features.storage.Bucket.DescribeResult


@pulumi.runtime.test
def test_deprecated_function_warns_and_returns_typed_result(mocks, features):
    with warnings.catch_warnings(record=True):
        res = features.storage.get_bucket(name="x", rules=[features.storage.Rule(days=1)])
    assert res.arn == "arn:x"
    assert res.tier == "cold"
    inv = [i for i in mocks.invokes if i.token == "features:storage:getBucket"][0]
    assert inv.args == {"name": "x", "rules": [{"days": 1}]}


@pulumi.runtime.test
def test_component_and_provider(mocks, features):
    p = features.Provider("p", retries=3, token="t")
    s = features.Stack("s", prefix="pre", opts=pulumi.ResourceOptions(provider=p))

    def check(_):
        prov = _registered(mocks, "p")
        assert prov.typ == "pulumi:providers:features"
        assert prov.inputs["retries"] == "3"  # providers receive non-string inputs as JSON
        assert _registered(mocks, "s").typ == "features:index:Stack"

    return s.urn.apply(check)


def test_deprecated_resource_module_warns(features):
    import importlib
    import sys
    sys.modules.pop("pulumi_features.storage.legacy_bucket", None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        importlib.import_module("pulumi_features.storage.legacy_bucket")
    assert any("use Bucket" in str(w.message) for w in caught)


def test_config_defaults(features, monkeypatch):
    from pulumi_features import config
    monkeypatch.setenv("FEATURES_REGION", "from-env")
    assert config.region == "from-env"
    monkeypatch.delenv("FEATURES_REGION")
    assert config.region == "eu-west-1"
    assert config.verbose is False
    assert config.retries is None


@pulumi.runtime.test
def test_deprecated_property_warns_on_use_not_on_serialization(mocks, features, monkeypatch):
    logged = []
    monkeypatch.setattr(pulumi.log, "warn", lambda msg, *a, **k: logged.append(msg))
    rule = features.storage.RuleArgs(days=1)
    rule.prefix_filter = "logs/"
    b = features.storage.Bucket("dep", rules=[rule])

    def check(_):
        # Registered, so serialized: the runtime read the property without a warning.
        assert _registered(mocks, "dep").inputs["rules"] == [{"days": 1, "prefixFilter": "logs/"}]
        assert not any("prefix_filter is deprecated" in m for m in logged)
        assert rule.prefix_filter == "logs/"
        assert "prefix_filter is deprecated: use filters" in logged

    return b.urn.apply(check)


@pulumi.runtime.test
def test_nested_outputs_are_output_types(mocks, features):
    b = features.storage.Bucket("nested", rules=[{"days": 3, "tier": "cold", "prefix_filter": "p/"}])

    def check(rules):
        assert isinstance(rules[0], features.storage.outputs.Rule)
        assert rules[0].days == 3
        assert rules[0].tier == features.storage.Tier.COLD
        assert rules[0]["prefix_filter"] == "p/"

    return b.rules.apply(check)


def test_plain_method_result_is_returned_directly(mocks, features, monkeypatch):
    # The schema model binds a non-object result from `outputs` (it does not read `returnType`).
    seen = {}

    def fake_call(tok, props, res=None, typ=None, **kwargs):
        seen.update(tok=tok, typ=typ)
        return pulumi.Output.from_input(typ(res=42))

    b = features.storage.Bucket("plain", rules=[])
    monkeypatch.setattr(pulumi.runtime, "call", fake_call)
    assert b.object_count() == 42
    assert seen["tok"] == "features:storage:Bucket/objectCount"
    assert seen["typ"] is features.storage.Bucket.ObjectCountResult


@pulumi.runtime.test
def test_exists_asks_the_engine_by_type_and_id(mocks, features):
    # The mock monitor reports a resource as existing when one of that type was registered with
    # that id: the generated `exists` sends the resource's own type token.
    # The checks run once the bucket is registered (its id known).
    b = features.storage.Bucket("present", rules=[{"days": 1}])
    found = b.id.apply(features.storage.Bucket.exists)
    missing = b.id.apply(lambda _: features.storage.Bucket.exists("absent-id"))
    other_type = b.id.apply(features.storage.LegacyBucket.exists)

    def check(values):
        assert values == [True, False, False]

    return pulumi.Output.all(found, missing, other_type).apply(check)
