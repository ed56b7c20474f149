"""The house templates: Jinja2 files in `concord/papers/templates`, which an organisation overrides
file by file with a folder of its own (`--templates DIR` or CONCORD_PAPER_TEMPLATES): its logo,
colours and footer wording in `house.json`, its layout in `document.html`, `blocks.html`, `style.css`.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from concord.domain.errors import DomainError

ENV_TEMPLATES = "CONCORD_PAPER_TEMPLATES"
BUILT_IN = Path(__file__).parent / "templates"
#: the share of a table's width its columns are given: WeasyPrint adds each cell's padding to it
SHARE = 0.9


@dataclass(frozen=True)
class House:
    env: jinja2.Environment
    settings: dict[str, Any]
    folder: Path | None  # the organisation's own folder, if any
    logo: str | None  # a data: URI
    logo_bytes: bytes | None


def _data_uri(png: bytes, media: str = "image/png") -> str:
    return f"data:{media};base64," + base64.b64encode(png).decode("ascii")


def column_width(table: Any, index: int) -> str:  # noqa: ANN401
    """A column's share of a table's width (tables are laid out at fixed widths, which is much
    faster for long tables): figures get a narrow column each, words share the rest by length."""
    columns = table.columns
    numeric = table.numeric or (False,) * len(columns)
    figures = sum(1 for n in numeric if n)
    each = 9.5 if figures > 5 else 11.0
    room = max(20.0, 100.0 - each * figures)
    if numeric[index]:
        return f"{SHARE * (100.0 - room) / figures:.2f}" if figures else "0"
    texts = [i for i, n in enumerate(numeric) if not n]
    lengths = {i: max(len(columns[i]), max((len(row[i]) for row in table.rows), default=0), 4) for i in texts}
    floor = min(10.0, room / len(texts))  # no column of words narrower than this
    spare = room - floor * len(texts)
    return f"{SHARE * (floor + spare * lengths[index] / sum(lengths.values())):.2f}"


def long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def house(folder: str | os.PathLike[str] | None = None) -> House:
    """The templates to use: the built-in ones, overridden by `folder` (or CONCORD_PAPER_TEMPLATES)."""
    named = folder if folder is not None else os.environ.get(ENV_TEMPLATES) or None
    own = Path(named) if named else None
    if own is not None and not own.is_dir():
        raise DomainError("--templates", str(named), "is not a folder of paper templates")
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(own))] if own else []
    loaders.append(jinja2.FileSystemLoader(str(BUILT_IN)))
    env = jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), autoescape=jinja2.select_autoescape(
        enabled_extensions=("html",), default_for_string=True), undefined=jinja2.StrictUndefined)
    env.filters["data_uri"] = _data_uri
    env.filters["long_date"] = long_date
    env.filters["column_width"] = column_width
    settings = json.loads((BUILT_IN / "house.json").read_text(encoding="utf-8"))
    if own is not None and (own / "house.json").is_file():
        try:
            settings.update(json.loads((own / "house.json").read_text(encoding="utf-8")))
        except json.JSONDecodeError as e:
            raise DomainError("house.json", str(own / "house.json"), f"is not JSON: line {e.lineno}: {e.msg}") from None
    logo_bytes = None
    if settings.get("logo"):
        path = (own or BUILT_IN) / str(settings["logo"])
        if not path.is_file():
            raise DomainError("house.json logo", str(settings["logo"]), f"is not a file in {own or BUILT_IN}")
        logo_bytes = path.read_bytes()
    media = "image/svg+xml" if str(settings.get("logo", "")).endswith(".svg") else "image/png"
    return House(env, settings, own, _data_uri(logo_bytes, media) if logo_bytes else None, logo_bytes)
