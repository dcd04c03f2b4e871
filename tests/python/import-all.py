"""Imports every module of a generated package, on the real `pulumi`, with `PWNED` defined as a
builtin that writes a marker file: a schema text or name that ran as code leaves the marker.
Every name a package re-exports from its modules (`from .x import *`) must be that module's:
two modules exporting one name would leave one of them unreachable.

usage: import-all.py PACKAGE_DIR MARKER"""
import ast
import builtins
import importlib
import os
import pkgutil
import sys

root, marker = sys.argv[1], sys.argv[2]


def pwned(*_args, **_kwargs):
    with open(marker, "w"):
        pass


builtins.PWNED = pwned
sys.path.insert(0, root)
names = [n for n in sorted(os.listdir(root)) if os.path.isfile(os.path.join(root, n, "__init__.py"))]
assert len(names) == 1, f"expected one package in {root}: {names}"
pkg = importlib.import_module(names[0])


def star_imports(package):
    """The modules a package's `__init__.py` imports `*` from, by their relative names."""
    with open(package.__file__, encoding="utf-8") as f:
        tree = ast.parse(f.read(), package.__file__)
    return [n.module for n in tree.body if isinstance(n, ast.ImportFrom) and n.level == 1 and n.module and any(a.name == "*" for a in n.names)]


def check_exports(package):
    owner = {}
    for name in star_imports(package):
        module = importlib.import_module(f"{package.__name__}.{name}")
        for export in getattr(module, "__all__", []):
            assert export not in owner, f"{package.__name__}.{export}: exported by both .{owner[export]} and .{name}"
            owner[export] = name
            assert getattr(package, export) is getattr(module, export), f"{package.__name__}.{export} is not .{name}'s"


check_exports(pkg)
count = 1
for module in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    imported = importlib.import_module(module.name)
    if module.ispkg:
        check_exports(imported)
    count += 1
print(f"import-all: {count}")
