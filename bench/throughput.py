#!/usr/bin/env python3
"""bench/throughput.py: bersih's speed against the tools users run today, in one run.

  python3 bench/throughput.py [--bersih build/bersih] [--shared ../shared]
                              [--synthetic-mb 100] [--real-mb 50] [--reps 5]

Inputs (built in a temporary directory, deleted afterwards):
  synthetic  ../shared/bench/gen_corpus.py --mb N (seed 1): articles.jsonl and all.txt
  real       the real articles of ../shared/wild (25 scrapers' dumps), repeated to N MB
Tools, run interleaved (each repetition runs every tool once, in turn), medians of --reps:
  bersih -j 2 and -j 1   -I jsonl --format jsonl --text-field text -q   on the JSONL
  grep                   LC_ALL=C grep -a -v -E -f ../shared/bench/patterns.txt   on the text
  baseline_clean.py      ../shared/bench/baseline_clean.py   on the JSONL
  bersih + 3,000 rules   -j 2 with bench/gen_extra_rules.py 3000 as --rules, on the JSONL
It prints MB/s (of each tool's own input), the ratios the README quotes, bersih's CPU seconds per
MB at -j 1, peak RSS, heap allocations per input line (bench/alloc_count.c, preloaded), and
start-up times (median of 11) against `python3 -c 'import re'`.
Not a test: the figures depend on the machine and its load; no assertion is made.
"""
import argparse, gzip, glob, json, os, shutil, statistics, subprocess, sys, tempfile, time

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap.add_argument("--bersih", default=os.path.join(root, "build", "bersih"))
ap.add_argument("--shared", default=os.path.join(root, "..", "shared"))
ap.add_argument("--synthetic-mb", type=float, default=100)
ap.add_argument("--real-mb", type=float, default=50)
ap.add_argument("--reps", type=int, default=5)
a = ap.parse_args()
bersih = os.path.abspath(a.bersih)
shared = os.path.abspath(a.shared)
work = tempfile.mkdtemp(prefix="bersih-bench-")


def run(cmd, stdin_path=None):
    """Wall seconds, CPU seconds and peak RSS (KB) of cmd (output to a file, not /dev/null).
    The RSS comes from /usr/bin/time: a child of this (large) Python process would report this
    process's size as its own peak."""
    out, rss = os.path.join(work, "out"), os.path.join(work, "rss")
    if isinstance(cmd, str):
        cmd = ["sh", "-c", cmd]
    with open(stdin_path or os.devnull, "rb") as i, open(out, "wb") as o:
        t = time.perf_counter()
        p = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", rss] + cmd, stdin=i, stdout=o,
                             stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"failed: {cmd}")
    with open(rss) as f:
        peak = int(f.read().split()[-1])
    return wall, usage.ru_utime + usage.ru_stime, peak


def real_input(mb):
    texts = []
    for f in sorted(glob.glob(os.path.join(shared, "wild", "*.jsonl.gz"))):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            texts += [json.loads(l).get("text") or "" for l in fh if l.strip()]
    d = os.path.join(work, "real")
    os.makedirs(d)
    size, n = 0, 0
    with open(os.path.join(d, "articles.jsonl"), "w", encoding="utf-8") as j, \
         open(os.path.join(d, "all.txt"), "w", encoding="utf-8") as t:
        while size < mb * 1e6:
            text = texts[n % len(texts)]
            line = json.dumps({"id": f"r{n}", "text": text}, ensure_ascii=False) + "\n"
            j.write(line)
            t.write(text + "\n\n")
            size += len(line.encode())
            n += 1
    return d


def synthetic_input(mb):
    d = os.path.join(work, "synthetic")
    subprocess.run([sys.executable, os.path.join(shared, "bench", "gen_corpus.py"), "--mb", str(mb),
                    "--seed", "1", "--format", "jsonl,concat", "--out", d], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return d


extra = os.path.join(work, "extra.toml")
with open(extra, "w") as f:
    subprocess.run([sys.executable, os.path.join(root, "bench", "gen_extra_rules.py"), "3000"], stdout=f, check=True)
patterns = os.path.join(shared, "bench", "patterns.txt")
base = [bersih, "-I", "jsonl", "--format", "jsonl", "--text-field", "text", "-q"]
tools = {
    "bersih -j2": lambda d: (base + ["-j", "2"], "articles.jsonl"),
    "bersih -j1": lambda d: (base + ["-j", "1"], "articles.jsonl"),
    "grep": lambda d: (f"LC_ALL=C grep -a -v -E -f '{patterns}'", "all.txt"),
    "baseline_clean.py": lambda d: ([sys.executable, os.path.join(shared, "bench", "baseline_clean.py"),
                                     os.path.join(d, "articles.jsonl"), "-o", os.path.join(work, "py.out")],
                                    "articles.jsonl"),
    "bersih +3000 rules": lambda d: (base + ["-j", "2", "--rules", extra], "articles.jsonl"),
}
def build_alloc_counter():
    """bench/alloc_count.c as an LD_PRELOAD library, or None without a C compiler."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        return None
    lib = os.path.join(work, "alloc_count.so")
    subprocess.run([cc, "-O2", "-shared", "-fPIC", "-o", lib, os.path.join(root, "bench", "alloc_count.c")],
                   check=True)
    return lib


def allocations(stdin_path):
    count = os.path.join(work, "alloc.count")
    env = dict(os.environ, LD_PRELOAD=alloc_counter, ALLOC_COUNT_FILE=count)
    with open(stdin_path, "rb") as i:
        subprocess.run(base + ["-j", "1"], stdin=i, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=env, check=False)
    with open(count) as f:
        return int(f.read())


def allocations_per_line(corpus, d):
    """Heap allocations of bersih -j 1 per line of its input's texts, start-up's (a run on an
    empty input) taken off."""
    if alloc_counter is None:
        print("allocations: no C compiler to build bench/alloc_count.c, not measured")
        return
    path = os.path.join(d, "articles.jsonl")
    lines = 0
    with open(path, encoding="utf-8") as f:
        for l in f:
            lines += (json.loads(l).get("text") or "").count("\n") + 1
    empty = os.path.join(work, "empty.jsonl")
    open(empty, "w").close()
    per_line = (allocations(path) - allocations(empty)) / lines
    print(f"heap allocations per input line (-j 1, start-up taken off): {per_line:.1f} ({lines:,} lines; target: none on the hot path)")


alloc_counter = build_alloc_counter()
print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; bersih {subprocess.run([bersih, '--version'], capture_output=True, text=True).stdout.strip()}")
results = {}
for corpus, make, mb in (("synthetic", synthetic_input, a.synthetic_mb), ("real", real_input, a.real_mb)):
    d = make(mb)
    sizes = {n: os.path.getsize(os.path.join(d, n)) / 1e6 for n in ("articles.jsonl", "all.txt")}
    runs = {t: [] for t in tools}
    for _ in range(a.reps):
        for t, spec in tools.items():
            cmd, stdin = spec(d)
            runs[t].append(run(cmd, os.path.join(d, stdin) if stdin else None))
    print(f"\n== {corpus}: {sizes['articles.jsonl']:.1f} MB JSONL, {sizes['all.txt']:.1f} MB text, median of {a.reps}")
    print(f"{'tool':20s} {'median s':>9s} {'MB/s':>8s} {'CPU s/MB':>9s} {'peak RSS MB':>12s}")
    speed = {}
    for t, rs in runs.items():
        _, stdin = tools[t](d)
        mbytes = sizes["all.txt" if stdin == "all.txt" else "articles.jsonl"]
        wall = statistics.median(r[0] for r in rs)
        cpu = statistics.median(r[1] for r in rs)
        rss = max(r[2] for r in rs) / 1024
        speed[t] = mbytes / wall
        print(f"{t:20s} {wall:9.2f} {speed[t]:8.1f} {cpu / mbytes:9.4f} {rss:12.1f}")
    print(f"bersih -j2 / grep = {speed['bersih -j2'] / speed['grep']:.2f}x (target >= 0.30)")
    print(f"bersih -j2 / baseline_clean.py = {speed['bersih -j2'] / speed['baseline_clean.py']:.1f}x (target >= 10)")
    print(f"time with 3,000 extra rules / default = {speed['bersih -j2'] / speed['bersih +3000 rules']:.2f}x (target <= 1.5)")
    allocations_per_line(corpus, d)
    shutil.rmtree(d)

def startup(cmd):
    return statistics.median(run(cmd, os.path.join(work, "one.txt"))[0] for _ in range(11))

with open(os.path.join(work, "one.txt"), "w") as f:
    f.write("Jakarta - Satu kalimat berita yang cukup panjang untuk dibaca sebagai isi artikel.\n")
s_py = startup([sys.executable, "-c", "import re"])
s_b = startup([bersih, "-q"])
s_x = startup([bersih, "-q", "--rules", extra])
print(f"\nstart-up (one short record): bersih {s_b * 1000:.1f} ms, with 3,000 extra rules {s_x * 1000:.0f} ms, "
      f"python3 -c 'import re' {s_py * 1000:.1f} ms; bersih / python = {s_b / s_py:.2f}x (target <= 0.5)")
shutil.rmtree(work)
