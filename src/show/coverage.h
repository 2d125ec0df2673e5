/*
 * coverage.h - which report states which fact, so that a class sees what
 * each outlet leaves out: for each fact the reports that state it, and
 * for each report how many of the facts two or more others state it
 * leaves out, and how many it alone states.  Counted from the rows of a
 * comparison, for --report and the screen, beside who agrees with whom
 * (agreement.h).
 *
 * The rules:
 * - A fact is a row of the comparison, except a row of how a name is
 *   described (naming.h), which is no fact (as in agreement.h), and a
 *   row no report of the story states.  Facts are numbered as the rows
 *   are, from 1 (the number of the row in the report and the panel).
 * - A report states a fact when the row has a cell of it.  Its mark is
 *   the mark of the row's verdict (verdict.h: = ! ~ 1 ?); a report that
 *   says nothing of the fact is marked COVERAGE_SILENT.
 * - The facts are listed in two groups: first those two or more reports
 *   state, those the most reports state first; then those one report
 *   alone states.  Within a group, in the order of the rows.  The
 *   printers give the first group a line each and the second as a list
 *   of numbers for each report.
 * - A report leaves out a fact when two or more other reports state it
 *   and it does not: "leaves out N of the M facts two or more others
 *   state".  A fact one other report states may be that report's own
 *   detail, so it is not counted as left out.
 * Like the pairs of who agrees with whom, it is left out for more than
 * AGREEMENT_MAX_REPORTS reports.
 *
 * Owns: the arrays of struct coverage (coverage_release).
 * Depends on: compare.h (rows, cells, verdicts), agreement.h (its
 * limit), error.h.  Must not depend on curses.
 */
#ifndef ND_COVERAGE_H
#define ND_COVERAGE_H

#include <stddef.h>

#include "analyse/compare.h"
#include "base/error.h"
#include "show/agreement.h"

/* The mark of a report that says nothing of a fact (plain ASCII). */
#define COVERAGE_SILENT "."

struct coverage_fact {
	size_t row;     /* its index in the comparison's rows */
	size_t nstate;  /* reports that state it (1 or more) */
	size_t first;   /* the first report that states it: the one, when alone */
};

struct coverage_report {
	size_t states;      /* facts it states */
	size_t alone;       /* facts it alone states */
	size_t others;      /* facts two or more other reports state */
	size_t left_out;    /* ... that it does not state */
};

struct coverage {
	size_t n;                         /* reports */
	struct coverage_fact *facts;      /* two groups, in the order above */
	size_t nfacts;
	size_t nshared;                   /* facts[0..nshared): two or more state them */
	struct coverage_report *report;   /* n, by report */
};

/* Who states what in c's rows.  ND_E_NOMEM leaves *cv empty. */
enum nd_err coverage_of(const struct comparison *c, struct coverage *cv);

/* The mark of report art in row r: its verdict's mark when art states
 * it, else COVERAGE_SILENT.  Static storage. */
const char *coverage_mark(const struct row *r, size_t art);

/* Free what cv holds and leave it empty; releasing twice is harmless. */
void coverage_release(struct coverage *cv);

#endif
