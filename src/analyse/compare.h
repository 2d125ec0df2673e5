/*
 * compare.h - the comparison of a story: facts found in each report and
 * the rows that line them up across reports, each with a verdict.  The
 * driver of the analyse stage, on top of sentence, facts and align; the
 * row model itself (kinds, cells, rows) is rows.h.
 *
 * Owns: struct comparison owns everything in it through its arenas
 * (comparison_release frees them all at once).  Strings and arrays in facts,
 * rows and cells live in that arena.  It never owns the story, whose
 * article texts the byte offsets point into.
 * Depends on: story.h, rows.h, sentence.h, facts.h, align.h, claims.h,
 * lineup.h, events.h, wire.h, naming.h, stem.h, arena.h, pool.h.
 * Must not depend on curses, curl or libxml2.
 *
 * Pipeline: compare_story() reads each report on its own, on as many
 * threads as asked: splits sentences (sentence.c), finds facts (facts.c),
 * typed values and their claims (values.c, claims.c) and what named
 * people did (events.c).  Then it lines the facts up into rows
 * (align.c), then the claims the rows do not hold yet (lineup.c) and the
 * events (events.c), while a second thread (when there are two) numbers
 * the claims' stems for lineup.c (claims_intern), finds the copies of one
 * sentence and where they differ (wire.c) and how each report describes
 * the organisations, places and groups it names (naming.c); last, the
 * numbers and names the copies write differently and the names' rows.
 */
#ifndef ND_COMPARE_H
#define ND_COMPARE_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/error.h"
#include "load/story.h"
#include "analyse/rows.h"
#include "analyse/sentence.h"

struct report_facts;  /* facts.h */
struct report_claims; /* claims.h */
struct report_events; /* events.h */
struct naming;        /* naming.h */

struct comparison {
	struct arena arena;
	struct arena *work;       /* what each report's facts live in: one arena a
				   * thread that read the reports (nwork) */
	unsigned nwork;
	const struct story *story;
	struct sentences *sents;  /* one per article */
	struct report_facts *facts; /* what each report states, one per article */
	struct report_claims *claims; /* its typed values (claims.h), one per article */
	struct report_events *events; /* what people and things did (events.h), one per article */
	struct naming *names;     /* how the reports describe what they name (naming.h) */
	struct row *rows;         /* in row_compare order (rows.h) */
	size_t nrows;
};

/* Compare the reports of s.  On success the caller owns *c and frees it
 * with comparison_release; s must outlive c.  The reports are read on one
 * thread. */
enum nd_err compare_story(const struct story *s, struct comparison *c);

/* As compare_story, each report read (sentences, facts, claims, events)
 * on one of up to threads threads (0: one a processor, base/pool.h); then
 * the rows in two halves, each on a thread when there are two, the
 * lining up of claims scoring its pairs on as many threads as the
 * reports were read on (lineup.h).  The result is the same whatever the
 * threads. */
enum nd_err compare_story_threads(const struct story *s, struct comparison *c, unsigned threads);

/* Free everything c holds; NULL-safe. */
void comparison_release(struct comparison *c);

#endif
