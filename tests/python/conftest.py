"""Shared setup: Pulumi mocks that record what the engine receives, and a fixture SDK generated
into a temporary folder with the schemagen binary."""
import os
import pathlib
import subprocess
import sys

import pulumi
import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = REPO.parent / "shared" / "fixtures" / "pulumi-codegen"


class RecordingMocks(pulumi.runtime.Mocks):
    """Echoes inputs back as state (plus an `id`), answers invokes from a table."""

    def __init__(self):
        self.resources = []
        self.invokes = []

    def new_resource(self, args: pulumi.runtime.MockResourceArgs):
        self.resources.append(args)
        state = dict(args.inputs)
        if args.typ == "features:storage:Bucket":
            state["arn"] = "arn:" + args.name
        return [args.resource_id or args.name + "-id", state]

    def call(self, args: pulumi.runtime.MockCallArgs):
        self.invokes.append(args)
        if args.token == "features:storage:Bucket/describe":
            return {"text": "a bucket"}
        if args.token == "names-test:index:import":
            return {"str": "s", "int": 3, "return": "r"}
        if args.token == "features:storage:getBucket":
            return {"arn": "arn:" + args.args["name"], "tier": "cold"}
        return {"r": "result-of-" + str(args.args.get("a", args.args.get("b", "")))}


@pytest.fixture
def mocks():
    m = RecordingMocks()
    pulumi.runtime.set_mocks(m, preview=False)
    yield m


def _generate(tmp_path_factory, schema: pathlib.Path, name: str):
    """Generates the SDK of `schema` with the schemagen binary and puts it on `sys.path`."""
    assert schema.is_file(), f"schema missing: {schema}"
    out = tmp_path_factory.mktemp(name)
    binary = os.environ.get("SCHEMAGEN_BIN", str(REPO / "target" / "debug" / "schemagen"))
    subprocess.run([binary, "sdk", "--lang", "python", "--schema", str(schema), "--out", str(out)], check=True)
    sys.path.insert(0, str(out))
    return out


@pytest.fixture(scope="session")
def output_funcs_sdk(tmp_path_factory):
    """The SDK of the shared `output-funcs` fixture, importable as `pulumi_mypkg`."""
    assert FIXTURES.is_dir(), f"shared fixtures missing: {FIXTURES}"
    out = _generate(tmp_path_factory, FIXTURES / "output-funcs" / "schema.json", "output-funcs")
    yield out
    sys.path.remove(str(out))


@pytest.fixture(scope="session")
def features_sdk(tmp_path_factory):
    """The SDK of tests/python/schemas/features.json, importable as `pulumi_features`."""
    out = _generate(tmp_path_factory, pathlib.Path(__file__).parent / "schemas" / "features.json", "features")
    yield out
    sys.path.remove(str(out))


@pytest.fixture(scope="session")
def names_sdk(tmp_path_factory):
    """The SDK of tests/python/schemas/names.json (keywords, builtins, hyphens, digits as names)."""
    out = _generate(tmp_path_factory, pathlib.Path(__file__).parent / "schemas" / "names.json", "names")
    yield out
    sys.path.remove(str(out))


@pytest.fixture(scope="session")
def hostile_names_sdk(tmp_path_factory):
    """The SDK of the engine's hostile-names fixture (names holding code, folding together, or
    spelling the generator's own names), importable as `pulumi_hostile_names`."""
    schema = REPO / "crates" / "schemagen-engine" / "tests" / "fixtures" / "hostile-names.json"
    out = _generate(tmp_path_factory, schema, "hostile-names")
    yield out
    sys.path.remove(str(out))
