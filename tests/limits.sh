#!/bin/sh
# Pathological input, each case with a generous time limit and a memory
# limit: a 50 MB file, a single 5 MB paragraph, 100,000 tiny paragraphs,
# invalid UTF-8, NUL bytes, a page of 100,000 nested elements, more
# reports than the limit.  Each ends in bounded time with a clear message
# or a result, never a crash.
set -u
bin=${NEWSDIFF:?set NEWSDIFF to the newsdiff binary}
export LC_ALL=C.UTF-8 TZ=UTC
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
ok() { echo "ok - limits: $1"; }
bad() { echo "not ok - limits: $1"; shift; for l in "$@"; do echo "#   $l"; done; fails=$((fails + 1)); }

# AddressSanitizer reserves terabytes of address space: no ulimit -v then
# (it bounds memory itself).
vmem=2097152
grep -q __asan_init "$bin" 2>/dev/null && vmem=unlimited

# run SECONDS ARGS...: with a time limit and 2 GB of address space
run() {
	limit=$1
	shift
	( ulimit -v $vmem; timeout "$limit" "$bin" "$@" ) >"$tmp/out" 2>"$tmp/err"
	rc=$?
}
finished() { # NAME: not killed by the time limit, not crashed by a signal
	if [ "$rc" -eq 124 ]; then bad "$1" "did not finish in time"
	elif [ "$rc" -gt 128 ]; then bad "$1" "killed by signal $((rc - 128))" "$(tail -n 5 "$tmp/err")"
	else ok "$1"; fi
}

good=$(cd "$(dirname "$0")/.." && pwd)/articles/journalists-tracked/2-afp.txt

head -c 52428800 /dev/zero | tr '\0' 'a' > "$tmp/big.txt"
run 20 --dump-screen "$good" "$tmp/big.txt"
finished "a 50 MB file"
if grep -q "big.txt: file is larger than the limit" "$tmp/err"; then ok "a 50 MB file is refused by name"; else bad "a 50 MB file is refused by name" "$(cat "$tmp/err")"; fi

python3 - "$tmp" <<'PY'
import random, sys
d = sys.argv[1]
random.seed(7)
words = ["the", "staff", "were", "fired", "four", "employees", "said", "Jo", "Smith",
         "at", "least", "several", "journalists", "tracked", "Acme", "CEO", "\u201c",
         "he", "added", ",", "caf\u00e9", "\u65e5\u672c"]
with open(d + "/para.txt", "w") as f:
    n = 0
    while n < 5 * 1024 * 1024:
        w = random.choice(words)
        f.write(w + " ")
        n += len(w.encode()) + 1
with open(d + "/many.txt", "w") as f:
    for i in range(100000):
        f.write("Line %d says four staff were fired.\n\n" % i)
with open(d + "/nested.html", "w") as f:
    f.write("<html><body><article><p>Before the nesting, the council said four workers were "
            "hurt in the blast at the harbour on Monday, and the road was closed.</p>")
    f.write("<div>" * 100000 + "deep text" + "</div>" * 100000)
    f.write("</article></body></html>")
with open(d + "/invalid.txt", "wb") as f:
    f.write(b"Outlet: Broken\n\n" + bytes(random.randrange(128, 256) for _ in range(200000)))
with open(d + "/nul.txt", "wb") as f:
    f.write(b"Some text\0with NUL bytes\0" * 1000)
PY

run 60 --report "$tmp/para.txt"
finished "a single 5 MB paragraph"
run 60 --dump-screen "$tmp/many.txt"
finished "100,000 tiny paragraphs"
run 30 --extract "$tmp/nested.html"
finished "a page of 100,000 nested elements"
if grep -q "four workers" "$tmp/out"; then ok "the text before deep nesting is read"; else bad "the text before deep nesting is read" "$(head -c 500 "$tmp/out")"; fi
run 30 --dump-screen "$good" "$tmp/invalid.txt"
finished "200 kB of invalid UTF-8"
run 30 --dump-screen "$good" "$tmp/nul.txt"
finished "NUL bytes"
if grep -q "nul.txt: not a text file" "$tmp/err"; then ok "a file with NUL bytes is named as binary"; else bad "a file with NUL bytes is named as binary" "$(cat "$tmp/err")"; fi

mkdir "$tmp/lots"
i=0
while [ $i -lt 1005 ]; do
	printf 'Report %d.\n' $i > "$tmp/lots/r$i.txt"
	i=$((i + 1))
done
run 60 --dump-screen "$tmp/lots"
finished "more reports than the limit"
if grep -q "too many reports" "$tmp/err"; then ok "reports past the limit are named"; else bad "reports past the limit are named" "$(head -3 "$tmp/err")"; fi
[ "$fails" -eq 0 ]
