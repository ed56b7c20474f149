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
    bitmap = page.render(scale=dpi / 72, grayscale=True)  # a third of the memory of colour; OCR reads grey
    image = bitmap.to_pil()
    bitmap.close()
    fd, png = tempfile.mkstemp(suffix=".png")
    os.close(fd)
    try:
        image.save(png)
        # one thread: tesseract's OpenMP threads multiply its memory and fight the reader's own workers
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        run = subprocess.run(["tesseract", png, "-", "-l", "eng", "--psm", "3"],
                             capture_output=True, timeout=timeout, check=False, env=env)
        return run.stdout.decode("utf-8", errors="replace").replace("\r\n", "\n")
    except (OSError, subprocess.SubprocessError):
        return ""
    finally:
        os.unlink(png)
