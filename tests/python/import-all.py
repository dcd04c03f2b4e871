"""Imports every module of a generated package, on the real `pulumi`, with `PWNED` defined as a
builtin that writes a marker file: a schema text or name that ran as code leaves the marker.

usage: import-all.py PACKAGE_DIR MARKER"""
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
count = 1
for module in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    importlib.import_module(module.name)
    count += 1
print(f"import-all: {count}")
