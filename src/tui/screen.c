/* The screen's state: made and freed, laid out, wrapped, scrolled and
 * focused.  What is drawn from it is in draw.c and the views. */
#include "tui/screen.h"

#include "base/text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void screen_say(struct tui *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(t->message, sizeof t->message, fmt, ap);
	va_end(ap);
}

size_t screen_max_top(const struct tui *t, size_t art)
{
	size_t n = t->lines[art].n;
	size_t rows = t->g.body_rows > 0 ? (size_t)t->g.body_rows : 1;
	return n > rows ? n - rows : 0;
}

static void clamp_tops(struct tui *t)
{
	for (size_t i = 0; i < t->story->n; i++) {
		size_t m = screen_max_top(t, i);
		if (t->top[i] > m)
			t->top[i] = m;
	}
}

/* The reading place is kept as a byte offset, which survives wrapping
 * the text again at another width. */
size_t screen_top_offset(const struct tui *t, size_t art)
{
	const struct layout_lines *l = &t->lines[art];
	for (size_t i = t->top[art]; i < l->n; i++)
		if (l->v[i].type == VL_TEXT)
			return l->v[i].off;
		else if (l->v[i].type == VL_FOLD)
			return t->story->arts[art].paras[l->v[i].para].start;
	return 0;
}

enum nd_err screen_rewrap(struct tui *t)
{
	int width = t->g.too_small ? 1 : layout_text_width(t->g.w[t->g.nvis - 1]);
	for (size_t i = 0; i < t->story->n; i++) {
		struct layout_lines *l = &t->lines[i];
		if (l->v && l->width == width && l->furniture == t->furniture)
			continue;
		size_t off = l->v ? screen_top_offset(t, i) : 0;
		bool at_top = t->top[i] == 0;
		struct layout_lines nl;
		enum nd_err err = layout_wrap(&t->story->arts[i], width, t->furniture, &nl);
		if (err)
			return err;
		layout_lines_release(l);
		*l = nl;
		t->top[i] = at_top ? 0 : layout_line_of(l, off);
	}
	clamp_tops(t);
	return ND_E_OK;
}

static void geometry(struct tui *t, int rows, int cols)
{
	layout_compute(&t->g, rows, cols, t->story->n, t->focus, t->g.first);
	/* the tour shows the reports that speak to its step, in columns a
	 * little narrower, under a banner of one line or two */
	size_t picks[LAYOUT_MAX_VISIBLE];
	size_t n = tour_picks(t, (size_t)layout_fit(cols, TOUR_MIN_COL), picks, LAYOUT_MAX_VISIBLE);
	if (n && !t->g.too_small) {
		char banner[1024];
		tour_banner(t, banner, sizeof banner);
		int rows2 = (int)text_width(banner, strlen(banner)) > cols - 2 ? 2 : 1;
		layout_pick(&t->g, picks, n, rows2, TOUR_MIN_COL);
	}
	panel_fit(t);
}

void screen_resize(struct tui *t, int rows, int cols)
{
	geometry(t, rows, cols);
	if (screen_rewrap(t) != ND_E_OK)
		screen_say(t, "out of memory");
	pager_rebuild(t);
}

struct tui *tui_new(struct story *s, const struct tui_opts *o)
{
	struct tui *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->story = s;
	t->cmp = o ? o->cmp : NULL;
	t->config = o ? o->config : NULL;
	/* colour: asked for and not turned off in the config file; the
	 * theme: the command line's, else the config file's */
	t->color = o && o->color && !(t->config && t->config->color == 0);
	int th = o && o->theme ? theme_find(o->theme) : -1;
	if (th < 0 && t->config)
		th = t->config->theme;
	t->theme = th > 0 ? (size_t)th : 0;
	t->partner = SIZE_MAX;
	t->lines = calloc(s->n ? s->n : 1, sizeof *t->lines);
	t->top = calloc(s->n ? s->n : 1, sizeof *t->top);
	if (!t->lines || !t->top) {
		tui_free(t);
		return NULL;
	}
	const struct tui_config *c = t->config;
	if (c && c->sync == 1)
		t->sync = true;
	if (c && c->furniture == 1)
		t->furniture = true;
	if (o && o->message)
		screen_say(t, "%s", o->message);
	else if (s->n == 1)
		screen_say(t, "one report: nothing to compare it with (open two or more)");
	layout_compute(&t->g, LINES, COLS, s->n, 0, 0);
	if (screen_rewrap(t) != ND_E_OK) {
		tui_free(t);
		return NULL;
	}
	t->tour_wanted = o && o->tour;
	t->pending = o && o->compare_later;
	if (!t->pending && !screen_facts_ready(t, o ? o->cmp : NULL)) {
		tui_free(t);
		return NULL;
	}
	return t;
}

bool screen_facts_ready(struct tui *t, const struct comparison *cmp)
{
	t->cmp = cmp;
	t->pending = false;
	/* one report has nothing to compare with: every fact would be "1" */
	const struct tui_config *c = t->config;
	t->marks = cmp != NULL && t->story->n > 1 && !(c && c->marks == 0);
	if (t->pending_said && !t->marks)
		t->message[0] = '\0';   /* "still being found" is over */
	marks_release(t);
	if (!marks_index(t) || !panel_refilter(t))
		return false;
	if (t->marks && (!t->message[0] || t->pending_said)) {
		/* the first time marks are shown, what they mean */
		char legend[128];
		verdict_legend(legend, sizeof legend);
		screen_say(t, "marks: %s  (? help)", legend);
		t->transient = true;
	}
	t->pending_said = false;
	/* the config file may open the facts panel at the start; the
	 * first message stays */
	if (c && c->panel == 1 && cmp) {
		char keep[sizeof t->message];
		memcpy(keep, t->message, sizeof keep);
		panel_toggle(t);
		memcpy(t->message, keep, sizeof keep);
	}
	if (t->tour_wanted && cmp)
		tour_start(t);
	return true;
}

void tui_free(struct tui *t)
{
	if (!t)
		return;
	if (t->lines)
		for (size_t i = 0; i < t->story->n; i++)
			layout_lines_release(&t->lines[i]);
	free(t->lines);
	free(t->top);
	free(t->matches);
	free(t->shown);
	free(t->tour);
	t->view_under = VIEW_NONE;  /* closed for good, nothing under it back */
	pager_close(t);
	marks_release(t);
	free(t);
}

bool tui_quit_requested(const struct tui *t)
{
	return t->quit;
}

void screen_scroll(struct tui *t, long delta)
{
	for (size_t i = 0; i < t->story->n; i++) {
		if (!t->sync && i != t->focus)
			continue;
		long v = (long)t->top[i] + delta;
		size_t m = screen_max_top(t, i);
		t->top[i] = v < 0 ? 0 : (size_t)v > m ? m : (size_t)v;
	}
}

void screen_focus(struct tui *t, size_t f)
{
	if (f >= t->story->n)
		return;
	t->focus = f;
	geometry(t, t->g.rows, t->g.cols);
	/* the filter of two reports follows the focus */
	if (t->filter == FILTER_PAIR && !panel_refilter(t))
		screen_say(t, "out of memory");
}

void screen_show_offset(struct tui *t, size_t art, size_t off)
{
	size_t line = layout_line_of(&t->lines[art], off);
	size_t third = t->g.body_rows > 2 ? (size_t)t->g.body_rows / 3 : 0;
	size_t top = line > third ? line - third : 0;
	size_t m = screen_max_top(t, art);
	t->top[art] = top > m ? m : top;
}

void screen_align_offsets(struct tui *t, const size_t *arts, const size_t *offs, size_t n)
{
	/* the row the lines go to: a third down; lower when a text ends too
	 * soon to scroll that far, higher when a line is nearer the top of
	 * its text than that (when both, the texts cannot all line up) */
	size_t rows = t->g.body_rows > 0 ? (size_t)t->g.body_rows : 1;
	size_t d = rows > 2 ? rows / 3 : 0, lo = 0, hi = rows - 1;
	for (size_t i = 0; i < n; i++) {
		size_t line = layout_line_of(&t->lines[arts[i]], offs[i]);
		size_t m = screen_max_top(t, arts[i]);
		if (line > m && line - m > lo)
			lo = line - m;
		if (line < hi)
			hi = line;
	}
	if (d < lo)
		d = lo;
	if (d > hi)
		d = hi;
	if (d >= rows)
		d = rows - 1;
	for (size_t i = 0; i < n; i++) {
		size_t line = layout_line_of(&t->lines[arts[i]], offs[i]);
		size_t top = line > d ? line - d : 0, m = screen_max_top(t, arts[i]);
		t->top[arts[i]] = top > m ? m : top;
	}
}

void screen_toggle_furniture(struct tui *t)
{
	t->furniture = !t->furniture;
	if (screen_rewrap(t) != ND_E_OK)
		screen_say(t, "out of memory");
	else
		screen_say(t, "page furniture: %s",
			   t->furniture ? "shown (marked \xc2\xa6)" : "folded");
	search_refresh(t, true);  /* folded text is not searched */
}
