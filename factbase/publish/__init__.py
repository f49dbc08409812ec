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
from factbase.publish.search_index import split_search_index, stub_index

__all__ = [
    "build_date",
    "headers_file",
    "hreflang_links",
    "page_twins",
    "robots_txt",
    "security_contact",
    "security_txt",
    "site_url_problems",
    "split_search_index",
    "stub_index",
    "with_policy_meta",
]
