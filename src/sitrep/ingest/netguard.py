"""Where sitrep may fetch from: the scheme allow-list and the private-address guard.

A URL named by the user, every redirect and every feed item link is checked here before a connection is
made: its scheme must be http or https and, unless ``SITREP_FETCH_PRIVATE=1``, every address its host
resolves to must be a public one (not loopback, private, link-local, shared, multicast, reserved,
unspecified or a cloud metadata address). The caller connects to an address returned here, never to the
name again, so a DNS answer cannot change between the check and the connection.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from urllib.parse import SplitResult, urlsplit

from sitrep import settings
from sitrep.errors import SitrepError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOWED_SCHEMES: dict[str, int] = {"http": 80, "https": 443}  # scheme -> default port
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean instance metadata
    "169.254.170.2",  # AWS ECS task metadata
    "100.100.100.200",  # Alibaba Cloud metadata
    "fd00:ec2::254",  # AWS metadata over IPv6
))
NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")  # an IPv4 address embedded in IPv6 (RFC 6052)


def is_fetchable(url: str) -> bool:
    """Whether ``url`` has a scheme sitrep fetches (the first check; the guard comes at fetch time)."""
    return urlsplit(url).scheme.lower() in ALLOWED_SCHEMES and "://" in url


def check_scheme(url: SplitResult, source: str) -> int:
    """The port for ``url`` (its own, else its scheme's); raise E306 for a scheme that is not fetched."""
    scheme = url.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise SitrepError("E306", source, detail=scheme or "(none)")
    if not url.hostname:
        raise SitrepError("E301", source, detail=f"no host in {url.geturl()!r}")
    try:
        return url.port or ALLOWED_SCHEMES[scheme]
    except ValueError as exc:  # a port that is not a number or out of range
        raise SitrepError("E301", source, detail=str(exc)) from None


def refusal(ip: IPAddress) -> str | None:
    """Why the guard refuses to connect to ``ip`` (a few words), or ``None`` for a public address."""
    embedded = _embedded_ipv4(ip)
    if embedded is not None:
        return refusal(embedded)
    if ip in METADATA_ADDRESSES:
        return "a cloud metadata address"
    for kind, test in (("an unspecified", ip.is_unspecified), ("a loopback", ip.is_loopback),
                       ("a link-local", ip.is_link_local), ("a multicast", ip.is_multicast),
                       ("a private", ip.is_private), ("a reserved", ip.is_reserved)):
        if test:
            return f"{kind} address"
    return None if ip.is_global else "a non-public address"


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside an IPv4-mapped, NAT64, 6to4 or Teredo IPv6 address, if any."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip in NAT64_PREFIX:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.teredo:
        return ip.teredo[1]
    return ip.ipv4_mapped or ip.sixtofour


def resolve(host: str, port: int, source: str, seconds: float) -> list[IPAddress]:
    """The addresses to connect to for ``host``, each checked by the guard unless it is turned off.

    Raises E301 when the name does not resolve, ``TimeoutError`` when resolution outlasts ``seconds`` and
    E307 when the guard refuses an address (all must be public: a name cannot mix in a private one).
    """
    try:
        addresses: list[IPAddress] = [ipaddress.ip_address(host)]
    except ValueError:
        addresses = list(dict.fromkeys(ipaddress.ip_address(a) for a in _lookup(host, port, source, seconds)))
    if not addresses:
        raise SitrepError("E301", source, detail=f"{host} has no address")
    if not private_allowed():
        for ip in addresses:
            why = refusal(ip)
            if why is not None:
                raise SitrepError("E307", source, address=str(ip), why=why)
    return addresses


def private_allowed() -> bool:
    return settings.get_bool("fetch_private")


def _lookup(host: str, port: int, source: str, seconds: float) -> list[str]:
    """``socket.getaddrinfo`` within ``seconds`` (it has no timeout of its own; a late answer is dropped)."""
    found: list[str] = []
    failure: list[str] = []

    def lookup() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:  # UnicodeError: a name IDNA cannot encode
            failure.append(getattr(exc, "strerror", None) or str(exc))
            return
        found.extend(str(info[4][0]).split("%")[0] for info in infos)  # "%": an IPv6 zone index

    worker = threading.Thread(target=lookup, name="sitrep-dns", daemon=True)
    worker.start()
    worker.join(max(seconds, 0.0))
    if worker.is_alive():
        raise TimeoutError(f"no DNS answer for {host}")
    if failure:
        raise SitrepError("E301", source, detail=f"{host}: {failure[0]}")
    return found
