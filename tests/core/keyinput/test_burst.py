import pytest

from checkin.keyinput.burst import ENTER, BurstDetector, Step, detect
from tests.core.keyinput.key_data import BURSTS


def _absolute(keys):
    out, now = [], 1000.0
    for key, gap in keys:
        now += gap
        out.append((key, now))
    return out


@pytest.mark.parametrize(("name", "keys", "scans"), BURSTS, ids=[b[0] for b in BURSTS])
def test_bursts_are_told_from_typing(name, keys, scans):
    assert detect(_absolute(keys)) == scans


def test_first_key_after_a_gap_starts_a_candidate_and_others_continue():
    d = BurstDetector()
    assert d.feed("C", 0).step is Step.STARTED
    assert d.feed("K", 5).step is Step.CONTINUES
    assert d.pending == "CK"
    assert d.feed("1", 500).step is Step.STARTED  # too slow: a new start
    assert d.pending == "1"


def test_a_non_text_key_cancels_the_burst():
    d = BurstDetector(min_length=3)
    for i, ch in enumerate("ABCDEF"):
        d.feed(ch, i * 3)
    d.other()  # e.g. Backspace
    assert not d.feed(ENTER, 20).is_scan
    assert d.pending == ""


def test_thresholds_are_settings():
    keys = _absolute([(ch, 60) for ch in "ABCDEFGH"] + [(ENTER, 60)])
    assert detect(keys) == []
    assert detect(keys, max_gap_ms=80) == ["ABCDEFGH"]


def test_would_complete_answers_without_consuming():
    d = BurstDetector(min_length=3)
    for i, ch in enumerate("ABCD"):
        d.feed(ch, i * 2)
    assert d.would_complete(8) and not d.would_complete(500)
    assert d.pending == "ABCD"
    assert d.feed(ENTER, 9).text == "ABCD"


def test_a_stalled_scanner_leaves_its_first_keys_as_a_prefix():
    keys = _absolute(
        [(ch, 4) for ch in "CK7M"] + [("2", 120)] + [(ch, 4) for ch in "5AR4GNP"] + [(ENTER, 4)]
    )
    d = BurstDetector()
    verdicts = [d.feed(k, t) for k, t in keys]
    scan = verdicts[-1]
    assert scan.is_scan and scan.text == "25AR4GNP" and scan.prefix == "CK7M"
    assert verdicts[4].chained  # the "2" continues what came just before


def test_after_a_long_pause_there_is_no_prefix():
    keys = _absolute([(ch, 150) for ch in "Wei"] + [("C", 900)] + [(ch, 4) for ch in "K1234567\n"])
    d = BurstDetector()
    verdicts = [d.feed(k, t) for k, t in keys]
    assert verdicts[-1].text == "CK1234567" and verdicts[-1].prefix == ""
