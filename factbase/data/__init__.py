"""The data files of data/: read them (keeping lines for errors), validate them against their JSON
Schemas, and turn them into frozen, typed records (Dataset). Every problem is collected with its
file, line, record and field. Imports only text.
"""

# The names that hooks/ may use (tests/unit/test_layers.py): the public API of this folder.
from factbase.data.identity import site_identity
from factbase.data.problems import DataError, Problem, raise_if_any
from factbase.data.redirects import load_redirects, redirect_pages, redirect_problems
from factbase.data.terms import GLOSSARY_PAGE

__all__ = [
    "GLOSSARY_PAGE",
    "DataError",
    "Problem",
    "load_redirects",
    "raise_if_any",
    "redirect_pages",
    "redirect_problems",
    "site_identity",
]
