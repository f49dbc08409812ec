"""What a static host serves beside the pages: the Content-Security-Policy, _headers, robots.txt and
security.txt, hreflang alternates, and the per-language search indexes. Imports any layer below.
"""

# The names that hooks/ may use (tests/unit/test_layers.py): the public API of this folder.
from factbase.publish.alternates import hreflang_links, page_twins
from factbase.publish.csp import with_policy_meta
from factbase.publish.host_files import (
    build_date,
    headers_file,
    robots_txt,
    security_contact,
    security_txt,
    site_url_problems,
)
from factbase.publish.preview import (
    MANIFEST_NAME,
    Manifest,
    Plan,
    PreviewBuild,
    is_incremental_preview,
    make_manifest,
    patch_search_index,
    plan_rebuild,
)
from factbase.publish.search_index import split_search_index, stub_index

__all__ = [
    "MANIFEST_NAME",
    "Manifest",
    "Plan",
    "PreviewBuild",
    "build_date",
    "headers_file",
    "hreflang_links",
    "is_incremental_preview",
    "make_manifest",
    "page_twins",
    "patch_search_index",
    "plan_rebuild",
    "robots_txt",
    "security_contact",
    "security_txt",
    "site_url_problems",
    "split_search_index",
    "stub_index",
    "with_policy_meta",
]
