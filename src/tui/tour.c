/* The guided tour (t, --tour): the comparison one row at a time, for a
 * class in front of a projector.  The steps, in this order: each
 * disagreement, each partial agreement, each name the reports describe
 * differently, then what only one report says (rows the rules could not
 * decide, and rows all agree on, are not stops).  A step shows only the
 * reports that speak to its row, each scrolled to its sentence at the
 * same height, the value marked, under a banner line with the step's
 * number, the question and the reason.  Space or ] steps on, Backspace
 * or [ back, q or Esc leaves the tour; after the last step Space starts
 * again. */
#include "tui/screen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Which part of the tour a row belongs to, 0 first; -1: not a stop. */
static int part_of(const struct row *r)
{
	bool naming = r->kind == FACT_NAMING;
	switch (r->verdict) {
	case VERDICT_DISAGREE: return naming ? 2 : 0;
	case VERDICT_PARTIAL: return naming ? 2 : 1;
	case VERDICT_SINGLE: return 3;
	default: return -1;
	}
}

static const char *const part_names[] = {
	"disagreement", "partial agreement", "described differently", "one report alone",
};

/* The rows of the tour, in its order, into t->tour.  False on no memory. */
static bool build(struct tui *t)
{
	size_t n = screen_nrows(t);
	free(t->tour);
	t->tour = malloc((n ? n : 1) * sizeof *t->tour);
	t->ntour = 0;
	if (!t->tour)
		return false;
	for (int part = 0; part < 4; part++)
		for (size_t i = 0; i < n; i++)
			if (part_of(&t->cmp->rows[i]) == part)
				t->tour[t->ntour++] = i;
	return true;
}

/* Is report art among arts[0..n)? */
static bool picked(const size_t *arts, size_t n, size_t art)
{
	for (size_t i = 0; i < n; i++)
		if (arts[i] == art)
			return true;
	return false;
}

static int cmp_art(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return (x > y) - (x < y);
}

size_t tour_picks(const struct tui *t, size_t fit, size_t *arts, size_t cap)
{
	const struct row *r = tour_row(t);
	if (!r)
		return 0;
	if (fit > cap)
		fit = cap;
	size_t n = 0;
	if (r->ncells <= fit) {
		for (size_t k = 0; k < r->ncells; k++)
			arts[n++] = r->cells[k].art;
		return n;
	}
	/* not all fit: the focused report, then one report for each value
	 * given (so that a difference is always in view), then the rest */
	if (row_cell(r, (uint32_t)t->focus))
		arts[n++] = t->focus;
	for (size_t k = 0; k < r->ncells && n < fit; k++) {
		const struct cell *c = &r->cells[k];
		bool seen = false;
		for (size_t j = 0; j < k && !seen; j++)
			seen = r->cells[j].normalized && c->normalized &&
			       strcmp(r->cells[j].normalized, c->normalized) == 0 &&
			       picked(arts, n, r->cells[j].art);
		if (!seen && !picked(arts, n, c->art))
			arts[n++] = c->art;
	}
	for (size_t k = 0; k < r->ncells && n < fit; k++)
		if (!picked(arts, n, r->cells[k].art))
			arts[n++] = r->cells[k].art;
	qsort(arts, n, sizeof *arts, cmp_art);
	return n;
}

/* The tour's hint for the status line, into out. */
void tour_hint(const struct tui *t, char *out, size_t cap)
{
	const struct row *r = tour_row(t);
	size_t hidden = 0;
	for (size_t k = 0; r && k < r->ncells; k++)
		hidden += layout_col_of(&t->g, r->cells[k].art) < 0;
	if (!r)
		snprintf(out, cap, "%s", "");
	else if (screen_chosen(t) != r)
		snprintf(out, cap, "tour paused at step %zu of %zu: Space goes on, q leaves",
			 t->tour_at + 1, t->ntour);
	else if (t->tour_at + 1 == t->ntour)
		snprintf(out, cap, "the last step: Space starts the tour again, q leaves it");
	else if (hidden)
		snprintf(out, cap, "tour: Space next, Backspace back, Tab: %zu more report%s (\xe2\x96\xb8), q leaves",
			 hidden, hidden == 1 ? "" : "s");
	else
		snprintf(out, cap, "tour: Space or ] next, Backspace or [ back, q leaves");
}

const struct row *tour_row(const struct tui *t)
{
	return t->touring && t->tour_at < t->ntour ? &t->cmp->rows[t->tour[t->tour_at]] : NULL;
}

void tour_banner(const struct tui *t, char *out, size_t cap)
{
	const struct row *r = tour_row(t);
	if (!r) {
		if (cap)
			out[0] = '\0';
		return;
	}
	snprintf(out, cap, "%zu of %zu (fact %zu)  %s %s: %s \xe2\x80\x94 %s", t->tour_at + 1,
		 t->ntour, t->tour[t->tour_at] + 1, verdict_mark(r->verdict),
		 part_names[part_of(r)], r->question, r->why ? r->why : verdict_name(r->verdict));
}

/* Each shown report's sentence of the step on one row. */
void tour_align(struct tui *t)
{
	const struct row *r = tour_row(t);
	if (!r || screen_chosen(t) != r)
		return;
	size_t arts[LAYOUT_MAX_VISIBLE], offs[LAYOUT_MAX_VISIBLE], n = 0;
	for (size_t k = 0; k < r->ncells && n < LAYOUT_MAX_VISIBLE; k++)
		if (layout_col_of(&t->g, r->cells[k].art) >= 0) {
			arts[n] = r->cells[k].art;
			offs[n++] = r->cells[k].sent_start;
		}
	screen_align_offsets(t, arts, offs, n);
}

/* Show step t->tour_at: its reports side by side, each at its sentence. */
static void show(struct tui *t)
{
	const struct row *r = tour_row(t);
	if (!r)
		return;
	/* the focus on the first report that speaks, so the columns hold it */
	if (r->ncells)
		t->focus = r->cells[0].art;
	screen_resize(t, t->g.rows, t->g.cols);
	panel_choose(t, t->tour[t->tour_at]);
	tour_align(t);
	t->message[0] = '\0';   /* the status line gives the tour's hint */
}

void tour_start(struct tui *t)
{
	if (!t->cmp || t->story->n < 2) {
		screen_say(t, "nothing to tour: it takes two reports or more");
		return;
	}
	if (!build(t)) {
		screen_say(t, "out of memory");
		return;
	}
	if (t->ntour == 0) {
		screen_say(t, "nothing to tour: no disagreement, difference or single fact");
		return;
	}
	while (t->pager)
		pager_close(t);
	if (t->panel)
		panel_toggle(t);
	/* again after leaving it: back where it was left */
	bool resume = t->tour_left && t->tour_at < t->ntour;
	t->touring = true;
	if (!resume)
		t->tour_at = 0;
	show(t);
	if (resume)
		screen_say(t, "back to step %zu of %zu (Backspace goes back, q leaves)", t->tour_at + 1,
			   t->ntour);
}

void tour_leave(struct tui *t)
{
	if (!t->touring)
		return;
	t->touring = false;
	t->tour_left = true;
	screen_resize(t, t->g.rows, t->g.cols);
	screen_say(t, "the tour is left at step %zu of %zu (t goes back to it)", t->tour_at + 1,
		   t->ntour);
}

void tour_step(struct tui *t, int dir)
{
	if (!t->touring)
		return;
	if (screen_chosen(t) != tour_row(t) && dir > 0) {
		/* another fact was chosen on the way: the tour goes on from its step */
		if (t->tour_at + 1 < t->ntour)
			t->tour_at++;
		show(t);
		return;
	}
	if (dir > 0 && t->tour_at + 1 >= t->ntour) {
		t->tour_at = 0;
		show(t);
		screen_say(t, "from the start again: step 1 of %zu", t->ntour);
		return;
	}
	if (dir < 0 && t->tour_at == 0) {
		screen_say(t, "this is the first step (q leaves the tour)");
		return;
	}
	t->tour_at = dir > 0 ? t->tour_at + 1 : t->tour_at - 1;
	show(t);
}

bool tour_key(struct tui *t, bool fn, int code, enum tui_action act)
{
	if (!t->touring)
		return false;
	if ((!fn && code == ' ') || act == ACT_NEXT_DISAGREE) {
		tour_step(t, 1);
		return true;
	}
	if ((fn && code == KEY_BACKSPACE) || (!fn && (code == 127 || code == 8)) ||
	    act == ACT_PREV_DISAGREE) {
		tour_step(t, -1);
		return true;
	}
	if ((act == ACT_CLOSE || act == ACT_QUIT) && t->panel)
		return false;   /* the panel on top closes first */
	if (act == ACT_CLOSE || act == ACT_QUIT || act == ACT_TOUR) {
		tour_leave(t);
		return true;
	}
	if ((act == ACT_NEXT_COL || act == ACT_PREV_COL) && tour_row(t)) {
		/* among the reports that speak to the step, the view following */
		const struct row *r = tour_row(t);
		size_t k = 0;
		while (k < r->ncells && r->cells[k].art != t->focus)
			k++;
		size_t m = r->ncells;
		k = k == m ? 0 : act == ACT_NEXT_COL ? (k + 1) % m : (k + m - 1) % m;
		t->focus = r->cells[k].art;
		screen_resize(t, t->g.rows, t->g.cols);
		tour_align(t);
		return true;
	}
	return false;
}
