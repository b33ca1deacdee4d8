"""The full log export: every scan, undo and check-out with desk and time."""

import csv

from checkin import guests
from checkin.clock import from_text
from checkin.exporting.log_export import export_log


def test_every_log_entry_is_exported_in_order(scenario, tmp_path):
    out = tmp_path / "log.csv"
    assert export_log(scenario.event, out) == 12
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    raw = scenario.event.db.execute(
        "SELECT id, action, at, desk, undoes FROM checkins ORDER BY id"
    ).fetchall()
    assert [int(r["No."]) for r in rows] == [r[0] for r in raw]
    words = {"in": "check-in", "out": "check-out", "undo": "undo"}
    for row, (_, action, at, desk, undoes) in zip(rows, raw, strict=True):
        assert row["Action"] == words[action]
        assert row["Desk"] == desk
        assert row["Time"] == from_text(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        assert row["Undoes no."] == ("" if undoes is None else str(undoes))
    undos = [r for r in rows if r["Action"] == "undo"]
    assert [r["Given name"] for r in undos] == ["Иван", "Jörg"]


def test_scanned_codes_and_the_secret_stay_out(scenario, tmp_path):
    from checkin import checkins

    code = guests.badge_code(scenario.event, scenario.joerg)
    checkins.check_in(scenario.event, code, scenario.exchange, desk="Scanner")
    out = tmp_path / "log.csv"
    export_log(scenario.event, out, lang="de")
    text = out.read_text(encoding="utf-8-sig")
    assert code not in text and scenario.event.secret not in text
    last = list(csv.DictReader(text.splitlines()))[-1]
    assert (last["Station"], last["Quelle"], last["Aktion"]) == ("Scanner", "Scan", "Check-in")
