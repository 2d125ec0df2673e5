/*
 * story.h - the set of reports opened together: loads files and
 * directories, keeping going past the ones that fail.
 *
 * Owns: its articles and its list of load errors (story_release frees all).
 * Depends on: article.h, file.h, page.h and html.h (web pages), vec.h,
 * pool.h (files loaded side by side),
 * error.h.
 * Must not depend on curses or curl (fetching is inputs.h's).
 */
#ifndef ND_STORY_H
#define ND_STORY_H

#include <limits.h>
#include <stddef.h>

#include "load/article.h"
#include "base/error.h"

/* Most reports opened at once. */
#define ND_MAX_REPORTS 1000

struct story_error {
	char *source;     /* the file, directory or URL */
	enum nd_err err;
	char *detail;     /* one line saying more ("HTTP status 404"), or NULL */
};

struct story {
	struct article *arts;
	size_t n;
	struct story_error *errs;    /* what could not be loaded */
	size_t nerr;
	struct story_error *warns;   /* loaded, with a warning (short page...) */
	size_t nwarn;
	size_t cap_arts, cap_errs, cap_warns; /* room allocated (vec_reserve) */
	unsigned threads;            /* at most, that load a directory's or a run
				      * of files' reports side by side (one for
				      * every 8 files); 0 or 1: one;
				      * STORY_THREADS_AUTO: one a processor,
				      * counted when first needed */
};

#define STORY_THREADS_AUTO UINT_MAX

/*
 * Load every path with story_add_path (a directory gives its reports in
 * name order).  Failures are recorded in s->errs and the
 * rest still load.  Returns ND_E_OK when at least one report loaded,
 * ND_E_NOMEM when memory ran out, otherwise the error of the first
 * failure (ND_E_NO_REPORTS when nothing was given).  The caller owns *s
 * and frees it with story_release, whatever the result.
 */
enum nd_err story_load(struct story *s, char *const *paths, size_t npaths);

/* Add one path: a report file (.txt as text; .html, .htm, .xhtml or a file
 * that looks like HTML as a web page) or a directory (its *.txt, *.html, *.xhtml and
 * *.htm files in name order).  Failures are recorded; returns ND_E_NOMEM
 * only when memory ran out.  Start from a zeroed story. */
enum nd_err story_add_path(struct story *s, const char *path);

/* story_add_path for each of paths[0..n), in order: the same story
 * whatever s->threads. */
enum nd_err story_add_paths(struct story *s, char *const *paths, size_t n);

/* Add a report held in memory under the name source: a web page when
 * content_type says HTML (or it is NULL and the bytes look like HTML),
 * otherwise plain text.  url is the page's address (may be NULL). */
enum nd_err story_add_page(struct story *s, const char *source, const char *bytes, size_t n,
			   const char *content_type, const char *url);

/* Record that source could not be loaded, with a detail line (may be NULL). */
enum nd_err story_add_error(struct story *s, const char *source, enum nd_err err,
			    const char *detail);

/* The result of a story built with story_add_*: ND_E_OK when at least one
 * report loaded, else the first error (ND_E_NO_REPORTS when none at all). */
enum nd_err story_result(const struct story *s);

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
