"""The site's facts as data: load, validate and render them, without MkDocs.

Modules here never import MkDocs, so that they can be tested alone and reused by scripts.
The thin adapters in ``hooks/`` call them from MkDocs events.
"""
