/* The facts panel under the reports: one line per row of the comparison,
 * its verdict's mark, its question and each report's short answer; the
 * chosen row's evidence is marked in every report that speaks. */
#include "tui/screen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"

/* Where row sits in shown[], or nshown when the filter hides it. */
static size_t pos_of(const struct tui *t, size_t row)
{
	for (size_t i = 0; i < t->nshown; i++)
		if (t->shown[i] == row)
			return i;
	return t->nshown;
}

/* Keep the chosen row in the panel's view (after a change of size). */
static void keep_chosen_in_view(struct tui *t)
{
	size_t pos = t->chosen ? pos_of(t, t->sel) : t->nshown;
	size_t vis = t->panel_h > 3 ? (size_t)t->panel_h - 3 : 1;
	if (pos == t->nshown)
		return;
	if (pos < t->panel_top)
		t->panel_top = pos;
	if (pos >= t->panel_top + vis)
		t->panel_top = pos + 1 - vis;
}

void panel_fit(struct tui *t)
{
	t->panel_h = 0;
	if (!t->panel || t->g.too_small)
		return;
	int avail = t->g.body_rows;
	int want = t->g.rows >= 24 ? t->g.rows * 2 / 5 : avail;
	if (want > avail)
		want = avail;
	if (want < 3)
		want = avail;
	t->panel_h = want;
	t->g.body_rows -= want;
	keep_chosen_in_view(t);
}

void panel_toggle(struct tui *t)
{
	if (!t->cmp) {
		screen_say(t, "no facts were found");
		return;
	}
	t->panel = !t->panel;
	screen_resize(t, t->g.rows, t->g.cols);
	if (t->panel && !t->chosen && t->nshown)
		panel_choose(t, t->shown[0]);
	else if (!t->panel)
		screen_say(t, "facts panel closed");
}

/* ---- the filter ----------------------------------------------------------- */

/* The report paired with the focused one by FILTER_PAIR: the one p made
 * the partner, else the next. */
static size_t paired(const struct tui *t)
{
	if (t->partner < t->story->n && t->partner != t->focus)
		return t->partner;
	return t->focus + 1 < t->story->n ? t->focus + 1 : 0;
}

void panel_pair(struct tui *t)
{
	if (t->story->n < 2) {
		screen_say(t, "one report: nothing to pair it with");
		return;
	}
	if (t->partner == t->focus) {
		t->partner = SIZE_MAX;
		screen_say(t, "the two-report filter compares the focused report with the next");
	} else {
		t->partner = t->focus;
		screen_say(t, "%s is the second report of the two-report filter (c); focus "
			      "another to compare them", t->story->arts[t->focus].outlet);
	}
	if (t->filter == FILTER_PAIR && !panel_refilter(t))
		screen_say(t, "out of memory");
}

static bool lets_through(const struct tui *t, const struct row *r)
{
	switch (t->filter) {
	case FILTER_DISAGREE: return r->verdict == VERDICT_DISAGREE;
	case FILTER_DIFFER: return r->verdict == VERDICT_DISAGREE || r->verdict == VERDICT_PARTIAL;
	case FILTER_NOT_SINGLE: return r->ncells >= 2;
	case FILTER_PAIR:
		return row_cell(r, (uint32_t)t->focus) && row_cell(r, (uint32_t)paired(t));
	case FILTER_ALL: case FILTER__COUNT: break;
	}
	return true;
}

/* The filter in words, for the panel's header and the status line. */
static void filter_name(const struct tui *t, char *out, size_t cap)
{
	switch (t->filter) {
	case FILTER_DISAGREE: snprintf(out, cap, "disagreements"); break;
	case FILTER_DIFFER: snprintf(out, cap, "disagreements and partial"); break;
	case FILTER_NOT_SINGLE: snprintf(out, cap, "all but single"); break;
	case FILTER_PAIR:
		snprintf(out, cap, "%s and %s both speak", t->story->arts[t->focus].outlet,
			 t->story->arts[paired(t)].outlet);
		break;
	case FILTER_ALL: case FILTER__COUNT: snprintf(out, cap, "all"); break;
	}
}

bool panel_refilter(struct tui *t)
{
	size_t n = screen_nrows(t);
	if (!t->shown && n) {
		t->shown = calloc(n, sizeof *t->shown);
		if (!t->shown)
			return false;
	}
	t->nshown = 0;
	for (size_t i = 0; i < n; i++)
		if (lets_through(t, &t->cmp->rows[i]))
			t->shown[t->nshown++] = i;
	t->panel_top = 0;
	/* the chosen fact is one the panel lists, or none is chosen */
	if (t->chosen && pos_of(t, t->sel) == t->nshown) {
		t->chosen = false;
		if (t->nshown && t->panel) {
			char keep[sizeof t->message];
			memcpy(keep, t->message, sizeof keep);
			panel_choose(t, t->shown[0]);
			memcpy(t->message, keep, sizeof keep);
		}
	}
	return true;
}

void panel_next_filter(struct tui *t)
{
	if (!t->cmp) {
		screen_say(t, "no facts were found");
		return;
	}
	t->filter = (enum panel_filter)((t->filter + 1) % FILTER__COUNT);
	if (t->filter == FILTER_PAIR && t->story->n < 2)
		t->filter = FILTER_ALL;
	if (!panel_refilter(t)) {
		screen_say(t, "out of memory");
		return;
	}
	char name[256];
	filter_name(t, name, sizeof name);
	if (t->chosen)
		panel_choose(t, t->sel);
	screen_say(t, "facts listed: %s (%zu of %zu)", name, t->nshown, screen_nrows(t));
}

/* ---- choosing ------------------------------------------------------------- */

void panel_choose(struct tui *t, size_t i)
{
	size_t n = screen_nrows(t);
	if (n == 0)
		return;
	if (i >= n)
		i = n - 1;
	t->sel = i;
	t->chosen = true;
	const struct row *r = &t->cmp->rows[i];
	for (size_t k = 0; k < r->ncells; k++)
		screen_show_offset(t, r->cells[k].art, r->cells[k].sent_start);
	/* the focused report says nothing on it: the focus goes to the next
	 * report that does, which comes into view (decided by the focus and
	 * the row alone, never by what the screen's size shows) */
	if (r->ncells && !row_cell(r, (uint32_t)t->focus) && t->filter != FILTER_PAIR) {
		size_t nr = t->story->n, to = t->focus;
		for (size_t step = 1; step <= nr; step++)
			if (row_cell(r, (uint32_t)((t->focus + step) % nr))) {
				to = (t->focus + step) % nr;
				break;
			}
		screen_focus(t, to);
	}
	/* keep the chosen row in the panel's view */
	size_t pos = pos_of(t, i);
	size_t vis = t->panel_h > 3 ? (size_t)t->panel_h - 3 : 1;
	if (pos < t->nshown) {
		if (pos < t->panel_top)
			t->panel_top = pos;
		if (pos >= t->panel_top + vis)
			t->panel_top = pos + 1 - vis;
	}
	screen_say(t, "fact %zu of %zu: %s %s", i + 1, n, verdict_mark(r->verdict),
		   verdict_name(r->verdict));
}

/* The disagreements the filter lets through: ] and [ step among them. */
void panel_step_disagreement(struct tui *t, int dir, unsigned times)
{
	size_t n = t->nshown;
	size_t total = 0;
	for (size_t k = 0; k < n; k++)
		total += t->cmp->rows[t->shown[k]].verdict == VERDICT_DISAGREE;
	if (total == 0) {
		screen_say(t, screen_nrows(t) ? "no disagreements among the facts listed"
					     : "no facts");
		return;
	}
	bool was_chosen = t->chosen && pos_of(t, t->sel) < n;
	size_t from = was_chosen ? pos_of(t, t->sel) : (dir > 0 ? n - 1 : 0), i = from;
	bool wrapped = false, first = true;
	/* "3]": three disagreements on; coming round past the end is said */
	for (unsigned k = 0; k < (times ? times : 1); k++) {
		for (size_t step = 0; step < n; step++) {
			size_t next = dir > 0 ? (i + 1) % n : (i + n - 1) % n;
			/* a first step from nothing chosen is no wrap */
			if (was_chosen || !first)
				wrapped |= dir > 0 ? next <= i : next >= i;
			first = false;
			i = next;
			if (t->cmp->rows[t->shown[i]].verdict == VERDICT_DISAGREE)
				break;
		}
	}
	panel_choose(t, t->shown[i]);
	size_t nth = 0;
	for (size_t k = 0; k <= i; k++)
		nth += t->cmp->rows[t->shown[k]].verdict == VERDICT_DISAGREE;
	const struct row *r = &t->cmp->rows[t->shown[i]];
	screen_say(t, "%sdisagreement %zu of %zu: %s \xe2\x80\x94 %s",
		   !wrapped ? "" : total == 1 ? "the only one: "
		   : dir > 0 ? "back to the first: " : "back to the last: ",
		   nth, total, r->question, r->why ? r->why : "");
}

bool panel_action(struct tui *t, enum tui_action act)
{
	size_t n = t->nshown;
	if (!t->panel || screen_nrows(t) == 0)
		return false;
	if (n == 0) {
		switch (act) {
		case ACT_DOWN: case ACT_UP: case ACT_PAGE_DOWN: case ACT_PAGE_UP:
		case ACT_HALF_DOWN: case ACT_HALF_UP: case ACT_TOP: case ACT_BOTTOM:
			screen_say(t, "no facts listed (c changes which)");
			return true;
		default:
			return false;
		}
	}
	size_t page = t->panel_h > 4 ? (size_t)t->panel_h - 3 : 1, half = (page + 1) / 2;
	size_t pos = t->chosen ? pos_of(t, t->sel) : n;
	bool none = pos == n;
	size_t cur = none ? 0 : pos, to;
	switch (act) {
	case ACT_DOWN: to = none ? 0 : cur + 1; break;
	case ACT_UP: to = cur > 0 ? cur - 1 : 0; break;
	case ACT_PAGE_DOWN: to = cur + page; break;
	case ACT_PAGE_UP: to = cur > page ? cur - page : 0; break;
	case ACT_HALF_DOWN: to = cur + half; break;
	case ACT_HALF_UP: to = cur > half ? cur - half : 0; break;
	case ACT_TOP: to = 0; break;
	case ACT_BOTTOM: to = n - 1; break;
	default: return false;
	}
	panel_choose(t, t->shown[to < n ? to : n - 1]);
	return true;
}

bool panel_mouse(struct tui *t, enum mouse_kind kind, int y)
{
	int ptop = t->g.body_top + t->g.body_rows;
	if (t->panel_h <= 0 || y < ptop || y >= t->g.status_row)
		return false;
	if (kind == CLICK && y >= ptop + 1 && y < ptop + t->panel_h - 1) {
		size_t pos = t->panel_top + (size_t)(y - ptop - 1);
		if (pos < t->nshown)
			panel_choose(t, t->shown[pos]);
	} else if (kind == WHEEL_DOWN || kind == WHEEL_UP) {
		panel_action(t, kind == WHEEL_DOWN ? ACT_DOWN : ACT_UP);
		panel_action(t, kind == WHEEL_DOWN ? ACT_DOWN : ACT_UP);
		panel_action(t, kind == WHEEL_DOWN ? ACT_DOWN : ACT_UP);
	}
	return true;
}

/* ---- drawing ------------------------------------------------------------ */

/* A report's answer in the facts panel: short. */
static const char *panel_value(const struct row *r, const struct cell *c, char *buf, size_t cap)
{
	if (!c)
		return term_glyph(GL_SILENT);
	if (r->kind == FACT_QUANTITY) {
		/* a number with its qualifier; a vague count as written */
		char *end = NULL;
		strtod(c->normalized, &end);
		if (!end || *end)
			return c->value;
		snprintf(buf, cap, "%s%s%s", c->qualifier ? c->qualifier : "", c->qualifier ? " " : "",
			 c->normalized);
		return buf;
	}
	if (r->kind == FACT_QUOTE)
		return c->speaker ? c->speaker : "(speaker not given)";
	return c->value;
}

/* The panel's columns: the questions qw wide, then one slot per report
 * slotw wide, or the questions alone (slotw 0) when slots would be too
 * narrow to read. */
struct panel_cols {
	int qw, slotw;
};

static struct panel_cols panel_cols(int cols, size_t n)
{
	int qw = cols < 70 ? cols - 3 : cols * 2 / 5;
	if (qw > 64)
		qw = 64;
	int slotw = n ? (cols - 3 - qw) / (int)n : 0;
	if (slotw < 10)
		return (struct panel_cols){ cols - 3, 0 };
	if (qw < 58 && (cols - 3 - 58) / (int)n >= 10) {
		qw = 58;  /* room for the legend over the questions */
		slotw = (cols - 3 - qw) / (int)n;
	}
	return (struct panel_cols){ qw, slotw };
}

/* The header: the legend, then the outlets over their answers. */
static void panel_header(const struct tui *t, int y0, struct panel_cols pc)
{
	int cols = t->g.cols;
	short pair = term_pair(t, PAIR_STATUS);
	attr_t rev = term_reverse(t);
	draw_fill(y0, 0, cols, rev, pair);
	move(y0, 0);
	char head[256], legend[128];
	verdict_legend(legend, sizeof legend);
	if (t->filter == FILTER_ALL) {
		snprintf(head, sizeof head, " Facts: %zu  %s", screen_nrows(t), legend);
	} else {
		char name[200];
		filter_name(t, name, sizeof name);
		snprintf(head, sizeof head, " Facts: %zu of %zu, %s (c: which)", t->nshown,
			 screen_nrows(t), name);
	}
	draw_clipped(head, rev | A_BOLD, pair, pc.slotw ? pc.qw + 2 : cols);
	if (!pc.slotw)
		return;
	for (size_t a = 0; a < t->story->n; a++) {
		move(y0, 3 + pc.qw + (int)a * pc.slotw);
		draw_clipped(t->story->arts[a].outlet, rev | A_BOLD, pair, pc.slotw - 1);
	}
}

static void panel_row(const struct tui *t, size_t ri, int y, struct panel_cols pc)
{
	const struct row *row = &t->cmp->rows[ri];
	bool sel = t->chosen && ri == t->sel;
	attr_t base = sel ? A_REVERSE : A_NORMAL;
	if (sel)
		draw_fill(y, 0, t->g.cols, A_REVERSE, 0);
	move(y, 0);
	draw_str(sel ? term_glyph(GL_POINTER) : " ", base | A_BOLD, 0, 1);
	draw_str(verdict_mark(row->verdict), base | A_BOLD, term_verdict_pair(t, row->verdict), 1);
	draw_str(" ", base, 0, 1);
	draw_clipped(row->question, base, 0, pc.slotw ? pc.qw - 1 : pc.qw);
	if (!pc.slotw)
		return;
	for (size_t a = 0; a < t->story->n; a++) {
		char buf[128];
		const struct cell *c = row_cell(row, (uint32_t)a);
		move(y, 3 + pc.qw + (int)a * pc.slotw);
		attr_t attr = base | (c ? 0 : term_quiet(t));  /* silent: quiet */
		draw_clipped(panel_value(row, c, buf, sizeof buf), attr, 0, pc.slotw - 1);
	}
}

void panel_draw(struct tui *t)
{
	if (t->panel_h <= 0 || !t->cmp)
		return;
	int y0 = t->g.body_top + t->g.body_rows, h = t->panel_h;
	struct panel_cols pc = panel_cols(t->g.cols, t->story->n);
	panel_header(t, y0, pc);
	int list_h = h - 2;
	if (list_h < 1)
		list_h = h - 1;
	for (int r = 0; r < list_h && t->panel_top + (size_t)r < t->nshown; r++)
		panel_row(t, t->shown[t->panel_top + (size_t)r], y0 + 1 + r, pc);
	if (t->nshown == 0 && list_h > 0) {
		move(y0 + 1, 0);
		draw_str(" no facts listed: c changes which", term_quiet(t), 0, t->g.cols);
	}
	/* footer: why the chosen row has its verdict */
	const struct row *row = screen_chosen(t);
	if (h >= 3 && row) {
		char why[512];
		snprintf(why, sizeof why, " %s: %s", verdict_name(row->verdict), row->why ? row->why : "");
		move(y0 + h - 1, 0);
		draw_clipped(why, term_quiet(t), 0, t->g.cols);
	}
}
