"""Imports every module of a generated package, on the real `pulumi`, with `PWNED` defined as a
builtin that writes a marker file: a schema text or name that ran as code leaves the marker.
Every name a package re-exports from its modules (`from .x import *`) must be that module's:
two modules exporting one name would leave one of them unreachable; no class body defines one
name twice.

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


def decorator_names(node):
    return [ast.unparse(d) for d in node.decorator_list]


def check_class_bodies(module):
    """No class body defines a name twice (a property getter named like a method, a method
    named like `get`): the later definition would silently replace the earlier. A property's
    setter and `@overload`ed signatures are the definitions that share a name."""
    with open(module.__file__, encoding="utf-8") as f:
        tree = ast.parse(f.read(), module.__file__)
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        defined = {}
        for node in cls.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = node.name
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                name = node.targets[0].id
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                name = node.target.id
            else:
                continue
            decorators = [] if isinstance(node, (ast.Assign, ast.AnnAssign)) else decorator_names(node)
            if "overload" in decorators or f"{name}.setter" in decorators:
                continue
            assert name not in defined, f"{module.__name__}.{cls.name}.{name}: defined at lines {defined[name]} and {node.lineno}"
            defined[name] = node.lineno


check_exports(pkg)
check_class_bodies(pkg)
count = 1
for module in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    imported = importlib.import_module(module.name)
    check_class_bodies(imported)
    if module.ispkg:
        check_exports(imported)
    count += 1
print(f"import-all: {count}")
