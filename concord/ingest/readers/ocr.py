"""OCR of pages without a text layer, with tesseract when it is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from functools import lru_cache


@lru_cache(maxsize=1)
def available() -> bool:
    return shutil.which("tesseract") is not None


def ocr_page(page, dpi: int = 200, timeout: int = 120) -> str:
    """The text tesseract reads from a rendered pypdfium2 page ('' on failure)."""
    bitmap = page.render(scale=dpi / 72)
    image = bitmap.to_pil()
    fd, png = tempfile.mkstemp(suffix=".png")
    os.close(fd)
    try:
        image.save(png)
        run = subprocess.run(["tesseract", png, "-", "-l", "eng", "--psm", "3"],
                             capture_output=True, timeout=timeout, check=False)
        return run.stdout.decode("utf-8", errors="replace").replace("\r\n", "\n")
    except (OSError, subprocess.SubprocessError):
        return ""
    finally:
        os.unlink(png)
