"""What a static host serves beside the pages: the Content-Security-Policy, _headers, robots.txt and
security.txt, hreflang alternates, and the per-language search indexes. Imports any layer below.
"""
