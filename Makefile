# newsdiff - put several news reports of one story side by side.
#
#   make run      install what is missing, build, open the bundled story
#   make check    install what is missing, build, run every test
#   make asan     the test suite under AddressSanitizer + UBSan (clang)
#   make tsan     --batch's and --report's threads under ThreadSanitizer (clang)
#   make bench    speed and memory figures
#   make bench-extract  the page reader's score on ../shared's benchmark
#   make eval     the fact engine measured on ../shared's corpus (figures only)
#   make fuzz     each libFuzzer harness for FUZZ_SECONDS (default 60)
#   make install  PREFIX=/usr/local DESTDIR= (program, man page, stories)
#
# The user's CFLAGS, CPPFLAGS and LDFLAGS are honoured; what newsdiff
# needs is added to them.

include version.mk

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/newsdiff
MANDIR  ?= $(PREFIX)/share/man

CFLAGS  ?= -O2 -g
PKG_CONFIG ?= pkg-config
PKGS = ncursesw libcurl libxml-2.0 jansson libutf8proc
# libcurl and libxml2 are opened with dlopen() when a page is first
# fetched or read (src/load/fetch.c, src/load/html/libxml.c), libstemmer
# when the comparison starts (src/analyse/stem.c, after the first frame):
# compiled against (libstemmer ships no pkg-config file: its header is
# in the default path), not linked, so that start-up stays small.
LINK_PKGS = ncursesw jansson libutf8proc
# Those that are linked are linked statically when all their archives
# are installed (Debian's -dev packages ship them; LINK_STATIC=auto),
# else as shared libraries: each shared library costs every start-up its
# loading, symbol lookups and relocations (with libm, five of them, some
# 40 page faults before main).  LINK_STATIC=yes insists, =no links them
# shared.  libc stays shared (dlopen needs it).
LINK_STATIC ?= auto

# The program is position-independent (PIE=yes, the default, as Debian
# builds it): newsdiff parses pages from the network, and its own code at
# a random address is part of what makes a memory error there hard to
# use.  PIE=no links it at a fixed address for start-up speed: a
# position-independent program has the dynamic loader write some 4,400
# pointers of its tables (word lists, option and key tables, curses'
# own) at every start, copying the 14 pages that hold them (about 0.8 ms
# of CPU before main() on a virtual machine, where a page copied on write
# costs 20 to 40 us).  -pie in LDFLAGS (given after -no-pie) wins.
# Sanitizer builds keep the compiler's default.
PIE ?= yes
NOPIE = $(if $(SAN),,$(if $(filter no,$(PIE)),-no-pie))
# The relative relocations of the program (those 4,300 pointers) in the
# packed form (DT_RELR: a table of under 1 KB instead of 104 KB, which
# the loader reads at every start: some 3 page faults fewer before
# main) when the linker and libc know it (binutils 2.38, glibc 2.36);
# the same pointers are written.  Probed once, when first needed.
RELR = $(eval RELR := $$(if $$(SAN),,$$(shell printf 'int main(void){return 0;}' | \
	$$(CC) -Wl,-z,pack-relative-relocs -x c -o /dev/null - 2>/dev/null && \
	echo -Wl,-z,pack-relative-relocs)))$(RELR)

# Build directory and binary; `make asan` builds a second tree with clang.
B   ?= build
BIN ?= newsdiff

WARN = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
       -Wmissing-prototypes -Wformat=2 -Wvla -Wwrite-strings \
       -Wundef -Wno-unused-parameter
# pkg-config runs once, when first needed (after `make deps`).
PKG_CFLAGS = $(eval PKG_CFLAGS := $$(shell $(PKG_CONFIG) --cflags $(PKGS)))$(PKG_CFLAGS)
LINK_LIBS  = $(eval LINK_LIBS := $$(shell $(PKG_CONFIG) --libs $(LINK_PKGS)))$(LINK_LIBS)
PKG_LIBS   = $(eval PKG_LIBS := $$(call link_libs,$(LINK_LIBS)) -lm -ldl -pthread)$(PKG_LIBS)
# The libraries shared whatever LINK_STATIC says: for the allocation-
# failure test, which wraps malloc in newsdiff's own objects only.
SHARED_LIBS = $(LINK_LIBS) -lm -ldl -pthread
# yes when $(CC) finds libNAME.a for each -lNAME of $1
static_found = $(shell for l in $(patsubst -l%,%,$(filter -l%,$1)); do \
	f=$$($(CC) -print-file-name=lib$$l.a); [ -f "$$f" ] || exit 0; done; echo yes)
BSTATIC  := -Wl,-Bstatic
BDYNAMIC := -Wl,-Bdynamic
link_libs = $(if $(filter yes,$(LINK_STATIC))$(if $(filter auto,$(LINK_STATIC)),$(call static_found,$1)),$(BSTATIC) $1 $(BDYNAMIC),$1)
CMOCKA_CFLAGS = $(eval CMOCKA_CFLAGS := $$(shell $(PKG_CONFIG) --cflags cmocka))$(CMOCKA_CFLAGS)
CMOCKA_LIBS   = $(eval CMOCKA_LIBS := $$(shell $(PKG_CONFIG) --libs cmocka))$(CMOCKA_LIBS)

# -fno-math-errno: sqrt() is one instruction, and libm is not loaded.
ND_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -pthread -fno-math-errno \
            -I$(B) -Isrc $(WARN) $(PKG_CFLAGS) $(SAN) $(CPPFLAGS) $(CFLAGS)
ND_LDFLAGS = -Wl,--as-needed $(SAN) $(LDFLAGS)

SRC      = $(sort $(shell find src -name '*.c'))
LIB_SRC  = $(filter-out src/main.c,$(SRC))
LIB_OBJ  = $(LIB_SRC:%.c=$(B)/%.o)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

.PHONY: all run check test asan tsan bench bench-extract eval fuzz deps install uninstall clean lint-man FORCE
.DELETE_ON_ERROR:

all: $(BIN)

# Each of the two README commands does the whole set-up: deps first, then
# a fresh make so that pkg-config sees what deps installed.
run: deps
	@$(MAKE) --no-print-directory all
	./$(BIN)

check: deps
	@$(MAKE) --no-print-directory test

asan: deps
	@$(MAKE) --no-print-directory test B=build/asan BIN=build/asan/newsdiff CC=clang \
		CFLAGS="-O1 -g" SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"

# --batch's threads under ThreadSanitizer (clang): the stories of
# tests/fixtures (text and HTML) compared two at a time, and each story's
# reports read three at a time (--report), no data race, the same bytes
# as with one thread.
tsan: deps
	@$(MAKE) --no-print-directory $(BIN)
	@$(MAKE) --no-print-directory B=build/tsan BIN=build/tsan/newsdiff CC=clang \
		CFLAGS="-O1 -g" SAN="-fsanitize=thread" build/tsan/newsdiff
	@d=$$(mktemp -d) && trap 'rm -rf "$$d"' EXIT && \
	TSAN_OPTIONS=halt_on_error=1:exitcode=66 build/tsan/newsdiff --batch --jobs=2 \
		tests/fixtures/story-b tests/fixtures/html-story articles/journalists-tracked \
		tests/fixtures/story-b > "$$d/2.jsonl" && \
	./$(BIN) --batch --jobs=1 tests/fixtures/story-b tests/fixtures/html-story \
		articles/journalists-tracked tests/fixtures/story-b > "$$d/1.jsonl" && \
	cmp "$$d/1.jsonl" "$$d/2.jsonl" && \
	for st in tests/fixtures/story-b tests/fixtures/html-story articles/journalists-tracked; do \
		TSAN_OPTIONS=halt_on_error=1:exitcode=66 build/tsan/newsdiff --report --format=json \
			--jobs=3 "$$st" > "$$d/r3.json" && \
		./$(BIN) --report --format=json --jobs=1 "$$st" > "$$d/r1.json" && \
		cmp "$$d/r1.json" "$$d/r3.json" || exit 1; \
	done
	@echo "tsan: --batch with two threads and --report with three: no data race, the same bytes as with one"

deps:
	@sh tools/deps.sh

# The data directory is compiled in; config.h changes only when it does.
$(B)/config.h: FORCE
	@mkdir -p $(@D)
	@printf '#define ND_DATADIR "%s"\n#define ND_VERSION "%s"\n' '$(DATADIR)' '$(VERSION)' > $@.tmp
	@cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@

$(B)/%.o: %.c $(B)/config.h
	@mkdir -p $(@D)
	$(CC) $(ND_CFLAGS) -include $(B)/config.h -MMD -MP -c -o $@ $<

$(B)/libnewsdiff.a: $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BIN): $(B)/src/main.o $(B)/libnewsdiff.a
	$(CC) $(NOPIE) $(RELR) $(ND_LDFLAGS) -o $@ $^ $(PKG_LIBS)

$(B)/tests/%: tests/unit/%.c $(B)/libnewsdiff.a $(B)/config.h
	@mkdir -p $(@D)
	$(CC) $(ND_CFLAGS) $(CMOCKA_CFLAGS) -Isrc -MMD -MP -o $@ $< $(B)/libnewsdiff.a \
		$(ND_LDFLAGS) $(CMOCKA_LIBS) $(PKG_LIBS)

# Allocation failure: newsdiff's own objects with malloc & co. wrapped.
ALLOC_WRAP = -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup,--wrap=strndup,--wrap=free
$(B)/tests/alloc_fail: tests/alloc/alloc_fail.c $(B)/libnewsdiff.a $(B)/config.h
	@mkdir -p $(@D)
	$(CC) $(ND_CFLAGS) -Isrc -o $@ $< $(B)/libnewsdiff.a $(ND_LDFLAGS) $(ALLOC_WRAP) $(SHARED_LIBS)

# Fuzz harnesses, one per tests/fuzz/fuzz_NAME.c: make check replays each
# over its seed corpus (tests/fuzz/corpus/NAME/, which must not be empty)
# and its saved findings (tests/fuzz/regress/NAME/) without libFuzzer;
# make fuzz runs them with libFuzzer.
FUZZ_NAMES = $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
REPLAY_BIN = $(FUZZ_NAMES:%=$(B)/tests/replay_%)
$(B)/tests/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(B)/libnewsdiff.a $(B)/config.h
	@mkdir -p $(@D)
	$(CC) $(ND_CFLAGS) -Isrc -o $@ tests/fuzz/replay.c $< $(B)/libnewsdiff.a $(ND_LDFLAGS) $(PKG_LIBS)

$(B)/bench-extract: bench/extract.c $(B)/libnewsdiff.a $(B)/config.h
	@mkdir -p $(@D)
	$(CC) $(ND_CFLAGS) -Isrc -o $@ $< $(B)/libnewsdiff.a $(ND_LDFLAGS) $(PKG_LIBS)

$(B)/bench: bench/bench.c
	@mkdir -p $(@D)
	$(CC) $(ND_CFLAGS) -o $@ $< $(ND_LDFLAGS)

# The first frame in a pty, beside vim's: libc and libutil only.
$(B)/bench-frame: bench/frame.c
	@mkdir -p $(@D)
	$(CC) $(ND_CFLAGS) -o $@ $< $(ND_LDFLAGS) -lutil

$(B)/bench-analysis: bench/analysis.c $(B)/libnewsdiff.a $(B)/config.h
	@mkdir -p $(@D)
	$(CC) $(ND_CFLAGS) -Isrc -o $@ $< $(B)/libnewsdiff.a $(ND_LDFLAGS) $(PKG_LIBS) -lm

# Every test: unit tests, fuzz replays, the source tree's layering,
# headless screens, the command line, tmux runs.
test: $(BIN) $(UNIT_BIN) $(B)/tests/alloc_fail $(REPLAY_BIN)
	@ALLOC_FAIL=$(B)/tests/alloc_fail REPLAY="$(REPLAY_BIN)" sh tests/run.sh "$(BIN)" $(UNIT_BIN)

# FUZZ_SECONDS=60 per harness by default.
fuzz: deps
	@$(MAKE) --no-print-directory build/fuzz-lib/libnewsdiff.a B=build/fuzz-lib CC=clang \
		CFLAGS="-O1 -g" SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer"
	@sh tests/fuzz/run.sh build/fuzz-lib/libnewsdiff.a $(PKG_LIBS)

# Each figure beside its peer: the first frame in a pty beside vim's diff
# of the same texts, the page reader beside Readability (../shared and
# node, skipped when missing), then the figures of newsdiff alone.
bench: deps
	@$(MAKE) --no-print-directory $(BIN) $(B)/bench $(B)/bench-frame $(B)/bench-analysis \
		$(B)/bench-extract
	@$(B)/bench-frame ./$(BIN) $(patsubst %/,%,$(firstword $(sort $(wildcard articles/*/))))
	@echo
	@sh bench/extract.sh --speed $(B)/bench-extract
	@echo
	@$(B)/bench ./$(BIN)
	@echo
	@$(B)/bench-analysis .
	@echo
	@sh bench/batch.sh ./$(BIN)
	@echo
	@sh bench/reports.sh ./$(BIN)

# The page reader on the extraction benchmark's 131 pages (../shared),
# with Mozilla Readability on the same pages for comparison.
bench-extract: deps
	@$(MAKE) --no-print-directory $(B)/bench-extract
	@sh bench/extract.sh $(B)/bench-extract

# The fact engine on real stories: ../shared/corpus's score (facts found,
# right verdicts, false rows, self-consistency, order) and planted changes
# (bench/planted.py).  A measurement: it prints figures and never fails a
# build; without ../shared it says so.
EVAL_CORPUS ?= ../shared/corpus
eval: deps
	@$(MAKE) --no-print-directory $(BIN)
	@if [ -f $(EVAL_CORPUS)/score.py ]; then \
		python3 $(EVAL_CORPUS)/score.py ./$(BIN); echo; \
		python3 bench/planted.py ./$(BIN) $(EVAL_CORPUS)/newswcl50 $(EVAL_CORPUS)/pac; \
	else echo "eval: no corpus at $(EVAL_CORPUS) (set EVAL_CORPUS)"; fi

lint-man:
	groff -man -ww -z man/newsdiff.1

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/newsdiff
	install -m 644 man/newsdiff.1 $(DESTDIR)$(MANDIR)/man1/newsdiff.1
	for d in articles/*/; do \
		s=$$(basename "$$d"); \
		install -d "$(DESTDIR)$(DATADIR)/articles/$$s" && \
		install -m 644 "$$d"*.txt "$(DESTDIR)$(DATADIR)/articles/$$s/" || exit 1; \
	done

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/newsdiff $(DESTDIR)$(MANDIR)/man1/newsdiff.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build newsdiff

-include $(shell find $(B) -name '*.d' 2>/dev/null)
