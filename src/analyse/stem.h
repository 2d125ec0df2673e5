/*
 * stem.h - English word stems (Snowball's Porter 2 stemmer, libstemmer),
 * so that "voted", "votes" and "vote" line up.
 *
 * Owns: struct stemmer, the libstemmer object inside it and its cache
 * of the stems of words it has seen (stemmer_init / stemmer_release);
 * stems are copied into the caller's arena.  Not thread-safe: one
 * stemmer per thread.  libstemmer is not linked: it is opened with
 * dlopen() when first needed (stem.c).
 * Depends on: libstemmer, arena.h, text.h (a word's hash, for the
 * cache).  Only stem.c includes libstemmer.h.
 */
#ifndef ND_STEM_H
#define ND_STEM_H

#include <stddef.h>

#include "base/arena.h"
#include "base/error.h"

struct sb_stemmer;
struct stem_slot;

struct stemmer {
	struct sb_stemmer *sb;
	struct stem_slot *cache;  /* NULL: none (memory ran out) */
	size_t slots;             /* of the cache, a power of two */
};

/* Open libstemmer, once (thread-safe; later calls answer at once):
 * ND_E_STEM_LIB when it cannot be loaded.  stemmer_init() calls it and
 * passes that error on (so does compare_story). */
enum nd_err stemmer_load(void);

/* A stemmer for about text_bytes of text (its cache is made to fit:
 * zeroing a table for 500 reports to stem five would cost more than the
 * stems).  ND_E_STEM_LIB when libstemmer cannot be loaded, ND_E_NOMEM
 * when it cannot allocate. */
enum nd_err stemmer_init(struct stemmer *st, size_t text_bytes);
void stemmer_release(struct stemmer *st);

/* The stem of the folded (lower-case UTF-8) word w[0..n), in arena;
 * NULL when the arena fails.  Words longer than 64 bytes are their own
 * stem. */
const char *stemmer_stem(struct stemmer *st, const char *w, size_t n, struct arena *arena);

#endif
