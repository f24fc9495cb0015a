#!/usr/bin/env python3
"""Invented articles for the `bersih learn` / --adapt tests: JSONL with an outlet field, each
outlet with its own page template (a footer line, a credit template, a title suffix) around
prose that never repeats, plus a prose sentence and a body subheading that do (they must not be
learned). Deterministic: the same arguments give the same bytes."""
import json
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
places = ["Sukamaju", "Karangrejo", "Tanjung Sari", "Bukit Asri", "Padang Hijau", "Sumber Makmur",
          "Lembah Damai", "Pantai Indah", "Kebon Jeruk Lama", "Mekarsari"]
acts = ["membangun jembatan bambu", "menanam pohon mangrove", "membersihkan saluran air",
        "memperbaiki balai warga", "mengecat ulang sekolah dasar", "menggelar pasar murah",
        "mendirikan posko kesehatan", "menata taman bermain"]
names = ["Rina Kartika", "Budi Santosa", "Sari Wulandari", "Agus Permana", "Dewi Anggraini",
         "Joko Susanto", "Maya Puspita"]
words = ["pagi", "siang", "sore", "malam", "subuh"]

out = sys.stdout
for i in range(n):
    outlet = "detik" if i % 3 else "kompas"
    place = places[(i * 7) % len(places)]
    act = acts[(i * 5 + i // 4) % len(acts)]
    name = names[(i * 3 + i // 7) % len(names)]
    when = words[i % len(words)]
    lines = []
    title = f"Warga {place} Gotong Royong {act.split()[0].capitalize()} Bersama {i}"
    if outlet == "kompas":
        lines.append(f"{title} | Warta Senja Kota")
    lines.append(f"Warga {place} {act} bersama aparat desa pada {when} hari ke-{i} tanpa dibayar.")
    if i % 5 == 0:
        lines.append("Kronologi Kegiatan Warga")
    lines.append(f"Menurut {name}, kegiatan {act} di {place} sudah direncanakan sejak bulan lalu dan melibatkan {i + 20} relawan.")
    if i % 4 == 0:
        lines.append("Kegiatan seperti ini diharapkan dapat mempererat hubungan antarwarga di lingkungan tersebut.")
    lines.append(f"Para relawan membawa peralatan sendiri dan bekerja hingga {when} tanpa mengeluh sedikit pun, kata {name}.")
    if outlet == "kompas":
        lines.append(f"Relawan {name.split()[0]} beristirahat di {place} (Arsip Warta Senja)")
    if outlet == "detik":
        lines.append(f"Disiarkan ulang oleh {name}")
        lines.append("Dukung kami lewat Program Sahabat Pembaca Setia")
    else:
        lines.append(f"Penyunting naskah {name}")
    out.write(json.dumps({"id": f"a{i}", "outlet": outlet, "title": title,
                          "text": "\n".join(lines)}, ensure_ascii=False) + "\n")
