"""BENCHMARKS.md and the scale chart (benchmarks/chart.py), from the results of one `make bench` run;
the goals and the summary table are in benchmarks/summary.py."""

from __future__ import annotations

from pathlib import Path

from benchmarks.chart import chart
from benchmarks.summary import GOALS, kb, summary_rows

DOCUMENT = "BENCHMARKS.md"
CHART = "benchmarks-scale.svg"
CHANGES = Path("benchmarks") / "changes.md"


def _s(summary: dict, digits: int = 2) -> str:
    return f"{summary['median']:.{digits}f} ({summary['min']:.{digits}f}–{summary['max']:.{digits}f})"




def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]



def _meta(results: dict) -> list[str]:
    m = results["meta"]
    s = m["settings"]
    packages = ", ".join(f"{name} {version}" for name, version in m["packages"].items())
    lines = [
        f"- **Date**: {m['date']}, commit `{m['commit']}`{' (with uncommitted changes)' if m['dirty'] else ''}; "
        f"the whole run took {m.get('duration_s', 0) / 60:.0f} min.",
        f"- **Command**: `{m['command']}`" + (" (BENCH_QUICK: no 10,000-insurer builds)" if s["quick"] else ""),
        f"- **Machine**: {m['cores']} cores ({m['cpu']}), {m['memory_gb']} GB, {m['os']}; shared with other "
        f"work (1/5/15-minute load at the start: {', '.join(map(str, m['load_at_start']))}).",
        f"- **Python** {m['python']}: {packages}.",
        f"- **Browser**: {m['chromium']} (headless); Node {m['node']}"
        + (f"; Lighthouse {results['lighthouse']['version']}" if results.get("lighthouse") else "") + ".",
        f"- **Runs**: every build timing is the median of {s['runs']} cold runs (min–max in brackets), "
        f"except the 10,000-insurer builds: {s['runs_10k']} runs, because each takes minutes. "
        "Wall time is what a maintainer waits; CPU time (user + system of the build process) is what "
        "the code costs, and moves less with the machine's other load.",
    ]
    if m.get("steps") != "all":
        lines.append(f"- **Partial run**: only {', '.join(m['steps'])} were measured by this command; the other "
                     "figures come from the previous run's saved results.")
    return [*lines, ""]


def _builds(b: dict, results: dict) -> list[str]:
    lines = ["## 1. Build cost of our hooks", "",
             "A cold `mkdocs build` (generated pages and Jinja cache removed first) of the real site in both "
             "languages, and of the **baseline**: the same pages built by bare Material with the same Markdown "
             "extensions, plugins (search, static-i18n) and theme features, but without `hooks:` (so no "
             "citations, data files or checks), without `overrides/` and without our stylesheets "
             "(`benchmarks/project.py: baseline_config`). The generated insurer pages are in the baseline too, "
             "written out as plain Markdown from an untimed build of the real site "
             "(`write_generated_pages_as_markdown`), so that the ratio compares the cost of our hooks, not "
             "the number of pages. The two builds alternate within one run, so that both see the same load.", ""]
    rows = []
    for name, label in (("site", "Real site"), ("baseline", "Baseline")):
        r = b[name]
        rows.append([label, str(b["pages"][name]), _s(r["wall_s"]), _s(r["cpu_s"]), f"{r['peak_mb']['median']:.0f}"])
    lines += _table(["Build", "HTML pages", "Wall s, median (min–max)", "CPU s", "Peak MB"], rows)
    ratios = b["pair_ratios_wall"]
    lines += [f"Ratio of medians: **{b['site']['wall_s']['median'] / b['baseline']['wall_s']['median']:.2f}×** wall, "
              f"{b['site']['cpu_s']['median'] / b['baseline']['cpu_s']['median']:.2f}× CPU. "
              f"Ratio within each pair (wall): {', '.join(f'{r:.2f}' for r in ratios)}.", ""]
    return lines


def _scale(scale: dict, results: dict) -> list[str]:
    per_wall = results["scale_per_page_ms"]["wall"]
    per_cpu = results["scale_per_page_ms"]["cpu"]
    lines = ["## 2. Scale: synthetic insurers × 2 languages", "",
             "`scripts/synthetic_data.py N` writes N made-up insurers (with the real sources, timeline and "
             "updates); the build reads them through `SITE_DATA_DIR`, as `make build-synthetic N=...` does. "
             "Each insurer adds one page per language. The cost of a generated page is the time above the "
             "1-insurer build, divided by the pages added.", "",
             f"![Build time and cost per page against the number of insurers]({CHART})", ""]
    rows = []
    for size, r in scale.items():
        rows.append([f"{int(size):,}", f"{r['html_pages']:,}", _s(r["wall_s"], 1), _s(r["cpu_s"], 1),
                     f"{per_wall[size]:.1f}" if size in per_wall else "—",
                     f"{per_cpu[size]:.1f}" if size in per_cpu else "—", f"{r['peak_mb']['median']:.0f}",
                     str(r["wall_s"]["n"])])
    lines += _table(["Insurers", "HTML pages", "Wall s", "CPU s", "ms / generated page (wall)",
                     "ms / generated page (CPU)", "Peak MB", "Runs"], rows)
    return lines


def _profile(p: dict, results: dict) -> list[str]:
    lines = ["### Where the time goes (cProfile)", "",
             "One profiled build of each. cProfile slows Python-heavy code most, so these are profiled "
             "milliseconds (larger than the plain timings above); compare the shares, not the absolute "
             "figures. `benchmarks/profiling.py` cuts the profile into phases that do not overlap.", ""]
    site = p["site"]
    total = site["Total"]
    per_page = p["per_page_ms"]
    page_total = per_page.get("Total", 0)
    rows = []
    for label in [key for key in site if key != "Total"]:
        rows.append([label, f"{site[label]:.2f}", f"{site[label] / total:.0%}",
                     f"{per_page.get(label, 0):.2f}",
                     f"{per_page.get(label, 0) / page_total:.0%}" if page_total else ""])
    for label in [key for key in per_page if key not in site]:
        rows.append([label, "—", "—", f"{per_page[label]:.2f}", f"{per_page[label] / page_total:.0%}"])
    rows.append(["**Total**", f"{total:.2f}", "100%", f"{page_total:.2f}", "100%"])
    sizes = p["sizes"]
    lines += _table(["Phase", "Real site: profiled s", "share",
                     f"Per generated page: profiled ms ({sizes['large']:,} − {sizes['small']:,} insurers)", "share"],
                    rows)
    return lines


def _preview(p: dict, results: dict) -> list[str]:
    lines = ["## 3. Preview rebuild", "",
            f"`{p['command']}` runs in a copy of the project on a free port. The clock starts when "
            "`docs/faq.fr.md` is saved with a new paragraph and stops when the server returns `/faq/` with "
            "that paragraph (MkDocs' dev server holds requests while it rebuilds, so that is when live reload "
            f"shows the change). `make serve` answered its first request after {p['startup_s']:.1f} s. "
            "The first edit is a warm-up and not counted.", "",
            f"One-page edit to updated page: **{_s(p['edit_s'])} s** over {p['edit_s']['n']} edits "
            f"(each: {', '.join(f'{t:.2f}' for t in p['runs'])} s).", ""]
    if "cold_build_s" in p:
        lines += [f"Cold build of the same copy, in the same run: **{_s(p['cold_build_s'])} s** (each: "
                  f"{', '.join(f'{t:.2f}' for t in p['cold_runs'])} s); the edit takes "
                  f"**{p['share_of_cold']:.0%}** of it (medians). The edits alternate between `docs/faq.fr.md` "
                  "and `docs/faq.en.md` (`/faq/`, `/en/faq/`); `make serve` rebuilds only the edited page "
                  "(`hooks/preview.py`).", ""]
    if "data_edit_s" in p:
        lines += [f"Data edit (`data/insurers.yaml`, which rebuilds every page) to both languages' insurer page "
                  f"served: **{_s(p['data_edit_s'])} s** (each: {', '.join(f'{t:.2f}' for t in p['data_runs'])} s).",
                  ""]
    fr = results.get("preview_fr")
    if fr:
        lines += [f"`{fr['command']}` (French pages only, `SITE_BUILD_EN=false`): **{_s(fr['edit_s'])} s** over "
                  f"{fr['edit_s']['n']} edits (each: {', '.join(f'{t:.2f}' for t in fr['runs'])} s).", ""]
    return lines


def _weight(w: dict, results: dict) -> list[str]:
    kinds = ("html", "css", "js", "fonts", "images", "search", "lookup", "other")
    lines = ["## 4. Page weight", "",
             "Each page of the real site opened in Chromium with an empty cache (a fresh context, mobile "
             "viewport), from `benchmarks/server.py`, a local static server that gzips text as GitHub Pages "
             "does, until the network is idle for 500 ms. Bytes are the compressed response bodies from "
             "Chromium's network events (Playwright's `request.sizes()`), the page's and its workers'. "
             "KB = 1,024 bytes. The heaviest three are the heaviest pages of the whole site.", ""]
    rows = []
    pages = [("/ (home)", w["home"])] + [(f"/{path}", page) for path, page in w["heaviest"].items()]
    for label, page in pages:
        rows.append([label, *(kb(page["by_kind"][kind]) for kind in kinds), f"**{kb(page['body'])}**",
                     str(page["requests"]), kb(page["headers"])])
    lines += _table(["Page", "HTML", "CSS", "JS", "Fonts", "Images", "Search", "Lookup data", "Other", "Total KB",
                     "Requests", "+ headers KB"], rows)
    if "kinds" in w:
        lines += [f"By kind of page: the heaviest page of each kind, in either language (goal: at most "
                  f"{GOALS['first_view_kb']:.0f} KB on every kind; `benchmarks/weight.py: page_kind`).", ""]
        rows = [[kind, f"/{page['path']}", str(page["pages"]), *(kb(page["by_kind"][name]) for name in kinds),
                 f"**{kb(page['body'])}**", str(page["requests"])] for kind, page in w["kinds"].items()]
        lines += _table(["Kind", "Heaviest page", "Pages", "HTML", "CSS", "JS", "Fonts", "Images", "Search",
                         "Lookup data", "Other", "Total KB", "Requests"], rows)
    for key, label in (("home_first_use", "the home page"), ("table_first_use", "/suis-je-concerne/")):
        use = w.get(key)
        if not use:
            continue
        parts = [f"first view {kb(use['view']['body'])} KB"]
        if "lookup_focus" in use:
            parts.append(f"focusing the lookup field then fetches {kb(use['lookup_focus']['body'])} KB "
                         f"({', '.join(f'{path} {kb(size)} KB' for path, _, size in use['lookup_focus']['files'])})")
        parts.append(f"a first search query then fetches {kb(use['search_query']['body'])} KB "
                     f"({', '.join(f'{path} {kb(size)} KB' for path, _, size in use['search_query']['files'])})")
        lines += [f"On first use, on {label}: " + "; ".join(parts) + ".", ""]
    return lines


def _search(s: dict, results: dict) -> list[str]:
    lines = ["## 5. Search index", "",
             "`site/search/search_index.<lang>.json`, written per language by `hooks/search.py` from the one "
             "index static-i18n makes; gzip level 6. `search_index.json` is a stub kept for Material.", ""]
    rows = [[name, "real data", kb(entry["raw"]), kb(entry["gzip"])] for name, entry in s["index"].items()]
    big = results.get("search_at_scale")
    if big:
        rows += [[name, f"{big['insurers']:,} synthetic insurers", kb(entry["raw"]), kb(entry["gzip"])]
                 for name, entry in big["index"].items()]
    for lang, entry in s["lookup"].items():
        if entry:
            rows.append([f"lookup data ({lang})", "real data", kb(entry["raw"]), kb(entry["gzip"])])
    if big:
        for lang, entry in big["lookup"].items():
            if entry:
                rows.append([f"lookup data ({lang})", f"{big['insurers']:,} synthetic insurers", kb(entry["raw"]),
                             kb(entry["gzip"])])
    lines += _table(["File", "Data", "Raw KB", "gzip KB"], rows)
    return lines


def _lighthouse(lh: dict, results: dict) -> list[str]:
    lines = ["## 6. Lighthouse", "",
             f"Lighthouse {lh['version']} (npm, pinned in `benchmarks/package-lock.json`), mobile form factor "
             "(its default: simulated slow 4G and a 4× slower CPU), `CHROME_PATH=/usr/bin/chromium`, every host "
             f"but 127.0.0.1 unreachable, against the gzip server. Median of {lh['runs']} runs (min–max).", ""]
    rows = []
    for label, page in lh["pages"].items():
        rows.append([f"{label} ({page['path']})",
                     *(f"{page['median'][n]:.0f} ({page['min'][n]}–{page['max'][n]})"
                       for n in ("performance", "accessibility", "best-practices", "seo")),
                     f"{page['fcp_ms']:.0f}", f"{page['lcp_ms']:.0f}", f"{page['tbt_ms']:.0f}",
                     kb(page["total_byte_weight"]), ", ".join(page["failing"]) or "none"])
    lines += _table(["Page", "Performance", "Accessibility", "Best practices", "SEO", "FCP ms", "LCP ms",
                     "TBT ms", "Weight KB", "Audits below 1 in any run"], rows)
    return lines


def _latency(lat: dict, results: dict) -> list[str]:
    lines = ["## 7. Lookup latency", "",
             f"On {lat['setup']}: real keystrokes (Playwright's keyboard) typed into the lookup field of "
             "`/suis-je-concerne/` at a 412 px mobile viewport, each word new to the lookup's cache. Queries: "
             + ", ".join(f"`{q}`" for q in lat["queries"]) + f"; {lat['rounds']} rounds. Clock from the keydown "
             "event's timestamp (`benchmarks/latency.py`).", ""]
    rows = []
    for key, label in (("laid_out", "to result laid out (our code and layout)"),
                       ("frame", "to next frame (after the browser's paint opportunity)")):
        v = lat[key]
        rows.append([label, f"{v['median']:.1f}", f"{v['p95']:.1f}", f"{v['max']:.1f}", f"{v['within_16ms']:.0%}",
                     str(v["n"])])
    lines += _table(["Keystroke", "median ms", "p95 ms", "max ms", "≤ 16 ms", "keystrokes"], rows)
    return lines


# Chart


# The document

# Each section after the step whose results it reports (the key of that step in the results).
SECTIONS = (("builds", _builds), ("scale", _scale), ("profile", _profile), ("preview", _preview),
            ("weight", _weight), ("search", _search), ("lighthouse", _lighthouse), ("latency", _latency))


def render(results: dict, root: Path) -> str:
    lines = ["# Benchmarks", "",
             "<!-- Written by `make bench` (benchmarks/report.py); edit benchmarks/changes.md, not this file. -->",
             "", "Speed and size of the site, measured. The goals are those of issues 8 and 18. Goals live here, "
             "never in timed tests.", ""]
    lines += _meta(results)
    lines += ["## Summary", ""]
    lines += _table(["Measure", "Goal", "Measured", "Status"], summary_rows(results))
    for key, section in SECTIONS:
        if results.get(key):  # a step that was never measured has no section
            lines += section(results[key], results)
    changes = root / CHANGES
    if changes.exists():
        lines += [changes.read_text(encoding="utf-8").strip(), ""]
    return "\n".join(lines).rstrip() + "\n"


def write(results: dict, root: Path) -> None:
    (root / DOCUMENT).write_text(render(results, root), encoding="utf-8")
    if results.get("scale"):
        (root / CHART).write_text(chart(results), encoding="utf-8")

