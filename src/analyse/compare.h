/*
 * compare.h - the comparison of a story: facts found in each report and
 * the rows that line them up across reports, each with a verdict.
 *
 * Owns: struct comparison owns everything in it through its arena
 * (comparison_release frees it all at once).  Strings and arrays in facts,
 * rows and cells live in that arena.  It never owns the story, whose
 * article texts the byte offsets point into.
 * Depends on: story.h, sentence.h, arena.h.  Must not depend on curses,
 * curl or libxml2.
 *
 * Pipeline: compare_story() splits sentences (sentence.c), finds facts in
 * each report (facts.c) and lines them up into rows (align.c).
 */
#ifndef ND_COMPARE_H
#define ND_COMPARE_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/error.h"
#include "analyse/verdict.h"
#include "analyse/sentence.h"
#include "load/story.h"

/* X(NAME, json name) */
#define ND_FACT_KINDS(X)                 \
	X(PERSON, "person")              \
	X(ORGANISATION, "organisation")  \
	X(QUANTITY, "quantity")          \
	X(QUOTE, "quote")                \
	X(EVENT, "event")                \
	X(PLACE, "place")                \
	X(DATE, "date")                  \
	X(ATTRIBUTION, "attribution")

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
	 * the row's fullest version, the first cell with the most words
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
};

struct report_facts;  /* facts.h */

struct comparison {
	struct arena arena;
	const struct story *story;
	struct sentences *sents;  /* one per article */
	struct report_facts *facts; /* what each report states, one per article */
	struct row *rows;         /* sorted: disagreements first, then by kind */
	size_t nrows;
};

/* Compare the reports of s.  On success the caller owns *c and frees it
 * with comparison_release; s must outlive c. */
enum nd_err compare_story(const struct story *s, struct comparison *c);

/* Free everything c holds; NULL-safe. */
void comparison_release(struct comparison *c);

const char *fact_kind_name(enum fact_kind k);

/* The cell of row r for report art, or NULL when that report is silent. */
const struct cell *row_cell(const struct row *r, uint32_t art);

#endif
