/*
 * batch.h - many stories at once (--batch): each directory is one story,
 * loaded, compared and written as one line of JSON (JSON Lines: the
 * report --report --format=jsonl writes for that directory alone), in the
 * order the directories are given, by several threads at a time.
 *
 * The output does not depend on the number of threads: each story is
 * compared alone, by one thread, into its own buffer, and the lines are
 * written in the directories' order.  A directory that cannot be loaded
 * is a line {"story": DIR, "error": WHY} (and a line on the error
 * stream), so that line i is always the i-th directory's.
 *
 * Owns: its threads and buffers, all gone when batch_run returns.
 * Depends on: story.h (loading a directory), compare.h (the comparison),
 * lexicon.h (its tables made ready before the threads), report.h (the
 * JSON line), error.h, jansson (the error line), pthreads.
 * Must not depend on curses.
 */
#ifndef ND_SHOW_BATCH_H
#define ND_SHOW_BATCH_H

#include <stddef.h>
#include <stdio.h>

#include "base/error.h"

/* Write a line to out for each of dirs[0..n), with up to jobs threads
 * (0: one per processor).  A story that cannot be loaded or compared is
 * named on errs; *failed counts them.  Returns ND_E_WRITE when out fails,
 * ND_E_NOMEM when memory runs out, else ND_E_OK. */
enum nd_err batch_run(char *const *dirs, size_t n, unsigned jobs, FILE *out, FILE *errs,
		      size_t *failed);

/* The processors online (at least 1). */
unsigned batch_processors(void);

#endif
