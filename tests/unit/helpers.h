/* Helpers shared by the unit tests. */
#ifndef ND_TEST_HELPERS_H
#define ND_TEST_HELPERS_H

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/article.h"

/* Path of a file of the source tree (NEWSDIFF_DATADIR is the top of it
 * when tests/run.sh runs the tests; "." otherwise). */
static inline const char *tree_path(const char *rel)
{
	static char p[PATH_MAX];
	const char *top = getenv("NEWSDIFF_DATADIR");
	snprintf(p, sizeof p, "%s/%s", top && *top ? top : ".", rel);
	return p;
}

static inline const char *bundled(const char *file)
{
	static char rel[256];
	snprintf(rel, sizeof rel, "articles/journalists-tracked/%s", file);
	return tree_path(rel);
}

/* The paragraph of a whose text starts with prefix, or NULL. */
static inline const struct para *para_starting(const struct article *a, const char *prefix)
{
	size_t n = strlen(prefix);
	for (size_t i = 0; i < a->npara; i++)
		if (a->paras[i].len >= n && memcmp(a->text + a->paras[i].start, prefix, n) == 0)
			return &a->paras[i];
	return NULL;
}

#endif
