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
#include "base/pool.h"

static int cmp_row(const void *a, const void *b)
{
	return row_compare(a, b);
}

/* What each worker of the pool (base/pool.h) holds while the reports are
 * read: its stemmer and arena.  Report i's results go to its own slots of
 * c (sents[i], facts[i], claims[i], events[i]) and its error to err[i],
 * so that what follows reads them in the reports' order whatever thread
 * made them. */
struct per_report {
	const struct story *s;
	struct comparison *c;
	struct stemmer *st;      /* one a worker */
	enum nd_err *err;        /* one a report */
};

/* Everything found in report i alone: its sentences, facts, claims and
 * events. */
static void read_report(void *ctx, size_t i, unsigned w)
{
	struct per_report *p = ctx;
	struct comparison *c = p->c;
	const struct article *a = &p->s->arts[i];
	struct arena *ar = &c->work[w];
	enum nd_err err = sentences_split(a, ar, &c->sents[i]);
	if (!err)
		err = facts_extract(a, (uint32_t)i, &c->sents[i], ar, &c->facts[i]);
	if (!err)
		err = claims_extract(a, &c->sents[i], c->facts[i].toks, &p->st[w], ar, &c->claims[i]);
	if (!err)
		err = claims_people(&c->claims[i], &c->facts[i], ar);
	if (!err)
		err = events_extract(a, &c->facts[i], &p->st[w], ar, &c->events[i]);
	p->err[i] = err;
}

/* Read every report on up to threads threads (0: one a processor). */
static enum nd_err read_reports(const struct story *s, struct comparison *c, unsigned threads)
{
	unsigned nw = pool_workers(s->n, threads);
	enum nd_err err = ND_E_OK;
	c->work = arena_alloc(&c->arena, nw * sizeof *c->work);
	struct stemmer *st = arena_alloc(&c->arena, nw * sizeof *st);
	enum nd_err *errs = arena_alloc(&c->arena, (s->n ? s->n : 1) * sizeof *errs);
	if (!c->work || !st || !errs)
		return ND_E_NOMEM;
	c->nwork = nw;
	/* each worker stems its share of the text */
	size_t bytes = 0;
	for (size_t i = 0; i < s->n; i++)
		bytes += s->arts[i].len;
	unsigned nst = 0;
	while (nst < nw && !err)
		if ((err = stemmer_init(&st[nst], bytes / nw)) == ND_E_OK)
			nst++;
	if (!err) {
		struct per_report p = { s, c, st, errs };
		pool_run(s->n, nw, read_report, &p);
	}
	for (unsigned k = 0; k < nst; k++)
		stemmer_release(&st[k]);
	for (size_t i = 0; i < s->n && !err; i++)
		err = errs[i];
	for (unsigned k = 0; k < nw && !err; k++)
		if (c->work[k].failed)
			err = ND_E_NOMEM;
	return err;
}

/* The two halves of the rows, each on a thread when there are two: the
 * rows that read the others (align.c, then lineup.c, events.c, which
 * look at what align.c holds), and beside them what reads no row yet:
 * the numbers of the claims' stems (claims_intern, which lineup.c waits
 * for), the copies of sentences (wire_find) and the names (naming_find).
 * The second is item 0, so that it has started whenever the first waits
 * (base/pool.h). */
enum { HALF_OTHER, HALF_ROWS };

struct halves {
	const struct story *s;
	struct comparison *c;
	size_t cap;                  /* of c->rows */
	struct wire_copies *wire;
	struct pool_flag interned;   /* raised once claims_intern is done */
	enum nd_err intern_err;
	enum nd_err err[2];
};

static void half(void *ctx, size_t i, unsigned w)
{
	struct halves *h = ctx;
	const struct story *s = h->s;
	struct comparison *c = h->c;
	enum nd_err err;
	(void)w;
	if (i == HALF_ROWS) {
		err = align_rows(s, c->sents, c->facts, &c->arena, &c->rows, &c->nrows);
		h->cap = c->nrows;
		pool_flag_wait(&h->interned);
		if (!err)
			err = h->intern_err;
		if (!err)
			err = lineup_rows(s, c->sents, c->claims, &c->arena, &c->rows, &c->nrows, &h->cap,
					  c->nwork);
		if (!err)
			err = event_rows(s, c->sents, c->events, &c->arena, &c->rows, &c->nrows, &h->cap);
	} else {
		/* in an arena of the workers that read the reports, idle now,
		 * whichever thread this is */
		struct arena *ar = &c->work[c->nwork - 1];
		h->intern_err = claims_intern(c->claims, s->n, ar);
		pool_flag_raise(&h->interned);
		const struct tokens **toks = arena_alloc(ar, (s->n ? s->n : 1) * sizeof *toks);
		c->names = arena_alloc(ar, sizeof *c->names);
		err = toks && c->names ? ND_E_OK : ND_E_NOMEM;
		for (size_t k = 0; toks && k < s->n; k++)
			toks[k] = c->facts[k].toks;
		if (!err)
			err = wire_find(s, c->sents, toks, &h->wire);
		if (!err)
			err = naming_find(s, c->sents, c->facts, ar, c->names);
	}
	h->err[i] = err;
}

/* The rows: the facts lined up (align.c), then the claims the rows do not
 * hold yet (lineup.c), then what people did (events.c), what copies of one
 * sentence write differently (wire.c) and how the reports name things
 * (naming.c). */
static enum nd_err story_rows(const struct story *s, struct comparison *c)
{
	struct halves h = { .s = s, .c = c };
	pool_flag_init(&h.interned);
	pool_run(2, c->nwork, half, &h);
	pool_flag_release(&h.interned);
	enum nd_err err = h.err[HALF_ROWS] ? h.err[HALF_ROWS] : h.err[HALF_OTHER];
	if (!err)
		err = wire_emit(h.wire, &c->arena, &c->rows, &c->nrows, &h.cap);
	wire_free(h.wire);
	if (!err)
		err = naming_rows(c->names, &c->arena, &c->rows, &c->nrows, &h.cap);
	if (!err)
		qsort(c->rows, c->nrows, sizeof *c->rows, cmp_row);
	return err;
}

enum nd_err compare_story_threads(const struct story *s, struct comparison *c, unsigned threads)
{
	memset(c, 0, sizeof *c);
	lex_prepare();   /* the word tables, made once for every thread */
	arena_init(&c->arena);
	c->story = s;
	size_t n = s->n ? s->n : 1;
	c->sents = arena_alloc(&c->arena, n * sizeof *c->sents);
	c->facts = arena_alloc(&c->arena, n * sizeof *c->facts);
	c->claims = arena_alloc(&c->arena, n * sizeof *c->claims);
	c->events = arena_alloc(&c->arena, n * sizeof *c->events);
	enum nd_err err = ND_E_NOMEM;
	if (c->sents && c->facts && c->claims && c->events)
		err = read_reports(s, c, threads);
	if (!err)
		err = story_rows(s, c);
	if (err)
		comparison_release(c);
	return err;
}

enum nd_err compare_story(const struct story *s, struct comparison *c)
{
	return compare_story_threads(s, c, 1);
}

void comparison_release(struct comparison *c)
{
	if (!c)
		return;
	for (unsigned k = 0; k < c->nwork; k++)
		arena_release(&c->work[k]);
	arena_release(&c->arena);
	memset(c, 0, sizeof *c);
}
