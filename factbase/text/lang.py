"""The one place that knows the site's languages and the language being built."""

from __future__ import annotations

from typing import Any

LANGUAGES: tuple[str, ...] = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}
# Open Graph locales (og:locale) of the link previews (factbase/render/social.py).
LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def build_language(config: Any) -> str:
    """Return the language that MkDocs is building now.

    mkdocs-static-i18n builds the site once per language in one process. Its plugin's
    ``current_language`` is right in every event; ``config.theme["language"]`` is stale in
    ``on_config``, so it is not used.
    """
    plugin = config.plugins.get("i18n") if hasattr(config, "plugins") else None
    language = getattr(plugin, "current_language", None)
    if language is None:
        raise LookupError("the i18n plugin is not configured: add `i18n` under `plugins:` in mkdocs.yml")
    if language not in LANGUAGES:
        raise LookupError(f"unsupported build language {language!r}; expected one of {', '.join(LANGUAGES)}")
    return language


def url_prefix(language: str) -> str:
    """Site-relative prefix of a language's pages: French at the root, English under en/."""
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"


def all_languages_built(config: Any) -> bool:
    """True in the last on_post_build, once every language is written.

    static-i18n runs the other languages' builds from inside the first one's on_post_build and
    sets its ``building`` flag meanwhile; events at a lower priority than its own (-100) that see
    the flag cleared run after the whole site is on disk.
    """
    plugin = config.plugins.get("i18n")
    return not getattr(plugin, "building", False)
