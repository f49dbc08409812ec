"""1. The build cost of our hooks against the bare Material + static-i18n build of the same pages.
2. Scale: builds with 1, 100, 1,000 and 10,000 synthetic insurers in both languages."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.project import (
    WORK,
    build_env,
    clear_generated,
    copy_project,
    mkdocs_build,
    write_baseline,
    write_generated_pages_as_markdown,
)
from benchmarks.timing import Run, run_timed, runs_summary

Say = Callable[[str], None]


def _output(name: str) -> Path:
    path = WORK / "out" / name
    shutil.rmtree(path, ignore_errors=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _say_run(say: Say, label: str, run: Run) -> None:
    say(f"  {label}: {run.wall_s:.2f} s wall, {run.cpu_s:.2f} s CPU, {run.peak_mb:.0f} MB, load {run.load:.2f}")


def build_cost(runs: int, say: Say) -> dict:
    """Cold builds of the real site and of the baseline, alternated so that both see the same load;
    the ratio of each pair is taken too."""
    site = copy_project("site")
    baseline = copy_project("baseline")
    baseline_config = write_baseline(baseline)
    env = build_env()
    # The fair baseline builds the same pages: the generated ones too, as plain Markdown, taken from
    # one untimed build of the real site (issue 18: the ratio must not count the pages themselves).
    run_timed(mkdocs_build(site, _output("site"), "mkdocs.yml", True), cwd=site, env=env, log=WORK / "site.log")
    say(f"baseline: {write_generated_pages_as_markdown(WORK / 'out' / 'site', baseline)} generated pages as Markdown")
    ours: list[Run] = []
    bare: list[Run] = []
    for number in range(runs):
        # Alternate which one goes first, so that neither always follows the other.
        order = [("site", site, "mkdocs.yml", True), ("baseline", baseline, baseline_config, False)]
        for name, project, config, strict in order if number % 2 == 0 else reversed(order):
            # The baseline's copies of the generated pages are its input: only its caches go.
            clear_generated(project, keep_pages=name == "baseline")
            run = run_timed(mkdocs_build(project, _output(name), config, strict), cwd=project, env=env,
                            log=WORK / f"{name}.log")
            (ours if name == "site" else bare).append(run)
            _say_run(say, f"{name} run {number + 1}", run)
    pages = {name: _count_pages(WORK / "out" / name) for name in ("site", "baseline")}
    return {
        "site": runs_summary(ours), "baseline": runs_summary(bare), "pages": pages,
        "pair_ratios_wall": [round(a.wall_s / b.wall_s, 3) for a, b in zip(ours, bare, strict=True)],
        "pair_ratios_cpu": [round(a.cpu_s / b.cpu_s, 3) for a, b in zip(ours, bare, strict=True)],
    }


def _count_pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html"))


SCALE_SIZES = (1, 100, 1_000, 10_000)


def synthetic_data(project: Path, count: int) -> Path:
    folder = project / ".cache" / f"synthetic-{count}"
    if not (folder / "insurers.yaml").exists():
        run_timed([sys.executable, "scripts/synthetic_data.py", str(count), str(folder)], cwd=project)
    return folder


def scale(sizes: tuple[int, ...], runs_for: Callable[[int], int], say: Say) -> dict:
    """Builds at each size, round-robin so that the machine's load spreads over every size. The
    10,000 site of the last run is kept for the search-index and lookup measurements."""
    project = copy_project("scale")
    data = {count: synthetic_data(project, count) for count in sizes}
    results: dict[int, list[Run]] = {count: [] for count in sizes}
    pages: dict[int, int] = {}
    for number in range(max(runs_for(count) for count in sizes)):
        for count in sizes:
            if number >= runs_for(count):
                continue
            clear_generated(project)
            output = _output(f"scale-{count}")
            run = run_timed(mkdocs_build(project, output), cwd=project,
                            env=build_env(SITE_DATA_DIR=str(data[count])), log=WORK / f"scale-{count}.log")
            results[count].append(run)
            pages[count] = _count_pages(output)
            _say_run(say, f"{count} insurers, run {number + 1}", run)
    return {str(count): {**runs_summary(results[count]), "html_pages": pages[count]} for count in sizes}


def per_generated_page(scale_results: dict, key: str = "wall_s") -> dict[str, float]:
    """Milliseconds per generated insurer page at each size: the time above the 1-insurer build,
    divided by the pages added (one per insurer and language). Medians of each size."""
    reference = scale_results["1"]
    out = {}
    for size, result in scale_results.items():
        count = int(size)
        if count <= 1:
            continue
        added_pages = result["html_pages"] - reference["html_pages"]
        out[size] = 1000 * (result[key]["median"] - reference[key]["median"]) / added_pages
    return out
