/*
 * wire.h - sentences that two reports share almost word for word (wire
 * copy, a paragraph taken from one outlet by another): any number or name
 * that differs between the two copies of the sentence is a row.
 *
 * Owns: struct wire_copies (wire_find / wire_free); rows, cells and
 * their strings are written to the caller's arena.
 * Depends on: rows.h, sentence.h, tokens.h, lexicon.h, story.h, text.h,
 * sort.h (the sentences that share words, in order),
 * arena.h.
 *
 * Rules (wire.c):
 *   - two sentences of different reports are copies when each has at
 *     least six words and nine in ten of the longer one's words are
 *     shared, in order (of ten words or fewer, all but one);
 *   - where the copies differ by a run of at most three words on each
 *     side, and the runs hold a number on both sides, the numbers are a
 *     row: "disagree" (the same sentence gives different numbers);
 *   - runs of capitalised words on both sides are a row: "disagree", the
 *     same name spelt two ways (one or two letters apart) or another name
 *     (person, place, body) in the same sentence;
 *   - other words that differ inside quotation marks in both copies are a
 *     row: "partial" (the quotation is worded differently);
 *   - runs that differ only in case, dots and hyphens ("U.S." and "US"),
 *     or where one side is a single function word ("He" for a name), are
 *     style, not fact: no row;
 *   - other words that differ (wording) make no row, and a difference
 *     another rule already flags (its words inside a cell of a row given
 *     that is not agree or single) is left to that rule;
 *   - a word sequence that appears in more than WIRE_MAX_POSTINGS
 *     sentences is too common to point at a copy, so hundreds of copies
 *     of one report cost linear time.
 */
#ifndef ND_WIRE_H
#define ND_WIRE_H

#include <stddef.h>

#include "base/arena.h"
#include "base/error.h"
#include "load/story.h"
#include "analyse/rows.h"
#include "analyse/sentence.h"
#include "analyse/tokens.h"

#define WIRE_MAX_POSTINGS 16

/* Append the rows of the sentences the reports of s (sentences sents[i],
 * as tokens toks[i][k])
 * share to *rows (n *nrows, capacity *cap, in arena).  The rows already
 * in *rows mark what is taken.  wire_find then wire_emit. */
enum nd_err wire_rows(const struct story *s, const struct sentences *sents,
		      const struct tokens *const *toks, struct arena *arena, struct row **rows,
		      size_t *nrows, size_t *cap);

/* The same in two steps, so that the first may run beside other work
 * (it reads only s, sents and toks, and writes only *out): the copies
 * and the runs of words where they differ, then the rows of those runs
 * that no row given holds.  *out is the caller's to free with wire_free, also
 * when wire_find fails (then NULL or to be freed unread). */
struct wire_copies;
enum nd_err wire_find(const struct story *s, const struct sentences *sents,
		      const struct tokens *const *toks, struct wire_copies **out);
enum nd_err wire_emit(struct wire_copies *w, struct arena *arena, struct row **rows,
		      size_t *nrows, size_t *cap);
/* NULL-safe. */
void wire_free(struct wire_copies *w);

#endif
