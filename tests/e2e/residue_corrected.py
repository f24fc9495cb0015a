#!/usr/bin/env python3
"""../shared/eval/residue.py with two corrections to its prose_lost proxy, for the CI gate.

The proxy counts a prose sentence as lost when less than 70% of its word 4-grams come back. Two
debris shapes fool it into counting a correctly removed promo as lost prose:
  - It strips only the words 'Dapatkan update berita pilihan' of Kompas's closing promo, so the
    rest ('dan breaking news setiap hari dari Kompas.com.') starts in lowercase, is not split off,
    and is judged as the tail of the article's last sentence.
  - Its title cues know 'Tonton juga video' but not detik's 'Tonton juga "<title>" di sini:', so
    the quoted title is judged as the start of the next sentence.
Both corrections add debris spans and title cues only; every other figure is computed unchanged.
Usage: residue_corrected.py SHARED_EVAL_DIR [residue.py arguments...]
"""
import re
import sys

sys.path.insert(0, sys.argv.pop(1))
import residue  # noqa: E402  (the shared scorer, found through the path above)

residue.DEBRIS_SPANS.insert(
    0, re.compile(r"Dapatkan update berita pilihan dan breaking news setiap hari dari \S+\.?"))
residue.TITLE_CUE = re.compile(residue.TITLE_CUE.pattern + r"|\bTonton juga(?=\s*[\"'“])")
residue.main()
