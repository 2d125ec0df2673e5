/*
 * wire.c - sentences two reports share almost word for word.  See wire.h.
 */
#include "analyse/wire.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/lexicon.h"
#include "analyse/tokens.h"
#include "base/sort.h"
#include "base/text.h"

/* Sentences longer than this (in words) are not compared word by word. */
#define MAX_WORDS 160
/* The longest run of differing words that is still one fact. */
#define MAX_RUN 3

struct wsent {
	uint32_t art, sent;
	struct tokens tk;
	uint32_t *word;          /* token index of each word */
	uint64_t *hash;          /* hash of each word's folded form */
	size_t nw;
};

struct copy {
	uint32_t a, b;           /* sentence ids */
	double share;            /* words shared in order / words of the longer */
};

enum run_kind { RUN_OTHER, RUN_NUMBER, RUN_NAME, RUN_QUOTED };

/* A run of words two copies write differently, that may be a row. */
struct diff {
	const struct wsent *w[2];
	size_t lo[2], hi[2];     /* word ranges */
	enum run_kind kind;
};

/* What wire_find finds and wire_emit reads. */
struct wire_copies {
	const struct story *s;
	const struct sentences *sents;
	const struct tokens *const *toks;
	struct arena *ar;        /* the comparison's: rows and their strings (wire_emit) */
	struct arena scratch;    /* what only wire.c reads, freed by wire_free */
	struct wsent *v;
	size_t n;
	struct copy *cp;         /* the copies, best first (cmp_copy) */
	size_t ncp;
	struct diff *d;          /* the runs that may be rows, in the order found */
	size_t nd;
	uint16_t *lcs;           /* scratch: (MAX_WORDS+1)^2 */
	/* spans already held by rows */
	struct cell_spans taken; /* cells of rows that flag something */
};

static enum nd_err load_sentences(struct wire_copies *c)
{
	size_t total = 0;
	for (size_t a = 0; a < c->s->n; a++)
		total += c->sents[a].n;
	c->v = arena_alloc_raw(&c->scratch, (total ? total : 1) * sizeof *c->v);
	if (!c->v)
		return ND_E_NOMEM;
	for (uint32_t a = 0; a < c->s->n; a++) {
		for (uint32_t i = 0; i < c->sents[a].n; i++) {
			struct wsent *w = &c->v[c->n];
			memset(w, 0, sizeof *w);
			w->art = a;
			w->sent = i;
			w->tk = c->toks[a][i];
			/* only the first nw of each are read */
			w->word = arena_alloc_raw(&c->scratch, (w->tk.n + 1) * sizeof *w->word);
			w->hash = arena_alloc_raw(&c->scratch, (w->tk.n + 1) * sizeof *w->hash);
			if (!w->word || !w->hash)
				return ND_E_NOMEM;
			for (size_t k = 0; k < w->tk.n; k++)
				if (w->tk.t[k].word) {
					w->word[w->nw] = (uint32_t)k;
					w->hash[w->nw++] = text_hash(w->tk.w[k], strlen(w->tk.w[k]));
				}
			c->n++;
		}
	}
	return ND_E_OK;
}

/* Best first; ties by the sentences' places (ids follow the reports'
 * order, so a tie between equally close copies is the only place where
 * the order of the files could matter). */
static int cmp_copy(const void *pa, const void *pb)
{
	const struct copy *a = pa, *b = pb;
	if (a->share != b->share)
		return a->share > b->share ? -1 : 1;
	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

/* Is (sentence sid, report art) in the open-addressed set (0 = empty)?
 * With add, put it in. */
static bool in_set(uint64_t *set, size_t cap, uint32_t sid, uint32_t art, bool add)
{
	uint64_t key = ((uint64_t)sid << 32 | art) + 1;
	/* the product's high half folded onto its low one: every bit of the
	 * key moves the slot (the product's bits from 20 up alone made the
	 * slot of a table under 2^12 a matter of art alone, and the probes
	 * long) */
	uint64_t h = key * 0x9E3779B97F4A7C15ull;
	size_t i = (size_t)(h ^ h >> 32) & (cap - 1);
	while (set[i]) {
		if (set[i] == key)
			return true;
		i = (i + 1) & (cap - 1);
	}
	if (add)
		set[i] = key;
	return false;
}

static bool comparable(const struct wsent *w)
{
	return w->nw >= 6 && w->nw <= MAX_WORDS;
}

/* The word triples of the comparable sentences, grouped through an
 * open-addressed table (each slot: a triple's hash and its chain of
 * sentences, the latest first), which costs less than sorting them all.
 * Each sentence's links are consecutive, one for each of its triples
 * (a triple twice in one sentence is linked once). */
struct slot {
	uint64_t h;
	uint32_t head, count;
};
struct link {
	uint32_t sid, next, slot;
};
struct triples {
	struct slot *tab;
	struct link *ln;
	uint32_t *first;         /* sentence i's links: ln[first[i]..first[i+1]) */
};

static enum nd_err triples_of(struct wire_copies *c, struct triples *t, struct arena *ar)
{
	size_t ng = 0;
	for (size_t i = 0; i < c->n; i++)
		if (comparable(&c->v[i]))
			ng += c->v[i].nw - 2;
	/* at most three slots in four used: linear probing stays short.  The
	 * size changes only the order of the slots, which nothing reads */
	size_t cap = 64;
	while (cap < ng + ng / 3)
		cap *= 2;
	struct slot *tab = arena_alloc(ar, cap * sizeof *tab);
	struct link *ln = arena_alloc_raw(ar, (ng ? ng : 1) * sizeof *ln);
	uint32_t *first = arena_alloc_raw(ar, (c->n + 1) * sizeof *first);
	if (!tab || !ln || !first)
		return ND_E_NOMEM;
	size_t nl = 0;
	for (uint32_t i = 0; i < c->n; i++) {
		const struct wsent *w = &c->v[i];
		first[i] = (uint32_t)nl;
		if (!comparable(w))
			continue;
		for (size_t k = 0; k + 2 < w->nw; k++) {
			uint64_t h = (w->hash[k] * 31 + w->hash[k + 1] * 17 + w->hash[k + 2]) | 1;
			size_t at = (size_t)(h >> 17) & (cap - 1);
			while (tab[at].h && tab[at].h != h)
				at = (at + 1) & (cap - 1);
			if (tab[at].h && tab[at].count && ln[tab[at].head].sid == i)
				continue;  /* the same triple twice in one sentence */
			ln[nl] = (struct link){ i, tab[at].h ? tab[at].head : UINT32_MAX, (uint32_t)at };
			tab[at].h = h;
			tab[at].head = (uint32_t)nl++;
			tab[at].count++;
		}
	}
	first[c->n] = (uint32_t)nl;
	t->tab = tab;
	t->ln = ln;
	t->first = first;
	return ND_E_OK;
}

/* The sentences after a of other reports that share word triples with a,
 * in order, into later (*nlater of them), with in shared[b] the number of
 * triples they share (not too common ones: WIRE_MAX_POSTINGS); shared is
 * all zero again once the caller has read it for later's sentences; tmp:
 * room for as many as later, to sort them in. */
static void partners(const struct wire_copies *c, const struct triples *t, uint32_t a, uint32_t *shared,
		     uint32_t *later, uint32_t *tmp, size_t *nlater)
{
	size_t n = 0;
	for (uint32_t x = t->first[a]; x < t->first[a + 1]; x++) {
		const struct slot *sl = &t->tab[t->ln[x].slot];
		if (sl->count < 2 || sl->count > WIRE_MAX_POSTINGS)
			continue;
		/* the chain runs from the latest sentence back: those after a
		 * come before a's own link */
		for (uint32_t y = sl->head; y != x; y = t->ln[y].next) {
			uint32_t b = t->ln[y].sid;
			if (c->v[b].art == c->v[a].art)
				continue;
			if (shared[b]++ == 0)
				later[n++] = b;
		}
	}
	sort_u32(later, n, tmp);
	*nlater = n;
}

/* Length of the longest common subsequence of the two sentences' words;
 * the table stays in c->lcs for the walk. */
static unsigned lcs(struct wire_copies *c, const struct wsent *a, const struct wsent *b)
{
	size_t m = b->nw + 1;
	uint16_t *L = c->lcs;
	/* L[i][j]: the longest common subsequence of a's words from i and
	 * b's from j; nothing is left past either end */
	for (size_t i = 0; i <= a->nw; i++)
		L[i * m + b->nw] = 0;
	for (size_t j = 0; j <= b->nw; j++)
		L[a->nw * m + j] = 0;
	for (size_t i = a->nw; i-- > 0;)
		for (size_t j = b->nw; j-- > 0;) {
			uint16_t v;
			if (a->hash[i] == b->hash[j])
				v = (uint16_t)(L[(i + 1) * m + j + 1] + 1);
			else
				v = L[(i + 1) * m + j] > L[i * m + j + 1] ? L[(i + 1) * m + j] : L[i * m + j + 1];
			L[i * m + j] = v;
		}
	return L[0];
}

/* The same length as lcs, with what the two sentences begin and end with
 * alike counted first and the table built only for the words between:
 * the sentences compared are mostly copies, so that is a few words.  The
 * table is left as it falls (the walk takes lcs's). */
static unsigned lcs_length(struct wire_copies *c, const struct wsent *a, const struct wsent *b)
{
	size_t na = a->nw, nb = b->nw, head = 0, tail = 0;
	while (head < na && head < nb && a->hash[head] == b->hash[head])
		head++;
	while (tail < na - head && tail < nb - head &&
	       a->hash[na - 1 - tail] == b->hash[nb - 1 - tail])
		tail++;
	struct wsent ma = { .hash = a->hash + head, .nw = na - head - tail };
	struct wsent mb = { .hash = b->hash + head, .nw = nb - head - tail };
	return (unsigned)(head + tail) + lcs(c, &ma, &mb);
}

/* ---- rows ------------------------------------------------------------------ */

/* Is word k of w inside quotation marks (tokens_quoted)? */
static bool quoted(const struct wire_copies *c, const struct wsent *w, size_t k)
{
	return tokens_quoted(c->s->arts[w->art].text, &w->tk, w->word[k]);
}

static enum run_kind kind_of(const struct wsent *w, size_t lo, size_t hi)
{
	bool num = false, caps = true;
	for (size_t k = lo; k < hi; k++) {
		const struct tok *t = &w->tk.t[w->word[k]];
		num |= t->num != 0;
		caps &= t->cap && !t->num;
	}
	return num ? RUN_NUMBER : caps ? RUN_NAME : RUN_OTHER;
}

/* Do two runs write the same letters and digits, whatever the case and
 * the dots ("U.S." and "US")?  Then they differ in style only. */
static bool same_letters(const struct wsent *a, size_t alo, size_t ahi, const struct wsent *b,
			 size_t blo, size_t bhi)
{
	char x[128], y[128];
	size_t nx = 0, ny = 0;
	for (size_t k = alo; k < ahi; k++)
		for (const char *p = a->tk.w[a->word[k]]; *p && nx + 1 < sizeof x; p++)
			if (*p != '.' && *p != '-' && *p != '\'')
				x[nx++] = *p;
	for (size_t k = blo; k < bhi; k++)
		for (const char *p = b->tk.w[b->word[k]]; *p && ny + 1 < sizeof y; p++)
			if (*p != '.' && *p != '-' && *p != '\'')
				y[ny++] = *p;
	return nx == ny && memcmp(x, y, nx) == 0;
}

/* A run of one function word ("He", "The"): a pronoun or a word at the
 * start of a sentence, not a name. */
static bool pronoun(const struct wsent *w, size_t lo, size_t hi)
{
	return hi == lo + 1 && lex_function_word(w->tk.w[w->word[lo]]);
}

/* The first words of a sentence, for a question ("…" when cut). */
static const char *opening(struct arena *ar, const struct wsent *w, const char *text)
{
	size_t k = w->nw < 8 ? w->nw : 8;
	const struct tok *first = &w->tk.t[w->word[0]], *last = &w->tk.t[w->word[k - 1]];
	return arena_printf(ar, "%.*s%s", (int)(last->end - first->start), text + first->start,
			    k < w->nw ? "\xe2\x80\xa6" : "");
}

static const char *run_text(const struct wire_copies *c, const struct wsent *w, size_t lo, size_t hi,
			    uint32_t *start, uint32_t *end)
{
	*start = w->tk.t[w->word[lo]].start;
	*end = w->tk.t[w->word[hi - 1]].end;
	return arena_strndup(c->ar, c->s->arts[w->art].text + *start, *end - *start);
}

static enum nd_err emit(struct wire_copies *c, const struct diff *d, struct row **rows,
			size_t *nrows, size_t *cap)
{
	enum run_kind kind = d->kind;
	uint32_t st[2], en[2];
	const char *val[2];
	for (int s = 0; s < 2; s++) {
		val[s] = run_text(c, d->w[s], d->lo[s], d->hi[s], &st[s], &en[s]);
		if (!val[s])
			return ND_E_NOMEM;
		if (cell_spans_overlap(&c->taken, d->w[s]->art, st[s], en[s]))
			return ND_E_OK;
	}
	struct row *v = arena_reserve(c->ar, *rows, *nrows, cap, *nrows + 1, sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	*rows = v;
	struct row *r = &v[*nrows];
	memset(r, 0, sizeof *r);
	r->seq = *nrows;
	/* worded from the sentence that sorts first, whatever the file order */
	const char *ta = c->s->arts[d->w[0]->art].text, *tb = c->s->arts[d->w[1]->art].text;
	const struct sentence *sa = &c->sents[d->w[0]->art].v[d->w[0]->sent];
	const struct sentence *sb = &c->sents[d->w[1]->art].v[d->w[1]->sent];
	size_t la = sa->end - sa->start, lb = sb->end - sb->start;
	int k = memcmp(ta + sa->start, tb + sb->start, la < lb ? la : lb);
	int first = k < 0 || (k == 0 && la <= lb) ? 0 : 1;
	const char *open = opening(c->ar, d->w[first], first ? tb : ta);
	r->cells = arena_alloc(c->ar, 2 * sizeof *r->cells);
	if (!open || !r->cells)
		return ND_E_NOMEM;
	if (kind == RUN_NUMBER) {
		r->kind = FACT_QUANTITY;
		r->question = arena_printf(c->ar, "the number in a shared sentence: %s", open);
		r->verdict = VERDICT_DISAGREE;
		r->why = arena_printf(c->ar, "the same sentence gives %s in one report and %s in the other",
				      val[first], val[1 - first]);
	} else if (kind == RUN_QUOTED) {
		r->kind = FACT_QUOTE;
		r->question = arena_printf(c->ar, "the quoted words in a shared sentence: %s", open);
		r->verdict = VERDICT_PARTIAL;
		r->why = arena_printf(c->ar, "the same quotation reads \"%s\" in one report and \"%s\" "
				      "in the other", val[first], val[1 - first]);
	} else {
		r->kind = FACT_NAME;
		r->question = arena_printf(c->ar, "the name in a shared sentence: %s", open);
		bool spelling = text_edit_distance(val[0], val[1], 2) <= 2;
		r->verdict = VERDICT_DISAGREE;
		r->why = spelling ? arena_printf(c->ar, "the same sentence spells it %s and %s",
						 val[first], val[1 - first])
				  : arena_printf(c->ar, "the same sentence names %s in one report and %s "
						 "in the other", val[first], val[1 - first]);
	}
	/* cells in story order */
	int lo = d->w[0]->art < d->w[1]->art ? 0 : 1;
	for (int s = 0; s < 2; s++) {
		int x = s == 0 ? lo : 1 - lo;
		const struct sentence *se = x == 0 ? sa : sb;
		struct cell *cl = &r->cells[s];
		memset(cl, 0, sizeof *cl);
		cl->art = d->w[x]->art;
		cl->value = val[x];
		cl->normalized = val[x];
		cl->sent_start = se->start;
		cl->sent_end = se->end;
		cl->start = st[x];
		cl->end = en[x];
	}
	r->ncells = 2;
	(*nrows)++;
	return ND_E_OK;
}

/* Walk the table of two copies and keep each small differing run that
 * may be a row in c->d. */
static enum nd_err walk(struct wire_copies *c, const struct wsent *a, const struct wsent *b,
			size_t *dcap)
{
	size_t m = b->nw + 1, i = 0, j = 0;
	const uint16_t *L = c->lcs;
	while (i < a->nw || j < b->nw) {
		if (i < a->nw && j < b->nw && a->hash[i] == b->hash[j]) {
			i++;
			j++;
			continue;
		}
		size_t i0 = i, j0 = j;
		while ((i < a->nw || j < b->nw) && !(i < a->nw && j < b->nw && a->hash[i] == b->hash[j])) {
			if (j >= b->nw || (i < a->nw && L[(i + 1) * m + j] >= L[i * m + j + 1]))
				i++;
			else
				j++;
		}
		if (i == i0 || j == j0 || i - i0 > MAX_RUN || j - j0 > MAX_RUN)
			continue;
		enum run_kind ka = kind_of(a, i0, i), kb = kind_of(b, j0, j);
		if (same_letters(a, i0, i, b, j0, j) || pronoun(a, i0, i) || pronoun(b, j0, j))
			continue;
		/* other words that differ inside a quotation: its wording */
		if (ka == RUN_OTHER && kb == RUN_OTHER && quoted(c, a, i0) && quoted(c, b, j0))
			ka = kb = RUN_QUOTED;
		if (ka != kb || ka == RUN_OTHER)
			continue;
		struct diff *v = arena_reserve(&c->scratch, c->d, c->nd, dcap, c->nd + 1, sizeof *v);
		if (!v)
			return ND_E_NOMEM;
		c->d = v;
		c->d[c->nd++] = (struct diff){ { a, b }, { i0, j0 }, { i, j }, ka };
	}
	return ND_E_OK;
}

static enum nd_err copies(struct wire_copies *c, struct arena *tmp);
static enum nd_err runs(struct wire_copies *c);

enum nd_err wire_find(const struct story *s, const struct sentences *sents,
		      const struct tokens *const *toks, struct wire_copies **out)
{
	*out = NULL;
	struct wire_copies *c = calloc(1, sizeof *c);
	if (!c)
		return ND_E_NOMEM;
	*c = (struct wire_copies){ .s = s, .sents = sents, .toks = toks };
	arena_init(&c->scratch);
	*out = c;
	if (s->n < 2)
		return ND_E_OK;
	/* the triples only while the copies are found */
	struct arena tmp;
	arena_init(&tmp);
	enum nd_err err = copies(c, &tmp);
	arena_release(&tmp);
	if (!err)
		err = runs(c);
	return err;
}

/* The copies: pairs of sentences with 9 in 10 words shared, best first;
 * what only this needs in tmp. */
static enum nd_err copies(struct wire_copies *c, struct arena *tmp)
{
	struct triples tr;
	c->lcs = malloc((size_t)(MAX_WORDS + 1) * (MAX_WORDS + 1) * sizeof *c->lcs);
	if (!c->lcs || load_sentences(c) != ND_E_OK || triples_of(c, &tr, tmp) != ND_E_OK)
		return ND_E_NOMEM;
	uint32_t *shared = arena_alloc(tmp, (c->n ? c->n : 1) * sizeof *shared);
	uint32_t *later = arena_alloc_raw(tmp, (c->n ? c->n : 1) * sizeof *later);
	uint32_t *room = arena_alloc_raw(tmp, (c->n ? c->n : 1) * sizeof *room);
	if (!shared || !later || !room)
		return ND_E_NOMEM;
	size_t cpcap = 0;
	for (uint32_t ia = 0; ia < c->n; ia++) {
		size_t nlater;
		partners(c, &tr, ia, shared, later, room, &nlater);
		bool nomem = false;
		for (size_t k = 0; k < nlater; k++) {
			uint32_t ib = later[k], nshared = shared[ib];
			shared[ib] = 0;
			if (nomem)
				continue;
			const struct wsent *a = &c->v[ia], *b = &c->v[ib];
			size_t shorter = a->nw < b->nw ? a->nw : b->nw;
			size_t longer = a->nw < b->nw ? b->nw : a->nw;
			/* enough shared triples to be worth the table, then 9 in 10 words */
			if ((size_t)nshared * 2 < shorter - 2)
				continue;
			unsigned l = lcs_length(c, a, b);
			/* a short sentence may differ by one word */
			if (!(l * 10 >= longer * 9 || (longer <= 10 && l + 1 >= longer)))
				continue;
			struct copy *v = arena_reserve(&c->scratch, c->cp, c->ncp, &cpcap, c->ncp + 1,
						       sizeof *c->cp);
			if (!v) {
				nomem = true;
				continue;
			}
			c->cp = v;
			c->cp[c->ncp++] = (struct copy){ ia, ib, (double)l / (double)longer };
		}
		if (nomem)
			return ND_E_NOMEM;
	}
	/* each sentence is the copy of at most one sentence of each other
	 * report: the closest (a report that says a thing twice in two
	 * sentences alike is not compared across them) */
	if (c->ncp > 1)
		qsort(c->cp, c->ncp, sizeof *c->cp, cmp_copy);
	return ND_E_OK;
}

/* The runs of the copies that may be rows (c->d), each sentence compared
 * with the closest copy in each other report only; what reads no row. */
static enum nd_err runs(struct wire_copies *c)
{
	/* (sentence, other report) pairs already given a copy: a hash set */
	size_t hcap = 16;
	while (hcap < c->ncp * 4)
		hcap *= 2;
	uint64_t *used = arena_alloc(&c->scratch, hcap * sizeof *used);
	if (!used)
		return ND_E_NOMEM;
	enum nd_err err = ND_E_OK;
	size_t dcap = 0;
	for (size_t k = 0; k < c->ncp && !err; k++) {
		const struct copy *cp = &c->cp[k];
		const struct wsent *a = &c->v[cp->a], *b = &c->v[cp->b];
		if (in_set(used, hcap, cp->a, b->art, false) || in_set(used, hcap, cp->b, a->art, false))
			continue;
		in_set(used, hcap, cp->a, b->art, true);
		in_set(used, hcap, cp->b, a->art, true);
		/* word for word the same (most copies): the walk would match
		 * every word in turn and find no run */
		if (a->nw == b->nw && memcmp(a->hash, b->hash, a->nw * sizeof *a->hash) == 0)
			continue;
		lcs(c, a, b);
		err = walk(c, a, b, &dcap);
	}
	return err;
}

enum nd_err wire_emit(struct wire_copies *w, struct arena *arena, struct row **rows,
		      size_t *nrows, size_t *cap)
{
	struct wire_copies *c = w;
	if (c->s->n < 2)
		return ND_E_OK;
	c->ar = arena;
	/* a row that agrees, or that one report alone gives, says nothing of
	 * a difference between copies: only flagged rows keep one */
	if (cell_spans_of(*rows, *nrows, SPAN_FLAGGED, &c->scratch, &c->taken) != ND_E_OK)
		return ND_E_NOMEM;
	enum nd_err err = ND_E_OK;
	for (size_t k = 0; k < c->nd && !err; k++)
		err = emit(c, &c->d[k], rows, nrows, cap);
	return err ? err : (arena->failed ? ND_E_NOMEM : ND_E_OK);
}

void wire_free(struct wire_copies *w)
{
	if (!w)
		return;
	free(w->lcs);
	arena_release(&w->scratch);
	free(w);
}

enum nd_err wire_rows(const struct story *s, const struct sentences *sents,
		      const struct tokens *const *toks, struct arena *arena, struct row **rows,
		      size_t *nrows, size_t *cap)
{
	struct wire_copies *w;
	enum nd_err err = wire_find(s, sents, toks, &w);
	if (!err)
		err = wire_emit(w, arena, rows, nrows, cap);
	wire_free(w);
	return err;
}
