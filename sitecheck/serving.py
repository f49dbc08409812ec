"""Serve a built site on 127.0.0.1 from a thread, for the tests and the benchmarks alike."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # A browser drops requests it no longer needs (a favicon, a page left): the broken pipe that
        # follows is no error of the site, and its traceback would hide real output.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serving(handler, port: int = 0) -> Iterator[str]:
    """Serve with ``handler`` on 127.0.0.1 (a free port unless given); yields the base URL."""
    server = _QuietServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
