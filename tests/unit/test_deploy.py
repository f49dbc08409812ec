"""The deploy workflow and DEPLOY.md say what the issue asks, so that a later edit cannot quietly
drop the tests before publishing, a pin, or the security.txt folder."""

import re

import yaml

from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps(job: dict) -> list[dict]:
    return job.get("steps", [])


def test_every_action_is_pinned_to_a_commit():
    uses = re.findall(r"uses:\s*(\S+)", WORKFLOW.read_text(encoding="utf-8"))
    assert uses and all(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action) for action in uses), uses


def test_tests_run_on_debian_before_anything_is_published():
    jobs = workflow()["jobs"]
    test = jobs["test"]
    assert test["container"].startswith("debian:")
    runs = [step.get("run", "") for step in steps(test)]
    assert ".ci/run" in runs and "make build" in runs
    assert runs.index(".ci/run") < runs.index("make build")
    upload = next(step for step in steps(test) if "upload-pages-artifact" in step.get("uses", ""))
    assert upload["with"] == {"path": "site", "include-hidden-files": True}
    deploy = jobs["deploy"]
    assert deploy["needs"] == "test" and "refs/heads/main" in deploy["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert workflow()["permissions"] == {"contents": "read"}


def test_publishing_happens_only_for_main():
    for step in steps(workflow()["jobs"]["test"]):
        if step.get("run") == "make build" or "pages" in step.get("uses", ""):
            assert "refs/heads/main" in step["if"] and "push" in step["if"], step


def test_deploy_guide_covers_what_operators_need():
    guide = (ROOT / "DEPLOY.md").read_text(encoding="utf-8")
    for topic in ("SITE_URL", "_headers", "immutable", "max-age", "site.js", "security.txt", "traffic"):
        assert topic in guide, topic
