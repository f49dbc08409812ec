"""Files for web hosts and robots, written at the root of the built site:

- `_headers`: security and cache headers, in the format that Netlify and Cloudflare Pages read;
- `robots.txt`: every page may be indexed, and where the sitemap is;
- `.well-known/security.txt` (RFC 9116): where to report a security problem.

They are short line-based text formats, not HTML, so they are written here rather than through the
HTML fragment templates (which escape for HTML). Nothing here reads the clock: dates come from the
configuration and from the commit (SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from factbase.data.problems import Problem
from factbase.publish.csp import policy
from factbase.text.lang import LANGUAGES
from factbase.text.urls import absolute_url

CONFIG_FILE = "mkdocs.yml"
SECURITY_KEY = "security_contact"

# Material names its bundles after their content (bundle.a5f9d56c.min.js): a new version gets a new
# name, so these files can be cached for a year. The site's own files keep their names.
_HASHED_ASSET = re.compile(r"\.[0-9a-f]{8}\.min\.(?:js|css)(?:\.map)?$")

# Every powerful feature is off for the site and anything it might embed. clipboard-write stays on
# for the site itself (copy buttons). sync-xhr is left alone: the search worker reads its index
# with a synchronous request. Only names that Chromium knows: an unknown one is logged as an error
# of the header (bluetooth and web-share are unknown to Debian's Chromium).
PERMISSIONS_POLICY = ", ".join([
    "accelerometer=()", "autoplay=()", "browsing-topics=()", "camera=()",
    "clipboard-read=()", "clipboard-write=(self)", "display-capture=()", "encrypted-media=()",
    "fullscreen=()", "gamepad=()", "geolocation=()", "gyroscope=()", "hid=()", "idle-detection=()",
    "local-fonts=()", "magnetometer=()", "microphone=()", "midi=()", "otp-credentials=()", "payment=()",
    "picture-in-picture=()", "publickey-credentials-create=()", "publickey-credentials-get=()",
    "screen-wake-lock=()", "serial=()", "storage-access=()", "usb=()",
    "window-management=()", "xr-spatial-tracking=()",
])

SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Permissions-Policy", PERMISSIONS_POLICY),
    # frame-ancestors 'none' in the policy does this for current browsers; this is for older ones.
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
)
IMMUTABLE = "public, max-age=31536000, immutable"


@dataclass(frozen=True)
class SecurityContact:
    contact: tuple[str, ...]
    expires: dt.date


def is_hashed_asset(path: str) -> bool:
    return bool(_HASHED_ASSET.search(path))


def headers_file(site_url: str, script_hashes: Iterable[str], site_paths: Iterable[str]) -> str:
    """`_headers`: the policy and security headers on every path; `immutable` on hashed assets."""
    prefix = urlsplit(site_url).path.rstrip("/")
    lines = ["# Response headers, for hosts that read a _headers file (Netlify, Cloudflare Pages).",
             "# Written by the build (hooks/security.py); see DEPLOY.md for other hosts.",
             f"{prefix}/*",
             f"  Content-Security-Policy: {policy(script_hashes, header=True)}"]
    lines += [f"  {name}: {value}" for name, value in SECURITY_HEADERS]
    for path in sorted(p for p in site_paths if is_hashed_asset(p)):
        lines += [f"{prefix}/{path}", f"  Cache-Control: {IMMUTABLE}"]
    return "\n".join(lines) + "\n"


def robots_txt(site_url: str) -> str:
    return "\n".join([
        "# Every page may be indexed. The sitemap lists each page with its twin in the other language.",
        "User-agent: *",
        "Allow: /",
        f"Sitemap: {absolute_url(site_url, 'sitemap.xml')}",
    ]) + "\n"


def security_txt(site_url: str, contact: SecurityContact, publisher: Any = None) -> str:
    """The file's Contact lines: the private channels of `extra.security_contact` first, then the
    publisher's own contact (`extra.publisher`: e-mail, issue tracker), in that order of preference."""
    addresses = [*contact.contact, *publisher_contacts(publisher)]
    lines = [f"# Where to report a security problem with this site ({site_url}). RFC 9116."]
    lines += [f"Contact: {address}" for address in dict.fromkeys(addresses)]
    lines += [
        f"Expires: {contact.expires.isoformat()}T00:00:00Z",
        f"Preferred-Languages: {', '.join(LANGUAGES)}",
        f"Canonical: {absolute_url(site_url, '.well-known/security.txt')}",
    ]
    return "\n".join(lines) + "\n"


def publisher_contacts(publisher: Any) -> list[str]:
    """A factbase.data.identity.Party's contact addresses, as security.txt URIs."""
    if publisher is None:
        return []
    return [*([f"mailto:{publisher.email}"] if publisher.email else []),
            *([publisher.issues_url] if publisher.issues_url else [])]


def site_url_problems(site_url: Any) -> list[Problem]:
    """site_url is where canonical, hreflang, sitemap and security.txt URLs come from."""
    hint = ("set site_url in mkdocs.yml, or the SITE_URL environment variable, to the site's public "
            "address, e.g. https://example.org/ (see DEPLOY.md)")
    if not site_url:
        return [Problem(CONFIG_FILE, "site_url is missing", hint)]
    parts = urlsplit(str(site_url))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return [Problem(CONFIG_FILE, f"site_url {site_url!r} is not an absolute http(s) address", hint)]
    return []


def security_contact(extra: Mapping[str, Any], build_date: dt.date | None) -> tuple[SecurityContact | None,
                                                                                    list[Problem]]:
    """`extra.security_contact` from mkdocs.yml, checked against the date of the commit being built."""
    where = f"extra.{SECURITY_KEY}"
    settings = extra.get(SECURITY_KEY)
    template = (f"add to mkdocs.yml under extra: {SECURITY_KEY}: {{expires: YYYY-MM-DD}} (and, optionally, "
                "contact: a list of private https:// or mailto: channels of the project, never a person's)")
    if not isinstance(settings, Mapping):
        return None, [Problem(CONFIG_FILE, f"{where} is missing", template, field=where)]
    problems = []
    contact = settings.get("contact") or []
    contact = [contact] if isinstance(contact, str) else contact
    if not isinstance(contact, list) or not all(
            isinstance(c, str) and re.match(r"^(https://|mailto:)\S+$", c) for c in contact):
        problems.append(Problem(CONFIG_FILE, f"{where}.contact must list https:// or mailto: addresses",
                                template, field=f"{where}.contact"))
    expires = _date(settings.get("expires"))
    if expires is None:
        problems.append(Problem(CONFIG_FILE, f"{where}.expires must be a date (YYYY-MM-DD)", template,
                                field=f"{where}.expires"))
    elif build_date and expires <= build_date:
        problems.append(Problem(
            CONFIG_FILE, f"{where}.expires ({expires}) has passed at the date of this commit ({build_date})",
            "check that the contact still works, then set expires to a date less than a year ahead",
            field=f"{where}.expires"))
    if problems:
        return None, problems
    return SecurityContact(tuple(contact), expires), []


def build_date(source_date_epoch: str | None) -> dt.date | None:
    """The date of the commit being built (SOURCE_DATE_EPOCH), or None when it is not set."""
    if not source_date_epoch or not source_date_epoch.strip().isdigit():
        return None
    return dt.datetime.fromtimestamp(int(source_date_epoch), dt.UTC).date()


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None
