#!/bin/sh
# Command-line tests of the real binary: options, exit statuses, and bad
# input (empty, binary, invalid UTF-8, escape sequences, missing files,
# empty directories).  Each bad file gives one clear line naming it, and
# the good reports still open.
set -u
# no config file of the user running the tests
NEWSDIFF_CONFIG=/dev/null
export NEWSDIFF_CONFIG
bin=${NEWSDIFF:?set NEWSDIFF to the newsdiff binary}
export LC_ALL=C.UTF-8 TZ=UTC
top=$(cd "$(dirname "$0")/.." && pwd)
story=$top/articles/journalists-tracked
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0

ok() { echo "ok - $1"; }
bad() { echo "not ok - $1"; shift; for l in "$@"; do echo "#   $l"; done; fails=$((fails + 1)); }

# run ARGS...: sets $rc, $out (stdout file) and $err (stderr file)
run() {
	case ${1-} in
	timeout) "$@" >"$tmp/out" 2>"$tmp/err" ;;   # run timeout N "$bin" ARGS...
	*) "$bin" "$@" >"$tmp/out" 2>"$tmp/err" ;;
	esac
	rc=$?
	out=$tmp/out
	err=$tmp/err
}

expect_rc() { # NAME WANT
	if [ "$rc" -eq "$2" ]; then ok "$1"; else bad "$1" "exit status $rc, want $2" "$(cat "$err")"; fi
}

has() { # NAME FILE TEXT
	if grep -qF -- "$3" "$2"; then ok "$1"; else bad "$1" "missing: $3" "$(head -c 2000 "$2")"; fi
}

no_escape() { # NAME FILE: no control byte but newline in it (ESC, BEL...)
	if LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" "$2"; then
		bad "$1" "raw control bytes reached the output"
	else
		ok "$1"
	fi
}

run --help
expect_rc "--help exits 0" 0
has "--help shows usage" "$out" "Usage: newsdiff"
run --version
has "--version names the program" "$out" "newsdiff "
run --no-such-option
expect_rc "an unknown option is a usage error" 2
has "the usage error names the option" "$err" "--no-such-option"
run --size 80 --dump-screen
expect_rc "a bad --size is a usage error" 2
run --dump-screen --keys '<Nope>'
expect_rc "an unknown key name is a usage error" 2
for k in '<LT>' '<click@3,10>' '<Resize=50X20>' '<wheeldown@3,10>' '<ENTER>'; do
	run --dump-screen --size 80x24 --keys "$k"
	expect_rc "key name $k is read in any case" 0
done
run --dump-screen --size 100x20 --keys a "$story/2-afp.txt"
has "a with one report says there is no other" "$out" "one report: no other to agree or disagree with"
run --dump-screen --keys '<Click@3,4x>'
expect_rc "a mouse name with more after it is a usage error" 2
run --dump=nothing
expect_rc "an unknown --dump stage is a usage error" 2
run --size 80x24
expect_rc "--size without --dump-screen is a usage error" 2
run --theme=projector --dump-screen
expect_rc "an unknown --theme is a usage error" 2
has "an unknown --theme names the themes known" "$err" "newsdiff: --theme: unknown theme 'projector' (known: default, high-contrast, light, mono)"
if [ "$(wc -l <"$err")" -eq 1 ] && [ ! -s "$out" ]; then
	ok "an unknown --theme is one line, and nothing is drawn"
else
	bad "an unknown --theme is one line, and nothing is drawn" "$(cat "$err")"
fi
run --theme
expect_rc "--theme without a name is a usage error" 2
run --theme=Monochrome --dump-screen --size 100x30 --keys T
expect_rc "--theme takes a theme's other name, in any case" 0
has "--theme=monochrome starts in mono: T goes on to the default" "$out" " theme: default "
run -xV
has "an unknown short option is named" "$err" "newsdiff: -x: unknown option"
run --help=x
expect_rc "--help=x is a usage error" 2
has "--help=x names the word typed, not -h" "$err" "newsdiff: --help=x: unknown option"
if [ -w /dev/full ]; then
	"$bin" --dump=facts >/dev/full 2>"$tmp/err"
	rc=$?
	err=$tmp/err
	expect_rc "output that cannot be written: exit status 3" 3
	has "output that cannot be written is said" "$err" "write error"
fi
run --dump-screen --size 80x24junk
expect_rc "--size with trailing junk is a usage error" 2

printf 'This paragraph is hard\nwrapped over two\nlines of text.\n\nNext one.\n' > "$tmp/wrapped.txt"
run --dump=paragraphs "$tmp/wrapped.txt"
has "a hard-wrapped paragraph is one paragraph, line breaks read as spaces" "$out" "[body] This paragraph is hard wrapped over two lines of text."
run --dump-screen --size 80x24 "$tmp/wrapped.txt"
has "a hard-wrapped paragraph is drawn with spaces" "$out" "This paragraph is hard wrapped over"

run --dump-screen --size 200x50
expect_rc "no arguments opens the bundled story" 0
for o in "FBA News" AFP "The Register" UNILAD SiliconANGLE; do
	has "bundled story shows $o" "$out" "$o"
done

run </dev/null
expect_rc "the screen needs a terminal" 3
has "without a terminal it says so" "$err" "not a terminal"

# "-": a report read from standard input, text or HTML, beside files.
run --report - articles/journalists-tracked/2-afp.txt <articles/journalists-tracked/1-fba-news.txt
expect_rc "- reads a report from standard input" 0
has "- : its header names the outlet" "$out" "FBA News (2022-12-27)"
has "- : compared with the file beside it" "$out" "AFP (2022-12-23)"
run --report - articles/journalists-tracked/2-afp.txt <tests/fixtures/html/article.html
expect_rc "- reads an HTML page from standard input" 0
has "- : the page's site name is the outlet" "$out" "The Coastal Courier"
printf 'Harbour pilots strike over pay\n\nPilots walked out on Monday, Kim Lund said.\n' >"$tmp/plain.txt"
run --report - articles/journalists-tracked/2-afp.txt <"$tmp/plain.txt"
has "- : a text without a header is named standard input" "$out" "standard input"
has "- : its opening headline is its title" "$out" "Harbour pilots strike over pay"
run --report - - articles/journalists-tracked/2-afp.txt <"$tmp/plain.txt"
expect_rc "- twice: the second finds standard input empty (some failed)" 1
has "- twice: the error names standard input" "$err" "standard input: file is empty"

# Much text to compare: on a terminal, standard error says so while it
# runs; into a file, nothing is said.
awk 'BEGIN { print "Outlet: Long Ledger"; print "Title: A long report"; print "Date: 2031-04-09"; print "";
	for (p = 0; p < 2500; p++) { l = ""; for (w = 0; w < 60; w++) l = l " harbour pilots met"; print l "."; print "" } }' >"$tmp/long.txt"
run --report "$tmp/long.txt" articles/journalists-tracked/2-afp.txt
expect_rc "a long report is compared" 0
if grep -q comparing "$err"; then bad "no progress when standard error is a file" "progress in $err"; else ok "no progress when standard error is a file"; fi
if command -v script >/dev/null 2>&1; then
	script -qec "$(printf '%s --report %s articles/journalists-tracked/2-afp.txt >/dev/null' "$bin" "$tmp/long.txt")" "$tmp/typescript" >/dev/null 2>&1
	has "on a terminal, a long comparison says it is comparing" "$tmp/typescript" "newsdiff: comparing 2 reports ("
fi

# Bad input, one kind at a time, always beside two good reports.
: > "$tmp/empty.txt"
printf '\177ELF\002\001\001\000\000\000\000\000\003\000>\000' > "$tmp/binary.txt"
printf 'Outlet: Broken Bytes\n\nCaf\351 cr\350me \377\376 text in Latin-1.\n' > "$tmp/invalid.txt"
printf 'Outlet: \033[31mRed\033[0m Outlet\nTitle: \033]0;pwned\007Title\n\nText \033[2J\033[H with \233 escapes \033P and \007 bells.\n' > "$tmp/escapes.txt"
mkdir "$tmp/nothing-here"
good1=$story/2-afp.txt
good2=$story/5-siliconangle.txt

# a FIFO with no writer: refused at once, not waited on (timeout 10)
mkfifo "$tmp/fifo.txt"
for case in empty:"file is empty" binary:"not a text file" missing:"no such file" \
	    fifo:"not a regular file"; do
	name=${case%%:*}
	msg=${case#*:}
	run timeout 10 "$bin" --dump-screen --size 120x30 "$good1" "$tmp/$name.txt" "$good2"
	expect_rc "$name file: exit status 1" 1
	has "$name file: message names the file" "$err" "$tmp/$name.txt: $msg"
	has "$name file: good reports still open" "$out" "SiliconANGLE"
	lines=$(wc -l < "$err")
	if [ "$lines" -eq 1 ]; then ok "$name file: one line of error"; else bad "$name file: one line of error" "$(cat "$err")"; fi
done

run --dump-screen --size 120x30 "$good1" "$tmp/invalid.txt" "$good2"
expect_rc "invalid UTF-8 still loads" 0
has "invalid UTF-8 is reported as a warning" "$err" "invalid.txt: warning: 4 bytes of invalid UTF-8"
has "invalid UTF-8 shows U+FFFD" "$out" "Caf$(printf '\357\277\275') cr"

run --dump-screen --size 120x30 "$good1" "$tmp/escapes.txt" "$good2"
expect_rc "a file of escape sequences still loads" 0
no_escape "escape sequences never reach the screen dump" "$out"
has "escape characters are shown as visible symbols" "$out" "$(printf '\342\220\233')[31mRed"
run --dump=paragraphs "$tmp/escapes.txt"
no_escape "escape sequences never reach the paragraph dump" "$out"

run --dump-screen "$good1" "$tmp/nothing-here"
expect_rc "an empty directory among reports: exit status 1" 1
has "an empty directory is named" "$err" "nothing-here: directory holds no reports"

run --dump-screen "$tmp/nothing-here"
expect_rc "nothing to show: exit status 3" 3
has "nothing to show says so" "$err" "no report could be loaded"

for fmt in text markdown html json; do
	run --report --format=$fmt "$good1" "$tmp/escapes.txt"
	no_escape "escape sequences never reach the $fmt report" "$out"
done
has "the title's escape is shown as a symbol in the report" "$out" "$(printf '\342\220\233')]0;pwned"

esc_name=$(printf '%s/evil\033[2Jname.txt' "$tmp")
run --dump-screen "$good1" "$esc_name"
no_escape "a file name with escapes is made safe in errors" "$err"

mkdir "$tmp/many"
i=0
while [ $i -lt 16 ]; do
	printf 'Outlet: Outlet %02d\n\nReport %d says the bridge closed.\n' $i $i > "$tmp/many/r$(printf %02d $i).txt"
	i=$((i + 1))
done
run --dump-screen --size 200x50 --keys 'GGG<S-Tab>' "$tmp/many"
expect_rc "sixteen reports open" 0
has "sixteen reports: the last one can be focused" "$out" "Outlet 15"
has "sixteen reports: range shown" "$out" "of 16"

# The man page is clean roff, and --help and the man page list the same options.
if command -v groff >/dev/null 2>&1; then
	groff -man -ww -z "$top/man/newsdiff.1" >"$tmp/groff" 2>&1
	if [ -s "$tmp/groff" ]; then bad "man page: groff -man -ww -z is silent" "$(head "$tmp/groff")"; else ok "man page: groff -man -ww -z is silent"; fi
fi
run --help
for opt in $(grep -oE -- '--[a-z][a-z-]+' "$out" | sort -u); do
	esc=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
	if grep -q -- "$esc" "$top/man/newsdiff.1"; then ok "man page documents $opt"; else bad "man page documents $opt"; fi
done


# Options that do not go together, and option order: each is named.
for args in "--format=json" "--extract --report x.html" "--report --dump=facts" \
	    "--dump=paragraphs --dump-screen" "--extract --format=markdown x.html" \
	    "--report --format=yaml" "--timeout=0" "--connect-timeout=abc" "--max-size=1G" \
	    "--refresh --offline" "--extract a.html b.html" "--extract" "--only=agree" \
	    "--report --only=sometimes" "--report --outlets=Nobody,1" "--report --outlets=9" \
	    "--report --only=" "--report --outlets=,"; do
	# shellcheck disable=SC2086
	run $args
	expect_rc "$args is a usage error" 2
	lines=$(wc -l < "$err")
	if [ "$lines" -eq 1 ]; then ok "$args: one line says why"; else bad "$args: one line says why" "$(cat "$err")"; fi
done
# --only and --outlets keep the rows asked for, whatever the format.
run --report --only=disagree "$story"
expect_rc "--report --only=disagree runs" 0
has "--only=disagree keeps the disagreements" "$out" "[! disagree]"
if grep -qE '\[(= agree|~ partial|1 single|\? unclear)\]' "$out"; then
	bad "--only=disagree leaves out the other verdicts" "$(grep -E '^[0-9]+\. \[' "$out" | head -5)"
else
	ok "--only=disagree leaves out the other verdicts"
fi
has "--only=disagree counts only what it printed" "$out" "0 agree"
run --report --format=json --only=partial,agree --outlets=afp,5 "$story"
expect_rc "--report --only --outlets with JSON runs" 0
if grep -o '"verdict": *"[a-z]*"' "$out" | grep -qvE '"(agree|partial)"'; then
	bad "--only=partial,agree keeps those verdicts in JSON" "$(grep -o '"verdict": *"[a-z]*"' "$out" | sort | uniq -c)"
else
	ok "--only=partial,agree keeps those verdicts in JSON"
fi
if python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
ids={a["id"]:i for i,a in enumerate(d["articles"])}
ok=d["rows"] and all({1,4} <= {ids[c["article"]] for c in r["cells"]} for r in d["rows"])
sys.exit(0 if ok else 1)' "$out" 2>/dev/null; then
	ok "--outlets=afp,5 keeps the rows both reports speak to"
elif ! command -v python3 >/dev/null; then
	ok "--outlets=afp,5 keeps the rows both reports speak to # SKIP no python3"
else
	bad "--outlets=afp,5 keeps the rows both reports speak to" "$(head -c 600 "$out")"
fi

run --help --size=bad
expect_rc "--help before a bad option still helps" 0
run --size=bad --help
expect_rc "a bad option before --help is a usage error" 2

# A web page with no metadata whose first paragraph reads like a header
# line: the paragraph stays text and gives the report no date.
mkdir "$tmp/pages"
cat > "$tmp/pages/01-valley-post.html" <<'PAGE'
<!DOCTYPE html>
<html><body><article>
<p>Date: the committee meets again on Thursday</p>
<p>The town council of Lowmarsh voted on Monday to rebuild the footbridge over the river, after engineers found that two of its supports had cracked.</p>
<p>Work is expected to begin in the spring and to last about eight months, the council said, and a ferry will run while the bridge is closed.</p>
</article></body></html>
PAGE
run --dump=paragraphs "$tmp/pages"
expect_rc "a page read from a directory loads" 0
has "a page's header-like first paragraph stays a paragraph" "$out" "] Date: the committee meets again on Thursday"
if grep -q "^date: the committee" "$out"; then bad "a page's first paragraph is not its date" "$(head -8 "$out")"; else ok "a page's first paragraph is not its date"; fi
has "a page without a site name takes its outlet from the file name" "$out" "outlet: valley post"

# --extract decides what is a page: HTML bytes, or an HTML file name.
run --extract "$tmp/pages/01-valley-post.html"
expect_rc "--extract reads a page file" 0
has "--extract prints the body" "$out" "Date: the committee meets again on Thursday"
printf '<p>Only a fragment of a page, with no html or body tag at all, but named as a page so read as one.</p>\n' > "$tmp/fragment.html"
run --extract --format=json "$tmp/fragment.html"
expect_rc "--extract reads a file named .html that does not look like HTML" 0
has "--extract json gives the paragraphs" "$out" '"paragraphs"'
run --extract "$good1"
expect_rc "--extract of plain text: exit status 3" 3
has "--extract of plain text says it is not a page" "$err" "2-afp.txt: not an HTML page"
run --extract "$tmp/no-such-page.html"
expect_rc "--extract of a missing file: exit status 3" 3
has "--extract of a missing file names it" "$err" "no-such-page.html: no such file"
# --extract reads a page as opening it does: the outlet of a page that
# names no site is its address's host, else its file's name; a page with
# no article is an error.
printf '<!DOCTYPE html><html><head><title>Ferry late</title><link rel="canonical" href="https://coastpost.example/news/ferry"></head><body><article><h1>Ferry late</h1><p>The ferry left port 40 minutes late on Thursday, the harbour master said, and reached the island after dark.</p></article></body></html>\n' >"$tmp/no-site.html"
sed 's/<link rel="canonical"[^>]*>//' "$tmp/no-site.html" >"$tmp/02_no-site-no-address.html"
printf '<!DOCTYPE html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>\n' >"$tmp/only-nav.html"
run --extract "$tmp/no-site.html"
has "--extract: a page naming no site has its address's host for outlet" "$out" "outlet: coastpost.example"
run --extract "$tmp/02_no-site-no-address.html"
has "--extract: with no address either, its file's name" "$out" "outlet: no site no address"
run --extract "$tmp/only-nav.html"
expect_rc "--extract of a page with no article: exit status 3" 3
has "--extract of a page with no article says so" "$err" "only-nav.html: no article text found on the page"

# --batch: a JSON line per directory, in order, whatever the threads.
fx=$top/tests/fixtures
"$bin" --report --format=jsonl "$fx/story-b" > "$tmp/b-story.jsonl" 2>/dev/null
"$bin" --report --format=jsonl "$fx/html-story" > "$tmp/b-html.jsonl" 2>/dev/null
run --batch "$fx/story-b" "$tmp/no-such-story" "$fx/html-story"
expect_rc "--batch with one missing directory: exit status 1" 1
if [ "$(wc -l < "$out")" -eq 3 ]; then ok "--batch writes a line for each directory"; else bad "--batch writes a line for each directory" "$(wc -l < "$out") lines"; fi
if sed -n 1p "$out" | cmp -s - "$tmp/b-story.jsonl" && sed -n 3p "$out" | cmp -s - "$tmp/b-html.jsonl"; then
	ok "--batch lines are --report --format=jsonl of each directory, in order"
else
	bad "--batch lines are --report --format=jsonl of each directory, in order" "$(cut -c1-120 "$out")"
fi
has "--batch: a directory that cannot be read is an error line" "$out" '{"story":"'"$tmp/no-such-story"'","error":"no such file or directory"}'
has "--batch names it on standard error" "$err" "no-such-story: no such file or directory"
if [ "$(grep -c no-such-story "$err")" -eq 1 ]; then ok "--batch names it once"; else bad "--batch names it once" "$(cat "$err")"; fi
# a file is no story directory: an error line, not a story of one report
run --batch "$good1" "$fx/story-b"
expect_rc "--batch with a file: exit status 1" 1
has "--batch: a file is an error line" "$out" '{"story":"'"$good1"'","error":"not a directory"}'
has "--batch: a file is named on standard error" "$err" "2-afp.txt: not a directory"
# names holding escape sequences: made visible in --batch's messages too
esc_dir="$tmp/$(printf '\033[31m')story"
mkdir "$esc_dir"
cp "$good1" "$good2" "$esc_dir/"
: > "$esc_dir/$(printf '\033[2J')empty.txt"
run --batch "$esc_dir" "$tmp/$(printf '\033[2J')nodir"
no_escape "--batch: escape sequences in names never reach standard error" "$err"
has "--batch: an escape in a name is shown as a symbol" "$err" "$(printf '\342\220\233')[2Jempty.txt: file is empty"
has "--batch: an escape in a directory's name is shown as a symbol" "$err" "$(printf '\342\220\233')[2Jnodir: no such file"
"$bin" --batch --jobs=1 "$fx/story-b" "$fx/html-story" "$fx/story-b" > "$tmp/b1" 2>/dev/null
"$bin" --batch --jobs=2 "$fx/story-b" "$fx/html-story" "$fx/story-b" > "$tmp/b2" 2>/dev/null
"$bin" --batch --jobs=3 "$fx/story-b" "$fx/html-story" "$fx/story-b" > "$tmp/b3" 2>/dev/null
if [ -s "$tmp/b1" ] && cmp -s "$tmp/b1" "$tmp/b2" && cmp -s "$tmp/b1" "$tmp/b3"; then
	ok "--batch writes the same bytes with 1, 2 and 3 threads"
else
	bad "--batch writes the same bytes with 1, 2 and 3 threads"
fi
run --batch
expect_rc "--batch with no directory is a usage error" 2
run --batch --report "$fx/story-b"
expect_rc "--batch with --report is a usage error" 2
run --extract --jobs=2 "$fx/story-b/1-northern-ledger.txt"
expect_rc "--jobs with --extract is a usage error" 2
"$bin" --report --format=json --jobs=1 "$fx/story-b" > "$tmp/r1" 2>/dev/null
"$bin" --report --format=json --jobs=2 "$fx/story-b" > "$tmp/r2" 2>/dev/null
"$bin" --report --format=json --jobs=3 "$fx/story-b" > "$tmp/r3" 2>/dev/null
if [ -s "$tmp/r1" ] && cmp -s "$tmp/r1" "$tmp/r2" && cmp -s "$tmp/r1" "$tmp/r3"; then
	ok "--report writes the same bytes with its reports read on 1, 2 and 3 threads"
else
	bad "--report writes the same bytes with its reports read on 1, 2 and 3 threads"
fi
run --batch --jobs=0 "$fx/story-b"
expect_rc "--jobs=0 is a usage error" 2
run --report --format=jsonl "$fx/story-b"
if [ "$(wc -l < "$out")" -eq 1 ] && python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out" 2>/dev/null; then
	ok "--format=jsonl is one line of JSON"
else
	bad "--format=jsonl is one line of JSON"
fi

[ "$fails" -eq 0 ]
