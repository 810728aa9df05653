"""Format detection by extension, content type and first bytes."""

from __future__ import annotations

import pytest

from ingest.sources import SourceError, detect_format

RSS = b'<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>'
ATOM = b'<feed xmlns="http://www.w3.org/2005/Atom"></feed>'
JOBS = b'<?xml version="1.0" encoding="UTF-8" ?>\n<!-- export -->\n<jobs version="1.0"></jobs>'
JSONFEED = b'{"version": "https://jsonfeed.org/version/1.1", "title": "Vacatures", "items": []}'
JSONLD = b'{"@context": "https://schema.org", "@type": "JobPosting", "title": "Kok"}'
HTML = b"\n  <!DOCTYPE html><html lang='nl'><head></head></html>"


@pytest.mark.parametrize(
    ("name", "content", "content_type", "expected"),
    [
        ("vacatures.rss", RSS, "", "feed"),
        ("vacatures.atom", ATOM, "", "feed"),
        ("vacatures.xml", RSS, "", "feed"),
        ("vacatures.xml", JOBS, "", "jobsxml"),
        ("VACATURES.XML", JOBS, "", "jobsxml"),
        ("feed.json", JSONFEED, "", "feed"),
        ("vacature.json", JSONLD, "", "jsonld"),
        ("vacature.jsonld", JSONLD, "", "jsonld"),
        ("werken-bij.html", HTML, "", "jsonld"),
        ("werken-bij.htm", HTML, "", "jsonld"),
        ("lijst.csv", b"titel;plaats\n", "", "spreadsheet"),
        ("lijst.tsv", b"titel\tplaats\n", "", "spreadsheet"),
        ("lijst.xlsx", b"PK\x03\x04", "", "spreadsheet"),
        ("https://werkgever.example/vacatures", RSS, "application/rss+xml", "feed"),
        ("https://werkgever.example/vacatures", JOBS, "text/xml; charset=utf-8", "jobsxml"),
        ("https://werkgever.example/werken-bij", HTML, "text/html; charset=utf-8", "jsonld"),
        ("https://werkgever.example/feed?x=1", JSONFEED, "application/json", "feed"),
        ("https://werkgever.example/a", JOBS, "", "jobsxml"),
        ("https://werkgever.example/b", HTML, "", "jsonld"),
        ("https://werkgever.example/c", ATOM, "application/octet-stream", "feed"),
        ("https://werkgever.example/d", JSONLD, "", "jsonld"),
        ("https://werkgever.example/e", b"\xef\xbb\xbf[{}]", "", "jsonld"),
    ],
)
def test_detects_format(name: str, content: bytes, content_type: str, expected: str) -> None:
    assert detect_format(name, content, content_type) == expected


@pytest.mark.parametrize("content", [b"\x00\x01\x02binair", b"gewoon wat tekst", b""])
def test_unknown_content_asks_for_format_option(content: bytes) -> None:
    with pytest.raises(SourceError, match="--format"):
        detect_format("https://werkgever.example/x", content, "")
