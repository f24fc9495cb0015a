# Inputs for the batch tests, written by the tests themselves. Source after lib.sh.
# make_jsonl FILE N: N articles as JSONL with id, url, title, text and an extra field.
make_jsonl() {
    python3 - "$1" "$2" <<'PY'
import json, sys
path, n = sys.argv[1], int(sys.argv[2])
with open(path, "w", encoding="utf-8") as f:
    for i in range(n):
        text = (f"Judul Berita Nomor {i}\nKamis, 13 Feb 2025 17:57 WIB\n\nJakarta - Pemerintah kota mengumumkan "
                f"rencana pembangunan ke-{i} yang akan dimulai tahun depan, kata pejabat setempat.\n"
                "ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\n"
                f"Proyek ini diperkirakan menelan biaya Rp {i},5 miliar dan melibatkan banyak pekerja lokal.\n")
        if i % 7 == 3:
            text = "ADVERTISEMENT\n"  # cleans to nothing
        f.write(json.dumps({"id": i, "url": f"https://example.com/{i}", "title": f"Judul Berita Nomor {i}",
                            "text": text, "keep": {"n": i}}, ensure_ascii=False) + "\n")
PY
}
# json_field FILE EXPR: evaluate a Python expression over the parsed JSON document `d`.
json_eval() {
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"
}
# jsonl_eval FILE EXPR: expression over the list of parsed JSONL records `rs`.
jsonl_eval() {
    python3 -c 'import json,sys; rs=[json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]; print(eval(sys.argv[2]))' "$1" "$2"
}
# check_eq WHAT GOT WANT
check_eq() { if [[ "$2" == "$3" ]]; then pass "$1"; else fail "$1: got '$2', wanted '$3'"; fi; }
