"""The desk itself: scanning, the result card, search, the guest list, walk-ins, guest edits
and the guest-facing display."""
