"""Bad input never crashes: random and hostile text to the scan parser, the search, the
importer; random bytes as event files; hostile names stored as the plain text they are."""

from __future__ import annotations

import os
import shutil
import string
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from checkin import checkins, codes, guests, search
from checkin.checkins import Result
from checkin.errors import CheckinError
from checkin.event import Event

FIXTURES_OK = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

HOSTILE = [
    "Robert'); DROP TABLE guests;--",
    "' OR '1'='1",
    '"; DELETE FROM checkins; --',
    "<b>Fett</b><img src=x onerror=alert(1)>",
    "<script>alert('x')</script>",
    "&lt;not an entity&gt; &amp;",
    '=HYPERLINK("http://evil.example","click")',
    "=1+2",
    "+49 170 123",
    "-SUM(A1:A9)",
    "@SUM(A1)",
    "\u202egnp.exe",  # right-to-left override
    "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",  # Hebrew, Arabic
    "Ива\u200bнов",  # zero-width space inside
    "\ufeffBOM",
    "Zoë\u0301 Ä\u0308",  # combining marks
    "%s %d {0} {name} %1",
    "\\x00 \\n",
    "Null\x00Byte",
    "Tab\tand\nnewline",
    "😀👍🏽 Émoji",
    "ㅤ",  # Hangul filler, looks blank
]

hostile_text = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=60))


# -- the scan parser and check-in ------------------------------------------------------------
@given(st.text(max_size=80))
@settings(max_examples=300, deadline=None)
def test_parse_code_never_crashes_and_never_accepts_random_text(text):
    parsed = codes.parse_code("11" * 32, text)
    assert parsed.status is not codes.CodeStatus.VALID


@given(
    position=st.integers(min_value=len(codes.PREFIX), max_value=codes.CODE_LEN - 1),
    replacement=st.sampled_from(codes.ALPHABET),
)
@settings(max_examples=200, deadline=None)
def test_a_changed_character_is_never_a_valid_badge(position, replacement):
    secret = "22" * 32
    code = codes.make_code(secret, "ABCDEF", 1)
    forged = code[:position] + replacement + code[position + 1 :]
    assume(forged != code)
    assert codes.parse_code(secret, forged).status is not codes.CodeStatus.VALID


@given(st.text(alphabet=codes.ALPHABET, min_size=8, max_size=8))
@settings(max_examples=100, deadline=None)
def test_a_guessed_signature_with_a_correct_check_character_is_forged(signature):
    secret = "33" * 32
    real = codes.make_code(secret, "QRSTVW", 1)
    body = real[: -(codes.SIG_LEN + 1)] + signature
    guess = body + codes._check_char(body)
    assume(guess != real)
    assert codes.parse_code(secret, guess).status is codes.CodeStatus.FORGED


@given(hostile_text)
@FIXTURES_OK
def test_check_in_with_hostile_text_refuses_and_writes_no_checkin(event, text):
    before = len(checkins.log_entries(event))
    result = checkins.check_in(event, text)
    refusals = {Result.UNKNOWN_CODE, Result.FORGED_CODE, Result.MISTYPED_CODE, Result.OTHER_EVENT}
    assert result.result in refusals
    assert len(checkins.log_entries(event)) == before


# -- search ---------------------------------------------------------------------------------
@given(hostile_text)
@FIXTURES_OK
def test_search_with_hostile_text_returns_a_subset(event, query):
    everyone = guests.list_guests(event)
    found = search.search(everyone, query)
    assert all(g in everyone for g in found)


# -- names stored and returned as they are ------------------------------------------------------
@given(given=hostile_text, family=hostile_text, org=hostile_text)
@FIXTURES_OK
def test_hostile_names_are_stored_and_returned_as_plain_text(event, given, family, org):
    assume(given.strip() or family.strip())
    guest = guests.add_guest(event, given_name=given, family_name=family, organisation=org)
    again = guests.get_guest(event, guest.id)
    assert (again.given_name, again.family_name, again.organisation) == (
        given.strip(),
        family.strip(),
        org.strip(),
    )
    # the tables are all still there and the guest can be found by name
    assert {"guests", "checkins", "audit"} <= set(event.db.table_names())
    words = search.fold(given.strip()).split()
    assume(words)
    assert again in search.search(guests.list_guests(event), given.strip())


# -- random bytes as event files ----------------------------------------------------------------
@pytest.fixture(scope="module")
def workdir():
    folder = Path(tempfile.mkdtemp(prefix="checkin-hostile-"))
    yield folder
    shutil.rmtree(folder)


@given(data=st.binary(max_size=4096), magic=st.booleans())
@settings(max_examples=150, deadline=None)
def test_random_bytes_as_event_file_raise_checkin_error(workdir, data, magic):
    path = workdir / "random.checkin"
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)
    path.write_bytes((b"SQLite format 3\x00" if magic else b"") + data)
    with pytest.raises(CheckinError):
        Event.open(path).close()


@pytest.fixture(scope="module")
def good_file(workdir):
    from checkin.demo import create_demo

    path = workdir / "good.checkin"
    create_demo(path).close()
    return path


@given(
    flips=st.lists(st.tuples(st.integers(0, 10**9), st.integers(1, 255)), min_size=1, max_size=12)
)
@settings(max_examples=60, deadline=None, derandomize=True)
def test_flipped_bytes_in_a_real_event_file_open_cleanly_or_raise_checkin_error(
    workdir, good_file, flips
):
    data = bytearray(good_file.read_bytes())
    for offset, mask in flips:
        data[offset % len(data)] ^= mask
    path = workdir / "flipped.checkin"
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)
    path.write_bytes(bytes(data))
    try:
        event = Event.open(path)
    except CheckinError:
        return
    try:  # it opened: then every row of every table reads back (as text, maybe with U+FFFD)
        for table in event.db.table_names():
            event.db.execute(f'SELECT * FROM "{table}"').fetchall()
    finally:
        event.close()


# -- the importer -------------------------------------------------------------------------------
def _importing():
    try:
        import checkin.importing as importing
    except ImportError:  # pragma: no cover - the importer is another issue's work
        pytest.skip("checkin.importing does not exist yet")
    return importing


@given(
    rows=st.lists(
        st.lists(hostile_text.map(lambda t: t.replace("\x00", "")), min_size=1, max_size=4),
        max_size=6,
    ),
    sep=st.sampled_from([",", ";", "\t"]),
)
@FIXTURES_OK
def test_importer_with_hostile_csv_reports_or_refuses_cleanly(event, tmp_path, rows, sep):
    importing = _importing()
    header = sep.join(["Vorname", "Nachname", "Firma", "E-Mail"])
    body = "\n".join(sep.join(cells) for cells in rows)
    path = tmp_path / "list.csv"
    path.write_text(header + "\n" + body, encoding="utf-8")
    before = len(guests.list_guests(event))
    try:
        importing.import_file(event, path)
    except CheckinError:
        assert len(guests.list_guests(event)) == before  # a refused file changes nothing
    assert event.db.execute("PRAGMA quick_check").fetchone() == ("ok",)


@given(st.binary(max_size=2048), st.sampled_from([".csv", ".xlsx", ".txt", ".tsv"]))
@FIXTURES_OK
def test_importer_with_random_bytes_never_crashes(event, tmp_path, data, suffix):
    importing = _importing()
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    before = len(guests.list_guests(event))
    try:
        importing.import_file(event, path)
    except CheckinError:
        assert len(guests.list_guests(event)) == before


def test_hostile_list_is_plain_ascii_safe():
    # the fixed list really holds what it claims (guards against an editor "fixing" it)
    assert any("\u202e" in t for t in HOSTILE) and any("\u200b" in t for t in HOSTILE)
    assert any(t.startswith("=") for t in HOSTILE)
    assert not all(set(t) <= set(string.printable) for t in HOSTILE)
    _ = os
