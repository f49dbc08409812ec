"""Publisher and host from mkdocs.yml `extra:`: checked, then rendered per language from data."""

import pytest
import yaml

from factbase.data.identity import render_identity_block, site_identity
from factbase.data.problems import DataError
from factbase.render.render import fragment_environment
from tests.conftest import ROOT

ENV = fragment_environment(ROOT / "overrides" / "fragments")


def real_extra() -> dict:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)["extra"]


def test_the_real_settings_render_in_both_languages():
    identity = site_identity(real_extra())
    french = render_identity_block("publisher", identity, language="fr", env=ENV)
    english = render_identity_block("publisher", identity, language="en", env=ENV)
    assert "<dt>Éditeur</dt>" in french and "Les mainteneurs du projet" in french
    assert "<dt>Publisher</dt>" in english and "The maintainers of the" in english
    assert 'href="https://github.com/fuite-tiers-payant/site/issues"' in french
    assert "GitHub Pages" in render_identity_block("host", identity, language="fr", env=ENV)


def test_every_problem_in_the_settings_is_reported_at_once():
    extra = {"publisher": {"name": "", "url": "github.com/x", "mail": "a@b.c"},
             "host": {"name": {"fr": "Hôte"}}}
    with pytest.raises(DataError) as caught:
        site_identity(extra)
    assert [str(p).split("\n")[0] for p in caught.value.problems] == [
        "mkdocs.yml (field extra.publisher.url): 'github.com/x' is not an http(s) address",
        "mkdocs.yml (field extra.host.name): extra.host.name must be a text, or one text per language (fr, en)",
        "mkdocs.yml (field extra.publisher.name): extra.publisher.name is missing",
        "mkdocs.yml (field extra.publisher.mail): unknown setting extra.publisher.mail",
    ]


def test_a_publisher_needs_a_contact_and_data_is_escaped():
    with pytest.raises(DataError, match="the publisher has no contact"):
        site_identity({"publisher": {"name": "X"}, "host": {"name": "H"}})
    identity = site_identity({"publisher": {"name": "<b>X</b>", "email": "a@b.fr"}, "host": {"name": "H"}})
    html = render_identity_block("contact", identity, language="en", env=ENV)
    assert "&lt;b&gt;" not in html and 'href="mailto:a@b.fr"' in html
    assert "&lt;b&gt;X&lt;/b&gt;" in render_identity_block("publisher", identity, language="en", env=ENV)
