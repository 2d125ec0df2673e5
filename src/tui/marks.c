/* Facts marked in the reports' text: each cell's value, found by byte
 * offset, underlined in its row's verdict colour, with the verdict's mark
 * in the margin. */
#include "tui/screen.h"

#include <stdlib.h>

#include "base/text.h"

/* No fact's value is longer: a quotation is cut to this for marking. */
#define LONGEST_SPAN 4096u

/* A fact's value in a report's text, marked by its row's verdict. */
struct fspan {
	uint32_t start, end;
	uint32_t row;       /* the row's index: a report has one cell a row */
	uint8_t verdict;
};

/* By start, then by row (rows come sorted, what matters most first), so
 * that spans starting together keep one order on any libc. */
static int cmp_fspan(const void *a, const void *b)
{
	const struct fspan *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->row > y->row) - (x->row < y->row);
}

/* Count each report's cells first: one block per report, sized once. */
bool marks_index(struct tui *t)
{
	size_t n = t->story->n;
	t->spans = calloc(n ? n : 1, sizeof *t->spans);
	t->nspans = calloc(n ? n : 1, sizeof *t->nspans);
	if (!t->spans || !t->nspans)
		return false;
	if (!t->cmp)
		return true;
	for (size_t r = 0; r < t->cmp->nrows; r++)
		for (size_t k = 0; k < t->cmp->rows[r].ncells; k++)
			t->nspans[t->cmp->rows[r].cells[k].art]++;
	for (size_t a = 0; a < n; a++) {
		t->spans[a] = calloc(t->nspans[a] ? t->nspans[a] : 1, sizeof **t->spans);
		if (!t->spans[a])
			return false;
		t->nspans[a] = 0;
	}
	for (size_t r = 0; r < t->cmp->nrows; r++) {
		const struct row *row = &t->cmp->rows[r];
		for (size_t k = 0; k < row->ncells; k++) {
			const struct cell *c = &row->cells[k];
			if (c->end <= c->start)
				continue;
			uint32_t end = c->end - c->start > LONGEST_SPAN ? c->start + LONGEST_SPAN : c->end;
			t->spans[c->art][t->nspans[c->art]++] =
				(struct fspan){ c->start, end, (uint32_t)r, (uint8_t)row->verdict };
		}
	}
	for (size_t a = 0; a < n; a++)
		qsort(t->spans[a], t->nspans[a], sizeof **t->spans, cmp_fspan);
	return true;
}

void marks_release(struct tui *t)
{
	if (t->spans)
		for (size_t i = 0; i < t->story->n; i++)
			free(t->spans[i]);
	free(t->spans);
	free(t->nspans);
	t->spans = NULL;
	t->nspans = NULL;
}

/* The first span of report art that can reach byte off: spans are sorted
 * by start, and none is longer than LONGEST_SPAN. */
static size_t first_reaching(const struct tui *t, size_t art, size_t off)
{
	size_t lo = 0, hi = t->nspans[art];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (t->spans[art][mid].start + LONGEST_SPAN < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The smallest fact holding byte off of report art, or NULL: a count
 * inside a quotation shows, not the quotation. */
static const struct fspan *smallest_at(const struct tui *t, size_t art, size_t off)
{
	const struct fspan *best = NULL;
	for (size_t i = first_reaching(t, art, off); i < t->nspans[art]; i++) {
		const struct fspan *f = &t->spans[art][i];
		if (f->start > off)
			break;
		if (off < f->end && (!best || f->end - f->start < best->end - best->start))
			best = f;
	}
	return best;
}

int marks_verdict_at(const struct tui *t, size_t art, size_t off)
{
	const struct fspan *best = smallest_at(t, art, off);
	return best ? best->verdict : -1;
}

int marks_line_verdict(const struct tui *t, size_t art, uint32_t s0, uint32_t s1)
{
	int best = -1;
	for (size_t i = first_reaching(t, art, s0); i < t->nspans[art]; i++) {
		const struct fspan *f = &t->spans[art][i];
		if (f->start >= s1)
			break;
		if (f->end > s0 && (best < 0 || verdict_rank(f->verdict) < verdict_rank((enum verdict)best)))
			best = f->verdict;
	}
	return best;
}

void marks_toggle(struct tui *t)
{
	char legend[128];
	verdict_legend(legend, sizeof legend);
	t->marks = !t->marks && t->cmp;
	if (t->marks)
		screen_say(t, "facts marked in the text: on (%s)", legend);
	else
		screen_say(t, "facts marked in the text: off");
}

/* The row of the smallest fact holding byte off of report art, or -1. */
static long row_at(const struct tui *t, size_t art, size_t off)
{
	const struct fspan *best = smallest_at(t, art, off);
	return best ? (long)best->row : -1;
}

long marks_first_row_in_view(const struct tui *t, size_t art)
{
	if (!t->cmp || art >= t->story->n)
		return -1;
	const struct layout_lines *l = &t->lines[art];
	for (int r = 0; r < t->g.body_rows; r++) {
		size_t li = t->top[art] + (size_t)r;
		if (li >= l->n)
			break;
		const struct vline *v = &l->v[li];
		if (v->type != VL_TEXT)
			continue;
		for (size_t i = first_reaching(t, art, v->off); i < t->nspans[art]; i++) {
			const struct fspan *f = &t->spans[art][i];
			if (f->start >= v->off + v->len)
				break;
			if (f->end > v->off)
				return (long)f->row;
		}
	}
	return -1;
}

long marks_row_at_cell(const struct tui *t, size_t art, int x, int y)
{
	int col = layout_col_of(&t->g, art);
	if (!t->marks || !t->cmp || col < 0)
		return -1;
	size_t li = t->top[art] + (size_t)(y - t->g.body_top);
	const struct layout_lines *l = &t->lines[art];
	if (y < t->g.body_top || li >= l->n || l->v[li].type != VL_TEXT)
		return -1;
	const struct vline *v = &l->v[li];
	const struct article *a = &t->story->arts[art];
	int w = layout_text_width(t->g.w[col]);
	int cx = t->g.x[col] + (t->g.w[col] - w > 1 ? LAYOUT_GUTTER : 0);
	if (a->paras[v->para].kind == PARA_FURNITURE)
		cx += LAYOUT_FURN_INDENT;
	size_t i = v->off, end = v->off + v->len;
	while (i < end) {
		size_t j = i;
		int cw = text_cp_width(text_next(a->text, end, &j));
		if (x >= cx && x < cx + (cw > 0 ? cw : 1))
			return row_at(t, art, i);
		cx += cw;
		i = j;
	}
	return -1;
}
