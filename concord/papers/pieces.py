"""A long PDF made in pieces, on two cores at once.

WeasyPrint lays a document out on one core. A long pack (an agenda pack of many papers) is split
into two runs of whole parts, each laid out in its own process (the second a fork of this one) with
no page numbers in its footer; every part starts on a new page, so a part takes as many pages
whatever number is printed on them. Then, knowing each part's first page, the cover and contents
are laid out with their page numbers as plain text, the pieces are joined with pypdf (their
bookmarks too), "Page N of M" is printed on every page from a page of numbers laid out by
WeasyPrint in the house font, and the contents' entries are made links to their pages.

Only the built-in layout is made this way (an organisation's own `document.html` or `style.css`
may not know the switches it needs); anything else, or a short document, is laid out in one go.
"""

from __future__ import annotations

import gc
import io
import logging
import multiprocessing
import os
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from concord.papers import html, model
from concord.papers.templates import BUILT_IN, House

#: fewer parts than this are laid out in one go: two processes would not pay for themselves
MIN_PARTS = 6


def worthwhile(doc: model.Document, house: House) -> bool:
    """Whether `doc` is long enough, the machine has two cores, and the layout is the built-in one."""
    own = house.folder
    if own is not None and any((own / name).is_file() for name in ("document.html", "style.css")):
        return False
    return (doc.contents and len(doc.parts) >= MIN_PARTS and (os.cpu_count() or 1) >= 2
            and "fork" in multiprocessing.get_all_start_methods())


def _weight(part: model.Part) -> int:
    """Roughly how long a part takes to lay out: table rows count most."""
    own = sum(len(b.rows) + 2 if isinstance(b, model.Table) else 3 for b in part.blocks)
    return 10 + own + sum(_weight(a) for a in part.appendices)


#: the first run's share of the layout: this process also lays out the contents and the page numbers
#: while the child draws its PDF, and then joins the pieces, so it takes a little less than half
LEAD_SHARE = 0.42


def split(parts: Sequence[model.Part], share: float = LEAD_SHARE) -> tuple[tuple[model.Part, ...], tuple[model.Part, ...]]:
    """Two runs of whole parts, the first as near `share` of the work as a cut between parts allows."""
    weights = [_weight(p) for p in parts]
    total, before, best, cut = sum(weights), 0, None, 1
    for i in range(1, len(parts)):
        before += weights[i - 1]
        gap = abs(share * total - before)
        if best is None or gap < best:
            best, cut = gap, i
    return tuple(parts[:cut]), tuple(parts[cut:])


class _ElsewhereAnchors(logging.Filter):
    """The contents link to parts laid out in the other pieces: WeasyPrint need not say so."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("No anchor #")


Layout = tuple[int, dict[str, int], list[tuple[int, str, tuple[float, ...]]]]
"""A piece's page count, the page (from 0) each anchor is on, and its internal links."""


def _laid_out(text: str, front: bool = False) -> tuple[Any, Layout]:  # noqa: ANN401
    """WeasyPrint's laid-out document of `text`, and what the joining needs to know of it."""
    import weasyprint

    quiet = _ElsewhereAnchors()
    if front:
        logging.getLogger("weasyprint").addFilter(quiet)
    try:
        done = weasyprint.HTML(string=text, base_url=str(BUILT_IN)).render()
    finally:
        logging.getLogger("weasyprint").removeFilter(quiet)
    anchors: dict[str, int] = {}
    links: list[tuple[int, str, tuple[float, ...]]] = []
    for i, page in enumerate(done.pages):
        for name in page.anchors:
            anchors.setdefault(name, i)
        for kind, target, rect, _ in page.links:
            if kind == "internal":
                links.append((i, target, tuple(rect)))
    return done, (len(done.pages), anchors, links)


def _child(text: str, send: Any) -> None:  # noqa: ANN401
    """Lay out the second piece; send what it holds as soon as it is known, then its PDF, so that the
    parent lays out the contents and the page numbers while this process draws."""
    try:
        done, layout = _laid_out(text)
        send.send(("ok", layout))
        send.send(("ok", done.write_pdf()))
    except BaseException as e:  # noqa: BLE001 - the parent raises it
        send.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        send.close()


def _received(receive: Any, name: str) -> Any:  # noqa: ANN401
    status, value = receive.recv()
    if status != "ok":
        raise RuntimeError(f"laying out the second half of {name} failed: {value}")
    return value


def render(doc: model.Document, house: House) -> bytes:
    """`doc` as a PDF, its parts laid out in two processes at once."""
    import weasyprint
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link

    first, second = split(doc.parts)
    pieces = [html.render(replace(doc, parts=run, cover=None, contents=False), house, page_numbers=False)
              for run in (first, second)]
    fork = multiprocessing.get_context("fork")
    receive, send = fork.Pipe(duplex=False)
    worker = fork.Process(target=_child, args=(pieces[1], send), daemon=True)
    gc.freeze()  # the child's collector then leaves the parent's objects (and their pages) alone
    try:
        worker.start()
    finally:
        gc.unfreeze()
    send.close()
    try:
        done, one = _laid_out(pieces[0])
        one_pdf = done.write_pdf()
        del done
        two: Layout = _received(receive, doc.name)
        anchors = [part.anchor for _, part in doc.entries()]
        front_pages = (1 if doc.cover else 0) + 1 + len(anchors) // 48  # a guess, put right below
        for _ in range(3):
            starts = {name: front_pages + at for name, at in one[1].items()}
            starts.update({name: front_pages + one[0] + at for name, at in two[1].items()})
            laid, front = _laid_out(html.render(doc, house, body=False, page_numbers=False,
                                                pages={a: starts[a] + 1 for a in anchors}), front=True)
            if front[0] == front_pages:
                break
            front_pages = front[0]
        else:  # the numbers keep changing how many pages the contents take: lay it out in one go
            return weasyprint.HTML(string=html.render(doc, house), base_url=str(BUILT_IN)).write_pdf()
        front_pdf = laid.write_pdf()
        total = front[0] + one[0] + two[0]
        numbers = PdfReader(io.BytesIO(weasyprint.HTML(string=_numbers(house, total),
                                                       base_url=str(BUILT_IN)).write_pdf()))
        two_pdf: bytes = _received(receive, doc.name)
    finally:
        receive.close()
        worker.join()
    out = PdfWriter()
    for piece in (front_pdf, one_pdf, two_pdf):
        out.append(PdfReader(io.BytesIO(piece)))
    meta = PdfReader(io.BytesIO(front_pdf)).metadata
    if meta:
        out.add_metadata({k: v for k, v in meta.items() if isinstance(v, str)})
    number = _Numberer(out)
    for page, stamp in zip(out.pages, numbers.pages):
        number(page, stamp)
    for at, target, rect in front[2]:
        if target in starts:
            out.add_annotation(at, Link(rect=_pdf_rect(rect, out.pages[at]), target_page_index=starts[target]))
    buffer = io.BytesIO()
    out.write(buffer)
    return buffer.getvalue()


class _Numberer:
    """Prints a page of numbers over a page of the joined PDF as a form XObject drawn after the page's own
    content, each wrapped in q/Q: the page's content stream is never parsed (pypdf's `merge_page` reads
    and rewrites it, which on a long pack of tables costs more than laying out the numbers)."""

    def __init__(self, out: Any) -> None:  # noqa: ANN401
        from pypdf.generic import DecodedStreamObject

        self.out, self.count = out, 0
        self.save, self.restore = DecodedStreamObject(), DecodedStreamObject()
        self.save.set_data(b"q\n")
        self.restore.set_data(b"\nQ\n")
        self.save_ref, self.restore_ref = out._add_object(self.save), out._add_object(self.restore)  # noqa: SLF001

    def __call__(self, page: Any, stamp: Any) -> None:  # noqa: ANN401
        from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject

        form = DecodedStreamObject()
        contents = stamp.get_contents()
        form.set_data(contents.get_data() if contents is not None else b"")
        form.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                     NameObject("/BBox"): ArrayObject(stamp.mediabox),
                     NameObject("/Resources"): stamp["/Resources"].get_object().clone(self.out)})
        draw = DecodedStreamObject()
        self.count += 1  # pages may share one resources dictionary: each page's numbers have their own name
        name = f"/ConcordPageNumber{self.count}"
        draw.set_data(f"q {name} Do Q\n".encode())
        resources = page["/Resources"].get_object()
        xobjects = resources.get("/XObject")
        if xobjects is None:
            xobjects = DictionaryObject()
            resources[NameObject("/XObject")] = xobjects
        xobjects.get_object()[NameObject(name)] = self.out._add_object(form)  # noqa: SLF001
        contents = page["/Contents"].get_object()
        own = list(contents) if isinstance(contents, ArrayObject) else [page.raw_get("/Contents")]
        page[NameObject("/Contents")] = ArrayObject([self.save_ref, *own, self.restore_ref, self.out._add_object(draw)])  # noqa: SLF001


def _pdf_rect(rect: tuple[float, ...], page: Any) -> tuple[float, float, float, float]:  # noqa: ANN401
    """A WeasyPrint link box (left, top, right, bottom in CSS pixels from the top left) in PDF points."""
    left, top, right, bottom = rect
    scale = 0.75  # 96 CSS pixels to 72 points an inch
    height = float(page.mediabox.height)
    return (left * scale, height - bottom * scale, right * scale, height - top * scale)


def _numbers(house: House, total: int) -> str:
    """`total` blank pages that print only "Page N of M", where and as the house style prints it."""
    font = house.settings.get("font", "sans-serif")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
            "@page { size: A4; margin: 24mm 18mm 22mm 18mm; "
            f"@bottom-right {{ content: 'Page ' counter(page) ' of {total}'; font: 8pt {font}; }} }}"
            "div { break-before: page; }</style></head><body>" + "<div></div>" * total + "</body></html>")
