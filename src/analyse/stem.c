/*
 * stem.c - English stems through libstemmer.  See stem.h.
 *
 * libstemmer (every language's stemmer: some 11,000 relocations, about
 * 90 pages touched when it is loaded) would take a third of a
 * millisecond or more of every start-up, yet the first screen shows
 * the texts only, and the stems are wanted by the comparison, which
 * runs after it on a second thread.  So it is opened with dlopen() on
 * the first stemmer_init() and called through this table.
 */
#include "analyse/stem.h"

#include <dlfcn.h>
#include <libstemmer.h>
#include <pthread.h>
#include <stdbool.h>

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

enum nd_err stemmer_init(struct stemmer *st)
{
	st->sb = NULL;
	enum nd_err err = stemmer_load();
	if (err)
		return err;
	st->sb = sb.create("english", "UTF_8");
	return st->sb ? ND_E_OK : ND_E_NOMEM;
}

void stemmer_release(struct stemmer *st)
{
	if (st && st->sb) {
		sb.destroy(st->sb);
		st->sb = NULL;
	}
}

const char *stemmer_stem(struct stemmer *st, const char *w, size_t n, struct arena *arena)
{
	if (n > 64 || !st->sb)
		return arena_strndup(arena, w, n);
	const sb_symbol *s = sb.stem(st->sb, (const sb_symbol *)w, (int)n);
	if (!s)
		return arena_strndup(arena, w, n);
	return arena_strndup(arena, (const char *)s, (size_t)sb.length(st->sb));
}
