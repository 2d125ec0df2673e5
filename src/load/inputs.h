/*
 * inputs.h - what the command line names, loaded: report files,
 * directories and web addresses into one story (the addresses fetched all
 * at once first), or a single page read for --extract.
 *
 * Owns: nothing past a call; the story and the page it fills are the
 * caller's.
 * Depends on: story.h, fetch.h (curl), html.h, page.h, article.h, file.h,
 * error.h, pool.h.
 */
#ifndef ND_INPUTS_H
#define ND_INPUTS_H

#include <stddef.h>

#include "base/error.h"
#include "load/fetch.h"
#include "load/html.h"
#include "load/story.h"

/*
 * Build *s from paths[0..n) in their order: every http(s) address is
 * fetched (all at once, before anything is added), then each input is
 * added, files and directories with story_add_path, fetched pages with
 * story_add_page, and "-" as a report read from standard input (text or
 * HTML, named INPUTS_STDIN).  Failures are recorded in s->errs and the rest still
 * load.  Files are read and parsed on threads threads (0: one a
 * processor; story_add_paths), the story the same whatever their number.  Returns story_result(s), or ND_E_NOMEM when memory ran out.  *s
 * is set up here; the caller frees it with story_release, whatever the
 * result.
 */
#define INPUTS_STDIN "standard input"

enum nd_err inputs_load(struct story *s, char *const *paths, size_t n,
			const struct fetch_opts *fo, unsigned threads);

/*
 * Read the one page input names (a file or an http(s) address) for
 * --extract.  A file is HTML when its bytes look like it or its name says
 * so; a fetched page when its content type says so (or, with none, as a
 * file).  On success the caller owns *d and frees it with
 * html_doc_release.  On failure *d is empty and why[0..cap) holds one
 * line saying what went wrong (not yet made safe for a terminal).
 */
enum nd_err inputs_read_page(const char *input, const struct fetch_opts *fo,
			     struct html_doc *d, char *why, size_t cap);

#endif
