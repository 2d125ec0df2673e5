/* The facts panel under the reports: one line per row of the comparison,
 * its verdict's mark, its question and each report's short answer; the
 * chosen row's evidence is marked in every report that speaks. */
#include "tui/screen.h"

#include <stdlib.h>

#include "base/text.h"

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
}

void panel_toggle(struct tui *t)
{
	if (!t->cmp) {
		screen_say(t, "no facts were found");
		return;
	}
	t->panel = !t->panel;
	screen_resize(t, t->g.rows, t->g.cols);
	if (t->panel && !t->chosen && screen_nrows(t))
		panel_choose(t, 0);
	else if (!t->panel)
		screen_say(t, "facts panel closed");
}

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
	/* no report in view holds it: bring the first that does into view */
	bool seen = false;
	for (size_t k = 0; k < r->ncells; k++)
		seen |= r->cells[k].art >= t->g.first &&
			r->cells[k].art < t->g.first + (size_t)t->g.nvis;
	if (!seen && r->ncells)
		screen_focus(t, r->cells[0].art);
	/* keep the chosen row in the panel's view */
	size_t vis = t->panel_h > 3 ? (size_t)t->panel_h - 3 : 1;
	if (t->sel < t->panel_top)
		t->panel_top = t->sel;
	if (t->sel >= t->panel_top + vis)
		t->panel_top = t->sel + 1 - vis;
	screen_say(t, "fact %zu of %zu: %s %s", i + 1, n, verdict_mark(r->verdict),
		   verdict_name(r->verdict));
}

void panel_step_disagreement(struct tui *t, int dir)
{
	size_t n = screen_nrows(t);
	if (n == 0) {
		screen_say(t, "no facts");
		return;
	}
	size_t total = 0;
	for (size_t k = 0; k < n; k++)
		total += t->cmp->rows[k].verdict == VERDICT_DISAGREE;
	if (total == 0) {
		screen_say(t, "no disagreements");
		return;
	}
	bool was_chosen = t->chosen;
	size_t from = was_chosen ? t->sel : (dir > 0 ? n - 1 : 0), i = from;
	bool wrapped = false;
	for (size_t step = 0; step < n; step++) {
		size_t next = dir > 0 ? (i + 1) % n : (i + n - 1) % n;
		wrapped |= dir > 0 ? next <= i : next >= i;
		i = next;
		if (t->cmp->rows[i].verdict == VERDICT_DISAGREE)
			break;
	}
	panel_choose(t, i);
	size_t nth = 0;
	for (size_t k = 0; k <= i; k++)
		nth += t->cmp->rows[k].verdict == VERDICT_DISAGREE;
	const struct row *r = &t->cmp->rows[i];
	/* a first step from nothing chosen is no wrap */
	wrapped &= was_chosen;
	screen_say(t, "%sdisagreement %zu of %zu: %s \xe2\x80\x94 %s",
		   !wrapped ? "" : total == 1 ? "the only one: "
		   : dir > 0 ? "back to the first: " : "back to the last: ",
		   nth, total, r->question, r->why ? r->why : "");
}

bool panel_action(struct tui *t, enum tui_action act)
{
	size_t n = screen_nrows(t);
	if (!t->panel || n == 0)
		return false;
	size_t page = t->panel_h > 4 ? (size_t)t->panel_h - 3 : 1;
	size_t cur = t->chosen ? t->sel : 0;
	switch (act) {
	case ACT_DOWN: panel_choose(t, t->chosen ? cur + 1 : 0); return true;
	case ACT_UP: panel_choose(t, cur > 0 ? cur - 1 : 0); return true;
	case ACT_PAGE_DOWN: panel_choose(t, cur + page); return true;
	case ACT_PAGE_UP: panel_choose(t, cur > page ? cur - page : 0); return true;
	case ACT_HALF_DOWN: panel_choose(t, cur + (page + 1) / 2); return true;
	case ACT_HALF_UP: panel_choose(t, cur > (page + 1) / 2 ? cur - (page + 1) / 2 : 0); return true;
	case ACT_TOP: panel_choose(t, 0); return true;
	case ACT_BOTTOM: panel_choose(t, n - 1); return true;
	default: return false;
	}
}

bool panel_mouse(struct tui *t, enum mouse_kind kind, int y)
{
	int ptop = t->g.body_top + t->g.body_rows;
	if (t->panel_h <= 0 || y < ptop || y >= t->g.status_row)
		return false;
	if (kind == CLICK && y >= ptop + 1 && y < ptop + t->panel_h - 1)
		panel_choose(t, t->panel_top + (size_t)(y - ptop - 1));
	else if (kind == WHEEL_DOWN)
		panel_choose(t, t->sel + 3);
	else if (kind == WHEEL_UP)
		panel_choose(t, t->sel > 3 ? t->sel - 3 : 0);
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
	draw_fill(y0, 0, cols, A_REVERSE, pair);
	move(y0, 0);
	char head[256], legend[128];
	verdict_legend(legend, sizeof legend);
	snprintf(head, sizeof head, " Facts: %zu  %s", screen_nrows(t), legend);
	draw_str(head, A_REVERSE | A_BOLD, pair, pc.slotw ? pc.qw + 2 : cols);
	if (!pc.slotw)
		return;
	for (size_t a = 0; a < t->story->n; a++) {
		move(y0, 3 + pc.qw + (int)a * pc.slotw);
		draw_clipped(t->story->arts[a].outlet, A_REVERSE | A_BOLD, pair, pc.slotw - 1);
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
		draw_clipped(panel_value(row, c, buf, sizeof buf), base | (c ? 0 : A_DIM), 0,
			     pc.slotw - 1);
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
	for (int r = 0; r < list_h && t->panel_top + (size_t)r < screen_nrows(t); r++)
		panel_row(t, t->panel_top + (size_t)r, y0 + 1 + r, pc);
	/* footer: why the chosen row has its verdict */
	const struct row *row = screen_chosen(t);
	if (h >= 3 && row) {
		char why[512];
		snprintf(why, sizeof why, " %s: %s", verdict_name(row->verdict), row->why ? row->why : "");
		move(y0 + h - 1, 0);
		draw_str(why, A_DIM, 0, t->g.cols);
	}
}
