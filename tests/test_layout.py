"""The house plan holds: layers, one-way dependencies, readable Arabic, live caches.

These read the plugin's source (its imports, as Python's ``ast`` sees them,
``TYPE_CHECKING`` and function-level imports included), never run it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from mowjaz.derive import cache

PACKAGE = Path(cache.__file__).resolve().parent.parent

# Which layer each part of the package is in, and which layers it may import.
# plugin -> site -> derive -> capabilities -> text; importer -> text;
# cli -> importer, capabilities, derive.analyse, config.  ``files`` (the atomic
# writer) and ``config`` (with the Babel helpers of ``l10n``) serve every layer.
ALLOWED = {
    "text": {"text", "files"},
    "importer": {"importer", "text", "files"},
    "keypoints": {"keypoints", "text"},
    "quotes": {"quotes", "text"},
    "related": {"related", "text"},
    "derive": {"derive", "keypoints", "quotes", "related", "text", "files"},
    "site": {"site", "derive", "quotes", "related", "text", "config", "l10n", "files"},
    "plugin": {"site"},
    "cli": {"importer", "keypoints", "quotes", "related", "derive", "text", "config"},
    "config": {"l10n", "text"},
    "l10n": set(),
    "files": set(),
}
# The layers that hold algorithms or plain data work: they never import Pelican
# or Python-Markdown (the Pelican glue in site/ is the only place that does).
PELICAN_FREE = {"text", "importer", "keypoints", "quotes", "related", "derive"}


def _modules() -> dict[str, Path]:
    return {
        ".".join(
            ("mowjaz", *path.relative_to(PACKAGE).with_suffix("").parts)
        ).removesuffix(".__init__"): path
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def _imports(name: str, path: Path) -> set[str]:
    """Return every module ``name`` imports, absolute, wherever the import stands."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            found.add(target)
            # ``from . import names`` imports modules of the package.
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {
        name: {dep for dep in _imports(name, path) if dep in modules and dep != name}
        for name, path in modules.items()
    }


def _layer(module: str) -> str:
    return module.split(".")[1] if module.count(".") else "plugin"


def test_the_plugin_has_no_import_cycle() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for dep in graph[node]:
            if state.get(dep) == 1:
                cycle = [*path[path.index(dep) :], dep]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if dep not in state:
                visit(dep)
        path.pop()
        state[node] = 2

    for node in graph:
        if node not in state:
            visit(node)


def test_dependencies_point_one_way() -> None:
    wrong = [
        f"{module} imports {dep}"
        for module, deps in _graph().items()
        for dep in deps
        if _layer(module) in ALLOWED
        and _layer(dep) != "mowjaz"
        and dep != "mowjaz"
        and _layer(dep) not in ALLOWED[_layer(module)] | {_layer(module)}
    ]
    assert wrong == []


def test_every_part_of_the_package_has_a_layer() -> None:
    assert {_layer(module) for module in _modules() if module != "mowjaz"} <= set(
        ALLOWED
    )


def test_algorithms_never_import_pelican_or_markdown() -> None:
    wrong = [
        f"{name} imports {dep}"
        for name, path in _modules().items()
        if _layer(name) in PELICAN_FREE
        for dep in _imports(name, path)
        if dep.split(".")[0] in {"pelican", "markdown"}
    ]
    assert wrong == []


def test_the_cache_store_imports_no_algorithm() -> None:
    deps = _graph()["mowjaz.derive.cache"]
    assert deps <= {"mowjaz.files"}, deps


def test_the_top_level_is_small_and_the_rest_in_subpackages() -> None:
    top = list(PACKAGE.glob("*.py"))
    subpackages = [
        path for path in PACKAGE.iterdir() if (path / "__init__.py").exists()
    ]
    assert len(top) <= 10, sorted(path.name for path in top)
    assert len(subpackages) >= 4


def test_arabic_is_written_as_arabic() -> None:
    """No ``\\u06xx`` escape: combining marks are named (``\\N{ARABIC FATHA}``)."""
    escape = re.compile(
        # Arabic, Arabic Supplement and Extended-A, Presentation Forms A and B
        # (the byte-order mark U+FEFF is no Arabic).
        r"\\u0[67][0-9a-f]{2}|\\u08[a-f][0-9a-f]|\\uf[bcd][0-9a-f]{2}"
        r"|\\ufe[7-9a-e][0-9a-f]",
        re.IGNORECASE,
    )
    found = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if escape.search(line)
    ]
    assert found == []


@pytest.mark.parametrize(
    "pattern", [*cache.ALGORITHM_SOURCES, *cache.READER_SOURCES], ids=str
)
def test_every_cache_source_pattern_matches_a_file(pattern: str) -> None:
    """A module moved away from a pattern would silently stop invalidating caches."""
    assert cache.source_files((pattern,)), f"{pattern} matches no file"


def test_every_algorithm_module_is_a_cache_source() -> None:
    """Whatever computes a cached result counts in the cache's algorithm version."""
    covered = set(cache.source_files())
    algorithms = [
        path
        for name, path in _modules().items()
        if _layer(name) in {"text", "keypoints", "quotes", "related", "derive"}
    ]
    assert [path for path in algorithms if path not in covered] == []
