/* The quotation view: the chosen quotation as each outlet gives it, the
 * words only that outlet has in reverse video and the words it leaves out
 * of the fullest version as "[…]".  The words and how they differ were
 * found when the rows were built (struct cell in rows.h): the view only
 * draws them. */
#include "tui/screen.h"

#include <stdio.h>
#include <string.h>

#include "analyse/qdiff.h"
#include "base/text.h"

void quote_open(struct tui *t)
{
	const struct row *r = screen_chosen(t);
	if (!r || r->kind != FACT_QUOTE) {
		screen_say(t, "choose a quotation first (F opens the facts panel)");
		return;
	}
	t->quote_view = true;
}

/* Words flowing into rows width cells wide from (y, x): the next goes cx
 * cells into the rows-th row; rows from ymax down are not drawn. */
struct flow {
	int y, x, width, ymax;
	int cx, rows;
};

/* Move to where something need cells wide goes, wrapping to a new row
 * when it does not fit (even at the start of a row when wrap_empty).
 * False when that row is past the bottom. */
static bool flow_to(struct flow *f, int need, bool wrap_empty)
{
	if ((f->cx || wrap_empty) && f->cx + need > f->width) {
		f->cx = 0;
		f->rows++;
	}
	if (f->y + f->rows - 1 >= f->ymax)
		return false;
	move(f->y + f->rows - 1, f->x + f->cx);
	return true;
}

/* "[…]": words of the fullest version this outlet leaves out. */
static void flow_cut(struct flow *f)
{
	char cut[16];
	snprintf(cut, sizeof cut, "[%s]", term_glyph(GL_ETC));
	int cw = (int)text_width(cut, strlen(cut));
	if (flow_to(f, cw + 1, true))
		draw_str(cut, A_DIM, 0, f->width - f->cx);
	f->cx += cw + 1;
}

/* Words first..first+count of the quotation, each in attr with the
 * punctuation up to the next word plain. */
static void flow_words(struct flow *f, const struct cell *c, size_t first, size_t count,
		       attr_t attr)
{
	const char *text = c->value;
	const struct qword *w = c->words;
	for (size_t k = first; k < first + count; k++) {
		uint32_t s0 = w[k].off;
		uint32_t s1 = k + 1 < c->nwords ? w[k + 1].off : (uint32_t)strlen(text);
		while (s1 > s0 && text[s1 - 1] == ' ')
			s1--;
		int ww = (int)text_width(text + s0, s1 - s0);
		if (flow_to(f, ww, false)) {
			int wl = (int)text_width(text + s0, w[k].len);
			draw_text(text + s0, w[k].len, attr, 0, f->width - f->cx);
			draw_text(text + s0 + w[k].len, s1 - s0 - w[k].len, A_NORMAL, 0,
				  f->width - f->cx - wl);
		}
		f->cx += ww + 1;
	}
}

/* One outlet's version of the quotation; returns the rows used. */
static int quote_text(const struct cell *c, int y, int x, int width, int ymax)
{
	struct flow f = { y, x, width, ymax, 0, 1 };
	if (c->nops == 0)  /* the fullest version itself */
		flow_words(&f, c, 0, c->nwords, A_NORMAL);
	for (size_t o = 0; o < c->nops; o++) {
		const struct qop *op = &c->ops[o];
		if (op->kind == QOP_ONLY_B)
			flow_cut(&f);
		else
			flow_words(&f, c, op->a_first, op->a_count,
				   op->kind == QOP_ONLY_A ? A_REVERSE | A_BOLD : A_NORMAL);
	}
	return f.rows;
}

void quote_draw(struct tui *t)
{
	const struct row *r = screen_chosen(t);
	if (!r)
		return;
	int cols = t->g.cols, ymax = t->g.rows - 2;
	for (int y = 0; y <= ymax; y++)
		draw_fill(y, 0, cols, A_NORMAL, 0);
	move(0, 0);
	char title[512];
	snprintf(title, sizeof title, " %s %s: %s (any key closes) ", verdict_mark(r->verdict),
		 verdict_name(r->verdict), r->question);
	draw_str(title, A_BOLD | A_REVERSE, term_verdict_pair(t, r->verdict), cols);
	int y = 2;
	for (size_t k = 0; k < r->ncells && y < ymax; k++) {
		const struct cell *c = &r->cells[k];
		char who[256];
		snprintf(who, sizeof who, "%s%s%s", t->story->arts[c->art].outlet,
			 c->speaker ? " \xe2\x80\x94 said by " : "", c->speaker ? c->speaker : "");
		move(y, 1);
		draw_str(who, A_BOLD, 0, cols - 2);
		y++;
		y += quote_text(c, y, 3, cols - 4, ymax);
		y++;
	}
	move(ymax, 0);
	draw_str(" reverse: words only this outlet has   [\xe2\x80\xa6]: words it leaves out of the fullest version",
		 A_DIM, 0, cols);
}
