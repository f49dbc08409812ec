"""The machine and the versions every figure was measured with."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import subprocess

from benchmarks.project import ROOT

PACKAGES = ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "pymdown-extensions", "Markdown", "Jinja2",
            "PyYAML", "jsonschema", "playwright")


def _output(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=ROOT).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gb() -> float:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    except (ValueError, OSError):
        return 0.0


def describe() -> dict:
    chromium = _output(["/usr/bin/chromium", "--version"]).splitlines()
    return {
        "cores": os.cpu_count(), "cpu": _cpu_model(), "memory_gb": round(_memory_gb(), 1),
        "os": _output(["sh", "-c", ". /etc/os-release && echo $PRETTY_NAME"]) or platform.platform(),
        "python": platform.python_version(),
        "packages": {name: importlib.metadata.version(name) for name in PACKAGES},
        "chromium": chromium[-1] if chromium else "unknown",
        "node": _output(["node", "--version"]),
        "commit": _output(["git", "rev-parse", "--short", "HEAD"]),
        "dirty": bool(_output(["git", "status", "--porcelain", "--untracked-files=no"])),
        "load_at_start": [round(x, 2) for x in os.getloadavg()],
    }
