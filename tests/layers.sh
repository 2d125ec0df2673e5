#!/bin/sh
# The source tree's layering: every #include in src/ runs from a stage to
# the same stage or a lower one, and each outside library stays in its
# one room.  Stages, low to high:
#   base < load < analyse < show < tui < main.c (src/main.c)
# Checks, each printed as "ok - ..." or as one "not ok - FILE:LINE: ..."
# per offending line:
#   - every file is in a stage folder (or is src/main.c), and every
#     #include "DIR/x.h" names a stage folder no higher than the file's;
#   - <curl/...> only in src/load/fetch*, <libxml/...> only in
#     src/load/html*, <curses.h> and <ncurses*> only in src/tui/, and
#     <jansson.h> not in src/base/ (base uses libc and utf8proc only),
#     <libstemmer.h> only in src/analyse/stem*;
#   - every header opens with a comment that says what it "Depends on";
#   - no two .c files share a base name (the library archive keeps its
#     members by base name).
# Usage: tests/layers.sh [SRC_DIR]   (default: the src/ beside tests/)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
src=${1:-$top/src}
[ -d "$src" ] || { echo "not ok - layers: no folder $src"; exit 1; }
cd "$(dirname "$src")" || exit 1
root=$(basename "$src")

files=$(find "$root" -type f \( -name '*.c' -o -name '*.h' \) | LC_ALL=C sort)
[ -n "$files" ] || { echo "not ok - layers: no C files in $root"; exit 1; }
# awk never sees a file with no lines: name empty headers to it.
empty=$(find "$root" -type f -name '*.h' -empty | LC_ALL=C sort | tr '\n' ' ')

# shellcheck disable=SC2086 # file names under src/ have no spaces
awk -v root="$root" -v empty="$empty" '
BEGIN {
	nstage = split("base load analyse show tui", names, " ")
	for (i = 1; i <= nstage; i++)
		stage[names[i]] = i
	stage["main.c"] = nstage + 1
	split("layering folder curl libxml curses jansson stemmer depends unique", checks, " ")
	title["layering"] = "includes run from a stage to the same or a lower one (" \
		"base < load < analyse < show < tui < main.c)"
	title["folder"] = "every file is in a stage folder and every #include \"...\" names one"
	title["curl"] = "only " root "/load/fetch* includes <curl/...>"
	title["libxml"] = "only " root "/load/html* includes <libxml/...>"
	title["curses"] = "only " root "/tui/ includes <curses.h> or <ncurses*>"
	title["jansson"] = "nothing in " root "/base/ includes <jansson.h>"
	title["stemmer"] = "only " root "/analyse/stem* includes <libstemmer.h>"
	title["depends"] = "every header opens with a comment saying what it \"Depends on\""
	title["unique"] = "no two .c files share a base name"
	n = split(empty, e, " ")
	for (i = 1; i <= n; i++)
		fail_at("depends", e[i], 0, "the header is empty")
}

function fail_at(check, file, line, msg) {
	bad[check]++
	printf "not ok - %s:%d: %s\n", file, line, msg
}

function fail(check, msg) {
	fail_at(check, FILENAME, FNR, msg)
}

# The end of a header: its opening comment must have been read whole.
function finish_header(file, lines) {
	if (hc == 0)
		fail_at("depends", file, lines, "the header does not open with a comment")
	else if (hc == 1)
		fail_at("depends", file, lines, "the opening comment of the header never ends")
}

# The stage name of a file (root/DIR/... or root/main.c), or "".
function file_stage(path,   rel, n, parts) {
	rel = substr(path, length(root) + 2)
	if (rel == "main.c")
		return "main.c"
	n = split(rel, parts, "/")
	return n >= 2 && (parts[1] in stage) ? parts[1] : ""
}

FNR == 1 {
	if (prev_header)
		finish_header(prev_file, prev_lines)
	fstage = file_stage(FILENAME)
	if (fstage == "")
		fail("folder", "not in a stage folder (" root "/base, load, analyse, show, tui or main.c)")
	rel = substr(FILENAME, length(root) + 2)
	is_header = FILENAME ~ /\.h$/
	# header comment state: 0 before it, 1 inside, 2 done
	hc = 0
	found_dep = 0
	if (!is_header) {
		base = FILENAME
		sub(/.*\//, "", base)
		if (base in c_file)
			fail("unique", "has the base name of " c_file[base])
		else
			c_file[base] = FILENAME
	}
}

{
	prev_file = FILENAME
	prev_lines = FNR
	prev_header = is_header
}

# The opening comment of a header: the first non-blank line must open it.
is_header && hc < 2 {
	line = $0
	if (hc == 0 && line ~ /^[ \t]*$/)
		next
	if (hc == 0) {
		if (line !~ /^[ \t]*\/\*/) {
			fail("depends", "the header does not open with a comment")
			hc = 2
		} else {
			hc = 1
		}
	}
	if (hc == 1) {
		if (line ~ /Depends on/)
			found_dep = 1
		if (line ~ /\*\//) {
			hc = 2
			if (!found_dep)
				fail("depends", "the opening comment does not say what the header \"Depends on\"")
		}
	}
}

/^[ \t]*#[ \t]*include[ \t]*"/ {
	inc = $0
	sub(/^[ \t]*#[ \t]*include[ \t]*"/, "", inc)
	sub(/".*/, "", inc)
	n = split(inc, parts, "/")
	to = parts[1]
	if (n < 2 || !(to in stage) || to == "main.c") {
		fail("folder", "#include \"" inc "\" does not name a stage folder (write \"load/story.h\")")
		next
	}
	if (fstage != "" && stage[to] > stage[fstage])
		fail("layering", "#include \"" inc "\": " to " is a higher stage than " fstage)
	next
}

/^[ \t]*#[ \t]*include[ \t]*</ {
	inc = $0
	sub(/^[ \t]*#[ \t]*include[ \t]*</, "", inc)
	sub(/>.*/, "", inc)
	if (inc ~ /^curl\// && rel !~ /^load\/fetch/)
		fail("curl", "#include <" inc ">: only " root "/load/fetch* may use libcurl")
	if (inc ~ /^libxml\// && rel !~ /^load\/html/)
		fail("libxml", "#include <" inc ">: only " root "/load/html* may use libxml2")
	if ((inc == "curses.h" || inc ~ /^ncurses/) && rel !~ /^tui\//)
		fail("curses", "#include <" inc ">: only " root "/tui/ may use curses")
	if (inc == "libstemmer.h" && rel !~ /^analyse\/stem/)
		fail("stemmer", "#include <" inc ">: only " root "/analyse/stem* may use libstemmer")
	if (inc == "jansson.h" && rel ~ /^base\//)
		fail("jansson", "#include <" inc ">: " root "/base/ uses libc and utf8proc only")
}

END {
	if (prev_header)
		finish_header(prev_file, prev_lines)
	for (i = 1; i in checks; i++)
		if (!bad[checks[i]])
			printf "ok - layers: %s\n", title[checks[i]]
	for (c in bad)
		total += bad[c]
	exit (total > 0)
}
' $files
