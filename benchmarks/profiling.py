"""Where the build time goes: a cProfile of one build, cut into phases.

Each phase is the cumulative time of a few entry points (a MkDocs step, a plugin's or a hook's
events), chosen so that no phase holds another; what no phase covers is "other". cProfile slows
Python-heavy code (Jinja, Markdown) more than the rest, so the shares are approximate and the
milliseconds are profiled milliseconds, slower than a plain build.
"""

from __future__ import annotations

import pstats
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

Key = tuple[str, int, str]  # (file, line, function) as pstats names a function


@dataclass(frozen=True)
class Phase:
    label: str
    match: Callable[[Key], bool]
    caller: Callable[[Key], bool] | None = None  # count only the calls made from this caller


def _in(path_part: str, *names: str) -> Callable[[Key], bool]:
    def match(key: Key) -> bool:
        return path_part in key[0].replace("\\", "/") and (not names or key[2] in names)
    return match


def _event_of(path_part: str, exclude: tuple[str, ...] = ()) -> Callable[[Key], bool]:
    def match(key: Key) -> bool:
        return (path_part in key[0].replace("\\", "/") and key[2].startswith("on_")
                and key[2] not in exclude)
    return match


def _hook_module(key: Key) -> str | None:
    path = key[0].replace("\\", "/")
    if "/hooks/" in path and key[2].startswith("on_") and path.endswith(".py"):
        return "hooks/" + path.rsplit("/", 1)[1]
    return None


PHASES: tuple[Phase, ...] = (
    Phase("Material page template (base.html, header, nav, toc, footer)",
          _in("jinja2/environment.py", "render"), _in("mkdocs/commands/build.py", "_build_page")),
    Phase("Markdown: per-page setup (MkDocs builds a new Markdown object per page)",
          _in("markdown/core.py", "__init__"), _in("mkdocs/structure/pages.py", "render")),
    Phase("Markdown: conversion", _in("markdown/core.py", "convert"), _in("mkdocs/structure/pages.py", "render")),
    Phase("Reading pages and their front matter", _in("mkdocs/structure/pages.py", "read_source")),
    Phase("Writing pages", _in("mkdocs/utils/__init__.py", "write_file"),
          _in("mkdocs/commands/build.py", "_build_page")),
    Phase("Copying static files", _in("mkdocs/structure/files.py", "copy_static_files")),
    Phase("Theme files and template environment",
          lambda key: _in("mkdocs/structure/files.py", "add_files_from_theme")(key)
          or _in("mkdocs/theme.py", "get_env")(key)),
    Phase("404 page and sitemap templates", _in("mkdocs/commands/build.py", "_build_theme_template")),
    Phase("MkDocs: files, navigation, page context, anchor checks",
          lambda key: _in("mkdocs/structure/files.py", "get_files")(key)
          or _in("mkdocs/structure/nav.py", "get_navigation")(key)
          or _in("mkdocs/commands/build.py", "get_context")(key)
          or _in("mkdocs/structure/pages.py", "validate_anchor_links")(key)),
    Phase("static-i18n events (without the language builds it starts)",
          _event_of("mkdocs_static_i18n/", exclude=("on_post_build",))),
    Phase("static-i18n: merging the search index", _in("mkdocs_static_i18n/", "reconfigure_search_index")),
    Phase("Material plugins (search indexing, ...)", _event_of("material/plugins/")),
)


def profile_build(command: list[str], output: Path, *, cwd: Path, env: dict[str, str]) -> Path:
    """Run ``command`` (a ``python -m mkdocs ...`` command) under cProfile into ``output``."""
    assert command[:2] == [sys.executable, "-m"], command
    profiled = [sys.executable, "-m", "cProfile", "-o", str(output), "-m", *command[2:]]
    subprocess.run(profiled, cwd=cwd, env=env, check=True, capture_output=True)
    return output


def _cumulative(stats: pstats.Stats, phase: Phase) -> float:
    total = 0.0
    for key, (_, _, _, cumulative, callers) in stats.stats.items():
        if not phase.match(key):
            continue
        if phase.caller is None:
            total += cumulative
        else:
            total += sum(entry[3] for caller, entry in callers.items() if phase.caller(caller))
    return total


def phases(profile: Path) -> dict[str, float]:
    """Seconds per phase (profiled), with our hooks one by one, start-up and other."""
    stats = pstats.Stats(str(profile))
    build = sum(entry[3] for key, entry in stats.stats.items()
                if key[2] == "build" and key[0].replace("\\", "/").endswith("mkdocs/commands/build.py"))
    total = max(entry[3] for entry in stats.stats.values())  # the outermost call: the whole run
    out = {phase.label: _cumulative(stats, phase) for phase in PHASES}
    hooks: dict[str, float] = {}
    for key, entry in stats.stats.items():
        module = _hook_module(key)
        if module:
            hooks[module] = hooks.get(module, 0.0) + entry[3]
    for module, seconds in sorted(hooks.items(), key=lambda item: -item[1]):
        out[f"Our hooks: {module}"] = seconds
    out["Start-up: imports, configuration"] = total - build
    out["Other"] = max(0.0, total - sum(out.values()))
    out["Total"] = total
    return out


def difference(large: dict[str, float], small: dict[str, float], pages: int) -> dict[str, float]:
    """Profiled milliseconds per added page in each phase, from two profiles of different sizes."""
    labels: Iterable[str] = list(dict.fromkeys([*large, *small]))
    return {label: 1000 * (large.get(label, 0.0) - small.get(label, 0.0)) / pages for label in labels}
