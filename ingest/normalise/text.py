"""Plain text from the HTML that feeds and career pages put in descriptions."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Blocks stand apart as paragraphs; line tags only start a new line (list items, table rows).
_BLOCK = {"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section"}
_LINE = {"br", "li", "tr"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")
        elif tag in _LINE:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"} and self._skip:
            self._skip -= 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(value: str | None) -> str:
    """Strip tags and entities, keep paragraph breaks, collapse other whitespace."""
    if not value:
        return ""
    if "<" in value or "&" in value:
        collector = _TextCollector()
        collector.feed(value)
        collector.close()
        value = html.unescape("".join(collector.parts))
    text = value.replace("\xa0", " ")
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
