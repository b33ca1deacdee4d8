"""The real CUPS queue the printing tests print through (see cups_queue.py)."""

from __future__ import annotations

import pytest

from .cups_queue import add_pdf_printer, remove_printer, start_cupsd


@pytest.fixture(scope="module")
def cups_printer():
    """A cups-pdf printer on a private cupsd, for one test module."""
    start_cupsd()
    name = add_pdf_printer()
    yield name
    remove_printer(name)
