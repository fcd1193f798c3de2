"""Which source files a computation depends on, found by following kg's own imports.

``extraction_sources()`` is the closure of kg modules imported (at any depth, at module level or
inside functions) by ``kg/resolve/article.py``, ``kg/orchestrate/parallel.py`` (how batches are run) and every
``kg/pipeline/*.py``, so that the extraction cache
is invalidated by a change to any code that can change an extraction, and by nothing else.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]


def _module_file(parts: list[str]) -> Path | None:
    base = PACKAGE.parent.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports(path: Path) -> set[Path]:
    """The kg modules that ``path`` imports (relative imports and absolute ``kg.`` ones)."""
    package = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if package[-1] == "__init__":
        package = package[:-1]
    else:
        package = package[:-1]  # the module's package
    out: set[Path] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        targets: list[list[str]] = []
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
            elif node.module and node.module.split(".")[0] == PACKAGE.name:
                base = []
            else:
                continue
            mod = base + (node.module.split(".") if node.module else [])
            targets.append(mod)
            targets += [mod + [alias.name] for alias in node.names]  # "from . import x" imports module x
        elif isinstance(node, ast.Import):
            targets += [a.name.split(".") for a in node.names if a.name.split(".")[0] == PACKAGE.name]
        for t in targets:
            for i in range(1, len(t) + 1):  # importing a.b.c runs a/__init__ and a/b/__init__ too
                f = _module_file(t[:i])
                if f is not None:
                    out.add(f)
    return out


def closure(roots: list[Path]) -> list[Path]:
    """``roots`` and every kg module they import, transitively, sorted by path."""
    seen: set[Path] = set()
    todo = [r.resolve() for r in roots]
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        todo.extend(_imports(p) - seen)
    return sorted(seen)


@lru_cache(maxsize=1)
def extraction_sources() -> tuple[Path, ...]:
    roots = [
        PACKAGE / "resolve" / "article.py",
        PACKAGE / "orchestrate" / "parallel.py",
        *sorted((PACKAGE / "pipeline").glob("*.py")),
    ]
    return tuple(closure(roots))
