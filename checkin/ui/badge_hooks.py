"""The desk's optional link to badge printing (``checkin.badges``, built separately).

When that package offers ``badge_location`` / ``render_badges`` the desk uses them; when it
does not (yet), the desk hides "where is the badge" and reports that printing is missing.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from checkin.event import Event
from checkin.models import Guest


def _find(name: str):
    for module_name in ("checkin.badges", "checkin.badges.printlog", "checkin.badges.render"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        found = getattr(module, name, None)
        if callable(found):
            return found
    return None


def badge_location(event: Event, guest_id: int) -> str | None:
    """Where the guest's pre-printed badge is ("box P, sheet 12, slot 3"), if known."""
    find = _find("badge_location")
    if find is None:
        return None
    try:
        location = find(getattr(event, "target", event), guest_id)
    except Exception:  # a badge-log problem must never block a check-in
        return None
    return str(location) if location else None


def can_print() -> bool:
    return _find("render_badges") is not None


def default_layout():
    """The first bundled badge layout, or None when layouts are not available."""
    for name in ("list_layouts",):
        lister = _find(name)
        if lister is None:
            try:
                lister = importlib.import_module("checkin.badges.layouts").list_layouts
            except (ImportError, AttributeError):
                return None
        layouts = lister()
        return layouts[0] if layouts else None
    return None


def render_badge_pdf(event: Event, guest: Guest, out_path: Path, layout=None) -> Path:
    """Render one badge for ``guest`` into ``out_path`` (a PDF). Raises if unavailable."""
    render = _find("render_badges")
    if render is None:
        raise RuntimeError("badge printing is not available in this version")
    layout = layout if layout is not None else default_layout()
    render(getattr(event, "target", event), [guest], layout, Path(out_path))
    return Path(out_path)
