"""Render a paper's blocks as PDF (reportlab; ruled or unruled tables),
DOCX (python-docx, real tables), HTML (real <table>) or plain text (aligned
columns, optionally with OCR-like damage)."""

from __future__ import annotations

import html
import io
import random
import textwrap
from pathlib import Path

from devtools.ingest.synth.ocr import damage

CHARS_PER_PAGE = 3000


def _kv_line(label: str, value: str, colon: bool) -> str:
    return f"{label}: {value}" if colon else f"{label}  {value}"


def _table_lines(t: dict) -> list[str]:
    grid = [t["header"]] + t["rows"]
    widths = [max(len(str(r[i])) for r in grid) for i in range(len(t["header"]))]
    out = [t["caption"], ""]
    for r in grid:
        cells = [str(c).ljust(w) if i == 0 or not any(ch.isdigit() for ch in str(c)) else str(c).rjust(w)
                 for i, (c, w) in enumerate(zip(r, widths))]
        out.append("   ".join(cells).rstrip())
    return out + [""]


def to_text(blocks: list, rng: random.Random, ocr: bool = False) -> str:
    colon = rng.random() < 0.7
    width = rng.randint(70, 100)
    out: list[str] = []
    for kind, *rest in blocks:
        x = rest[0] if rest else None
        if kind in ("title", "h"):
            out += ["", x, ""]
        elif kind == "p":
            out += textwrap.wrap(damage(rng, x) if ocr else x, width) + [""]
        elif kind == "list":
            out += [f"{rng.choice(['-', '•', '*'])} {i}" for i in x] + [""]
        elif kind == "kv":
            out += [_kv_line(k, damage(rng, v, light=True) if ocr and len(v) > 60 else v, colon) for k, v in x] + [""]
        elif kind == "table":
            out += _table_lines(x)
        elif kind == "break":
            out.append("\f")
    return "\n".join(out) + "\n"


def to_html(blocks: list, rng: random.Random) -> str:
    e = html.escape
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>paper</title></head><body>"]
    for kind, *rest in blocks:
        x = rest[0] if rest else None
        if kind == "title":
            out.append(f"<h1>{e(x)}</h1>")
        elif kind == "h":
            out.append(f"<h2>{e(x)}</h2>")
        elif kind == "p":
            out.append(f"<p>{e(x)}</p>")
        elif kind == "list":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in x) + "</ul>")
        elif kind == "kv":
            out += [f"<p><strong>{e(k)}:</strong> {e(v)}</p>" for k, v in x]
        elif kind == "table":
            out.append(f"<table><caption>{e(x['caption'])}</caption><thead><tr>"
                       + "".join(f"<th>{e(str(c))}</th>" for c in x["header"]) + "</tr></thead><tbody>")
            out += ["<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in x["rows"]]
            out.append("</tbody></table>")
        elif kind == "break":
            out.append("<hr>")
    return "\n".join(out + ["</body></html>"])


def to_docx(blocks: list, rng: random.Random, path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    for kind, *rest in blocks:
        x = rest[0] if rest else None
        if kind == "title":
            d.add_heading(x, 1)
        elif kind == "h":
            d.add_heading(x, 2)
        elif kind == "p":
            d.add_paragraph(x)
        elif kind == "list":
            for i in x:
                d.add_paragraph(i, style="List Bullet")
        elif kind == "kv":
            for k, v in x:
                para = d.add_paragraph()
                para.add_run(f"{k}:").bold = True
                para.add_run(f" {v}")
        elif kind == "table":
            d.add_paragraph(x["caption"]).runs[0].bold = True
            tab = d.add_table(rows=1 + len(x["rows"]), cols=len(x["header"]))
            tab.style = "Table Grid"
            for ri, row in enumerate([x["header"]] + x["rows"]):
                for ci, c in enumerate(row):
                    tab.cell(ri, ci).text = str(c)
        elif kind == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(str(path))


def to_pdf(blocks: list, rng: random.Random, path: Path, ruled: bool) -> int:
    """Write the PDF; return its page count."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    e = html.escape
    story: list = []
    for kind, *rest in blocks:
        x = rest[0] if rest else None
        if kind == "title":
            story.append(Paragraph(e(x), ss["Heading1"]))
        elif kind == "h":
            story.append(Paragraph(e(x), ss["Heading3"]))
        elif kind == "p":
            story.append(Paragraph(e(x), ss["BodyText"]))
        elif kind == "list":
            story.append(ListFlowable([Paragraph(e(i), ss["BodyText"]) for i in x], bulletType="bullet"))
        elif kind == "kv":
            story += [Paragraph(f"<b>{e(k)}:</b> {e(v)}", ss["BodyText"]) for k, v in x]
        elif kind == "table":
            story += [Spacer(1, 3 * mm), Paragraph(f"<b>{e(x['caption'])}</b>", ss["BodyText"])]
            ncol = len(x["header"])
            fs = 8 if ncol <= 7 else 6.5
            style = [("FONTSIZE", (0, 0), (-1, -1), fs), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                     ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                     ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold")]
            if ruled:
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            hdr = [Paragraph(f"<font size={fs}><b>{e(str(c))}</b></font>", ss["BodyText"]) for c in x["header"]]
            t = Table([hdr] + x["rows"], repeatRows=1)
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 3 * mm)]
        elif kind == "break":
            story.append(PageBreak())
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, title="paper")
    doc.build(story)
    path.write_bytes(buf.getvalue())
    return doc.page


def text_pages(text: str) -> int:
    return max(1, -(-len(text) // CHARS_PER_PAGE))
