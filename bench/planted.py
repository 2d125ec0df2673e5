#!/usr/bin/env python3
"""Planted changes: does newsdiff flag exactly the fact that was changed?

For each report of a corpus (plain-text files, given as folders or files),
make a copy with one fact changed and compare the two with
`newsdiff --report --format=json`.  A change is *found* when some row with
verdict disagree or partial has a cell whose value holds the changed text;
every other disagree or partial row of that pair is *false*.

Kinds of change, each made where the report states it in a sentence of its
body (never in the header):
  count     a number written in digits (2 to 9999) becomes another
  name      a capitalised word of 5+ letters that the report uses at least
            twice gets one letter changed, in one place only
  quote     a word inside a quotation of 6+ words is replaced

This is a measurement, never a test: it prints figures and exits 0.
Usage: planted.py NEWSDIFF DIR_OR_FILE... [--max N]
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile


def reports(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in os.walk(p):
                out += [os.path.join(root, f) for f in files if f.endswith(".txt")]
        elif p.endswith(".txt"):
            out.append(p)
    return sorted(out)


def body_start(text):
    """Offset of the text after an "Outlet:/Title:" header, if any."""
    m = re.match(r"(?:[A-Za-z]+: [^\n]*\n)+\n", text)
    return m.end() if m else 0


def plant_count(text, rnd):
    b = body_start(text)
    spots = [m for m in re.finditer(r"(?<![\d.,$%-])\b([2-9]|[1-9]\d{1,3})\b(?![\d.,%])", text)
             if m.start() >= b]
    if not spots:
        return None
    m = rnd.choice(spots)
    old = m.group(1)
    new = str(int(old) + rnd.choice([1, 2, 3, 7]))
    return text[:m.start()] + new + text[m.end():], new


def plant_name(text, rnd):
    b = body_start(text)
    words = re.findall(r"\b[A-Z][a-z]{4,}\b", text[b:])
    common = {w for w in words if words.count(w) >= 2}
    if not common:
        return None
    w = rnd.choice(sorted(common))
    spots = [m for m in re.finditer(r"\b%s\b" % w, text) if m.start() >= b]
    m = rnd.choice(spots)
    i = rnd.randrange(2, len(w) - 1)
    new = w[:i] + ("e" if w[i] != "e" else "a") + w[i + 1:]
    return text[:m.start()] + new + text[m.end():], new


def plant_quote(text, rnd):
    b = body_start(text)
    spots = [m for m in re.finditer(r"[\"\u201c]([^\"\u201d\n]{30,300})[\"\u201d]", text)
             if m.start() >= b and len(m.group(1).split()) >= 6]
    if not spots:
        return None
    m = rnd.choice(spots)
    words = list(re.finditer(r"\b[a-z]{4,}\b", m.group(1)))
    if not words:
        return None
    w = rnd.choice(words)
    new = "zanzibar"
    s = m.start(1) + w.start()
    return text[:s] + new + text[s + len(w.group(0)):], new


KINDS = {"count": plant_count, "name": plant_name, "quote": plant_quote}


def compare(newsdiff, a, b):
    r = subprocess.run([newsdiff, "--report", "--format=json", a, b], capture_output=True,
                       text=True)
    try:
        return json.loads(r.stdout).get("rows", [])
    except ValueError:
        return None


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[-1])
        return 0
    newsdiff = os.path.abspath(argv[1])
    args = argv[2:]
    most = 60
    if "--max" in args:
        i = args.index("--max")
        most = int(args[i + 1])
        del args[i:i + 2]
    files = reports(args)
    if not files:
        print("planted: no reports found (is ../shared there?)")
        return 0
    rnd = random.Random(7)  # the same plants every run
    rnd.shuffle(files)
    figures = {k: [0, 0, 0] for k in KINDS}  # tried, found, pairs with false rows
    with tempfile.TemporaryDirectory() as tmp:
        for kind, plant in KINDS.items():
            for path in files:
                if figures[kind][0] >= most:
                    break
                text = open(path, encoding="utf-8", errors="replace").read()
                got = plant(text, rnd)
                if not got:
                    continue
                changed, new = got
                a, b = os.path.join(tmp, "1-original.txt"), os.path.join(tmp, "2-planted.txt")
                open(a, "w", encoding="utf-8").write(text)
                open(b, "w", encoding="utf-8").write(changed)
                rows = compare(newsdiff, a, b)
                if rows is None:
                    continue
                flagged = [r for r in rows if r.get("verdict") in ("disagree", "partial")]
                hit = [r for r in flagged
                       if any(new in (c.get("value") or "") for c in r.get("cells", []))]
                figures[kind][0] += 1
                figures[kind][1] += bool(hit)
                figures[kind][2] += len(flagged) > len(hit)
    print("planted changes (one report against a copy with one fact changed):")
    for kind, (tried, found, false) in figures.items():
        pct = 100.0 * found / tried if tried else 0.0
        print("  %-6s %3d planted, %3d flagged (%.0f%%), %3d pairs with another row flagged"
              % (kind, tried, found, pct, false))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
