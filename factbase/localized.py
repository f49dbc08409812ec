"""Text that exists in every site language, and the per-language labels of the interface."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from factbase.lang import LANGUAGES


@dataclass(frozen=True)
class Localized:
    """One text per site language. A plain string in the data means the same text in all."""

    values: tuple[tuple[str, str], ...]

    @classmethod
    def from_data(cls, value: str | dict[str, str]) -> Localized:
        if isinstance(value, str):
            return cls(tuple((lang, value) for lang in LANGUAGES))
        return cls(tuple((lang, value[lang]) for lang in LANGUAGES))

    def get(self, language: str) -> str:
        return dict(self.values)[language]


MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "page_sources": "Sources de cette page",
        "source": "source",
        "read_source": "Lire la source",
        "source_entry": "Fiche de la source",
        "no_public_url": "article de presse fourni au projet, sans adresse publique",
        "undated": "sans date",
        "around": "vers le",
        "around_month": "vers",
        "cited_on": "Cité sur",
        "not_cited": "Cité uniquement par les données (chronologie, assureurs)",
        "language": "Langue",
        "reliability": "Fiabilité",
        "address_unchecked": "adresse non vérifiée",
        "descriptive_title": "titre descriptif, l'article n'a pas été archivé avec son titre",
        "lang.fr": "français",
        "lang.en": "anglais",
        "reliability.official": "officielle",
        "reliability.controller": "assureur ou courtier (responsable de traitement)",
        "reliability.professional": "professionnelle (syndicat, presse spécialisée)",
        "reliability.press": "presse",
        "reliability.low": "faible (à ne jamais citer seule)",
        "address": "Adresse",
        "quote_open": "« ",
        "quote_close": " »",
        "group.official": "Autorités et textes officiels",
        "group.controller": "Assureurs et courtiers, sur leurs propres adhérents",
        "group.professional": "Organisations et presse professionnelles",
        "group.press": "Presse",
        "group.low": "Sources peu fiables (jamais citées seules)",
        "reviewed_on": "Page revue le",
        "permalink_title": "Lien permanent",
        "identity.publisher": "Éditeur",
        "identity.host": "Hébergeur",
        "identity.website": "Site",
        "identity.address": "Adresse",
        "identity.contact": "Contact",
        "identity.issues": "Ouvrir un ticket sur le suivi des problèmes du projet",
        "identity.or": " ou écrire à ",
    },
    "en": {
        "page_sources": "Sources for this page",
        "source": "source",
        "read_source": "Read the source",
        "source_entry": "Source details",
        "no_public_url": "press article supplied to the project, no public address",
        "undated": "undated",
        "around": "around",
        "around_month": "around",
        "cited_on": "Cited on",
        "not_cited": "Cited by the data only (timeline, insurers)",
        "language": "Language",
        "reliability": "Reliability",
        "address_unchecked": "address not checked",
        "descriptive_title": "descriptive title, the article was not archived with its title",
        "lang.fr": "French",
        "lang.en": "English",
        "reliability.official": "official",
        "reliability.controller": "insurer or broker (data controller)",
        "reliability.professional": "professional (union, trade press)",
        "reliability.press": "press",
        "reliability.low": "low (never cite alone)",
        "address": "Address",
        "quote_open": "“",
        "quote_close": "”",
        "group.official": "Authorities and official texts",
        "group.controller": "Insurers and brokers, about their own members",
        "group.professional": "Professional bodies and trade press",
        "group.press": "Press",
        "group.low": "Low-reliability sources (never cited alone)",
        "reviewed_on": "Page reviewed on",
        "permalink_title": "Permanent link",
        "identity.publisher": "Publisher",
        "identity.host": "Host",
        "identity.website": "Website",
        "identity.address": "Address",
        "identity.contact": "Contact",
        "identity.issues": "Open an issue on the project's issue tracker",
        "identity.or": " or write to ",
    },
}


def label(language: str, key: str) -> str:
    return LABELS[language][key]


def format_date(value: str | None, language: str, approximate: bool = False) -> str:
    """'2024-02-07' -> '7 février 2024' / '7 February 2024'; '2024-02' -> 'février 2024'."""
    if not value:
        return label(language, "undated")
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 1:
        text = str(parts[0])
    elif len(parts) == 2:
        text = f"{MONTHS[language][parts[1] - 1]} {parts[0]}"
    else:
        day = dt.date(*parts)
        number = "1er" if language == "fr" and day.day == 1 else str(day.day)
        text = f"{number} {MONTHS[language][day.month - 1]} {day.year}"
    if approximate:
        prefix = label(language, "around" if len(parts) == 3 else "around_month")
        text = f"{prefix} {text}"
    return text
