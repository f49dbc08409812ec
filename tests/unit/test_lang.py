from types import SimpleNamespace

import pytest

from factbase.text.lang import all_languages_built, build_language, url_prefix


def config_with(plugin):
    return SimpleNamespace(plugins={"i18n": plugin} if plugin else {})


def test_build_language_reads_the_i18n_plugin():
    assert build_language(config_with(SimpleNamespace(current_language="en"))) == "en"
    assert build_language(config_with(SimpleNamespace(current_language="fr"))) == "fr"


def test_build_language_without_the_plugin_says_what_to_do():
    with pytest.raises(LookupError, match="add `i18n`"):
        build_language(config_with(None))


def test_build_language_rejects_a_language_the_site_does_not_have():
    with pytest.raises(LookupError, match="unsupported build language 'de'"):
        build_language(config_with(SimpleNamespace(current_language="de")))


def test_url_prefix_puts_french_at_the_root():
    assert url_prefix("fr") == ""
    assert url_prefix("en") == "en/"


def test_all_languages_built_follows_the_plugin_flag():
    assert all_languages_built(config_with(SimpleNamespace(building=False)))
    assert not all_languages_built(config_with(SimpleNamespace(building=True)))


def test_the_languages_are_read_from_mkdocs_yml_in_its_order(tmp_path):
    from factbase.text import lang

    assert (lang.LANGUAGES, lang.DEFAULT_LANGUAGE, lang.LANGUAGE_NAMES) == (
        ("fr", "en"), "fr", {"fr": "Français", "en": "English"})
    # Another file, other languages: they come from the file, not from a list in the code.
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_url: !ENV [SITE_URL, x]\nplugins:\n  - search\n  - i18n:\n      languages:\n"
                      "        - {locale: de, name: Deutsch, build: !ENV [B, true]}\n"
                      "        - {locale: fr, name: Français, default: true}\n", encoding="utf-8")
    assert lang.site_languages(config) == (("de", "fr"), "fr", {"de": "Deutsch", "fr": "Français"})


def test_a_config_that_lists_other_languages_is_refused():
    from factbase.text.lang import language_problem

    assert language_problem(["fr", "en"], "mkdocs.yml") is None
    problem = language_problem(["fr"], "other.yml")
    assert problem.startswith("other.yml: the i18n plugin lists the languages fr, but the site's code is built "
                              "for fr, en") and "fix: list the same languages" in problem
