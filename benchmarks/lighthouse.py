"""6. Lighthouse (the npm package pinned in benchmarks/package-lock.json) on Debian's Chromium.

Mobile form factor (Lighthouse's default: a mid-range phone, simulated slow 4G), against the local
gzip server, with every other host unreachable. Each page runs 3 times; the report gives the median
score per category and the spread.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
from collections.abc import Callable
from pathlib import Path

from benchmarks.project import ROOT, WORK

LIGHTHOUSE = ROOT / "benchmarks" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = "--headless=new --no-sandbox --host-resolver-rules='MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'"
# The five page kinds of issue 18, item 5. The insurer page is one generated page (every insurer
# page comes from one template); Alan is in the real data and sorts first.
PAGES = {"home": "", "FAQ": "faq/", "lookup page": "suis-je-concerne/", "insurer page": "assureurs/alan/",
         "letter page": "lettre-rgpd/"}


def version() -> str:
    package = ROOT / "benchmarks" / "node_modules" / "lighthouse" / "package.json"
    return json.loads(package.read_text(encoding="utf-8"))["version"]


def run_once(url: str, output: Path) -> dict:
    env = {**os.environ, "CHROME_PATH": "/usr/bin/chromium"}
    command = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={output}",
               f"--chrome-flags={CHROME_FLAGS}", "--only-categories=" + ",".join(CATEGORIES)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0 or not output.exists():
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    report = json.loads(output.read_text(encoding="utf-8"))
    scores = {name: round(100 * (report["categories"][name]["score"] or 0)) for name in CATEGORIES}
    failing = sorted({audit_id for name in CATEGORIES
                      for audit_id in _failing(report, name)})
    return {"scores": scores, "failing": failing,
            "total_byte_weight": report["audits"]["total-byte-weight"]["numericValue"],
            "lcp_ms": report["audits"]["largest-contentful-paint"]["numericValue"],
            "fcp_ms": report["audits"]["first-contentful-paint"]["numericValue"],
            "tbt_ms": report["audits"]["total-blocking-time"]["numericValue"],
            "cls": report["audits"]["cumulative-layout-shift"]["numericValue"]}


def _failing(report: dict, category: str) -> list[str]:
    out = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
            out.append(f"{category}:{ref['id']}")
    return out


def lighthouse(base_url: str, runs: int, say: Callable[[str], None]) -> dict:
    folder = WORK / "lighthouse"
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for label, path in PAGES.items():
        results = []
        for number in range(runs):
            result = run_once(base_url + path, folder / f"{label.replace(' ', '-')}-{number}.json")
            results.append(result)
            say(f"  {label} run {number + 1}: {result['scores']}")
        out[label] = {
            "path": "/" + path,
            "median": {name: statistics.median(r["scores"][name] for r in results) for name in CATEGORIES},
            "min": {name: min(r["scores"][name] for r in results) for name in CATEGORIES},
            "max": {name: max(r["scores"][name] for r in results) for name in CATEGORIES},
            "lcp_ms": statistics.median(r["lcp_ms"] for r in results),
            "fcp_ms": statistics.median(r["fcp_ms"] for r in results),
            "tbt_ms": statistics.median(r["tbt_ms"] for r in results),
            "total_byte_weight": statistics.median(r["total_byte_weight"] for r in results),
            "failing": sorted({item for r in results for item in r["failing"]}),
        }
    return out
