"""Every module of every shared fixture's generated SDK imports on the real runtime, and the
runtime can resolve every annotation it reads from their classes (in a fresh
interpreter each: several fixtures share a package name). The packages fixtures reference
externally are generated beside them from the shared `_deps` schemas.

A dependency that renames its package (`language.python.packageName`) is still imported as
`pulumi_<name>`, as Pulumi's generator does; the test makes that name an alias of the package."""
import json
import os
import pathlib
import subprocess
import sys

import pytest

from conftest import FIXTURES, REPO

IMPORT_ALL = r"""
import importlib, pkgutil, sys
root, own, aliases = sys.argv[1], sys.argv[2], sys.argv[3:]
sys.path.insert(0, root)
for alias in aliases:
    name, real = alias.split("=")
    sys.modules[name] = importlib.import_module(real)

import inspect
import pulumi
from pulumi import _types

def check_annotations(module):
    # The runtime resolves these annotations to translate names and build output types.
    for _, cls in inspect.getmembers(module, inspect.isclass):
        if cls.__module__ != module.__name__:
            continue
        try:
            if issubclass(cls, pulumi.Resource):
                _types.resource_types(cls)
            elif _types.is_input_type(cls):
                _types.input_type_types(cls)
            elif _types.is_output_type(cls):
                _types.output_type_types(cls)
        except AttributeError as e:
            # A dependency's SDK leaves out types its own schema never uses, as Pulumi's does.
            if f"module '{own}" in str(e):
                raise
            print("dependency lacks", e)

pkg = importlib.import_module(own)
count = 1
for info in pkgutil.walk_packages(pkg.__path__, own + "."):
    check_annotations(importlib.import_module(info.name))
    count += 1
print("imported", count)
"""


def _cases():
    assert FIXTURES.is_dir(), f"shared fixtures missing: {FIXTURES}"
    return sorted(p.name for p in FIXTURES.iterdir() if p.is_dir() and not p.name.startswith("_"))


def _generate(schema: pathlib.Path, out: pathlib.Path) -> str:
    """Generates `schema` into `out`; returns the package's import name."""
    binary = os.environ.get("SCHEMAGEN_BIN", str(REPO / "target" / "debug" / "schemagen"))
    subprocess.run([binary, "sdk", "--lang", "python", "--schema", str(schema), "--deps", str(FIXTURES / "_deps"),
                    "--out", str(out)], check=True, capture_output=True)
    return next(p.name for p in out.iterdir() if p.is_dir())


@pytest.fixture(scope="module")
def dependencies(tmp_path_factory):
    """The SDKs of the `_deps` schemas side by side in one folder, and the `pulumi_<name>` imports
    that name a renamed package (`alias=package`)."""
    root = tmp_path_factory.mktemp("deps")
    renamed = []
    for schema in sorted((FIXTURES / "_deps").glob("*.json")):
        out = tmp_path_factory.mktemp(schema.stem)
        package = _generate(schema, out)
        (out / package).rename(root / package)
        name = json.loads(schema.read_text(encoding="utf-8"))["name"]
        default = "pulumi_" + name.replace("-", "_")
        if package != default:
            renamed.append(f"{default}={package}")
    return root, renamed


@pytest.mark.parametrize("case", _cases())
def test_every_module_imports(case, tmp_path, dependencies):
    deps_root, renamed = dependencies
    schema = next(p for p in (FIXTURES / case).iterdir() if p.name.startswith("schema."))
    package = _generate(schema, tmp_path)
    env = dict(os.environ, PYTHONPATH=str(deps_root))
    run = subprocess.run([sys.executable, "-c", IMPORT_ALL, str(tmp_path), package, *renamed],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert "imported" in run.stdout
