"""The package's layering, read from the import statements: each folder of factbase/ imports only
the folders below it, nothing in factbase/ imports MkDocs, and hooks/ reach factbase only through
the folders' public names (their __init__), never a module inside them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

# Lowest first: a folder may import itself and the folders before it.
LAYERS = ["text", "data", "pages", "render", "publish", "tools"]
PACKAGE = ROOT / "factbase"


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module that ``path`` imports, with its line: `import a.b` and `from a.b import c` give
    a.b (the folder is what the layers are about)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append((node.lineno, node.module))
    return found


def layer_problems(package: Path, layers: list[str]) -> list[str]:
    problems = []
    folders = sorted(path.name for path in package.iterdir() if (path / "__init__.py").is_file())
    if folders != sorted(layers):
        problems.append(f"folders {folders} are not the layers {sorted(layers)}: add a new folder to LAYERS")
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package.parent)
        own = relative.parts[1] if len(relative.parts) > 2 else None
        allowed = set(layers[: layers.index(own) + 1]) if own in layers else set()
        for line, module in imported_modules(path):
            parts = module.split(".")
            if parts[0] == "mkdocs" or parts[0].startswith("mkdocs_"):
                problems.append(f"{relative}:{line}: imports {module}: factbase never imports MkDocs")
            elif parts[0] == "factbase" and len(parts) > 1 and parts[1] in layers and parts[1] not in allowed:
                problems.append(f"{relative}:{line}: imports {module}, but {own or 'factbase/'} may import only "
                                f"{', '.join(sorted(allowed)) or 'nothing of factbase'}")
    return problems


def hook_problems(hooks: Path, layers: list[str]) -> list[str]:
    problems = []
    for path in sorted(hooks.glob("*.py")):
        for line, module in imported_modules(path):
            parts = module.split(".")
            if parts[0] == "factbase" and len(parts) > 2 and parts[1] in layers:
                problems.append(f"hooks/{path.name}:{line}: imports {module}: import from factbase.{parts[1]} "
                                "(its __init__), not from a module inside it")
    return problems



def test_each_folder_imports_only_the_folders_below_it_and_never_mkdocs():
    assert not (problems := layer_problems(PACKAGE, LAYERS)), "\n".join(problems)


def test_hooks_use_only_the_public_names_of_each_folder():
    assert not (problems := hook_problems(ROOT / "hooks", LAYERS)), "\n".join(problems)


@pytest.mark.parametrize(("source", "expected"), [
    ("from factbase.render.lookup import lookup_json\n", "data/x.py:1: imports factbase.render.lookup, but data"),
    ("import mkdocs.plugins\n", "data/x.py:1: imports mkdocs.plugins: factbase never imports MkDocs"),
    ("from factbase.text.lang import LANGUAGES\n", None),
])
def test_the_layer_check_catches_an_import_upward_and_mkdocs(tmp_path, source, expected):
    package = tmp_path / "factbase"
    for layer in ("text", "data", "render"):
        (package / layer).mkdir(parents=True)
        (package / layer / "__init__.py").write_text("")
    (package / "data" / "x.py").write_text(source)
    problems = layer_problems(package, ["text", "data", "render"])
    if expected is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problems[0].startswith(f"factbase/{expected}"), problems
