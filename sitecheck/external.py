"""External links: which addresses on other hosts the site names, and whether each one answers.

Used by `make linkcheck-external` only, never by `make test`: the network may be absent, and a
remote site being down must not block a correction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from factbase.data.problems import DataError
from factbase.data.schema import load_schema, schema_problems
from factbase.data.sources import load_sources
from factbase.data.yamlfile import load_yaml
from sitecheck.built import BuiltSite
from sitecheck.links import external_links

USER_AGENT = "Mozilla/5.0 (compatible; fuite-tiers-payant-linkcheck/1.0)"
# Servers that refuse HEAD (or bots) often answer a plain GET.
RETRY_WITH_GET = frozenset({400, 403, 404, 405, 406, 429, 500, 501, 503})


@dataclass(frozen=True)
class Answer:
    url: str
    status: int | None  # None: no HTTP answer at all
    detail: str = ""  # the error, or where a redirect ended

    @property
    def ok(self) -> bool:
        return self.status is not None and self.status < 400


def linked_addresses(root: Path, site: BuiltSite) -> dict[str, set[str]]:
    """Every external address the site relies on -> where it comes from (data record or page)."""
    found: dict[str, set[str]] = defaultdict(set)
    for source in load_sources(root / "data").values():
        if source.url:
            found[source.url].add(f"data/sources.yaml ({source.id})")
    for url, pages in external_links(site).items():
        found[url].update(f"page /{page}" for page in pages)
    return dict(found)


def unchecked_addresses(root: Path) -> dict[str, set[str]]:
    """The official deep links of data/unchecked-links.yaml, waiting for a maintainer."""
    document = load_yaml(root / "data" / "unchecked-links.yaml", "data/unchecked-links.yaml")
    problems = schema_problems(document, load_schema(root / "data" / "unchecked-links.schema.json"))
    if problems:
        raise DataError(problems)
    return {link["url"]: {f"data/unchecked-links.yaml ({link['id']}; {', '.join(link['facts'])})"}
            for link in document.data["links"]}


def ask(url: str, session, timeout: float = 20) -> Answer:
    """HEAD, then GET when the server turns HEAD away; redirects followed."""
    try:
        response = session.head(url, allow_redirects=True, timeout=timeout)
        if response.status_code in RETRY_WITH_GET:
            response = session.get(url, allow_redirects=True, timeout=timeout, stream=True)
            response.close()
    except (OSError, ValueError) as error:  # requests' errors are OSErrors: a failure to report
        return Answer(url, None, f"{type(error).__name__}: {str(error)[:160]}")
    moved = f"-> {response.url}" if response.url.rstrip("/") != url.rstrip("/") else ""
    return Answer(url, response.status_code, moved)


def ask_all(urls: Iterable[str], asker: Callable[[str], Answer], workers: int = 8) -> list[Answer]:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return sorted(pool.map(asker, sorted(set(urls))), key=lambda answer: (answer.ok, answer.url))


def report(answers: list[Answer], where: dict[str, set[str]]) -> list[str]:
    lines = []
    for answer in answers:
        status = answer.status if answer.status is not None else "---"
        lines.append(f"  {'ok ' if answer.ok else 'BAD'} {status} {answer.url} {answer.detail}".rstrip())
        if not answer.ok:
            lines += [f"        used by {place}" for place in sorted(where.get(answer.url, ()))]
    return lines
