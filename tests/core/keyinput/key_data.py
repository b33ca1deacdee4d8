"""Keystroke tables for the keyboard-input tests, kept as data (like qutebrowser's key_data).

LAYOUT_CASES: what a US-keyboard scanner typing the left text puts on screen on a system
set to each layout (checked against the physical keyboards' printed legends).
BURSTS: recorded key streams ``(key, gap_ms)`` and the scans they must produce.
"""

LAYOUT_CASES = [
    # (layout, as the scanner meant it, as it arrives)
    ("de", "CK7YZ2", "CK7ZY2"),
    ("de", "ck7yz2", "ck7zy2"),
    ("de", "a-b/c", "aßb-c"),
    ("fr", "1234567890", "&é\"'(-è_çà"),
    ("fr", "QAZWM", "AQWZ?"),
    ("fr", "qazwm", "aqwz,"),
    ("fr", "CK7YZ2", "CKèYWé"),
    ("ru", "CK7YZ2", "СЛ7НЯ2"),
    ("ru", "QWERTY", "ЙЦУКЕН"),
    ("ru", "ck7yz2", "сл7ня2"),
]

ENTER, TAB = "\n", "\t"


def typed(text: str, gap_ms: float, end: str = ENTER) -> list[tuple[str, float]]:
    return [(ch, gap_ms) for ch in text] + ([(end, gap_ms)] if end else [])


BURSTS = [
    # (name, keys as (key, gap since previous key in ms), scans expected)
    ("scanner with Enter", typed("CK12345678", 4), ["CK12345678"]),
    ("scanner with Tab", typed("PX-7F3K9Q2M", 8, TAB), ["PX-7F3K9Q2M"]),
    ("person typing", typed("CK12345678", 140), []),
    ("fast typist, short word", typed("ok", 25), []),
    ("too short for a code", typed("12345", 3), []),
    ("a pause before Enter", typed("CK12345678", 4, end="") + [(ENTER, 400)], []),
    (
        "typing, then a scan",
        typed("Anna ", 150, end="") + [("C", 900)] + typed("K12345678", 3),
        ["CK12345678"],
    ),
    (
        "two scans in a row",
        typed("CK11111111", 3) + typed("CK22222222", 3),
        [
            "CK11111111",
            "CK22222222",
        ],
    ),
    ("a pause inside breaks it", typed("CK1234", 3, end="") + typed("5678", 300), []),
]
