"""Fixtures of the pretix tests (core, CLI and UI): a real pretix server, one per test run,
a fresh pretix event per test, a desk event connected to it. The conftest.py files of
tests/pretix and tests/ui/pretix import them."""

from __future__ import annotations

import atexit
import itertools
import time

import pytest

from tests.pretix.server import Install, PretixServer

_numbers = itertools.count(1)


_running: dict[str, PretixServer] = {}


def _server(tmp_path_factory) -> PretixServer:
    """One server per test run, even with the fixtures imported into two conftest files."""
    if "server" not in _running:
        started = time.monotonic()
        install = Install.ready()
        server = PretixServer(install, tmp_path_factory.mktemp("pretix"), install.seeded)
        _running["server"] = server.start()
        atexit.register(server.stop)
        server.ready_after = time.monotonic() - started  # seconds, for the report
    return _running["server"]


@pytest.fixture(scope="session")
def pretix_server(tmp_path_factory):
    return _server(tmp_path_factory)


@pytest.fixture
def pretix_event(pretix_server):
    """An event of its own in pretix (cloned from the template: products, questions, lists)."""
    return pretix_server.new_event(f"boerse{next(_numbers)}")


@pytest.fixture
def desk(tmp_path, clock):
    """A checkin event with one programme item, for the pretix check-in list."""
    from checkin import programme
    from checkin.event import Event, EventInfo

    ev = Event.create(
        tmp_path / "boerse.checkin",
        EventInfo(name="Kooperationsbörse", languages=["de", "ru", "en"]),
        clock=clock,
    )
    item = programme.add_item(ev, "Einlass", "2027-04-20T09:00", "2027-04-20T18:00")
    programme.set_active_item(ev, item.id)
    yield ev
    ev.close()


@pytest.fixture
def connected(desk, pretix_server, pretix_event):
    """The desk's event connected to the pretix event's list "Einlass" with the desk token."""
    from checkin.pretix import connection
    from tests.pretix.server import DESK_TOKEN, ORGANIZER

    connection.connect(
        desk,
        pretix_server.url,
        ORGANIZER,
        pretix_event.slug,
        DESK_TOKEN,
        list_id=pretix_event.lists["Einlass"],
    )
    return desk


@pytest.fixture(scope="session")
def tls_server(tmp_path_factory):
    """An HTTPS server on 127.0.0.1 with a self-signed certificate nobody trusts."""
    import datetime
    import http.server
    import ssl
    import threading

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    httpd = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
