"""The speed targets of issue 24 measured for one checkout, so that two checkouts can be
compared on one machine in one run. Run it with that checkout's Python from inside it:

    for t in help scan search badges render xlsx pdf import desk; do
      (cd OLD && .venv/bin/python NEW/tests/benchmarks/before_after.py /tmp/old $t)
      (cd NEW && .venv/bin/python NEW/tests/benchmarks/before_after.py /tmp/new $t)
    done

Prints one JSON object. Whole processes are medians of fresh ``checkin`` processes; the
exports and the import are CPU medians; the render is a wall-clock median. It uses only what
older checkouts have too (their bigevent.py, the CLI, render_badges, export_xlsx/pdf,
import_file); the list to import and the desk probe come from this directory.
"""

from __future__ import annotations

import io
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent  # the newer checkout's benchmarks


def _env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("CONFIG", "DATA", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(work / name.lower())
    return env


def _processes(env, argvs, ok=(0,)) -> int:
    """Milliseconds, the median of one fresh ``checkin`` process per argument list."""
    script = str(Path(sys.executable).with_name("checkin"))
    subprocess.run([script, *argvs[0]], env=env, capture_output=True)  # warm the disk cache
    times = []
    for argv in argvs:
        start = time.perf_counter()
        done = subprocess.run([script, *argv], env=env, capture_output=True)
        times.append(time.perf_counter() - start)
        assert done.returncode in ok, (argv, done.stderr.decode()[-2000:])
    return round(statistics.median(times) * 1000)


def _cpu(fn, rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return round(statistics.median(times), 2)


def _token(i: int, codes) -> str:
    out = []
    for _ in range(codes.TOKEN_LEN):
        out.append(codes.ALPHABET[i % 32])
        i //= 32
    return "".join(out)


def _big_event(work: Path):
    """50,000 guests with check-ins (the checkout's own bigevent.py), tokens that scan."""
    from checkin import codes
    from tests.benchmarks.bigevent import build_big_event

    path = work / "big50k.checkin"
    if not path.exists():
        event = build_big_event(path, 50_000)
        if any(
            c not in codes.ALPHABET
            for (t,) in event.db.execute("SELECT token FROM guests LIMIT 1")
            for c in t
        ):
            with event.db.conn:  # older bigevent.py wrote "tok…", which no code carries
                event.db.conn.executemany(
                    "UPDATE guests SET token = ? WHERE id = ?",
                    [
                        (_token(g, codes), g)
                        for (g,) in event.db.execute("SELECT id FROM guests").fetchall()
                    ],
                )
        event.close()
    return path


def _thousand(work: Path):
    """1,000 guests at 20 tables (as test_badges_benchmark.py builds them)."""
    from checkin import guests, tables
    from checkin.event import Event, EventInfo

    path = work / "thousand.checkin"
    if path.exists():
        return path
    given = ["Anna", "Jörg", "Иван", "Ольга", "Mary", "Lukas", "Светлана", "Maximilian-Alexander"]
    family = ["Müller", "Weiß", "Парфёнов", "Кузнецова", "Smith", "Schäfer", "Иванов", "Lefèvre"]
    orgs = ["Müller GmbH", "ООО «СибМедПрибор»", "Stadtwerke Wiesental – Digitale Dienste",
            "Landesentwicklungsgesellschaft Wiesental mbH"]  # fmt: skip
    rnd = random.Random(4)
    event = Event.create(path, EventInfo(name="Börse"))
    table_ids = [tables.add_table(event, n, theme=f"Thema {n}").id for n in range(1, 21)]
    guests.add_guests(
        event,
        (
            {
                "given_name": rnd.choice(given),
                "family_name": f"{rnd.choice(family)}{i}",
                "organisation": rnd.choice(orgs),
                "position": "Geschäftsführerin" if i % 3 else "",
                "category": rnd.choice(["Guest", "Delegation", "Press", "Speaker", "Staff"]),
                "language": rnd.choice(["de", "ru", "en"]),
                "table_id": rnd.choice(table_ids),
            }
            for i in range(1000)
        ),
    )
    event.close()
    return path


def measure(work: Path, wanted: set[str]) -> dict:
    from checkin import codes
    from checkin.event import Event

    env, out = _env(work), {}
    big = _big_event(work)
    event = Event.open(big)
    secret = event.secret
    free = [
        (token, gid)
        for token, gid in event.db.execute(
            "SELECT token, id FROM guests WHERE id NOT IN (SELECT guest_id FROM checkins) LIMIT 40"
        )
    ]
    event.close()
    want = (lambda k: True) if not wanted else wanted.__contains__
    if want("help"):
        out["help_ms"] = _processes(env, [["--help"]] * 12)
    if want("scan"):
        argvs = [["scan", str(big), codes.make_code(secret, t)] for t, _ in free[:12]]
        out["scan_ms"] = _processes(env, argvs, ok=(0, 1, 2, 3, 4))
    if want("search"):
        words = ["Müller4711", "Парфёнов123", "Smith99", "weiss12", "Ivanov77", "Kuznecova5"] * 2
        out["search_ms"] = _processes(env, [["guests", str(big), "--search", w] for w in words])
    if want("badges"):
        argv = ["badges", str(_thousand(work)), "--layout", "insert-90x54", "--out",
                str(work / "b.pdf"), "--no-log"]  # fmt: skip
        out["badges_process_ms"] = _processes(env, [argv] * 8)
    if want("render"):
        from checkin.badges import render_badges, select_guests

        with Event.open(_thousand(work)) as event:
            people, times = select_guests(event), []
            for _ in range(6):
                start = time.perf_counter()
                render_badges(event, people, "insert-90x54", io.BytesIO(), record=False)
                times.append(time.perf_counter() - start)
        out["render_ms"] = round(statistics.median(times[1:]) * 1000)
    if want("xlsx") or want("pdf"):
        from checkin.exporting.pdf_report import export_pdf
        from checkin.exporting.xlsx_export import export_xlsx

        with Event.open(big) as event:
            if want("xlsx"):
                out["xlsx_cpu_s"] = _cpu(lambda: export_xlsx(event, work / "x.xlsx"))
            if want("pdf"):
                out["pdf_cpu_s"] = _cpu(lambda: export_pdf(event, work / "x.pdf"))
    if want("import"):
        out["import_cpu_s"] = _import(work)
    if want("desk"):
        out["desk_usable_s"] = _desk(work, env, big, secret, free[20:26])
    return out


def _import(work: Path) -> float:
    from checkin.event import Event, EventInfo
    from checkin.importing import import_file

    names: dict = {}
    source = (HERE / "test_import_benchmark.py").read_text()
    exec(compile(source.split("def test_import_50000_rows")[0], "import list", "exec"), names)
    path = work / "list.csv"
    if not path.exists():
        names["_write_list"](path)
    times = []
    for i in range(4):
        target = work / f"import{i}.checkin"
        target.unlink(missing_ok=True)
        event = Event.create(target, EventInfo(name="Import"))
        start = time.process_time()
        import_file(event, path)
        times.append(time.process_time() - start)
        event.close()
    return round(statistics.median(times), 2)


def _desk(work: Path, env, big: Path, secret: str, guests) -> float:
    """Start `checkin open` and type a code into whatever has the focus until the check-in
    is in the file (desk_probe.py), once per guest."""
    from checkin import codes

    env = dict(env, QT_QPA_PLATFORM="offscreen")
    times = []
    for token, gid in guests:
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(HERE / "desk_probe.py"), str(big), codes.make_code(secret, token), str(gid)],
            env=env, capture_output=True, timeout=120, cwd=str(work),
        )  # fmt: skip
        times.append(time.perf_counter() - start)
        assert b"ready" in done.stdout, done.stderr.decode()[-1500:]
    return round(statistics.median(times), 2)


if __name__ == "__main__":
    sys.path.insert(0, str(Path.cwd()))  # this checkout's tests/benchmarks/bigevent.py
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    print(json.dumps(measure(folder, set(sys.argv[2:]))))
