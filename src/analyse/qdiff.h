/*
 * qdiff.h - compare two quotations word by word: split them into words,
 * measure how much they share, align them and say what one changed.
 *
 * Several outlets often quote the same words from one person, each cutting
 * or changing them a little: ellipses, dropped clauses, "scheme" for
 * "plan", curly or straight quotes, capitals.  Comparing words (not bytes)
 * in their folded form makes all of those differences but the real ones
 * disappear.
 *
 * Owns: nothing past a call.  Words, ops and descriptions are written to
 * the caller's arena; words point into the quotation text by byte offset,
 * so that text must outlive them.  Scratch tables are malloc'd and freed
 * within a call.
 * Depends on: arena.h, error.h, text.h (text_next, text_fold), buf.h, vec.h,
 * utf8proc.  Must not depend on curses.
 *
 * Words (qdiff_words): maximal runs of letters, digits and combining marks
 * (Unicode categories L*, N*, M*).  Also kept inside a word:
 *   - an apostrophe (' U+2018 U+2019 U+02BC) between two word characters:
 *     "company's", "isn’t", "rock'n'roll"; one at either end is dropped
 *     ("reporters’" is "reporters", "'90s" is "90s");
 *   - '.' or ',' between two digits: "3.5", "1,500";
 *   - soft hyphens and zero-width (non-)joiners between word characters
 *     (left out of the folded form).
 * A CJK ideograph, hiragana or katakana character is a word on its own,
 * since those scripts put no spaces between words.  Punctuation, quote
 * marks, dashes, hyphens, ellipses and symbols are never words.
 * The folded form (for comparison) is lower case (text_fold), every
 * apostrophe is ', and non-ASCII words are in Unicode NFC, so "É" and
 * "E" + U+0301 fold alike.  Accents are kept: "Zürich" is not "Zurich".
 */
#ifndef ND_QDIFF_H
#define ND_QDIFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/error.h"

struct qword {
	uint32_t off, len;   /* bytes of the word in the quotation text */
	const char *fold;    /* NUL-terminated folded form, in the arena */
};

struct qwords {
	struct qword *v;     /* in the arena; NULL when n == 0 */
	size_t n;
};

/* Split s[0..n) into words (see above).  *out is set on success.
 * ND_E_NOMEM when the arena fails, ND_E_TOO_LARGE when n does not fit
 * in 32 bits.  An empty or wordless text ("…", "") gives n == 0. */
enum nd_err qdiff_words(const char *s, size_t n, struct arena *a,
			struct qwords *out);

/* Length in words of the longest run of consecutive equal words that x
 * and y share (0 when either is empty).  O(|x|*|y|) time, no memory. */
size_t qdiff_longest_run(const struct qwords *x, const struct qwords *y);

/* Thresholds of qdiff_same_quote. */
#define QDIFF_MIN_RUN 5     /* a shared run this long: the same quotation */
#define QDIFF_MIN_WHOLE 3   /* or all of a quote at least this long */

/* True when x and y look like the same quotation: they share a run of at
 * least QDIFF_MIN_RUN words, or the whole of the shorter one, when that
 * has at least QDIFF_MIN_WHOLE words, appears in the other as one run. */
bool qdiff_same_quote(const struct qwords *x, const struct qwords *y);

enum qop_kind {
	QOP_SAME,     /* a[a_first..+a_count) equals b[b_first..+b_count) */
	QOP_ONLY_A,   /* words of a missing from b (b_count == 0) */
	QOP_ONLY_B    /* words of b missing from a (a_count == 0) */
};

/* A run of words.  For ONLY_A, b_first is where in b the words would be;
 * for ONLY_B, a_first is where in a. */
struct qop {
	enum qop_kind kind;
	uint32_t a_first, a_count, b_first, b_count;
};

/*
 * Align a and b on a longest common subsequence of words and describe the
 * result as runs, in text order, covering every word of both once.  Between
 * two SAME runs there is at most one ONLY_A run followed by at most one
 * ONLY_B run (together: a replacement).  Adjacent SAME runs are merged.
 * *ops is in the arena (NULL and *nops == 0 when both are empty).
 * O(|a|*|b|) time and scratch memory after the common beginning and end
 * are taken off; should what is left need more than 4 million cells, it
 * is reported as one replacement instead.  ND_E_NOMEM on no memory.
 */
enum nd_err qdiff_diff(const struct qwords *a, const struct qwords *b,
		       struct arena *ar, struct qop **ops, size_t *nops);

enum qrel {
	QREL_SAME,     /* the same words (both empty counts as the same) */
	QREL_A_IN_B,   /* every word of a is in b in order: a is b with cuts */
	QREL_B_IN_A,   /* b is a with cuts */
	QREL_CHANGED   /* words replaced, or cuts on both sides */
};

/* The relation shown by the ops of qdiff_diff. */
enum qrel qdiff_relation(const struct qop *ops, size_t nops);

/* A short name for a relation: "same", "a in b", "b in a", "changed". */
const char *qdiff_relation_name(enum qrel r);

/*
 * A one-line summary for people of how quotation a (words of atext) differs
 * from b (words of btext), seen from a:
 *   "same words"
 *   "cuts: “words of b that a leaves out”, ..."
 *   "adds: “words of a that b does not have”"
 *   "changed: “initiative” for “plan”"  (a says initiative where b says plan)
 * kinds joined by "; ", replacements first.  At most 3 changes are listed,
 * then "and N more".  Words are quoted as written in the texts; a run
 * longer than 7 words is shortened to its first 4 and last 2 words around
 * " … ".  The string is in the arena; NULL on no memory.
 */
const char *qdiff_describe(const struct qwords *a, const char *atext,
			   const struct qwords *b, const char *btext,
			   struct arena *ar);

#endif
