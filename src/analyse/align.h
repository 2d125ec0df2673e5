/*
 * align.h - line up the facts of several reports into rows, one per
 * question, each with a verdict.
 *
 * Owns: nothing; rows are written to the caller's arena.
 * Depends on: rows.h, facts.h, sentence.h, story.h, qdiff.h, lexicon.h,
 * arena.h, text.h.  Knows nothing of compare.h, which drives it.
 *
 * Rules (see align.c; the sets of outlets, sources, places, outcomes and
 * terms in align_sets.c): people are the same when their surnames match (or
 * are one letter apart with the same first name), or, when a report gives
 * no name, when their roles match word for word or they are the manager of
 * the same person; counts answer the same question when they count the
 * same kind of people (or "people" in general) for the same kind of event;
 * quotations are the same when they share a run of seven words (or most
 * of a short one); outlets and sources are compared as sets.  Silence is
 * never disagreement: a report that says nothing has no cell.
 */
#ifndef ND_ALIGN_H
#define ND_ALIGN_H

#include <stddef.h>

#include "base/arena.h"
#include "base/error.h"
#include "load/story.h"
#include "analyse/facts.h"
#include "analyse/rows.h"
#include "analyse/sentence.h"

/*
 * Line up the facts of the reports of s: sents[i] and facts[i] are those
 * of s->arts[i].  Sets *rows and *nrows to the rows, in row_compare
 * order.  Rows, cells and their strings are allocated in arena (as is
 * scratch work), which owns them.
 */
enum nd_err align_rows(const struct story *s, const struct sentences *sents,
		       const struct report_facts *facts, struct arena *arena,
		       struct row **rows, size_t *nrows);

#endif
