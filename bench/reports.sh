#!/bin/sh
# --report --format=json on 500 and 1000 real reports: the corpus's texts
# (../shared/corpus, every *.txt of its stories, in name order, repeated
# until there are enough), linked into a temporary directory.  Wall time
# (median of 3 runs) and peak memory (GNU time's maximum resident set,
# when /usr/bin/time is there) with one thread and with one a processor,
# and whether the two outputs are the same bytes.  A measurement: it
# prints figures and never fails; without the corpus it says so.
# Usage: bench/reports.sh NEWSDIFF [CORPUS_DIR]
set -u
bin=${1:?usage: bench/reports.sh NEWSDIFF [CORPUS_DIR]}
corpus=${2:-../shared/corpus}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
find "$corpus" -mindepth 3 -maxdepth 3 -name '*.txt' 2>/dev/null | LC_ALL=C sort >"$tmp/list"
have=$(wc -l <"$tmp/list")
if [ "$have" -eq 0 ]; then
	echo "reports: no corpus texts in $corpus (skipped)"
	exit 0
fi
cpus=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
gnutime=
[ -x /usr/bin/time ] && gnutime=/usr/bin/time
for n in 500 1000; do
	mkdir "$tmp/$n"
	i=0
	while [ "$i" -lt "$n" ]; do
		f=$(sed -n "$((i % have + 1))p" "$tmp/list")
		ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$tmp/$n/$(printf 'r%04d.txt' "$i")"
		i=$((i + 1))
	done
	for jobs in 1 "$cpus"; do
		for run in 1 2 3; do
			# the last run's output is removed before the clock starts:
			# a shell truncating 25 MB for the next run is not newsdiff's
			# time (15 ms of it on a slow virtual machine)
			rm -f "$tmp/out.$jobs"
			s=$(date +%s%N)
			if [ -n "$gnutime" ]; then
				"$gnutime" -f '%M' -o "$tmp/rss" "$bin" --jobs="$jobs" --report \
					--format=json "$tmp/$n"/*.txt >"$tmp/out.$jobs" 2>/dev/null
			else
				"$bin" --jobs="$jobs" --report --format=json "$tmp/$n"/*.txt \
					>"$tmp/out.$jobs" 2>/dev/null
			fi
			e=$(date +%s%N)
			echo $(((e - s) / 1000)) >>"$tmp/t.$n.$jobs"
			[ -n "$gnutime" ] && cat "$tmp/rss" >>"$tmp/m.$n.$jobs"
		done
		t=$(median <"$tmp/t.$n.$jobs")
		m=-
		[ -n "$gnutime" ] && m=$(median <"$tmp/m.$n.$jobs" | awk '{ printf "%.1f MB", $1 / 1024 }')
		awk -v n="$n" -v j="$jobs" -v t="$t" -v m="$m" 'BEGIN {
			printf "%d real reports, --report --format=json, %d thread%s: %.0f ms, peak %s\n",
			       n, j, j == 1 ? "" : "s", t / 1000, m
		}'
	done
	same=differ
	cmp -s "$tmp/out.1" "$tmp/out.$cpus" && same="the same bytes"
	echo "  outputs with 1 and $cpus threads: $same"
done
echo "target: 500 reports at most 250 ms and 100 MB; 1000 at most twice that"
