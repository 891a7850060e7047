"""``kg serve``: the store as a SPARQL 1.1 endpoint, with a query page, the view and
entity pages (see :mod:`kg.serve.app` for the routes).

The endpoint answers from a snapshot of the embedded store
(:class:`kg.graph.snapshot.Snapshots`), so ``kg build --append`` and
``kg forget`` run while it serves: the build holds the store's lock as usual,
the server keeps answering from the snapshot it has, and about a second after
the build ends it answers from a new snapshot holding the new facts.
"""

from __future__ import annotations

import ipaddress
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.errors import UsageError
from kg.serve.endpoint import Limits

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and addresses of the loopback range (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def store_folder(spec: str) -> Path:
    """The folder of an embedded store spec; a memory or endpoint spec cannot be served."""
    from kg.graph.backends import scheme_of

    spec = spec.strip()
    if scheme_of(spec) != "oxigraph":
        raise UsageError(
            f"kg serve serves an embedded store folder, not {spec!r}: "
            "give --store FOLDER (build one with kg build)"
        )
    return Path(spec.removeprefix("oxigraph:")).expanduser()


def serve(
    store: str,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    limits: Limits | None = None,
    base_iri: str | None = None,
    log: Callable[[str], None] | None = None,
    poll: float = 1.0,
) -> None:
    """Serve ``store`` over HTTP until interrupted (Ctrl-C or SIGTERM).

    Example: ``serve("output/store", port=7878, limits=Limits(timeout=10))``.
    """
    from werkzeug.serving import make_server

    from kg.graph.iri import check_base_iri
    from kg.graph.namespace import prefixes
    from kg.graph.snapshot import Snapshots
    from kg.serve.app import ServeApp
    from kg.serve.endpoint import Evaluator

    limits = limits or Limits()
    say = log or (lambda line: None)
    if limits.allow_update and not limits.token:
        raise UsageError("--allow-update needs --token TOKEN (or KG_SERVE_TOKEN): updates need it")
    base = check_base_iri(base_iri)
    folder = store_folder(store)
    snaps = Snapshots(folder, poll=poll, log=say)
    try:
        evaluator = Evaluator(snaps, prefixes(base), limits)

        def apply_update(text: str) -> None:
            """Apply an update the app has classified and guarded, as any writer does."""
            from kg.errors import KGError, QueryError
            from kg.graph.store import open_store

            with open_store(str(folder), create=False, base_iri=base) as st:
                try:
                    st.update(text)
                except KGError:
                    raise
                except Exception as e:
                    raise QueryError(f"update failed: {' '.join(str(e).split())}") from e
            snaps.refresh(lock_timeout=10.0)  # the update is seen by the next query

        # On loopback, only requests naming this machine: a web page whose name was
        # re-pointed at 127.0.0.1 (DNS rebinding) cannot read the store.
        hosts = {"127.0.0.1", "localhost", "::1", host.strip("[]")} if is_loopback(host) else None
        app = ServeApp(snaps, evaluator, limits, base, apply_update, hosts)
        try:
            server = make_server(host, port, app, threaded=True, request_handler=_handler(say))
        except OSError as e:
            raise UsageError(
                f"cannot listen on {host}:{port}: {e.strerror or e}; choose another --port"
            ) from e
        snaps.start()
        shown = f"[{host}]" if ":" in host else host
        url = f"http://{shown}:{server.server_port}"
        mode = "updates with the token" if limits.allow_update else "read-only"
        say(f"serving {folder} at {url}/ (SPARQL endpoint {url}/query, {mode}); Ctrl-C stops")
        if not is_loopback(host):
            say(
                f"warning: listening on {host}, reachable from other machines: anyone who "
                "can reach it can query the whole store"
            )
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
            server.server_close()
            evaluator.close()
    finally:
        snaps.close()


def _handler(say: Callable[[str], None]) -> Any:
    """werkzeug's request handler, logging one plain line a request through ``say``."""
    from werkzeug.serving import WSGIRequestHandler

    class Handler(WSGIRequestHandler):
        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            say(f'{self.address_string()} "{self.requestline}" {code}')

        def log(self, type: str, message: str, *args: Any) -> None:
            say(message % args if args else message)

    return Handler


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "Limits", "is_loopback", "serve"]
