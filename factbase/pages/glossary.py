"""The glossary page as the terms of data/terms.yaml see it: the anchors of its headings."""

from __future__ import annotations

from pathlib import Path

from factbase.data.terms import GLOSSARY_PAGE
from factbase.pages.markdown_page import MarkdownPage
from factbase.text.lang import LANGUAGES


def glossary_anchors(docs_dir: Path) -> dict[str, set[str]]:
    """Language -> the {#anchors} of the glossary page's headings. A language whose page is missing
    is left out: the page rules already report the missing twin."""
    anchors = {}
    for language in LANGUAGES:
        path = docs_dir / f"{GLOSSARY_PAGE}.{language}.md"
        if path.is_file():
            page = MarkdownPage(str(path), path.read_text(encoding="utf-8"))
            anchors[language] = {heading.anchor for heading in page.headings if heading.anchor}
    return anchors
