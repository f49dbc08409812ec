"""The scale chart of BENCHMARKS.md (benchmarks-scale.svg), from the results of one `make bench` run.

A small SVG written here from the numbers (four points and two lines): a plotting library would add a
pinned dependency tree for that, and its output would change with its version.
"""

from __future__ import annotations

import math

from benchmarks.summary import GOALS


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
