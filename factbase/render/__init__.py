"""HTML and Markdown made from the data for one language: tables, insurer pages, the timeline, the
lookup's file, feeds, downloads, social cards; and the one model of the site's inputs that every hook
reads (model.py), loaded and checked once per build (site.py). Imports text, data and pages.
"""

# The names that hooks/ may use (tests/unit/test_layers.py): the public API of this folder.
from factbase.render.cards import CardCache
from factbase.render.downloads import download_files
from factbase.render.feeds import feed_path, render_feed
from factbase.render.generated import DATA_FILE_OF_BLOCK, block_renderers, insert_deferred
from factbase.render.insurer_pages import insurer_page_files, sync_files
from factbase.render.lookup import LOOKUP_FILE, lookup_json
from factbase.render.model import LanguageBuild, attach, build_of, previous_build
from factbase.render.not_found import NOT_FOUND_TEMPLATE, not_found_context, not_found_path
from factbase.render.page_actions import page_actions
from factbase.render.page_links import page_links_data
from factbase.render.render import RenderedOnce, template_cache
from factbase.render.site import data_dir, language_build
from factbase.render.social import CARDS_FOLDER, citation_box, preview_tags, shared_page
from factbase.render.terms import explain_terms, term_matcher

__all__ = [
    "CARDS_FOLDER",
    "DATA_FILE_OF_BLOCK",
    "LOOKUP_FILE",
    "NOT_FOUND_TEMPLATE",
    "CardCache",
    "LanguageBuild",
    "RenderedOnce",
    "attach",
    "block_renderers",
    "build_of",
    "citation_box",
    "data_dir",
    "download_files",
    "explain_terms",
    "feed_path",
    "insert_deferred",
    "insurer_page_files",
    "language_build",
    "lookup_json",
    "not_found_context",
    "not_found_path",
    "page_actions",
    "page_links_data",
    "preview_tags",
    "previous_build",
    "render_feed",
    "shared_page",
    "sync_files",
    "template_cache",
    "term_matcher",
]
