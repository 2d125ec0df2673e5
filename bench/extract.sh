#!/bin/sh
# Article extraction benchmark: newsdiff's HTML extractor against Mozilla
# Readability on the same real pages, scored by the benchmark's score.py.
#
# usage: bench/extract.sh [--speed] [BENCH_EXTRACT_BINARY]
#        (default build/bench-extract)
#
# --speed (make bench): pages per second of each and their ratio only, no
# score (python3 is not needed), one Readability pass unless
# READABILITY_PASSES says otherwise; what is missing (the benchmark, node)
# is said and skipped, and the exit status is 0.
#
# The pages (shared/extraction-benchmark beside the work tree, or
# $NEWSDIFF_EXTRACTION_BENCH) are decompressed to a temporary directory and
# never copied into the repository.  Readability (bench/readability/
# package.json, pinned) is installed into build/readability with npm; when
# npm is missing or the install fails, only newsdiff's figures are printed.
# READABILITY_PASSES (default 3) sets its timed passes; 0 skips it.
set -u
speed_only=false
if [ "${1:-}" = --speed ]; then
	speed_only=true
	shift
fi
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$top/build/bench-extract}
bench=${NEWSDIFF_EXTRACTION_BENCH:-$top/../shared/extraction-benchmark}
if $speed_only; then
	passes=${READABILITY_PASSES:-1}
else
	passes=${READABILITY_PASSES:-3}
fi

if [ ! -f "$bench/ground-truth.json" ] || [ ! -d "$bench/html" ]; then
	if $speed_only; then
		echo "extraction: no benchmark at $bench (set NEWSDIFF_EXTRACTION_BENCH): skipped"
		exit 0
	fi
	echo "extract.sh: no benchmark at $bench (set NEWSDIFF_EXTRACTION_BENCH)" >&2
	exit 1
fi
if [ ! -x "$bin" ]; then
	echo "extract.sh: $bin not built (make build/bench-extract)" >&2
	exit 1
fi
if ! $speed_only && ! command -v python3 >/dev/null 2>&1; then
	echo "extract.sh: python3 is needed to run score.py" >&2
	exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/pages"
for f in "$bench"/html/*.html.gz; do
	name=$(basename "$f" .gz)
	gzip -dc "$f" >"$tmp/pages/$name" || exit 1
done

score() { # PREDICTIONS -> "F1 P R" or nothing
	$speed_only && return
	python3 "$bench/score.py" "$bench/ground-truth.json" "$1" |
		awk '$1 == "F1" { print $2, $4, $6 }'
}
speed() { # the speed line of a run -> pages/s
	sed -n 's/.*: \([0-9.]*\) pages\/s.*/\1/p' "$1" | head -n 1
}
threaded() { # newsdiff's line for all processors -> "N pages/s"
	sed -n 's/^newsdiff with \([0-9]*\) threads.*: \([0-9.]*\) pages a second$/\1 \2/p' "$1"
}

$speed_only && echo "extraction on $bench:"
echo "newsdiff:"
"$bin" "$tmp/pages" "$tmp/newsdiff.json" >"$tmp/newsdiff.out" || {
	cat "$tmp/newsdiff.out"
	$speed_only || exit 1
}
sed 's/^/  /' "$tmp/newsdiff.out"
nd_score=$(score "$tmp/newsdiff.json")
nd_speed=$(speed "$tmp/newsdiff.out")

rd_score=""
rd_speed=""
rd_note=""
if [ "$passes" -eq 0 ]; then
	rd_note="skipped (READABILITY_PASSES=0)"
elif ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
	rd_note="not run: npm or node is missing"
else
	rd=$top/build/readability
	mkdir -p "$rd"
	# Install again only when the pinned versions changed.
	if ! cmp -s "$top/bench/readability/package.json" "$rd/package.json" ||
		! cmp -s "$top/bench/readability/package-lock.json" "$rd/package-lock.json" ||
		[ ! -d "$rd/node_modules/@mozilla/readability" ] || [ ! -d "$rd/node_modules/jsdom" ]; then
		cp "$top/bench/readability/package.json" "$top/bench/readability/package-lock.json" "$rd/"
		echo "installing Readability into build/readability (npm ci)..."
		if ! (cd "$rd" && npm ci --no-audit --no-fund >"$tmp/npm.log" 2>&1); then
			rm -rf "$rd/node_modules"
			rd_note="not run: npm ci failed (see below)"
			tail -5 "$tmp/npm.log" | sed 's/^/  npm: /'
		fi
	fi
	cp "$top/bench/readability/run.js" "$rd/run.js"
	if [ -z "$rd_note" ]; then
		echo "Readability:"
		if node "$rd/run.js" "$tmp/pages" "$tmp/readability.json" "$passes" >"$tmp/rd.out" 2>"$tmp/rd.err"; then
			sed 's/^/  /' "$tmp/rd.out"
			rd_score=$(score "$tmp/readability.json")
			rd_speed=$(speed "$tmp/rd.out")
		else
			rd_note="not run: node run.js failed"
			tail -5 "$tmp/rd.err" | sed 's/^/  node: /'
		fi
	fi
fi

if $speed_only; then
	echo
	echo "extraction, pages/s (extraction only, pages in memory; newsdiff on one core):"
	printf '  %-46s %9s\n' "newsdiff (median of 3 passes)" "${nd_speed:-?}"
	th=$(threaded "$tmp/newsdiff.out")
	if [ -n "$th" ]; then
		# shellcheck disable=SC2086
		set -- $th
		printf '  %-46s %9s\n' "newsdiff, $1 threads (all processors)" "$2"
	fi
	if [ -n "$rd_speed" ]; then
		printf '  %-46s %9s\n' "Readability 0.6.0 under jsdom ($passes pass(es))" "$rd_speed"
		awk -v a="$nd_speed" -v b="$rd_speed" 'BEGIN {
			if (b > 0) printf "  newsdiff / Readability: %.1f (pages/s)\n", a / b }'
	else
		printf '  %-46s %s\n' Readability "$rd_note"
	fi
	exit 0
fi

echo
printf '%-26s %6s %10s %7s %9s\n' extractor F1 precision recall pages/s
# shellcheck disable=SC2086
set -- $nd_score
printf '%-26s %6s %10s %7s %9s\n' newsdiff "${1:-?}" "${2:-?}" "${3:-?}" "${nd_speed:-?}"
if [ -n "$rd_score" ]; then
	# shellcheck disable=SC2086
	set -- $rd_score
	printf '%-26s %6s %10s %7s %9s\n' "Readability 0.6.0 (jsdom)" "$1" "$2" "$3" "${rd_speed:-?}"
else
	printf '%-26s %s\n' Readability "$rd_note"
fi
