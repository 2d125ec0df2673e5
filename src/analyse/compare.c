#include "analyse/compare.h"

#include <stdlib.h>
#include <string.h>

#include "analyse/align.h"
#include "analyse/claims.h"
#include "analyse/events.h"
#include "analyse/facts.h"
#include "analyse/lexicon.h"
#include "analyse/lineup.h"
#include "analyse/naming.h"
#include "analyse/stem.h"
#include "analyse/wire.h"

static int cmp_row(const void *a, const void *b)
{
	return row_compare(a, b);
}

/* The claims of every report (claims.c), lined up after the rows of
 * align.c, which answer first for what they know; then what copies of
 * one sentence write differently (wire.c). */
static enum nd_err claim_rows(const struct story *s, struct comparison *c)
{
	struct stemmer st;
	if (stemmer_init(&st) != ND_E_OK)
		return ND_E_NOMEM;
	enum nd_err err = ND_E_OK;
	struct report_events *ev = arena_alloc(&c->arena, (s->n ? s->n : 1) * sizeof *ev);
	if (!ev)
		err = ND_E_NOMEM;
	c->events = ev;
	for (size_t i = 0; i < s->n && !err; i++) {
		err = claims_extract(&s->arts[i], &c->sents[i], c->facts[i].toks, &st, &c->arena,
				     &c->claims[i]);
		if (!err)
			err = claims_people(&c->claims[i], &c->facts[i], &c->arena);
		if (!err)
			err = events_extract(&s->arts[i], &c->facts[i], &st, &c->arena, &ev[i]);
	}
	stemmer_release(&st);
	size_t cap = c->nrows;
	if (!err)
		err = lineup_rows(s, c->sents, c->claims, &c->arena, &c->rows, &c->nrows, &cap);
	if (!err)
		err = event_rows(s, c->sents, ev, &c->arena, &c->rows, &c->nrows, &cap);
	const struct tokens **toks = arena_alloc(&c->arena, (s->n ? s->n : 1) * sizeof *toks);
	for (size_t i = 0; toks && i < s->n; i++)
		toks[i] = c->facts[i].toks;
	if (!err && !toks)
		err = ND_E_NOMEM;
	if (!err)
		err = wire_rows(s, c->sents, toks, &c->arena, &c->rows, &c->nrows, &cap);
	c->names = arena_alloc(&c->arena, sizeof *c->names);
	if (!err && !c->names)
		err = ND_E_NOMEM;
	if (!err)
		err = naming_find(s, c->sents, c->facts, &c->arena, c->names);
	if (!err)
		err = naming_rows(c->names, &c->arena, &c->rows, &c->nrows, &cap);
	if (!err)
		qsort(c->rows, c->nrows, sizeof *c->rows, cmp_row);
	return err;
}

enum nd_err compare_story(const struct story *s, struct comparison *c)
{
	memset(c, 0, sizeof *c);
	lex_prepare();   /* the word tables, made once for every thread */
	arena_init(&c->arena);
	c->story = s;
	size_t n = s->n ? s->n : 1;
	c->sents = arena_alloc(&c->arena, n * sizeof *c->sents);
	c->facts = arena_alloc(&c->arena, n * sizeof *c->facts);
	c->claims = arena_alloc(&c->arena, n * sizeof *c->claims);
	if (!c->sents || !c->facts || !c->claims)
		goto nomem;
	for (size_t i = 0; i < s->n; i++) {
		enum nd_err err = sentences_split(&s->arts[i], &c->arena, &c->sents[i]);
		if (!err)
			err = facts_extract(&s->arts[i], (uint32_t)i, &c->sents[i], &c->arena, &c->facts[i]);
		if (err) {
			comparison_release(c);
			return err;
		}
	}
	enum nd_err err = align_rows(s, c->sents, c->facts, &c->arena, &c->rows, &c->nrows);
	if (!err)
		err = claim_rows(s, c);
	if (err) {
		comparison_release(c);
		return err;
	}
	return ND_E_OK;
nomem:
	comparison_release(c);
	return ND_E_NOMEM;
}

void comparison_release(struct comparison *c)
{
	if (!c)
		return;
	arena_release(&c->arena);
	memset(c, 0, sizeof *c);
}
