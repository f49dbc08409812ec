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
