#!/bin/sh
# Network tests against a server the test starts on 127.0.0.1 (never the
# internet): redirects, 404, 500, a redirect loop, a slow reply, a body
# over the cap, a wrong type, windows-1252, a refused connection, the
# cache, --offline and --extract.  Each failure is one line naming the
# URL, and the other reports still load.
set -u
bin=${NEWSDIFF:?set NEWSDIFF to the newsdiff binary}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
export LC_ALL=C.UTF-8 TZ=UTC
tmp=$(mktemp -d)
export XDG_CACHE_HOME="$tmp/cache"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
fails=0
ok() { echo "ok - fetch: $1"; }
bad() { echo "not ok - fetch: $1"; shift; for l in "$@"; do echo "#   $l"; done; fails=$((fails + 1)); }

if ! command -v python3 >/dev/null 2>&1; then
	echo "not ok - fetch: python3 missing (make deps installs it)"
	exit 1
fi
python3 "$here/http_server.py" > "$tmp/port" &
srv=$!
trap 'kill $srv 2>/dev/null; rm -rf "$tmp"' EXIT
i=0
while [ ! -s "$tmp/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
port=$(cat "$tmp/port")
base="http://127.0.0.1:$port"
# a port nothing listens on: bind one, then let it go
refused=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
good=$top/articles/journalists-tracked/2-afp.txt

run() { "$bin" "$@" >"$tmp/out" 2>"$tmp/err"; rc=$?; }
has() { if grep -qF -- "$3" "$2"; then ok "$1"; else bad "$1" "missing: $3" "$(head -c 1500 "$2")"; fi; }

run --dump-screen --size 200x50 --timeout 2 --max-size 1M "$good" "$base/redirect" \
	"$base/missing" "$base/broken" "$base/loop" "$base/slow" "$base/big" "$base/image" \
	"$base/cp1252" "http://127.0.0.1:$refused/x" "$base/to-ftp" "$base/plain.txt"
if [ "$rc" -eq 1 ]; then ok "some failed, the rest loaded: exit status 1"; else bad "exit status 1" "got $rc" "$(cat "$tmp/err")"; fi
has "a redirected page loads (outlet from og:site_name)" "$tmp/out" "The Test Gazette"
has "the local report still loads" "$tmp/out" "AFP"
has "plain text served over HTTP loads" "$tmp/out" "Plain Wire"
has "a windows-1252 page loads" "$tmp/out" "quay"
has "404 is named" "$tmp/err" "$base/missing: HTTP status 404"
has "500 is named" "$tmp/err" "$base/broken: HTTP status 500"
has "a redirect loop is named" "$tmp/err" "$base/loop: too many redirects"
has "a slow reply times out" "$tmp/err" "$base/slow: timed out"
has "a body over the cap is refused" "$tmp/err" "$base/big: too large"
has "a wrong content type is refused" "$tmp/err" "$base/image: not HTML or text (content type image/png)"
has "a refused connection is named" "$tmp/err" "http://127.0.0.1:$refused/x: connection refused"
has "a redirect to another protocol is refused" "$tmp/err" "$base/to-ftp: redirected to an address that is not http or https"
lines=$(wc -l < "$tmp/err")
if [ "$lines" -eq 9 ]; then ok "one line per failure"; else bad "one line per failure" "$(cat "$tmp/err")"; fi

evil=$(printf '%s/evil\033[2J\033]0;x\007' "$base")
run --dump-screen "$good" "$evil"
if LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" "$tmp/err"; then
	bad "a URL with escape sequences is made safe in the error line" "$(od -c "$tmp/err" | head -5)"
else
	ok "a URL with escape sequences is made safe in the error line"
fi

run --extract "$base/cp1252"
has "windows-1252 becomes UTF-8" "$tmp/out" "caf$(printf '\303\251') on the quay"
has "curly quotes from windows-1252" "$tmp/out" "$(printf '\342\200\234')the best day"
run --extract --format=json "$base/article.html"
has "--extract json names the outlet" "$tmp/out" '"outlet": "The Test Gazette"'
has "--extract json gives the date" "$tmp/out" '"date": "2024-05-02"'
if grep -q "Home" "$tmp/out"; then bad "navigation is left out" "$(cat "$tmp/out")"; else ok "navigation is left out"; fi

# The cache: pages fetched above are there; --offline reads them.
kill $srv 2>/dev/null
wait $srv 2>/dev/null
run --dump-screen --offline "$base/article.html" "$base/never-fetched"
has "--offline uses the cache" "$tmp/out" "The Test Gazette"
has "--offline names what is not cached" "$tmp/err" "$base/never-fetched: not in the cache (--offline)"
run --dump-screen --refresh --connect-timeout 1 "$base/article.html" "$good"
has "--refresh fetches again (the server is gone)" "$tmp/err" "$base/article.html: connection refused"
run --refresh --offline "$good"
if [ "$rc" -eq 2 ]; then ok "--refresh with --offline is a usage error"; else bad "--refresh with --offline is a usage error" "rc $rc"; fi
[ "$fails" -eq 0 ]
