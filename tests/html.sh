#!/bin/sh
# The HTML handout of the real binary (--report --format=html): the
# bundled story's page, and a page of hostile reports, are valid HTML for
# tidy (no errors, no warnings); Debian's headless Chromium draws the
# page (a screenshot of a plausible size), its DOM holds one column for
# each report of the story and every outlet's name, and it prints to PDF.
# Chromium runs with no network, no first-run or background work, and a
# profile of its own in a scratch directory.  Without tidy or chromium
# (tools/deps.sh installs both) their checks are skipped, and say so.
# Usage: NEWSDIFF=BINARY tests/html.sh [PAGE]
#   PAGE: check this file instead of the bundled story's page (to see
#   the checks fail on a broken page).
set -u
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
skip() { echo "ok - $1 # SKIP $2"; }

page=$tmp/handout.html
if [ $# -gt 0 ]; then
	cp "$1" "$page" || exit 1
else
	"$bin" --report --format=html >"$page" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -eq 0 ] && [ -s "$page" ]; then ok "html: the bundled story's handout is written"
	else bad "html: the bundled story's handout is written" "exit status $rc" "$(head -c 600 "$tmp/err")"; fi
fi

# One page standing alone: nothing to fetch, no script.
if grep -qiE '<script|<link|<img|<iframe|<object|src=|@import|url\(' "$page"; then
	bad "html: the page loads nothing and runs nothing" "$(grep -oiE '.{0,40}(<script|<link|<img|<iframe|<object|src=|@import|url\().{0,40}' "$page" | head -3)"
else
	ok "html: the page loads nothing and runs nothing"
fi

# Folded furniture says what each folded paragraph is, each kind once
# (the bundled story folds an author box, an author bio and a comment
# form together).
if [ $# -eq 0 ]; then
	if grep -q 'page furniture left out: author box, author bio, comment form\]' "$page"; then
		ok "html: folded furniture names each kind it folds"
	else
		bad "html: folded furniture names each kind it folds" "$(grep -o 'page furniture left out[^]]*' "$page" | head -3)"
	fi
fi

# tidy -e -q prints nothing and exits 0 when there is neither error nor
# warning (1: warnings, 2: errors).
tidy_clean() { # NAME FILE
	tidy -e -q "$2" >"$tmp/tidy" 2>&1
	trc=$?
	if [ "$trc" -eq 0 ] && [ ! -s "$tmp/tidy" ]; then ok "$1"
	else bad "$1" "tidy exit status $trc" "$(head -n 8 "$tmp/tidy")"; fi
}

# Reports that try everything: markup, entities, quotes, an escape
# sequence, a C1 control, invalid UTF-8, a bidirectional override.
printf 'Outlet: Harbour <script>Post</script>\nTitle: Ferry & "late" <b>sailing</b>\nURL: javascript:alert(1)\n\nAt least 40 passengers were stuck, said Kim Lund of Lund & Roe'"'"'s <i>office</i>.\033[31m \302\233 \377 \342\200\256 end.\n' >"$tmp/a.txt"
printf 'Outlet: Valley Herald\nURL: https://valley.example/a?b=1&c="2"\n\n45 passengers were stuck, Ada Roe said.\n' >"$tmp/b.txt"
"$bin" --report --format=html "$tmp/a.txt" "$tmp/b.txt" >"$tmp/hostile.html" 2>/dev/null
if grep -q '<script\|<b>sailing\|<i>office\|href="javascript' "$tmp/hostile.html"; then
	bad "html: markup from reports is escaped" "$(grep -o '.\{0,30\}\(<script\|<b>sailing\|<i>office\|href="javascript\).\{0,30\}' "$tmp/hostile.html" | head -3)"
else
	ok "html: markup from reports is escaped"
fi
if LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" "$tmp/hostile.html"; then
	bad "html: no control byte reaches the page"
else
	ok "html: no control byte reaches the page"
fi

if command -v tidy >/dev/null 2>&1; then
	tidy_clean "html: tidy finds no error and no warning in the handout" "$page"
	tidy_clean "html: tidy finds no error and no warning in a page of hostile reports" "$tmp/hostile.html"
else
	skip "html: tidy checks the pages" "no tidy"
fi

# The reports of the story and their outlets, from their headers.
nreports=$(find "$story" -name '*.txt' | wc -l)
outlets=$tmp/outlets
sed -n 's/^Outlet: //p' "$story"/*.txt >"$outlets"

chromium_run() { # ARGS...: Chromium on the page, headless, offline; stdout to $tmp/chr.out
	profile=$(mktemp -d "$tmp/profile.XXXXXX")
	timeout 120 /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic \
		--no-first-run --disable-background-networking --disable-component-update \
		--disable-sync --user-data-dir="$profile" "$@" "file://$page" \
		>"$tmp/chr.out" 2>"$tmp/chr.err"
	crc=$?
	rm -rf "$profile"
	return $crc
}

# Four bytes at offset OFF of FILE as a big-endian number.
be32() { # FILE OFF
	od -An -tu1 -j "$2" -N4 "$1" | awk '{ print ((($1 * 256) + $2) * 256 + $3) * 256 + $4 }'
}

if [ -x /usr/bin/chromium ]; then
	png=$tmp/handout.png
	if chromium_run --screenshot="$png" --window-size=1600,1200 && [ -f "$png" ]; then
		sig=$(od -An -tx1 -N8 "$png" | tr -d ' \n')
		w=$(be32 "$png" 16)
		h=$(be32 "$png" 20)
		size=$(wc -c <"$png")
		# A blank page of this size is under 10 kB; one of text is far more.
		if [ "$sig" = 89504e470d0a1a0a ] && [ "$w" -ge 1600 ] && [ "$w" -le 4800 ] &&
		   [ "$h" -ge 1200 ] && [ "$h" -le 3600 ] && [ "$size" -gt 30000 ]; then
			ok "html: Chromium draws the page (${w}x$h PNG, $size bytes)"
		else
			bad "html: Chromium draws the page" "signature $sig, ${w}x$h, $size bytes"
		fi
	else
		bad "html: Chromium draws the page" "no screenshot" "$(tail -n 3 "$tmp/chr.err")"
	fi

	if chromium_run --dump-dom && [ -s "$tmp/chr.out" ]; then
		dom=$tmp/dom.html
		cp "$tmp/chr.out" "$dom"
		cols=$(grep -o 'class="column"' "$dom" | wc -l)
		if [ "$cols" -eq "$nreports" ]; then ok "html: the DOM has a column for each of the $nreports reports"
		else bad "html: the DOM has a column for each of the $nreports reports" "$cols columns"; fi
		missing=""
		while IFS= read -r o; do
			grep -qF "<h3>$o</h3>" "$dom" || missing="$missing [$o]"
		done <"$outlets"
		if [ -z "$missing" ] && [ -s "$outlets" ]; then ok "html: each column is headed by its outlet's name"
		else bad "html: each column is headed by its outlet's name" "missing:$missing"; fi
		for part in 'class="facts"' 'class="matrix"' 'class="coverage"' 'class="names"' '</footer>'; do
			if grep -qF "$part" "$dom"; then ok "html: the DOM holds $part"
			else bad "html: the DOM holds $part"; fi
		done
	else
		bad "html: Chromium reads the DOM" "$(tail -n 3 "$tmp/chr.err")"
	fi

	pdf=$tmp/handout.pdf
	if chromium_run --print-to-pdf="$pdf" && [ -f "$pdf" ]; then
		pages=$(grep -a -o '/Type */Page\b' "$pdf" | wc -l)
		if [ "$(head -c 5 "$pdf")" = "%PDF-" ] && [ "$pages" -ge 2 ]; then
			ok "html: the page prints to PDF ($pages pages)"
		else
			bad "html: the page prints to PDF" "$(head -c 8 "$pdf"), $pages pages"
		fi
	else
		bad "html: the page prints to PDF" "$(tail -n 3 "$tmp/chr.err")"
	fi
else
	skip "html: Chromium draws the page, reads its DOM and prints it" "no /usr/bin/chromium"
fi

# --only keeps its rows in this format too: only disagreements are marked.
if [ $# -eq 0 ]; then
	"$bin" --report --format=html --only=disagree >"$tmp/only.html" 2>/dev/null
	if grep -q '<mark class="v-disagree" title=' "$tmp/only.html" &&
	   ! grep -qE '<mark class="v-(agree|partial|single|unclear)" title=' "$tmp/only.html"; then
		ok "html: --only=disagree marks only the disagreements"
	else
		bad "html: --only=disagree marks only the disagreements" "$(grep -oE '<mark class="v-[a-z]+" title=' "$tmp/only.html" | sort | uniq -c)"
	fi
fi

[ "$fails" -eq 0 ]
