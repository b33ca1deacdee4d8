"""Badges ▸ New badge… (lost, damaged, misprinted) and Guests ▸ Substitute…

Both act on the guest selected in the guest list, or else the guest on the result card.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from checkin import guests
from checkin.models import Guest
from checkin.ui.badges.reissue_dialog import ReissueDialog, SubstituteDialog

translate = QCoreApplication.translate  # window.tr would file texts under 'window'


def current_guest(window) -> Guest | None:
    page = window.pages.currentWidget() if hasattr(window, "pages") else None
    if page is getattr(window, "guest_list", None):
        found = window.guest_list.selected_guest()
        if found is not None:
            return found
    card = window.scan_view.card
    if card.result is not None and card.result.guest is not None:
        return card.result.guest
    return window.guest_list.selected_guest() if hasattr(window, "guest_list") else None


def open_dialog(ctx, dialog_class) -> object | None:
    window = ctx.window
    guest = current_guest(window)
    if guest is None:
        ctx.notify(
            translate(
                "badge_lifecycle",
                "Choose a guest first: scan the badge or select them in the list (F5).",
            ),
            8000,
        )
        return None
    dialog = dialog_class(ctx.event, guests.get_guest(ctx.event, guest.id), window, desk=ctx.desk)
    dialog.accepted.connect(lambda: _changed(ctx, dialog))
    ctx.opened["lifecycle_dialog"] = dialog
    dialog.open()
    return dialog


def _changed(ctx, dialog) -> None:
    window = ctx.window
    guest = guests.get_guest(ctx.event, dialog.guest.id)
    window.data_changed.emit()
    message = translate("badge_lifecycle", "The old badge of %1 is void now.").replace(
        "%1", dialog.guest.full_name
    )
    ctx.notify(message, 15000)
    if dialog.print_badge:
        window.print_badge(guest)  # its state (printed, saved, failed) is told as it changes


def install(ctx) -> None:
    window = ctx.window
    new_badge = QAction(window)
    new_badge.setObjectName("action_new_badge")
    new_badge.triggered.connect(lambda: open_dialog(ctx, ReissueDialog))
    window.menu("badges").addAction(new_badge)
    swap = QAction(window)
    swap.setObjectName("action_substitute")
    swap.triggered.connect(lambda: open_dialog(ctx, SubstituteDialog))
    window.menu("guests").addAction(swap)

    def texts() -> None:
        new_badge.setText(translate("badge_lifecycle", "&New badge (lost, damaged, misprinted)…"))
        swap.setText(translate("badge_lifecycle", "Su&bstitute (a colleague comes instead)…"))

    ctx.retranslated(texts)
