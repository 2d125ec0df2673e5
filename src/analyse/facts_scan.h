/*
 * facts_scan.h - private to the facts module (facts.c and
 * facts_quotes.c): a report's sentences as tokens with the people
 * mentioned in them, the state the passes share, and the small helpers
 * both files use.  Not for any other file.
 *
 * Owns: nothing; the facts and tokens live in the caller's arena, the
 * rest of the stoks and the mentions in facts_extract's scratch arena,
 * freed when it returns.
 * Depends on: facts.h, tokens.h, sentence.h, article.h, arena.h, text.h.
 */
#ifndef ND_FACTS_SCAN_H
#define ND_FACTS_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/arena.h"
#include "base/text.h"
#include "load/article.h"
#include "analyse/facts.h"
#include "analyse/sentence.h"
#include "analyse/tokens.h"

/* ---- growable arrays in the arena ------------------------------------- */

static inline void *push(struct arena *ar, void *arrp, size_t *n, size_t *cap, size_t sz)
{
	void **arr = arrp;
	void *v = arena_reserve(ar, *arr, *n, cap, *n + 1, sz);
	if (!v)
		return NULL;
	*arr = v;
	void *e = (char *)*arr + *n * sz;
	memset(e, 0, sz);
	(*n)++;
	return e;
}

/* ---- tokens (tokens.h) with what the rules work out per sentence ------- */

enum mention_kind { M_FULL, M_SURNAME, M_PRONOUN, M_ROLE };

struct mention {
	int person;
	uint32_t first, last;  /* token indexes, inclusive */
	enum mention_kind kind;
	uint32_t seq;          /* the order mentions were found in: the last sort key */
};

struct stoks {
	struct tok *t;
	const char **w;        /* folded forms, for the lexicon */
	size_t n;
	/* worked out once per sentence, so that no rule rescans it: */
	uint8_t *evc, *evl;    /* the event starting at each token, and its length */
	uint32_t *clause;      /* clause boundaries before each token (prefix count) */
	uint32_t *sep;         /* separators of fates before each token (prefix count) */
	struct mention *m;
	size_t nm, capm;
};

struct ctx {
	const struct article *a;
	const struct sentences *s;
	struct arena *ar;      /* what the facts keep */
	struct arena *scratch; /* what only facts_extract reads: the stoks
				* (but their tokens), freed when it returns */
	struct report_facts *out;
	struct stoks *st;
	size_t cap_people, cap_counts, cap_quotes, cap_outlets, cap_docs, cap_places, cap_outcomes;
	size_t cap_terms;
	int last_person;       /* for pronouns */
	int joint[3];          /* speaker_in: the others of a joint statement */
	unsigned njoint;
	uint32_t mentions;     /* mentions found so far, for mention.seq */
};

static inline bool is(const struct stoks *st, size_t i, const char *w)
{
	return i < st->n && text_same(st->w[i], w);
}

/* Is token i one of the words of a NULL-terminated list? */
static inline bool is_one_of(const struct stoks *st, size_t i, const char *const *words)
{
	for (; *words; words++)
		if (is(st, i, *words))
			return true;
	return false;
}

static inline bool is_punct(const struct stoks *st, size_t i, char p)
{
	return i < st->n && !st->t[i].word && st->w[i][0] == p && st->w[i][1] == '\0';
}

static inline const char *slice(struct ctx *c, uint32_t start, uint32_t end)
{
	return arena_strndup(c->ar, c->a->text + start, end - start);
}

/* facts.c */
struct mention *facts_add_mention(struct ctx *c, struct stoks *st, int person, size_t first,
				  size_t last, enum mention_kind kind);
/* Mentions in the order of their first token, then of finding. */
int facts_cmp_mention(const void *a, const void *b);
/* Is token i inside a mention of a person? */
bool facts_in_mention(const struct stoks *st, size_t i);
/* "boss", "manager": a word for the one someone answers to. */
bool facts_relation_noun(const char *w);

/* facts_quotes.c: pronouns and quotations with their speakers */

/* The person a pronoun of sentence st stands for, given the one last
 * named (prev), or -1.  text: the article's text. */
int facts_pronoun_candidate(const char *text, const struct stoks *st, int prev);
/* Link the pronouns of sentence st to the person last named. */
void facts_pronouns(struct ctx *c, struct stoks *st);
/* Find the report's quotations, paragraph by paragraph, with their
 * speakers. */
void facts_quotations(struct ctx *c);

#endif
