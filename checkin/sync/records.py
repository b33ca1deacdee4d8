"""Journal records on disk: one JSON line each, in numbered segment files, read with limits.

A record is one line ``{"r": {...}, "crc": "..."}`` (the checksum catches damage, not
forgery). Segment ``<first seq>.jsonl`` holds records first, first+1, … one per line, so a
line's place tells its sequence number even when the line itself cannot be read: a bad
line is reported at its place and the lines after it still count.

Lines come from other desks and are untrusted: none is read whole if it passes
``MAX_LINE`` bytes, and a trailing line without its newline is a half-written (or
half-synced) record that is left alone until it is complete.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

MAX_LINE = 64 * 1024  # a guest with every field full is under 20 KB
RAW_KEEP = 400  # bytes of a refused line kept for the desks panel
_SKIP_CHUNK = 1 << 16


@dataclass(frozen=True)
class Record:
    desk: str
    seq: int
    kind: str  # "checkin", "guest" or "unpair"
    at: str
    payload: dict


def _body_text(body: dict) -> str:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def encode(record: Record) -> bytes:
    body = {
        "desk": record.desk,
        "seq": record.seq,
        "kind": record.kind,
        "at": record.at,
        "p": record.payload,
    }
    crc = hashlib.sha256(_body_text(body).encode()).hexdigest()[:16]
    return (_body_text({"r": body, "crc": crc}) + "\n").encode()


class DamagedRecord(ValueError):
    """A complete journal line that is not a record (bad JSON, missing parts, checksum)."""


def decode(line: bytes) -> Record:
    try:
        data = json.loads(line)
        body = data["r"]
        if hashlib.sha256(_body_text(body).encode()).hexdigest()[:16] != data["crc"]:
            raise DamagedRecord("checksum mismatch")
        return Record(body["desk"], body["seq"], body["kind"], body["at"], body["p"])
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise DamagedRecord(str(exc)[:200]) from exc


@dataclass(frozen=True)
class Line:
    """The line at sequence number ``seq`` of a desk's journal: a record, or why it is not one."""

    seq: int
    record: Record | None
    problem: str = ""  # "too_long" or "damaged" when record is None
    raw: bytes = b""  # the start of the line, for the quarantine


def segments(desk_dir: Path) -> list[tuple[int, Path]]:
    """A desk's segments as (first seq, path), in order."""
    out = []
    for path in desk_dir.glob("*.jsonl"):
        if path.stem.isdigit() and len(path.stem) < 12:
            out.append((int(path.stem), path))
    return sorted(out)


def _lines(path: Path):
    """(complete, too_long, start of line) for each line; a trailing partial line is left out
    unless it is already too long to ever be a record."""
    with open(path, "rb") as fh:
        while True:
            line = fh.readline(MAX_LINE + 1)
            if not line:
                return
            if line.endswith(b"\n"):
                yield True, False, line[:-1]
                continue
            if len(line) <= MAX_LINE:
                return  # half-written: complete next time
            head = line[:RAW_KEEP]
            while line and not line.endswith(b"\n"):  # skip it without holding it
                line = fh.readline(_SKIP_CHUNK)
            yield True, True, head


def read_lines(desk_dir: Path, after: int = 0) -> tuple[list[Line], str | None]:
    """The desk's complete lines with seq > ``after``, in order; and why reading stopped early.

    Reading stops only at a gap (a segment that has not arrived yet), so records are handed
    on in the order the desk wrote them; a bad line is handed on as such, in its place.
    """
    segs = segments(desk_dir)
    out: list[Line] = []
    expected = after + 1
    for i, (first, path) in enumerate(segs):
        if i + 1 < len(segs) and segs[i + 1][0] <= expected:
            continue  # everything in this segment is already read
        if first > expected:
            return out, f"gap before seq {first}"
        try:
            for k, (_complete, too_long, data) in enumerate(_lines(path)):
                seq = first + k
                if seq < expected:
                    continue
                if i + 1 < len(segs) and seq >= segs[i + 1][0]:
                    break  # a restarted writer went on in the next segment
                out.append(_line(seq, too_long, data))
                expected = seq + 1
        except OSError:
            return out, f"cannot read {path.name}"
    return out, None


def _line(seq: int, too_long: bool, data: bytes) -> Line:
    if too_long:
        return Line(seq, None, "too_long", data[:RAW_KEEP])
    try:
        return Line(seq, decode(data), raw=data[:RAW_KEEP])
    except DamagedRecord:
        return Line(seq, None, "damaged", data[:RAW_KEEP])


def last_seq(desk_dir: Path) -> int:
    """The sequence number of the desk's last complete line (0 if none); reads one segment."""
    segs = segments(desk_dir) if desk_dir.is_dir() else []
    if not segs:
        return 0
    first, path = segs[-1]
    try:
        return first - 1 + sum(1 for _ in _lines(path))
    except OSError:
        return first - 1
