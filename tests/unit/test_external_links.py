"""`make linkcheck-external`, without the network: what it collects and how it reads answers."""

from dataclasses import dataclass

import requests

from sitecheck.external import Answer, ask, ask_all, linked_addresses, report, unchecked_addresses
from tests.conftest import ROOT
from tests.unit.test_sitecheck import build, good_site


@dataclass
class Response:
    status_code: int
    url: str

    def close(self):
        pass


class StubSession:
    """HEAD is refused with 405 everywhere; GET answers from a table; one host is unreachable."""

    def __init__(self, answers):
        self.answers, self.calls = answers, []

    def head(self, url, **options):
        self.calls.append(("HEAD", url))
        if "down.example" in url:
            raise requests.ConnectionError("name resolution failed")
        return Response(405, url)

    def get(self, url, **options):
        self.calls.append(("GET", url))
        status, final = self.answers[url]
        return Response(status, final)


def test_answers_are_read_after_falling_back_to_get():
    session = StubSession({"https://a.example/": (200, "https://a.example/"),
                           "https://b.example/x": (200, "https://b.example/y"),
                           "https://c.example/": (404, "https://c.example/")})
    answers = ask_all(["https://a.example/", "https://b.example/x", "https://c.example/", "https://down.example/"],
                      lambda url: ask(url, session), workers=2)
    assert [(a.url, a.status, a.ok) for a in answers] == [
        ("https://c.example/", 404, False), ("https://down.example/", None, False),
        ("https://a.example/", 200, True), ("https://b.example/x", 200, True)]
    assert answers[-1].detail == "-> https://b.example/y"
    assert ("GET", "https://a.example/") in session.calls
    lines = report(answers, {"https://c.example/": {"page /faq/"}})
    assert lines[0] == "  BAD 404 https://c.example/" and lines[1] == "        used by page /faq/"
    assert lines[2].startswith("  BAD --- https://down.example/ ConnectionError: name resolution failed")


def test_sources_pages_and_unchecked_links_are_collected(tmp_path):
    site = build(tmp_path, good_site())
    linked = linked_addresses(ROOT, site)
    assert linked["https://cnil.fr/x"] == {"page /"}
    assert any(place.startswith("data/sources.yaml (") for places in linked.values() for place in places)
    unchecked = unchecked_addresses(ROOT)
    pdf = "https://www.cybermalveillance.gouv.fr/medias/2024/02/BL2C_lettre_plainte_fuites_Mutuelles.pdf"
    assert "F-073" in next(iter(unchecked[pdf]))


def test_an_answer_without_status_is_not_ok():
    assert not Answer("https://x.example/", None, "timeout").ok
