#define _XOPEN_SOURCE_EXTENDED 1
#include "tui/tui.h"

#include <curses.h>
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "show/layout.h"
#include "analyse/qdiff.h"
#include "show/wrap.h"
#include "base/text.h"
#include "tui/keys.h"

#define SEARCH_MAX 256

struct match {
	size_t art;
	size_t off, len;
};

/* No fact's value is longer: a quotation is cut to this for marking. */
#define LONGEST_SPAN 4096u

/* A fact's value in a report's text, marked by its row's verdict. */
struct fspan {
	uint32_t start, end;
	uint8_t verdict;
	uint32_t row;
};

struct tui {
	struct story *story;
	const struct comparison *cmp;
	struct fspan **spans;         /* per report, sorted by start */
	size_t *nspans;
	bool panel;                   /* the facts panel is open */
	bool marks;                   /* facts marked in the text */
	bool quote_view;              /* the quotation overlay is open */
	size_t sel;                   /* the chosen row */
	bool chosen;                  /* a row has been chosen: mark its evidence */
	size_t panel_top;             /* first row shown in the panel */
	int panel_h;                  /* rows of the panel, 0 when closed */
	struct layout_geom g;
	struct layout_lines *lines;   /* one per report */
	size_t *top;                  /* first display line shown, per report */
	size_t focus;
	bool sync;
	bool furniture;               /* show furniture in full */
	bool help;
	bool color;
	bool quit;
	bool prompting;
	char prompt[SEARCH_MAX];
	size_t prompt_len;
	char query[SEARCH_MAX];
	struct match *matches;
	size_t nmatch, cur;           /* cur == nmatch: none chosen */
	char message[512];
};

/* Colour pairs, by meaning.  Verdict pairs follow enum verdict's order. */
enum { PAIR_HEADER = 1, PAIR_FOCUS, PAIR_FURN, PAIR_MATCH, PAIR_STATUS, PAIR_META,
       PAIR_VERDICT };

/* ---- key table -------------------------------------------------------- */

struct binding {
	bool fn;
	int code;
	const char *name;
	enum tui_action act;
};

static const struct binding bindings[] = {
#define ND_BIND(fn, code, name, act) { fn, code, name, ACT_##act },
	ND_BINDINGS(ND_BIND)
#undef ND_BIND
};
#define NBIND (sizeof bindings / sizeof bindings[0])

static const char *const action_help[] = {
	"",
#define ND_ACT_HELP(name, help) help,
	ND_ACTIONS(ND_ACT_HELP)
#undef ND_ACT_HELP
};

size_t tui_key_names(const char **names, size_t cap)
{
	size_t n = 0;
	for (size_t i = 0; i < NBIND && n + 1 < cap; i++)
		names[n++] = bindings[i].name;
	if (cap)
		names[n] = NULL;
	return n;
}

static enum tui_action lookup(bool fn, int code)
{
	for (size_t i = 0; i < NBIND; i++)
		if (bindings[i].fn == fn && bindings[i].code == code)
			return bindings[i].act;
	return ACT_NONE;
}

/* ---- state ------------------------------------------------------------ */

static size_t max_top(const struct tui *t, size_t art)
{
	size_t n = t->lines[art].n;
	size_t rows = t->g.body_rows > 0 ? (size_t)t->g.body_rows : 1;
	return n > rows ? n - rows : 0;
}

static void clamp_tops(struct tui *t)
{
	for (size_t i = 0; i < t->story->n; i++) {
		size_t m = max_top(t, i);
		if (t->top[i] > m)
			t->top[i] = m;
	}
}

/* Byte offset at the top of a report's view, to keep the reading place
 * when the text is wrapped again. */
static size_t top_offset(const struct tui *t, size_t art)
{
	const struct layout_lines *l = &t->lines[art];
	for (size_t i = t->top[art]; i < l->n; i++)
		if (l->v[i].type == VL_TEXT)
			return l->v[i].off;
		else if (l->v[i].type == VL_FOLD)
			return t->story->arts[art].paras[l->v[i].para].start;
	return 0;
}

/* Wrap every report again after a change of width or furniture. */
static enum nd_err rewrap(struct tui *t)
{
	int width = t->g.too_small ? 1 : layout_text_width(t->g.w[t->g.nvis - 1]);
	for (size_t i = 0; i < t->story->n; i++) {
		struct layout_lines *l = &t->lines[i];
		if (l->v && l->width == width && l->furniture == t->furniture)
			continue;
		size_t off = l->v ? top_offset(t, i) : 0;
		bool at_top = t->top[i] == 0;
		struct layout_lines nl;
		enum nd_err err = layout_wrap(&t->story->arts[i], width, t->furniture, &nl);
		if (err)
			return err;
		layout_lines_free(l);
		*l = nl;
		t->top[i] = at_top ? 0 : layout_line_of(l, off);
	}
	clamp_tops(t);
	return ND_E_OK;
}

/* Take the facts panel's rows from the text when it is open. */
static void fit_panel(struct tui *t)
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

static void geometry(struct tui *t, int rows, int cols)
{
	layout_compute(&t->g, rows, cols, t->story->n, t->focus, t->g.first);
	fit_panel(t);
}

static void set_size(struct tui *t, int rows, int cols)
{
	geometry(t, rows, cols);
	if (rewrap(t) != ND_E_OK)
		snprintf(t->message, sizeof t->message, "out of memory");
}

static int cmp_fspan(const void *a, const void *b)
{
	const struct fspan *x = a, *y = b;
	return (x->start > y->start) - (x->start < y->start);
}

/* Index every cell's value by report, for marking the text. */
static bool index_facts(struct tui *t)
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
				(struct fspan){ c->start, end, (uint8_t)row->verdict, (uint32_t)r };
		}
	}
	for (size_t a = 0; a < n; a++)
		qsort(t->spans[a], t->nspans[a], sizeof **t->spans, cmp_fspan);
	return true;
}

struct tui *tui_new(struct story *s, const struct tui_opts *o)
{
	struct tui *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->story = s;
	t->color = o && o->color;
	t->cmp = o ? o->cmp : NULL;
	t->marks = t->cmp != NULL;
	t->lines = calloc(s->n ? s->n : 1, sizeof *t->lines);
	t->top = calloc(s->n ? s->n : 1, sizeof *t->top);
	if (!t->lines || !t->top || !index_facts(t)) {
		tui_free(t);
		return NULL;
	}
	if (o && o->message)
		snprintf(t->message, sizeof t->message, "%s", o->message);
	layout_compute(&t->g, LINES, COLS, s->n, 0, 0);
	if (rewrap(t) != ND_E_OK) {
		tui_free(t);
		return NULL;
	}
	return t;
}

void tui_free(struct tui *t)
{
	if (!t)
		return;
	if (t->lines)
		for (size_t i = 0; i < t->story->n; i++)
			layout_lines_free(&t->lines[i]);
	free(t->lines);
	free(t->top);
	free(t->matches);
	if (t->spans)
		for (size_t i = 0; i < t->story->n; i++)
			free(t->spans[i]);
	free(t->spans);
	free(t->nspans);
	free(t);
}

bool tui_quit_requested(const struct tui *t)
{
	return t->quit;
}

/* ---- actions ---------------------------------------------------------- */

static void scroll_by(struct tui *t, long delta)
{
	for (size_t i = 0; i < t->story->n; i++) {
		if (!t->sync && i != t->focus)
			continue;
		long v = (long)t->top[i] + delta;
		size_t m = max_top(t, i);
		t->top[i] = v < 0 ? 0 : (size_t)v > m ? m : (size_t)v;
	}
}

static void focus_to(struct tui *t, size_t f)
{
	if (f >= t->story->n)
		return;
	t->focus = f;
	geometry(t, t->g.rows, t->g.cols);
}

/* Scroll report art so that byte offset off is in view, a third down. */
static void show_offset(struct tui *t, size_t art, size_t off)
{
	size_t line = layout_line_of(&t->lines[art], off);
	size_t third = t->g.body_rows > 2 ? (size_t)t->g.body_rows / 3 : 0;
	size_t top = line > third ? line - third : 0;
	size_t m = max_top(t, art);
	t->top[art] = top > m ? m : top;
}

static bool para_shown(const struct tui *t, const struct para *p)
{
	return t->furniture || p->kind != PARA_FURNITURE;
}

static void find_matches(struct tui *t)
{
	free(t->matches);
	t->matches = NULL;
	t->nmatch = 0;
	t->cur = 0;
	size_t cap = 0;
	for (size_t a = 0; a < t->story->n; a++) {
		const struct article *ar = &t->story->arts[a];
		for (size_t p = 0; p < ar->npara; p++) {
			const struct para *pp = &ar->paras[p];
			if (!para_shown(t, pp))
				continue;
			size_t end = pp->start + pp->len, from = pp->start, mlen;
			size_t at;
			while ((at = text_find(ar->text, end, from, t->query, &mlen)) != (size_t)-1) {
				if (t->nmatch == cap) {
					size_t nc = cap ? cap * 2 : 32;
					struct match *v = realloc(t->matches, nc * sizeof *v);
					if (!v)
						return;
					t->matches = v;
					cap = nc;
				}
				t->matches[t->nmatch++] = (struct match){ a, at, mlen };
				from = at + (mlen ? mlen : 1);
			}
		}
	}
}

static void count_reports(const struct tui *t, size_t *reports)
{
	*reports = 0;
	for (size_t i = 0; i < t->nmatch; i++)
		if (i == 0 || t->matches[i].art != t->matches[i - 1].art)
			(*reports)++;
}

static void goto_match(struct tui *t, size_t i)
{
	if (i >= t->nmatch)
		return;
	t->cur = i;
	focus_to(t, t->matches[i].art);
	show_offset(t, t->matches[i].art, t->matches[i].off);
	size_t reports;
	count_reports(t, &reports);
	snprintf(t->message, sizeof t->message, "/%s: match %zu of %zu, in %zu report%s",
		 t->query, i + 1, t->nmatch, reports, reports == 1 ? "" : "s");
}

/* The first match in the focused report at or after its view, else the
 * first match in a later report. */
static void start_search(struct tui *t)
{
	memcpy(t->query, t->prompt, t->prompt_len + 1);
	find_matches(t);
	if (t->nmatch == 0) {
		snprintf(t->message, sizeof t->message, "/%s: no matches", t->query);
		return;
	}
	size_t from = top_offset(t, t->focus);
	for (size_t i = 0; i < t->nmatch; i++) {
		const struct match *m = &t->matches[i];
		if (m->art > t->focus || (m->art == t->focus && m->off >= from)) {
			goto_match(t, i);
			return;
		}
	}
	goto_match(t, 0);
}

static void step_match(struct tui *t, int dir)
{
	if (!t->query[0]) {
		snprintf(t->message, sizeof t->message, "no search yet: press / to search");
		return;
	}
	if (t->nmatch == 0) {
		snprintf(t->message, sizeof t->message, "/%s: no matches", t->query);
		return;
	}
	size_t i = t->cur;
	if (dir > 0)
		i = i + 1 >= t->nmatch ? 0 : i + 1;
	else
		i = i == 0 ? t->nmatch - 1 : i - 1;
	goto_match(t, i);
}

static size_t nrows(const struct tui *t)
{
	return t->cmp ? t->cmp->nrows : 0;
}

/* Choose row i: every report that speaks scrolls to its evidence. */
static void choose_row(struct tui *t, size_t i)
{
	if (nrows(t) == 0)
		return;
	if (i >= nrows(t))
		i = nrows(t) - 1;
	t->sel = i;
	t->chosen = true;
	const struct row *r = &t->cmp->rows[i];
	for (size_t k = 0; k < r->ncells; k++)
		show_offset(t, r->cells[k].art, r->cells[k].sent_start);
	/* keep the chosen row in the panel's view */
	size_t vis = t->panel_h > 3 ? (size_t)t->panel_h - 3 : 1;
	if (t->sel < t->panel_top)
		t->panel_top = t->sel;
	if (t->sel >= t->panel_top + vis)
		t->panel_top = t->sel + 1 - vis;
	snprintf(t->message, sizeof t->message, "fact %zu of %zu: %s %s", i + 1, nrows(t),
		 verdict_mark(r->verdict), verdict_name(r->verdict));
}

static void step_disagreement(struct tui *t, int dir)
{
	size_t n = nrows(t);
	if (n == 0) {
		snprintf(t->message, sizeof t->message, "no facts");
		return;
	}
	size_t i = t->chosen ? t->sel : (dir > 0 ? n - 1 : 0);
	for (size_t step = 0; step < n; step++) {
		i = dir > 0 ? (i + 1) % n : (i + n - 1) % n;
		if (t->cmp->rows[i].verdict == VERDICT_DISAGREE) {
			choose_row(t, i);
			return;
		}
	}
	snprintf(t->message, sizeof t->message, "no disagreements");
}

/* Keys that move the facts panel's choice while it is open. */
static bool panel_action(struct tui *t, enum tui_action act)
{
	if (!t->panel || nrows(t) == 0)
		return false;
	size_t page = t->panel_h > 4 ? (size_t)t->panel_h - 3 : 1;
	size_t cur = t->chosen ? t->sel : 0;
	switch (act) {
	case ACT_DOWN: choose_row(t, t->chosen ? cur + 1 : 0); return true;
	case ACT_UP: choose_row(t, cur > 0 ? cur - 1 : 0); return true;
	case ACT_PAGE_DOWN: choose_row(t, cur + page); return true;
	case ACT_PAGE_UP: choose_row(t, cur > page ? cur - page : 0); return true;
	case ACT_TOP: choose_row(t, 0); return true;
	case ACT_BOTTOM: choose_row(t, nrows(t) - 1); return true;
	case ACT_NEXT_MATCH: step_disagreement(t, 1); return true;
	case ACT_PREV_MATCH: step_disagreement(t, -1); return true;
	default: return false;
	}
}

static void do_action(struct tui *t, enum tui_action act)
{
	long page = t->g.body_rows > 1 ? t->g.body_rows - 1 : 1;
	if (panel_action(t, act))
		return;
	switch (act) {
	case ACT_NONE:
		break;
	case ACT_DOWN: scroll_by(t, 1); break;
	case ACT_UP: scroll_by(t, -1); break;
	case ACT_PAGE_DOWN: scroll_by(t, page); break;
	case ACT_PAGE_UP: scroll_by(t, -page); break;
	case ACT_TOP: scroll_by(t, -(long)(1L << 30)); break;
	case ACT_BOTTOM: scroll_by(t, 1L << 30); break;
	case ACT_NEXT_COL:
		focus_to(t, t->focus + 1 < t->story->n ? t->focus + 1 : 0);
		break;
	case ACT_PREV_COL:
		focus_to(t, t->focus > 0 ? t->focus - 1 : t->story->n - 1);
		break;
	case ACT_SYNC:
		t->sync = !t->sync;
		snprintf(t->message, sizeof t->message, "scroll together: %s",
			 t->sync ? "on" : "off");
		break;
	case ACT_FURNITURE:
		t->furniture = !t->furniture;
		if (rewrap(t) != ND_E_OK)
			snprintf(t->message, sizeof t->message, "out of memory");
		else
			snprintf(t->message, sizeof t->message, "page furniture: %s",
				 t->furniture ? "shown (marked \xc2\xa6)" : "folded");
		if (t->query[0]) {
			find_matches(t);
			t->cur = t->nmatch;
		}
		break;
	case ACT_SEARCH:
		t->prompting = true;
		t->prompt_len = 0;
		t->prompt[0] = '\0';
		break;
	case ACT_NEXT_MATCH: step_match(t, 1); break;
	case ACT_PREV_MATCH: step_match(t, -1); break;
	case ACT_HELP: t->help = !t->help; break;
	case ACT_FACTS:
		if (!t->cmp) {
			snprintf(t->message, sizeof t->message, "no facts were found");
			break;
		}
		t->panel = !t->panel;
		set_size(t, t->g.rows, t->g.cols);
		if (t->panel && !t->chosen && nrows(t))
			choose_row(t, 0);
		else if (!t->panel)
			snprintf(t->message, sizeof t->message, "facts panel closed");
		break;
	case ACT_NEXT_DISAGREE: step_disagreement(t, 1); break;
	case ACT_PREV_DISAGREE: step_disagreement(t, -1); break;
	case ACT_QUOTE:
		if (!t->chosen || nrows(t) == 0 || t->cmp->rows[t->sel].kind != FACT_QUOTE) {
			snprintf(t->message, sizeof t->message,
				 "choose a quotation first (F opens the facts panel)");
			break;
		}
		t->quote_view = true;
		break;
	case ACT_MARKS: {
		char legend[128];
		verdict_legend(legend, sizeof legend);
		t->marks = !t->marks && t->cmp;
		if (t->marks)
			snprintf(t->message, sizeof t->message, "facts marked in the text: on (%s)", legend);
		else
			snprintf(t->message, sizeof t->message, "facts marked in the text: off");
		break;
	}
	case ACT_REDRAW: clearok(curscr, TRUE); break;
	case ACT_QUIT: t->quit = true; break;
	case ACT__COUNT: break;
	}
}

static void prompt_key(struct tui *t, bool fn, int code)
{
	if ((!fn && (code == '\n' || code == '\r')) || (fn && code == KEY_ENTER)) {
		t->prompting = false;
		if (t->prompt_len)
			start_search(t);
		return;
	}
	if (!fn && code == 27) {
		t->prompting = false;
		return;
	}
	if ((fn && code == KEY_BACKSPACE) || (!fn && (code == 127 || code == 8))) {
		/* Remove one whole UTF-8 character. */
		while (t->prompt_len > 0) {
			t->prompt_len--;
			if (((unsigned char)t->prompt[t->prompt_len] & 0xC0) != 0x80)
				break;
		}
		t->prompt[t->prompt_len] = '\0';
		return;
	}
	if (fn || code < 0x20 || code == 0x7F || (code >= 0x80 && code < 0xA0) || code > 0x10FFFF)
		return;
	char tmp[4];
	size_t k = text_encode(code, tmp);
	if (t->prompt_len + k + 1 > sizeof t->prompt)
		return;
	memcpy(t->prompt + t->prompt_len, tmp, k);
	t->prompt_len += k;
	t->prompt[t->prompt_len] = '\0';
}

static void handle_key(struct tui *t, bool fn, int code)
{
	if (fn && code == KEY_RESIZE) {
		set_size(t, LINES, COLS);
		return;
	}
	if (fn && code == KEY_ENTER) { /* the keypad's Enter is Enter */
		fn = false;
		code = '\r';
	}
	if (t->prompting) {
		prompt_key(t, fn, code);
		return;
	}
	if (t->help || t->quote_view) {
		t->help = false;  /* any key closes the help or the quotation */
		t->quote_view = false;
		if (lookup(fn, code) != ACT_QUIT)
			return;
	}
	enum tui_action act = lookup(fn, code);
	if (act != ACT_HELP && act != ACT_NONE)
		t->message[0] = '\0';  /* a message stays until something happens */
	do_action(t, act);
}

/* Which report column is at screen column x, or -1. */
static long column_at(const struct tui *t, int x)
{
	for (int i = 0; i < t->g.nvis; i++)
		if (x >= t->g.x[i] && x < t->g.x[i] + t->g.w[i])
			return (long)(t->g.first + (size_t)i);
	return -1;
}

enum mouse_kind { WHEEL_UP, WHEEL_DOWN, CLICK };

static void handle_mouse(struct tui *t, enum mouse_kind kind, int x, int y)
{
	if (t->g.too_small || t->help || t->prompting || t->quote_view)
		return;
	int ptop = t->g.body_top + t->g.body_rows;
	if (t->panel_h > 0 && y >= ptop && y < t->g.status_row) {
		if (kind == CLICK && y >= ptop + 1 && y < ptop + t->panel_h - 1)
			choose_row(t, t->panel_top + (size_t)(y - ptop - 1));
		else if (kind == WHEEL_DOWN)
			choose_row(t, t->sel + 3);
		else if (kind == WHEEL_UP)
			choose_row(t, t->sel > 3 ? t->sel - 3 : 0);
		return;
	}
	long col = column_at(t, x);
	if (col < 0)
		return;
	if (kind == CLICK) {
		if (y < t->g.status_row)
			focus_to(t, (size_t)col);
		return;
	}
	/* The wheel scrolls the report under the pointer. */
	size_t saved = t->focus;
	t->focus = (size_t)col;
	scroll_by(t, kind == WHEEL_DOWN ? 3 : -3);
	t->focus = saved;
}

/* ---- drawing ---------------------------------------------------------- */

static bool utf8_ok = true;

/* Draw s[0..n) at the cursor with attr, at most maxw cells; returns the
 * cells used.  Combining marks join the character before them. */
static int put_text(const char *s, size_t n, attr_t attr, short pair, int maxw)
{
	int used = 0;
	size_t i = 0;
	while (i < n) {
		wchar_t wc[CCHARW_MAX + 1];
		int k = 0;
		int32_t cp = text_next(s, n, &i);
		if (cp == '\n') /* a hard-wrapped line break reads as a space */
			cp = ' ';
		int w = text_cp_width(cp);
		if (w == 0) /* a mark with nothing before it: drop it */
			continue;
		if (used + w > maxw)
			break;
		wc[k++] = utf8_ok || cp < 0x80 ? (wchar_t)cp : L'?';
		while (i < n && k < CCHARW_MAX) {
			size_t j = i;
			int32_t m = text_next(s, n, &j);
			if (m < 0x80 || text_cp_width(m) != 0)
				break;
			if (utf8_ok)
				wc[k++] = (wchar_t)m;
			i = j;
		}
		wc[k] = L'\0';
		cchar_t cc;
		setcchar(&cc, wc, attr, pair, NULL);
		add_wch(&cc);
		used += w;
	}
	return used;
}

static void put_clipped(const char *s, attr_t attr, short pair, int w);

static int put_str(const char *s, attr_t attr, short pair, int maxw)
{
	return put_text(s, strlen(s), attr, pair, maxw);
}

static void fill(int y, int x, int w, attr_t attr, short pair)
{
	attr_set(attr, pair, NULL);
	mvhline(y, x, ' ', w);
	attr_set(A_NORMAL, 0, NULL);
}

static short pair_if(const struct tui *t, short pair)
{
	return t->color ? pair : 0;
}

/* The host part of a URL, for the header. */
static void url_host(const char *url, char *out, size_t cap)
{
	const char *p = strstr(url, "://");
	p = p ? p + 3 : url;
	size_t n = strcspn(p, "/?#");
	if (n > 4 && strncmp(p, "www.", 4) == 0) {
		p += 4;
		n -= 4;
	}
	snprintf(out, cap, "%.*s", (int)n, p);
}

static void draw_header(struct tui *t, int col, size_t art)
{
	const struct article *a = &t->story->arts[art];
	int x = t->g.x[col], w = t->g.w[col];
	bool focused = art == t->focus;
	attr_t hattr = A_BOLD | (focused ? A_REVERSE : 0);
	short hpair = pair_if(t, focused ? PAIR_FOCUS : PAIR_HEADER);

	fill(0, x, w, hattr, hpair);
	move(0, x);
	put_str(focused ? (utf8_ok ? "\xe2\x96\xb6 " : "> ") : "  ", hattr, hpair, w);
	put_str(a->outlet, hattr, hpair, w - 2);

	char host[128] = "";
	url_host(a->url, host, sizeof host);
	char meta[256];
	snprintf(meta, sizeof meta, "%s%s%s", a->date[0] ? a->date : "no date",
		 host[0] ? " \xc2\xb7 " : "", host);

	if (t->g.header_rows == 1)
		return;
	if (t->g.header_rows == 3) {
		/* Compact: the date joins the outlet line. */
		int ox = x + 2 + (int)text_width(a->outlet, strlen(a->outlet)) + 2;
		if (ox < x + w) {
			move(0, ox);
			put_str(a->date, hattr, hpair, x + w - ox);
		}
	} else {
		move(1, x + 1);
		put_str(meta, A_DIM, pair_if(t, PAIR_META), w - 1);
	}

	/* The title, wrapped to the lines it has, "…" when cut. */
	int trow = t->g.header_rows == 3 ? 1 : 2;
	const char *title = a->title[0] ? a->title : "(no title)";
	struct wrap_out wo = { 0 };
	int tw = layout_text_width(w);
	if (wrap_text(title, strlen(title), 0, tw, &wo) == ND_E_OK) {
		for (int i = 0; i < t->g.title_lines && (size_t)i < wo.n; i++) {
			move(trow + i, x + 1);
			bool last = i == t->g.title_lines - 1 && (size_t)i + 1 < wo.n;
			int cut = last ? tw - 1 : tw;
			put_text(title + wo.v[i].off, wo.v[i].len, A_BOLD, 0, cut);
			if (last)
				put_str(utf8_ok ? "\xe2\x80\xa6" : "~", A_BOLD, 0, 1);
		}
	}
	free(wo.v);

	int rule = t->g.header_rows - 1;
	move(rule, x);
	for (int i = 0; i < w; i++)
		put_str(utf8_ok ? "\xe2\x94\x80" : "-", A_DIM, 0, 1);
}

/* Is byte off..off+len of report art part of a search match? */
static bool in_match(const struct tui *t, size_t art, size_t off)
{
	/* matches are sorted by report, then offset: the last one starting at
	 * or before off is the only one that can hold it */
	size_t lo = 0, hi = t->nmatch;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct match *m = &t->matches[mid];
		if (m->art < art || (m->art == art && m->off <= off))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return false;
	const struct match *m = &t->matches[lo - 1];
	return m->art == art && off >= m->off && off < m->off + m->len;
}

static void draw_fold(struct tui *t, const struct article *a, const struct vline *v, int w)
{
	char label[256];
	const char *first = para_label(&a->paras[v->para]);
	if (v->len == 1)
		snprintf(label, sizeof label, "%s furniture: %s",
			 utf8_ok ? "\xe2\x96\xb8" : ">", first);
	else
		snprintf(label, sizeof label, "%s %u furniture: %s%s",
			 utf8_ok ? "\xe2\x96\xb8" : ">", v->len, first,
			 utf8_ok ? ", \xe2\x80\xa6" : ", ...");
	put_str(label, A_DIM, pair_if(t, PAIR_FURN), w);
}

/* The fact span of report art holding byte off, or NULL. */
static const struct fspan *fact_at(const struct tui *t, size_t art, size_t off)
{
	const struct fspan *best = NULL;
	/* spans are sorted by start; a span holding off starts at most
	 * LONGEST_SPAN before it (quotations are the longest) */
	size_t lo = 0, hi = t->nspans[art];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (t->spans[art][mid].start + LONGEST_SPAN < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < t->nspans[art]; i++) {
		const struct fspan *f = &t->spans[art][i];
		if (f->start > off)
			break;
		/* the smallest span wins: a count inside a quotation shows */
		if (off < f->end && (!best || f->end - f->start < best->end - best->start))
			best = f;
	}
	return best;
}

/* The chosen row's cell for report art, or NULL. */
static const struct cell *chosen_cell(const struct tui *t, size_t art)
{
	if (!t->chosen || nrows(t) == 0)
		return NULL;
	return row_cell(&t->cmp->rows[t->sel], (uint32_t)art);
}

static short verdict_pair(const struct tui *t, unsigned v)
{
	return pair_if(t, (short)(PAIR_VERDICT + (short)v));
}

/* How a byte of report text is drawn: search matches, then the chosen
 * fact's value, then facts marked by verdict (underlined). */
static void style_at(const struct tui *t, size_t art, size_t off, attr_t base, short bpair,
		     attr_t *attr, short *pair)
{
	*attr = base;
	*pair = bpair;
	if (t->nmatch && in_match(t, art, off)) {
		*attr = base | A_REVERSE | A_BOLD;
		*pair = pair_if(t, PAIR_MATCH);
		return;
	}
	const struct cell *c = chosen_cell(t, art);
	if (c && off >= c->start && off < c->end) {
		*attr = base | A_REVERSE | A_BOLD;
		*pair = verdict_pair(t, t->cmp->rows[t->sel].verdict);
		return;
	}
	if (t->marks) {
		const struct fspan *f = fact_at(t, art, off);
		if (f) {
			*attr = base | A_UNDERLINE;
			*pair = verdict_pair(t, f->verdict);
		}
	}
}

/* The margin beside a line: the chosen fact's evidence, else the mark of
 * the most telling verdict among the facts on the line. */
static void draw_margin(struct tui *t, size_t art, const struct vline *v, int y, int x)
{
	if (v->type != VL_TEXT || x < 0)
		return;
	uint32_t s0 = v->off, s1 = v->off + v->len;
	const struct cell *c = chosen_cell(t, art);
	if (c && c->sent_start < s1 && c->sent_end > s0) {
		move(y, x);
		put_str(utf8_ok ? "\xe2\x96\x8c" : ">", A_BOLD,
			verdict_pair(t, t->cmp->rows[t->sel].verdict), 1);
		return;
	}
	if (!t->marks)
		return;
	int best = -1;
	for (size_t i = 0; i < t->nspans[art]; i++) {
		const struct fspan *f = &t->spans[art][i];
		if (f->start >= s1)
			break;
		if (f->end > s0 && (best < 0 || verdict_rank(f->verdict) < verdict_rank((enum verdict)best)))
			best = f->verdict;
	}
	if (best >= 0) {
		move(y, x);
		put_str(verdict_mark((enum verdict)best), A_BOLD, verdict_pair(t, (unsigned)best), 1);
	}
}

static void draw_line(struct tui *t, size_t art, const struct vline *v, int w)
{
	const struct article *a = &t->story->arts[art];
	if (v->type == VL_BLANK)
		return;
	if (v->type == VL_FOLD) {
		draw_fold(t, a, v, w);
		return;
	}
	const struct para *p = &a->paras[v->para];
	attr_t attr = A_NORMAL;
	short pair = 0;
	switch (p->kind) {
	case PARA_HEADLINE: attr = A_BOLD; break;
	case PARA_STANDFIRST: attr = A_BOLD | A_DIM; break;
	case PARA_DATELINE:
	case PARA_BYLINE: attr = A_DIM; pair = pair_if(t, PAIR_META); break;
	case PARA_FURNITURE:
		attr = A_DIM;
		pair = pair_if(t, PAIR_FURN);
		put_str(utf8_ok ? "\xc2\xa6 " : "| ", attr, pair, w);
		w -= LAYOUT_FURN_INDENT;
		break;
	case PARA_BODY: break;
	}
	/* Split the line into runs of the same style. */
	size_t i = v->off, end = v->off + v->len;
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
		w -= put_text(a->text + i, j - i, ra, rp, w);
		i = j;
	}
}

static void draw_column(struct tui *t, int col)
{
	size_t art = t->g.first + (size_t)col;
	draw_header(t, col, art);
	const struct layout_lines *l = &t->lines[art];
	int x = t->g.x[col] + 1, w = layout_text_width(t->g.w[col]);
	for (int r = 0; r < t->g.body_rows; r++) {
		size_t li = t->top[art] + (size_t)r;
		if (li >= l->n)
			break;
		draw_margin(t, art, &l->v[li], t->g.body_top + r, x - 1);
		move(t->g.body_top + r, x);
		draw_line(t, art, &l->v[li], w);
	}
	/* The separator to the right. */
	if (col + 1 < t->g.nvis) {
		int sx = t->g.x[col] + t->g.w[col];
		for (int r = 0; r < t->g.body_top + t->g.body_rows; r++) {
			move(r, sx);
			put_str(utf8_ok ? "\xe2\x94\x82" : "|", A_DIM, 0, 1);
		}
	}
}

static void draw_status(struct tui *t)
{
	int y = t->g.status_row, cols = t->g.cols;
	attr_t attr = A_REVERSE;
	short pair = pair_if(t, PAIR_STATUS);
	fill(y, 0, cols, attr, pair);
	move(y, 0);
	if (t->prompting) {
		char line[SEARCH_MAX + 8];
		snprintf(line, sizeof line, "/%s", t->prompt);
		int used = put_text(line, strlen(line), attr, pair, cols - 1);
		move(y, used);
		curs_set(1);
		return;
	}
	curs_set(0);

	/* Right side: where the focused report is. */
	size_t art = t->focus, n = t->lines[art].n, m = max_top(t, art);
	char where[64];
	if (n <= (size_t)t->g.body_rows)
		snprintf(where, sizeof where, "All");
	else if (t->top[art] == 0)
		snprintf(where, sizeof where, "Top");
	else if (t->top[art] >= m)
		snprintf(where, sizeof where, "Bot");
	else
		snprintf(where, sizeof where, "%zu%%", t->top[art] * 100 / m);

	char left[768];
	if (t->message[0]) {
		snprintf(left, sizeof left, " %s", t->message);
	} else {
		char range[64] = "";
		if (t->g.nvis == 1 && t->story->n > 1)
			snprintf(range, sizeof range, "  %zu of %zu", t->g.first + 1, t->story->n);
		else if ((size_t)t->g.nvis < t->story->n)
			snprintf(range, sizeof range, "  %zu-%zu of %zu", t->g.first + 1,
				 t->g.first + (size_t)t->g.nvis, t->story->n);
		snprintf(left, sizeof left, " %zu report%s%s%s%s%s",
			 t->story->n, t->story->n == 1 ? "" : "s", range,
			 t->sync ? "  [sync]" : "", t->furniture ? "  [furniture]" : "",
			 cols >= 60 ? "  ? help  q quit" : "");
	}
	/* " Outlet: 42% ": the outlet is cut to leave the place in view */
	const char *outlet = t->story->arts[art].outlet;
	int ww = (int)text_width(where, strlen(where)) + 4;  /* " ", ": ", " " */
	int full = (int)text_width(outlet, strlen(outlet)), ow = full;
	if (ow > cols / 2 - ww)
		ow = cols / 2 - ww;
	/* too narrow for a useful piece of the name: the left side only */
	int rw = ow > 0 && (ow == full || ow >= 6) ? ow + ww : 0;
	put_text(left, strlen(left), attr, pair, cols - rw);
	if (rw) {
		move(y, cols - rw);
		put_str(" ", attr, pair, 1);
		put_clipped(outlet, attr, pair, ow);
		move(y, cols - ww + 1);
		put_str(": ", attr, pair, 2);
		put_str(where, attr, pair, ww - 3);
	}
}

static void draw_help(struct tui *t)
{
	int rows = t->g.rows, cols = t->g.cols;
	int h = (int)ACT__COUNT + 1, w = 64; /* actions and the frame */
	if (w > cols)
		w = cols;
	if (h > rows - 1)
		h = rows - 1;
	int y0 = (rows - 1 - h) / 2, x0 = (cols - w) / 2;
	const char *hl = utf8_ok ? "\xe2\x94\x80" : "-";
	const char *vl = utf8_ok ? "\xe2\x94\x82" : "|";
	for (int r = 0; r < h; r++) {
		fill(y0 + r, x0, w, A_NORMAL, 0);
		bool edge = r == 0 || r == h - 1;
		for (int c = 0; c < w; c++) {
			bool side = c == 0 || c == w - 1;
			if (!edge && !side)
				continue;
			const char *g = edge && side ? (utf8_ok ? (r == 0 ? (c == 0 ? "\xe2\x94\x8c" : "\xe2\x94\x90")
							    : (c == 0 ? "\xe2\x94\x94" : "\xe2\x94\x98")) : "+")
					 : edge ? hl : vl;
			move(y0 + r, x0 + c);
			put_str(g, A_NORMAL, 0, 1);
		}
	}
	move(y0, x0 + 2);
	put_str(" newsdiff keys (any key closes) ", A_BOLD, 0, w - 4);
	int row = y0 + 1;
	for (int a = ACT_NONE + 1; a < ACT__COUNT && row < y0 + h - 1; a++, row++) {
		char keys[64] = "";
		for (size_t b = 0; b < NBIND; b++) {
			if (bindings[b].act != (enum tui_action)a)
				continue;
			size_t kl = strlen(keys);
			snprintf(keys + kl, sizeof keys - kl, "%s%s", kl ? ", " : "", bindings[b].name);
		}
		char line[160];
		snprintf(line, sizeof line, "%-18s %s", keys, action_help[a]);
		move(row, x0 + 2);
		put_str(line, A_NORMAL, 0, w - 4);
	}
	move(y0 + h - 1, x0 + 2);
	put_str(" mouse: wheel scrolls, click focuses or chooses ", A_DIM, 0, w - 4);
}

/* Draw s in at most w cells, ending with "…" when it does not fit. */
static void put_clipped(const char *s, attr_t attr, short pair, int w)
{
	if (w <= 0)
		return;
	if ((int)text_width(s, strlen(s)) <= w) {
		put_str(s, attr, pair, w);
		return;
	}
	put_str(s, attr, pair, w - 1);
	put_str(utf8_ok ? "\xe2\x80\xa6" : "~", attr, pair, 1);
}

/* A report's answer in the facts panel: short. */
static const char *panel_value(const struct row *r, const struct cell *c, char *buf, size_t cap)
{
	if (!c)
		return utf8_ok ? "\xe2\x80\x94" : "-";
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

static void draw_panel(struct tui *t)
{
	if (t->panel_h <= 0 || !t->cmp)
		return;
	int y0 = t->g.body_top + t->g.body_rows, cols = t->g.cols, h = t->panel_h;
	size_t n = t->story->n;
	int qw = cols < 70 ? cols - 3 : cols * 2 / 5;
	if (qw > 64)
		qw = 64;
	int slotw = n ? (cols - 3 - qw) / (int)n : 0;
	bool slots = slotw >= 10;
	if (slots && qw < 58 && (cols - 3 - 58) / (int)n >= 10) {
		qw = 58;  /* room for the legend over the questions */
		slotw = (cols - 3 - qw) / (int)n;
	}
	if (!slots)
		qw = cols - 3;

	/* header: legend, then the outlets over their answers */
	fill(y0, 0, cols, A_REVERSE, pair_if(t, PAIR_STATUS));
	move(y0, 0);
	char head[256], legend[128];
	verdict_legend(legend, sizeof legend);
	snprintf(head, sizeof head, " Facts: %zu  %s", nrows(t), legend);
	put_str(head, A_REVERSE | A_BOLD, pair_if(t, PAIR_STATUS), slots ? qw + 2 : cols);
	if (slots)
		for (size_t a = 0; a < n; a++) {
			move(y0, 3 + qw + (int)a * slotw);
			put_clipped(t->story->arts[a].outlet, A_REVERSE | A_BOLD, pair_if(t, PAIR_STATUS),
				    slotw - 1);
		}
	int list_h = h - 2;
	if (list_h < 1)
		list_h = h - 1;
	for (int r = 0; r < list_h; r++) {
		size_t ri = t->panel_top + (size_t)r;
		if (ri >= nrows(t))
			break;
		const struct row *row = &t->cmp->rows[ri];
		int y = y0 + 1 + r;
		bool sel = t->chosen && ri == t->sel;
		attr_t base = sel ? A_REVERSE : A_NORMAL;
		if (sel)
			fill(y, 0, cols, A_REVERSE, 0);
		move(y, 0);
		put_str(sel ? (utf8_ok ? "\xe2\x96\xb6" : ">") : " ", base | A_BOLD, 0, 1);
		put_str(verdict_mark(row->verdict), base | A_BOLD, verdict_pair(t, row->verdict), 1);
		put_str(" ", base, 0, 1);
		put_clipped(row->question, base, 0, slots ? qw - 1 : qw);
		if (!slots)
			continue;
		for (size_t a = 0; a < n; a++) {
			char buf[128];
			const struct cell *c = row_cell(row, (uint32_t)a);
			move(y, 3 + qw + (int)a * slotw);
			put_clipped(panel_value(row, c, buf, sizeof buf), base | (c ? 0 : A_DIM), 0, slotw - 1);
		}
	}
	/* footer: why the chosen row has its verdict */
	if (h >= 3 && t->chosen && t->sel < nrows(t)) {
		const struct row *row = &t->cmp->rows[t->sel];
		char why[512];
		snprintf(why, sizeof why, " %s: %s", verdict_name(row->verdict), row->why ? row->why : "");
		move(y0 + h - 1, 0);
		put_str(why, A_DIM, 0, cols);
	}
}

/* Draw the words of a quotation, marking those only this outlet has;
 * returns the rows used.  Cut words of the fullest version show as
 * "[…]".  ops (from the analysis) say how the words differ; none: all
 * plain. */
static int draw_quote_text(const char *text, const struct qword *w, size_t nw,
			   const struct qop *ops, size_t nops, int y, int x, int width, int ymax)
{
	int cx = 0, rows = 1;
	for (size_t o = 0; o < nops || nops == 0; o++) {
		size_t first = 0, count = nw;
		attr_t attr = A_NORMAL;
		if (nops) {
			if (ops[o].kind == QOP_ONLY_B) {
				first = count = 0;
				attr = A_DIM;
			} else {
				first = ops[o].a_first;
				count = ops[o].a_count;
				attr = ops[o].kind == QOP_ONLY_A ? A_REVERSE | A_BOLD : A_NORMAL;
			}
		}
		if (nops && ops[o].kind == QOP_ONLY_B) {
			const char *cut = utf8_ok ? "[\xe2\x80\xa6]" : "[...]";
			int cw = (int)text_width(cut, strlen(cut));
			if (cx + cw + 1 > width) {
				cx = 0;
				rows++;
			}
			if (y + rows - 1 < ymax) {
				move(y + rows - 1, x + cx);
				put_str(cut, attr, 0, width - cx);
			}
			cx += cw + 1;
		}
		for (size_t k = first; k < first + count; k++) {
			/* a word with the punctuation up to the next word */
			uint32_t s0 = w[k].off;
			uint32_t s1 = k + 1 < nw ? w[k + 1].off : (uint32_t)strlen(text);
			while (s1 > s0 && text[s1 - 1] == ' ')
				s1--;
			int ww = (int)text_width(text + s0, s1 - s0);
			if (cx && cx + ww > width) {
				cx = 0;
				rows++;
			}
			if (y + rows - 1 < ymax) {
				move(y + rows - 1, x + cx);
				int wl = (int)text_width(text + s0, w[k].len);
				put_text(text + s0, w[k].len, attr, 0, width - cx);
				put_text(text + s0 + w[k].len, s1 - s0 - w[k].len, A_NORMAL, 0,
					 width - cx - wl);
			}
			cx += ww + 1;
		}
		if (nops == 0)
			break;
	}
	return rows;
}

static void draw_quote_view(struct tui *t)
{
	if (!t->chosen || nrows(t) == 0)
		return;
	const struct row *r = &t->cmp->rows[t->sel];
	int rows = t->g.rows, cols = t->g.cols;
	int x0 = 0, w = cols, y0 = 0, ymax = rows - 2;
	for (int y = y0; y <= ymax; y++)
		fill(y, 0, cols, A_NORMAL, 0);
	move(y0, x0);
	char title[512];
	snprintf(title, sizeof title, " %s %s: %s (any key closes) ", verdict_mark(r->verdict),
		 verdict_name(r->verdict), r->question);
	put_str(title, A_BOLD | A_REVERSE, verdict_pair(t, r->verdict), w);
	int y = y0 + 2;
	for (size_t k = 0; k < r->ncells && y < ymax; k++) {
		const struct cell *c = &r->cells[k];
		char who[256];
		snprintf(who, sizeof who, "%s%s%s", t->story->arts[c->art].outlet,
			 c->speaker ? " \xe2\x80\x94 said by " : "", c->speaker ? c->speaker : "");
		move(y, x0 + 1);
		put_str(who, A_BOLD, 0, w - 2);
		y++;
		y += draw_quote_text(c->value, c->words, c->nwords, c->ops, c->nops, y, x0 + 3,
				     w - 4, ymax);
		y++;
	}
	move(ymax, x0);
	put_str(" reverse: words only this outlet has   [\xe2\x80\xa6]: words it leaves out of the fullest version",
		A_DIM, 0, w);
}

void tui_draw(struct tui *t)
{
	erase();
	if (t->g.too_small) {
		move(0, 0);
		put_str(COLS >= 18 ? "terminal too small" : "too small", A_BOLD, 0, COLS);
		if (LINES > 1) {
			char need[64];
			snprintf(need, sizeof need, "need %dx%d", LAYOUT_MIN_COLS, LAYOUT_MIN_ROWS);
			move(1, 0);
			put_str(need, A_NORMAL, 0, COLS);
		}
		return;
	}
	for (int c = 0; c < t->g.nvis; c++)
		draw_column(t, c);
	draw_panel(t);
	draw_status(t);
	if (t->quote_view)
		draw_quote_view(t);
	if (t->help)
		draw_help(t);
}

/* ---- key scripts, headless screens ------------------------------------ */

static const struct {
	const char *name;
	bool fn;
	int code;
} key_names[] = {
	{ "Down", true, KEY_DOWN },    { "Up", true, KEY_UP },
	{ "PgDn", true, KEY_NPAGE },   { "PgUp", true, KEY_PPAGE },
	{ "Home", true, KEY_HOME },    { "End", true, KEY_END },
	{ "Left", true, KEY_LEFT },    { "Right", true, KEY_RIGHT },
	{ "Tab", false, '\t' },        { "S-Tab", true, KEY_BTAB },
	{ "Enter", false, '\r' },      { "Esc", false, 27 },
	{ "BS", true, KEY_BACKSPACE }, { "F1", true, KEY_F(1) },
	{ "C-l", false, 12 },          { "lt", false, '<' },
	{ "Space", false, ' ' },
};

static enum nd_err feed_name(struct tui *t, const char *name, size_t n)
{
	int a, b;
	char tmp[64];
	if (n >= sizeof tmp)
		return ND_E_USAGE;
	memcpy(tmp, name, n);
	tmp[n] = '\0';
	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++) {
		if (strcmp(tmp, key_names[i].name) == 0) {
			handle_key(t, key_names[i].fn, key_names[i].code);
			return ND_E_OK;
		}
	}
	if (sscanf(tmp, "Resize=%dx%d", &a, &b) == 2 && a > 0 && b > 0 && a <= 1000 && b <= 1000) {
		resize_term(b, a);
		handle_key(t, true, KEY_RESIZE);
		return ND_E_OK;
	}
	if (sscanf(tmp, "WheelUp@%d,%d", &a, &b) == 2) {
		handle_mouse(t, WHEEL_UP, a, b);
		return ND_E_OK;
	}
	if (sscanf(tmp, "WheelDown@%d,%d", &a, &b) == 2) {
		handle_mouse(t, WHEEL_DOWN, a, b);
		return ND_E_OK;
	}
	if (sscanf(tmp, "Click@%d,%d", &a, &b) == 2) {
		handle_mouse(t, CLICK, a, b);
		return ND_E_OK;
	}
	return ND_E_USAGE;
}

enum nd_err tui_feed(struct tui *t, const char *keys)
{
	size_t n = strlen(keys);
	for (size_t i = 0; i < n && !t->quit;) {
		if (keys[i] == '<') {
			const char *close = memchr(keys + i, '>', n - i);
			if (!close)
				return ND_E_USAGE;
			enum nd_err err = feed_name(t, keys + i + 1, (size_t)(close - keys) - i - 1);
			if (err)
				return err;
			i = (size_t)(close - keys) + 1;
			continue;
		}
		int32_t cp = text_next(keys, n, &i);
		handle_key(t, false, (int)cp);
	}
	return ND_E_OK;
}

void tui_dump(FILE *out)
{
	char line[8192];
	for (int y = 0; y < LINES; y++) {
		size_t len = 0, keep = 0;
		for (int x = 0; x < COLS; x++) {
			cchar_t cc;
			wchar_t wc[CCHARW_MAX + 1];
			attr_t attr;
			short pair;
			if (mvin_wch(y, x, &cc) == ERR || getcchar(&cc, wc, &attr, &pair, NULL) == ERR)
				continue;
			for (int k = 0; wc[k] && k < CCHARW_MAX; k++) {
				if (len + 4 >= sizeof line)
					break;
				len += text_encode((int32_t)wc[k], line + len);
			}
			int w = text_cp_width((int32_t)wc[0]);
			if (w == 2)
				x++; /* the second cell of a wide character */
			if (wc[0] != L' ')
				keep = len;
		}
		fprintf(out, "%.*s\n", (int)keep, line);
	}
}

static SCREEN *headless_open(int cols, int rows, FILE **nul_out, FILE **nul_in)
{
	static const char *const terms[] = { "xterm", "vt100", "dumb" };
	*nul_out = fopen("/dev/null", "w");
	*nul_in = fopen("/dev/null", "r");
	if (!*nul_out || !*nul_in)
		return NULL;
	SCREEN *scr = NULL;
	for (size_t i = 0; i < 3 && !scr; i++)
		scr = newterm(terms[i], *nul_out, *nul_in);
	if (!scr)
		return NULL;
	resize_term(rows, cols);
	return scr;
}

static void check_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);
	utf8_ok = cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

enum nd_err tui_dump_screen(struct story *s, const struct comparison *cmp, int cols,
			    int rows, const char *keys, FILE *out)
{
	FILE *o = NULL, *i = NULL;
	enum nd_err err = ND_E_OK;
	check_utf8();
	SCREEN *scr = headless_open(cols, rows, &o, &i);
	if (!scr) {
		err = ND_E_TERMINAL;
		goto done;
	}
	struct tui_opts opts = { .color = false, .message = NULL, .cmp = cmp };
	struct tui *t = tui_new(s, &opts);
	if (!t) {
		err = ND_E_NOMEM;
	} else {
		if (keys)
			err = tui_feed(t, keys);
		tui_draw(t);
		if (!err)
			tui_dump(out);
		tui_free(t);
	}
	endwin();
	delscreen(scr);
done:
	if (o)
		fclose(o);
	if (i)
		fclose(i);
	return err;
}

/* ---- the interactive screen -------------------------------------------- */

static volatile sig_atomic_t got_signal;
static volatile sig_atomic_t curses_active;

static void on_signal(int sig)
{
	got_signal = sig;
}

/* A crash still gives the terminal back before the default action runs. */
static void on_fatal(int sig)
{
	if (curses_active)
		endwin();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void restore_at_exit(void)
{
	if (curses_active) {
		curses_active = 0;
		endwin();
	}
}

static void install_handlers(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_signal;  /* no SA_RESTART: reads return at once */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_handler = on_fatal;
	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
	sigaction(SIGILL, &sa, NULL);
	sigaction(SIGABRT, &sa, NULL);
}

static void setup_colors(void)
{
	start_color();
	use_default_colors();
	init_pair(PAIR_HEADER, COLOR_CYAN, -1);
	init_pair(PAIR_FOCUS, COLOR_BLACK, COLOR_CYAN);
	init_pair(PAIR_FURN, COLOR_BLUE, -1);
	init_pair(PAIR_MATCH, COLOR_BLACK, COLOR_YELLOW);
	init_pair(PAIR_STATUS, COLOR_BLACK, COLOR_WHITE);
	init_pair(PAIR_META, COLOR_GREEN, -1);
	/* verdict colours are ANSI numbers, the same as curses' COLOR_* */
	for (int v = 0; v < VERDICT__COUNT; v++)
		init_pair((short)(PAIR_VERDICT + v), (short)verdict_colour((enum verdict)v), -1);
}

int tui_run(struct story *s, const struct tui_opts *o)
{
	check_utf8();
	install_handlers();
	atexit(restore_at_exit);
	SCREEN *scr = newterm(NULL, stdout, stdin);
	if (!scr) {
		const char *term = getenv("TERM");
		fprintf(stderr, "newsdiff: cannot start the screen: %s (check TERM)\n",
			term && *term ? "unknown terminal type" : "TERM is not set");
		return 3;
	}
	curses_active = 1;
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	mousemask(BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	wtimeout(stdscr, 250);

	struct tui_opts opts = *o;
	if (opts.color && !has_colors())
		opts.color = false;
	if (opts.color)
		setup_colors();

	struct tui *t = tui_new(s, &opts);
	int status = 0;
	if (!t) {
		status = 3;
		endwin();
		fprintf(stderr, "newsdiff: out of memory\n");
		goto out;
	}
	bool dirty = true;
	while (!t->quit && !got_signal) {
		if (dirty) {
			tui_draw(t);
			refresh();
		}
		wint_t wc;
		int r = get_wch(&wc);
		dirty = r != ERR;  /* a timeout only checks for signals */
		if (r == ERR)
			continue;
		if (r == KEY_CODE_YES && wc == KEY_MOUSE) {
			MEVENT ev;
			if (getmouse(&ev) != OK)
				continue;
			if (ev.bstate & BUTTON4_PRESSED)
				handle_mouse(t, WHEEL_UP, ev.x, ev.y);
			else if (ev.bstate & BUTTON5_PRESSED)
				handle_mouse(t, WHEEL_DOWN, ev.x, ev.y);
			else if (ev.bstate & BUTTON1_CLICKED)
				handle_mouse(t, CLICK, ev.x, ev.y);
			continue;
		}
		handle_key(t, r == KEY_CODE_YES, (int)wc);
	}
	if (got_signal)
		status = 128 + got_signal;
	tui_free(t);
out:
	curses_active = 0;
	endwin();
	delscreen(scr);
	return status;
}
