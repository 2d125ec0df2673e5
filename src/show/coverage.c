/* Which report states which fact, counted from a comparison's rows
 * (coverage.h). */
#include "show/coverage.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static bool states(const struct row *r, size_t art)
{
	return r->cells && row_cell(r, (uint32_t)art) != NULL;
}

/* Facts two or more state first, the most stated first; then by row. */
static int cmp_fact(const void *pa, const void *pb)
{
	const struct coverage_fact *a = pa, *b = pb;
	bool sa = a->nstate >= 2, sb = b->nstate >= 2;
	if (sa != sb)
		return sa ? -1 : 1;
	if (sa && a->nstate != b->nstate)
		return a->nstate > b->nstate ? -1 : 1;
	return (a->row > b->row) - (a->row < b->row);
}

enum nd_err coverage_of(const struct comparison *c, struct coverage *cv)
{
	size_t n = c->story ? c->story->n : 0;
	memset(cv, 0, sizeof *cv);
	cv->facts = calloc(c->nrows ? c->nrows : 1, sizeof *cv->facts);
	cv->report = calloc(n ? n : 1, sizeof *cv->report);
	if (!cv->facts || !cv->report) {
		coverage_release(cv);
		return ND_E_NOMEM;
	}
	cv->n = n;
	for (size_t k = 0; k < c->nrows; k++) {
		const struct row *r = &c->rows[k];
		if (r->kind == FACT_NAMING)
			continue;   /* how a name is described is no fact */
		struct coverage_fact f = { .row = k, .first = n };
		for (size_t i = 0; i < n; i++)
			if (states(r, i)) {
				if (!f.nstate)
					f.first = i;
				f.nstate++;
			}
		if (f.nstate == 0)
			continue;
		cv->facts[cv->nfacts++] = f;
		cv->nshared += f.nstate >= 2;
		for (size_t i = 0; i < n; i++) {
			struct coverage_report *e = &cv->report[i];
			bool own = states(r, i);
			e->states += own;
			e->alone += own && f.nstate == 1;
			/* two or more others: besides this report itself */
			if (f.nstate - own >= 2) {
				e->others++;
				e->left_out += !own;
			}
		}
	}
	qsort(cv->facts, cv->nfacts, sizeof *cv->facts, cmp_fact);
	return ND_E_OK;
}

const char *coverage_mark(const struct row *r, size_t art)
{
	return states(r, art) ? verdict_mark(r->verdict) : COVERAGE_SILENT;
}

void coverage_release(struct coverage *cv)
{
	free(cv->facts);
	free(cv->report);
	memset(cv, 0, sizeof *cv);
}
