"""Wording rules that keep the corrections of the fact review in place.

The review (shared/reviews/fact-review.md, 36 rows) read the built site against the fact base. Each
rule below holds one or more of its fixes, names the row, and says what to write instead. The rules
read the sources of the text themselves (docs/*.md, the strings of data/*.yaml and the published
schemas, the letter template, the labels), so that an edit fails before any build.

They are deliberately narrow: each pattern is a wording that the review found wrong, or a fact that
the fact base says must carry its source's name. A failure means "reword", not "add an exception".
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from factbase.pages.markdown_page import citation_ids
from scripts import seed_fingerprints as seed_words
from tests.unit.wording_passages import Passage, data, everything, pages

ROOT = Path(__file__).resolve().parents[2]
# The seed articles stay outside the repository (shared/seeds/ beside the clone or its worktrees);
# only their fingerprints are committed. FACT_SEEDS names another folder.
SEEDS = next((folder for folder in (Path(os.environ.get("FACT_SEEDS", "/nonexistent")),
                                    ROOT.parent / "shared" / "seeds", ROOT.parent.parent / "shared" / "seeds")
              if folder.is_dir()), ROOT / "shared-seeds-not-found")


def report(found: Iterable[str], fix: str) -> str:
    lines = sorted(set(found))
    return f"{len(lines)} passage(s):\n  " + "\n  ".join(lines) + f"\nfix: {fix}"


def test_the_rules_see_the_text():
    # A rule that reads nothing passes for nothing: every kind of file must yield passages.
    files = {passage.file for passage in everything()}
    assert {"docs/faq.fr.md", "docs/faq.en.md", "data/timeline.yaml", "data/sources.yaml",
            "overrides/fragments/gdpr-letter.html", "factbase/text/labels/fr.yaml",
            "factbase/text/labels/en.yaml"} <= files
    assert len(pages()) > 500


# Row 1: the facts come from archived copies up to early 2026; a review date is not a re-check.

VERIFICATION_DATE = re.compile(
    r"\bvérifi\w*\s+(?:le|au)\s+\d|\bsituation au\s+\d|\bà jour au\s+\d"
    r"|\bà la date de (?:la )?(?:dernière )?(?:vérification|revue)\b|\bvérifi\w* pour la dernière fois"
    r"|\bas of (?:this page|the review|the last|its last|\d|(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December) \d)"
    r"|\b(?:verified|checked) on \d|\blast (?:checked|verified)\b|\bno (?:CNIL )?sanction as of\b",
    re.IGNORECASE)


def test_no_text_dates_a_verification():
    found = [f"{p.where}: {m.group(0)!r}" for p in everything() for m in VERIFICATION_DATE.finditer(p.text)]
    assert not found, report(found, "say « d'après les sources publiques archivées consultées (jusqu'à début "
                                    "2026) » / “according to the archived public sources consulted (up to early "
                                    "2026)”; a page's `reviewed:` date is when its text was read over (facts.md, "
                                    "top note; review row 1)")


# Row 5: what is known only as of 2024 is told in the past, or dated.

AS_OF_2024 = [
    (r"enquête est déjà ouverte|investigation is already open|a déjà ouvert une enquête"
     r"|have already opened an investigation",
     "an investigation “had been opened on 9 February 2024”"),
    (r"\ble formulaire se trouve\b|\bthe form is on\b", "the form “was put online in February 2024”; where it is today "
                                                        "is not known (Not established 18)"),
    (r"\bqui enquête sur\b|\bwhich is investigating\b", "“which announced an investigation on 7 February 2024”"),
    (r"\bCNIL(?:, elle,)? ne peut pas vous (?:le )?dire\b|\bCNIL cannot tell you\b", "“CNIL said it could not tell …”"),
    (r"formulaires manuscrits ne sont pas acceptés|handwritten forms are not accepted",
     "“the Paris judicial police said in 2024 that handwritten forms would not be accepted”"),
    (r"lettre-plainte électronique est réservée|complaint letter \(\*?lettre-plainte\*?\) is only for",
     "the letter “was” reserved: whether it is still accepted was not checked (F-095)"),
]


@pytest.mark.parametrize(("pattern", "fix"), AS_OF_2024, ids=[fix[:30] for _, fix in AS_OF_2024])
def test_no_present_tense_for_what_is_known_only_as_of_2024(pattern, fix):
    rule = re.compile(pattern, re.IGNORECASE)
    found = [f"{p.where}: {m.group(0)!r}" for p in everything() for m in rule.finditer(p.text)]
    assert not found, report(found, f"{fix} (review row 5)")


# Row 3: every page says "ask your insurer" (F-028, F-084); none says there is no need to contact it.

NO_NEED_TO_CONTACT_INSURER = re.compile(
    r"\b(?:inutile|pas nécessaire|pas besoin|no need|do not need|don't need)\b"
    r"[^.]*\b(?:assureur|complémentaire|insurer)\b",
    re.IGNORECASE)


def test_no_page_tells_readers_they_need_not_contact_their_insurer():
    found = [f"{p.where}: {s[:90]!r}" for p in pages() for s in p.sentences()
             if NO_NEED_TO_CONTACT_INSURER.search(s)]
    assert not found, report(found, "F-087 is one broker's message: say what it means for a reader whose data were "
                                    "misused, and keep « demandez à votre complémentaire » (review row 3)")


# Row 32: a complaint to CNIL is « une réclamation » (GDPR art. 77); art. 34 is « dans les meilleurs délais ».

CNIL_SIDE = re.compile(r"\bCNIL\b|autorité de contrôle|article 77", re.IGNORECASE)
COMPLAINT_VERB = re.compile(r"\b(?:porter|portez|porte|déposer|déposez|dépose)\s+plainte\b"
                            r"|\bplainte\s+(?:auprès de|à)\s+la\s+CNIL", re.IGNORECASE)


def test_a_complaint_to_cnil_is_a_reclamation_in_french():
    found = [f"{p.where}: {s[:100]!r}" for p in everything() if p.language == "fr"
             for s in p.sentences() if CNIL_SIDE.search(s) and COMPLAINT_VERB.search(s)]
    assert not found, report(found, "« introduire une réclamation auprès de la CNIL » (article 77 du RGPD); "
                                    "« porter plainte » is for the police and the courts (review row 32)")


ARTICLE_34 = re.compile(r"article 34|risque élevé", re.IGNORECASE)
UNOFFICIAL_DELAY = re.compile(r"sans retard injustifié|sans délai injustifié|sans tarder", re.IGNORECASE)


def test_article_34_and_12_delays_use_the_official_french_wording():
    french = [p for p in everything() if p.language == "fr"]
    unofficial = [f"{p.where}: {m.group(0)!r}" for p in french for m in UNOFFICIAL_DELAY.finditer(p.text)
                  if re.search(r"RGPD|article 1[25]|article 34|risque élevé|délai", p.text, re.IGNORECASE)]
    missing = [f"{p.where}: {p.text[:90]!r}" for p in french
               if ARTICLE_34.search(p.text) and "dans les meilleurs délais" not in p.text]
    assert not unofficial + missing, report(unofficial + missing, "the official French text says « dans les "
                                            "meilleurs délais » (articles 12 and 34 of the RGPD; review row 32)")


# Rows 6-15, 17, 26, 33: a fact that one source alone reports names that source (facts.md, "Statuses").

@dataclass(frozen=True)
class Attribution:
    source: str | tuple[str, ...]
    when: str  # the fact, in the text before the citation
    names: str  # what the text must say: who reports it
    row: str


ATTRIBUTIONS = [
    Attribution("rtl-2024-02", r"\blien\b|\blink\b", r"\bRTL\b", "9 (F-019)"),
    Attribution("actusre-2024-02-12", r"Réunion", r"Actus\.re", "15 (F-081)"),
    Attribution("alan-2024-02-16", r"mots? de passe|passwords?", r"\bAlan\b|complémentaire|insurer", "4, 11 (F-042)"),
    Attribution("alan-2024-02-16", r"\b2 (?:février|February)\b", r"\bAlan\b", "8 (F-007)"),
    Attribution("tf1info-2024-02-07", r"chang", r"\bexpert\b", "14 (F-080)"),
    Attribution("generationnt-2024-02-b", r"naissance|birth", r"Génération-NT", "26 (F-038)"),
    Attribution("seed-002", r"ministère|Ministry|porte-parole|spokesperson|autorités|authorities",
                r"\barticle\b", "10 (F-012, C-10)"),
    Attribution("mieuxetre-2024-02", r"FranceConnect", r"complémentaire|insurer", "12, 33 (F-082)"),
    Attribution(("seed-003", "madininart-2022"), r"pièces? jointes?|attachments?", r"presse|press|relay",
                "17 (F-077, C-12)"),
    Attribution("roederer-2024-02-15", r".", r"courtier|broker|Roederer", "3 (F-087)"),
    Attribution(("rfi-yahoo-2024-02-09", "cnil-2024-02-07"), r"\bestimation\b|\bestimate\b",
                r"\bAFP\b|spécialiste|specialist|Le Monde", "6, 7 (F-021, C-04)"),
]


def _attribution_problems(passages: Iterable[Passage]) -> list[str]:
    found = []
    for passage in passages:
        for text, cited in passage.segments():
            for rule in ATTRIBUTIONS:
                ids = (rule.source,) if isinstance(rule.source, str) else rule.source
                if set(ids) & set(cited) and re.search(rule.when, text, re.IGNORECASE) \
                        and not re.search(rule.names, text):
                    found.append(f"{passage.where}: {text.strip()[:80]!r} cites {'/'.join(ids)} without "
                                 f"naming it (review row {rule.row})")
    return found


def test_single_source_facts_name_their_source():
    timeline = [p for p in data() if p.file == "data/timeline.yaml" and ".text." in p.where]
    found = _attribution_problems([*pages(), *timeline])
    assert not found, report(found, "say who reports it: « selon RTL », « selon Alan », « rappelle un expert », "
                                    "« selon un spécialiste cité par l'AFP »…")


# Row 4: a flat "No" does not rest on one source.

def test_faq_answers_do_not_open_with_a_flat_no_on_one_source():
    found = []
    for passage in pages():
        if not passage.file.startswith("docs/faq.") or not re.match(r"(?:Non|No)\b", passage.text):
            continue
        _, cited = next(passage.segments(), ("", ()))
        first = passage.sentences()[0]
        attributed = re.search(r"\bselon\b|\baccording to\b|rappelle|points out|indique|says", first)
        if len(set(cited)) == 1 and not attributed:
            found.append(f"{passage.where}: {first!r} rests on [@{cited[0]}] alone")
    assert not found, report(found, "open with what the sources say and who says it (review row 4)")


# Row 2: Almerys' intrusion date is told one way everywhere (C-02, Not established 9).

ALMERYS_DATE = re.compile(r"(?:intrusion|attaque) chez Almerys|(?:intrusion|attack) at Almerys", re.IGNORECASE)
BOTH_AT_END_OF_JANUARY = re.compile(r"fin janvier(?! et début février)"
                                    r"|end of January(?! and the beginning of February)")
BOTH = re.compile(r"deux opérateurs|two (?:[\w-]+ )?operators|both operators|tous deux"
                  r"|Viamedis et Almerys|Viamedis and Almerys", re.IGNORECASE)


def test_almerys_intrusion_date_is_told_one_way():
    passages = list([*pages(), *[p for p in data() if p.file == "data/timeline.yaml"]])
    unsettled = [f"{p.where}: {s[:90]!r}" for p in passages for s in p.sentences()
                 if ALMERYS_DATE.search(s) and re.search(r"date", s) and not BOTH_AT_END_OF_JANUARY.search(p.text)]
    primary = [f"{p.where}: {s[:90]!r}" for p in passages for s in p.sentences() if "Almerys" in s
               and re.search(r"source (?:primaire|de première main)|(?:first-hand|primary) source", s)]
    unattributed = [f"{p.where}: {s[:90]!r}" for p in passages for s in p.sentences()
                    if BOTH_AT_END_OF_JANUARY.search(s) and BOTH.search(s) and "CNIL" not in s]
    assert not unsettled + primary + unattributed, report(
        unsettled + primary + unattributed,
        "say it the way C-02 does: CNIL reports « fin janvier » for both operators; Almerys itself gives no date in "
        "its archived statements; Mutuelle MBTP, relaying Almerys, says 2 February (review row 2)")


# Rows 27-30: no text repeats a seed article's wording (nine words in a row), quotations aside.

def test_no_text_repeats_a_seed_article():
    prints = set(seed_words.FINGERPRINTS.read_text(encoding="utf-8").split())
    assert len(prints) > 1000
    passages = [p for p in [*pages(), *data()] if p.language != "en" and p.file != "data/sources.yaml"]
    found = [f"{p.where}: « {run} »" for p in passages for run in seed_words.runs(p.raw)
             if seed_words.fingerprint(run) in prints]
    assert not found, report(found, "write your own sentence, or quote the source between « » with its citation "
                                    "(guide, “Facts are sacred”; review rows 27-30)")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles live outside the repository")
def test_the_seed_fingerprints_are_those_of_the_seed_articles():
    assert seed_words.seed_fingerprints(SEEDS) == seed_words.FINGERPRINTS.read_text(encoding="utf-8").split(), (
        "run scripts/seed_fingerprints.py on the seed articles again")


# Issue 15, items 4 and 5: the standing help channels (F-091 to F-095), sourced wherever they appear.

CHANNELS = {
    r"33[\s\u00a0]?700": ("dgccrf-33700", "ccm-33700-2024-04"),
    r"Signal Spam|Phishing Initiative": ("cybermalveillance-signaler-phishing",),
    r"17Cyber": ("lessor-17cyber-2024-12-17", "bfmtv-17cyber-2024-12-17", "quechoisir-17cyber-2025-02"),
    r"\b3646\b": ("ameli-engagements", "ameli-contact-2020-07-03"),
}


def test_every_mention_of_a_help_channel_cites_its_source():
    found = [f"{p.where}: names {pattern!r} without [@{ids[0]}]" for p in pages() for pattern, ids in CHANNELS.items()
             if re.search(pattern, p.text) and not set(ids) & set(citation_ids(p.raw))]
    assert not found, report(found, "cite the channel's source from facts.md F-091 to F-094")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_phishing_page_gives_every_reporting_channel(language):
    text = (ROOT / "docs" / f"hameconnage.{language}.md").read_text(encoding="utf-8")
    section = text.split("{#ou-signaler}", 1)[1].split("\n## ", 1)[0]
    for needle in ("33\u00a0700" if language == "fr" else "33 700", "spam vocal", "Signal Spam", "Phishing Initiative",
                   "17Cyber", "3646", "17 décembre 2024" if language == "fr" else "17 December 2024"):
        assert needle in section, f"docs/hameconnage.{language}.md#ou-signaler does not mention {needle!r}"
    assert ("ne sont pas des mesures prises pour" if language == "fr" else "not measures taken for") in section


@pytest.mark.parametrize(("language", "unchecked", "place"), [
    ("fr", "n'a pas vérifié si cette lettre-plainte est encore acceptée", "commissariat"),
    ("en", "has not checked whether this complaint letter is still accepted", "police or gendarmerie station")])
def test_the_complaint_page_says_the_2024_letter_may_no_longer_be_accepted(language, unchecked, place):
    text = (ROOT / "docs" / f"porter-plainte.{language}.md").read_text(encoding="utf-8")
    section = text.split("{#faut-il-porter-plainte}", 1)[1].split("\n## ", 1)[0].replace("\u00a0", " ")
    assert unchecked in section and "17Cyber" in section and place in section
    assert "lessor-17cyber-2024-12-17" in section and "2024" in section
