/*
 * story.h - the set of reports opened together: loads files and
 * directories, keeping going past the ones that fail.
 *
 * Owns: its articles and its list of load errors (story_release frees all).
 * Depends on: article.h, error.h.  Must not depend on curses.
 */
#ifndef ND_STORY_H
#define ND_STORY_H

#include <stddef.h>

#include "article.h"
#include "error.h"

/* Most reports opened at once. */
#define ND_MAX_REPORTS 1000

struct story_error {
	char *source;     /* the file or directory that failed */
	enum nd_err err;
};

struct story {
	struct article *arts;
	size_t n;
	struct story_error *errs;
	size_t nerr;
};

/*
 * Load every path: a file is one report, a directory gives every *.txt
 * file in it, in name order.  Failures are recorded in s->errs and the
 * rest still load.  Returns ND_E_OK when at least one report loaded,
 * ND_E_NOMEM when memory ran out, otherwise the error of the first
 * failure (ND_E_NO_REPORTS when nothing was given).  The caller owns *s
 * and frees it with story_release, whatever the result.
 */
enum nd_err story_load(struct story *s, char *const *paths, size_t npaths);

/* Free everything s holds; NULL-safe. */
void story_release(struct story *s);

/*
 * Find the bundled story's directory: $NEWSDIFF_DATADIR/articles, then
 * articles/ beside the running program (a source tree), then the
 * installed data directory.  The story is the first sub-directory of
 * articles/ in name order.  Writes the path to out.
 */
enum nd_err story_find_bundled(char *out, size_t cap);

#endif
