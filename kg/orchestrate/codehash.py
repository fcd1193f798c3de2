"""Which source files a computation depends on, found by following kg's own imports.

``extraction_sources()`` is the closure of kg modules imported (at any depth, at module level or
inside functions) by ``kg/resolve/article.py``, ``kg/orchestrate/parallel.py`` (how batches are run) and every
``kg/pipeline/*.py``, so that the extraction cache
is invalidated by a change to any code that can change an extraction, and by nothing else. A
package's ``__init__`` that runs only because one of its modules is imported counts with the code
that import runs, not its functions (``kg/__init__.py``'s ``build()`` imports the whole build).
"""

from __future__ import annotations

import ast
from functools import cache, lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]


def _module_file(parts: list[str]) -> Path | None:
    base = PACKAGE.parent.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _nodes(tree: ast.AST, top_only: bool):
    """The nodes of ``tree``; with ``top_only``, not those inside functions (code an import runs)."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        if top_only and isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        todo.extend(ast.iter_child_nodes(node))


@cache
def _callables(path: Path) -> frozenset[str]:
    """The functions and classes ``path`` defines at its top level."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return frozenset(n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))


def _imports(path: Path, top_only: bool = False) -> dict[Path, bool]:
    """The kg modules that ``path`` imports (relative imports and absolute ``kg.`` ones), each with
    whether all of it counts (``True``) or only the code its import runs (``False``: a package's
    ``__init__`` run on the way to one of its modules, whose functions that module does not call).
    ``top_only``: read only the code that importing ``path`` runs."""
    package = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if package[-1] == "__init__":
        package = package[:-1]
    else:
        package = package[:-1]  # the module's package
    out: dict[Path, bool] = {}

    def reach(t: list[str], whole: bool) -> None:
        for i in range(1, len(t) + 1):  # importing a.b.c runs a/__init__ and a/b/__init__ too
            f = _module_file(t[:i])
            if f is not None:
                out[f] = out.get(f, False) or (whole and i == len(t))

    for node in _nodes(ast.parse(path.read_text(encoding="utf-8"), str(path)), top_only):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
            elif node.module and node.module.split(".")[0] == PACKAGE.name:
                base = []
            else:
                continue
            mod = base + (node.module.split(".") if node.module else [])
            names = [mod + [alias.name] for alias in node.names]
            # "from a import f" (a function or class of a) counts all of a; "from a import m" (a
            # module) or a constant, only what importing a runs
            f = _module_file(mod)
            reach(mod, f is not None and bool(_callables(f) & {alias.name for alias in node.names}))
            for n in names:  # "from . import x" imports module x
                if _module_file(n) is not None:
                    reach(n, True)
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.split(".")[0] == PACKAGE.name:
                    reach(a.name.split("."), True)
    return out


def closure(roots: list[Path]) -> list[Path]:
    """``roots`` and every kg module they import, transitively, sorted by path: all of a module
    that is used, and of a package's ``__init__`` only what importing it runs."""
    whole: dict[Path, bool] = {}
    todo = [(r.resolve(), True) for r in roots]
    while todo:
        p, all_of_it = todo.pop()
        if p in whole and (whole[p] or not all_of_it):
            continue
        whole[p] = all_of_it
        todo.extend((f, w) for f, w in _imports(p, top_only=not all_of_it).items())
    return sorted(whole)


@lru_cache(maxsize=1)
def extraction_sources() -> tuple[Path, ...]:
    roots = [
        PACKAGE / "resolve" / "article.py",
        PACKAGE / "orchestrate" / "parallel.py",
        *sorted((PACKAGE / "pipeline").glob("*.py")),
    ]
    return tuple(closure(roots))
