/*
 * naming.h - how each report names the people, organisations, places and
 * groups that several reports mention: the descriptions it writes with a
 * name ("parent company Lundco", "Lundco, the ferry operator,") and how
 * often; and a row for each organisation, place or group that two reports
 * or more describe: the same words agree, other words are "described
 * differently" (partial), never a disagreement.  People's titles have
 * their own rows (align.c); the names view and the handout show both.
 *
 * Owns: nothing; everything is written to the caller's arena.
 * Depends on: facts.h (where people are named), tokens.h, sentence.h,
 * lexicon.h, rows.h, story.h, arena.h, text.h.  Must not depend on curses.
 *
 * Rules (naming.c), read from the words alone:
 *   - a name is a run of capitalised words (not function words, not the
 *     capitalised words lex_not_name knows), with "of", "for" or "and"
 *     inside it before another capitalised word ("Bank of Brenmouth");
 *     a one-word name a sentence opens with counts only when the report
 *     also writes it inside a sentence; a person is known by the surname
 *     facts.c found;
 *   - a description before a name is the run of lower-case words between
 *     it and a determiner, a preposition, a conjunction, a mark or the
 *     sentence's start ("the Chinese tech giant Lundco"); it may begin
 *     with a possessor ("Lundco's parent company Varco") or, when its
 *     last word is a noun of a role or a trade, a name ("Harbour Post
 *     reporter Kim Lund"); its last word is no verb: not "-ed" or "-ly"
 *     unless hyphenated, not "-ing", not a reporting verb or a word of an
 *     event; none comes after "to", a modal or a pronoun ("to track
 *     Lundco" describes nothing);
 *   - a description after a name is an apposition: a comma, "the", "a",
 *     "an" or a possessor ("Varco's"), and at most twelve words up to the next comma, dash or
 *     the sentence's end, with no reporting verb ("Lundco, the ferry
 *     operator,");
 *   - a title written capitalised before a person's name ("Harbour Master
 *     Kim Lund") is a description of that person;
 *   - quoted words are not the report's own: descriptions inside
 *     quotations are left out.
 * Descriptions are compared by their words folded, function words out.
 */
#ifndef ND_NAMING_H
#define ND_NAMING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/error.h"
#include "load/story.h"
#include "analyse/facts.h"
#include "analyse/rows.h"
#include "analyse/sentence.h"

/* One description one report writes with a name. */
struct naming_use {
	uint32_t art;
	const char *text;        /* as written, the first time */
	const char *key;         /* folded words, function words left out */
	unsigned count;          /* how often the report writes it with the name */
	uint32_t sent_start, sent_end;  /* its first use: the sentence */
	uint32_t start, end;     /* and the description in it */
};

/* A name two reports or more write, with every description of it. */
struct naming_entity {
	const char *name;        /* as written: a person's fullest name, a thing's
				  * shortest ("Lundco", not "Lundco Ltd") */
	const char *key;         /* folded: the surname for people */
	bool person;
	unsigned *mentions;      /* per report: how often it is named */
	size_t nreports;         /* the reports that name it */
	struct naming_use *uses; /* by report, then the most used first */
	size_t nuses;
};

struct naming {
	struct naming_entity *v; /* described entities first, then by name */
	size_t n;
};

/* The names of story s that two reports or more write and one report at
 * least describes.  facts[i] are report i's facts (for its people). */
enum nd_err naming_find(const struct story *s, const struct sentences *sents,
			const struct report_facts *facts, struct arena *ar, struct naming *out);

/* A row for each entity that is not a person and that two reports or
 * more describe: each report's most used description (the others in its
 * note); agree when every report's words are the same, else partial.
 * Appended to *rows (capacity *cap, arena_reserve's way). */
enum nd_err naming_rows(const struct naming *nm, struct arena *ar, struct row **rows,
			size_t *nrows, size_t *cap);

/* Does another report than u's describe e in u's words? */
bool naming_shared(const struct naming_entity *e, const struct naming_use *u);

#endif
