"""What the result card says, in the UI language: titles, next steps, the badge's state."""

from __future__ import annotations

from PySide6.QtCore import QObject

from checkin.checkins import CheckinResult, LogEntry, Result
from checkin.printing import BadgeState, DeskBadge, FailReason
from checkin.ui.language import current_language, locale_format


class CardTexts(QObject):
    def ready_title(self) -> str:
        return self.tr("Ready – scan the next badge")

    def ready_keys(self) -> str:
        return self.tr(
            "F3: find by name · F4: walk-in · F5: guest list\n"
            "F6: programme item · F7: guest display · Ctrl+Z: undo last check-in"
        )

    def empty_title(self) -> str:
        return self.tr("This event has no guests yet")

    def empty_event(self) -> str:
        return self.tr(
            "Import the guest list: File ▸ Import guest list… (Ctrl+I), or register guests "
            "as they come (F4). Protect the settings with an admin PIN: Admin ▸ Set admin PIN…"
        )

    def not_saved(self) -> str:
        return self.tr("NOT SAVED – this check-in did not count")

    def not_saved_step(self) -> str:
        return self.tr("Call the event's admin. Note the guest on paper.")

    def title(self, result: Result, name: str, item: str) -> str:
        titles = {
            Result.CHECKED_IN: self.tr("Welcome, %1!"),
            Result.ALREADY_CHECKED_IN: self.tr("%1 is already checked in"),
            Result.REPLACED_BADGE: self.tr("Old badge of %1 – it was replaced"),
            Result.UNKNOWN_CODE: self.tr("Unknown code"),
            Result.FORGED_CODE: self.tr("Invalid badge code"),
            Result.MISTYPED_CODE: self.tr("Typing error in the code"),
            Result.OTHER_EVENT: self.tr("Badge of another event"),
            Result.CANCELLED: self.tr("%1 has cancelled"),
            Result.NOT_ON_THIS_LIST: self.tr("%1 is not on this list"),
            Result.TICKET_NOT_VALID: self.tr("This ticket is not valid here"),
        }
        return titles[result].replace("%1", name)

    def ticket_not_valid(self, reason: str) -> str:
        return {
            "revoked": self.tr("It was replaced or cancelled in pretix."),
            "product": self.tr("Its product is not admitted to this check-in list."),
            "time": self.tr("It is not valid at this time."),
        }.get(reason, "")

    def since(self, first_in: LogEntry) -> str:
        when = locale_format.time_of_day(first_in.at)
        desk = first_in.desk or "?"
        return self.tr("Since %1 at desk %2").replace("%1", when).replace("%2", desk)

    def scanned(self, text: str) -> str:
        return self.tr("Scanned: %1").replace("%1", text[:40])

    def notes(self, result: CheckinResult) -> str:
        """The check-in text from the ticketing system first (it is meant for the desk),
        then the guest's note."""
        guest = result.guest
        if guest is None:
            return ""
        lines = []
        if guest.attention:
            text = guest.checkin_text or self.tr(
                "look at this guest's ticket before letting them in"
            )
            lines.append(self.tr("⚠ Attention: %1").replace("%1", text))
        elif guest.checkin_text:
            lines.append(self.tr("Check-in note: %1").replace("%1", guest.checkin_text))
        if result.added_from_ticket:
            lines.append(
                self.tr(
                    "New guest from a pretix ticket: ask for the name and complete it in the "
                    "guest list (F5)."
                )
            )
        if guest.notes:
            lines.append(self.tr("Note: %1").replace("%1", guest.notes))
        return "\n".join(lines)

    def badge_place(self, location) -> str:
        """Where a pre-printed badge waits: a print record (box, sheet, slot) in the staff's
        words, or a text as given."""
        if not hasattr(location, "sheet"):
            return str(location)
        where = self.tr("sheet %1, slot %2").replace("%1", str(location.sheet))
        where = where.replace("%2", str(location.slot))
        if not location.box:
            return where
        return self.tr("box %1, %2").replace("%1", location.box).replace("%2", where)

    def next_step(self, result: CheckinResult, replaced, badge_location, can_print: bool) -> str:
        guest = result.guest
        if result.result is Result.CHECKED_IN:
            if badge_location:
                return self.tr("Badge: %1").replace("%1", self.badge_place(badge_location))
            if guest and guest.badge_printed_count:
                return self.tr("The guest has a printed badge.")
            if can_print:
                return self.tr("No pre-printed badge – press F8 to print it now.")
            return self.tr("No pre-printed badge.")
        if result.result is Result.REPLACED_BADGE and replaced is not None:
            return self.replaced_step(replaced)
        steps = {
            Result.ALREADY_CHECKED_IN: self.tr(
                "Let them in if it is the same person; otherwise check the ID."
            ),
            Result.REPLACED_BADGE: self.tr(
                "Ask for the newer badge or ID, then find the guest by name (F3)."
            ),
            Result.UNKNOWN_CODE: self.tr(
                "Find the guest by name (F3) or register them as a walk-in (F4)."
            ),
            Result.FORGED_CODE: self.tr(
                "Check the ID and find the guest by name (F3); tell the organiser if it repeats."
            ),
            Result.MISTYPED_CODE: self.tr(
                "One character of the code is wrong – type it again or search (F3)."
            ),
            Result.OTHER_EVENT: self.tr(
                "Ask for this event's invitation, or find the guest by name (F3)."
            ),
            Result.CANCELLED: self.tr(
                "Ask the organiser before letting them in; the registration can be restored "
                "in the guest list (F5)."
            ),
            Result.NOT_ON_THIS_LIST: self.tr(
                "Check the programme item above (F6) – %1 – or ask the organiser."
            ).replace("%1", result.item.name_in(current_language())),
            Result.TICKET_NOT_VALID: self.tr(
                "Ask for the current ticket, or find the guest by name (F3)."
            ),
        }
        return steps[result.result]

    def replaced_details(self, replaced) -> str:
        reasons = {
            "lost": self.tr("reported lost"),
            "damaged": self.tr("damaged"),
            "typo": self.tr("misprinted"),
            "substitute": self.tr("a colleague took the place"),
        }
        why = reasons.get(replaced.reason, "")
        if replaced.at:
            when = locale_format.day_month_time(replaced.at)
            text = self.tr("Replaced %1 at desk %2").replace("%1", when)
            text = text.replace("%2", replaced.desk or "?")
        else:
            text = self.tr("Replaced by a newer badge")
        return f"{text} – {why}" if why else text

    def replaced_step(self, replaced) -> str:
        holder = replaced.holder or "?"
        if replaced.reason == "lost":
            text = self.tr(
                "Keep this badge: it was reported lost. %1 has the current badge – "
                "check the ID before letting anyone in."
            )
        elif replaced.reason == "substitute":
            text = self.tr(
                "The registration now belongs to %1. Keep this badge; if this is %1, "
                "find them by name (F3)."
            )
        else:
            text = self.tr(
                "A newer badge was printed for %1. Keep this one, ask for the new badge "
                "or find the guest by name (F3)."
            )
        return text.replace("%1", holder)

    # -- the badge being printed ---------------------------------------------------------------
    def reason(self, reason: FailReason | None) -> str:
        texts = {
            FailReason.PRINTER_OFFLINE: self.tr("printer offline"),
            FailReason.OUT_OF_LABELS: self.tr("out of labels"),
            FailReason.DRIVER_ERROR: self.tr("driver error"),
        }
        return texts.get(reason, self.tr("unknown problem"))

    def badge_state(self, badge: DeskBadge) -> tuple[str, bool, bool]:
        """The line about the badge, whether to offer printing again (F8), and whether to
        offer "it was printed" (F9) for a PDF that staff print themselves."""
        s, printer = badge.state, badge.printer
        if s is BadgeState.NOT_MADE:
            text = self.tr("The badge could not be made: %1").replace("%1", badge.detail)
            return text, True, False
        if s is BadgeState.SAVED:
            text = self.tr(
                "Badge saved as PDF and opened – not printed yet. Print it from the PDF "
                "viewer, then press F9."
            )
            return text, False, True
        if s is BadgeState.NOT_OPENED:
            text = self.tr(
                "Badge saved as %1 – not printed: no PDF viewer opened it. Print the file, "
                "then press F9."
            ).replace("%1", str(badge.pdf or ""))
            return text, False, True
        if s is BadgeState.QUEUED:
            return self.tr("Badge queued for printing…"), False, False
        if s is BadgeState.WAITING:
            text = self.tr("Badge waiting at %1: %2 – Badges ▸ Print queue (Ctrl+Shift+P).")
            return (
                text.replace("%1", printer).replace("%2", self.reason(badge.reason)),
                False,
                False,
            )
        if s is BadgeState.PRINTING:
            return self.tr("Badge printing on %1…").replace("%1", printer), False, False
        if s is BadgeState.PRINTED:
            return (
                self.tr("Badge printed on %1 – hand it over.").replace("%1", printer),
                False,
                False,
            )
        if s is BadgeState.MARKED:
            return self.tr("Badge printed – hand it over."), False, False
        if s is BadgeState.FAILED:
            text = self.tr("Badge NOT printed (%2 on %1). Press F8 to try again.")
            return text.replace("%1", printer).replace("%2", self.reason(badge.reason)), True, False
        return self.tr("Badge printing cancelled – not printed."), True, False
