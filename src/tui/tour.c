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

size_t tour_picks(const struct tui *t, size_t *arts, size_t cap)
{
	if (!t->touring || t->tour_at >= t->ntour)
		return 0;
	const struct row *r = &t->cmp->rows[t->tour[t->tour_at]];
	size_t n = 0;
	for (size_t k = 0; k < r->ncells && n < cap; k++)
		arts[n++] = r->cells[k].art;
	return n;
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
	snprintf(out, cap, "%zu of %zu  %s %s: %s \xe2\x80\x94 %s", t->tour_at + 1, t->ntour,
		 verdict_mark(r->verdict), part_names[part_of(r)], r->question,
		 r->why ? r->why : verdict_name(r->verdict));
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
	/* every sentence on one row, so the eye reads across */
	size_t arts[LAYOUT_MAX_VISIBLE], offs[LAYOUT_MAX_VISIBLE], n = 0;
	for (size_t k = 0; k < r->ncells && n < LAYOUT_MAX_VISIBLE; k++)
		if (layout_col_of(&t->g, r->cells[k].art) >= 0) {
			arts[n] = r->cells[k].art;
			offs[n++] = r->cells[k].sent_start;
		}
	screen_align_offsets(t, arts, offs, n);
	if (t->tour_at + 1 == t->ntour)
		screen_say(t, "the last step: Space starts the tour again, q leaves it");
	else
		screen_say(t, "tour: Space or ] next, Backspace or [ back, q leaves");
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
	t->touring = true;
	t->tour_at = 0;
	show(t);
}

void tour_leave(struct tui *t)
{
	if (!t->touring)
		return;
	t->touring = false;
	screen_resize(t, t->g.rows, t->g.cols);
	screen_say(t, "the tour is over (t starts it again)");
}

void tour_step(struct tui *t, int dir)
{
	if (!t->touring)
		return;
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
	if (act == ACT_CLOSE || act == ACT_QUIT || act == ACT_TOUR) {
		tour_leave(t);
		return true;
	}
	return false;
}
