"""Every internal link and #anchor of the built site, and its canonical and hreflang URLs.

Written here rather than taken from a library: linkinator misses broken #anchors and
mkdocs-htmlproofer reports valid static-i18n links as 404s (see tooling.md). Following every href
and src of every page and looking the #id up in the target is exact and takes about a second for a
few hundred pages.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from factbase.data.problems import Problem
from sitecheck.built import BuiltSite
from sitecheck.html import Link

SKIPPED_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "blob:", "sms:")
X_DEFAULT = "x-default"


def link_problems(site: BuiltSite) -> list[Problem]:
    """Dead links, dead #anchors, wrong canonical and hreflang URLs, on every HTML file and in the
    feeds, sitemap and downloads (which hold absolute URLs of the site)."""
    problems: list[Problem] = []
    languages = site.languages()
    for file in site.html_files():
        problems += _links_of_page(site, file)
        if site.is_not_found(file):
            problems += _not_found_problems(site, file)
        elif site.is_redirect(file):
            problems += _redirect_problems(site, file)
        else:
            problems += _canonical_problems(site, file) + _hreflang_problems(site, file, languages)
    for file in site.downloads():
        problems += _links_in_text_file(site, file)
    return problems


def external_links(site: BuiltSite) -> dict[str, set[str]]:
    """Every address on another host that a page links to, with the pages that link to it."""
    found: dict[str, set[str]] = defaultdict(set)
    for file in site.html_files():
        for link in site.facts(file).links:
            if link.url.startswith(("http://", "https://", "//")) and _target(site, file, link) is None:
                found[link.url].add(site.url_of(file))
    return dict(found)


# Helpers


def _target(site: BuiltSite, file: Path, link: Link) -> tuple[str, str] | None:
    if not link.url or link.url.startswith(SKIPPED_SCHEMES):
        return None
    return site.resolve(link.url, site.url_of(file))


def _links_of_page(site: BuiltSite, file: Path) -> list[Problem]:
    problems = []
    for link in site.facts(file).links:
        target = _target(site, file, link)
        if target is None:
            continue
        path, fragment = target
        if site.is_not_found(file) and not link.url.startswith(("/", "http:", "https:", "#")):
            problems.append(_problem(site, file, link, "relative link on a 404 page",
                                     "the 404 page is served at any address: use absolute URLs"))
            continue
        message = anchor_problem(site, path, fragment)
        if message:
            problems.append(_problem(site, file, link, message, _hint(message)))
    for element_id, line in site.facts(file).duplicate_ids:
        problems.append(Problem(site.display(file), f"the id {element_id!r} is used twice",
                                "give each element its own id", line=line))
    return problems


def anchor_problem(site: BuiltSite, path: str, fragment: str) -> str | None:
    """Why /path#fragment does not resolve in the built site, or None when it does."""
    target = site.file_of(path)
    if target is None:
        if site.file_of(path + "/"):
            return f"/{path} is a folder: link to /{path}/ (with the slash)"
        return f"no page or file at /{path}"
    # An empty fragment and "#top" (without such an id) scroll to the top, as HTML defines them.
    if not fragment or fragment == "top" or target.suffix != ".html":
        return None
    if fragment not in site.facts(target).ids:
        return f"no element with id {fragment!r} on /{path}"
    return None


def _canonical_problems(site: BuiltSite, file: Path) -> list[Problem]:
    canonical = site.facts(file).canonical
    expected = site.site_url + site.url_of(file)
    if canonical != expected:
        return [Problem(site.display(file), f"canonical URL is {canonical!r}, expected {expected!r}",
                        "MkDocs writes it from site_url: check site_url and the page's address")]
    return []


def _hreflang_problems(site: BuiltSite, file: Path, languages: set[str]) -> list[Problem]:
    facts = site.facts(file)
    alternates = facts.alternates
    problems = []
    missing = (languages | {X_DEFAULT}) - set(alternates)
    if missing:
        problems.append(Problem(site.display(file), f"no hreflang link for {', '.join(sorted(missing))}",
                                "every page exists in every language: add the twin page (name.fr.md, name.en.md)"))
    if facts.lang and alternates.get(facts.lang) not in (None, facts.canonical):
        problems.append(Problem(site.display(file), f"the hreflang link for its own language ({facts.lang}) "
                                f"is {alternates[facts.lang]!r}, not the page itself"))
    for hreflang, url in sorted(alternates.items()):
        path = site.internal_path(url)
        twin = site.file_of(path) if path is not None else None
        if twin is None or site.is_redirect(twin) or site.is_not_found(twin):
            problems.append(Problem(site.display(file), f"hreflang {hreflang} points at {url}, which is not a page "
                                    "of the site", "hreflang URLs are absolute and start with site_url"))
            continue
        twin_facts = site.facts(twin)
        if hreflang != X_DEFAULT and twin_facts.lang != hreflang:
            problems.append(Problem(site.display(file), f"hreflang {hreflang} points at {url}, a page in "
                                    f"{twin_facts.lang!r}"))
        if hreflang != X_DEFAULT and facts.lang and twin_facts.alternates.get(facts.lang) != facts.canonical:
            problems.append(Problem(site.display(file), f"hreflang {hreflang} points at {url}, which does not "
                                    f"point back (its {facts.lang} link is {twin_facts.alternates.get(facts.lang)!r})"))
    return problems


def _not_found_problems(site: BuiltSite, file: Path) -> list[Problem]:
    facts = site.facts(file)
    problems = []
    if facts.alternates:
        problems.append(Problem(site.display(file), "the 404 page carries hreflang links "
                                f"({', '.join(sorted(facts.alternates))}): they would point at some other page",
                                "404 pages have no twin address: clear config.extra.alternate for them"))
    if facts.canonical:
        problems.append(Problem(site.display(file), "the 404 page has a canonical URL"))
    return problems


def _redirect_problems(site: BuiltSite, file: Path) -> list[Problem]:
    facts = site.facts(file)
    target = site.resolve(facts.refresh or "", site.url_of(file))
    if target is None:
        return [Problem(site.display(file), f"redirect to {facts.refresh!r}, outside the site")]
    path, fragment = target
    message = anchor_problem(site, path, fragment)
    problems = [Problem(site.display(file), f"redirect target: {message}")] if message else []
    expected = site.site_url + path
    if facts.canonical != expected:
        problems.append(Problem(site.display(file), f"redirect page's canonical URL is {facts.canonical!r}, "
                                f"expected its target {expected!r}"))
    return problems


def _links_in_text_file(site: BuiltSite, file: Path) -> list[Problem]:
    """Feeds, the sitemap and downloads name pages by absolute URL; each must exist."""
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return []
    problems = []
    pattern = re.escape(site.site_url) + r"""[^\s"'<>\\,;)\]]*"""
    for match in re.finditer(pattern, text):
        path, _, fragment = match.group(0)[len(site.site_url):].partition("#")
        message = anchor_problem(site, path, fragment)
        if message:
            line = text.count("\n", 0, match.start()) + 1
            problems.append(Problem(site.display(file), f"{match.group(0)}: {message}", line=line))
    return problems


def _problem(site: BuiltSite, file: Path, link: Link, message: str, hint: str = "") -> Problem:
    return Problem(site.display(file), f"<{link.tag} {link.attribute}={link.url!r}>: {message}", hint, line=link.line)


def _hint(message: str) -> str:
    if message.startswith("no element with id"):
        return ("fix the #anchor, or keep the old id on the target (an explicit {#id} on its heading); "
                "published anchors are listed in data/published-urls.txt")
    if message.startswith("no page or file"):
        return "fix the link; if a page was renamed, add the old address to data/redirects.yaml"
    return ""
