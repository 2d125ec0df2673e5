#!/bin/sh
# make fuzz: build each harness with libFuzzer, ASan and UBSan (clang),
# seed it from the bundled story and the test fixtures, run it for
# FUZZ_SECONDS (default 60) and print executions and findings.  A crash is
# saved under build/fuzz/crashes/NAME/; copy it to tests/fuzz/regress/NAME/
# so that make check replays it.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
secs=${FUZZ_SECONDS:-60}
out=$top/build/fuzz
lib=$1
shift
mkdir -p "$out"
status=0
for name in article html facts compare; do
	bin=$out/fuzz_$name
	clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
		-I"$top/src" -I"$top/build/fuzz-lib" -include "$top/build/fuzz-lib/config.h" \
		"$top/tests/fuzz/fuzz_$name.c" "$lib" "$@" -o "$bin" || { status=1; continue; }
	corpus=$out/corpus/$name
	mkdir -p "$corpus" "$out/crashes/$name"
	for f in "$top"/articles/*/*.txt "$top"/tests/fixtures/*/*.txt "$top"/tests/fixtures/html/*.html; do
		[ -f "$f" ] && cp "$f" "$corpus/" 2>/dev/null
	done
	[ -d "$top/tests/fuzz/regress/$name" ] && cp "$top/tests/fuzz/regress/$name"/* "$corpus/" 2>/dev/null
	"$bin" -max_total_time="$secs" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
		-max_len=65536 -artifact_prefix="$out/crashes/$name/" "$corpus" >"$out/$name.log" 2>&1
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$name.log")
	found=$(ls "$out/crashes/$name" | wc -l)
	echo "fuzz_$name: ${execs:-?} executions in ${secs}s, $found findings"
	[ "$found" -gt 0 ] && { ls "$out/crashes/$name" | sed 's/^/  /'; status=1; }
done
exit $status
