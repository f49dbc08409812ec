"""The incremental preview of `make serve`: which pages a rebuild has to redo, decided by content.

`make serve` runs `mkdocs serve --dirty`. MkDocs then skips every page whose output file is newer
than its source, and that alone would serve stale pages: every page shows every other page's title
in its navigation, the sources page lists which pages cite what, and data/, overrides/, the hooks
and mkdocs.yml feed every page. So each preview build compares a manifest of its inputs (a hash of
each file, and of the part of each Markdown page that other pages read: its `shape`) with the
manifest that the previous build left in the site folder, and:

- rebuilds only the edited pages when nothing but their text changed;
- rebuilds everything, from an empty folder, on any other change: a title, a heading, an anchor,
  a citation or the front matter of a page, a file added or removed, data/, overrides/, hooks/,
  factbase/, mkdocs.yml, the build's environment; and whenever there is no manifest (the first
  build, or a build that failed).

The manifest lives in the site folder it describes, so it goes wherever that output goes.
Nothing here imports MkDocs (hooks/preview.py is the adapter).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from factbase.pages.citations import find_citations
from factbase.pages.markers import marker_names

MANIFEST_NAME = ".preview-manifest.json"  # a dot file: MkDocs' clean_directory keeps it; removed by hand
DIRTY_FLAGS = ("--dirty", "--dirtyreload")
# Environment variables that change what a build writes.
ENVIRONMENT_KEYS = ("SITE_DATA_DIR", "SITE_BUILD_EN", "SITE_URL", "SOURCE_DATE_EPOCH")


@dataclass(frozen=True)
class Manifest:
    context: str  # a hash of what is not a file: the environment variables above
    files: Mapping[str, str]  # path of every input file -> hash of its bytes
    shapes: Mapping[str, str]  # path of every Markdown page -> hash of its shape (page_shape)

    def to_json(self) -> str:
        return json.dumps({"context": self.context, "files": dict(self.files), "shapes": dict(self.shapes)},
                          sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Manifest | None:
        try:
            data = json.loads(text)
            return cls(str(data["context"]), dict(data["files"]), dict(data["shapes"]))
        except (ValueError, KeyError, TypeError):
            return None  # unreadable: treated as no manifest, so the next build is a full one


@dataclass(frozen=True)
class Plan:
    full: bool
    reason: str
    pages: frozenset[str] = frozenset()  # the input paths of the pages to rebuild, when not full


@dataclass
class PreviewBuild:
    """One preview build, both languages: kept on the MkDocs config, which lives for one build."""

    plan: Plan
    manifest: Manifest
    search_before: dict[str, dict] = field(default_factory=dict)  # language -> the index before this build
    rebuilt: set[str] = field(default_factory=set)  # site paths ("faq/", "en/faq/") of the pages rebuilt


def is_incremental_preview(site_url: str, dev_addr: tuple[str, int], argv: Iterable[str]) -> bool:
    """True for `mkdocs serve --dirty`: `serve` sets site_url to its own address, and the flag is read
    from the command line because that is where static-i18n reads it too (its other language builds
    are dirty exactly when ``--dirty`` or ``--dirtyreload`` is in sys.argv)."""
    host, port = dev_addr
    served = site_url.split("://", 1)[-1].split("/", 1)[0] == f"{host}:{port}"
    return served and any(flag in DIRTY_FLAGS for flag in argv)


def page_shape(markdown: str) -> str:
    """A hash of what other pages read from this one: its front matter (title, options), its
    headings and explicit anchors (the navigation, the table of contents, links to #anchors, the
    glossary), its citations (the sources page) and its generated blocks. Anything that merely
    looks like one of them (a `#` line in a code block) counts too: a false alarm only costs a full
    rebuild."""
    lines = markdown.splitlines()
    kept: list[str] = []
    if lines and lines[0].strip() == "---":
        end = next((number for number, line in enumerate(lines[1:], start=1) if line.strip() in ("---", "...")),
                   len(lines) - 1)
        kept += lines[: end + 1]
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("#") or "{#" in line or "{ #" in line or "id=" in line:
            kept.append(line)
        elif (stripped and set(stripped) <= {"="}) or (len(stripped) > 1 and set(stripped) <= {"-"}):
            kept += lines[max(number - 1, 0): number + 1]  # a setext heading and its text
    kept.append(json.dumps([use.ids for use in find_citations(markdown)]))
    kept.append(json.dumps(marker_names(markdown)))
    return _hash("\n".join(kept).encode("utf-8"))


def input_paths(roots: Iterable[Path]) -> list[Path]:
    """Every file under ``roots`` (files or folders), without hidden files and folders, which MkDocs
    leaves out of the site too, and without Python's bytecode."""
    found: set[Path] = set()
    for root in roots:
        if root.is_file():
            found.add(root)
        elif root.is_dir():
            found.update(path for path in root.rglob("*") if path.is_file() and not _hidden(path.relative_to(root)))
    return sorted(found)


def make_manifest(base: Path, roots: Iterable[Path], environ: Mapping[str, str]) -> Manifest:
    files, shapes = {}, {}
    for path in input_paths(roots):
        name = str(path.relative_to(base)) if path.is_relative_to(base) else str(path)
        content = path.read_bytes()
        files[name] = _hash(content)
        if path.suffix == ".md":
            shapes[name] = page_shape(content.decode("utf-8", errors="replace"))
    context = _hash(json.dumps({key: environ.get(key) for key in ENVIRONMENT_KEYS}, sort_keys=True).encode())
    return Manifest(context, files, shapes)


def plan_rebuild(previous: Manifest | None, current: Manifest, pages_folder: str) -> Plan:
    """What this build must redo, given the manifest of the output already in the site folder.
    ``pages_folder`` is the docs folder as the manifests name it (``docs``)."""
    if previous is None:
        return Plan(True, "no previous preview build in this folder")
    if previous.context != current.context:
        return Plan(True, "the build's environment changed")
    if previous.files.keys() != current.files.keys():
        changed = sorted(previous.files.keys() ^ current.files.keys())
        return Plan(True, f"{changed[0]} was added or removed")
    changed = sorted(name for name, digest in current.files.items() if previous.files[name] != digest)
    for name in changed:
        if not (name.startswith(pages_folder.rstrip("/") + "/") and name.endswith(".md")):
            return Plan(True, f"{name} changed")
        if previous.shapes.get(name) != current.shapes.get(name):
            return Plan(True, f"{name}: its title, headings, anchors, citations or front matter changed")
    return Plan(False, f"{len(changed)} page(s) changed", frozenset(changed))


def patch_search_index(previous: Mapping, fresh: Mapping, pages: Collection[str]) -> dict:
    """The previous search index with the entries of the rebuilt ``pages`` (their site paths) taken
    from ``fresh`` instead, in the same place; the other entries stay as they were."""
    def page_of(doc: Mapping) -> str:
        return doc["location"].split("#", 1)[0]

    new: dict[str, list] = {}
    for doc in fresh["docs"]:
        if page_of(doc) in pages:
            new.setdefault(page_of(doc), []).append(doc)
    docs: list = []
    for doc in previous["docs"]:
        page = page_of(doc)
        if page not in pages:
            docs.append(doc)
        elif page in new:
            docs += new.pop(page)
    for entries in new.values():  # pages that had no entry before
        docs += entries
    return {"config": fresh["config"], "docs": docs}


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") or part == "__pycache__" for part in relative.parts)


def _hash(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()[:32]
