"""Helpers for tests of a real desk window."""

from __future__ import annotations

from pathlib import Path


def collect_opened_pdfs(window, folder: Path) -> list[Path]:
    """Desk badges are written to ``folder``; the PDFs the desk would open in the system's
    viewer are collected in the returned list instead (no viewer pops up)."""
    opened: list[Path] = []
    badges = window.ctx.desk_badges
    badges.folder = folder
    badges.open_pdf = opened.append
    return opened
