"""python -m devtools.ingest.synth OUT_DIR [--papers N] [--seed S] [--pages P] [--packs K --pack-pages M]"""

from __future__ import annotations

import argparse
import time

from devtools.ingest.synth.corpus import generate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m devtools.ingest.synth",
                                 description="Write synthetic board papers and their expected extraction.")
    ap.add_argument("out_dir")
    ap.add_argument("--papers", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--pages", type=float, default=2.0, help="average length of a paper, in pages")
    ap.add_argument("--packs", type=int, default=0, help="board packs to add (several papers in one PDF)")
    ap.add_argument("--pack-pages", type=int, default=40)
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    exp = generate(a.out_dir, papers=a.papers, seed=a.seed, pages=a.pages, packs=a.packs, pack_pages=a.pack_pages)
    pages = sum(f["pages"] for f in exp["files"])
    print(f"wrote {len(exp['files'])} files ({pages} pages) and expected.json to {a.out_dir} "
          f"in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
