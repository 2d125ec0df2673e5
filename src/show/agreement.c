/* Who agrees with whom, counted from a comparison's rows (agreement.h). */
#include "show/agreement.h"

#include <stdlib.h>
#include <string.h>

/* Do the cells x and y of row r give its fact alike? */
static bool alike(const struct row *r, const struct cell *x, const struct cell *y)
{
	if (r->verdict == VERDICT_AGREE)
		return true;
	return x->normalized && y->normalized && strcmp(x->normalized, y->normalized) == 0;
}

enum nd_err agreement_of(const struct comparison *c, struct agreement *a)
{
	size_t n = c->story ? c->story->n : 0;
	memset(a, 0, sizeof *a);
	a->pair = calloc(n ? n * n : 1, sizeof *a->pair);
	a->states = calloc(n ? n : 1, sizeof *a->states);
	if (!a->pair || !a->states) {
		agreement_release(a);
		return ND_E_NOMEM;
	}
	a->n = n;
	for (size_t k = 0; k < c->nrows; k++) {
		const struct row *r = &c->rows[k];
		if (r->kind == FACT_NAMING)
			continue;   /* how a name is described is no fact */
		for (size_t i = 0; i < r->ncells; i++) {
			const struct cell *x = &r->cells[i];
			if (x->art >= n)
				continue;
			a->states[x->art]++;
			for (size_t j = i + 1; j < r->ncells; j++) {
				const struct cell *y = &r->cells[j];
				if (y->art >= n || y->art == x->art)
					continue;
				struct pair_counts *p = &a->pair[x->art * n + y->art];
				p->both++;
				if (alike(r, x, y))
					p->alike++;
				else if (r->verdict == VERDICT_DISAGREE)
					p->conflict++;
				else
					p->other++;
				a->pair[y->art * n + x->art] = *p;
			}
		}
	}
	return ND_E_OK;
}

void agreement_release(struct agreement *a)
{
	free(a->pair);
	free(a->states);
	memset(a, 0, sizeof *a);
}
