"""Imports go one way. This walks every import in flashpoint/ (module level, under TYPE_CHECKING and
inside functions, with `ast`) and fails on:

- an import circle between modules;
- an import from a lower layer to a higher one (LAYERS below; a module may import its own layer
  and every layer under it);
- an import inside a function that does not say, on its line, that it defers an optional or heavy
  dependency (`# deferred: <why>`): everything else is imported at the top of the file.

The layers, lowest first. `records` is the contract everyone speaks. ingest, nlp and codes read
inputs and tables; kb builds its knowledge base from codes (the PETRARCH reader). extract runs the
components; store keeps records; analyze (the monitor) sits on the store and reaches its writes
only through store/hooks.py. pipeline runs ingest -> extract -> store and registers the monitor.
eval (scores the extractors), export and importers (records out of and into the store) and scale
(runs the pipeline on Dask) sit above the pipeline; serve and the CLI sit on top, with the package's
own __init__, which is its public surface (`flashpoint.load_events` reaches into export/).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "flashpoint"

LAYERS = [
    {"flashpoint.errors", "flashpoint.paths", "flashpoint.records", "flashpoint.settings"},
    {"flashpoint.ingest", "flashpoint.nlp", "flashpoint.codes"},
    {"flashpoint.kb"},
    {"flashpoint.extract"},
    {"flashpoint.store"},
    {"flashpoint.analyze"},
    {"flashpoint.pipeline"},
    {"flashpoint.eval", "flashpoint.export", "flashpoint.importers", "flashpoint.scale", "flashpoint.watch"},
    {"flashpoint.serve"},
    {"flashpoint.cli", "flashpoint.__main__", "flashpoint"},
]
DEFERRED = "# deferred:"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> int:
    """The layer of a module: that of the longest prefix named in LAYERS."""
    best, level = "", None
    for i, names in enumerate(LAYERS):
        for name in names:
            if name == "flashpoint" and module != name:
                continue  # the package's __init__ only, not everything below it
            if (module == name or module.startswith(name + ".")) and len(name) > len(best):
                best, level = name, i
    assert level is not None, f"{module} is in no layer: add it to LAYERS in tests/test_layers.py"
    return level


def targets(node: ast.Import | ast.ImportFrom, module: str) -> list[str]:
    """The flashpoint modules an import statement loads (a `from pkg import sub` loads pkg.sub)."""
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    else:
        base = node.module or ""
        if node.level:
            package = module.split(".") if MODULES[module].name == "__init__.py" else module.split(".")[:-1]
            base = ".".join(package[:len(package) - node.level + 1] + ([base] if base else []))
        names = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
    out = []
    for name in names:
        while name and name not in MODULES:  # `import flashpoint.extract` and the like
            name = name.rpartition(".")[0]
        if name.startswith("flashpoint"):
            out.append(name)
    return out


def imports() -> list[tuple[str, str, int, bool, str]]:
    """(importer, imported, line, inside a function, source line) for every flashpoint import."""
    found = []
    for module, path in MODULES.items():
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source)
        functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        inside = {id(n) for f in functions for n in ast.walk(f)}
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                text = " ".join(lines[node.lineno - 1:node.end_lineno])
                in_function = id(node) in inside
                if in_function and DEFERRED not in text:
                    found.append((module, "", node.lineno, True, text.strip()))
                for target in targets(node, module):
                    if target != module:
                        found.append((module, target, node.lineno, in_function, text.strip()))
    return found


IMPORTS = imports()


def where(module: str, line: int) -> str:
    return f"{MODULES[module].relative_to(PACKAGE.parent)}:{line}"


def test_every_module_has_a_layer():
    for module in MODULES:
        layer_of(module)


def test_no_module_imports_a_higher_layer():
    upward = [f"{where(a, line)} {a} -> {b}" for a, b, line, _, _ in IMPORTS
              if b and layer_of(b) > layer_of(a)]
    assert upward == []


def test_imports_inside_functions_only_defer_a_heavy_dependency():
    undeclared = sorted({f"{where(a, line)}: {text}" for a, b, line, inside, text in IMPORTS
                         if inside and not b and DEFERRED not in text})
    assert undeclared == []


def circles() -> list[list[str]]:
    """Every strongly connected group of two or more modules (Tarjan), each listed sorted."""
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for a, b, *_ in IMPORTS:
        if b:
            graph[a].add(b)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(groups)


def test_there_is_no_import_circle():
    assert circles() == []


@pytest.mark.parametrize("importer, imported, expected", [
    ("flashpoint.store.base", "flashpoint.analyze.maintain", False),
    ("flashpoint.analyze.maintain", "flashpoint.store.hooks", True),
    ("flashpoint.kb.petrarch", "flashpoint.codes.agents", True),
    ("flashpoint.extract.events", "flashpoint.pipeline", False),
])
def test_the_layers_read_as_the_readme_draws_them(importer, imported, expected):
    assert (layer_of(imported) <= layer_of(importer)) is expected
