"""The goals of `make bench` and the summary table of BENCHMARKS.md: each goal, what was measured, met or not."""

from __future__ import annotations

KB = 1024

GOALS = {
    "ratio": 1.15, "page_ms": 5.0, "flat": 0.20, "10k_s": 100.0, "1k_s": 12.0, "preview_s": 2.0, "preview_share": 0.25,
    "home_kb": 90.0, "first_view_kb": 70.0, "index_kb": 80.0, "lighthouse": 100, "latency_ms": 16.0,
}


def kb(value: float) -> str:
    return f"{value / KB:.1f}"


def met(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "**not met**")


def summary_rows(results: dict) -> list[list[str]]:
    rows = []
    b = results.get("builds")
    if b:
        ratio = b["site"]["wall_s"]["median"] / b["baseline"]["wall_s"]["median"]
        cpu = b["site"]["cpu_s"]["median"] / b["baseline"]["cpu_s"]["median"]
        rows.append(["1. Cold build, real site ÷ bare Material + static-i18n", f"≤ {GOALS['ratio']}×",
                     f"{ratio:.2f}× wall, {cpu:.2f}× CPU ({b['site']['wall_s']['median']:.2f} s ÷ "
                     f"{b['baseline']['wall_s']['median']:.2f} s)", met(ratio <= GOALS["ratio"])])
    per_page = results.get("scale_per_page_ms", {}).get("cpu")
    scale = results.get("scale")
    if per_page and scale:
        worst = max(per_page.values())
        rows.append(["2. Cost of one generated insurer page (CPU, above the 1-insurer build)",
                     f"≤ {GOALS['page_ms']:.0f} ms",
                     ", ".join(f"{int(size):,}: {ms:.1f} ms" for size, ms in per_page.items()),
                     met(worst <= GOALS["page_ms"])])
        values = list(per_page.values())
        middle = sorted(values)[len(values) // 2]
        spread = max(abs(value - middle) / middle for value in values)
        rows.append(["2. Linear: cost per page flat across sizes", f"± {GOALS['flat']:.0%}",
                     f"± {spread:.0%} around {middle:.1f} ms", met(spread <= GOALS["flat"])])
        for size, goal in (("1000", "1k_s"), ("10000", "10k_s")):
            if size in scale:
                wall = scale[size]["wall_s"]["median"]
                rows.append([f"2. Build with {int(size):,} insurers × 2 languages (wall)", f"< {GOALS[goal]:.0f} s",
                             f"{wall:.1f} s", met(wall < GOALS[goal])])
    p = results.get("preview")
    if p:
        rows.append(["3. Preview: one-page edit to page served by `make serve`", f"< {GOALS['preview_s']:.0f} s",
                     f"{p['edit_s']['median']:.2f} s", met(p["edit_s"]["median"] < GOALS["preview_s"])])
        if "share_of_cold" in p:
            rows.append(["3. Preview: that edit as a share of a cold build (same run)",
                         f"≤ {GOALS['preview_share']:.0%}", f"{p['share_of_cold']:.0%}",
                         met(p["share_of_cold"] <= GOALS["preview_share"])])
    fr = results.get("preview_fr")
    if fr:
        rows.append(["3. Preview, French only: `make serve-fr`", f"< {GOALS['preview_s']:.0f} s",
                     f"{fr['edit_s']['median']:.2f} s", met(fr["edit_s"]["median"] < GOALS["preview_s"])])
    w = results.get("weight")
    if w and "kinds" in w:  # issue 18: every kind of public page, its heaviest page in either language
        for kind, page in w["kinds"].items():
            rows.append([f"4. First view, compressed, until network idle: {kind} (heaviest: /{page['path']})",
                         f"≤ {GOALS['first_view_kb']:.0f} KB", f"{kb(page['body'])} KB",
                         met(page["body"] <= GOALS["first_view_kb"] * KB)])
    elif w:
        home = w["home"]["body"]
        rows.append(["4. Home page, first view, compressed bytes until network idle", f"≤ {GOALS['home_kb']:.0f} KB",
                     f"{kb(home)} KB", met(home <= GOALS["home_kb"] * KB)])
    s = results.get("search")
    if s:
        worst = max(entry["gzip"] for name, entry in s["index"].items() if name != "search_index.json")
        sizes = ", ".join(f"{name.split('.')[1]} {kb(entry['gzip'])} KB" for name, entry in s["index"].items()
                          if name != "search_index.json")
        rows.append(["5. Search index per language, gzip", f"≤ {GOALS['index_kb']:.0f} KB", sizes,
                     met(worst <= GOALS["index_kb"] * KB)])
    big = results.get("search_at_scale")
    if big:
        worst = max(entry["gzip"] for name, entry in big["index"].items() if name != "search_index.json")
        rows.append([f"5. Search index with {big['insurers']:,} insurers, gzip", f"≤ {GOALS['index_kb']:.0f} KB",
                     f"{kb(worst)} KB (larger language)", met(worst <= GOALS["index_kb"] * KB)])
    lh = results.get("lighthouse")
    if lh:
        for label, page in lh["pages"].items():
            m = page["median"]
            scores = " / ".join(f"{m[name]:.0f}" for name in ("performance", "accessibility", "best-practices", "seo"))
            rows.append([f"6. Lighthouse mobile, {label} ({page['path']}): perf / a11y / BP / SEO",
                         "100 / 100 / 100 / 100", scores,
                         met(all(value >= GOALS["lighthouse"] for value in m.values()))])
    lat = results.get("latency")
    if lat:
        rows.append([f"7. Lookup, keystroke to result laid out, {lat['insurers']:,} insurers (median; p95)",
                     f"≤ {GOALS['latency_ms']:.0f} ms",
                     f"{lat['laid_out']['median']:.1f} ms; {lat['laid_out']['p95']:.1f} ms",
                     met(lat["laid_out"]["p95"] <= GOALS["latency_ms"])])
        rows.append(["7. Lookup, keystroke to next frame (includes the wait for the display's frame)",
                     "(for information)", f"{lat['frame']['median']:.1f} ms; {lat['frame']['p95']:.1f} ms", "—"])
    return rows


# Sections
