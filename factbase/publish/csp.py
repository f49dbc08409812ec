"""Content-Security-Policy for the built pages: no script runs unless it is a file of the site or
an inline script whose exact text was hashed after the build.

Material's base.html writes a few inline scripts (its storage helpers, the palette and tab
restorers). Their text depends on the page (the relative base URL), so they are hashed per page
once the HTML is written, and each page's <meta http-equiv> lists only its own hashes. The
`_headers` file carries the union of every page's hashes plus what a meta element cannot carry
(frame-ancestors).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable

META_MARKER = 'http-equiv="Content-Security-Policy"'

# Every other directive falls back to default-src 'none'. The values are what the site needs:
# - img-src data:: Material's icons are data: SVG URLs in its stylesheet;
# - worker-src 'self': the search worker (assets/javascripts/workers/search-worker.js);
# - connect-src 'self': the worker reads the search index with XMLHttpRequest;
# - form-action 'self': the only form ever submitted is the 404 page's search, a GET to the site's
#   own home page (?q=); nothing is ever sent to another host.
_DIRECTIVES: tuple[tuple[str, str], ...] = (
    ("default-src", "'none'"),
    ("script-src", "'self'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("manifest-src", "'self'"),
    ("base-uri", "'none'"),
    ("form-action", "'self'"),
)
# Only honoured in a response header; a <meta> element must not carry it (browsers ignore it there
# and log an error).
_HEADER_ONLY: tuple[tuple[str, str], ...] = (("frame-ancestors", "'none'"),)

# The text between <script ...> and the first </script>, which is exactly what the browser hashes.
# Attribute values may hold ">" inside quotes.
_SCRIPT = re.compile(r"""<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>(.*?)</script\s*>""", re.IGNORECASE | re.DOTALL)
_ATTRIBUTE = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
# Types a browser runs as script; anything else (application/json, application/ld+json) is a data
# block that no policy governs.
_SCRIPT_TYPES = {"", "module", "text/javascript", "application/javascript", "text/ecmascript",
                 "application/ecmascript", "text/jscript", "text/livescript", "application/x-javascript",
                 "text/x-javascript", "application/x-ecmascript", "text/x-ecmascript"}
_CHARSET = re.compile(r"<meta\s+charset\s*=\s*[\"']?[\w-]+[\"']?\s*/?>", re.IGNORECASE)
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)


def script_hash(text: str) -> str:
    """The CSP source expression that allows exactly this inline script text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def inline_script_hashes(html: str) -> list[str]:
    """Hashes of the page's inline scripts that a browser would run, sorted, without repeats."""
    hashes = set()
    for match in _SCRIPT.finditer(html):
        attributes = _attributes(match.group(1))
        if "src" in attributes:
            continue
        if attributes.get("type", "").strip().lower() in _SCRIPT_TYPES:
            hashes.add(script_hash(match.group(2)))
    return sorted(hashes)


def policy(script_hashes: Iterable[str], *, header: bool = False) -> str:
    """The policy text; ``header`` adds what only a response header can carry."""
    directives = [*_DIRECTIVES, *(_HEADER_ONLY if header else ())]
    extra = " ".join(sorted(set(script_hashes)))
    parts = [f"{name} {value} {extra}" if name == "script-src" and extra else f"{name} {value}"
             for name, value in directives]
    return "; ".join(parts)


def with_policy_meta(html: str) -> tuple[str, list[str]]:
    """The page with its policy as the first element after <meta charset>, before any script;
    and the hashes it allows. A page that already carries the meta is returned unchanged."""
    hashes = inline_script_hashes(html)
    if META_MARKER in html:
        return html, hashes
    meta = f'<meta {META_MARKER} content="{policy(hashes)}">'
    anchor = _CHARSET.search(html) or _HEAD.search(html)
    at = anchor.end() if anchor else 0
    return html[:at] + meta + html[at:], hashes


def _attributes(text: str) -> dict[str, str]:
    found = {}
    for match in _ATTRIBUTE.finditer(text):
        value = next((group for group in match.groups()[1:] if group is not None), "")
        found.setdefault(match.group(1).lower(), value)
    return found
