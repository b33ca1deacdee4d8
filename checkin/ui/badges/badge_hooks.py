"""The desk's optional link to badge printing (``checkin.badges``, built separately).

When that package offers ``badge_location`` / ``render_badges`` the desk uses them; when it
does not, the desk hides "where is the badge" and says that printing is not available.
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path

from checkin.event import Event
from checkin.models import Guest

DESK_LAYOUT_SETTING = "desk_badge_layout"  # event setting: the layout for desk reprints
PREFERRED_LAYOUTS = ("a6", "label-62", "cr80")  # one badge per page suits a desk printer


@cache
def _find(name: str):
    try:
        module = importlib.import_module("checkin.badges")
    except ImportError:
        return None
    found = getattr(module, name, None)
    return found if callable(found) else None


def badge_location(event: Event, guest_id: int) -> str | None:
    """Where the guest's pre-printed badge is ("box P, sheet 12, slot 3"), if known."""
    find = _find("badge_location")
    if find is None:
        return None
    core = getattr(event, "target", event)
    try:
        location = find(core, guest_id)
        last = _find("last_print")
        printed = last(core, guest_id) if last is not None and location else None
        if printed is not None:  # a pre-printed badge that was replaced since is void
            row = core.db.execute("SELECT badge_version FROM guests WHERE id = ?", [guest_id])
            if printed.badge_version != row.fetchone()[0]:
                return None
    except Exception:  # a badge-log problem must never block a check-in
        return None
    return str(location) if location else None


def replacement(event: Event, scanned: str):
    """When, where and why a scanned badge was replaced (``checkin.badge_lifecycle``)."""
    try:
        from checkin.badge_lifecycle import replacement_for_scan

        return replacement_for_scan(getattr(event, "target", event), scanned)
    except Exception:  # the details are a help; the refusal is shown regardless
        return None


def can_print() -> bool:
    return _find("render_badges") is not None


def desk_layout(event: Event):
    """The layout name for a badge printed at the desk."""
    chosen = event.setting(DESK_LAYOUT_SETTING)
    if chosen:
        return chosen
    lister = _find("list_layouts")
    names = [lay.name for lay in lister()] if lister else []
    for name in PREFERRED_LAYOUTS:
        if name in names:
            return name
    return names[0] if names else None


def render_badge_pdf(event: Event, guest: Guest, out_path: Path, layout=None) -> Path:
    """Render one badge for ``guest`` into ``out_path`` (a PDF) and log it as printed."""
    render = _find("render_badges")
    if render is None:
        raise RuntimeError("badge printing is not available in this version")
    core = getattr(event, "target", event)
    layout = layout if layout is not None else desk_layout(core)
    render(core, [guest], layout, Path(out_path))
    return Path(out_path)
