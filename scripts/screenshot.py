"""Render `concord status` on the demo data as an SVG terminal picture for the README.

    .venv/bin/python scripts/screenshot.py docs/status.svg [--as-of 2021-01-15]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.text import Text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--as-of", default="2021-01-15")
    a = ap.parse_args()
    concord = str(Path(sys.executable).with_name("concord"))
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, CONCORD_DATABASE_URL="sqlite:///concord.db")
        subprocess.run([concord, "demo"], env=env, check=True, capture_output=True, cwd=tmp)
        out = subprocess.run([concord, "status", "--as-of", a.as_of], env=env, check=True,
                             capture_output=True, text=True, cwd=tmp).stdout
    console = Console(record=True, width=120, file=open(os.devnull, "w"))
    console.print(Text(f"$ concord status --as-of {a.as_of}", style="bold green"))
    console.print(Text(out.rstrip()))
    svg = console.export_svg(title="concord status")
    # keep the columns' leading spaces: SVG renderers collapse them unless told not to
    svg = svg.replace("<svg ", '<svg xml:space="preserve" ', 1)
    a.out.write_text(svg, encoding="utf-8")
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
