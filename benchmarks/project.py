"""Copies of the project for the benchmarks, so that a 10,000-insurer build, an edited page or a
baseline configuration never touch the working tree."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / ".cache" / "bench"
GENERATED_FOLDER = Path("docs") / "assureurs"  # written by the build (factbase.render.data_pages.INSURER_FOLDER)


def build_env(**extra: str) -> dict[str, str]:
    """The environment of every benchmark build: the Makefile's settings, nothing from the shell
    that could change the build (SITE_DATA_DIR, SITE_URL) unless given here."""
    env = {key: value for key, value in os.environ.items() if key not in ("SITE_DATA_DIR", "SITE_URL")}
    env.setdefault("SOURCE_DATE_EPOCH", "1707264000")
    env["NO_MKDOCS_2_WARNING"] = "1"
    env.update(extra)
    return env


def project_files(root: Path = ROOT) -> list[str]:
    """The files a fresh clone would have, plus new files not yet committed (never ignored ones)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=root, check=True, capture_output=True).stdout.decode()
    return sorted(name for name in listed.split("\0") if name and (root / name).is_file())


def copy_project(name: str, root: Path = ROOT) -> Path:
    """A fresh copy of the project under .cache/bench/<name>/ (replaced if it exists)."""
    destination = WORK / name
    if destination.exists():
        shutil.rmtree(destination)
    for relative in project_files(root):
        target = destination / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / relative, target)
    return destination


def clear_generated(project: Path, keep_pages: bool = False) -> None:
    """Remove what a previous build wrote into the copy, so that every timed build starts cold."""
    if not keep_pages:
        shutil.rmtree(project / GENERATED_FOLDER, ignore_errors=True)
    shutil.rmtree(project / ".cache" / "jinja", ignore_errors=True)


def mkdocs_build(project: Path, site_dir: Path, config_file: str = "mkdocs.yml", strict: bool = True) -> list[str]:
    command = [sys.executable, "-m", "mkdocs", "build", "--config-file", str(project / config_file),
               "--site-dir", str(site_dir)]
    return [*command, "--strict"] if strict else [*command, "--no-strict"]


BASELINE_CONFIG = "mkdocs.baseline.yml"


def baseline_config(config_text: str) -> dict:
    """mkdocs.yml as Material and static-i18n alone would build it: no hooks (so no generated pages,
    citations or checks), no theme overrides and none of our stylesheets. Everything else (pages,
    nav, Markdown extensions, plugins, features) is the same."""
    from mkdocs.utils.yaml import yaml_load  # resolves !ENV as MkDocs does

    config = yaml_load(config_text)
    for key in ("hooks", "extra_css", "extra_javascript", "watch"):
        config.pop(key, None)
    config["theme"] = {key: value for key, value in config["theme"].items() if key != "custom_dir"}
    config["strict"] = False  # the [[generated:...]] markers and [@...] citations stay as text
    return config


def write_generated_pages_as_markdown(built_site: Path, project: Path) -> int:
    """The fair baseline's share of the generated pages: each insurer page that the real build made,
    written into ``project`` as a plain Markdown page (its title, and its article's HTML as a raw
    block), so that bare Material builds as many pages, as large, as the real build does. Returns
    how many pages it wrote."""
    from bs4 import BeautifulSoup

    written = 0
    for page in sorted(built_site.rglob(f"{GENERATED_FOLDER.name}/*/index.html")):
        parts = page.relative_to(built_site).parts  # (en,) assureurs, <slug>, index.html
        language = parts[0] if parts[0] != GENERATED_FOLDER.name else "fr"
        article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article")
        if article is None:
            continue
        title = article.h1.get_text(strip=True) if article.h1 else parts[-2]
        target = project / GENERATED_FOLDER / f"{parts[-2]}.{language}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        body = "".join(str(child) for child in article.children)
        target.write_text(f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n<div>\n{body}\n</div>\n",
                          encoding="utf-8")
        written += 1
    return written


def write_baseline(project: Path) -> str:
    config = baseline_config((project / "mkdocs.yml").read_text(encoding="utf-8"))
    (project / BASELINE_CONFIG).write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False),
                                           encoding="utf-8")
    return BASELINE_CONFIG
