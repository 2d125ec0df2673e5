/*
 * align.h - line up the facts of several reports into rows, one per
 * question, each with a verdict.
 *
 * Owns: nothing; rows are written to the comparison's arena.
 * Depends on: compare.h, facts.h, qdiff.h, lexicon.h.
 *
 * Rules (see align.c): people are the same when their surnames match (or
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

#include "analyse/compare.h"
#include "analyse/facts.h"

/* Build c->rows from c->facts (one report_facts per article). */
enum nd_err align_rows(struct comparison *c);

#endif
