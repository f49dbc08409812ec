"""`make build` (scripts/build.py): reproducible, and atomic. Two builds of one commit, in other
folders, with another hash seed and time zone, are byte-identical; a failed build, whatever stops
it, leaves the previous site/ byte for byte."""

import datetime as dt
import hashlib
import re
import shutil

import pytest

from tests.builds import EPOCH, run_build_script, tree_hash
from tests.conftest import project_copy


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    """The project copied elsewhere and built by scripts/build.py, in another process environment."""
    project = project_copy(tmp_path_factory.mktemp("elsewhere") / "another" / "project")
    result = run_build_script(project, env={"PYTHONHASHSEED": "12345", "TZ": "Pacific/Kiritimati"})
    assert result.returncode == 0, result.stderr[-3000:]
    return project


def file_hashes(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file()}


def test_two_builds_of_one_commit_are_byte_identical(site_dir, rebuilt):
    first, second = file_hashes(site_dir), file_hashes(rebuilt / "site")
    differ = sorted(path for path in first.keys() | second.keys() if first.get(path) != second.get(path))
    assert not differ, f"these files differ between two builds: {differ[:20]}"
    assert tree_hash(site_dir) == tree_hash(rebuilt / "site")


def test_dates_come_from_source_date_epoch(rebuilt):
    sitemap = (rebuilt / "site" / "sitemap.xml").read_text(encoding="utf-8")
    dates = set(re.findall(r"<lastmod>([^<]+)</lastmod>", sitemap))
    assert dates == {dt.datetime.fromtimestamp(int(EPOCH), dt.UTC).date().isoformat()}


def test_no_temporary_folder_is_left(rebuilt):
    assert [p.name for p in rebuilt.iterdir() if p.name.startswith(".build-")] == []


CRASHING_HOOK = '''
from mkdocs.plugins import event_priority


@event_priority(-1000)  # the very last thing, once every page of every language is written
def on_post_build(*, config):
    raise RuntimeError("a hook crashed at the end of the build")
'''


def break_data(project):
    sources = project / "data" / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8").replace("sources:", "sources: [", 1), encoding="utf-8")


def break_link(project):
    page = project / "docs" / "index.fr.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[Lien](nulle-part.md)\n", encoding="utf-8")


def crash_a_hook(project):
    (project / "hooks" / "crash.py").write_text(CRASHING_HOOK, encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("hooks:\n", "hooks:\n  - hooks/crash.py\n", 1),
                      encoding="utf-8")


@pytest.mark.parametrize("breakage", [break_data, break_link, crash_a_hook])
def test_a_failed_build_leaves_the_previous_site_byte_for_byte(tmp_path, rebuilt, breakage):
    project = tmp_path / "project"
    shutil.copytree(rebuilt, project)
    before = tree_hash(project / "site")
    breakage(project)
    result = run_build_script(project)
    assert result.returncode != 0
    assert "was left as it was" in result.stderr
    assert tree_hash(project / "site") == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".build-")] == []
