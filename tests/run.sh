#!/bin/sh
# Run every test: the cmocka unit programs given as arguments after the
# binary, then the script suites.  Each script prints TAP-style lines
# ("ok - ..." / "not ok - ...").  Prints "N passed, N failed" at the end
# and exits non-zero when anything failed.
# Usage: tests/run.sh NEWSDIFF_BINARY UNIT_TEST_PROGRAM...
set -u
bin=$1
shift
top=$(cd "$(dirname "$0")/.." && pwd)
case $bin in /*) ;; *) bin=$top/$bin ;; esac
export NEWSDIFF="$bin" NEWSDIFF_DATADIR="$top" LC_ALL=C.UTF-8 TZ=UTC
unset NO_COLOR

passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

for t in "$@"; do
	if "$t" >"$log" 2>&1; then
		n=$(grep -c '^\[       OK \]' "$log")
		passed=$((passed + n))
		echo "ok - $(basename "$t") ($n tests)"
	else
		n=$(grep -c '^\[       OK \]' "$log")
		f=$(grep -c '^\[  FAILED  \]' "$log")
		passed=$((passed + n))
		failed=$((failed + (f > 0 ? f - 1 : 1)))
		cat "$log"
		echo "not ok - $(basename "$t")"
	fi
done

if [ -n "${ALLOC_FAIL:-}" ]; then
	"$ALLOC_FAIL" "$top" >"$log" 2>&1
	rc=$?
	cat "$log"
	p=$(grep -c '^ok - ' "$log")
	f=$(grep -c '^not ok - ' "$log")
	[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	passed=$((passed + p))
	failed=$((failed + f))
fi

# Each fuzz harness over its seed corpus, which must exist and hold
# inputs, and over the inputs fuzzing found, when there are any.  On a
# crash the log's last "# replay:" line names the input.
for r in ${REPLAY:-}; do
	name=${r##*/replay_}
	case $r in /*) ;; *) r=$top/$r ;; esac
	set -- "tests/fuzz/corpus/$name"
	for f in "$top/tests/fuzz/regress/$name"/*; do
		[ -f "$f" ] && set -- "$@" "tests/fuzz/regress/$name" && break
	done
	(cd "$top" && "$r" "$@") >"$log" 2>&1
	rc=$?
	if [ "$rc" -eq 0 ]; then
		sed -n "s/^ok - fuzz replay:/ok - fuzz replay $name:/p" "$log"
		passed=$((passed + 1))
	else
		sed "s/fuzz replay:/fuzz replay $name:/" "$log"
		# No verdict printed: the harness took the process down.
		if ! grep -q '^not ok - ' "$log"; then
			last=$(sed -n 's/^# replay: //p' "$log" | tail -n 1)
			echo "not ok - fuzz replay $name: crashed (exit status $rc) on ${last:-?}"
		fi
		failed=$((failed + 1))
	fi
done

for s in "$top"/tests/layers.sh "$top"/tests/screen/run.sh "$top"/tests/readme.sh "$top"/tests/cli.sh "$top"/tests/html.sh "$top"/tests/install.sh "$top"/tests/limits.sh "$top"/tests/net/fetch.sh "$top"/tests/e2e/tmux.sh; do
	[ -f "$s" ] || continue
	sh "$s" >"$log" 2>&1
	rc=$?
	cat "$log"
	p=$(grep -c '^ok - ' "$log")
	f=$(grep -c '^not ok - ' "$log")
	[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	passed=$((passed + p))
	failed=$((failed + f))
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
