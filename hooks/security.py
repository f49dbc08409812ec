"""MkDocs adapter: refuse unsafe configurations, then, once every language is written, add the
Content-Security-Policy to every HTML file and write _headers, robots.txt and security.txt."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from factbase import publish
from factbase.data import DataError, Problem
from factbase.render import build_of
from factbase.text import all_languages_built, build_language, label

# Hooks


def on_config(config):
    problems = publish.site_url_problems(config.site_url)
    problems += publish.security_contact(config.extra, publish.build_date(os.environ.get("SOURCE_DATE_EPOCH")))[1]
    site_dir, root = Path(config.site_dir).resolve(), Path(config.config_file_path).resolve().parent
    if site_dir == root / "site":
        problems.append(Problem(
            "mkdocs.yml", "this command would build straight into site/, and a failed build would leave it "
            "half-written", "run `make build` (scripts/build.py builds elsewhere and replaces site/ on success), "
            "or give another folder with --site-dir"))
    if problems:
        raise PluginError(str(DataError(problems)))


def on_env(env, *, config, files):
    # Read by main.html: the warning that nir-guard.js shows next to a field holding a NIR.
    env.globals["vm_nir_warning"] = label(build_language(config), "nir_warning")
    return env


@event_priority(-200)  # after static-i18n's on_post_build (-100) has built every language
def on_post_build(*, config):
    if not all_languages_built(config):
        return
    site = Path(config.site_dir)
    hashes = set() if _is_live_preview(config) else _add_policy_to_pages(site)
    contact, _ = publish.security_contact(config.extra, None)
    publisher = build_of(config).identity.publisher  # checked with the other inputs (hooks/sources.py)
    paths = [path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()]
    (site / "_headers").write_text(publish.headers_file(config.site_url, hashes, paths), encoding="utf-8")
    (site / "robots.txt").write_text(publish.robots_txt(config.site_url), encoding="utf-8")
    (site / ".well-known").mkdir(exist_ok=True)
    (site / ".well-known" / "security.txt").write_text(publish.security_txt(config.site_url, contact, publisher),
                                                        encoding="utf-8")


# Helpers


def _add_policy_to_pages(site: Path) -> set[str]:
    """One read and at most one write per HTML file: linear in the number of pages."""
    every_hash: set[str] = set()
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        updated, hashes = publish.with_policy_meta(html)
        every_hash.update(hashes)
        if updated != html:
            path.write_text(updated, encoding="utf-8")
    return every_hash


def _is_live_preview(config) -> bool:
    # `mkdocs serve` points site_url at its own address and injects an inline live-reload script
    # into every page at serve time, which no hash computed here could allow.
    host, port = config.dev_addr
    return urlsplit(config.site_url or "").netloc == f"{host}:{port}"
