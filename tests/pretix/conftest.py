"""The pretix tests' fixtures (tests/pretix/fixtures.py)."""

from tests.pretix.fixtures import (  # noqa: F401
    connected,
    desk,
    pretix_event,
    pretix_server,
    tls_server,
)
