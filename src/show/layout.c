#include "show/layout.h"

#include <stdlib.h>
#include <string.h>

#include "base/vec.h"
#include "show/wrap.h"

/* The widths and places of g->nvis columns across g->cols. */
static void place_columns(struct layout_geom *g)
{
	int fit = g->nvis;
	int avail = g->cols - (fit - 1);
	int base = avail / fit, extra = avail % fit, x = 0;
	for (int i = 0; i < fit; i++) {
		g->w[i] = base + (i < extra ? 1 : 0);
		g->x[i] = x;
		x += g->w[i] + 1;
	}
}

void layout_compute(struct layout_geom *g, int rows, int cols, size_t nreports,
		    size_t focus, size_t prev_first)
{
	memset(g, 0, sizeof *g);
	g->rows = rows;
	g->cols = cols;
	if (rows < LAYOUT_MIN_ROWS || cols < LAYOUT_MIN_COLS || nreports == 0) {
		g->too_small = true;
		return;
	}

	/* n columns need n widths plus n-1 separators. */
	int fit = (cols + 1) / (LAYOUT_MIN_COL + 1);
	if (fit < 1)
		fit = 1;
	if (fit > LAYOUT_MAX_VISIBLE)
		fit = LAYOUT_MAX_VISIBLE;
	if ((size_t)fit > nreports)
		fit = (int)nreports;
	g->nvis = fit;

	if (focus >= nreports)
		focus = nreports - 1;
	size_t first = prev_first;
	if (first + (size_t)fit > nreports)
		first = nreports - (size_t)fit;
	if (focus < first)
		first = focus;
	if (focus >= first + (size_t)fit)
		first = focus + 1 - (size_t)fit;
	g->first = first;
	for (int i = 0; i < fit; i++)
		g->art[i] = first + (size_t)i;
	place_columns(g);

	if (rows >= 16) {
		g->header_rows = 5;   /* outlet, date, title x2, rule */
		g->title_lines = 2;
	} else if (rows >= 9) {
		g->header_rows = 3;   /* outlet and date, title, rule */
		g->title_lines = 1;
	} else {
		g->header_rows = 1;   /* outlet */
		g->title_lines = 0;
	}
	g->body_top = g->header_rows;
	g->status_row = rows - 1;
	g->body_rows = rows - 1 - g->header_rows;
}

int layout_fit(int cols, int min_col)
{
	int fit = (cols + 1) / (min_col + 1);
	return fit < 1 ? 1 : fit > LAYOUT_MAX_VISIBLE ? LAYOUT_MAX_VISIBLE : fit;
}

void layout_pick(struct layout_geom *g, const size_t *arts, size_t n, int banner_rows,
		 int min_col)
{
	if (g->too_small || n == 0)
		return;
	int fit = layout_fit(g->cols, min_col);
	if ((size_t)fit > n)
		fit = (int)n;
	g->nvis = fit;
	for (int i = 0; i < fit; i++)
		g->art[i] = arts[i];
	g->first = arts[0];
	place_columns(g);
	while (banner_rows-- > 0 && g->body_rows > 1) {
		g->top++;
		g->body_top++;
		g->body_rows--;
	}
}

int layout_col_of(const struct layout_geom *g, size_t art)
{
	for (int i = 0; i < g->nvis; i++)
		if (g->art[i] == art)
			return i;
	return -1;
}

int layout_text_width(int w)
{
	return w > LAYOUT_GUTTER + 3 ? w - LAYOUT_GUTTER - 1 : w > 1 ? w - 1 : 1;
}

static enum nd_err push(struct layout_lines *l, size_t *cap, struct vline v)
{
	struct vline *nv = vec_reserve(l->v, cap, l->n + 1, sizeof *nv);
	if (!nv)
		return ND_E_NOMEM;
	l->v = nv;
	l->v[l->n++] = v;
	return ND_E_OK;
}

enum nd_err layout_wrap(const struct article *a, int width, bool show_furniture,
			struct layout_lines *out)
{
	struct wrap_out w = { 0 };
	size_t cap = 0;
	enum nd_err err = ND_E_OK;

	memset(out, 0, sizeof *out);
	out->width = width;
	out->furniture = show_furniture;

	for (size_t i = 0; i < a->npara && !err; i++) {
		const struct para *p = &a->paras[i];
		bool furn = p->kind == PARA_FURNITURE;
		if (i > 0)
			err = push(out, &cap, (struct vline){ .type = VL_BLANK, .para = (uint32_t)i });
		if (err)
			break;
		if (furn && !show_furniture) {
			size_t j = i;
			while (j + 1 < a->npara && a->paras[j + 1].kind == PARA_FURNITURE)
				j++;
			err = push(out, &cap, (struct vline){ .type = VL_FOLD, .para = (uint32_t)i,
							      .len = (uint32_t)(j - i + 1) });
			i = j;
			continue;
		}
		int tw = furn ? width - LAYOUT_FURN_INDENT : width;
		w.n = 0;
		err = wrap_text(a->text + p->start, p->len, p->start, tw < 1 ? 1 : tw, &w);
		for (size_t k = 0; k < w.n && !err; k++)
			err = push(out, &cap, (struct vline){ .type = VL_TEXT, .para = (uint32_t)i,
							      .off = (uint32_t)w.v[k].off,
							      .len = (uint32_t)w.v[k].len });
	}
	free(w.v);
	if (err)
		layout_lines_release(out);
	return err;
}

void layout_lines_release(struct layout_lines *l)
{
	if (!l)
		return;
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

size_t layout_line_of(const struct layout_lines *l, size_t off)
{
	size_t best = 0;
	for (size_t i = 0; i < l->n; i++) {
		if (l->v[i].type != VL_TEXT)
			continue;
		if (l->v[i].off <= off)
			best = i;
		else
			break;
	}
	return best;
}
