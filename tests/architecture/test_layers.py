"""The package's layout is its architecture: stages sit in layers, and nothing imports upwards.

model, errors, lexicon and text at the bottom; the command line and the public API at the top.
A module may import from its own folder and from any layer below its own, never from above, and
the import graph has no cycles. Imports inside functions count too (they are lazy, not exempt).
"""

from __future__ import annotations

import ast
from pathlib import Path

import converter

PACKAGE = Path(converter.__file__).parent
LAYERS = (
    ("model", "errors", "lexicon", "text"),
    ("csl", "values", "names"),
    ("labeller",),
    ("references",),
    ("notes", "pages"),
    ("resolve", "sources", "citekeys"),
    ("writers",),
    ("reader",),
    ("run", "train"),
    ("cli", "__init__"),
)
LAYER_OF = {part: level for level, parts in enumerate(LAYERS) for part in parts}
TOP_LEVEL_MODULES_AT_MOST = 8


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imports_of(path: Path, modules) -> set[str]:
    """The converter modules a file imports: `from converter import lexicon` imports converter.lexicon."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "converter":
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == "converter")
    return found


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in imports_of(path, modules) if m in modules and m != name}
            for name, path in modules.items()}


def test_every_stage_has_a_layer():
    stages = {stage(name) for name in graph()}
    assert stages <= set(LAYER_OF), f"stages without a layer in LAYERS: {sorted(stages - set(LAYER_OF))}"


def test_nothing_imports_upwards():
    upward = sorted(
        f"{importer} imports {imported}"
        for importer, targets in graph().items() for imported in targets
        if stage(imported) != stage(importer) and LAYER_OF[stage(imported)] > LAYER_OF[stage(importer)]
    )
    assert not upward, "\n".join(upward)


def test_no_import_cycles():
    edges = graph()
    state: dict[str, int] = {}  # 1: on the path, 2: done
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                cycles.append(" -> ".join(path[path.index(target):] + [target]) if target in path else target)
            elif target not in state:
                visit(target, path + [target])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    assert not cycles, "\n".join(cycles)


def test_few_modules_at_the_top_and_none_too_long():
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= TOP_LEVEL_MODULES_AT_MOST, top
    long = sorted(f"{p.relative_to(PACKAGE)}: {n} lines" for p in PACKAGE.rglob("*.py")
                  if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400)
    assert not long, long
