#!/bin/sh
# make fuzz: build each harness (tests/fuzz/fuzz_NAME.c) with libFuzzer,
# ASan and UBSan (clang), run it for FUZZ_SECONDS (default 60) and print
# executions and findings.  libFuzzer writes the inputs it finds into its
# first corpus folder, so that is a scratch folder, build/fuzz/corpus/NAME/
# (kept between runs, emptied by make clean), seeded with copies of the
# committed corpus (tests/fuzz/corpus/NAME/), the saved findings
# (tests/fuzz/regress/NAME/) and the invented test fixtures (not the
# bundled story, so that nothing derived from a real story's text is left
# in build/): nothing under tests/ is ever written.  A crash or hang is saved under
# build/fuzz/crashes/NAME/; copy it to tests/fuzz/regress/NAME/ so that
# make check replays it.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
secs=${FUZZ_SECONDS:-60}
out=$top/build/fuzz
lib=$1
shift
mkdir -p "$out"
status=0
for src in "$top"/tests/fuzz/fuzz_*.c; do
	name=${src##*/fuzz_}
	name=${name%.c}
	bin=$out/fuzz_$name
	clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
		-I"$top/src" -I"$top/build/fuzz-lib" -include "$top/build/fuzz-lib/config.h" \
		"$src" "$lib" "$@" -o "$bin" || { status=1; continue; }
	corpus=$out/corpus/$name
	mkdir -p "$corpus" "$out/crashes/$name"
	# Seeds are named by their path, so that files of the same name in
	# two folders do not overwrite each other.
	for f in "$top/tests/fuzz/corpus/$name"/* "$top/tests/fuzz/regress/$name"/* \
		 "$top"/tests/fixtures/*/*.txt "$top"/tests/fixtures/*/*.html; do
		[ -f "$f" ] || continue
		cp "$f" "$corpus/seed-$(printf '%s' "${f#"$top"/}" | tr / _)"
	done
	"$bin" -max_total_time="$secs" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
		-max_len=65536 -artifact_prefix="$out/crashes/$name/" "$corpus" >"$out/$name.log" 2>&1
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$name.log")
	found=$(ls "$out/crashes/$name" | wc -l)
	echo "fuzz_$name: ${execs:-?} executions in ${secs}s, $found findings"
	[ "$found" -gt 0 ] && { ls "$out/crashes/$name" | sed 's/^/  /'; status=1; }
done
exit $status
