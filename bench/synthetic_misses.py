#!/usr/bin/env python3
"""List what bersih got wrong on the synthetic kit, grouped by gold label.

A development aid next to ../shared/bench/score.py (which gives the figures): for each gold line it
checks whether the line survives as a whole output line for that article, so it shows
boilerplate/metadata left in and content removed, with counts per label and a few examples each.

  python3 bench/synthetic_misses.py --gold G/gold.jsonl --output out.jsonl [--label metadata:caption] [-n 5]
"""
import argparse
import collections
import json
import unicodedata


def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00a0", " ")
    for zw in ("\u200b", "\u200c", "\u200d", "\ufeff"):
        s = s.replace(zw, "")
    return " ".join(s.split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--output", required=True)
    ap.add_argument("--label", help="only this gold label (e.g. metadata:caption or content)")
    ap.add_argument("--outlet")
    ap.add_argument("-n", type=int, default=4, help="examples per label")
    a = ap.parse_args()

    out = {}
    with open(a.output, encoding="utf-8", errors="replace") as f:
        for line in f:
            rec = json.loads(line)
            # Whole output lines, as score.py aligns them: a substring test would count the debris
            # line "Advertisement" as left in when a kept sentence starts "Advertisement atau ...".
            out[rec.get("id")] = {norm(x) for x in rec.get("text", "").split("\n")}

    misses = collections.defaultdict(list)
    totals = collections.Counter()
    with open(a.gold, encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            if a.outlet and g["outlet"] != a.outlet:
                continue
            text = out.get(g["id"], set())
            for entry in g["lines"]:
                label, raw = entry[0], entry[1]
                if label == "blank" or (a.label and label != a.label):
                    continue
                n = norm(raw)
                if not n:
                    continue
                totals[label] += 1
                # A content line counts as kept with or without its dateline prefix (entry[2]).
                present = n in text or (len(entry) > 2 and norm(entry[2]) in text)
                if (label == "content") != present:
                    misses[label].append((g["outlet"], g["id"], raw))
    for label in sorted(misses, key=lambda k: -len(misses[k])):
        print(f"== {label}: {len(misses[label])}/{totals[label]} wrong")
        for outlet, ident, raw in misses[label][: a.n]:
            print(f"   [{outlet} {ident}] {raw[:160]!r}")


if __name__ == "__main__":
    main()
