#!/usr/bin/env python3
"""../shared/eval/residue.py with three corrections to its prose_lost proxy, for the CI gate.

The proxy counts a prose sentence as lost when less than 70% of its word 4-grams come back. Three
debris shapes fool it into counting correctly removed debris as lost prose:
  - It strips only the words 'Dapatkan update berita pilihan' of Kompas's closing promo, so the
    rest ('dan breaking news setiap hari dari Kompas.com.') starts in lowercase, is not split off,
    and is judged as the tail of the article's last sentence.
  - Its title cues know 'Tonton juga video' but not detik's 'Tonton juga "<title>" di sini:', so
    the quoted title is judged as the start of the next sentence.
  - It strips only the words 'Dilarang keras mengambil konten' of ANTARA's anti-crawling notice
    (its copyright span runs first), so the rest of the notice is judged as prose.
The corrections add debris spans and title cues only; every other figure is computed unchanged.
Usage: residue_corrected.py SHARED_EVAL_DIR [residue.py arguments...]
"""
import re
import sys

sys.path.insert(0, sys.argv.pop(1))
import residue  # noqa: E402  (the shared scorer, found through the path above)

residue.DEBRIS_SPANS.insert(
    0, re.compile(r"Dapatkan update berita pilihan dan breaking news setiap hari dari \S+\.?"))
# ANTARA's notice: the copyright pattern among its spans takes only 'Dilarang keras mengambil
# konten', so its own 'Dilarang keras mengambil konten.*$' span no longer finds the rest
# (', melakukan crawling atau pengindeksan otomatis untuk AI ...'), which it then judges as prose.
residue.DEBRIS_SPANS.insert(
    0, re.compile(r"(?:Copyright|COPYRIGHT)?\s*©?\s*(?:ANTARA\s*\d{4}\s*)?Dilarang keras mengambil konten.*$"))
residue.TITLE_CUE = re.compile(residue.TITLE_CUE.pattern + r"|\bTonton juga(?=\s*[\"'“])")
residue.main()
