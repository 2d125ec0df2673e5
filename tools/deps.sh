#!/bin/sh
# Install the Debian packages newsdiff needs to build, test and benchmark,
# printing what it installs; does nothing when everything is present.
# Usage: tools/deps.sh            (as root, or through sudo)
set -eu

PACKAGES="gcc make pkg-config libncurses-dev libcurl4-openssl-dev libxml2-dev
libcmocka-dev libjansson-dev libutf8proc-dev libstemmer-dev clang libclang-rt-dev tmux
groff-base valgrind ncurses-base python3 tidy chromium"

missing=""
for p in $PACKAGES; do
	if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
		missing="$missing $p"
	fi
done

[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
	echo "deps: missing packages:$missing (no apt-get here: install them by hand)" >&2
	exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1; then
	SUDO="sudo"
else
	echo "deps: missing packages:$missing (run 'make deps' as root, or install sudo)" >&2
	exit 1
fi

echo "deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have no package lists yet.
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
