#!/bin/sh
# shellcheck disable=SC2317,SC2119,SC2120,SC2016  # functions run through t/step/poll
# End-to-end runs of the real newsdiff binary in a private tmux server.
#
# Each run starts newsdiff in its own detached tmux session (200x50),
# reads the screen with capture-pane, types with send-keys and resizes
# with resize-window, then prints one TAP line: "ok - NAME", or
# "not ok - NAME" followed by "# " lines saying which step failed and
# what the screen showed.  Waits poll every 0.05 s for at most ~5 s.
#
# The pane runs a small wrapper: it records newsdiff's pid, execs it,
# writes "exit=STATUS" to a file when it ends and then keeps the pane
# alive (sleep), so the terminal state newsdiff left behind (alternate
# screen, cursor, keypad, mouse modes) can still be read with
# `tmux display -p`.
#
# Usage: sh tests/e2e/tmux.sh
# Environment: NEWSDIFF (the binary; default ./newsdiff at the repository
# root), NEWSDIFF_DATADIR (default the repository root).  tests/run.sh
# sets both.  Exits non-zero when any run failed.
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
NEWSDIFF=${NEWSDIFF:-$top/newsdiff}
NEWSDIFF_DATADIR=${NEWSDIFF_DATADIR:-$top}
case $NEWSDIFF in /*) ;; *) NEWSDIFF=$(pwd)/$NEWSDIFF ;; esac
unset TMUX TMUX_PANE

if ! command -v tmux >/dev/null 2>&1; then
	echo "not ok - tmux missing"
	exit 1
fi
if [ ! -x "$NEWSDIFF" ]; then
	echo "not ok - newsdiff binary not found: $NEWSDIFF"
	exit 1
fi

sock=nd-e2e-$$
tmp=$(mktemp -d) || { echo "not ok - mktemp -d failed"; exit 1; }
T() { tmux -L "$sock" -f /dev/null "$@"; }
cleanup() {
	T kill-server >/dev/null 2>&1
	# tmux leaves its socket behind; it is ours alone (named by our pid).
	rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$sock"
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

OUTLETS="FBA News|AFP|The Register|UNILAD|SiliconANGLE"
ESC=$(printf '\033')
failed=0
cur=""      # the session of the current run
why=""      # the step that failed
extra=""    # a file of extra diagnostics for the failed step, if any

# ---- helpers -------------------------------------------------------------

# Quote a string for sh.
shq() {
	printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

# The screen newsdiff draws headless for a key script (the reference).
dump() { # KEYS FILE [SIZE]
	NEWSDIFF_DATADIR=$NEWSDIFF_DATADIR LC_ALL=C.UTF-8 TZ=UTC \
		"$NEWSDIFF" --dump-screen --size "${3:-200x50}" --keys "$1" >"$2" 2>&1
}

# Start newsdiff in session NAME at 200x50; optional extra sh lines
# (e.g. "NO_COLOR=1; export NO_COLOR") run before it.
start() { # NAME [SH-LINES]
	cur=$1
	w=$tmp/$1.sh
	{
		echo 'unset NO_COLOR'
		printf 'NEWSDIFF_DATADIR=%s; LC_ALL=C.UTF-8; TZ=UTC\n' "$(shq "$NEWSDIFF_DATADIR")"
		echo 'export NEWSDIFF_DATADIR LC_ALL TZ'
		[ -n "${2:-}" ] && printf '%s\n' "$2"
		printf 'sh -c '\''echo $$ >"$1"; exec "$2"'\'' sh %s %s\n' \
			"$(shq "$tmp/$1.pid")" "$(shq "$NEWSDIFF")"
		printf 'echo "exit=$?" >%s\n' "$(shq "$tmp/$1.exit")"
		echo 'exec sleep 600'
	} >"$w"
	if ! T new-session -d -s "$1" -x 200 -y 50 sh "$w" >"$tmp/tmux.err" 2>&1; then
		why="tmux new-session failed: $(cat "$tmp/tmux.err")"
		return 1
	fi
	step "newsdiff started (pid recorded)" poll test -s "$tmp/$1.pid"
}

# Run CMD... up to 100 times, 0.05 s apart, until it succeeds.
poll() {
	i=0
	while :; do
		"$@" && return 0
		[ "$i" -ge 100 ] && return 1
		sleep 0.05
		i=$((i + 1))
	done
}

# Run CMD...; on failure remember DESC as the failed step.
step() { # DESC CMD...
	d=$1
	shift
	"$@" && return 0
	why=$d
	return 1
}

cap() { T capture-pane -p -t "$cur" "$@" >"$tmp/screen" 2>/dev/null; }
has() { cap && grep -qF -- "$1" "$tmp/screen"; }
has_re() { cap && grep -qE -- "$1" "$tmp/screen"; }
lacks() { cap && ! grep -qF -- "$1" "$tmp/screen"; }
all_outlets() {
	cap || return 1
	(IFS='|'; for o in $OUTLETS; do grep -qF -- "$o" "$tmp/screen" || exit 1; done)
}
# The bottom row matches an extended regular expression.
last_row() { cap && tail -n 1 "$tmp/screen" | grep -qE -- "$1"; }
# Row N matches an extended regular expression.
row() { cap && sed -n "$1p" "$tmp/screen" | grep -qE -- "$2"; }
# The screen is exactly FILE (a headless dump); keeps a diff for the report.
same_as() {
	cap || return 1
	cmp -s "$1" "$tmp/screen" && return 0
	diff -u "$1" "$tmp/screen" | sed 's/^/diff: /' | head -n 30 >"$tmp/extra"
	extra=$tmp/extra
	return 1
}
pane_size() { [ "$(T display -p -t "$cur" '#{pane_width}x#{pane_height}')" = "$1" ]; }
pane_is() { # FORMAT VALUE
	v=$(T display -p -t "$cur" "$1")
	[ "$v" = "$2" ] && return 0
	echo "$1 is '$v', want '$2'" >"$tmp/extra"
	extra=$tmp/extra
	return 1
}
keys() { T send-keys -t "$cur" "$@"; }
resize() { T resize-window -t "$cur" -x "$1" -y "$2"; }
exited() { [ -s "$tmp/$cur.exit" ]; }
# newsdiff has not exited and its process still exists.
alive() { ! exited && kill -0 "$(cat "$tmp/$cur.pid")" 2>/dev/null; }
exit_is() {
	v=$(cat "$tmp/$cur.exit")
	[ "$v" = "exit=$1" ] && return 0
	echo "newsdiff ended with '$v', want 'exit=$1'" >"$tmp/extra"
	extra=$tmp/extra
	return 1
}
# The terminal as newsdiff left it: normal screen, cursor shown, keypad
# and mouse modes off.
restored() {
	pane_is '#{alternate_on} #{cursor_flag} #{keypad_cursor_flag} #{mouse_any_flag}' '0 1 0 0'
}
# Does the screen (captured with -e) use any colour SGR?  Default colour
# (39, 49) does not count: tmux writes it after every reset.
has_colour() {
	awk -v e="$ESC" '
	{
		s = $0
		while (match(s, e "\\[[0-9;:]*m")) {
			p = substr(s, RSTART + 2, RLENGTH - 3)
			s = substr(s, RSTART + RLENGTH)
			n = split(p, a, /[;:]/)
			for (i = 1; i <= n; i++) {
				v = a[i] + 0
				if ((v >= 30 && v <= 38) || (v >= 40 && v <= 48) ||
				    (v >= 90 && v <= 97) || (v >= 100 && v <= 107)) {
					print "line " NR ": ESC[" p "m"
					found = 1
					exit
				}
			}
		}
	}
	END { exit !found }' "$tmp/screen" >"$tmp/colour"
}
no_colour() {
	has_colour || return 0
	sed 's/^/colour SGR at /' "$tmp/colour" >"$tmp/extra"
	extra=$tmp/extra
	return 1
}
# The focused header, row 1, is "▶ OUTLET" drawn in reverse video (SGR 7).
marked_reverse() { # OUTLET
	head -n 1 "$tmp/screen" | awk -v e="$ESC" -v want="▶ $1" '
	{
		s = $0; rev = 0
		while (match(s, e "\\[[0-9;:]*m")) {
			if (index(substr(s, 1, RSTART - 1), want)) break
			p = substr(s, RSTART + 2, RLENGTH - 3)
			s = substr(s, RSTART + RLENGTH)
			n = split(p, a, /[;:]/)
			for (i = 1; i <= n; i++) {
				if (a[i] == "" || a[i] == "0" || a[i] == "27") rev = 0
				if (a[i] == "7") rev = 1
			}
		}
		ok = index(s, want) > 0 && index(substr(s, 1, index(s, want) - 1), "│") == 0 && rev
	}
	END { exit !ok }'
}
# Every action's help text from src/tui/keys.h is on the screen.
help_complete() {
	cap || return 1
	k=$top/src/tui/keys.h
	[ -f "$k" ] || return 0
	sed -n 's/^[[:space:]]*X([A-Z_]*, "\(.*\)").*/\1/p' "$k" >"$tmp/helps"
	[ -s "$tmp/helps" ] || return 1
	: >"$tmp/extra"
	while IFS= read -r h; do
		grep -qF -- "$h" "$tmp/screen" || echo "help text missing: $h" >>"$tmp/extra"
	done <"$tmp/helps"
	[ -s "$tmp/extra" ] || return 0
	extra=$tmp/extra
	return 1
}

# Run one test: NAME FUNCTION.  Prints its TAP line and, on failure, the
# failed step, any extra diagnostics and the last captured screen.
t() {
	why=""
	extra=""
	cur=""
	: >"$tmp/screen"
	if "$2"; then
		echo "ok - $1"
	else
		echo "not ok - $1"
		echo "# failed step: ${why:-unknown}"
		[ -n "$extra" ] && [ -s "$extra" ] && sed 's/^/# /' "$extra"
		if [ -s "$tmp/screen" ]; then
			echo "# screen ($(T display -p -t "$cur" '#{pane_width}x#{pane_height}' 2>/dev/null)):"
			sed -e 's/^/#   |/' -e "s/$ESC/^[/g" "$tmp/screen" | head -n 52
		fi
		failed=1
	fi
	[ -n "$cur" ] && T kill-session -t "$cur" >/dev/null 2>&1
	return 0
}

drawn_or_exited() { last_row '\? help  q quit' || exited; }
drawn() {
	step "screen drawn within 5 s" poll drawn_or_exited || return 1
	exited || return 0
	why="newsdiff exited before drawing its screen ($(cat "$tmp/$cur.exit"))"
	return 1
}
quit_ok() {
	keys q
	step "exits within 5 s of q" poll exited &&
		step "exit status 0 after q" exit_is 0 &&
		step "terminal restored after q" restored
}

# ---- the runs --------------------------------------------------------------

# (a) Start, see the five reports, quit with q.
run_start() {
	dump "" "$tmp/start.ref" || { why="headless --dump-screen failed: $(head -n 3 "$tmp/start.ref")"; return 1; }
	start start &&
		drawn &&
		step "pane is 200x50" pane_size 200x50 &&
		step "all five outlet names visible" poll all_outlets &&
		step "first report focused: header row 1 starts with '▶ FBA News'" row 1 '^▶ FBA News ' &&
		step "screen equals --dump-screen --size 200x50" poll same_as "$tmp/start.ref" &&
		step "alternate screen on while running" pane_is '#{alternate_on}' 1 &&
		quit_ok
}

# (b) Resize down to 80x24, 20x6 and 10x4, and back to 200x50.
run_resize() {
	dump "" "$tmp/resize.ref" || { why="headless --dump-screen failed: $(head -n 3 "$tmp/resize.ref")"; return 1; }
	start resize &&
		drawn &&
		resize 80 24 &&
		step "pane is 80x24" pane_size 80x24 &&
		step "80x24: status row shows '1-2 of 5'" poll last_row '^ 5 reports  1-2 of 5  \? help  q quit +FBA News: Top$' &&
		step "80x24: headers of the two visible reports" row 1 '^▶ FBA News +│  AFP$' &&
		step "80x24: the other reports are not drawn" lacks "The Register" &&
		resize 20 6 &&
		step "20x6: one column, status row shows '1 of 5'" poll last_row '^ 5 reports  1(-1)? of 5$' &&
		step "20x6: still running" alive &&
		resize 10 4 &&
		step "10x4: a 'terminal too small' message" poll has_re '^(terminal t|too small)' &&
		step "10x4: still running" alive &&
		resize 200 50 &&
		step "back to 200x50: all five outlet names visible" poll all_outlets &&
		step "back to 200x50: bottom status row intact" poll last_row '^ 5 reports  \? help  q quit +FBA News: Top$' &&
		step "back to 200x50: screen equals a fresh start (no leftovers)" poll same_as "$tmp/resize.ref" &&
		quit_ok
}

# (c) Keys: scroll, change report, search, help.
run_keys() {
	ks=""
	start keys && drawn || return 1
	# Each key: send it, then wait until the screen equals the headless
	# dump for the same key script, then check what it should show.
	press() { # HEADLESS-KEYS TMUX-SEND-KEYS-ARGS...
		ks=$ks$1
		shift
		dump "$ks" "$tmp/keys.ref" || { why="headless dump failed for '$ks'"; return 1; }
		keys "$@" || { why="send-keys $* failed"; return 1; }
		step "after keys '$ks': screen equals --dump-screen --keys '$ks'" poll same_as "$tmp/keys.ref"
	}
	press j j &&
		step "j: FBA News scrolled (status no longer 'Top')" last_row 'FBA News: [0-9]+%$' &&
		step "j: first text row moved on one line" row 6 '^ spied on reporters to reveal their ' &&
		press '<PgDn>' NPage &&
		step "PgDn: FBA News scrolled a page (here to the end)" last_row 'FBA News: ([1-9][0-9]%|Bot)$' &&
		press '<Tab>' Tab &&
		step "Tab: AFP focused" row 1 '│▶ AFP ' &&
		step "Tab: status names AFP" last_row ' AFP: Top$' &&
		press l l &&
		step "l: The Register focused" row 1 '│▶ The Register ' &&
		press h h &&
		step "h: AFP focused again" row 1 '│▶ AFP ' &&
		press / / &&
		step "/: search prompt on the status row" last_row '^/$' &&
		press Forbes -l Forbes &&
		step "typing: prompt shows '/Forbes'" last_row '^/Forbes$' &&
		press '<Enter>' Enter &&
		step "Enter: status shows 'match 1 of'" last_row '^ /Forbes: match 1 of [0-9]+, in [0-9]+ reports ' &&
		step "Enter: focus moved to the first report with a match" row 1 '│▶ The Register ' &&
		step "Enter: the match is on screen" has Forbes &&
		press n n &&
		step "n: status shows 'match 2 of'" last_row '^ /Forbes: match 2 of [0-9]+, in [0-9]+ reports ' &&
		press '?' '?' &&
		step "?: help box shown" has 'newsdiff keys (any key closes)' &&
		step "?: help lists q for quit" has_re '^.* q +quit( |$)' &&
		step "?: help lists every action of src/tui/keys.h" help_complete &&
		press '<Esc>' Escape &&
		step "Esc: help closed" lacks 'newsdiff keys' &&
		step "Esc: status row keeps the search position" last_row '^ /Forbes: match 2 of [0-9]+, in [0-9]+ reports +The Register: ' &&
		quit_ok
}

# (d) SIGTERM: exit status 143 and the terminal given back.
run_sigterm() {
	start sigterm &&
		drawn &&
		step "alternate screen on while running" pane_is '#{alternate_on}' 1 &&
		step "keypad mode on while running" pane_is '#{keypad_cursor_flag}' 1 &&
		step "kill -TERM newsdiff" kill -TERM "$(cat "$tmp/sigterm.pid")" &&
		step "exits within 5 s of SIGTERM" poll exited &&
		step "exit status 143 after SIGTERM" exit_is 143 &&
		step "terminal restored after SIGTERM (alternate screen left, cursor shown, keypad and mouse off)" restored
}

# (e) NO_COLOR=1: no colour at all, but the focused column still marked.
run_no_color() {
	start nocolor 'NO_COLOR=1; export NO_COLOR' &&
		drawn &&
		step "all five outlet names visible" poll all_outlets &&
		step "capture-pane -e" cap -e &&
		step "NO_COLOR: no colour SGR (3x/4x/9x/10x/38/48) on screen" no_colour &&
		step "NO_COLOR: focused header '▶ FBA News' in reverse video" marked_reverse "FBA News" &&
		keys Tab &&
		step "NO_COLOR: Tab moves the marker to AFP" poll row 1 '│▶ AFP ' &&
		step "capture-pane -e" cap -e &&
		step "NO_COLOR: still no colour after Tab" no_colour &&
		step "NO_COLOR: '▶ AFP' in reverse video" marked_reverse AFP &&
		quit_ok
}

# (e, control) Without NO_COLOR the same checks do see colour, so (e)
# cannot pass just because the capture shows no escapes at all.
run_color() {
	start color &&
		drawn &&
		step "capture-pane -e" cap -e &&
		step "colour SGR on screen by default" has_colour &&
		step "focused header '▶ FBA News' in reverse video" marked_reverse "FBA News" &&
		quit_ok
}

t "e2e: start at 200x50, five outlets shown, q exits 0" run_start
t "e2e: resize 200x50 -> 80x24 (1-2 of 5) -> 20x6 -> 10x4 -> 200x50, q exits 0" run_resize
t "e2e: keys j PgDn Tab l h / search Enter n ? Esc q" run_keys
t "e2e: SIGTERM exits 143 and restores the terminal" run_sigterm
t "e2e: NO_COLOR=1 draws no colour, focused header still marked" run_no_color
t "e2e: colour by default (control for the NO_COLOR run)" run_color

exit "$failed"
