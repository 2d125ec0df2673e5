#!/bin/sh
# `make install` into a temporary prefix (and with DESTDIR): the program,
# its man page and the bundled story land where they should, and the
# installed program finds the story by itself.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset NEWSDIFF_DATADIR
fails=0
ok() { echo "ok - $1"; }
bad() { echo "not ok - $1"; shift; for l in "$@"; do echo "#   $l"; done; fails=$((fails + 1)); }

# A build of its own, so that the tree's build keeps its own prefix.
if make -s -C "$top" install PREFIX="$tmp/prefix" B="$tmp/build" BIN="$tmp/build/newsdiff" \
	>"$tmp/log" 2>&1; then
	ok "install: make install PREFIX=..."
else
	bad "install: make install PREFIX=..." "$(tail -n 20 "$tmp/log")"
fi
for f in bin/newsdiff share/man/man1/newsdiff.1 \
	share/newsdiff/articles/journalists-tracked/2-afp.txt; do
	if [ -f "$tmp/prefix/$f" ]; then ok "install: $f"; else bad "install: $f is missing"; fi
done
# Away from the source tree, the installed program opens the bundled story.
if (cd / && "$tmp/prefix/bin/newsdiff" --dump-screen --size 200x50) >"$tmp/screen" 2>"$tmp/err" &&
	grep -q SiliconANGLE "$tmp/screen"; then
	ok "install: the installed program finds the bundled story"
else
	bad "install: the installed program finds the bundled story" "$(cat "$tmp/err")"
fi

if make -s -C "$top" install PREFIX=/usr DESTDIR="$tmp/stage" B="$tmp/build2" \
	BIN="$tmp/build2/newsdiff" >"$tmp/log" 2>&1 &&
	[ -x "$tmp/stage/usr/bin/newsdiff" ] &&
	[ -f "$tmp/stage/usr/share/newsdiff/articles/journalists-tracked/1-fba-news.txt" ]; then
	ok "install: DESTDIR stages under the prefix"
else
	bad "install: DESTDIR stages under the prefix" "$(tail -n 20 "$tmp/log")"
fi

if make -s -C "$top" uninstall PREFIX="$tmp/prefix" >"$tmp/log" 2>&1 &&
	[ ! -e "$tmp/prefix/bin/newsdiff" ] && [ ! -e "$tmp/prefix/share/newsdiff" ]; then
	ok "install: make uninstall removes it all"
else
	bad "install: make uninstall removes it all" "$(ls -R "$tmp/prefix" | head)"
fi
[ "$fails" -eq 0 ]
