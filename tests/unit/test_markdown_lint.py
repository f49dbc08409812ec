"""pymarkdown, as `make lint` runs it (rules in pyproject.toml): quiet on what MkDocs pages are made of,
loud on a real mistake."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

MKDOCS_PAGE = """\
---
title: Que faire ?
reviewed: 2026-11-25
---

# Que faire\u00a0? {#que-faire}

Un paragraphe avec une citation [@cnil-2024-02-07], un lien vers une
[ancre](faq.md#comment-savoir) et des espaces insécables\u00a0: « ainsi\u00a0».

## Une section {#une-section}

!!! warning "Attention\u00a0!"

    Le corps d'une note est indenté de quatre espaces.

```sh
make serve
```

- un point
    - un sous-point, sous quatre espaces

<div class="vm-guide" markdown>

*En anglais\u00a0: what to do.*<br>
Une ligne après un saut.

</div>

??? question "Une question\u00a0?"

    Sa réponse.
"""


def pymarkdown(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).with_name("pymarkdown")), "scan", str(path)],
                          capture_output=True, text=True, cwd=ROOT)


def test_quiet_on_what_mkdocs_pages_use(tmp_path):
    page = tmp_path / "page.fr.md"
    page.write_text(MKDOCS_PAGE, encoding="utf-8")
    result = pymarkdown(page)
    assert result.returncode == 0, result.stdout + result.stderr


def test_reports_a_heading_stuck_to_its_text(tmp_path):
    page = tmp_path / "page.fr.md"
    page.write_text(MKDOCS_PAGE.replace("## Une section {#une-section}\n\n", "## Une section {#une-section}\n"),
                    encoding="utf-8")
    result = pymarkdown(page)
    assert result.returncode == 1 and "MD022" in result.stdout
