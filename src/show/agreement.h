/*
 * agreement.h - who agrees with whom: for each pair of reports, how many
 * facts both state, how many of those they give alike, how many they give
 * differently in a row whose verdict is disagree, and how many otherwise
 * differently (a partial or unclear row); and how many facts each report
 * states.  Counted from the rows of a comparison, for --report and the
 * screen; rows of how a name is described (naming.h) are not facts and
 * are not counted.
 *
 * Two reports give a fact alike when their cells' normalised values are
 * the same, or the row's verdict is agree.  "In conflict" is a pair whose
 * values differ in a disagree row: with three reports or more, a row's
 * disagreement may be between others, so this counts pairs that differ
 * where the reports disagree, not a verdict of its own.
 *
 * Owns: the arrays of struct agreement (agreement_release).
 * Depends on: compare.h (rows, cells, verdicts), error.h.  Must not depend
 * on curses.
 */
#ifndef ND_AGREEMENT_H
#define ND_AGREEMENT_H

#include <stddef.h>

#include "analyse/compare.h"
#include "base/error.h"

/* Past this many reports the pairs would bury the rest: the reports
 * leave them out. */
#define AGREEMENT_MAX_REPORTS 50

struct pair_counts {
	size_t both;       /* facts both reports state */
	size_t alike;      /* ... given alike */
	size_t conflict;   /* ... given differently in a disagree row */
	size_t other;      /* ... given differently in a partial or unclear row */
};

struct agreement {
	size_t n;                  /* reports */
	struct pair_counts *pair;  /* n * n; pair[i * n + j] == pair[j * n + i] */
	size_t *states;            /* facts each report states */
};

/* Count the pairs of c's reports over its rows.  ND_E_NOMEM leaves *a
 * empty. */
enum nd_err agreement_of(const struct comparison *c, struct agreement *a);

static inline const struct pair_counts *agreement_pair(const struct agreement *a, size_t i,
							size_t j)
{
	return &a->pair[i * a->n + j];
}

void agreement_release(struct agreement *a);

#endif
