/*
 * events.h - what named people (and things) did, as each report states it: the person,
 * the verb of the clause they are the subject of and the first word of
 * what it acts on ("Governor Roe vetoed the harbour bill": roe, veto,
 * harbour), with the verb's polarity and modality; and the rows of the
 * events two or more reports state.
 *
 * Owns: nothing; events, rows and strings are written to the caller's
 * arena.
 * Depends on: facts.h (people and where they are named), claims.h
 * (modality), tokens.h, stem.h, lexicon.h, rows.h, sentence.h, story.h,
 * arena.h.
 *
 * Rules (events.c):
 *   - the subject is a person named in full or by surname, outside
 *     quotation marks and not as an owner ("Roe's"), or "he" or "she"
 *     opening a clause when one person fits it (facts.h: not after a
 *     noun, "the money she needs"); or a thing named by
 *     one to three words after the "The" a sentence opens with ("The
 *     harbour ruling can be appealed", "The Senate and Assembly ..."),
 *     keyed by the stems of its words;
 *   - between the name and the verb may stand a description between
 *     commas, adverbs and time words ("also", "on Tuesday") and auxiliaries
 *     ("has", "will", "did not", "was": a passive verb is its own verb);
 *   - the verb is a word in lower case that is not a function word nor a
 *     reporting verb, ending in -ed or -s or after an auxiliary, or a common
 *     irregular past tense ("met", "won", "left"); after "expected to",
 *     "plans to" (hedged), "vowed to", "threatened to" (demanded),
 *     "refused to" (did not) or "unlikely to" (may not) the verb after "to"
 *     is the event, and so is each verb after "and to" in the list
 *     ("expected to shake hands and to meet the queen"); "will", "would"
 *     before it put it to come;
 *   - the object is the first word after the verb that is not a function
 *     word, within four words; a thing's passive verb needs none and is
 *     keyed without it (what follows says how or where);
 *   - an active verb with its object right after "the" also tells what happened
 *     to that object ("The Senate passed the harbour bill": the harbour
 *     bill was passed); this mirrored event lines up only with events
 *     that made no row of their own;
 *   - a row needs two reports stating the same person, verb (stem) and
 *     object (stem): agree when all state it the same way; partial when
 *     one hedges or demands it, or says it is to come and another that it
 *     happened; disagree when one states it and another
 *     states that it did not happen, both plainly, or when one expects it
 *     ("expected to", "set to") and another says it is unlikely; a verb inside a cell of
 *     an earlier row (a fate, a count) is left to that row.
 */
#ifndef ND_EVENTS_H
#define ND_EVENTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/error.h"
#include "load/story.h"
#include "analyse/claims.h"
#include "analyse/facts.h"
#include "analyse/rows.h"
#include "analyse/sentence.h"
#include "analyse/stem.h"

struct event {
	const char *who;        /* the person's folded surname */
	const char *name;       /* the person's name as the report writes it in full;
				 * a thing's words after "The" */
	bool thing;             /* the subject is a thing ("The ruling"), not a person */
	bool mirror;            /* what an active verb did to its object, told as
				 * the object's passive ("passed the bill": the
				 * bill was passed) */
	const char *verb;       /* stem, "was " before a passive one */
	const char *object;     /* stem of what it acts on */
	const char *text;       /* from the verb to the object, as written */
	bool negated;
	bool to_come;           /* "will sign", "said she would sign" */
	bool expected;          /* "expected to meet", "unlikely to meet": an
				 * expectation (hedged) of it, or of its not happening */
	enum modality mod;
	uint32_t sent, start, end;
	uint32_t verb_end;      /* the verb is start..verb_end */
};

struct report_events {
	struct event *v;
	size_t n;
};

/* The events of report a, read from its facts f (people, where they are
 * named, and the tokens of each sentence). */
enum nd_err events_extract(const struct article *a, const struct report_facts *f,
			   struct stemmer *st, struct arena *arena, struct report_events *out);

/* Append the rows of the events two or more reports state to *rows (n
 * *nrows, capacity *cap).  The rows already there mark what is taken. */
enum nd_err event_rows(const struct story *s, const struct sentences *sents,
		       const struct report_events *ev, struct arena *arena, struct row **rows,
		       size_t *nrows, size_t *cap);

#endif
