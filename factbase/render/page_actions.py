"""The links at the foot of every page: edit this page, edit the data it shows, report an error.

The report link opens a new issue with the form .github/ISSUE_TEMPLATE/signaler-une-erreur.yml,
its `page` field filled in with the page's address (GitHub fills a form field from the query
parameter of the same id). Without an issue tracker, it is an e-mail to the publisher instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from factbase.data.identity import SiteIdentity
from factbase.text.localized import label
from factbase.text.urls import edit_url

REPORT_FORM = "signaler-une-erreur.yml"
REPORT_PAGE_FIELD = "page"


@dataclass(frozen=True)
class PageAction:
    key: str  # edit, edit-data, report
    label: str
    href: str


def page_actions(language: str, *, page_edit_url: str | None, docs_edit_uri: str | None,
                 data_files: Iterable[str], page_url: str, page_title: str,
                 identity: SiteIdentity | None) -> list[PageAction]:
    data_links = {data_file: edit_url(docs_edit_uri, data_file) for data_file in data_files} if docs_edit_uri else {}
    actions = []
    # An insurer page's own edit link already points at its data file: it is named as a data link.
    if page_edit_url and page_edit_url not in data_links.values():
        actions.append(PageAction("edit", label(language, "actions.edit"), page_edit_url))
    for data_file, href in data_links.items():
        actions.append(PageAction("edit-data", f"{label(language, 'actions.edit_data')} ({data_file})", href))
    report = report_url(language, page_url, page_title, identity)
    if report:
        actions.append(PageAction("report", label(language, "actions.report"), report))
    return actions


def report_url(language: str, page_url: str, page_title: str, identity: SiteIdentity | None) -> str | None:
    """A new issue with the page's address filled in; or an e-mail; None without either."""
    publisher = identity.publisher if identity else None
    title = f"{label(language, 'actions.report_title')} {label(language, 'quote_open')}{page_title}" \
            f"{label(language, 'quote_close')}".replace("\u00a0", " ")
    if publisher and publisher.issues_url:
        query = urlencode({"template": REPORT_FORM, REPORT_PAGE_FIELD: page_url, "title": title}, quote_via=quote)
        return f"{publisher.issues_url.rstrip('/')}/new?{query}"
    if publisher and publisher.email:
        return f"mailto:{publisher.email}?" + urlencode({"subject": title, "body": page_url}, quote_via=quote)
    return None
