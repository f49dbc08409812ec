"""The one place that knows the site's languages and the language being built.

The languages are those of mkdocs.yml's i18n plugin (`languages:`), the one list: LANGUAGES (in its
order), DEFAULT_LANGUAGE and LANGUAGE_NAMES are read from it the first time they are used, and
hooks/language.py stops a build whose configuration lists other languages (another config file).
mkdocs.yml is the checkout's configuration, not data/: it changes with the code, as a hook does.
"""

from __future__ import annotations

import functools
from typing import Any

import yaml

from factbase import repository_root

# Open Graph locales (og:locale) of the link previews (factbase/render/social.py), by language code:
# a convention of the locales, not the site's list (a language added to mkdocs.yml needs its entry).
LOCALES = {"fr": "fr_FR", "en": "en_GB"}
CONFIG_FILE = "mkdocs.yml"


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as plain YAML: MkDocs' !ENV tags are read as None (no value here needs one)."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: None)


@functools.cache
def site_languages(config_file: Any = None) -> tuple[tuple[str, ...], str, dict[str, str]]:
    """(codes in mkdocs.yml's order, the default one, their names) from the i18n plugin's config."""
    path = config_file or repository_root() / CONFIG_FILE
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    plugin = next(entry["i18n"] for entry in config["plugins"] if isinstance(entry, dict) and "i18n" in entry)
    languages = plugin["languages"]
    default = next(language["locale"] for language in languages if language.get("default"))
    return tuple(language["locale"] for language in languages), default, {
        language["locale"]: language["name"] for language in languages}


def language_problem(listed: list[str], config_file: Any) -> str | None:
    """What is wrong when a build's configuration lists other languages than mkdocs.yml, or None."""
    codes = site_languages()[0]
    if tuple(listed) == codes:
        missing = [code for code in codes if code not in LOCALES]
        return (f"{repository_root() / CONFIG_FILE}: no Open Graph locale for {', '.join(missing)}\n"
                "  fix: add it to LOCALES in factbase/text/lang.py") if missing else None
    return (f"{config_file}: the i18n plugin lists the languages {', '.join(listed) or 'none'}, but the site's "
            f"code is built for {', '.join(codes)} (read from {repository_root() / CONFIG_FILE})\n"
            "  fix: list the same languages, in the same order, in both files")


def __getattr__(name: str) -> Any:
    """LANGUAGES, DEFAULT_LANGUAGE and LANGUAGE_NAMES, from mkdocs.yml (see the module's docstring)."""
    codes, default, names = site_languages()
    values = {"LANGUAGES": codes, "DEFAULT_LANGUAGE": default, "LANGUAGE_NAMES": names}
    if name not in values:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return values[name]


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
    codes = site_languages()[0]
    if language not in codes:
        raise LookupError(f"unsupported build language {language!r}; expected one of {', '.join(codes)}")
    return language


def url_prefix(language: str) -> str:
    """Site-relative prefix of a language's pages: French at the root, English under en/."""
    return "" if language == site_languages()[1] else f"{language}/"


def all_languages_built(config: Any) -> bool:
    """True in the last on_post_build, once every language is written.

    static-i18n runs the other languages' builds from inside the first one's on_post_build and
    sets its ``building`` flag meanwhile; events at a lower priority than its own (-100) that see
    the flag cleared run after the whole site is on disk.
    """
    plugin = config.plugins.get("i18n")
    return not getattr(plugin, "building", False)
