#!/bin/sh
# Headless screen tests: each tests/screen/*.test holds a screen size, a
# key script (and maybe the arguments and the exit status expected) and
# the screen expected after it.  The real binary draws it
# with --dump-screen (ncurses onto /dev/null) and the rows are compared.
# UPDATE=1 rewrites the expected screens (read the diff before committing).
set -u
# no config file of the user running the tests
NEWSDIFF_CONFIG=/dev/null
export NEWSDIFF_CONFIG
here=$(cd "$(dirname "$0")" && pwd)
bin=${NEWSDIFF:?set NEWSDIFF to the newsdiff binary}
export LC_ALL=C.UTF-8 TZ=UTC
status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for t in "$here"/*.test; do
	name=$(basename "$t" .test)
	size=$(sed -n 's/^size: //p' "$t" | head -n 1)
	keys=$(sed -n 's/^keys: //p' "$t" | head -n 1)
	args=$(sed -n 's/^args: //p' "$t" | head -n 1)
	want=$(sed -n 's/^status: //p' "$t" | head -n 1)
	sed '1,/^---$/d' "$t" > "$tmp/expected"
	# shellcheck disable=SC2086
	(cd "$here/../.." && "$bin" --dump-screen --size "$size" --keys "$keys" $args) \
		> "$tmp/actual" 2> "$tmp/stderr"
	got=$?
	if [ "$got" != "${want:-0}" ]; then
		echo "not ok - screen $name: newsdiff exited $got, not ${want:-0}"
		cat "$tmp/stderr"
		status=1
		continue
	fi
	if [ "${UPDATE:-}" = 1 ]; then
		sed '/^---$/q' "$t" > "$tmp/new" && cat "$tmp/actual" >> "$tmp/new" && mv "$tmp/new" "$t"
	fi
	if cmp -s "$tmp/expected" "$tmp/actual" || [ "${UPDATE:-}" = 1 ]; then
		echo "ok - screen $name ($size)"
	else
		echo "not ok - screen $name ($size)"
		diff -u "$tmp/expected" "$tmp/actual" | head -n 40
		status=1
	fi
done
exit $status
