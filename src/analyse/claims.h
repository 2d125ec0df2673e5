/*
 * claims.h - the claims of one report: each typed value (values.h) tied
 * to what it is about (the noun phrase it counts, the words of its
 * sentence as stems) and carrying its modality (stated, attributed to a
 * speaker, hedged, negated, demanded or hoped for, hypothetical).
 *
 * Owns: nothing; claims are written to the caller's arena and point into
 * the article's text by byte offset (what only the finding reads is in an
 * arena of claims_extract's own, freed when it returns).
 * Depends on: article.h, sentence.h, tokens.h, values.h, stem.h, facts.h
 * (the people a sentence names),
 * lexicon.h (reporting verbs), date.h, arena.h, intern.h (claims_intern),
 * sort.h (the stems' numbers).
 * Must not depend on curses, curl or libxml2.
 *
 * Rules (claims.c): the modality is read from the words of the value's
 * own clause before it ("may", "could", "reportedly", "suggest", "whether",
 * "not", "called for", "to ensure"; a negation before "until" says when, not whether: "won't
 * be released until April 7"; "likely" before a title is part of it),
 * from an "if" or "unless" clause closed by a comma before it
 * (hypothetical: "If the council does not pay, she will close the port")
 * and from a reporting verb anywhere in the sentence (attributed).  The stems of a claim are the content words of its
 * sentence, function words and numbers left out, each once, sorted; the
 * near stems are those within six words of the value.  Only content
 * paragraphs are read, and no photo caption left in them ("... on
 * September 23, 2019 in New York City.", "... in Washington, U.S. August
 * 24, 2021."): its date is the picture's.
 */
#ifndef ND_CLAIMS_H
#define ND_CLAIMS_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/error.h"
#include "load/article.h"
#include "analyse/facts.h"
#include "analyse/sentence.h"
#include "analyse/stem.h"
#include "analyse/values.h"

/* X(NAME, label) */
#define ND_MODALITIES(X)                    \
	X(STATED, "stated")                 \
	X(ATTRIBUTED, "attributed")         \
	X(HEDGED, "hedged")                 \
	X(NEGATED, "negated")               \
	X(DEMANDED, "demanded")             \
	X(HYPOTHETICAL, "hypothetical")

enum modality {
#define ND_MOD_ENUM(name, label) MOD_##name,
	ND_MODALITIES(ND_MOD_ENUM)
#undef ND_MOD_ENUM
	MOD__COUNT
};

/* A sorted set of stems. */
struct stems {
	const char **v;
	size_t n;
	const uint32_t *id;      /* the same stems' numbers, ascending (claims_intern);
				  * NULL before */
};

struct claim {
	struct value v;          /* token indexes are the sentence's */
	uint32_t sent;           /* index into the report's sentences */
	uint32_t start, end;     /* bytes of the value (and its noun) as written */
	const char *text;        /* the value as written ("at least 15 pages") */
	const char *noun;        /* that noun phrase as written, or NULL */
	const char *head;        /* stem of its head noun, or NULL */
	const char *about;       /* up to six words of its clause next to it, as
				  * written, for the question ("the Senate passed
				  * the bill"), or "" */
	const char *cue;         /* the word that set the modality ("may"), or NULL */
	enum modality mod;
	bool ahead;              /* a date after the report's own date; with no
				  * report date, one its clause says is to come
				  * ("will", "won't ... until", "scheduled") */
	bool lede;               /* in the first two sentences of the body (after
				  * the headline): what the report leads with */
	struct stems sentence;   /* stems of the sentence's content words */
	struct stems near;       /* those within six words of the value */
	struct stems names;      /* stems of the capitalised words near it,
				  * past the sentence's first ("Colorado",
				  * "Senate"); none in a sentence in title case */
	struct stems people;     /* folded surnames of the people its sentence
				  * names (claims_people); none before */
	const char *who;         /* an age's person, as written, when the age
				  * stands in apposition to a name ("Peter
				  * Haller, 45,": "Peter Haller"), else NULL */
};

struct report_claims {
	struct claim *v;
	size_t n;
};

/* The claims of report a, whose sentences are s (toks[i]: sentence i as
 * tokens), in text order.  The
 * report's date (a->date, when it can be read) places relative dates.
 * Everything is allocated in arena; st is the caller's stemmer. */
enum nd_err claims_extract(const struct article *a, const struct sentences *s,
			   const struct tokens *toks, struct stemmer *st, struct arena *arena,
			   struct report_claims *out);

/* The modality of a value or a verb at token first of sentence tk (see
 * the rules above); report is claims_first_report(tk).  *cue: the word
 * that set it, or NULL. */
enum modality claims_modality(const struct tokens *tk, size_t report, size_t first,
			      const char **cue);

/* The first reporting verb of a sentence ("said", "according to"), or
 * SIZE_MAX. */
size_t claims_first_report(const struct tokens *tk);

/* The label of a modality ("hedged").  Static storage. */
const char *modality_label(enum modality m);

/* How many stems a and b share (by their numbers once both have them). */
size_t stems_shared(const struct stems *a, const struct stems *b);

/* Number the stems of every claim of rc[0..n) (intern.h), one table for
 * all the reports, so that stems_shared compares numbers.  The numbers
 * are allocated in arena. */
enum nd_err claims_intern(struct report_claims *rc, size_t n, struct arena *arena);

/* Fill each claim's people from the report's facts f (the people named
 * in each sentence). */
enum nd_err claims_people(struct report_claims *rc, const struct report_facts *f,
			  struct arena *arena);

#endif
