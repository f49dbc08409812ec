"""Fingerprints of the seed articles' wording, for the wording rule of tests/unit/test_fact_wording.py.

The site may use the facts of the seed articles (shared/seeds/, supplied with the project) but not
their wording, and the articles themselves stay out of this repository. The rule only needs to know
whether a run of RUN words of a page also occurs in a seed article, so this script keeps a short hash
of every such run, in tests/fixtures/seed-runs.txt. Run it again if the seed articles change:

    .venv/bin/python scripts/seed_fingerprints.py /work/shared/seeds
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FINGERPRINTS = ROOT / "tests" / "fixtures" / "seed-runs.txt"
RUN = 9
# Names of institutions and offences are not wording: they break a run, in the seeds as in the pages.
NOT_WORDING = re.compile(
    r"agence nationale de la sécurité des systèmes d.information|commission nationale de l.informatique et des libertés"
    r"|atteintes? aux systèmes de traitement automatisé de données|brigade de lutte contre la cybercriminalité"
    r"|règlement général sur la protection des données", re.IGNORECASE)
# Citations, commas and semicolons end a stretch of text: a list of facts (the data classes) is not wording.
BREAKS = re.compile(r"\[@[^\]]*\]|[,;•]")
# A quotation between guillemets is marked as such: it is not the site's own wording.
QUOTED = re.compile(r"«[^»]*»|“[^”]*”")
_BREAK = "|"


def words(text: str) -> list[str]:
    text = text.replace("’", "'").lower()
    for pattern in (BREAKS, QUOTED, NOT_WORDING):
        text = pattern.sub(f" {_BREAK} ", text)
    return re.findall(r"[a-zàâçéèêëîïôûùüÿœæ0-9]+|\|", text)


def runs(text: str) -> Iterator[str]:
    found = words(text)
    for start in range(len(found) - RUN + 1):
        run = found[start:start + RUN]
        if _BREAK not in run:
            yield " ".join(run)


def fingerprint(run: str) -> str:
    return hashlib.sha256(run.encode("utf-8")).hexdigest()[:12]


def seed_fingerprints(folder: Path) -> list[str]:
    return sorted({fingerprint(run) for path in folder.glob("*.txt") for run in runs(path.read_text(encoding="utf-8"))})


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print(f"usage: {Path(__file__).name} SEEDS_FOLDER", file=sys.stderr)
        return 2
    prints = seed_fingerprints(Path(argv[0]))
    FINGERPRINTS.write_text("".join(f"{line}\n" for line in prints), encoding="utf-8")
    print(f"{FINGERPRINTS.relative_to(ROOT)}: {len(prints)} runs of {RUN} words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
