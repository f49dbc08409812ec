"""What "looks like a social-security number (NIR)" means, in Python: 13 to 15 digits (a NIR with or
without its 2-digit key), written with or without spaces, dots or dashes between them, "2A" or "2B"
allowed for Corsica. The JavaScript copy is overrides/assets/javascripts/nir.js (the site-wide
warning and the letter use it); tests/vectors/nir.json holds the two to the same cases, and the
tests use this one to check that every field warns and that no page shows such a number."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"([\dAaBb])[\s.\-\u00a0\u202f]+(?=[\dAaBb])")
_NIR_LIKE = re.compile(r"(^|\D)\d{5}(\d\d|2[AaBb])\d{6,8}(?!\d)")


def looks_like_nir(value: str) -> bool:
    return bool(_NIR_LIKE.search(_SEPARATORS.sub(r"\1", value)))
