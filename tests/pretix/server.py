"""A real pretix server for the tests: pretix from PyPI, its own SQLite database, on 127.0.0.1.

pretix pins other versions of reportlab, qrcode, Pillow … than checkin, so it lives in its own
virtual environment. Building it is slow (install ≈ 0.5–2 min, ``migrate`` ≈ 1–2 min on two
cores), so it is done once and cached outside the repository, keyed by the pretix version:

    ~/.cache/checkin-tests/pretix/<version>/venv/          pretix and its dependencies
    ~/.cache/checkin-tests/pretix/<version>/seeded-<rev>.sqlite3   migrated and seeded

The seeded database holds an organizer with three teams (all rights for the tests; what the
README tells users to give a desk: orders "View all and check-in"; check-in only) and a template
event (locales de/en/ru, signed ``pretix_sig1`` secrets, products, questions, check-in lists).
Each test session copies it and starts its own server; each test clones the template into an
event of its own (pretix gives every clone its own signing key) and orders through the API.
``CHECKIN_PRETIX_CACHE`` moves the cache.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

VERSION = "2026.8.0"
SEED_REVISION = 1  # bump when the seed below changes: a new cached database is built
ORGANIZER = "ihk"
TEMPLATE = "template"
ADMIN_TOKEN = "checkin-tests-admin-token-0000000000000000000000000000000000000000"[:64]
DESK_TOKEN = "checkin-tests-desk-token-00000000000000000000000000000000000000000"[:64]
CHECKIN_ONLY_TOKEN = "checkin-tests-scan-only-token-000000000000000000000000000000000000"[:64]
START_TIMEOUT = 120


def cache_root() -> Path:
    # Not XDG_CACHE_HOME: the test session points that at a fresh folder (tests/conftest.py).
    return Path(
        os.environ.get("CHECKIN_PRETIX_CACHE") or Path.home() / ".cache/checkin-tests/pretix"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(cmd: list, *, log: Path, **kwargs) -> None:
    with log.open("ab") as out:
        done = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, check=False, **kwargs)
    if done.returncode != 0:
        tail = log.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({done.returncode}):\n{tail}")


# -- the seed: organizer, teams, template event ------------------------------------------------
_SEED_TEAMS = f"""
from django_scopes import scopes_disabled
from pretix.base.models import Organizer, Team
with scopes_disabled():
    org = Organizer.objects.create(name="IHK Testbezirk", slug="{ORGANIZER}")
    admin = Team.objects.create(organizer=org, name="Tests", all_events=True,
        all_event_permissions=True, all_organizer_permissions=True)
    admin.tokens.create(name="tests", token="{ADMIN_TOKEN}")
    desk = Team.objects.create(organizer=org, name="Check-in desks", all_events=True,
        limit_event_permissions={{"event.orders:read": True, "event.orders:checkin": True}})
    desk.tokens.create(name="checkin laptop", token="{DESK_TOKEN}")
    scan = Team.objects.create(organizer=org, name="Scan only", all_events=True,
        limit_event_permissions={{"event.orders:checkin": True}})
    scan.tokens.create(name="scanner", token="{CHECKIN_ONLY_TOKEN}")
"""
_SEED_SIGNED = f"""
from django_scopes import scopes_disabled
from pretix.base.models import Event
with scopes_disabled():
    ev = Event.objects.get(organizer__slug="{ORGANIZER}", slug="{TEMPLATE}")
    ev.settings.ticket_secret_generator = "pretix_sig1"  # not offered by the settings API
"""


def _seed_template(server: PretixServer) -> None:
    api = server.api
    api(
        "POST",
        "events/",
        {
            "name": {"de": "Kooperationsbörse (Vorlage)", "en": "Cooperation exchange"},
            "slug": TEMPLATE,
            "date_from": "2027-04-20T09:00:00+02:00",
            "currency": "EUR",
            "live": False,
            "timezone": "Europe/Berlin",
        },
    )
    base = f"events/{TEMPLATE}/"
    api(
        "PATCH",
        base + "settings/",
        {
            "locales": ["de", "en", "ru"],
            "locale": "de",
            "attendee_names_asked": True,
            "attendee_emails_asked": True,
            "attendee_company_asked": True,
            "name_scheme": "given_family",
        },
    )
    ids = []
    for body in (
        {"name": {"de": "Delegation", "ru": "Делегация"}},
        {
            "name": {"de": "Besucher", "en": "Visitor", "ru": "Посетитель"},
            "checkin_attention": True,
            "checkin_text": "Bitte Ausweis prüfen",
        },
        {"name": {"de": "Presseakkreditierung", "en": "Press pass"}},
        {"name": {"de": "Parkplatz", "en": "Parking"}, "admission": False, "personalized": False},
    ):
        item = {"default_price": "0.00", "admission": True, "personalized": True, **body}
        ids.append(api("POST", base + "items/", item)["id"])
    api("POST", base + "quotas/", {"name": "Alle", "size": None, "items": ids})
    api(
        "POST",
        base + "questions/",
        {
            "question": {"de": "Branche", "en": "Industry"},
            "type": "S",
            "items": ids[:3],
            "identifier": "BRANCHE",
            "required": False,
        },
    )
    api(
        "POST",
        base + "questions/",
        {
            "question": {"de": "Dolmetscher benötigt?", "en": "Interpreter needed?"},
            "type": "B",
            "items": ids[:3],
            "identifier": "DOLMETSCHER",
            "required": False,
        },
    )
    api("POST", base + "checkinlists/", {"name": "Einlass", "all_products": True})
    api(
        "POST",
        base + "checkinlists/",
        {"name": "Abendempfang", "all_products": False, "limit_products": [ids[0]]},
    )
    server.shell(_SEED_SIGNED)


# -- the cached installation ------------------------------------------------------------------
@dataclass
class Install:
    root: Path

    @property
    def python(self) -> Path:
        return self.root / "venv" / "bin" / "python"

    @property
    def seeded(self) -> Path:
        return self.root / f"seeded-{SEED_REVISION}.sqlite3"

    @classmethod
    def ready(cls) -> Install:
        """The cached venv and seeded database, built under a lock if missing."""
        install = cls(cache_root() / VERSION)
        install.root.mkdir(parents=True, exist_ok=True)
        with (install.root / "build.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # another session may be building it right now
            if not (install.root / "venv" / "complete").exists():
                install._build_venv()
            if not install.seeded.exists():
                install._build_database()
        return install

    def _build_venv(self) -> None:
        venv = self.root / "venv"
        shutil.rmtree(venv, ignore_errors=True)  # a build that was cut off
        log = self.root / "install.log"
        _run([sys.executable, "-m", "venv", str(venv)], log=log)
        pip = [str(self.python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        _run([*pip, f"pretix=={VERSION}"], log=log)
        (venv / "complete").write_text(VERSION)  # the venv only counts once complete

    def _build_database(self) -> None:
        work = self.root / "build"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        server = PretixServer(self, work, database=None)
        _run(
            [str(self.python), "-m", "pretix", "migrate", "-v0"],
            log=work / "migrate.log",
            env=server.env,
        )
        server.start()
        try:
            server.shell(_SEED_TEAMS)
            _seed_template(server)
        finally:
            server.stop()
        tmp = self.seeded.with_suffix(".tmp")
        shutil.copy(work / "data" / "db.sqlite3", tmp)
        tmp.rename(self.seeded)
        shutil.rmtree(work, ignore_errors=True)


# -- one running server -----------------------------------------------------------------------
class PretixServer:
    """pretix's runserver on 127.0.0.1 with its own copy of the database."""

    def __init__(self, install: Install, workdir: Path, database: Path | None):
        self.install = install
        self.workdir = workdir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        data = workdir / "data"
        data.mkdir(parents=True, exist_ok=True)
        if database is not None:
            shutil.copy(database, data / "db.sqlite3")
        config = workdir / "pretix.cfg"
        config.write_text(
            "[pretix]\ninstance_name=checkin-tests\n"
            f"url={self.url}\ndatadir={data}\necb_rates=false\n"
            f"[database]\nbackend=sqlite3\nname={data / 'db.sqlite3'}\n"
            "[django]\ndebug=false\nsecret=checkin-tests-not-secret\n"
            "[mail]\nfrom=pretix@localhost\n"
        )
        self.env = {**os.environ, "PRETIX_CONFIG_FILE": str(config)}
        self.log = workdir / "server.log"

    def start(self) -> PretixServer:
        out = self.log.open("ab")
        self.process = subprocess.Popen(
            [
                str(self.install.python),
                "-m",
                "pretix",
                "runserver",
                f"127.0.0.1:{self.port}",
                "--noreload",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=self.env,
            cwd=self.workdir,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"pretix stopped:\n{self.log_tail()}")
            try:
                urllib.request.urlopen(self.url + "/api/v1/organizers/", timeout=2)
            except urllib.error.HTTPError:
                return self  # 401: the API answers
            except OSError:
                time.sleep(0.3)
                continue
            return self
        self.stop()
        raise RuntimeError(f"pretix did not answer within {START_TIMEOUT} s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def log_tail(self, chars: int = 3000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""

    def shell(self, code: str) -> str:
        done = subprocess.run(
            [str(self.install.python), "-m", "pretix", "shell"],
            input=code,
            capture_output=True,
            text=True,
            env=self.env,
            cwd=self.workdir,
            check=False,
        )
        if done.returncode != 0 or "Traceback" in done.stderr:
            raise RuntimeError(f"pretix shell failed:\n{done.stdout}\n{done.stderr}")
        return done.stdout

    def api(
        self, method: str, path: str, body=None, *, token: str = ADMIN_TOKEN, ok=(200, 201, 204)
    ):
        """A request as the tests' all-rights team; returns the JSON answer."""
        url = (
            path if path.startswith("http") else f"{self.url}/api/v1/organizers/{ORGANIZER}/{path}"
        )
        req = urllib.request.Request(
            url,
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"Token {token}", "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                status, raw = resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            status, raw = exc.code, exc.read()
        if status not in ok:
            raise AssertionError(f"{method} {path}: HTTP {status}: {raw[:2000]!r}")
        return json.loads(raw) if raw else None

    def new_event(self, slug: str) -> PretixEvent:
        """A fresh event cloned from the template (its own signing key, no orders)."""
        self.api(
            "POST",
            f"events/?clone_from={TEMPLATE}",
            {
                "name": {"de": f"Kooperationsbörse {slug}", "en": f"Cooperation exchange {slug}"},
                "slug": slug,
                "date_from": "2027-04-20T09:00:00+02:00",
                "currency": "EUR",
                "live": False,
            },
        )
        return PretixEvent(self, slug)


def _de(name) -> str:
    return name.get("de") or next(iter(name.values())) if isinstance(name, dict) else str(name)


@dataclass
class PretixEvent:
    server: PretixServer
    slug: str
    items: dict = field(default_factory=dict)  # German name -> id
    questions: dict = field(default_factory=dict)  # identifier -> id
    lists: dict = field(default_factory=dict)  # name -> id

    def __post_init__(self):
        base = f"events/{self.slug}/"
        self.items = {
            _de(i["name"]): i["id"] for i in self.server.api("GET", base + "items/")["results"]
        }
        self.questions = {
            q["identifier"]: q["id"] for q in self.server.api("GET", base + "questions/")["results"]
        }
        self.lists = {
            c["name"]: c["id"] for c in self.server.api("GET", base + "checkinlists/")["results"]
        }

    def path(self, rest: str = "") -> str:
        return f"events/{self.slug}/{rest}"

    def order(
        self,
        *people: dict,
        email: str = "buyer@example.org",
        locale: str = "de",
        checkin_attention: bool = False,
        checkin_text: str | None = None,
    ) -> dict:
        """Place a paid order: one position per person dict (item, given, family, company,
        email, answers {identifier: text})."""
        positions = []
        for person in people:
            answers = [
                {"question": self.questions[key], "answer": value, "options": []}
                for key, value in (person.get("answers") or {}).items()
            ]
            position = {
                "item": self.items[person.get("item", "Delegation")],
                "price": "0.00",
                "answers": answers,
            }
            if person.get("given") or person.get("family"):
                position["attendee_name_parts"] = {
                    "_scheme": "given_family",
                    "given_name": person.get("given", ""),
                    "family_name": person.get("family", ""),
                }
            for key, target in (("company", "company"), ("email", "attendee_email")):
                if person.get(key):
                    position[target] = person[key]
            positions.append(position)
        body = {
            "email": email,
            "locale": locale,
            "send_email": False,
            "payment_provider": "free",
            "status": "p",
            "checkin_attention": checkin_attention,
            "positions": positions,
        }
        if checkin_text:
            body["checkin_text"] = checkin_text
        return self.server.api("POST", self.path("orders/"), body)

    def cancel(self, code: str) -> None:
        self.server.api("POST", self.path(f"orders/{code}/mark_canceled/"), {"send_email": False})

    def valid_keys(self) -> list[str]:
        return self.server.api("GET", self.path())["valid_keys"]["pretix_sig1"]

    def list_status(self, list_name: str = "Einlass") -> dict:
        return self.server.api("GET", self.path(f"checkinlists/{self.lists[list_name]}/status/"))

    def checkins(self, list_name: str = "Einlass") -> list[dict]:
        """Every check-in pretix recorded on the list (successful ones), oldest first."""
        rows = self.server.api(
            "GET", self.path(f"checkins/?list={self.lists[list_name]}&page_size=50")
        )["results"]
        return sorted(rows, key=lambda r: (r["datetime"], r["id"]))
