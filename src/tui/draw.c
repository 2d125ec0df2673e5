/* Drawing: text into curses' screen, and the reading screen itself, one
 * column per report under its header, and the status line.  The facts
 * panel and the views over the reports (help, detail, quotation...) draw
 * themselves (panel.c, pager.c). */
#include "tui/screen.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "base/text.h"
#include "show/wrap.h"

/* ---- text --------------------------------------------------------------- */

/* Printable ASCII gathered into cells and put on the screen in one call
 * (wadd_wchnstr renders each cell as add_wch does, for a fraction of the
 * work: most of a frame is such text), the cursor then moved past them
 * as add_wch would have moved it. */
struct run {
	cchar_t cc[128];
	int n;
};

static void run_flush(struct run *r)
{
	if (!r->n)
		return;
	int y, x, maxy = getmaxy(stdscr) - 1, maxx = getmaxx(stdscr) - 1;
	getyx(stdscr, y, x);
	wadd_wchnstr(stdscr, r->cc, r->n);
	x += r->n;
	if (x <= maxx)
		wmove(stdscr, y, x);
	else if (y < maxy)
		wmove(stdscr, y + 1, 0);
	else
		wmove(stdscr, y, maxx);
	r->n = 0;
}

/* Combining marks join the character before them. */
int draw_text(const char *s, size_t n, attr_t attr, short pair, int maxw)
{
	bool utf8 = term_utf8();
	int used = 0;
	size_t i = 0;
	struct run run;
	run.n = 0;
	while (i < n) {
		wchar_t wc[CCHARW_MAX + 1];
		cchar_t cc;
		unsigned char c = (unsigned char)s[i];
		/* A printable ASCII byte (or a line break, drawn as a space)
		 * with no combining mark after it (the next byte is ASCII, or
		 * there is none): one cell, as the general case below draws it,
		 * without decoding and measuring it. */
		if (((c >= 0x20 && c < 0x7F) || c == '\n') &&
		    (i + 1 >= n || (unsigned char)s[i + 1] < 0x80)) {
			if (used + 1 > maxw)
				break;
			wc[0] = c == '\n' ? L' ' : (wchar_t)c;
			wc[1] = L'\0';
			if (run.n == (int)(sizeof run.cc / sizeof run.cc[0]))
				run_flush(&run);
			setcchar(&run.cc[run.n++], wc, attr, pair, NULL);
			used++;
			i++;
			continue;
		}
		run_flush(&run);
		int k = 0;
		int32_t cp = text_next(s, n, &i);
		if (cp == '\n') /* a hard-wrapped line break reads as a space */
			cp = ' ';
		int w = text_cp_width(cp);
		if (w == 0) /* a mark with nothing before it: drop it */
			continue;
		if (used + w > maxw)
			break;
		wc[k++] = utf8 || cp < 0x80 ? (wchar_t)cp : L'?';
		while (i < n && k < CCHARW_MAX) {
			size_t j = i;
			int32_t m = text_next(s, n, &j);
			if (m < 0x80 || text_cp_width(m) != 0)
				break;
			if (utf8)
				wc[k++] = (wchar_t)m;
			i = j;
		}
		wc[k] = L'\0';
		setcchar(&cc, wc, attr, pair, NULL);
		add_wch(&cc);
		used += w;
	}
	run_flush(&run);
	return used;
}

int draw_str(const char *s, attr_t attr, short pair, int maxw)
{
	return draw_text(s, strlen(s), attr, pair, maxw);
}

void draw_clipped(const char *s, attr_t attr, short pair, int w)
{
	if (w <= 0)
		return;
	if ((int)text_width(s, strlen(s)) <= w) {
		draw_str(s, attr, pair, w);
		return;
	}
	draw_str(s, attr, pair, w - 1);
	draw_str(term_glyph(GL_ELLIPSIS), attr, pair, 1);
}

void draw_fill(int y, int x, int w, attr_t attr, short pair)
{
	attr_set(attr, pair, NULL);
	mvhline(y, x, ' ', w);
	attr_set(A_NORMAL, 0, NULL);
}

/* ---- a report's header -------------------------------------------------- */

/* The host part of a URL, for the header. */
static void url_host(const char *url, char *out, size_t cap)
{
	size_t n;
	const char *p = text_url_host(url, &n);
	snprintf(out, cap, "%.*s", (int)n, p);
}

/* The title, wrapped to the lines the header gives it, cut with "…". */
static void header_title(const struct tui *t, const struct article *a, int x, int w)
{
	int trow = t->g.top + (t->g.header_rows == 3 ? 1 : 2);
	const char *title = a->title[0] ? a->title : "(no title)";
	struct wrap_out wo = { 0 };
	int tw = layout_text_width(w);
	if (wrap_text(title, strlen(title), 0, tw, &wo) == ND_E_OK) {
		for (int i = 0; i < t->g.title_lines && (size_t)i < wo.n; i++) {
			move(trow + i, x + 1);
			bool last = i == t->g.title_lines - 1 && (size_t)i + 1 < wo.n;
			int cut = last ? tw - 1 : tw;
			draw_text(title + wo.v[i].off, wo.v[i].len, A_BOLD, 0, cut);
			if (last)
				draw_str(term_glyph(GL_ELLIPSIS), A_BOLD, 0, 1);
		}
	}
	free(wo.v);
}

/* How many reports off-screen to the left and to the right hold the
 * chosen fact. */
static void offscreen_counts(const struct tui *t, size_t *left, size_t *right)
{
	const struct row *r = screen_chosen(t);
	*left = *right = 0;
	for (size_t k = 0; r && k < r->ncells; k++) {
		if (layout_col_of(&t->g, r->cells[k].art) >= 0)
			continue;
		*left += r->cells[k].art < t->g.art[0];
		*right += r->cells[k].art >= t->g.art[0];
	}
}

/* "1 ▸" at the right end of the rightmost column's header. */
static void right_flag(const struct tui *t, int col, attr_t attr, short pair)
{
	size_t left, right;
	offscreen_counts(t, &left, &right);
	if (col != t->g.nvis - 1 || !right)
		return;
	char flag[32];
	snprintf(flag, sizeof flag, "%zu %s", right, term_glyph(GL_MORE_RIGHT));
	int fw = (int)text_width(flag, strlen(flag));
	if (fw + 4 > t->g.w[col])
		return;
	move(t->g.top, t->g.x[col] + t->g.w[col] - fw - 1);
	draw_str(flag, attr, pair, fw);
}

static void header(const struct tui *t, int col, size_t art)
{
	const struct article *a = &t->story->arts[art];
	int x = t->g.x[col], w = t->g.w[col];
	bool focused = art == t->focus;
	attr_t hattr = A_BOLD | (focused ? term_reverse(t) : 0);
	short hpair = term_pair(t, focused ? PAIR_FOCUS : PAIR_HEADER);

	int y = t->g.top;
	draw_fill(y, x, w, hattr, hpair);
	move(y, x);
	/* "◂ 2 " first on the leftmost header: reports off-screen to the
	 * left that hold the chosen fact */
	size_t left, right;
	offscreen_counts(t, &left, &right);
	int used = 0;
	if (col == 0 && left && w > 12) {
		char flag[32];
		snprintf(flag, sizeof flag, "%s %zu ", term_glyph(GL_MORE_LEFT), left);
		used = draw_str(flag, hattr, hpair, w);
	}
	used += draw_str(focused ? term_glyph(GL_POINTER) : " ", hattr, hpair, w - used);
	used += draw_str(" ", hattr, hpair, w - used);
	draw_str(a->outlet, hattr, hpair, w - used);
	right_flag(t, col, hattr, hpair);
	if (t->g.header_rows == 1)
		return;
	if (t->g.header_rows == 3) {
		/* Compact: the date joins the outlet line. */
		int ox = x + 2 + (int)text_width(a->outlet, strlen(a->outlet)) + 2;
		if (ox < x + w) {
			move(y, ox);
			draw_str(a->date, hattr, hpair, x + w - ox);
		}
	} else {
		char host[128] = "";
		url_host(a->url, host, sizeof host);
		char meta[256];
		snprintf(meta, sizeof meta, "%s%s%s", a->date[0] ? a->date : "no date",
			 host[0] ? " \xc2\xb7 " : "", host);
		move(y + 1, x + 1);
		draw_clipped(meta, term_quiet(t), term_pair(t, PAIR_META), w - 1);
	}
	header_title(t, a, x, w);
	move(y + t->g.header_rows - 1, x);
	for (int i = 0; i < w; i++)
		draw_str(term_glyph(GL_HLINE), term_quiet(t), 0, 1);
}

/* ---- a report's text ---------------------------------------------------- */

static void fold_label(const struct tui *t, const struct article *a, const struct vline *v,
		       int w)
{
	char label[256];
	const char *first = para_label(&a->paras[v->para]);
	if (v->len == 1)
		snprintf(label, sizeof label, "%s furniture: %s", term_glyph(GL_FOLD), first);
	else
		snprintf(label, sizeof label, "%s %u furniture: %s, %s", term_glyph(GL_FOLD),
			 v->len, first, term_glyph(GL_ETC));
	draw_str(label, term_quiet(t), term_pair(t, PAIR_FURN), w);
}

/* The chosen row's cell for report art, or NULL. */
static const struct cell *chosen_cell(const struct tui *t, size_t art)
{
	const struct row *r = screen_chosen(t);
	return r ? row_cell(r, (uint32_t)art) : NULL;
}

/* How a byte of report text is drawn: search matches, then the chosen
 * fact's value, then facts marked by verdict (underlined). */
static void style_at(const struct tui *t, size_t art, size_t off, attr_t base, short bpair,
		     attr_t *attr, short *pair)
{
	*attr = base;
	*pair = bpair;
	if (t->nmatch && search_covers(t, art, off)) {
		*attr = base | term_reverse(t) | A_BOLD;
		*pair = term_pair(t, PAIR_MATCH);
		return;
	}
	const struct cell *c = chosen_cell(t, art);
	if (c && off >= c->start && off < c->end) {
		*attr = base | A_REVERSE | A_BOLD;
		*pair = term_verdict_pair(t, t->cmp->rows[t->sel].verdict);
		return;
	}
	if (t->marks) {
		int v = marks_verdict_at(t, art, off);
		if (v >= 0) {
			*attr = base | term_mark(t);
			*pair = term_verdict_pair(t, (unsigned)v);
		}
	}
}

/* The margin beside a line: the chosen fact's evidence, else the mark of
 * the most telling verdict among the facts on the line. */
static void margin(const struct tui *t, size_t art, const struct vline *v, int y, int x)
{
	if (v->type != VL_TEXT || x < 0)
		return;
	uint32_t s0 = v->off, s1 = v->off + v->len;
	const struct cell *c = chosen_cell(t, art);
	if (c && c->sent_start < s1 && c->sent_end > s0) {
		move(y, x);
		draw_str(term_glyph(GL_EVIDENCE), A_BOLD,
			 term_verdict_pair(t, t->cmp->rows[t->sel].verdict), 1);
		return;
	}
	int best = t->marks ? marks_line_verdict(t, art, s0, s1) : -1;
	if (best >= 0) {
		move(y, x);
		draw_str(verdict_mark((enum verdict)best), A_BOLD,
			 term_verdict_pair(t, (unsigned)best), 1);
	}
}

/* The attributes of a paragraph's kind; furniture is marked first. */
static void para_style(const struct tui *t, enum para_kind kind, attr_t *attr, short *pair,
		       int *w)
{
	*attr = A_NORMAL;
	*pair = 0;
	switch (kind) {
	case PARA_HEADLINE: *attr = A_BOLD; break;
	case PARA_STANDFIRST: *attr = A_BOLD | term_quiet(t); break;
	case PARA_DATELINE:
	case PARA_BYLINE: *attr = term_quiet(t); *pair = term_pair(t, PAIR_META); break;
	case PARA_FURNITURE:
		*attr = term_quiet(t);
		*pair = term_pair(t, PAIR_FURN);
		draw_str(term_glyph(GL_FURNITURE), *attr, *pair, *w);
		draw_str(" ", *attr, *pair, *w - 1);
		*w -= LAYOUT_FURN_INDENT;
		break;
	case PARA_BODY: break;
	}
}

static void text_line(const struct tui *t, size_t art, const struct vline *v, int w)
{
	const struct article *a = &t->story->arts[art];
	if (v->type == VL_BLANK)
		return;
	if (v->type == VL_FOLD) {
		fold_label(t, a, v, w);
		return;
	}
	attr_t attr;
	short pair;
	para_style(t, a->paras[v->para].kind, &attr, &pair, &w);
	/* Split the line into runs of the same style: with no search
	 * match, no chosen fact and no marks (the first frame, before the
	 * facts come) every byte has the paragraph's style, one run. */
	size_t i = v->off, end = v->off + v->len;
	if (!t->nmatch && !t->marks && !chosen_cell(t, art)) {
		draw_text(a->text + i, end - i, attr, pair, w);
		return;
	}
	while (i < end && w > 0) {
		attr_t ra;
		short rp;
		style_at(t, art, i, attr, pair, &ra, &rp);
		size_t j = i;
		while (j < end) {
			attr_t xa;
			short xp;
			style_at(t, art, j, attr, pair, &xa, &xp);
			if (xa != ra || xp != rp)
				break;
			size_t k = j;
			text_next(a->text, end, &k);
			j = k;
		}
		w -= draw_text(a->text + i, j - i, ra, rp, w);
		i = j;
	}
}

static void column(const struct tui *t, int col)
{
	size_t art = t->g.art[col];
	header(t, col, art);
	const struct layout_lines *l = &t->lines[art];
	int w = layout_text_width(t->g.w[col]);
	int x = t->g.x[col] + (t->g.w[col] - w > 1 ? LAYOUT_GUTTER : 0);
	for (int r = 0; r < t->g.body_rows; r++) {
		size_t li = t->top[art] + (size_t)r;
		if (li >= l->n)
			break;
		margin(t, art, &l->v[li], t->g.body_top + r, x > t->g.x[col] ? t->g.x[col] : -1);
		move(t->g.body_top + r, x);
		text_line(t, art, &l->v[li], w);
	}
	/* The separator to the right. */
	if (col + 1 < t->g.nvis) {
		int sx = t->g.x[col] + t->g.w[col];
		for (int r = t->g.top; r < t->g.body_top + t->g.body_rows; r++) {
			move(r, sx);
			draw_str(term_glyph(GL_VLINE), term_quiet(t), 0, 1);
		}
	}
}

/* ---- the status line ---------------------------------------------------- */

/* Where the focused report is: All, Top, Bot or a percentage. */
static void status_where(const struct tui *t, char *where, size_t cap)
{
	size_t art = t->focus, n = t->lines[art].n, m = screen_max_top(t, art);
	if (n <= (size_t)t->g.body_rows)
		snprintf(where, cap, "All");
	else if (t->top[art] == 0)
		snprintf(where, cap, "Top");
	else if (t->top[art] >= m)
		snprintf(where, cap, "Bot");
	else
		snprintf(where, cap, "%zu%%", t->top[art] * 100 / m);
}

/* The message, else how many reports, which are shown and the modes. */
static void status_left(const struct tui *t, char *left, size_t cap)
{
	if (t->message[0]) {
		snprintf(left, cap, " %s", t->message);
		return;
	}
	if (t->touring) {
		char hint[256];
		tour_hint(t, hint, sizeof hint);
		snprintf(left, cap, " %s", hint);
		return;
	}
	size_t n = t->story->n, first = t->g.first + 1;
	char range[64] = "";
	if (t->g.nvis == 1 && n > 1)
		snprintf(range, sizeof range, "  %zu of %zu", first, n);
	else if ((size_t)t->g.nvis < n)
		snprintf(range, sizeof range, "  %zu-%zu of %zu", first,
			 t->g.first + (size_t)t->g.nvis, n);
	char failed[64] = "";
	if (t->story->nerr)
		snprintf(failed, sizeof failed, "  %zu failed (E)", t->story->nerr);
	/* the keys of help and quit, as bound (the config file may move them) */
	char help[64], quit[64], keys[160] = "";
	input_keys_of(t, ACT_HELP, help, sizeof help);
	input_keys_of(t, ACT_QUIT, quit, sizeof quit);
	help[strcspn(help, ",")] = '\0';
	quit[strcspn(quit, ",")] = '\0';
	if (help[0] && quit[0])
		snprintf(keys, sizeof keys, "  %s help  %s quit", help, quit);
	snprintf(left, cap, " %zu report%s%s%s%s%s%s", n, n == 1 ? "" : "s", failed, range,
		 t->sync ? "  [sync]" : "", t->furniture ? "  [furniture]" : "",
		 t->g.cols >= 60 ? keys : "");
}

static void status_line(const struct tui *t)
{
	int y = t->g.status_row, cols = t->g.cols;
	attr_t attr = term_reverse(t);
	short pair = term_pair(t, PAIR_STATUS);
	draw_fill(y, 0, cols, attr, pair);
	move(y, 0);
	if (t->prompting) {
		char line[SEARCH_MAX + 64];
		snprintf(line, sizeof line, "%s%s",
			 t->prompt_kind == PROMPT_EXPORT ? "write to (.md, .json, .html, else text): " : "/",
			 t->prompt);
		/* longer than the line: its end, where the typing is, after a "…" */
		const char *show = line;
		int lw = (int)text_width(line, strlen(line));
		if (lw > cols - 1 && cols > 4) {
			while (*show && (int)text_width(show, strlen(show)) > cols - 2) {
				size_t k = 0;
				text_next(show, strlen(show), &k);
				show += k;
			}
			draw_str(term_glyph(GL_ELLIPSIS), attr, pair, 1);
		}
		int used = (show != line) + draw_text(show, strlen(show), attr, pair, cols - 1);
		move(y, used);
		curs_set(1);
		return;
	}
	curs_set(0);
	char where[64], left[768];
	status_where(t, where, sizeof where);
	status_left(t, left, sizeof left);
	/* " Outlet: 42% ": the outlet is cut to leave the place in view */
	const char *outlet = t->story->arts[t->focus].outlet;
	int ww = (int)text_width(where, strlen(where)) + 4;  /* " ", ": ", " " */
	int full = (int)text_width(outlet, strlen(outlet)), ow = full;
	if (ow > cols / 2 - ww)
		ow = cols / 2 - ww;
	/* too narrow for a useful piece of the name: the left side only */
	int rw = ow > 0 && (ow == full || ow >= 6) ? ow + ww : 0;
	/* a message too long for the line ends in "…", not mid-word */
	draw_clipped(left, attr, pair, cols - rw);
	if (rw) {
		move(y, cols - rw);
		draw_str(" ", attr, pair, 1);
		draw_clipped(outlet, attr, pair, ow);
		move(y, cols - ww + 1);
		draw_str(": ", attr, pair, 2);
		draw_str(where, attr, pair, ww - 3);
	}
}

/* The tour's banner above the columns: the step, its verdict's mark,
 * the question and the reason, in bold reverse (the status line's
 * colours). */
static void banner(const struct tui *t)
{
	if (t->g.top < 1 || !tour_row(t))
		return;
	char line[1024];
	tour_banner(t, line, sizeof line);
	attr_t attr = A_BOLD | term_reverse(t);
	short pair = term_pair(t, PAIR_STATUS);
	int w = t->g.cols - 2;
	const char *rest = line;
	for (int y = 0; y < t->g.top; y++) {
		draw_fill(y, 0, t->g.cols, attr, pair);
		move(y, 1);
		size_t len = strlen(rest);
		if (y + 1 == t->g.top || (int)text_width(rest, len) <= w) {
			draw_clipped(rest, attr, pair, w);
			rest += len;
			continue;
		}
		/* the first line ends at the last space that fits */
		size_t cut = 0, i = 0;
		while (i < len) {
			size_t j = i;
			text_next(rest, len, &j);
			if ((int)text_width(rest, j) > w)
				break;
			if (rest[i] == ' ')
				cut = i;
			i = j;
		}
		if (cut == 0)
			cut = i;
		draw_text(rest, cut, attr, pair, w);
		rest += cut + (rest[cut] == ' ');
	}
}

/* ---- the whole screen --------------------------------------------------- */

void tui_draw(struct tui *t)
{
	erase();
	if (t->g.too_small) {
		move(0, 0);
		draw_str(COLS >= 18 ? "terminal too small" : "too small", A_BOLD, 0, COLS);
		if (LINES > 1) {
			char need[64];
			snprintf(need, sizeof need, "need %dx%d", LAYOUT_MIN_COLS, LAYOUT_MIN_ROWS);
			move(1, 0);
			draw_str(need, A_NORMAL, 0, COLS);
		}
		return;
	}
	for (int c = 0; c < t->g.nvis; c++)
		column(t, c);
	banner(t);
	panel_draw(t);
	status_line(t);
	pager_draw(t);
}
