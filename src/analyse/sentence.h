/*
 * sentence.h - split the content paragraphs of a report into sentences.
 *
 * Owns: nothing; sentences are written to an arena and point into the
 * article's text by byte offset.
 * Depends on: article.h, arena.h.  Must not depend on curses.
 *
 * Rules (each has unit tests): a sentence ends at '.', '!' or '?' (and
 * any closing quotes or brackets after it) followed by white space and
 * an upper-case letter, a digit or an opening quote, or at the end of the
 * paragraph.  Not an end: a known abbreviation (Dr., Inc., Dec., U.S. ...,
 * see the table in sentence.c), a single-letter initial (J. Smith), a
 * decimal point (3.5), an ellipsis ("..." or U+2026) followed by a lower-
 * case word, or a full stop inside a quotation that the same sentence
 * goes on after ("... to us all," said X.).  A run of text longer than
 * ND_MAX_SENTENCE_BYTES with no sentence end is cut at spaces into pieces
 * that long.  Only the paragraphs that
 * para_is_content() accepts are split: furniture never yields sentences.
 */
#ifndef ND_SENTENCE_H
#define ND_SENTENCE_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "load/article.h"
#include "base/error.h"

/* Longest sentence kept whole: a longer run is cut at spaces. */
#define ND_MAX_SENTENCE_BYTES 2000

struct sentence {
	uint32_t start;  /* byte offset into article.text, first non-space */
	uint32_t end;    /* one past the last byte (after closing quotes) */
	uint32_t para;   /* index of the paragraph it is in */
};

struct sentences {
	struct sentence *v;  /* in the arena */
	size_t n;
};

/* Split every content paragraph of a into out, in text order.  Returns
 * ND_E_NOMEM when the arena fails. */
enum nd_err sentences_split(const struct article *a, struct arena *arena,
			    struct sentences *out);

/* Split one piece of text (for tests and for single paragraphs): appends
 * sentences of s[start..end) of text to out, with para set to para. */
enum nd_err sentences_split_range(const char *text, uint32_t start, uint32_t end,
				  uint32_t para, struct arena *arena,
				  struct sentences *out, size_t *cap);

#endif
