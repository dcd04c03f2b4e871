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
        return [args.name + "-id", dict(args.inputs)]

    def call(self, args: pulumi.runtime.MockCallArgs):
        self.invokes.append(args)
        return {"r": "result-of-" + str(args.args.get("a", args.args.get("b", "")))}


@pytest.fixture
def mocks():
    m = RecordingMocks()
    pulumi.runtime.set_mocks(m, preview=False)
    yield m


@pytest.fixture(scope="session")
def output_funcs_sdk(tmp_path_factory):
    """The SDK of the `output-funcs` fixture, importable as `pulumi_mypkg`."""
    assert FIXTURES.is_dir(), f"shared fixtures missing: {FIXTURES}"
    out = tmp_path_factory.mktemp("output-funcs")
    binary = os.environ.get("SCHEMAGEN_BIN", str(REPO / "target" / "debug" / "schemagen"))
    subprocess.run([binary, "sdk", "--lang", "python", "--schema", str(FIXTURES / "output-funcs" / "schema.json"),
                    "--out", str(out)], check=True)
    sys.path.insert(0, str(out))
    yield out
    sys.path.remove(str(out))
