"""Ingest over HTTP from a local server: conditional GET, errors and timeouts."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest import store
from matcher.cli import cli

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Vacatures Gemeente Oost</title>
<item><title>Medewerker burgerzaken</title><guid>go-1</guid>
<location>Hengelo</location><salary>€ 2.900 - € 3.700 per maand</salary>
<description>Je helpt inwoners aan de balie met paspoorten en rijbewijzen.</description></item>
<item><title>Administratief medewerker belastingen</title><guid>go-2</guid>
<location>Almelo</location><hours>24 uur</hours></item>
</channel></rss>""".encode()

ETAG = '"oost-v1"'
LAST_MODIFIED = "Mon, 02 Nov 2026 08:00:00 GMT"


class Handler(BaseHTTPRequestHandler):
    """Serves /vacatures.rss with caching headers and a few failing paths; logs every answer."""

    log: list[tuple[str, str | None, int]] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/traag.rss":
            time.sleep(2.5)
            self._answer(200, FEED)
        elif self.path == "/kapot.rss":
            self._answer(500, b"interne fout")
        elif self.path != "/vacatures.rss":
            self._answer(404, b"niet gevonden")
        elif self.headers.get("If-None-Match") == ETAG:
            self._answer(304, b"")
        else:
            self._answer(200, FEED)

    def _answer(self, status: int, body: bytes) -> None:
        type(self).log.append((self.path, self.headers.get("If-None-Match"), status))
        self.send_response(status)
        self.send_header("ETag", ETAG)
        self.send_header("Last-Modified", LAST_MODIFIED)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            try:
                self.wfile.write(body)
            except BrokenPipeError:
                pass  # the client gave up waiting (the timeout test)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Keep test output clean."""


@pytest.fixture
def server() -> Iterator[str]:
    Handler.log = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def ingest(db: Path, *locations: str) -> tuple[int, list[dict]]:
    result = CliRunner().invoke(
        cli, ["ingest", *locations, "--db", str(db), "--json", "--silent", "--timeout", "1"]
    )
    return result.exit_code, json.loads(result.output)


def test_second_ingest_gets_304_and_changes_nothing_but_last_seen(
    server: str, tmp_path: Path
) -> None:
    db = tmp_path / "p.db"
    url = f"{server}/vacatures.rss"
    code, first = ingest(db, url)
    assert code == 0 and first[0]["new"] == 2
    before = {r["id"]: r for r in store.open_db(db)["vacancies"].rows}
    store.open_db(db).execute("update vacancies set last_seen = '2026-01-01T00:00:00+00:00'")
    store.open_db(db).conn.commit()
    code, second = ingest(db, url)
    assert code == 0
    assert second[0]["not_modified"] is True and second[0]["unchanged"] == 2
    assert Handler.log == [("/vacatures.rss", None, 200), ("/vacatures.rss", ETAG, 304)]
    after = {r["id"]: r for r in store.open_db(db)["vacancies"].rows}
    assert after.keys() == before.keys()
    for key, row in after.items():
        assert row["last_seen"] > "2026-01-01T00:00:00+00:00"
        assert {k: v for k, v in row.items() if k != "last_seen"} == {
            k: v for k, v in before[key].items() if k != "last_seen"}
    cache = store.open_db(db)["feed_cache"].get(url)
    assert (cache["etag"], cache["last_modified"]) == (ETAG, LAST_MODIFIED)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/kapot.rss", "HTTP-fout 500 (Internal Server Error) bij ophalen: de server heeft een"),
        ("/bestaat-niet.rss", "het adres bestaat niet (meer)"),
        ("/traag.rss", "geen antwoord binnen 1 seconde;"),
    ],
)
def test_failing_url_gives_exit_1_and_other_sources_land(
    server: str, tmp_path: Path, path: str, message: str
) -> None:
    code, summaries = ingest(tmp_path / "p.db", f"{server}{path}", f"{server}/vacatures.rss")
    assert code == 1
    assert message in summaries[0]["error"]
    assert summaries[1]["new"] == 2
