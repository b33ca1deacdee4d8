"""Admin mode for tests that drive admin actions: set a PIN and unlock the window's gate."""

from __future__ import annotations

from checkin import admin

PIN = "471100"


def unlock(window) -> None:
    """Unlock ``window``'s admin mode the way staff do (Admin ▸ Unlock… with the PIN)."""
    event = window.ctx.event
    if not admin.has_pin(event):
        admin.set_pin(event, PIN)
    window.ctx.admin_gate.ask_pin = lambda *_: PIN
    assert window.ctx.admin_gate.unlock()
