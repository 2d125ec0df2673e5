/*
 * rows.h - the row model of a comparison: the kinds of fact, and the rows
 * that line one question up across reports, with one cell for each report
 * that answers it.  Verdicts are in verdict.h.
 *
 * Owns: nothing; rows and cells live in whatever arena built them
 * (align.c writes them, compare.h's struct comparison holds them).
 * Depends on: verdict.h, arena.h, sort.h.
 */
#ifndef ND_ROWS_H
#define ND_ROWS_H

#include <stddef.h>
#include <stdint.h>

#include <stdbool.h>

#include "base/arena.h"
#include "base/error.h"
#include "analyse/verdict.h"

/* X(NAME, json name) */
#define ND_FACT_KINDS(X)                 \
	X(PERSON, "person")              \
	X(ORGANISATION, "organisation")  \
	X(QUANTITY, "quantity")          \
	X(QUOTE, "quote")                \
	X(EVENT, "event")                \
	X(PLACE, "place")                \
	X(DATE, "date")                  \
	X(ATTRIBUTION, "attribution")    \
	X(NAME, "name")                  \
	X(NAMING, "naming")

enum fact_kind {
#define ND_FK_ENUM(name, json) FACT_##name,
	ND_FACT_KINDS(ND_FK_ENUM)
#undef ND_FK_ENUM
	FACT__COUNT
};

struct qword;  /* qdiff.h */
struct qop;

/* One report's answer to a row's question. */
struct cell {
	uint32_t art;            /* index of the report in the story */
	const char *value;       /* as written in the report */
	const char *normalized;  /* the number, the canonical name, the class */
	const char *qualifier;   /* "at least", "around", "several"...; or NULL */
	const char *speaker;     /* quotations: who says it; or NULL */
	const char *note;        /* what differs, e.g. "spelled Smyth"; or NULL */
	uint32_t sent_start;     /* evidence: the sentence, bytes in the text */
	uint32_t sent_end;
	uint32_t start, end;     /* the value itself inside the text */
	/* Quotations only (else NULL and 0), as the quotation view shows
	 * them: the words of value (qdiff_words), and how they differ from
	 * the row's fullest version, the cell with the most words (of those,
	 * the first in byte order)
	 * (qdiff_diff with this cell as a and the fullest as b; none for the
	 * fullest itself).  Computed once when the row is built. */
	const struct qword *words;
	size_t nwords;
	const struct qop *ops;
	size_t nops;
};

struct row {
	enum fact_kind kind;
	const char *question;    /* readable: "how many employees were dismissed" */
	enum verdict verdict;
	const char *why;         /* one line on how the verdict was reached */
	struct cell *cells;      /* one per report that speaks, in story order */
	size_t ncells;
	size_t cells_cap;        /* room in cells while align.c adds them (else 0) */
	size_t seq;              /* the order rows were made in: row_compare's last key */
};

/* The JSON name of a kind ("person"); "?" for a value outside the table.
 * Static storage. */
const char *fact_kind_name(enum fact_kind k);

/* The order rows are shown in: lowest verdict rank first (what a
 * fact-checker must look at leads), then more reports speaking, then by
 * kind, then in the order they were made.  Negative, zero or positive like
 * strcmp; zero only for rows with the same seq. */
int row_compare(const struct row *a, const struct row *b);

/* The cell of row r for report art, or NULL when that report is silent.
 * Points into r. */
const struct cell *row_cell(const struct row *r, uint32_t art);

/* Where the cells of some rows stand, for the rules that leave to an
 * earlier row what it already holds. */
struct cell_span {
	uint32_t art, start, end;
	uint32_t reach;          /* the largest end of this and the spans before it */
};

struct cell_spans {
	struct cell_span *v;     /* by report, then start */
	size_t n;
};

/* Which rows' cells cell_spans_of takes. */
enum span_rows {
	SPAN_ALL,              /* every row's */
	SPAN_FLAGGED,          /* rows neither agree nor single */
	SPAN_BUT_LONE_QUOTES,  /* all but quotations only one report gives:
				* the words they hold are compared by no row */
};

/* The spans of the cells of rows[0..nrows) that which takes, in arena. */
enum nd_err cell_spans_of(const struct row *rows, size_t nrows, enum span_rows which,
			  struct arena *arena, struct cell_spans *out);

/* Does bytes [start, end) of report art overlap one of the spans? */
bool cell_spans_overlap(const struct cell_spans *s, uint32_t art, uint32_t start, uint32_t end);

#endif
