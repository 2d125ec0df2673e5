#!/bin/sh
# shellcheck disable=SC2317,SC2119,SC2120,SC2016  # functions run through t/step/poll
# End-to-end runs of the real newsdiff binary in a private tmux server.
#
# Each run starts newsdiff in its own detached tmux session (200x50),
# reads the screen with capture-pane, types with send-keys and resizes
# with resize-window, then prints one TAP line: "ok - NAME", or
# "not ok - NAME" followed by "# " lines saying which step failed and
# what the screen showed.  Waits poll every 0.05 s for at most ~5 s.
# The resize storm, key mashing and signal runs draw sizes, keys and
# delays from a fixed-seed generator, so a failure reproduces.
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
# no config file of the user running the tests (headless dumps included)
NEWSDIFF_CONFIG=/dev/null
export NEWSDIFF_CONFIG
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
start() { # NAME [SH-LINES [ARGS-AND-REDIRECTIONS]]
	cur=$1
	w=$tmp/$1.sh
	{
		echo 'unset NO_COLOR'
		printf 'NEWSDIFF_DATADIR=%s; LC_ALL=C.UTF-8; TZ=UTC\n' "$(shq "$NEWSDIFF_DATADIR")"
		echo 'export NEWSDIFF_DATADIR LC_ALL TZ'
		# o (in the random keys) must open nothing unless a test says so
		echo 'BROWSER=true; export BROWSER'
		# no config file of the user running the tests
		echo 'NEWSDIFF_CONFIG=/dev/null; export NEWSDIFF_CONFIG'
		# a file e writes (random keys may) lands in the scratch directory
		printf 'cd %s\n' "$(shq "$tmp")"
		[ -n "${2:-}" ] && printf '%s\n' "$2"
		printf 'sh -c '\''p=$1; shift; echo $$ >"$p"; exec "$@"'\'' sh %s %s %s\n' \
			"$(shq "$tmp/$1.pid")" "$(shq "$NEWSDIFF")" "${3:-}"
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

# poll, for up to 20 s (a comparison on a loaded machine).
poll_long() {
	i=0
	while :; do
		"$@" && return 0
		[ "$i" -ge 400 ] && return 1
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
# Is the focused header "▶ OUTLET" (on row 1 of the capture) drawn in
# reverse video (how=reverse: monochrome), or on the focus colour's cyan
# background and not reversed (how=cyan: colour, where reverse would swap
# the pair's colours back)?
marked_as() { # OUTLET reverse|cyan
	head -n 1 "$tmp/screen" | awk -v e="$ESC" -v want="▶ $1" -v how="$2" '
	{
		s = $0; bg = 0; rev = 0
		while (match(s, e "\\[[0-9;:]*m")) {
			if (index(substr(s, 1, RSTART - 1), want)) break
			p = substr(s, RSTART + 2, RLENGTH - 3)
			s = substr(s, RSTART + RLENGTH)
			n = split(p, a, /[;:]/)
			for (i = 1; i <= n; i++) {
				if (a[i] == "" || a[i] == "0") { bg = 0; rev = 0 }
				if (a[i] == "49") bg = 0
				if (a[i] == "46") bg = 1
				if (a[i] == "7") rev = 1
				if (a[i] == "27") rev = 0
			}
		}
		mark = how == "cyan" ? bg && !rev : rev
		ok = index(s, want) > 0 && index(substr(s, 1, index(s, want) - 1), "│") == 0 && mark
	}
	END { exit !ok }'
}
marked_reverse() { marked_as "$1" reverse; }
marked_on_cyan() { marked_as "$1" cyan; }
# The SGR codes of standard input (a capture with -e), one a line; the
# arguments of 38 and 48 (colours by number) are left out, so that a 2
# among them is not read as dim.
sgr_codes() {
	awk -v e="$ESC" '
	{
		s = $0
		while (match(s, e "\\[[0-9;:]*m")) {
			p = substr(s, RSTART + 2, RLENGTH - 3)
			s = substr(s, RSTART + RLENGTH)
			n = split(p, a, /[;:]/)
			for (i = 1; i <= n; i++) {
				c = a[i] == "" ? 0 : a[i] + 0
				if (c == 38 || c == 48) { i += a[i + 1] == "5" ? 2 : 4; continue }
				print c
			}
		}
	}'
}
# Is any text on the screen dim (SGR 2)?
has_dim() { sgr_codes <"$tmp/screen" | grep -qx 2; }
no_dim() {
	has_dim || return 0
	grep -n "$ESC\[\([0-9;]*;\)\{0,1\}2[;m]" "$tmp/screen" | head -n 3 | sed "s/$ESC/^[/g; s/^/dim at line /" >"$tmp/extra"
	extra=$tmp/extra
	return 1
}
# Is anything above the status line on black (SGR 40)?
body_on_black() { sed '$d' "$tmp/screen" | sgr_codes | grep -qx 40; }
# The colours TEXT is drawn in where it first appears on the screen
# (captured with -e): "FG BG REVERSE" (30-37 or 39, 40-47 or 49, 1 or 0)
# must be WANT.  The capture writes an SGR only where the colours change,
# a line break included, so the state runs on from line to line.
drawn_in() { # TEXT WANT
	got=$(awk -v e="$ESC" -v want="$1" '
	BEGIN { fg = 39; bg = 49; rev = 0 }
	{
		s = $0
		while (match(s, e "\\[[0-9;:]*m")) {
			if (index(substr(s, 1, RSTART - 1), want)) break
			p = substr(s, RSTART + 2, RLENGTH - 3)
			s = substr(s, RSTART + RLENGTH)
			n = split(p, a, /[;:]/)
			for (i = 1; i <= n; i++) {
				c = a[i] == "" ? 0 : a[i] + 0
				if (c == 38 || c == 48) { i += a[i + 1] == "5" ? 2 : 4; continue }
				if (c == 0) { fg = 39; bg = 49; rev = 0 }
				else if ((c >= 30 && c <= 37) || c == 39) fg = c
				else if ((c >= 40 && c <= 47) || c == 49) bg = c
				else if (c == 7) rev = 1
				else if (c == 27) rev = 0
			}
		}
		if (index(s, want)) { print fg, bg, rev; exit }
	}' "$tmp/screen")
	[ "$got" = "$2" ] && return 0
	echo "'$1' is drawn in '$got' (fg bg reverse), want '$2'" >"$tmp/extra"
	extra=$tmp/extra
	return 1
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

drawn_or_exited() { last_row '\? help' || exited; }
drawn() {
	step "screen drawn within 5 s" poll drawn_or_exited || return 1
	exited || return 0
	why="newsdiff exited before drawing its screen ($(cat "$tmp/$cur.exit"))"
	return 1
}
# The facts are found after the first frame: their legend comes to the
# status row. A step whose screen is compared with --dump-screen (which
# finds them before drawing) waits for it first; under the sanitizers
# the facts can come seconds after the first frame.
found() { step "the facts are found: the marks' legend (within 20 s)" poll_long has 'marks: ! disagree'; }
quit_ok() {
	keys q
	step "exits within 5 s of q" poll exited &&
		step "exit status 0 after q" exit_is 0 &&
		step "terminal restored after q" restored
}

# The status row when no prompt is open: a message or the report count on
# the left, "OUTLET: All|Top|Bot|N%" on the right.
STATUS_RE='^ .* (FBA News|AFP|The Register|UNILAD|SiliconANGLE): (All|Top|Bot|[0-9]+%)$'

# newsdiff is still running; if not, say how it ended.
running() {
	alive && return 0
	echo "newsdiff is gone: $(cat "$tmp/$cur.exit" 2>/dev/null || echo 'no exit status recorded')" >"$tmp/extra"
	extra=$tmp/extra
	return 1
}

# Escape, then a pause longer than newsdiff's 25 ms escape delay, so the
# next key is not read as the rest of an escape sequence.
esc() { keys Escape && sleep 0.05; }


# Pseudo-random numbers with a fixed seed, so the storm, mashing and
# signal runs send the same sizes, keys and delays every time and a
# failure reproduces: the Park-Miller generator (seed * 16807 mod
# 2^31-1), exact in awk's double arithmetic.  Put RND before an awk
# program run with -v seed=N; rnd(K) is 0..K-1.
RND='function rnd(k) { seed = (seed * 16807) % 2147483647; return int(seed / 2147483647 * k) }'

# Play a plan written by awk, one step a line:
#   R W H   resize-window to WxH
#   T ARGS  one tmux call, e.g. "send-keys -t S -H 6a ; send-keys -t S NPage"
#           (";" separates tmux commands; printable keys go as hex bytes
#           with -H, so ";", "{", "~" and the like need no quoting)
#   S SECS  sleep
# On failure the tmux error goes to the report.
play() { # FILE
	rc=0
	set -f
	# shellcheck disable=SC2086  # ARGS are split into words on purpose
	while read -r op args <&3; do
		case $op in
		R) resize $args 2>"$tmp/tmux.err" || { rc=1; break; } ;;
		T) T $args 2>"$tmp/tmux.err" || { rc=1; break; } ;;
		S) sleep "$args" ;;
		esac
	done 3<"$1"
	set +f
	[ "$rc" = 0 ] && return 0
	printf 'plan step "%s %.300s" failed: %s\n' "$op" "$args" "$(cat "$tmp/tmux.err")" >"$tmp/extra"
	extra=$tmp/extra
	return 1
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

# (a2) Two reports that cannot be loaded: the first screen names the first
# and its cause, the status line counts them after a key, E lists them,
# and each is printed once on standard error when newsdiff ends (exit 1:
# some reports failed).
run_errors() {
	a=$top/articles/journalists-tracked
	start errors "" "$(shq "$a/1-fba-news.txt") $(shq "$a/2-afp.txt") no-such-report.txt no-such-page.html 2>$(shq "$tmp/errors.stderr")" &&
		step "first screen drawn, naming the first failure" poll last_row '^ 2 reports could not be loaded: no-such-report.txt: no such file or directory' &&
		keys j &&
		step "j: the status line counts the failures" poll last_row '^ 2 reports  2 failed \(E\)' &&
		keys E &&
		step "E: both failures listed" poll has 'no-such-page.html' &&
		esc &&
		step "Esc: the list closed" poll lacks 'printed again on standard error' &&
		keys q &&
		step "exits within 5 s of q" poll exited &&
		step "exit status 1 (some reports failed)" exit_is 1 &&
		step "terminal restored after q" restored &&
		step "each failure printed once on standard error" \
			eval '[ "$(grep -c "no-such-report.txt" "$tmp/errors.stderr")" = 1 ] && [ "$(grep -c "no-such-page.html" "$tmp/errors.stderr")" = 1 ]'
}

# (a3) "-": a report on standard input (here a file, not the terminal):
# the screen reads its keys from the terminal itself.
run_stdin() {
	a=$top/articles/journalists-tracked
	start stdin "" "- $(shq "$a/2-afp.txt") <$(shq "$a/1-fba-news.txt")" &&
		drawn &&
		step "the report from standard input is shown" has 'FBA News' &&
		step "the report from a file beside it is shown" has 'AFP' &&
		keys F &&
		step "keys reach the screen: F opened the facts panel" poll has_re '^ Facts: [0-9]+ ' &&
		keys q &&
		step "q closed the panel" poll lacks ' Facts: ' &&
		quit_ok
}

# (a4) o: the focused report's page in $BROWSER, run without a shell,
# its address in place of %s; the screen comes back after.
# A terminal type that cannot move the cursor: refused in one line, exit 3.
run_dumb() {
	start dumb "TERM=dumb; export TERM" &&
		step "exits within 5 s" poll exited &&
		step "exit status 3" exit_is 3 &&
		step "the refusal names the terminal type" poll has 'the terminal type dumb cannot move the cursor' &&
		step "terminal restored" restored
}

run_browse() {
	printf '#!/bin/sh\nprintf "%%s\\n" "$@" >%s\n' "$(shq "$tmp/browser.args")" >"$tmp/browser.sh"
	start browse "BROWSER=$(shq "sh $tmp/browser.sh --new-tab %s"); export BROWSER" &&
		drawn &&
		keys l o &&
		step "o ran \$BROWSER with the arguments it names" poll test -s "$tmp/browser.args" &&
		step "o gave the browser --new-tab and AFP's address, as two words" \
			eval '[ "$(cat "$tmp/browser.args")" = "$(printf -- "--new-tab\nhttps://www.siennasaintcyr.com/2022/12/23/chinas-bytedance-admits-it-used-tiktok-data-to-stalk-journalists/")" ]' &&
		step "the screen is back, saying what was opened" poll last_row '^ opened https://www.siennasaintcyr.com/' &&
		step "all five outlets still shown" poll all_outlets &&
		quit_ok
}

# (a5) The mouse, as the terminal reports it (xterm's X10 encoding, sent
# as bytes): the wheel scrolls the report under it, a click on a marked
# fact opens its detail, the wheel scrolls the detail, Esc closes it.
mouse() { # BUTTON X Y (0-based cells; X10: each byte is 32 + value, cells from 1)
	T send-keys -t "$cur" -H 1b 5b 4d "$(printf '%x' $((32 + $1)))" \
		"$(printf '%x' $((33 + $2)))" "$(printf '%x' $((33 + $3)))"
}
click() { mouse 0 "$1" "$2" && sleep 0.05 && mouse 3 "$1" "$2"; }
run_mouse() {
	dump "<Click@5,47>" "$tmp/click.ref" || { why="headless dump failed"; return 1; }
	start mouse &&
		drawn &&
		keys j && keys k &&
		mouse 65 10 20 &&
		step "wheel down over FBA News scrolls it" poll last_row 'FBA News: [1-9][0-9]*%$' &&
		mouse 64 10 20 &&
		step "wheel up brings it back to the top" poll last_row 'FBA News: Top$' &&
		click 5 47 &&
		step "a click on a marked fact opens its detail" poll has 'fact 17 of 51, in detail' &&
		step "the detail equals --dump-screen --keys '<Click@5,47>'" poll same_as "$tmp/click.ref" &&
		resize 200 20 &&
		step "at 200x20 the detail takes more than a screen" poll has_re 'lines 1-[0-9]+ of 29 ' &&
		mouse 65 50 10 &&
		step "the wheel scrolls the detail" poll has_re 'lines [2-9][0-9]*-' &&
		esc &&
		step "Esc closes the detail" poll lacks 'in detail' &&
		quit_ok
}

# (b) Resize down to 80x24, 20x6 and 10x4, and back to 200x50.
run_resize() {
	# a resize clears the legend of the marks the first screen shows, so
	# the resize waits for it (see found)
	dump "<Resize=200x50>" "$tmp/resize.ref" || { why="headless --dump-screen failed: $(head -n 3 "$tmp/resize.ref")"; return 1; }
	start resize &&
		drawn &&
		found &&
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
	start keys && drawn && found || return 1
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
		step "j: first text row moved on one line" row 6 '^  platform spied on reporters to ' &&
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
		step "?: help shown" has 'newsdiff: keys and marks' &&
		step "?: help lists q for quit" has_re '^ *q +close the view on top; quit when none is open' &&
		step "?: help lists every action of src/tui/keys.h" help_complete &&
		press '<Esc>' Escape &&
		step "Esc: help closed" lacks 'newsdiff: keys and marks' &&
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
		step "focused header '▶ FBA News' on cyan, not in reverse video" marked_on_cyan "FBA News" &&
		quit_ok
}

# (e2) A config file: its colour for disagreements (colour 208) is drawn,
# its key x quits, its bad lines are named as FILE:LINE on the status line
# and newsdiff runs all the same.
run_config() {
	c=$top/tests/fixtures/config/sample.conf
	start config "" "--config $(shq "$c")" &&
		step "screen drawn, the first bad line named as FILE:LINE" \
			poll last_row "^ config file: .*sample.conf:11: no command 'bogus'" &&
		step "the facts panel open at the start (set panel = on)" poll has_re '^ Facts: [0-9]+ ' &&
		step "capture-pane -e" cap -e &&
		step "disagreements drawn in colour 208 (color disagree color208)" grep -q '38;5;208' "$tmp/screen" &&
		keys x &&
		step "x (bind x quit) closes the panel" poll lacks ' Facts: ' &&
		keys x &&
		step "x again quits within 5 s" poll exited &&
		step "exit status 0" exit_is 0 &&
		step "terminal restored" restored
}

# (e3) Colour themes.  Started with --theme=light, the focused header is
# white on blue; T goes on to mono (no colour at all, the header in
# reverse video), then the default (the header on cyan, and some text dim:
# the control for the next step), then high-contrast (nothing dim, the
# screen painted black), then light again; the status line names each.
run_theme() {
	start theme "" "--theme=light" &&
		drawn &&
		step "capture-pane -e" cap -e &&
		step "light: the focused header white on blue (37 44), not reversed" drawn_in "▶ FBA News" "37 44 0" &&
		step "light: the screen is the terminal's own (no black paint)" eval '! body_on_black' &&
		keys T &&
		step "T: the status line says 'theme: mono'" poll last_row '^ theme: mono ' &&
		step "capture-pane -e" cap -e &&
		step "mono: no colour SGR on screen" no_colour &&
		step "mono: the focused header in reverse video" marked_reverse "FBA News" &&
		keys T &&
		step "T: the status line says 'theme: default'" poll last_row '^ theme: default ' &&
		step "capture-pane -e" cap -e &&
		step "default: the focused header black on cyan (30 46)" drawn_in "▶ FBA News" "30 46 0" &&
		step "default: some text dim (SGR 2)" has_dim &&
		step "default: the screen is the terminal's own (no black paint)" eval '! body_on_black' &&
		step "default: the text of a report in the terminal's colours (39 49)" drawn_in "own app to spy on reporters" "39 49 0" &&
		keys T &&
		step "T: the status line says 'theme: high-contrast'" poll last_row '^ theme: high-contrast ' &&
		step "capture-pane -e" cap -e &&
		step "high-contrast: nothing dim (no SGR 2)" no_dim &&
		step "high-contrast: the screen painted black (SGR 40)" body_on_black &&
		step "high-contrast: the text of a report white on black (37 40)" drawn_in "own app to spy on reporters" "37 40 0" &&
		step "high-contrast: colour SGR on screen" has_colour &&
		keys T &&
		step "T: the status line says 'theme: light' again" poll last_row '^ theme: light ' &&
		step "capture-pane -e" cap -e &&
		step "light again: the focused header white on blue" drawn_in "▶ FBA News" "37 44 0" &&
		step "light again: the black paint gone" eval '! body_on_black' &&
		quit_ok
}

# (e2) The guided tour as a class would see it on a projector (100x30):
# --tour opens it on "1 of N"; Space walks every step, each counted on
# the banner; the last says so and Space comes round to the first;
# Backspace there says it is the first; q leaves the tour, q again quits
# and the terminal is given back.
banner_is() { cap && head -n 1 "$tmp/screen" | grep -qE -- "$1"; }
run_tour() {
	start tour "" "--tour" &&
		resize 100 30 &&
		step "the tour's first step on the banner" poll banner_is '^ 1 of [0-9]+ \(fact [0-9]+\)  ! disagreement: ' || return 1
	n=$(head -n 1 "$tmp/screen" | sed -n 's/^ 1 of \([0-9]*\) .*/\1/p')
	step "the tour has steps" test "${n:-0}" -gt 5 || return 1
	k=1
	while [ "$k" -lt "$n" ]; do
		keys Space
		k=$((k + 1))
		step "Space: step $k of $n on the banner" poll banner_is "^ $k of $n " || return 1
	done
	step "the last step says so" poll last_row '^ the last step: Space starts the tour again' &&
		keys Space &&
		step "Space after the last: back to 1 of $n" poll banner_is "^ 1 of $n " &&
		step "... and the status line says so" poll last_row '^ from the start again' &&
		keys BSpace &&
		step "Backspace on the first step: it is the first" poll last_row '^ this is the first step' &&
		keys q &&
		step "q leaves the tour: no banner" poll last_row '^ the tour is left at step 1 of ' &&
		step "the columns are back under no banner" eval '! banner_is " of $n \\(fact"' &&
		quit_ok
}

# (e3) The texts come at once and the facts after them: with 300
# reports (the bundled five, copied), the screen shows the reports while
# the facts are being found (no marks' legend yet, F says so), then the
# legend comes, and q quits.
run_later() {
	mkdir -p "$tmp/many" &&
		i=0 &&
		while [ "$i" -lt 60 ]; do
			for f in "$NEWSDIFF_DATADIR"/articles/journalists-tracked/*.txt; do
				cp "$f" "$tmp/many/$i-$(basename "$f")"
			done
			i=$((i + 1))
		done
	start later "" "$(shq "$tmp/many")" &&
		step "the reports are drawn" poll last_row '^ 300 reports ' &&
		keys F &&
		step "F while the facts are found: 'still being found'" poll has 'the facts are still being found' &&
		step "the facts come: the marks' legend (within 20 s)" poll_long has 'marks: ! disagree' &&
		quit_ok
}

# (f) Resize storm: 240 random sizes from 1x1 to 300x100, about 0.01 s
# apart, with a key (F j l / Esc v ?) after one resize in six.  newsdiff
# must still run; back at 200x50 it must show the five reports and an
# intact status row, then exactly the headless screen of the same keys.
# Which sizes newsdiff gets to see is up to tmux (it delays and merges
# pane resizes), and the scroll positions depend on them (j scrolls lines
# of the width of the moment, a size where a report fits whole sends it
# to the top, a fact chosen in the panel is scrolled to a third of the
# height); everything else (panel, chosen fact, focus, prompt, help,
# quotation) follows from the keys alone.  So before comparing: Esc Esc
# Esc closes any prompt, then any view (help, detail, quotation), then
# the panel (Esc closes what is on top), and s g s brings every report to
# the top (scroll together, top, apart).
run_storm() {
	start storm && drawn && found || return 1
	# tmux refuses sizes below its minimum (tmux 3.3 takes 1x1, older
	# versions want more): ask it for 1x1 and clamp the storm to what it gave.
	resize 1 1 2>/dev/null
	min=$(T display -p -t "$cur" '#{window_width} #{window_height}')
	awk -v seed=20240611 -v s="$cur" -v min="${min:-1 1}" -v ksf="$tmp/storm.keys" "$RND"'
	BEGIN {
		split(min, m, " ")
		nk = split("F j l / Escape v ?", key, " ")
		for (i = 1; i <= 240; i++) {
			w = 1 + rnd(300); h = 1 + rnd(100)
			print "R", (w < m[1] + 0 ? m[1] : w), (h < m[2] + 0 ? m[2] : h)
			if (rnd(6) == 0) {
				k = key[1 + rnd(nk)]
				print "T send-keys -t " s " " k
				ks = ks (k == "Escape" ? "<Esc>" : k)
			}
			print "S 0.01"
		}
		print "R 200 50"
		print ks >ksf
	}' >"$tmp/storm.plan"
	ks=$(cat "$tmp/storm.keys")
	step "storm of $(grep -c '^R' "$tmp/storm.plan") resizes (min ${min:-?}) with keys '$ks'" play "$tmp/storm.plan" &&
		step "still running after the storm" running &&
		step "back to 200x50" poll pane_size 200x50 &&
		esc && esc && esc &&
		step "after the storm and Esc x3: all five outlet names visible" poll all_outlets &&
		step "after the storm and Esc x3: status row intact" poll last_row "$STATUS_RE" || return 1
	ks="$ks<Esc><Esc><Esc>"
	keys s g s
	ks=${ks}sgs
	dump "$ks" "$tmp/storm.ref" || { why="headless dump failed for '$ks': $(head -n 3 "$tmp/storm.ref")"; return 1; }
	step "screen equals --dump-screen --size 200x50 --keys '$ks'" poll same_as "$tmp/storm.ref" &&
		quit_ok
}

# (g) Key mashing: 2000 random keys (fixed seed): every key bound in
# src/tui/keys.h, printable ASCII, a few UTF-8 characters (one wide),
# Escape, Enter, BSpace, arrows, PgUp/PgDn, Home/End, Tab/BTab, F1, C-l;
# no mouse.  The quit key goes only into search prompts (Esc x3 first, so
# that / surely opens the prompt), else it would end the run.  After
# each Escape a pause of 0.03 s (newsdiff waits 25 ms for the rest of a
# sequence) and then a plain letter, so that no random bytes join it into
# an escape sequence (a mouse report, say) even when newsdiff lags.
# Six resizes along the way.  Then back at 200x50, Esc x3 closes any
# prompt, help or quotation, and q must exit 0.
run_mash() {
	kh=$top/src/tui/keys.h
	[ -f "$kh" ] || { why="no $kh to take the keys from"; return 1; }
	# "ACTION NAME" for every binding
	sed -n 's/^[[:space:]]*X([01], [^,]*, "\([^"]*\)", \([A-Z_]*\)).*/\2 \1/p' "$kh" >"$tmp/bindings"
	bound=$(awk '$1 != "QUIT" { printf "%s ", $2 }' "$tmp/bindings")
	quit=$(awk '$1 == "QUIT" && length($2) == 1 { printf "%s", $2 }' "$tmp/bindings")
	if [ -z "$bound" ] || [ -z "$quit" ]; then
		why="could not read the bindings of $kh"
		return 1
	fi
	start mash && drawn || return 1
	awk -v seed=4242 -v s="$cur" -v bound="$bound" -v quit="$quit" "$RND"'
	function flush() { if (chunk != "") print chunk; chunk = ""; inchunk = 0 }
	function add(k) { # k: a tmux key name, or "-H XX..." bytes
		chunk = chunk (chunk == "" ? "T " : " ; ") "send-keys -t " s " " k
		n++
		if (++inchunk >= 40) flush()
	}
	function hex(c) { return sprintf("-H %02x", ord[c]) }
	function esc() { flush(); add("Escape"); flush(); print "S 0.03" }
	function printable() { c = sprintf("%c", 32 + rnd(95)); return c }
	BEGIN {
		for (c = 32; c < 127; c++) ord[sprintf("%c", c)] = c
		nb = split(bound, b, " ")
		tm["PgDn"] = "NPage"; tm["PgUp"] = "PPage"; tm["Shift-Tab"] = "BTab"; tm["Ctrl-L"] = "C-l"
		ns = split("Escape Enter BSpace Up Down Left Right PPage NPage Home End Tab BTab F1 C-l", sp, " ")
		nu = split("c3a9 e282ac e4b8ad", utf, " ")    # é € 中 (two cells)
		nl = split("j k l h g G s f n N F v m", letter, " ")
		next_resize = 250 + rnd(100)
		while (n < 2000) {
			if (n >= next_resize) {
				flush(); print "R", 1 + rnd(300), 1 + rnd(100); print "S 0.02"
				next_resize += 250 + rnd(100)
			}
			r = rnd(100)
			if (r < 2) { # a search with the quit key in it
				# Esc x3 closes a prompt, the help, a detail under it
				esc(); esc(); esc(); add(hex("/"))
				for (j = 1 + rnd(8); j > 0; j--)
					add(hex(rnd(3) ? printable() : quit))
				if (rnd(2)) add("Enter")
				else { esc(); add(hex(letter[1 + rnd(nl)])) }
			} else if (r < 4) {
				esc(); add(hex(letter[1 + rnd(nl)]))
			} else if (r < 50) {
				k = b[1 + rnd(nb)]
				add(length(k) == 1 ? hex(k) : (k in tm) ? tm[k] : k)
			} else if (r < 85) {
				c = printable()
				if (c != quit) add(hex(c))
			} else if (r < 88) {
				u = utf[1 + rnd(nu)]; h = "-H"
				for (j = 1; j < length(u); j += 2) h = h " " substr(u, j, 2)
				add(h)
			} else {
				k = sp[1 + rnd(ns)]
				if (k == "Escape") { esc(); add(hex(letter[1 + rnd(nl)])) }
				else add(k)
			}
		}
		flush()
		print "R 200 50"
	}' >"$tmp/mash.plan"
	nkeys=$(grep -o 'send-keys' "$tmp/mash.plan" | wc -l | tr -d ' ')
	step "mashing $nkeys keys, $(grep -c '^R' "$tmp/mash.plan") resizes" play "$tmp/mash.plan" &&
		step "still running after the mashing" running &&
		step "back to 200x50" poll pane_size 200x50 &&
		esc && esc && esc &&
		step "after Esc x3: all five outlet names visible" poll all_outlets &&
		step "after Esc x3: status row intact" poll last_row "$STATUS_RE" &&
		quit_ok
}

# (h) SIGINT and SIGTERM at random moments.  Each run sends a few random
# keys (fixed seed); runs 1-4 then open the facts panel, the search
# prompt, the help or the quotation view and wait until the screen shows
# it (the headless dump of the same keys); runs 5 and 6 do not wait, so
# the signal may come while keys are still being read.  After a random
# delay of 0-0.3 s, kill -INT or -TERM: exit status 128+signal and the
# terminal restored.  One TAP line a run; sig_* are set by the loop below.
run_signal() {
	start "sig$sig_i" && drawn || return 1
	ks=$sig_dkeys
	# the first quotation row of the panel: g to the top, then j down to it
	qrow=$(NEWSDIFF_DATADIR=$NEWSDIFF_DATADIR "$NEWSDIFF" --report |
		awk '/^[0-9]+\. \[/ && / quotation / { sub(/\..*/, ""); print; exit }')
	to_quote="g"
	i=1
	while [ "$i" -lt "${qrow:-1}" ]; do to_quote="${to_quote}j"; i=$((i + 1)); done
	to_quote_keys=$(echo "$to_quote" | sed 's/./& /g')
	# the plan's Esc Esc Esc left nothing open: open the mode's view
	case $sig_mode in
	panel) sig_keys="$sig_keys F"; ks=${ks}F ;;
	quote) sig_keys="$sig_keys F $to_quote_keys v"; ks=${ks}F${to_quote}v ;;
	esac
	if [ "$sig_mode" != none ]; then
		dump "$ks" "$tmp/sig.ref" || { why="headless dump failed for '$ks': $(head -n 3 "$tmp/sig.ref")"; return 1; }
		case $sig_mode in
		panel) step "headless dump of '$ks' shows the facts panel" grep -qE '^ Facts: [0-9]+ ' "$tmp/sig.ref" ;;
		prompt) step "headless dump of '$ks' shows the search prompt" eval 'tail -n 1 "$tmp/sig.ref" | grep -q "^/abc$"' ;;
		help) step "headless dump of '$ks' shows the help" grep -qF 'newsdiff: keys and marks' "$tmp/sig.ref" ;;
		quote) step "headless dump of '$ks' shows the quotation view" grep -qF 'reverse: words only this outlet has' "$tmp/sig.ref" ;;
		esac || return 1
	fi
	set -f
	# shellcheck disable=SC2086  # the key names are split on purpose
	[ -z "$sig_keys" ] || keys $sig_keys || { set +f; why="send-keys $sig_keys failed"; return 1; }
	set +f
	if [ "$sig_mode" != none ]; then
		step "after keys '$ks': screen equals --dump-screen --keys '$ks' ($sig_mode open)" poll same_as "$tmp/sig.ref" || return 1
	fi
	sleep "$sig_delay"
	step "kill -$sig_sig newsdiff" kill "-$sig_sig" "$(cat "$tmp/$cur.pid")" &&
		step "exits within 5 s of SIG$sig_sig" poll exited &&
		step "exit status $sig_status after SIG$sig_sig" exit_is "$sig_status" &&
		step "terminal restored after SIG$sig_sig (alternate screen left, cursor shown, keypad and mouse off)" restored
}

t "e2e: start at 200x50, five outlets shown, q exits 0" run_start
t "e2e: two reports that cannot be loaded: named on screen, listed by E, printed once on exit" run_errors
t "e2e: a report on standard input (-): shown, keys read from the terminal, q exits 0" run_stdin
t "e2e: TERM=dumb is refused in one line, exit 3, terminal restored" run_dumb
t "e2e: o opens the focused report's page with \$BROWSER (no shell), the screen comes back, q exits 0" run_browse
t "e2e: the mouse: wheel scrolls, a click on a marked fact opens its detail, the wheel scrolls it, Esc closes it" run_mouse
t "e2e: resize 200x50 -> 80x24 (1-2 of 5) -> 20x6 -> 10x4 -> 200x50, q exits 0" run_resize
t "e2e: keys j PgDn Tab l h / search Enter n ? Esc q" run_keys
t "e2e: SIGTERM exits 143 and restores the terminal" run_sigterm
t "e2e: NO_COLOR=1 draws no colour, focused header still marked" run_no_color
t "e2e: colour by default (control for the NO_COLOR run)" run_color
t "e2e: a config file: its colours and keys act, a bad line is named as FILE:LINE, newsdiff still starts" run_config
t "e2e: colour themes: --theme=light, then T through mono, default, high-contrast and light, the escapes change with each" run_theme
t "e2e: the guided tour at 100x30: --tour, Space through every step, round to the first, Backspace, q leaves it, q quits" run_tour
t "e2e: 300 reports: the texts drawn at once, the facts (and their legend) when found, F meanwhile says so" run_later
t "e2e: resize storm, 240 random sizes 1x1..300x100 with keys F j l / Esc v ?, back at 200x50 equals the headless screen, q exits 0" run_storm
t "e2e: 2000 random keys with 6 resizes, still running, Esc x3 and q exit 0" run_mash

# The signal runs' plans: "N SIGNAL MODE DELAY =DUMP-KEYS TMUX-KEYS...".
# After a random Escape the next key is a plain letter (no "[" to start
# an escape sequence with it); runs 1-4 end with Esc Esc Esc (closing
# the prompt, a view and the panel), then what opens their mode
# (run_signal adds F, and F g j.. v for the quotation).
awk -v seed=777 "$RND"'
BEGIN {
	split("panel prompt help quote none none", mode, " ")
	nk = split("F / ? v j k l Tab ] [ m f s n G g Enter Escape BSpace x e", key, " ")
	nl = split("j k l g G s f n F v m x e", letter, " ")
	dk["Tab"] = "<Tab>"; dk["Enter"] = "<Enter>"; dk["Escape"] = "<Esc>"; dk["BSpace"] = "<BS>"
	for (i = 1; i <= 6; i++) {
		ks = ""; prev = ""
		for (j = rnd(13); j > 0; j--) {
			k = prev == "Escape" ? letter[1 + rnd(nl)] : key[1 + rnd(nk)]
			ks = ks " " k; prev = k
		}
		if (mode[i] != "none") ks = ks " Escape Escape Escape"
		if (mode[i] == "prompt") ks = ks " / a b c"
		if (mode[i] == "help") ks = ks " ?"
		n = split(ks, a, " "); d = ""
		for (j = 1; j <= n; j++) d = d ((a[j] in dk) ? dk[a[j]] : a[j])
		printf "%d %s %s %.2f =%s%s\n", i, (i % 2 ? "INT" : "TERM"), mode[i], rnd(31) / 100, d, ks
	}
}' >"$tmp/signal.plan"
while read -r sig_i sig_sig sig_mode sig_delay sig_dkeys sig_keys <&3; do
	sig_dkeys=${sig_dkeys#=}
	case $sig_sig in INT) sig_status=130 ;; *) sig_status=143 ;; esac
	case $sig_mode in none) m="" ;; *) m=", then the $sig_mode open" ;; esac
	t "e2e: SIG$sig_sig ${sig_delay} s after keys '$sig_dkeys'$m: exit $sig_status, terminal restored" run_signal
done 3<"$tmp/signal.plan"

exit "$failed"
