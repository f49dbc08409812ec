"""A tiny static server for the built site that compresses responses as a CDN would.

GitHub Pages (where the site is deployed, see DEPLOY.md) and most CDNs send text files gzipped.
The page-weight and Lighthouse measurements must see those compressed bytes, so this server gzips
every text response (level 6, the usual default) for a client that accepts it. It serves a folder
the way a static host does: /dir/ -> /dir/index.html, a missing file -> 404.html with status 404.
Written here because `python -m http.server` does not compress; it is for benchmarks only.
"""

from __future__ import annotations

import gzip
import mimetypes
from functools import lru_cache
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sitecheck.serving import serving

GZIP_LEVEL = 6
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map", ".webmanifest", ".csv", ".ico"}
TYPES = {".js": "text/javascript", ".json": "application/json", ".webmanifest": "application/manifest+json",
         ".xml": "application/xml", ".csv": "text/csv; charset=utf-8", ".txt": "text/plain; charset=utf-8"}


def content_type(path: Path) -> str:
    if path.suffix in TYPES:
        return TYPES[path.suffix]
    guessed = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"{guessed}; charset=utf-8" if guessed.startswith("text/") else guessed


@lru_cache(maxsize=4096)
def _compressed(path: Path, mtime: float) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=GZIP_LEVEL, mtime=0)


def gzip_size(data: bytes) -> int:
    """Bytes of ``data`` once gzipped as this server sends it."""
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


def resolve(root: Path, url_path: str) -> Path | None:
    """The file a static host serves for ``url_path``, or None."""
    relative = unquote(urlsplit(url_path).path).lstrip("/")
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root.resolve()):
        return None
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def _handler(root: Path) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._respond(send_body=True)

        def do_HEAD(self) -> None:
            self._respond(send_body=False)

        def _respond(self, send_body: bool) -> None:
            path = resolve(root, self.path)
            status = HTTPStatus.OK
            if path is None:
                status, path = HTTPStatus.NOT_FOUND, resolve(root, "/404.html")
            if path is None:
                self.send_error(HTTPStatus.NOT_FOUND)
                return
            accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
            if accepts_gzip and path.suffix in COMPRESSIBLE:
                body = _compressed(path, path.stat().st_mtime)
            else:
                body = path.read_bytes()
            self.send_response(status)
            self.send_header("Content-Type", content_type(path))
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "max-age=600")  # what GitHub Pages sends
            if accepts_gzip and path.suffix in COMPRESSIBLE:
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            if send_body:
                self.wfile.write(body)

        def log_message(self, format: str, *args) -> None:
            pass

    return Handler


def serve(root: Path, port: int = 0):
    """Serve ``root`` on 127.0.0.1 (a free port unless given); a context that yields the base URL."""
    return serving(_handler(root), port)


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
