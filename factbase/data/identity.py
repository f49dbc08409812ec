"""Who publishes and who hosts the site, from `extra.publisher` and `extra.host` in mkdocs.yml.

A deployer sets these in one place; the legal notice, the privacy and accessibility statements and
the "About" page show them through [[generated:publisher]], [[generated:host]] and
[[generated:contact]] blocks, so no page copies them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import jinja2

from factbase.data.problems import DataError, Problem
from factbase.text.lang import LANGUAGES
from factbase.text.localized import Localized

CONFIG_FILE = "mkdocs.yml"
_URL = re.compile(r"^https?://\S+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Party:
    name: Localized
    url: str | None = None
    email: str | None = None
    address: Localized | None = None
    issues_url: str | None = None


@dataclass(frozen=True)
class SiteIdentity:
    publisher: Party
    host: Party


def site_identity(extra: Mapping[str, Any]) -> SiteIdentity:
    """Read and check extra.publisher and extra.host; raise DataError listing every problem."""
    problems: list[Problem] = []
    publisher = _party(extra, "publisher", problems)
    host = _party(extra, "host", problems)
    if publisher and not (publisher.email or publisher.issues_url):
        problems.append(_problem("extra.publisher", "the publisher has no contact",
                                 "set extra.publisher.issues_url or extra.publisher.email"))
    if problems or publisher is None or host is None:
        raise DataError(problems)
    return SiteIdentity(publisher, host)


def _party(extra: Mapping[str, Any], key: str, problems: list[Problem]) -> Party | None:
    record = extra.get(key)
    if not isinstance(record, Mapping):
        problems.append(_problem(f"extra.{key}", f"extra.{key} is missing",
                                 f"add extra.{key} with at least a name (see the comment in mkdocs.yml)"))
        return None
    name = _text(record, key, "name", problems, required=True)
    address = _text(record, key, "address", problems)
    values: dict[str, str | None] = {}
    for field, pattern, form in (("url", _URL, "an http(s) address"), ("issues_url", _URL, "an http(s) address"),
                                 ("email", _EMAIL, "an e-mail address")):
        value = record.get(field) or None
        if value is not None and not (isinstance(value, str) and pattern.match(value)):
            problems.append(_problem(f"extra.{key}.{field}", f"{value!r} is not {form}",
                                     f"write {form}, or remove the line"))
            value = None
        values[field] = value
    unknown = sorted(set(record) - {"name", "address", "url", "issues_url", "email"})
    for field in unknown:
        problems.append(_problem(f"extra.{key}.{field}", f"unknown setting extra.{key}.{field}",
                                 "remove it, or fix its spelling (name, url, email, issues_url, address)"))
    if name is None:
        return None
    return Party(name=name, address=address, url=values["url"], email=values["email"],
                 issues_url=values["issues_url"])


def _text(record: Mapping[str, Any], key: str, field: str, problems: list[Problem],
          required: bool = False) -> Localized | None:
    value = record.get(field)
    if value in (None, ""):
        if required:
            problems.append(_problem(f"extra.{key}.{field}", f"extra.{key}.{field} is missing",
                                     f"set extra.{key}.{field} in {CONFIG_FILE}"))
        return None
    if isinstance(value, str) or (isinstance(value, Mapping) and all(
            isinstance(value.get(lang), str) and value.get(lang) for lang in LANGUAGES)):
        return Localized.from_data(value)
    problems.append(_problem(f"extra.{key}.{field}", f"extra.{key}.{field} must be a text, or one text per "
                             f"language ({', '.join(LANGUAGES)})", "write a plain text, or fr: and en: texts"))
    return None


def _problem(field: str, message: str, hint: str) -> Problem:
    return Problem(CONFIG_FILE, message, hint, field=field)


def render_identity_block(name: str, identity: SiteIdentity, *, language: str, env: jinja2.Environment) -> str:
    """One of the blocks "publisher", "host" or "contact", as HTML."""
    macros = env.get_template("identity.html").module
    return str(getattr(macros, name)(identity, language))
