"""What ``sitrep serve`` is started with, checked before anything listens.

On a loopback address (127.0.0.1, ::1, localhost) tokens are optional; any other address (a LAN, 0.0.0.0)
needs a read-only and a read-write token, different from each other, or the server refuses to start (E802).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from sitrep import settings
from sitrep.errors import SitrepError

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class ServeConfig:
    """A server's settings: the base, where it listens, its tokens and its request size limit."""

    db: str
    host: str = "127.0.0.1"
    port: int = 8000
    ro_token: str = ""
    rw_token: str = ""
    max_body: int = 64 * 1024  # bytes
    stale_for: float = 0.0  # seconds a page a commit dropped may be sent stale while made again; 0: never

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)

    @property
    def tokens(self) -> bool:
        """Whether requests must carry a token (always beyond loopback, on loopback when tokens were given)."""
        return bool(self.ro_token or self.rw_token)

    def allowed_hosts(self) -> set[str] | None:
        """Host names a request may name on loopback (a page on another site resolving to 127.0.0.1, DNS
        rebinding, is refused); None beyond loopback, where the tokens guard every request."""
        return set(LOOPBACK_NAMES) if self.loopback else None


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve_config(db: str, host: str = "127.0.0.1", port: int = 8000, ro_token: str | None = None,
                 rw_token: str | None = None, stale_for: float = 0.0) -> ServeConfig:
    """The checked configuration; tokens default to ``SITREP_SERVE_RO_TOKEN``/``SITREP_SERVE_RW_TOKEN``.
    Raises ``SitrepError`` E802 when binding beyond loopback without two different tokens."""
    ro = settings.get("serve_ro_token") if ro_token is None else ro_token
    rw = settings.get("serve_rw_token") if rw_token is None else rw_token
    config = ServeConfig(db=db, host=host, port=port, ro_token=ro.strip(), rw_token=rw.strip(),
                         max_body=int(settings.get_float("serve_max_body_kb") * 1024), stale_for=max(0.0, stale_for))
    if not config.loopback and (not config.ro_token or not config.rw_token or config.ro_token == config.rw_token):
        raise SitrepError("E802", detail=host)
    return config
