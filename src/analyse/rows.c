#include "analyse/rows.h"

#include <stdlib.h>

#include "base/sort.h"

static const char *const kind_names[] = {
#define ND_FK_NAME(name, json) json,
	ND_FACT_KINDS(ND_FK_NAME)
#undef ND_FK_NAME
};

const char *fact_kind_name(enum fact_kind k)
{
	return (unsigned)k < FACT__COUNT ? kind_names[k] : "?";
}

int row_compare(const struct row *a, const struct row *b)
{
	int d = verdict_rank(a->verdict) - verdict_rank(b->verdict);
	if (d)
		return d;
	/* more reports speaking first */
	if (a->ncells != b->ncells)
		return a->ncells > b->ncells ? -1 : 1;
	if (a->kind != b->kind)
		return (int)a->kind - (int)b->kind;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

const struct cell *row_cell(const struct row *r, uint32_t art)
{
	for (size_t i = 0; i < r->ncells; i++)
		if (r->cells[i].art == art)
			return &r->cells[i];
	return NULL;
}

/* Spans by report, then start. */
static inline uint64_t span_key(const struct cell_span *s)
{
	return (uint64_t)s->art << 32 | s->start;
}

ND_RADIX_SORT(sort_spans, struct cell_span, uint64_t, span_key)

enum nd_err cell_spans_of(const struct row *rows, size_t nrows, enum span_rows which,
			  struct arena *arena, struct cell_spans *out)
{
	size_t total = 0;
	out->n = 0;
	for (size_t i = 0; i < nrows; i++)
		total += rows[i].ncells;
	out->v = arena_alloc(arena, (total ? total : 1) * sizeof *out->v);
	if (!out->v)
		return ND_E_NOMEM;
	for (size_t i = 0; i < nrows; i++) {
		if (which == SPAN_FLAGGED &&
		    (rows[i].verdict == VERDICT_AGREE || rows[i].verdict == VERDICT_SINGLE))
			continue;
		if (which == SPAN_BUT_LONE_QUOTES && rows[i].kind == FACT_QUOTE && rows[i].ncells == 1)
			continue;
		for (size_t k = 0; k < rows[i].ncells; k++) {
			const struct cell *c = &rows[i].cells[k];
			if (c->end > c->start)
				out->v[out->n++] = (struct cell_span){ c->art, c->start, c->end, 0 };
		}
	}
	struct cell_span *tmp = out->n >= ND_SORT_SMALL ? malloc(out->n * sizeof *tmp) : NULL;
	if (out->n >= ND_SORT_SMALL && !tmp)
		return ND_E_NOMEM;
	sort_spans(out->v, out->n, tmp);
	free(tmp);
	for (size_t i = 0; i < out->n; i++) {
		struct cell_span *s = &out->v[i];
		s->reach = s->end;
		if (i > 0 && out->v[i - 1].art == s->art && out->v[i - 1].reach > s->reach)
			s->reach = out->v[i - 1].reach;
	}
	return ND_E_OK;
}

bool cell_spans_overlap(const struct cell_spans *s, uint32_t art, uint32_t start, uint32_t end)
{
	/* the last span of art that starts before end */
	size_t lo = 0, hi = s->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct cell_span *m = &s->v[mid];
		if (m->art < art || (m->art == art && m->start < end))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && s->v[lo - 1].art == art && s->v[lo - 1].reach > start;
}
