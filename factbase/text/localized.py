"""Text that exists in every site language, and the per-language labels of the interface."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from factbase.text.lang import LANGUAGES


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
        for key, text in self.values:
            if key == language:
                return typeset(text, language)
        raise KeyError(language)


MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

LABELS: dict[str, dict[str, str]] = {
    "fr": {
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
        "quote_open": "« ",
        "quote_close": " »",
        "group.official": "Autorités et textes officiels",
        "group.controller": "Assureurs et courtiers, sur leurs propres adhérents",
        "group.professional": "Organisations et presse professionnelles",
        "group.press": "Presse",
        "group.low": "Sources peu fiables (jamais citées seules)",
        "reviewed_on": "Page revue le",
        "actions.label": "Contribuer à cette page",
        "actions.edit": "Modifier cette page",
        "actions.edit_data": "Modifier les données",
        "actions.report": "Signaler une erreur",
        "actions.report_title": "Erreur sur la page",
        "permalink_title": "Lien permanent",
        "identity.publisher": "Éditeur",
        "identity.host": "Hébergeur",
        "identity.website": "Site",
        "identity.address": "Adresse",
        "identity.contact": "Contact",
        "identity.issues": "Ouvrir un ticket sur le suivi des problèmes du projet",
        "identity.or": " ou écrire à ",
        # Data pages: insurer table and pages, timeline, updates, feeds (factbase/render/data_pages.py).
        "colon": " :",
        "period.from_to": "du {start} au {end}",
        "period.since_day": "depuis le {start}",
        "period.since": "depuis {start}",
        "period.until_day": "jusqu'au {end}",
        "period.until": "jusqu'en {end}",
        "precision.late-month": "fin {date}",
        "precision.on-or-before": "au plus tard le {date}",
        "operator.viamedis": "Viamedis",
        "operator.almerys": "Almerys",
        "operator.other": "Autre opérateur",
        "operator.unknown": "Viamedis ou Almerys (non précisé)",
        "operator.not-concerned": "Ni Viamedis ni Almerys, selon l'organisme",
        "operator.named": "{operator} ({name})",
        "basis.own-notice": "Avis de l'assureur",
        "basis.reported": "Rapporté",
        "table.caption": "Assureurs et organismes cités par les sources",
        "table.insurer": "Assureur",
        "table.operator": "Opérateur de tiers payant",
        "table.basis": "Information et sources",
        "table.show": "Afficher",
        "table.count": "{shown} sur {total}",
        "table.page": "page {page} sur {pages}",
        "table.previous": "Page précédente",
        "table.next": "Page suivante",
        "table.pager": "Pages du tableau",
        "filter.all": "tous les assureurs",
        "filter.viamedis": "Viamedis",
        "filter.almerys": "Almerys",
        "filter.both": "Viamedis et Almerys",
        "filter.unknown": "opérateur non précisé",
        "filter.other": "autre opérateur",
        "filter.not-concerned": "non concernés, selon l'organisme",
        "insurer.aliases": "Autres noms",
        "insurer.operator_heading": "Opérateur de tiers payant",
        "insurer.means_heading": "Ce que cela veut dire",
        "insurer.means.affected": ("Selon la CNIL, les personnes concernées sont des assurés et leur famille ; "
                                   "d'anciens adhérents ont aussi été prévenus."),
        "insurer.means.ask": ("Seul votre assureur peut vous dire si vos données sont en cause : la CNIL ne peut pas "
                              "le dire aux particuliers, et chaque complémentaire qui utilise Viamedis ou Almerys "
                              "devait informer individuellement les personnes concernées."),
        "insurer.means.reported": ("Cette information vient de la presse ou d'un autre organisme, pas de l'assureur "
                                   "lui-même : demandez-lui confirmation."),
        "insurer.means.unknown": ("Une source cite cet organisme parmi les clients de Viamedis ou d'Almerys, sans "
                                  "dire lequel des deux."),
        "insurer.means.not-concerned": ("D'après son propre avis, ses adhérents ne sont pas concernés par les "
                                        "attaques contre Viamedis et Almerys."),
        "insurer.means.other": "Les sources citent pour lui un autre opérateur de tiers payant.",
        "insurer.todo_heading": "Que faire",
        "insurer.todo.ask": ("Pour savoir si vous êtes concerné, contactez votre complémentaire santé ; votre carte "
                             "de tiers payant peut donner un premier indice."),
        "insurer.todo.wary": ("La CNIL conseille aux personnes concernées de se méfier des messages qu'elles "
                              "reçoivent, en particulier au sujet de remboursements de santé, et de vérifier "
                              "régulièrement l'activité de leurs comptes."),
        "insurer.notification_heading": "Comment l'organisme a prévenu ses adhérents",
        "insurer.channels": "Par",
        "insurer.notice_heading": "L'avis de l'organisme",
        "insurer.notes_heading": "À savoir aussi",
        "insurer.all": "Tous les assureurs cités",
        "channel.email": "courriel",
        "channel.sms": "SMS",
        "channel.post": "courrier",
        "channel.website": "site web",
        "removed.since": "Cet organisme ne figure plus dans notre tableau depuis le {date}.",
        "removed.reason": "Raison :",
        "removed.see_also": "Voir la fiche",
        "removed.ask": "Cela ne dit pas si vos données sont en cause : seul votre assureur peut vous le dire.",
        "timeline.disagree": "Les sources divergent :",
        "timeline.permalink": "Lien vers cet événement",
        "permalink": "Lien vers cette section",
        "updates.kind.launch": "Lancement",
        "updates.kind.addition": "Ajout",
        "updates.kind.correction": "Correction",
        "updates.kind.removal": "Retrait",
        "updates.pages": "Pages concernées :",
        "updates.feed": "Suivre ces mises à jour avec le flux Atom",
        "feed.title": "Mises à jour",
        "downloads.insurers_json": "assureurs et opérateurs, avec leurs sources (JSON)",
        "downloads.insurers_csv": ("les mêmes données, une ligne par assureur et opérateur, avec les titres et les "
                                   "adresses des sources et les notes (CSV séparé par des virgules : LibreOffice, "
                                   "Numbers, Google Sheets, Excel en anglais)"),
        "downloads.insurers-semicolon_csv": "les mêmes lignes séparées par des points-virgules, pour Excel en français",
        "downloads.official-actions_json": "suites officielles et ce qui n'a pas été trouvé (JSON)",
        "downloads.timeline_json": "chronologie de l'incident (JSON)",
        "downloads.sources_json": "sources citées (JSON)",
        "downloads.schema": "schéma",
        "downloads.licence": ("Ces données sont publiées sous licence CC BY 4.0 : vous pouvez les réutiliser en "
                              "citant ce site."),
        "downloads.licence_file": "Licence et description des fichiers",
        "downloads.feeds": "Flux Atom des mises à jour :",
        "downloads.feed.fr": "en français",
        "downloads.feed.en": "en anglais",
        # GDPR access-request letter (overrides/fragments/gdpr-letter.html)
        "letter.form_title": "Vos informations",
        "letter.privacy": ("Ce que vous tapez reste dans votre navigateur : rien n'est envoyé ni enregistré, et les "
                           "champs sont vidés quand vous quittez la page."),
        "letter.name": "Vos prénom et nom",
        "letter.required": "(obligatoire)",
        "letter.optional": "(facultatif)",
        "letter.name_error": "Indiquez vos prénom et nom : ils signent la lettre.",
        "letter.address": "Votre adresse postale",
        "letter.insurer": "Votre complémentaire santé",
        "letter.insurer_hint": "Le nom de votre mutuelle ou de votre assureur santé.",
        "letter.member": "Votre numéro d'adhérent",
        "letter.member_hint": "Pas votre numéro de sécurité sociale : la lettre n'en a pas besoin.",
        "letter.nir_warning": ("Ce numéro ressemble à un numéro de sécurité sociale (13 à 15 chiffres). La lettre n'en "
                               "a pas besoin, et il n'y est pas repris, sauf si vous confirmez qu'il s'agit bien de "
                               "votre numéro d'adhérent."),
        "letter.nir_confirm": ("C'est bien mon numéro d'adhérent, pas mon numéro de sécurité sociale : le reprendre "
                               "dans la lettre."),
        "letter.copy": "Copier la lettre",
        "letter.print": "Imprimer la lettre",
        "letter.mail": "Ouvrir dans ma messagerie",
        "letter.caption": "Votre lettre, en français, se complète pendant que vous tapez.",
        "letter.caption_aid": ("Sous chaque paragraphe, une aide à la lecture, qui n'est ni copiée, ni imprimée, ni "
                               "envoyée."),
        "letter.aid_label": "Traduction :",
        "letter.nojs": ("Le formulaire a besoin de JavaScript, qui est désactivé dans votre navigateur. Vous pouvez "
                        "recopier la lettre ci-dessous en remplaçant les passages entre crochets."),
        "letter.note_no_insurer": ("Vous n'avez pas indiqué votre complémentaire santé : la lettre commence sans son "
                                   "nom."),
        "letter.note_no_address": ("Vous n'avez pas indiqué d'adresse postale : la lettre demande une réponse écrite "
                                   "sans dire où l'envoyer. Pour un envoi par courrier, ajoutez votre adresse."),
        "letter.msg_name_missing": "La lettre n'est pas prête : indiquez vos prénom et nom, qui la signent.",
        "letter.msg_copied": "La lettre est copiée. Collez-la dans votre messagerie ou votre traitement de texte.",
        "letter.msg_copy_failed": ("La copie automatique n'a pas fonctionné. Sélectionnez le texte de la lettre, puis "
                                   "copiez-le."),
        # insurer lookup (overrides/fragments/insurer-lookup.html)
        "lookup.form": "Rechercher votre complémentaire santé",
        "lookup.label": "Le nom de votre complémentaire santé",
        "lookup.hint": ("Accents et majuscules ne comptent pas. Ni numéro, ni nom de personne : ce que vous "
                        "tapez reste dans votre navigateur."),
        "lookup.results": "Organismes trouvés",
        "lookup.alias": "(aussi appelé « {alias} »)",
        "lookup.meaning.affected": ("Selon nos sources, cet organisme fait ou a fait appel à Viamedis ou à Almerys : "
                                    "vous pouvez être concerné. Demandez-le-lui."),
        "lookup.meaning.unknown": ("Selon nos sources, cet organisme fait appel à l'un des deux opérateurs, sans "
                                   "dire lequel : vous pouvez être concerné. Demandez-le-lui."),
        "lookup.meaning.not-concerned": "Cet organisme a indiqué lui-même que ses adhérents n'étaient pas concernés.",
        "lookup.meaning.other": ("Selon nos sources, cet organisme fait appel à un autre opérateur. Demandez-lui si "
                                 "vous êtes concerné."),
        "lookup.none": ("Aucun organisme de notre liste ne correspond à « {query} ». Cela ne veut pas dire "
                        "qu'il est épargné."),
        "lookup.one": "1 organisme trouvé : {name}.",
        "lookup.many": "{count} organismes trouvés. Le premier : {name}.",
        "lookup.more": "Les {shown} premiers sur {total} : précisez le nom pour réduire la liste.",
        "lookup.short": "Tapez au moins deux lettres.",
        "lookup.loading": "Chargement de la liste des organismes…",
        "lookup.failed": "La liste n'a pas pu être chargée. Le tableau des organismes reste disponible.",
        "lookup.number": ("Ce champ attend le nom de votre complémentaire santé : aucun numéro n'est "
                          "nécessaire, ne tapez jamais votre numéro de sécurité sociale."),
        "lookup.nojs": "La recherche a besoin de JavaScript, qui est désactivé dans votre navigateur.",
        "lookup.nojs_link": "Consultez le tableau complet des organismes.",
        "lookup.unknown_title": "Pas dans notre liste :",
        "lookup.unknown_meaning": ("Cela veut dire que nous ne savons pas, pas que cet organisme est épargné : notre "
                                   "liste ne contient que les organismes que nos sources nomment, et il n'existe pas "
                                   "de liste complète par opérateur."),
        "lookup.unknown_do": ("Que faire : demandez à votre complémentaire santé si vous êtes concerné. Si votre "
                              "carte de tiers payant porte le logo de Viamedis ou d'Almerys, vous pouvez l'être."),
        "lookup.unknown_letter": "Une lettre prête à envoyer vous aide à le lui demander.",
        "lookup.unknown_help": "Une source publique nomme l'opérateur de cet organisme ?",
        "lookup.unknown_help_link": "Aidez-nous à compléter la liste.",
        # insurer lookup: who says so, near matches, operators, "I don't know" (insurer-lookup.js)
        "lookup.according": "Selon {sources}.",
        "lookup.and": " et ",
        "lookup.or": " ou ",
        "lookup.near_one": "Nom proche : {names} — est-ce bien le vôtre ?",
        "lookup.near_many": "Noms proches : {names} — l'un d'eux est-il le vôtre ?",
        "lookup.near_results": "Noms proches",
        "lookup.operator": "{name} est un opérateur de tiers payant, pas une complémentaire santé.",
        "lookup.dont_know": "Vous ne connaissez pas le nom de votre complémentaire santé ?",
        # one-page printable sheet (overrides/fragments/site-address.html)
        "sheet.more": "Tout savoir, avec les sources et une lettre prête à envoyer :",
        "sheet.sources": "Les sources de chaque phrase de cette fiche :",
        "letter.msg_mail_opened": ("Votre messagerie devrait s'ouvrir avec la lettre. Ajoutez l'adresse de votre "
                                   "complémentaire santé."),
        # redirect pages (data/redirects.yaml) and the 404 page
        "redirect.title": "Page déplacée",
        "redirect.text": "Cette page a changé d'adresse. Elle se trouve désormais ici :",
        "not_found.title": "Page introuvable",
        "not_found.lead": "Aucune page de ce site ne se trouve à cette adresse. Elle a peut-être été mal "
                          "recopiée, ou la page a changé d'adresse.",
        "not_found.search": "Chercher sur le site",
        "not_found.search_button": "Chercher",
        "not_found.pages": "Les pages du site",
        "not_found.other_site": "Page introuvable : aller à la version française du site",
        # the page's answer, first (factbase.pages.page_rules: !!! in-short "…" right after the title)
        "in_short": "En bref",
        "nir_warning": "Ne donnez jamais votre numéro de sécurité sociale ici. Ce site ne vous le demande "
                       "pas et n'en a pas besoin\u00a0: effacez-le.",
        # Official action, on the journalists' page (overrides/fragments/official-actions.html)
        "actions.permalink": "Lien vers cette étape",
        "actions.note": "Attention :",
        "actions.status": "Statut :",
        "actions.status.no-public-outcome": "aucune suite publique trouvée.",
        "actions.status.done": "document publié.",
        "actions.status.not-found": "rien de public trouvé.",
        "actions.not_found_lead": "Cherché, sans être trouvé :",
        "actions.timeline": "Cette étape dans la chronologie",
        # Link previews and "Cite this page", on every page (factbase/render/social.py,
        # overrides/fragments/cite-page.html)
        "social.insurer_kicker": "Fiche assureur",
        "social.insurer_description": ("Ce que disent les sources de {name} et de son opérateur de tiers payant, et "
                                       "que faire si vous êtes concerné."),
        "social.image_alt": "{title} — {site}",
        "cite.summary": "Citer cette page",
        "cite.address": "Adresse",
        "cite.section_label": "Section",
        "cite.whole_page": "Toute la page",
        "cite.reviewed": "Revue le",
        "cite.suggested": "Citation suggérée :",
        "cite.format": "« {site} »{page}{section}, revue le {reviewed}, {url}, consultée le {accessed}.",
        "cite.page": ", page « {title} »",
        "cite.home_page": ", page d'accueil",
        "cite.section": ", section « {section} »",
        "cite.accessed_unknown": "[date]",
        "cite.first_day": "1er",
        "cite.copy": "Copier la citation",
        "cite.copied": "La citation est copiée : collez-la dans votre article ou vos notes.",
        "cite.copy_failed": "La copie automatique n'a pas fonctionné : sélectionnez la citation, puis copiez-la.",
        "cite.follows": ("L'adresse et la citation suivent la section que vous lisez ; vous pouvez aussi en choisir "
                         "une."),
        # ui: citation markers and the Sources block (citations.html), what site.js shows in place of
        # a marker or a term, the search's hand-off to the lookup, and the insurer pages' "En bref".
        "cite.source": "Source",
        "cite.sources": "Sources",
        "cite.block": "Sources ({count})",
        "list_separator": " ; ",
        "and": " et ",
        "popover.close": "Fermer",
        "popover.cite_one": "La source de ce passage",
        "popover.cite_many": "Les {count} sources de ce passage",
        "popover.cite_all": "Toutes les sources de la page",
        "popover.term_more": "La définition complète dans le glossaire",
        "search.lookup_lead": "Vous cherchez votre complémentaire santé ?",
        "search.lookup": "Chercher « {query} » dans notre liste des organismes",
        "in_short.operators": "Opérateur de tiers payant : {operators}.",
        "in_short.operator.other": "un autre opérateur",
        "in_short.operator.not-concerned": "ni Viamedis ni Almerys, selon l'organisme",
        "in_short.basis": "D'où vient l'information :",
        "in_short.basis.own-notice": "l'avis de l'organisme à ses adhérents",
        "in_short.basis.reported": "la presse ou un autre organisme, pas l'organisme lui-même",
        "in_short.todo.ask": "Que faire : demandez à l'organisme si vos données sont en cause",
        "in_short.todo.wary": "et méfiez-vous des messages sur vos remboursements",
        "in_short.todo.doubt": "Que faire : en cas de doute, demandez-le à l'organisme",
        "in_short.todo.sure": "Que faire : pour en être sûr, demandez à l'organisme si vos données sont en cause",
        "insurer.source_one": "Source : {publishers}",
        "insurer.source_many": "Sources : {publishers}",
    },
    "en": {
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
        "actions.label": "Contribute to this page",
        "actions.edit": "Edit this page",
        "actions.edit_data": "Edit the data",
        "actions.report": "Report an error",
        "actions.report_title": "Error on the page",
        "permalink_title": "Permanent link",
        "identity.publisher": "Publisher",
        "identity.host": "Host",
        "identity.website": "Website",
        "identity.address": "Address",
        "identity.contact": "Contact",
        "identity.issues": "Open an issue on the project's issue tracker",
        "identity.or": " or write to ",
        # Data pages: insurer table and pages, timeline, updates, feeds (factbase/render/data_pages.py).
        "colon": ":",
        "period.from_to": "from {start} to {end}",
        "period.since_day": "since {start}",
        "period.since": "since {start}",
        "period.until_day": "until {end}",
        "period.until": "until {end}",
        "precision.late-month": "late {date}",
        "precision.on-or-before": "by {date}",
        "operator.viamedis": "Viamedis",
        "operator.almerys": "Almerys",
        "operator.other": "Another operator",
        "operator.unknown": "Viamedis or Almerys (not stated)",
        "operator.not-concerned": "Neither Viamedis nor Almerys, according to the organisation",
        "operator.named": "{operator} ({name})",
        "basis.own-notice": "Insurer's own notice",
        "basis.reported": "Reported",
        "table.caption": "Insurers and organisations named by the sources",
        "table.insurer": "Insurer",
        "table.operator": "Tiers-payant operator",
        "table.basis": "Information and sources",
        "table.show": "Show",
        "table.count": "{shown} of {total}",
        "table.page": "page {page} of {pages}",
        "table.previous": "Previous page",
        "table.next": "Next page",
        "table.pager": "Table pages",
        "filter.all": "all insurers",
        "filter.viamedis": "Viamedis",
        "filter.almerys": "Almerys",
        "filter.both": "Viamedis and Almerys",
        "filter.unknown": "operator not stated",
        "filter.other": "another operator",
        "filter.not-concerned": "not concerned, according to the organisation",
        "insurer.aliases": "Other names",
        "insurer.operator_heading": "Tiers-payant operator",
        "insurer.means_heading": "What this means",
        "insurer.means.affected": ("According to CNIL, the people concerned are insured people and their families; "
                                   "former members were notified too."),
        "insurer.means.ask": ("Only your insurer can tell you whether your data are involved: CNIL cannot tell "
                              "individuals, and each complementary insurer using Viamedis or Almerys had to inform "
                              "the people concerned individually."),
        "insurer.means.reported": ("This information comes from the press or from another organisation, not from the "
                                   "insurer itself: ask the insurer to confirm it."),
        "insurer.means.unknown": ("A source names this organisation among the clients of Viamedis or Almerys, "
                                  "without saying which of the two."),
        "insurer.means.not-concerned": ("According to its own notice, its members are not concerned by the attacks "
                                        "on Viamedis and Almerys."),
        "insurer.means.other": "The sources name another tiers-payant operator for it.",
        "insurer.todo_heading": "What to do",
        "insurer.todo.ask": ("To find out whether you are concerned, contact your complementary health insurer; your "
                             "tiers-payant card can give a first clue."),
        "insurer.todo.wary": ("CNIL advises the people concerned to be wary of the messages they receive, especially "
                              "about health reimbursements, and to check the activity on their accounts regularly."),
        "insurer.notification_heading": "How the organisation told its members",
        "insurer.channels": "By",
        "insurer.notice_heading": "The organisation's notice",
        "insurer.notes_heading": "Also to know",
        "insurer.all": "All the insurers named",
        "channel.email": "e-mail",
        "channel.sms": "SMS",
        "channel.post": "post",
        "channel.website": "website",
        "removed.since": "This organisation has not been listed in our table since {date}.",
        "removed.reason": "Reason:",
        "removed.see_also": "See the record",
        "removed.ask": "This does not say whether your data are involved: only your insurer can tell you.",
        "timeline.disagree": "Sources disagree:",
        "timeline.permalink": "Link to this event",
        "permalink": "Link to this section",
        "updates.kind.launch": "Launch",
        "updates.kind.addition": "Addition",
        "updates.kind.correction": "Correction",
        "updates.kind.removal": "Removal",
        "updates.pages": "Pages concerned:",
        "updates.feed": "Follow these updates with the Atom feed",
        "feed.title": "Updates",
        "downloads.insurers_json": "insurers and operators, with their sources (JSON)",
        "downloads.insurers_csv": ("the same data, one row per insurer and operator, with the titles and addresses "
                                   "of the sources and the notes (CSV separated by commas: LibreOffice, Numbers, "
                                   "Google Sheets, Excel in English)"),
        "downloads.insurers-semicolon_csv": "the same rows separated by semicolons, for Excel set to French",
        "downloads.official-actions_json": "official action, and what was not found (JSON)",
        "downloads.timeline_json": "timeline of the incident (JSON)",
        "downloads.sources_json": "sources cited (JSON)",
        "downloads.schema": "schema",
        "downloads.licence": ("This data is published under the CC BY 4.0 licence: you may reuse it if you credit "
                              "this site."),
        "downloads.licence_file": "Licence and description of the files",
        "downloads.feeds": "Atom feeds of the updates:",
        "downloads.feed.fr": "in French",
        "downloads.feed.en": "in English",
        # GDPR access-request letter (overrides/fragments/gdpr-letter.html)
        "letter.form_title": "Your details",
        "letter.privacy": ("What you type stays in your browser: nothing is sent or saved, and the fields are emptied "
                           "when you leave the page."),
        "letter.name": "Your full name",
        "letter.required": "(required)",
        "letter.optional": "(optional)",
        "letter.name_error": "Enter your full name: it signs the letter.",
        "letter.address": "Your postal address",
        "letter.insurer": "Your complementary health insurer",
        "letter.insurer_hint": "The name of your mutuelle or health insurer.",
        "letter.member": "Your member number",
        "letter.member_hint": "Not your social security number: the letter does not need it.",
        "letter.nir_warning": ("This number looks like a social security number (13 to 15 digits). The letter does not "
                               "need it, and it is left out of the letter unless you confirm that it is your member "
                               "number."),
        "letter.nir_confirm": "This is my member number, not my social security number: put it in the letter.",
        "letter.copy": "Copy the letter",
        "letter.print": "Print the letter",
        "letter.mail": "Open in my e-mail",
        "letter.caption": "Your letter, in French because it goes to a French insurer, fills in as you type.",
        "letter.caption_aid": "Under each paragraph, an English reading aid, which is not copied, printed or sent.",
        "letter.aid_label": "In English:",
        "letter.nojs": ("The form needs JavaScript, which is turned off in your browser. You can copy the letter below "
                        "by hand, replacing the parts in square brackets."),
        "letter.note_no_insurer": ("You have not entered your complementary health insurer: the letter starts without "
                                   "its name."),
        "letter.note_no_address": ("You have not entered a postal address: the letter asks for a written answer without"
                                   " saying where to send it. To send it by post, add your address."),
        "letter.msg_name_missing": "The letter is not ready: enter your full name, which signs it.",
        "letter.msg_copied": "The letter is copied. Paste it into your e-mail or word processor.",
        "letter.msg_copy_failed": "Automatic copying did not work. Select the text of the letter, then copy it.",
        # insurer lookup (overrides/fragments/insurer-lookup.html)
        "lookup.form": "Search for your complementary health insurer",
        "lookup.label": "The name of your complementary health insurer",
        "lookup.hint": ("Accents and capitals do not matter. No number, no person's name: what you type stays "
                        "in your browser."),
        "lookup.results": "Organisations found",
        "lookup.alias": "(also known as “{alias}”)",
        "lookup.meaning.affected": ("According to our sources, this organisation uses or used Viamedis or Almerys: "
                                    "you may be concerned. Ask it."),
        "lookup.meaning.unknown": ("According to our sources, this organisation uses one of the two operators, "
                                   "without saying which: you may be concerned. Ask it."),
        "lookup.meaning.not-concerned": "This organisation said itself that its members were not affected.",
        "lookup.meaning.other": ("According to our sources, this organisation uses another operator. Ask it "
                                 "whether you are concerned."),
        "lookup.none": "No organisation in our list matches “{query}”. That does not mean it was spared.",
        "lookup.one": "1 organisation found: {name}.",
        "lookup.many": "{count} organisations found. The first: {name}.",
        "lookup.more": "The first {shown} of {total}: type more of the name to narrow the list.",
        "lookup.short": "Type at least two letters.",
        "lookup.loading": "Loading the list of organisations…",
        "lookup.failed": "The list could not be loaded. The table of organisations is still there.",
        "lookup.number": ("This field expects the name of your complementary health insurer: no number is "
                          "needed, never type your social security number."),
        "lookup.nojs": "The search needs JavaScript, which is turned off in your browser.",
        "lookup.nojs_link": "See the full table of organisations.",
        "lookup.unknown_title": "Not in our list:",
        "lookup.unknown_meaning": ("This means that we do not know, not that this organisation was spared: our list "
                                   "holds only the organisations that our sources name, and there is no complete "
                                   "list per operator."),
        "lookup.unknown_do": ("What to do: ask your complementary health insurer whether you are concerned. If "
                              "your tiers-payant card shows the Viamedis or Almerys logo, you may be."),
        "lookup.unknown_letter": "A ready-made letter helps you ask it.",
        "lookup.unknown_help": "Does a public source name this organisation's operator?",
        "lookup.unknown_help_link": "Help us complete the list.",
        # insurer lookup: who says so, near matches, operators, "I don't know" (insurer-lookup.js)
        "lookup.according": "According to {sources}.",
        "lookup.and": " and ",
        "lookup.or": " or ",
        "lookup.near_one": "A close name: {names} — is it yours?",
        "lookup.near_many": "Close names: {names} — is one of them yours?",
        "lookup.near_results": "Close names",
        "lookup.operator": "{name} is a tiers-payant operator, not a complementary health insurer.",
        "lookup.dont_know": "You do not know the name of your complementary health insurer?",
        # one-page printable sheet (overrides/fragments/site-address.html)
        "sheet.more": "Everything we know, with the sources and a ready-made letter:",
        "sheet.sources": "The sources of every sentence on this sheet:",
        "letter.msg_mail_opened": "Your e-mail program should open with the letter. Add your insurer's address.",
        # redirect pages (data/redirects.yaml) and the 404 page
        "redirect.title": "Page moved",
        "redirect.text": "This page has moved. It is now here:",
        "not_found.title": "Page not found",
        "not_found.lead": "No page of this site is at this address. It may have been copied wrongly, or the "
                          "page has moved.",
        "not_found.search": "Search this site",
        "not_found.search_button": "Search",
        "not_found.pages": "The pages of this site",
        "not_found.other_site": "Page not found: go to the English version of this site",
        # the page's answer, first (factbase.pages.page_rules: !!! in-short "…" right after the title)
        "in_short": "In short",
        "nir_warning": "Never give your social security number here. This site does not ask for it and "
                       "does not need it: delete it.",
        # Official action, on the journalists' page (overrides/fragments/official-actions.html)
        "actions.permalink": "Link to this step",
        "actions.note": "Caution:",
        "actions.status": "Status:",
        "actions.status.no-public-outcome": "no public outcome found.",
        "actions.status.done": "published document.",
        "actions.status.not-found": "nothing public found.",
        "actions.not_found_lead": "Looked for, and not found:",
        "actions.timeline": "This step in the timeline",
        # Link previews and "Cite this page", on every page (factbase/render/social.py,
        # overrides/fragments/cite-page.html)
        "social.insurer_kicker": "Insurer page",
        "social.insurer_description": ("What the sources say about {name} and its tiers-payant operator, and what to "
                                       "do if you are concerned."),
        "social.image_alt": "{title} — {site}",
        "cite.summary": "Cite this page",
        "cite.address": "Address",
        "cite.section_label": "Section",
        "cite.whole_page": "Whole page",
        "cite.reviewed": "Reviewed on",
        "cite.suggested": "Suggested citation:",
        "cite.format": "“{site}”{page}{section}, reviewed on {reviewed}, {url}, accessed on {accessed}.",
        "cite.page": ", page “{title}”",
        "cite.home_page": ", home page",
        "cite.section": ", section “{section}”",
        "cite.accessed_unknown": "[date]",
        "cite.first_day": "1",
        "cite.copy": "Copy the citation",
        "cite.copied": "The citation is copied: paste it into your article or notes.",
        "cite.copy_failed": "Automatic copying did not work: select the citation, then copy it.",
        "cite.follows": "The address and the citation follow the section you are reading; you can also choose one.",
        # ui: citation markers and the Sources block (citations.html), what site.js shows in place of
        # a marker or a term, the search's hand-off to the lookup, and the insurer pages' "In short".
        "cite.source": "Source",
        "cite.sources": "Sources",
        "cite.block": "Sources ({count})",
        "list_separator": "; ",
        "and": " and ",
        "popover.close": "Close",
        "popover.cite_one": "The source of this passage",
        "popover.cite_many": "The {count} sources of this passage",
        "popover.cite_all": "All the sources of the page",
        "popover.term_more": "The full definition in the glossary",
        "search.lookup_lead": "Looking for your complementary health insurer?",
        "search.lookup": "Look “{query}” up in our list of organisations",
        "in_short.operators": "Tiers-payant operator: {operators}.",
        "in_short.operator.other": "another operator",
        "in_short.operator.not-concerned": "neither Viamedis nor Almerys, according to the organisation",
        "in_short.basis": "Where this comes from:",
        "in_short.basis.own-notice": "the organisation's own notice to its members",
        "in_short.basis.reported": "the press or another organisation, not the organisation itself",
        "in_short.todo.ask": "What to do: ask the organisation whether your data are involved",
        "in_short.todo.wary": "and be wary of messages about your reimbursements",
        "in_short.todo.doubt": "What to do: if in doubt, ask the organisation",
        "in_short.todo.sure": "What to do: to be sure, ask the organisation whether your data are involved",
        "insurer.source_one": "Source: {publishers}",
        "insurer.source_many": "Sources: {publishers}",
    },
}


# The GDPR letter is French on every page (factbase.render.letter); pages in another language show, under
# each paragraph, what it says in that language. Keys are the paragraphs of gdpr-letter.html.
READING_AID: dict[str, dict[str, str]] = {
    "en": {
        "recipient": "For the attention of your complementary health insurer (the name you entered).",
        "subject": "Subject: request for access to my personal data (GDPR article 15) and the Viamedis "
                   "and Almerys incidents.",
        "member": "Dear Sir or Madam, you are or were my complementary health insurer. (If you entered "
                  "it: my member number is …)",
        "context": "In early 2024, Viamedis and Almerys, tiers-payant operators used by complementary "
                   "health insurers, suffered intrusions that exposed beneficiaries' personal data. The "
                   "insurers are the controllers of these data; the operators process them on their "
                   "behalf, as processors (GDPR articles 4 and 28).",
        "questions": "I ask you to tell me: whether my personal data were among those exposed in these "
                     "incidents; if so, which data are concerned; what measures you took after these "
                     "incidents.",
        "article15": "In addition, under article 15 of Regulation (EU) 2016/679 (GDPR), I ask you to "
                     "confirm whether you process personal data about me and, if so, to send me a copy, "
                     "with the information that article provides for, including the purposes of the "
                     "processing, the categories of data, their recipients, how long they are kept and "
                     "where they came from.",
        "article12": "Article 12(3) GDPR requires you to answer this access request without undue delay "
                     "and at the latest within one month of receiving it. This period can be extended by two "
                     "months only for complex or numerous requests, provided you tell me within the "
                     "first month and give the reasons. No payment can be asked for this answer, except "
                     "for a manifestly unfounded or excessive request (article 12(5)).",
        "answer": "Please answer me at the address at the top of this letter (or, without an address: in "
                  "writing). Without an answer, I may lodge a complaint with CNIL, the French data "
                  "protection authority (GDPR article 77).",
        "closing": "Yours faithfully, followed by your name.",
    },
}


def reading_aid(language: str, key: str) -> str:
    """What a paragraph of the French letter says, in ``language`` (not needed for French)."""
    return READING_AID[language][key]


@functools.cache  # labels are constants; pages ask for the same few thousands of times
def label(language: str, key: str) -> str:
    return typeset(LABELS[language][key], language)


_SPACE_BEFORE_PUNCTUATION = re.compile(r" ([:;!?»])")


def _french(text: str) -> str:
    """French spacing: a non-breaking space before : ; ! ? » and after «, so that a line never
    starts with the punctuation (the page rules require it in pages; data and labels get it here)."""
    return _SPACE_BEFORE_PUNCTUATION.sub("\u00a0\\1", text).replace("« ", "«\u00a0")


TYPESETTERS = {"fr": _french}


def typeset(text: str, language: str) -> str:
    """Text as it is printed in ``language`` (its typographic conventions applied)."""
    setter = TYPESETTERS.get(language)
    return setter(text) if setter else text


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


def format_period(start: str | None, end: str | None, language: str) -> str:
    """'jusqu'au 31 décembre 2023', 'depuis 2023', 'du ... au ...'; '' when neither is known."""
    def day(value: str) -> bool:
        return len(value) == 10

    if start and end:
        return label(language, "period.from_to").format(start=format_date(start, language),
                                                        end=format_date(end, language))
    if start:
        key = "period.since_day" if day(start) else "period.since"
        return label(language, key).format(start=format_date(start, language))
    if end:
        key = "period.until_day" if day(end) else "period.until"
        return label(language, key).format(end=format_date(end, language))
    return ""


def format_event_date(value: str, precision: str, language: str) -> str:
    """A timeline date as precise as its sources: '29 janvier 2024', 'fin janvier 2024'."""
    text = format_date(value, language)
    if precision in ("late-month", "on-or-before"):
        return label(language, f"precision.{precision}").format(date=text)
    return text
