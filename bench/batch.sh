#!/bin/sh
# --batch over the corpus's two-outlet stories (../shared/corpus/pac):
# wall time with one thread and with one a processor, medians of 5 runs,
# and whether the two outputs are the same bytes.  A measurement: it
# prints figures and never fails; without the corpus it says so.
# Usage: bench/batch.sh NEWSDIFF [CORPUS_DIR]
set -u
bin=${1:?usage: bench/batch.sh NEWSDIFF [CORPUS_DIR]}
corpus=${2:-../shared/corpus/pac}
set -- "$corpus"/STORY_*
if [ ! -d "$1" ]; then
	echo "batch: no stories in $corpus (skipped)"
	exit 0
fi
n=$#
cpus=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for jobs in 1 "$cpus"; do
	for i in 1 2 3 4 5; do
		s=$(date +%s%N)
		"$bin" --batch --jobs="$jobs" "$@" >"$tmp/out.$jobs" 2>/dev/null
		e=$(date +%s%N)
		echo $(((e - s) / 1000))
	done | median >"$tmp/t.$jobs"
done
t1=$(cat "$tmp/t.1")
tn=$(cat "$tmp/t.$cpus")
same=differ
cmp -s "$tmp/out.1" "$tmp/out.$cpus" && same="the same bytes"
awk -v n="$n" -v t1="$t1" -v tn="$tn" -v c="$cpus" -v same="$same" 'BEGIN {
	printf "batch: %d stories, 1 thread %.1f ms, %d threads %.1f ms (x%.2f); outputs: %s\n",
	       n, t1 / 1000, c, tn / 1000, t1 / tn, same
}'
