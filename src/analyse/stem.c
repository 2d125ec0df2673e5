/*
 * stem.c - English stems through libstemmer.  See stem.h.
 *
 * libstemmer (every language's stemmer: some 11,000 relocations, about
 * 90 pages touched when it is loaded) would take a third of a
 * millisecond or more of every start-up, yet the first screen shows
 * the texts only, and the stems are wanted by the comparison, which
 * runs after it on a second thread.  So it is opened with dlopen() on
 * the first stemmer_init() and called through this table.
 *
 * A report's words come back again and again (500 reports: some 77,000
 * stems asked for, at a few thousand instructions each in libstemmer),
 * so each stemmer keeps the last stem of each short word in a slot of a
 * table by the word's hash, and answers from it when the word is there.
 */
#include "analyse/stem.h"

#include <dlfcn.h>
#include <libstemmer.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"

/* The cache: words of up to SLOT_BYTES bytes whose stems are as short,
 * a slot for every BYTES_PER_SLOT bytes of text, MIN_SLOTS to
 * MAX_SLOTS. */
#define MIN_SLOTS 256
#define MAX_SLOTS 8192
#define BYTES_PER_SLOT 8
#define SLOT_BYTES 24

struct stem_slot {
	uint8_t nw, ns;  /* nw == 0: empty */
	char w[SLOT_BYTES], s[SLOT_BYTES];
};

static struct {
	bool ok;
	struct sb_stemmer *(*create)(const char *, const char *);
	void (*destroy)(struct sb_stemmer *);
	const sb_symbol *(*stem)(struct sb_stemmer *, const sb_symbol *, int);
	int (*length)(struct sb_stemmer *);
} sb;

static void load_stemmer(void)
{
	/* the run-time name first (Debian's), then others' */
	static const char *const names[] = { "libstemmer.so.0d", "libstemmer.so.0",
					     "libstemmer.so" };
	void *h = NULL;
	for (size_t i = 0; i < sizeof names / sizeof names[0] && !h; i++)
		h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
	if (!h)
		return;
#define SYM(field, name)                                 \
	do {                                             \
		*(void **)(&sb.field) = dlsym(h, name);  \
		if (!sb.field)                           \
			return;                          \
	} while (0)
	SYM(create, "sb_stemmer_new");
	SYM(destroy, "sb_stemmer_delete");
	SYM(stem, "sb_stemmer_stem");
	SYM(length, "sb_stemmer_length");
#undef SYM
	sb.ok = true;
}

enum nd_err stemmer_load(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, load_stemmer);
	return sb.ok ? ND_E_OK : ND_E_STEM_LIB;
}

enum nd_err stemmer_init(struct stemmer *st, size_t text_bytes)
{
	st->sb = NULL;
	st->cache = NULL;
	st->slots = MIN_SLOTS;
	while (st->slots < MAX_SLOTS && st->slots < text_bytes / BYTES_PER_SLOT)
		st->slots *= 2;
	enum nd_err err = stemmer_load();
	if (err)
		return err;
	st->sb = sb.create("english", "UTF_8");
	if (!st->sb)
		return ND_E_NOMEM;
	st->cache = calloc(st->slots, sizeof *st->cache);  /* without it, only slower */
	return ND_E_OK;
}

void stemmer_release(struct stemmer *st)
{
	if (st && st->sb) {
		sb.destroy(st->sb);
		st->sb = NULL;
	}
	if (st) {
		free(st->cache);
		st->cache = NULL;
	}
}

const char *stemmer_stem(struct stemmer *st, const char *w, size_t n, struct arena *arena)
{
	if (n > 64 || !st->sb)
		return arena_strndup(arena, w, n);
	struct stem_slot *slot = NULL;
	if (st->cache && n > 0 && n <= SLOT_BYTES) {
		slot = &st->cache[text_hash(w, n) & (st->slots - 1)];
		if (slot->nw == n && memcmp(slot->w, w, n) == 0)
			return arena_strndup(arena, slot->s, slot->ns);
	}
	const sb_symbol *s = sb.stem(st->sb, (const sb_symbol *)w, (int)n);
	if (!s)
		return arena_strndup(arena, w, n);
	size_t ns = (size_t)sb.length(st->sb);
	if (slot && ns <= SLOT_BYTES) {
		slot->nw = (uint8_t)n;
		memcpy(slot->w, w, n);
		slot->ns = (uint8_t)ns;
		memcpy(slot->s, s, ns);
	}
	return arena_strndup(arena, (const char *)s, ns);
}
