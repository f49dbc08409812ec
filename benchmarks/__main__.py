"""`make bench`: every measurement of issue 8, then BENCHMARKS.md and benchmarks-scale.svg.

    python -m benchmarks                 # everything (about 20 minutes on 2 cores)
    BENCH_QUICK=1 python -m benchmarks   # without the 10,000-insurer builds
    python -m benchmarks weight lighthouse   # only these steps; the others are taken from the last
                                              # run's results (.cache/bench/results.json)
    python -m benchmarks --report        # rewrite the document from the saved results only

Environment: BENCH_RUNS (default 5) timed runs per build; BENCH_RUNS_10K (default 2) for the
10,000-insurer builds, which take minutes each.
"""

from __future__ import annotations

import datetime
import json
import os
import shlex
import sys
import time
from pathlib import Path

from benchmarks import builds, machine, report
from benchmarks.project import ROOT, WORK, build_env, copy_project, mkdocs_build
from benchmarks.server import serve

RESULTS = WORK / "results.json"
STEPS = ("builds", "scale", "profile", "preview", "weight", "lighthouse", "latency")
LOOKUP_PAGE = "suis-je-concerne/"


def say(message: str) -> None:
    print(message, flush=True)


def _settings() -> dict:
    quick = os.environ.get("BENCH_QUICK", "") not in ("", "0")
    return {"runs": int(os.environ.get("BENCH_RUNS", "5")), "runs_10k": int(os.environ.get("BENCH_RUNS_10K", "2")),
            "quick": quick, "sizes": builds.SCALE_SIZES[:-1] if quick else builds.SCALE_SIZES,
            "lighthouse_runs": 3, "preview_runs": int(os.environ.get("BENCH_RUNS", "5"))}


def _real_site() -> Path:
    """The real site as the first step built it; built once here if that step did not run."""
    site = WORK / "out" / "site"
    if not (site / "index.html").exists():
        project = copy_project("site")
        builds.run_timed(mkdocs_build(project, site), cwd=project, env=build_env(), log=WORK / "site.log")
    return site


def step_builds(settings: dict, results: dict) -> None:
    say(f"1. Cold builds, real site and baseline, {settings['runs']} runs each")
    results["builds"] = builds.build_cost(settings["runs"], say)


def step_scale(settings: dict, results: dict) -> None:
    sizes = settings["sizes"]
    say(f"2. Scale: {', '.join(map(str, sizes))} synthetic insurers")
    results["scale"] = builds.scale(sizes, lambda n: settings["runs_10k"] if n >= 10_000 else settings["runs"], say)
    results["scale_per_page_ms"] = {"wall": builds.per_generated_page(results["scale"], "wall_s"),
                                    "cpu": builds.per_generated_page(results["scale"], "cpu_s")}
    big = WORK / "out" / f"scale-{max(sizes)}"
    from benchmarks.weight import file_sizes, search_index_sizes
    results["search_at_scale"] = {"insurers": max(sizes), "index": search_index_sizes(big),
                                  "lookup": {"fr": file_sizes(big, "lookup/insurers.json"),
                                             "en": file_sizes(big, "en/lookup/insurers.json")}}


def step_profile(settings: dict, results: dict) -> None:
    from benchmarks.profiling import difference, phases, profile_build

    say("   cProfile: the real site, and 100 against 1,000 synthetic insurers")
    out = {}
    project = WORK / "site" if (WORK / "site").exists() else copy_project("site")
    builds.clear_generated(project)
    site_profile = profile_build(mkdocs_build(project, WORK / "out" / "profile-site"), WORK / "site.prof",
                                 cwd=project, env=build_env())
    out["site"] = phases(site_profile)
    scale_project = WORK / "scale" if (WORK / "scale").exists() else copy_project("scale")
    profiles = {}
    for count in (100, 1_000):
        data = builds.synthetic_data(scale_project, count)
        builds.clear_generated(scale_project)
        output = WORK / "out" / f"profile-{count}"
        profiles[count] = phases(profile_build(mkdocs_build(scale_project, output), WORK / f"scale-{count}.prof",
                                               cwd=scale_project, env=build_env(SITE_DATA_DIR=str(data))))
    added = 2 * (1_000 - 100)
    out["per_page_ms"] = difference(profiles[1_000], profiles[100], added)
    out["sizes"] = {"small": 100, "large": 1_000, "added_pages": added}
    results["profile"] = out


def step_preview(settings: dict, results: dict) -> None:
    from benchmarks.preview import preview

    say(f"3. Preview: {settings['preview_runs']} one-page edits under make serve, then make serve-fr")
    results["preview"] = preview(settings["preview_runs"], say, "serve")
    results["preview_fr"] = preview(settings["preview_runs"], say, "serve-fr")


def step_weight(settings: dict, results: dict) -> None:
    from benchmarks.weight import file_sizes, page_weights, search_index_sizes

    site = _real_site()
    say("4. Page weight in Chromium (every page, first view, gzip server)")
    with serve(site) as base_url:
        results["weight"] = page_weights(site, base_url, say)
    say("5. Search index")
    results["search"] = {"index": search_index_sizes(site),
                         "lookup": {"fr": file_sizes(site, "lookup/insurers.json"),
                                    "en": file_sizes(site, "en/lookup/insurers.json")}}


def step_lighthouse(settings: dict, results: dict) -> None:
    from benchmarks.lighthouse import lighthouse, version

    site = _real_site()
    say(f"6. Lighthouse {version()}, mobile, {settings['lighthouse_runs']} runs per page")
    with serve(site) as base_url:
        results["lighthouse"] = {"version": version(), "runs": settings["lighthouse_runs"],
                                 "pages": lighthouse(base_url, settings["lighthouse_runs"], say)}


def step_latency(settings: dict, results: dict) -> None:
    from benchmarks.latency import keystroke_latency

    say("7. Lookup keystroke latency, 10,000 synthetic insurers")
    big = WORK / "out" / "scale-10000"
    if (big / LOOKUP_PAGE / "index.html").exists():
        site, lookup, how = big, None, "the 10,000-insurer build (its table and its lookup data)"
    else:  # BENCH_QUICK: the real site, with the lookup data of 10,000 synthetic insurers served instead
        site, how = _real_site(), "the real site, its lookup data replaced by that of 10,000 synthetic insurers"
        lookup = _synthetic_lookup(10_000)
    with serve(site) as base_url:
        out = keystroke_latency(base_url + LOOKUP_PAGE, 10_000, say, lookup)
    out["setup"] = how
    results["latency"] = out


def _synthetic_lookup(count: int) -> str:
    from factbase.data.dataset import load_dataset
    from factbase.render.lookup import lookup_json

    project = WORK / "scale" if (WORK / "scale").exists() else copy_project("scale")
    dataset = load_dataset(builds.synthetic_data(project, count))
    return lookup_json(dataset.insurers.listed, dataset.sources, dataset.lookup, "fr")


def main(argv: list[str]) -> int:
    settings = _settings()
    WORK.mkdir(parents=True, exist_ok=True)
    if argv == ["--report"]:
        results = json.loads(RESULTS.read_text(encoding="utf-8"))
    else:
        steps = argv or list(STEPS)
        unknown = set(steps) - set(STEPS)
        if unknown:
            print(f"unknown steps: {', '.join(sorted(unknown))}; the steps are {', '.join(STEPS)}", file=sys.stderr)
            return 2
        results = json.loads(RESULTS.read_text(encoding="utf-8")) if argv and RESULTS.exists() else {}
        results["meta"] = {**machine.describe(), "settings": settings,
                           "command": os.environ.get("BENCH_COMMAND") or "python -m benchmarks " + shlex.join(argv),
                           "steps": steps if argv else "all",
                           "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")}
        started = time.monotonic()
        for step in steps:
            globals()[f"step_{step}"](settings, results)
            RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
        results["meta"]["duration_s"] = round(time.monotonic() - started)
        RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    report.write(results, ROOT)
    say(f"wrote {ROOT / report.DOCUMENT} and {ROOT / report.CHART}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
