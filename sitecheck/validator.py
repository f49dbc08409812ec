"""The W3C Nu HTML checker (vnu-jar from npm, pinned in package.json) over built pages.

One Java process checks every file given to it (about 2 s of start-up, then milliseconds per page).
Errors and warnings both fail; the only messages let through are listed in IGNORED, each with the
element it applies to and the reason.

The checker's guess of the text's language is turned off (--no-langdetect): it is statistical, and
on the French glossary, full of English terms, it said "written in English" in one run out of four.
Each page's lang attribute is checked exactly instead, by the link checker's hreflang test (a page
must be in the language its twins announce).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit


@dataclass(frozen=True)
class Ignored:
    message_start: str
    extract_contains: str  # the message is ignored only on markup that contains this
    reason: str


IGNORED = (
    Ignored(
        "Attribute “autocomplete” is only allowed when the input type is",
        'class="md-toggle" data-md-toggle=',
        "Material's two hidden checkboxes that open the drawer and the search (base.html, outside any "
        "template block, so no override can reach them) carry autocomplete=off so that Firefox does not "
        "restore them checked, with the drawer or search open, on back navigation. Browsers ignore the "
        "attribute elsewhere; removing it by rewriting Material's output would bring that bug back.",
    ),
    Ignored(
        "Resource violates Content Security Policy (meta tag):",
        "",
        "The checker reads the pages as files (file: URLs), which have no origin, so the policy's 'self' "
        "matches none of the site's own scripts and styles. tests/browser/test_security.py loads every "
        "page over HTTP, under the same policy and the _headers one, and requires zero violations.",
    ),
    Ignored(
        "Inline script violates Content Security Policy (meta tag):",
        'type="application/json"',
        "Material's configuration (<script id=\"__config\" type=\"application/json\">) is a data block, "
        "never run, so browsers do not apply script-src to it; the checker does. The browser test "
        "(tests/browser/test_security.py) sees no violation on any page.",
    ),
)


@dataclass(frozen=True)
class Message:
    file: Path
    line: int
    kind: str  # "error" or "warning"
    text: str
    extract: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.kind}: {self.text}\n    {self.extract.strip()[:160]}"


def validate(paths: list[Path], jar: Path) -> list[Message]:
    """Every error and warning that the checker reports on ``paths`` (files or folders); IGNORED
    ones included, so that a test can tell when an ignore rule is no longer needed."""
    java = shutil.which("java")
    if java is None:
        raise RuntimeError("java is missing: run scripts/ensure-system-deps (as root), which installs "
                           "openjdk-17-jre-headless")
    if not jar.exists():
        raise RuntimeError(f"{jar} is missing: run `npm ci` (make test does it)")
    result = subprocess.run([java, "-jar", str(jar), "--format", "json", "--skip-non-html", "--no-langdetect",
                             *map(str, paths)],
                            capture_output=True, text=True)
    try:
        report = json.loads(result.stderr)
    except json.JSONDecodeError:
        raise RuntimeError(f"the Nu checker did not answer in JSON:\n{result.stderr[-2000:]}") from None
    return [message for message in map(_message, report["messages"]) if message]


def ignored_by(message: Message) -> Ignored | None:
    return next((rule for rule in IGNORED
                 if message.text.startswith(rule.message_start) and rule.extract_contains in message.extract), None)


def _message(raw: dict) -> Message | None:
    kind = "warning" if raw.get("subType") == "warning" else raw["type"]
    if kind not in ("error", "warning", "non-document-error"):
        return None  # plain "info" notes
    return Message(Path(unquote(urlsplit(raw.get("url", "")).path)), raw.get("lastLine", 0), kind,
                   raw.get("message", ""), raw.get("extract", ""))
