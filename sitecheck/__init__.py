"""Checks over the built site (site/): links and anchors, the URL ledger, external links.

Pure Python over files on disk: no MkDocs, no browser. Pages are discovered from the built output,
never from a list, so every page that a build adds is checked without anyone touching this code.
"""
