"""What ``kg serve`` checks before it reads a request: a good neighbour on a shared machine.

- **Host**: the ``Host`` header must name the address the server is bound to (or ``localhost`` for a
  loopback address, or a name given with ``--allow-host``); anything else is refused with 403, so a
  page whose domain is re-pointed at 127.0.0.1 (DNS rebinding) cannot use the endpoint.
- **Cross-site forms**: a browser form POST from another site (``Sec-Fetch-Site: cross-site``, or an
  ``Origin`` that is not this server's nor the ``--cors`` origin) is refused; SPARQL content types
  cannot be sent cross-site without a CORS preflight, which kg answers only for ``--cors ORIGIN``.
- **Content-Length**: required on POST, a non-negative integer, at most :data:`MAX_BODY`.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .reply import Reply, text_reply

MAX_BODY = 1 << 20  # a query larger than 1 MiB is refused
SIMPLE_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data", "text/plain")


@dataclass
class Policy:
    host: str  # the bound address, as given (127.0.0.1, ::1, 0.0.0.0, a name)
    port: int
    allow_hosts: tuple[str, ...] = ()
    cors: tuple[str, ...] = ()
    names: set[str] = field(init=False)

    def __post_init__(self) -> None:
        names = {self.host.lower().strip("[]"), *(h.lower().strip("[]") for h in self.allow_hosts)}
        if _is_loopback(self.host):
            names |= {"localhost", "127.0.0.1", "::1"}
        self.names = names

    def host_refusal(self, header: str | None) -> Reply | None:
        """403 if the Host header names a host this server was not asked to serve."""
        if header is None:  # HTTP/1.0 clients without Host; every browser sends one
            return None
        name = _host_name(header)
        if name in self.names or "*" in self.names:
            return None
        if _is_any(self.host) and _is_ip(name):  # bound to every interface: any address of this machine
            return None
        return text_reply(
            403, f"host {name!r} is not served here (DNS rebinding guard); start kg serve with --allow-host {name} to allow it"
        )

    def origin_refusal(self, method: str, ctype: str, origin: str | None, fetch_site: str | None, host: str | None):
        """403 for a browser form POST from another site."""
        if method != "POST" or ctype not in SIMPLE_FORMS:
            return None
        if origin is not None and self.cors_origin(origin):
            return None
        cross = fetch_site == "cross-site" or (origin is not None and not _same_origin(origin, host))
        if cross:
            return text_reply(403, "cross-site form posts are refused; start kg serve with --cors ORIGIN to allow a site")
        return None

    def cors_origin(self, origin: str | None) -> str | None:
        """The value of Access-Control-Allow-Origin for ``origin`` (None: no CORS headers)."""
        if not origin or not self.cors:
            return None
        if "*" in self.cors:
            return "*"
        return origin if origin.rstrip("/") in {c.rstrip("/") for c in self.cors} else None


def body_length(header: str | None) -> tuple[int | None, Reply | None]:
    """(length, None) or (None, the error reply) for a POST's Content-Length header."""
    if header is None:
        return None, text_reply(411, "a POST needs a Content-Length header")
    text = header.strip()
    if not text.isdigit():
        return None, text_reply(400, f"bad Content-Length {header[:40]!r}: expected a non-negative integer")
    length = int(text)
    if length > MAX_BODY:
        return None, text_reply(413, f"request body over {MAX_BODY} bytes")
    return length, None


def _host_name(header: str) -> str:
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def _same_origin(origin: str, host: str | None) -> bool:
    if host is None or origin == "null":
        return False
    return urlsplit(origin).netloc.lower() == host.strip().lower()


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def _is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    return host == "localhost" or (_is_ip(host) and ipaddress.ip_address(host).is_loopback)


def _is_any(host: str) -> bool:
    return host.strip("[]") in ("", "0.0.0.0", "::")
