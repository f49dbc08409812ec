"""BENCHMARKS.md and the scale chart, from the results of one `make bench` run.

The chart is a small SVG written here from the numbers (four points and two lines): a plotting
library would add a pinned dependency tree for that, and its output would change with its version.
"""

from __future__ import annotations

import math
from pathlib import Path

DOCUMENT = "BENCHMARKS.md"
CHART = "benchmarks-scale.svg"
CHANGES = Path("benchmarks") / "changes.md"
KB = 1024

GOALS = {
    "ratio": 1.15, "page_ms": 5.0, "flat": 0.20, "10k_s": 100.0, "1k_s": 12.0, "preview_s": 2.0, "preview_share": 0.25,
    "home_kb": 90.0, "first_view_kb": 70.0, "index_kb": 80.0, "lighthouse": 100, "latency_ms": 16.0,
}


def _kb(value: float) -> str:
    return f"{value / KB:.1f}"


def _s(summary: dict, digits: int = 2) -> str:
    return f"{summary['median']:.{digits}f} ({summary['min']:.{digits}f}–{summary['max']:.{digits}f})"


def _met(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "**not met**")


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


# Summary


def summary_rows(results: dict) -> list[list[str]]:
    rows = []
    b = results.get("builds")
    if b:
        ratio = b["site"]["wall_s"]["median"] / b["baseline"]["wall_s"]["median"]
        cpu = b["site"]["cpu_s"]["median"] / b["baseline"]["cpu_s"]["median"]
        rows.append(["1. Cold build, real site ÷ bare Material + static-i18n", f"≤ {GOALS['ratio']}×",
                     f"{ratio:.2f}× wall, {cpu:.2f}× CPU ({b['site']['wall_s']['median']:.2f} s ÷ "
                     f"{b['baseline']['wall_s']['median']:.2f} s)", _met(ratio <= GOALS["ratio"])])
    per_page = results.get("scale_per_page_ms", {}).get("cpu")
    scale = results.get("scale")
    if per_page and scale:
        worst = max(per_page.values())
        rows.append(["2. Cost of one generated insurer page (CPU, above the 1-insurer build)",
                     f"≤ {GOALS['page_ms']:.0f} ms",
                     ", ".join(f"{int(size):,}: {ms:.1f} ms" for size, ms in per_page.items()),
                     _met(worst <= GOALS["page_ms"])])
        values = list(per_page.values())
        middle = sorted(values)[len(values) // 2]
        spread = max(abs(value - middle) / middle for value in values)
        rows.append(["2. Linear: cost per page flat across sizes", f"± {GOALS['flat']:.0%}",
                     f"± {spread:.0%} around {middle:.1f} ms", _met(spread <= GOALS["flat"])])
        for size, goal in (("1000", "1k_s"), ("10000", "10k_s")):
            if size in scale:
                wall = scale[size]["wall_s"]["median"]
                rows.append([f"2. Build with {int(size):,} insurers × 2 languages (wall)", f"< {GOALS[goal]:.0f} s",
                             f"{wall:.1f} s", _met(wall < GOALS[goal])])
    p = results.get("preview")
    if p:
        rows.append(["3. Preview: one-page edit to page served by `make serve`", f"< {GOALS['preview_s']:.0f} s",
                     f"{p['edit_s']['median']:.2f} s", _met(p["edit_s"]["median"] < GOALS["preview_s"])])
        if "share_of_cold" in p:
            rows.append(["3. Preview: that edit as a share of a cold build (same run)",
                         f"≤ {GOALS['preview_share']:.0%}", f"{p['share_of_cold']:.0%}",
                         _met(p["share_of_cold"] <= GOALS["preview_share"])])
    fr = results.get("preview_fr")
    if fr:
        rows.append(["3. Preview, French only: `make serve-fr`", f"< {GOALS['preview_s']:.0f} s",
                     f"{fr['edit_s']['median']:.2f} s", _met(fr["edit_s"]["median"] < GOALS["preview_s"])])
    w = results.get("weight")
    if w and "kinds" in w:  # issue 18: every kind of public page, its heaviest page in either language
        for kind, page in w["kinds"].items():
            rows.append([f"4. First view, compressed, until network idle: {kind} (heaviest: /{page['path']})",
                         f"≤ {GOALS['first_view_kb']:.0f} KB", f"{_kb(page['body'])} KB",
                         _met(page["body"] <= GOALS["first_view_kb"] * KB)])
    elif w:
        home = w["home"]["body"]
        rows.append(["4. Home page, first view, compressed bytes until network idle", f"≤ {GOALS['home_kb']:.0f} KB",
                     f"{_kb(home)} KB", _met(home <= GOALS["home_kb"] * KB)])
    s = results.get("search")
    if s:
        worst = max(entry["gzip"] for name, entry in s["index"].items() if name != "search_index.json")
        sizes = ", ".join(f"{name.split('.')[1]} {_kb(entry['gzip'])} KB" for name, entry in s["index"].items()
                          if name != "search_index.json")
        rows.append(["5. Search index per language, gzip", f"≤ {GOALS['index_kb']:.0f} KB", sizes,
                     _met(worst <= GOALS["index_kb"] * KB)])
    big = results.get("search_at_scale")
    if big:
        worst = max(entry["gzip"] for name, entry in big["index"].items() if name != "search_index.json")
        rows.append([f"5. Search index with {big['insurers']:,} insurers, gzip", f"≤ {GOALS['index_kb']:.0f} KB",
                     f"{_kb(worst)} KB (larger language)", _met(worst <= GOALS["index_kb"] * KB)])
    lh = results.get("lighthouse")
    if lh:
        for label, page in lh["pages"].items():
            m = page["median"]
            scores = " / ".join(f"{m[name]:.0f}" for name in ("performance", "accessibility", "best-practices", "seo"))
            rows.append([f"6. Lighthouse mobile, {label} ({page['path']}): perf / a11y / BP / SEO",
                         "100 / 100 / 100 / 100", scores,
                         _met(all(value >= GOALS["lighthouse"] for value in m.values()))])
    lat = results.get("latency")
    if lat:
        rows.append([f"7. Lookup, keystroke to result laid out, {lat['insurers']:,} insurers (median; p95)",
                     f"≤ {GOALS['latency_ms']:.0f} ms",
                     f"{lat['laid_out']['median']:.1f} ms; {lat['laid_out']['p95']:.1f} ms",
                     _met(lat["laid_out"]["p95"] <= GOALS["latency_ms"])])
        rows.append(["7. Lookup, keystroke to next frame (includes the wait for the display's frame)",
                     "(for information)", f"{lat['frame']['median']:.1f} ms; {lat['frame']['p95']:.1f} ms", "—"])
    return rows


# Sections


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
        rows.append([label, *(_kb(page["by_kind"][kind]) for kind in kinds), f"**{_kb(page['body'])}**",
                     str(page["requests"]), _kb(page["headers"])])
    lines += _table(["Page", "HTML", "CSS", "JS", "Fonts", "Images", "Search", "Lookup data", "Other", "Total KB",
                     "Requests", "+ headers KB"], rows)
    if "kinds" in w:
        lines += [f"By kind of page: the heaviest page of each kind, in either language (goal: at most "
                  f"{GOALS['first_view_kb']:.0f} KB on every kind; `benchmarks/weight.py: page_kind`).", ""]
        rows = [[kind, f"/{page['path']}", str(page["pages"]), *(_kb(page["by_kind"][name]) for name in kinds),
                 f"**{_kb(page['body'])}**", str(page["requests"])] for kind, page in w["kinds"].items()]
        lines += _table(["Kind", "Heaviest page", "Pages", "HTML", "CSS", "JS", "Fonts", "Images", "Search",
                         "Lookup data", "Other", "Total KB", "Requests"], rows)
    for key, label in (("home_first_use", "the home page"), ("table_first_use", "/suis-je-concerne/")):
        use = w.get(key)
        if not use:
            continue
        parts = [f"first view {_kb(use['view']['body'])} KB"]
        if "lookup_focus" in use:
            parts.append(f"focusing the lookup field then fetches {_kb(use['lookup_focus']['body'])} KB "
                         f"({', '.join(f'{path} {_kb(size)} KB' for path, _, size in use['lookup_focus']['files'])})")
        parts.append(f"a first search query then fetches {_kb(use['search_query']['body'])} KB "
                     f"({', '.join(f'{path} {_kb(size)} KB' for path, _, size in use['search_query']['files'])})")
        lines += [f"On first use, on {label}: " + "; ".join(parts) + ".", ""]
    return lines


def _search(s: dict, results: dict) -> list[str]:
    lines = ["## 5. Search index", "",
             "`site/search/search_index.<lang>.json`, written per language by `hooks/search.py` from the one "
             "index static-i18n makes; gzip level 6. `search_index.json` is a stub kept for Material.", ""]
    rows = [[name, "real data", _kb(entry["raw"]), _kb(entry["gzip"])] for name, entry in s["index"].items()]
    big = results.get("search_at_scale")
    if big:
        rows += [[name, f"{big['insurers']:,} synthetic insurers", _kb(entry["raw"]), _kb(entry["gzip"])]
                 for name, entry in big["index"].items()]
    for lang, entry in s["lookup"].items():
        if entry:
            rows.append([f"lookup data ({lang})", "real data", _kb(entry["raw"]), _kb(entry["gzip"])])
    if big:
        for lang, entry in big["lookup"].items():
            if entry:
                rows.append([f"lookup data ({lang})", f"{big['insurers']:,} synthetic insurers", _kb(entry["raw"]),
                             _kb(entry["gzip"])])
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
                     _kb(page["total_byte_weight"]), ", ".join(page["failing"]) or "none"])
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


def chart(results: dict) -> str:
    """Total build time (left axis, log) and ms per generated page (right axis) against insurers (log)."""
    scale = results["scale"]
    per_page = results["scale_per_page_ms"]["cpu"]
    sizes = [int(size) for size in scale if int(size) > 1]
    wall = {size: scale[str(size)]["wall_s"]["median"] for size in sizes}
    width, height, left, right, top, bottom = 560, 310, 60, 60, 42, 50
    plot_w, plot_h = width - left - right, height - top - bottom
    x_lo, x_hi = math.log10(min(sizes)) - 0.15, math.log10(max(sizes)) + 0.15
    y_lo, y_hi = 0, math.ceil(max(wall.values()) / 10 ** math.floor(math.log10(max(wall.values())))) * \
        10 ** math.floor(math.log10(max(wall.values())))
    p_hi = max(10.0, math.ceil(max(per_page.values()) / 5) * 5)

    def x(size: int) -> float:
        return left + (math.log10(size) - x_lo) / (x_hi - x_lo) * plot_w

    def y(seconds: float) -> float:
        return top + plot_h - (seconds - y_lo) / (y_hi - y_lo) * plot_h

    def y_page(ms: float) -> float:
        return top + plot_h - ms / p_hi * plot_h

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" font-family="sans-serif" font-size="12" role="img" '
           'aria-labelledby="title"><title id="title">Build time (wall, median) and CPU cost per generated page '
           'against the number of synthetic insurers</title>',
           f'<rect width="{width}" height="{height}" fill="#fff"/>',
           f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#333"/>',
           f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#333"/>',
           f'<line x1="{left + plot_w}" y1="{top}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#333"/>']
    for i in range(5):
        seconds = y_lo + (y_hi - y_lo) * i / 4
        out.append(f'<line x1="{left}" y1="{y(seconds):.1f}" x2="{left + plot_w}" y2="{y(seconds):.1f}" '
                   'stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y(seconds) + 4:.1f}" text-anchor="end" fill="#283593">'
                   f'{seconds:g}</text>')
        ms = p_hi * i / 4
        out.append(f'<text x="{left + plot_w + 6}" y="{y_page(ms) + 4:.1f}" fill="#b71c1c">{ms:g}</text>')
    for size in sizes:
        out.append(f'<text x="{x(size):.1f}" y="{top + plot_h + 18}" text-anchor="middle">{size:,}</text>')
    goal = GOALS["page_ms"]
    out.append(f'<line x1="{left}" y1="{y_page(goal):.1f}" x2="{left + plot_w}" y2="{y_page(goal):.1f}" '
               'stroke="#b71c1c" stroke-dasharray="4 4"/>')
    out.append(f'<text x="{left + 6}" y="{y_page(goal) - 5:.1f}" fill="#b71c1c">goal: {goal:g} ms per page</text>')
    wall_points = " ".join(f"{x(s):.1f},{y(wall[s]):.1f}" for s in sizes)
    page_points = " ".join(f"{x(s):.1f},{y_page(per_page[str(s)]):.1f}" for s in sizes if str(s) in per_page)
    out.append(f'<polyline points="{wall_points}" fill="none" stroke="#283593" stroke-width="2"/>')
    out.append(f'<polyline points="{page_points}" fill="none" stroke="#b71c1c" stroke-width="2"/>')
    for s in sizes:
        wall_y = y(wall[s])
        page_y = y_page(per_page[str(s)]) if str(s) in per_page else wall_y + 100
        # Labels to the left of the points; of the two, the higher point's label goes above it.
        wall_dy, page_dy = (-8, 16) if wall_y <= page_y else (16, -8)
        out.append(f'<circle cx="{x(s):.1f}" cy="{wall_y:.1f}" r="4" fill="#283593"/>')
        out.append(f'<text x="{x(s) - 8:.1f}" y="{wall_y + wall_dy:.1f}" text-anchor="end" fill="#283593">'
                   f'{wall[s]:.1f} s</text>')
        if str(s) in per_page:
            out.append(f'<circle cx="{x(s):.1f}" cy="{page_y:.1f}" r="4" fill="#b71c1c"/>')
            out.append(f'<text x="{x(s) - 8:.1f}" y="{page_y + page_dy:.1f}" text-anchor="end" fill="#b71c1c">'
                       f'{per_page[str(s)]:.1f} ms</text>')
    out.append(f'<text x="{left + plot_w / 2}" y="{height - 10}" text-anchor="middle">synthetic insurers '
               '(log scale), 2 pages each</text>')
    out.append(f'<text x="{left}" y="16" fill="#283593">build, wall s (median)</text>')
    out.append(f'<text x="{left + plot_w}" y="16" text-anchor="end" fill="#b71c1c">CPU ms per generated '
               'page</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"  # every text in it is a number or a fixed label: nothing to escape


# The document

# Each section after the step whose results it reports (the key of that step in the results).
SECTIONS = (("builds", _builds), ("scale", _scale), ("profile", _profile), ("preview", _preview),
            ("weight", _weight), ("search", _search), ("lighthouse", _lighthouse), ("latency", _latency))


def render(results: dict, root: Path) -> str:
    lines = ["# Benchmarks", "",
             "<!-- Written by `make bench` (benchmarks/report.py); edit benchmarks/changes.md, not this file. -->",
             "", "Speed and size of the site, measured. The goals are those of issue 8. Goals live here, never in "
             "timed tests.", ""]
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

