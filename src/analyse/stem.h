/*
 * stem.h - English word stems (Snowball's Porter 2 stemmer, libstemmer),
 * so that "voted", "votes" and "vote" line up.
 *
 * Owns: struct stemmer and the libstemmer object inside it
 * (stemmer_init / stemmer_release); stems are copied into the caller's
 * arena.  Not thread-safe: one stemmer per thread.
 * Depends on: libstemmer, arena.h.  Only this file includes libstemmer.h.
 */
#ifndef ND_STEM_H
#define ND_STEM_H

#include <stddef.h>

#include "base/arena.h"
#include "base/error.h"

struct sb_stemmer;

struct stemmer {
	struct sb_stemmer *sb;
};

/* ND_E_NOMEM when libstemmer cannot allocate. */
enum nd_err stemmer_init(struct stemmer *st);
void stemmer_release(struct stemmer *st);

/* The stem of the folded (lower-case UTF-8) word w[0..n), in arena;
 * NULL when the arena fails.  Words longer than 64 bytes are their own
 * stem. */
const char *stemmer_stem(struct stemmer *st, const char *w, size_t n, struct arena *arena);

#endif
