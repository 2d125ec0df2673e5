/*
 * tokens.h - one sentence as tokens: words (with their byte spans, folded
 * to lower case) and punctuation marks.  Every rule of the fact engine
 * (facts.c, values.c, claims.c) reads sentences this way.
 *
 * Owns: nothing; tokens and their folded forms are written to the caller's
 * arena and point into the text by byte offset.
 * Depends on: arena.h, text.h, lexicon.h (each word's number in it),
 * utf8proc.  Must not depend on curses.
 *
 * A word is a run of letters and digits, with inside it: apostrophes
 * (don't, O'Brien; not the possessive 's, which is its own token "'s"),
 * hyphens (Tae-won), digit groups and decimal points (12,500, 3.5), the
 * dots of short abbreviations (U.S.) and the soft hyphens and zero-width
 * joiners pages put where a word may break (left out of its folded form).  Anything else that is not a space is
 * a token of one character.
 */
#ifndef ND_TOKENS_H
#define ND_TOKENS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/error.h"

struct tok {
	uint32_t start, end;   /* bytes of the text */
	const char *f;         /* folded: lower case, ASCII quotes */
	double value;          /* numbers written in digits (commas dropped) */
	uint8_t word;          /* letters or digits */
	uint8_t cap;           /* starts with a capital letter */
	uint8_t allcaps;       /* two or more letters, all capitals */
	uint8_t camel;         /* a capital inside (WidgetCo), not Mc/Mac/De... */
	uint8_t num;           /* starts with a digit */
	uint8_t quote;         /* a quotation mark */
	uint16_t lex;          /* f's number in the lexicon (lex_word_id), 0: none */
};

struct tokens {
	struct tok *t;
	const char **w;        /* t[i].f, for the lexicon's word-array look-ups */
	size_t n;
};

/* Split text[start..end) into out.  ND_E_NOMEM when the arena fails. */
enum nd_err tokens_split(const char *text, uint32_t start, uint32_t end,
			 struct arena *arena, struct tokens *out);

/* Is token i of st (text: the text st points into) inside a quotation:
 * after an opening mark, or before a closing one with no mark between (a
 * quotation carried on from the sentence before)?  Curly marks say which
 * they are; a straight one closes when it touches the word or mark before
 * it. */
bool tokens_quoted(const char *text, const struct tokens *st, size_t i);

#endif
