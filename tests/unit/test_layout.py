"""The package follows the data flow: imports go down it, never up, and no modules import each other.

corpus -> pipeline -> resolve -> graph -> outputs -> sparql, with orchestrate (the build) and the CLI on top. Every
import counts, at module level or inside a function: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kg"

# Lowest first: a folder may import itself and the folders before it, never one after it.
LAYERS = (
    "core",
    "lexicon",
    "corpus",
    "language",
    "pipeline",
    "resolve",
    "graph",
    "outputs",
    "sparql",
    "evaluate",
    "orchestrate",
    "cli",
)
TOP_LEVEL = {"__init__.py", "errors.py"}  # beside the step folders and cli/; errors may be imported by all


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, root: Path = PACKAGE) -> set[str]:
    """The kg modules (or packages) that ``path`` imports, as dotted names."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            elif node.module and node.module.split(".")[0] == "kg":
                target = node.module
            else:
                continue
            out.add(target)
            out.update(f"{target}.{a.name}" for a in node.names if resolve(f"{target}.{a.name}", root))
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.split(".")[0] == "kg")
    return {t for t in out if resolve(t, root)}


def resolve(dotted: str, root: Path = PACKAGE) -> Path | None:
    base = root.parent.joinpath(*dotted.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def layer(dotted: str) -> str | None:
    parts = dotted.split(".")
    if len(parts) == 1 or parts[1] in ("__init__", "errors"):
        return None  # kg itself and its error types: importable from anywhere
    return parts[1]


def graph(root: Path = PACKAGE) -> nx.DiGraph:
    g = nx.DiGraph()
    for path in root.rglob("*.py"):
        src = module_name(path, root)
        g.add_node(src)
        for dst in imports(path, root):
            if dst != src and not src.startswith(dst + "."):  # a module's own package __init__ runs first anyway
                g.add_edge(src, dst)
    return g


def test_top_level_holds_only_the_errors_the_cli_and_step_folders():
    files = {p.name for p in PACKAGE.iterdir() if p.is_file() and p.suffix == ".py"}
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").is_file()}
    assert files == TOP_LEVEL
    assert folders == set(LAYERS)


@pytest.mark.parametrize("folder", LAYERS)
def test_each_step_folder_says_what_comes_in_goes_out_and_it_may_import(folder):
    doc = ast.get_docstring(ast.parse((PACKAGE / folder / "__init__.py").read_text(encoding="utf-8"))) or ""
    assert "May import" in doc or "may import" in doc, f"kg/{folder}/__init__.py: say what it may import"


def upward_imports(g: nx.DiGraph) -> list[str]:
    upward = []
    for src, dst in g.edges:
        a, b = layer(src), layer(dst)
        if a is None or b is None or a == b:
            continue
        if LAYERS.index(b) > LAYERS.index(a):
            upward.append(f"{src} imports {dst} ({a} is below {b})")
    return upward


def test_imports_go_down_the_flow():
    upward = upward_imports(graph())
    assert not upward, "\n".join(upward)


def test_no_import_cycle():
    cycles = list(nx.simple_cycles(graph()))
    assert not cycles, "\n".join(" -> ".join(c + [c[0]]) for c in cycles)


def test_modules_stay_small():
    big = [
        f"{p.relative_to(PACKAGE.parent)}: {n} lines"
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 250
    ]
    assert not big, "\n".join(big)


def test_the_checks_catch_what_they_guard(tmp_path):
    """On a made-up package with a lazy upward import and a cycle, both checks fire."""
    kg = tmp_path / "kg"
    for folder in ("corpus", "orchestrate"):
        (kg / folder).mkdir(parents=True)
        (kg / folder / "__init__.py").write_text("")
    (kg / "__init__.py").write_text("")
    (kg / "corpus" / "reader.py").write_text("def f():\n    from ..orchestrate.run import g\n")
    (kg / "orchestrate" / "run.py").write_text("from ..corpus import reader\n")
    g = graph(kg)
    assert upward_imports(g) == ["kg.corpus.reader imports kg.orchestrate.run (corpus is below orchestrate)"]
    assert list(nx.simple_cycles(g))
