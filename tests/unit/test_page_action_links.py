"""The links at the foot of every page, as a pure function (factbase.render.page_actions)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from factbase.data.identity import Party, SiteIdentity
from factbase.render.page_actions import page_actions
from factbase.text.localized import Localized

EDIT_URI = "https://github.com/o/r/edit/main/docs/"
NAME = Localized.from_data("Éditeur")


def identity(**publisher) -> SiteIdentity:
    return SiteIdentity(Party(NAME, **publisher), Party(NAME))


def test_edit_data_and_report_links():
    actions = page_actions("fr", page_edit_url=EDIT_URI + "chronologie.fr.md", docs_edit_uri=EDIT_URI,
                           data_files=["data/timeline.yaml", "data/timeline.yaml"],
                           page_url="https://site.example/chronologie/", page_title="Chronologie",
                           identity=identity(issues_url="https://github.com/o/r/issues/"))
    assert [(a.key, a.label) for a in actions] == [
        ("edit", "Modifier cette page"), ("edit-data", "Modifier les données (data/timeline.yaml)"),
        ("report", "Signaler une erreur")]
    assert actions[1].href == "https://github.com/o/r/edit/main/data/timeline.yaml"
    report = urlsplit(actions[2].href)
    assert f"{report.scheme}://{report.netloc}{report.path}" == "https://github.com/o/r/issues/new"
    assert parse_qs(report.query) == {"template": ["signaler-une-erreur.yml"],
                                      "page": ["https://site.example/chronologie/"],
                                      "title": ["Erreur sur la page « Chronologie »"]}


def test_a_page_whose_edit_link_is_its_data_file_gets_one_link():
    actions = page_actions("en", page_edit_url="https://github.com/o/r/edit/main/data/insurers.yaml",
                           docs_edit_uri=EDIT_URI, data_files=["data/insurers.yaml"], page_url="u",
                           page_title="Alan", identity=None)
    assert [(a.key, a.label) for a in actions] == [("edit-data", "Edit the data (data/insurers.yaml)")]


def test_report_by_email_without_an_issue_tracker():
    [report] = page_actions("en", page_edit_url=None, docs_edit_uri=None, data_files=[],
                            page_url="https://site.example/en/faq/", page_title="FAQ",
                            identity=identity(email="team@site.example"))
    assert report.href == ("mailto:team@site.example?subject=Error%20on%20the%20page%20%E2%80%9CFAQ%E2%80%9D"
                           "&body=https%3A%2F%2Fsite.example%2Fen%2Ffaq%2F")
