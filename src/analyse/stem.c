/*
 * stem.c - English stems through libstemmer.  See stem.h.
 */
#include "analyse/stem.h"

#include <libstemmer.h>

enum nd_err stemmer_init(struct stemmer *st)
{
	st->sb = sb_stemmer_new("english", "UTF_8");
	return st->sb ? ND_E_OK : ND_E_NOMEM;
}

void stemmer_release(struct stemmer *st)
{
	if (st && st->sb) {
		sb_stemmer_delete(st->sb);
		st->sb = NULL;
	}
}

const char *stemmer_stem(struct stemmer *st, const char *w, size_t n, struct arena *arena)
{
	if (n > 64 || !st->sb)
		return arena_strndup(arena, w, n);
	const sb_symbol *s = sb_stemmer_stem(st->sb, (const sb_symbol *)w, (int)n);
	if (!s)
		return arena_strndup(arena, w, n);
	return arena_strndup(arena, (const char *)s, (size_t)sb_stemmer_length(st->sb));
}
