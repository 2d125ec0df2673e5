/*
 * align_scan.h - private to the align module (align.c and align_sets.c):
 * the aligning in progress and the helpers that make rows and cells.
 * Not for any other file.
 *
 * Owns: nothing; rows and cells live in the caller's arena.
 * Depends on: align.h (rows.h, facts.h, story.h, sentence.h), arena.h.
 */
#ifndef ND_ALIGN_SCAN_H
#define ND_ALIGN_SCAN_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "analyse/align.h"

/* The aligning in progress: what it reads, and the rows it writes. */
struct ctx {
	struct arena *arena;
	const struct story *story;
	const struct sentences *sents;     /* one per article */
	const struct report_facts *facts;  /* one per article */
	struct row *rows;
	size_t nrows;
};

struct rows_out {
	struct ctx *c;
	size_t cap;
};

/* A new row of kind with its question, room for a cell per report, or
 * NULL when the arena fails.  Rows may move: re-take earlier pointers. */
struct row *align_new_row(struct rows_out *ro, enum fact_kind kind, const char *question);
/* Add report art's cell (at most one per report and row; NULL when it
 * has one), its evidence the sentence of w. */
struct cell *align_add_cell(struct ctx *c, struct row *r, uint32_t art, const struct where *w);
/* The outlet of report art. */
const char *align_outlet_of(const struct ctx *c, uint32_t art);
/* Join a set of names: sorted, unique, "; " between (items is sorted in
 * place). */
const char *align_join_set(struct ctx *c, const char **items, size_t n);

/* align_sets.c: rows of sets each report names */
enum nd_err align_source_rows(struct rows_out *ro);
enum nd_err align_outlet_rows(struct rows_out *ro);
enum nd_err align_place_rows(struct rows_out *ro);
enum nd_err align_outcome_rows(struct rows_out *ro);
enum nd_err align_term_rows(struct rows_out *ro);

#endif
