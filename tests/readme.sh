#!/bin/sh
# The README's screens are the program's: each `./newsdiff --dump-screen
# ...` command the README names, followed within a few lines by a fenced
# block, draws that block exactly (trailing blanks aside).  So a change
# that moves what the bundled story shows cannot leave the README behind.
# Usage: NEWSDIFF=BINARY tests/readme.sh [README]
set -u
NEWSDIFF_CONFIG=/dev/null
export NEWSDIFF_CONFIG
bin=${NEWSDIFF:?set NEWSDIFF to the newsdiff binary}
export LC_ALL=C.UTF-8 TZ=UTC
top=$(cd "$(dirname "$0")/.." && pwd)
NEWSDIFF_DATADIR=${NEWSDIFF_DATADIR:-$top}
export NEWSDIFF_DATADIR
readme=${1:-$top/README.md}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
ok() { echo "ok - $1"; }
bad() { echo "not ok - $1"; shift; for l in "$@"; do echo "#   $l"; done; fails=$((fails + 1)); }

# Each example: its arguments (after ./newsdiff) in $tmp/N.args, its
# block in $tmp/N.want.
awk -v d="$tmp" '
	/`\.\/newsdiff --dump-screen [^`]*`/ {
		s = $0
		sub(/.*`\.\/newsdiff /, "", s)
		sub(/`.*/, "", s)
		args = s; at = NR; next
	}
	args != "" && !inblock && /^```/ {
		if (NR - at > 6) { args = ""; next }
		n++
		print args > (d "/" n ".args")
		inblock = 1; next
	}
	inblock && /^```/ { inblock = 0; args = ""; close(d "/" n ".want"); next }
	inblock { print > (d "/" n ".want") }
' "$readme"

found=0
for a in "$tmp"/*.args; do
	[ -f "$a" ] || continue
	found=$((found + 1))
	n=${a%.args}
	args=$(cat "$a")
	# the arguments as the README writes them, quotes and all
	eval "set -- $args"
	"$bin" "$@" 2>/dev/null | sed 's/[[:space:]]*$//' >"$n.got"
	sed 's/[[:space:]]*$//' "$n.want" >"$n.want2"
	if cmp -s "$n.got" "$n.want2"; then
		ok "README: ./newsdiff $args draws the block shown"
	else
		bad "README: ./newsdiff $args draws the block shown" "$(diff "$n.want2" "$n.got" | head -n 12)"
	fi
done
if [ "$found" -ge 3 ]; then ok "README: $found screen examples found"; else bad "README: $found screen examples found, want 3 or more"; fi
[ "$fails" -eq 0 ]
