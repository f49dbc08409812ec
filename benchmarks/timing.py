"""Timed runs of a command, and the median / min / max of several.

The machine is shared: every run records the load average when it started, and the CPU time the
child used (user + system, from its own rusage) beside the wall time. CPU time is what our code
costs; wall time is what a maintainer waits, and it grows with whatever else runs at the time.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    wall_s: float
    cpu_s: float
    peak_mb: float
    load: float  # 1-minute load average when the run started

    def as_dict(self) -> dict:
        return {key: round(value, 3) for key, value in asdict(self).items()}


@dataclass(frozen=True)
class Summary:
    median: float
    low: float
    high: float
    count: int

    def as_dict(self) -> dict:
        return {"median": self.median, "min": self.low, "max": self.high, "n": self.count}


def summarize(values: Sequence[float]) -> Summary:
    if not values:
        raise ValueError("no values to summarize")
    return Summary(statistics.median(values), min(values), max(values), len(values))


def load_average() -> float:
    return os.getloadavg()[0]


def run_timed(command: Sequence[str], *, cwd: Path, env: Mapping[str, str] | None = None,
              log: Path | None = None) -> Run:
    """Run ``command`` to completion; raise with its output's tail if it fails."""
    load = load_average()
    output = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 (closed below)
    try:
        start = time.perf_counter()
        process = subprocess.Popen(list(command), cwd=cwd, env=dict(env) if env else None,
                                   stdout=output, stderr=subprocess.STDOUT)
        # os.wait4 gives this one child's rusage (RUSAGE_CHILDREN would add up every child so far).
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if log:
            output.close()
    if process.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:] if log else ""
        raise RuntimeError(f"{' '.join(command)} failed with exit {process.returncode}\n{tail}")
    # ru_maxrss is in kilobytes on Linux.
    return Run(wall_s=wall, cpu_s=usage.ru_utime + usage.ru_stime, peak_mb=usage.ru_maxrss / 1024, load=load)


def runs_summary(runs: Sequence[Run]) -> dict:
    """What the report needs from a list of runs: medians with min and max, and every run."""
    return {
        "wall_s": summarize([run.wall_s for run in runs]).as_dict(),
        "cpu_s": summarize([run.cpu_s for run in runs]).as_dict(),
        "peak_mb": summarize([run.peak_mb for run in runs]).as_dict(),
        "load": summarize([run.load for run in runs]).as_dict(),
        "runs": [run.as_dict() for run in runs],
    }
