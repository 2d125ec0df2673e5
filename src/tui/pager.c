/* The view over the reports, one at a time: the help, the detail of a row,
 * the quotation view, the load errors, who agrees with whom and how each
 * outlet names them.  Each is built, when it opens and again when the
 * screen changes size, as lines of styled runs of text wrapped to the
 * screen's width; the keys that scroll the text scroll it, and q or Esc
 * closes it.  What goes into each view is said by its builder below; the
 * drawing is one loop for all. */
#include "tui/screen.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyse/naming.h"
#include "analyse/qdiff.h"
#include "show/agreement.h"
#include "show/coverage.h"
#include "base/text.h"

/* A run of text in one style: bytes off..off+len of the pager's text. */
struct prun {
	uint32_t off, len;
	attr_t attr;
	short pair;
};

/* A line: runs first..first+n. */
struct pline {
	uint32_t first, n;
};

struct pager {
	enum view kind;
	char title[512];
	char *text;
	size_t tlen, tcap;
	struct prun *runs;
	size_t nruns, cap_runs;
	struct pline *lines;
	size_t nlines, cap_lines;
	int width;      /* cells a line may take */
	int cx;         /* cells used on the last line */
	attr_t quiet;   /* the theme's quiet text (term_quiet) */
	bool oom;
};

/* ---- building ----------------------------------------------------------- */

static bool grow(void **v, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return true;
	size_t n = *cap ? *cap * 2 : 64;
	while (n < need)
		n *= 2;
	void *p = realloc(*v, n * size);
	if (!p)
		return false;
	*v = p;
	*cap = n;
	return true;
}

static void pg_line(struct pager *p)
{
	if (p->oom || !grow((void **)&p->lines, &p->cap_lines, p->nlines + 1, sizeof *p->lines)) {
		p->oom = true;
		return;
	}
	p->lines[p->nlines++] = (struct pline){ (uint32_t)p->nruns, 0 };
	p->cx = 0;
}

/* s[0..n) on the current line, whatever its width (pg_words wraps). */
static void pg_run(struct pager *p, const char *s, size_t n, attr_t attr, short pair)
{
	if (!p->nlines)
		pg_line(p);
	if (p->oom || !grow((void **)&p->text, &p->tcap, p->tlen + n + 1, 1) ||
	    !grow((void **)&p->runs, &p->cap_runs, p->nruns + 1, sizeof *p->runs)) {
		p->oom = true;
		return;
	}
	memcpy(p->text + p->tlen, s, n);
	p->runs[p->nruns++] = (struct prun){ (uint32_t)p->tlen, (uint32_t)n, attr, pair };
	p->tlen += n;
	p->lines[p->nlines - 1].n++;
	p->cx += (int)text_width(s, n);
}

static void pg_str(struct pager *p, const char *s, attr_t attr, short pair)
{
	pg_run(p, s, strlen(s), attr, pair);
}

static void pg_printf(struct pager *p, attr_t attr, short pair, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void pg_printf(struct pager *p, attr_t attr, short pair, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	pg_str(p, buf, attr, pair);
}

/* Go to a new line when need more cells do not fit on this one (a line
 * that is empty but for its indent takes anything). */
static void pg_room(struct pager *p, int need, int indent)
{
	if (p->cx > indent && p->cx + need > p->width) {
		pg_line(p);
		for (int i = 0; i < indent; i++)
			pg_run(p, " ", 1, A_NORMAL, 0);
	}
}

/* s[0..n) word by word, wrapping to new lines that start indent cells in;
 * a word wider than a line is cut by the drawing. */
static void pg_words(struct pager *p, const char *s, size_t n, int indent, attr_t attr, short pair)
{
	size_t i = 0;
	int room = p->width - indent > 8 ? p->width - indent : 8;
	while (i < n) {
		size_t j = i;
		while (j < n && s[j] != ' ' && s[j] != '\n')
			j++;
		/* a word longer than a line (a URL) is broken where the line ends */
		while (j > i && (int)text_width(s + i, j - i) > room) {
			size_t cut = i, w = 0;
			while (cut < j) {
				size_t c = cut;
				int cw = text_cp_width(text_next(s, j, &c));
				if ((int)w + cw > room)
					break;
				w += (size_t)cw;
				cut = c;
			}
			pg_room(p, room, indent);
			pg_run(p, s + i, cut - i, attr, pair);
			i = cut;
		}
		if (j > i) {
			pg_room(p, (int)text_width(s + i, j - i), indent);
			pg_run(p, s + i, j - i, attr, pair);
		}
		size_t k = j;
		while (k < n && (s[k] == ' ' || s[k] == '\n'))
			k++;
		/* a space between words, and after the last when the text
		 * goes on in another run ("according to" + "the Guardian") */
		if (k > j && p->cx < p->width)
			pg_run(p, " ", 1, A_NORMAL, 0);
		i = k;
	}
}

/* ---- the help ----------------------------------------------------------- */

static void pg_text(struct pager *p, const char *s, int indent, attr_t attr)
{
	pg_words(p, s, strlen(s), indent, attr, 0);
}

/* s in exactly w cells, in attr: cut with "…" or padded. */
static void pg_fit(struct pager *p, const char *s, int w, attr_t attr)
{
	size_t len = strlen(s);
	int nw = (int)text_width(s, len);
	if (nw > w) {
		size_t k = 0, cut = 0;
		int used = 0;
		while (k < len) {
			size_t c = k;
			int cw = text_cp_width(text_next(s, len, &c));
			if (used + cw > w - 1)
				break;
			used += cw;
			k = c;
			cut = k;
		}
		pg_run(p, s, cut, attr, 0);
		pg_str(p, term_glyph(GL_ELLIPSIS), attr, 0);
		nw = used + 1;
	} else {
		pg_run(p, s, len, attr, 0);
	}
	for (; nw < w; nw++)
		pg_run(p, " ", 1, A_NORMAL, 0);
}

/* An outlet's name in exactly w cells. */
static void pg_name(struct pager *p, const char *name, int w)
{
	pg_fit(p, name, w, A_BOLD);
}

/* "  !  disagree   the reports give different values" */
static void legend_line(struct pager *p, const char *mark, short pair, const char *name,
			const char *meaning)
{
	pg_line(p);
	pg_str(p, "  ", A_NORMAL, 0);
	pg_str(p, mark, A_BOLD, pair);
	pg_printf(p, A_NORMAL, 0, "  %-10s ", name);
	pg_text(p, meaning, 16, A_NORMAL);
}

static void build_help(struct pager *p, const struct tui *t)
{
	snprintf(p->title, sizeof p->title, "newsdiff: keys and marks");
	for (int a = ACT_NONE + 1; a < ACT__COUNT; a++) {
		char keys[96];
		input_keys_of(t, (enum tui_action)a, keys, sizeof keys);
		if (!keys[0])
			continue;
		pg_line(p);
		pg_printf(p, A_BOLD, 0, "%-22s", keys);
		pg_text(p, input_help_of((enum tui_action)a), 22, A_NORMAL);
	}
	pg_line(p);
	pg_line(p);
	pg_text(p, "A number before a key repeats it (5j: five lines down).", 0, p->quiet);
	pg_line(p);
	pg_text(p, "Mouse: the wheel scrolls; a click focuses a report, chooses a row of the "
		   "facts panel, or opens the detail of a marked fact.", 0, p->quiet);
	pg_line(p);
	pg_line(p);
	pg_str(p, "Marks", A_BOLD, 0);
	pg_line(p);
	pg_text(p, "Each fact a report states is underlined in the colour of its verdict, and "
		   "the gutter left of the line holds the mark of the most telling verdict on it:",
		0, A_NORMAL);
	for (int v = 0; v < VERDICT__COUNT; v++)
		legend_line(p, verdict_mark((enum verdict)v), term_verdict_pair(t, (unsigned)v),
			    verdict_name((enum verdict)v), verdict_meaning((enum verdict)v));
	legend_line(p, term_glyph(GL_EVIDENCE), 0, "evidence",
		    "the sentence that states the chosen fact; its value is in reverse video");
	legend_line(p, term_glyph(GL_SILENT), 0, "silent",
		    "in the facts panel and a detail: the report says nothing on that fact");
	legend_line(p, term_glyph(GL_FOLD), 0, "furniture",
		    "page furniture folded away (f shows it)");
}

/* ---- the detail of a row ------------------------------------------------ */

/* A labelled field of a cell: "    label: text", wrapped under itself. */
static void field(struct pager *p, const char *label, const char *text, attr_t attr)
{
	if (!text || !text[0])
		return;
	pg_line(p);
	pg_printf(p, p->quiet, 0, "    %-10s ", label);
	pg_words(p, text, strlen(text), 15, attr, 0);
}

/* The sentence that states a cell, its value in reverse video. */
static void evidence(struct pager *p, const struct article *a, const struct cell *c, short pair)
{
	uint32_t s0 = c->sent_start, s1 = c->sent_end;
	if (s1 <= s0 || s1 > a->len)
		return;
	uint32_t v0 = c->start, v1 = c->end;
	if (v0 < s0 || v1 > s1 || v1 < v0)
		v0 = v1 = s0;
	pg_line(p);
	pg_printf(p, p->quiet, 0, "    %-10s ", "sentence");
	pg_words(p, a->text + s0, v0 - s0, 15, A_NORMAL, 0);
	pg_words(p, a->text + v0, v1 - v0, 15, A_REVERSE | A_BOLD, pair);
	pg_words(p, a->text + v1, s1 - v1, 15, A_NORMAL, 0);
}

static void build_detail(struct pager *p, const struct tui *t, const struct row *r)
{
	snprintf(p->title, sizeof p->title, "fact %zu of %zu, in detail", t->sel + 1,
		 screen_nrows(t));
	short vp = term_verdict_pair(t, r->verdict);
	pg_line(p);
	pg_words(p, r->question, strlen(r->question), 0, A_BOLD, 0);
	pg_line(p);
	pg_str(p, verdict_mark(r->verdict), A_BOLD, vp);
	pg_printf(p, A_BOLD, vp, " %s", verdict_name(r->verdict));
	if (r->why && r->why[0]) {
		pg_str(p, ": ", A_NORMAL, 0);
		pg_words(p, r->why, strlen(r->why), 2, A_NORMAL, 0);
	}
	for (size_t k = 0; k < t->story->n; k++) {
		const struct article *a = &t->story->arts[k];
		const struct cell *c = row_cell(r, (uint32_t)k);
		pg_line(p);
		pg_line(p);
		pg_str(p, a->outlet, A_BOLD, 0);
		if (a->date[0])
			pg_printf(p, p->quiet, 0, "  %s", a->date);
		if (!c) {
			pg_str(p, "  ", A_NORMAL, 0);
			pg_str(p, term_glyph(GL_SILENT), p->quiet, 0);
			pg_str(p, " says nothing on this", p->quiet, 0);
			continue;
		}
		if (a->url[0])
			field(p, "page", a->url, p->quiet);
		field(p, r->kind == FACT_QUOTE ? "words" : "value", c->value, A_BOLD);
		if (c->normalized && c->value && strcasecmp(c->normalized, c->value) != 0 &&
		    r->kind != FACT_QUOTE)
			field(p, "read as", c->normalized, A_NORMAL);
		field(p, "qualifier", c->qualifier, A_NORMAL);
		if (r->kind == FACT_QUOTE)
			field(p, "said by", c->speaker ? c->speaker : "(speaker not given)", A_NORMAL);
		field(p, "note", c->note, A_NORMAL);
		evidence(p, a, c, vp);
	}
}

/* ---- the quotation view ------------------------------------------------- */

/* Words first..first+count of a quotation, each in attr with the
 * punctuation up to the next word plain. */
static void quote_words(struct pager *p, const struct cell *c, size_t first, size_t count,
			attr_t attr)
{
	const char *text = c->value;
	const struct qword *w = c->words;
	for (size_t k = first; k < first + count; k++) {
		uint32_t s0 = w[k].off;
		uint32_t s1 = k + 1 < c->nwords ? w[k + 1].off : (uint32_t)strlen(text);
		while (s1 > s0 && text[s1 - 1] == ' ')
			s1--;
		pg_room(p, (int)text_width(text + s0, s1 - s0), 2);
		pg_run(p, text + s0, w[k].len, attr, 0);
		pg_run(p, text + s0 + w[k].len, s1 - s0 - w[k].len, A_NORMAL, 0);
		pg_run(p, " ", 1, A_NORMAL, 0);
	}
}

static void build_quote(struct pager *p, const struct tui *t, const struct row *r)
{
	snprintf(p->title, sizeof p->title, "%s %s: %s", verdict_mark(r->verdict),
		 verdict_name(r->verdict), r->question);
	char legend[160];
	snprintf(legend, sizeof legend,
		 "reverse: words only this outlet has   [%s]: words it leaves out of the fullest "
		 "version", term_glyph(GL_ETC));
	pg_line(p);
	pg_text(p, legend, 0, p->quiet);
	char cut[16];
	snprintf(cut, sizeof cut, "[%s]", term_glyph(GL_ETC));
	for (size_t k = 0; k < r->ncells; k++) {
		const struct cell *c = &r->cells[k];
		pg_line(p);
		pg_line(p);
		pg_str(p, t->story->arts[c->art].outlet, A_BOLD, 0);
		if (c->speaker)
			pg_printf(p, A_BOLD, 0, " \xe2\x80\x94 said by %s", c->speaker);
		pg_line(p);
		pg_str(p, "  ", A_NORMAL, 0);
		if (c->nops == 0)  /* the fullest version itself */
			quote_words(p, c, 0, c->nwords, A_NORMAL);
		for (size_t o = 0; o < c->nops; o++) {
			const struct qop *op = &c->ops[o];
			if (op->kind == QOP_ONLY_B) {
				pg_room(p, (int)text_width(cut, strlen(cut)), 2);
				pg_str(p, cut, p->quiet, 0);
				pg_str(p, " ", A_NORMAL, 0);
			} else {
				quote_words(p, c, op->a_first, op->a_count,
					    op->kind == QOP_ONLY_A ? A_REVERSE | A_BOLD : A_NORMAL);
			}
		}
	}
}

/* ---- the reports that could not be loaded -------------------------------- */

bool story_has_warnings(const struct story *s)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->arts[i].fixes.invalid || s->arts[i].fixes.controls)
			return true;
	return s->nwarn > 0;
}

static void build_errors(struct pager *p, const struct tui *t)
{
	const struct story *s = t->story;
	if (s->nerr)
		snprintf(p->title, sizeof p->title, "%zu report%s could not be loaded%s", s->nerr,
			 s->nerr == 1 ? "" : "s", story_has_warnings(s) ? "; warnings" : "");
	else
		snprintf(p->title, sizeof p->title, "every report was loaded, with warnings");
	for (size_t i = 0; i < s->nerr; i++) {
		const struct story_error *e = &s->errs[i];
		const char *why = e->detail ? e->detail : nd_strerror(e->err);
		pg_line(p);
		pg_text(p, e->source, 2, A_BOLD);
		pg_line(p);
		pg_str(p, "  ", A_NORMAL, 0);
		pg_text(p, why, 2, A_NORMAL);
		pg_line(p);
	}
	for (size_t i = 0; i < s->nwarn; i++) {
		const struct story_error *w = &s->warns[i];
		pg_line(p);
		pg_text(p, w->source, 2, A_BOLD);
		pg_line(p);
		pg_str(p, "  warning: ", p->quiet, 0);
		pg_text(p, w->detail ? w->detail : "", 2, A_NORMAL);
		pg_line(p);
	}
	for (size_t i = 0; i < s->n; i++) {
		char lines[2][96];
		size_t n = text_fixes_said(&s->arts[i].fixes, lines);
		if (!n)
			continue;
		pg_line(p);
		pg_text(p, s->arts[i].source, 2, A_BOLD);
		for (size_t k = 0; k < n; k++) {
			pg_line(p);
			pg_str(p, "  warning: ", p->quiet, 0);
			pg_text(p, lines[k], 2, A_NORMAL);
		}
		pg_line(p);
	}
	pg_line(p);
	pg_text(p, "These are printed on standard error too.", 0, p->quiet);
}

/* ---- who agrees with whom (agreement.h) ---------------------------------- */

/* A bar of width cells: '=' for the facts given alike, '!' for those given
 * differently where the reports disagree, '~' for the rest, in their
 * verdicts' colours; it reads without colour too. */
static void agreement_bar(struct pager *p, const struct tui *t, const struct pair_counts *c,
			  int width)
{
	size_t parts[3] = { c->alike, c->conflict, c->other };
	static const enum verdict v[3] = { VERDICT_AGREE, VERDICT_DISAGREE, VERDICT_PARTIAL };
	static const char marks[3] = { '=', '!', '~' };
	int used = 0;
	for (int k = 0; k < 3 && c->both; k++) {
		int cells = (int)((parts[k] * (size_t)width + c->both / 2) / c->both);
		if (parts[k] && cells == 0)
			cells = 1;
		if (used + cells > width)
			cells = width - used;
		char run[64];
		memset(run, marks[k], (size_t)cells);
		pg_run(p, run, (size_t)cells, A_BOLD, term_verdict_pair(t, v[k]));
		used += cells;
	}
	for (; used < width; used++)
		pg_run(p, " ", 1, A_NORMAL, 0);
}

static void build_coverage(struct pager *p, const struct tui *t, int nw);
static size_t body_rows(const struct tui *t);

static void build_agreement(struct pager *p, const struct tui *t)
{
	snprintf(p->title, sizeof p->title, "who agrees with whom; who states which fact");
	struct agreement a;
	if (!t->cmp || agreement_of(t->cmp, &a) != ND_E_OK) {
		pg_line(p);
		pg_str(p, t->cmp ? "out of memory" : "no facts were found", A_NORMAL, 0);
		return;
	}
	pg_line(p);
	pg_text(p, "Of the facts two reports both state: = given alike, ! given differently "
		   "where the reports disagree, ~ otherwise differently.", 0, p->quiet);
	/* names cut to one width, so the bars line up */
	int nw = 8;
	for (size_t i = 0; i < a.n; i++) {
		int w = (int)text_width(t->story->arts[i].outlet, strlen(t->story->arts[i].outlet));
		if (w > nw)
			nw = w;
	}
	if (nw > 18)
		nw = 18;
	int bar = p->width - 2 * nw - 40;
	bar = bar > 40 ? 40 : bar < 10 ? 10 : bar;
	for (size_t i = 0; i + 1 < a.n; i++) {
		pg_line(p);
		for (size_t j = i + 1; j < a.n; j++) {
			const struct pair_counts *c = agreement_pair(&a, i, j);
			char nums[96];
			pg_line(p);
			pg_name(p, t->story->arts[i].outlet, nw);
			pg_str(p, "  ", A_NORMAL, 0);
			pg_name(p, t->story->arts[j].outlet, nw);
			pg_str(p, "  ", A_NORMAL, 0);
			agreement_bar(p, t, c, bar);
			snprintf(nums, sizeof nums, "  %zu: %zu = %zu ! %zu ~", c->both, c->alike,
				 c->conflict, c->other);
			pg_str(p, nums, A_NORMAL, 0);
		}
	}
	agreement_release(&a);
	build_coverage(p, t, nw);
}

/* ---- which report states which fact (coverage.h) ------------------------- */

/* For each report, by number: the facts it states, what it leaves out of
 * the facts two or more others state, and the facts only it states. */
static void coverage_reports(struct pager *p, const struct tui *t, const struct coverage *cv,
			     int nw)
{
	pg_line(p);
	pg_line(p);
	pg_str(p, "Facts each states", A_BOLD, 0);
	pg_text(p, ", what it leaves out of the facts two or more others state, and the "
		   "facts only it states:", 0, A_NORMAL);
	int lw = 0;
	for (size_t i = 0; i < cv->n; i++) {
		char s[64];
		int w = snprintf(s, sizeof s, "leaves out %zu of %zu", cv->report[i].left_out,
				 cv->report[i].others);
		lw = w > lw ? w : lw;
	}
	for (size_t i = 0; i < cv->n; i++) {
		const struct coverage_report *e = &cv->report[i];
		char s[96];
		pg_line(p);
		pg_printf(p, A_NORMAL, 0, "%3zu ", i + 1);
		pg_name(p, t->story->arts[i].outlet, nw);
		snprintf(s, sizeof s, "leaves out %zu of %zu", e->left_out, e->others);
		pg_printf(p, A_NORMAL, 0, "%4zu  %-*s  ", e->states, lw, s);
		pg_str(p, "only it: ", p->quiet, 0);
		int indent = p->cx;
		size_t listed = 0;
		for (size_t k = cv->nshared; k < cv->nfacts; k++)
			if (cv->facts[k].first == i) {
				snprintf(s, sizeof s, "%zu", cv->facts[k].row + 1);
				pg_words(p, s, strlen(s), indent, A_NORMAL, 0);
				pg_str(p, " ", A_NORMAL, 0);
				listed++;
			}
		if (!listed)
			pg_str(p, "none", p->quiet, 0);
	}
}

/* The reports' numbers over the columns of the grid, cw cells each,
 * after indent cells; the tens over the units from 10 reports on. */
static void grid_head(struct pager *p, size_t n, int indent, int cw)
{
	for (int tens = n >= 10; tens >= 0; tens--) {
		pg_line(p);
		pg_printf(p, A_NORMAL, 0, "%*s", indent, "");
		for (size_t i = 1; i <= n; i++) {
			char d = tens ? (i >= 10 ? (char)('0' + i / 10 % 10) : ' ')
				      : (char)('0' + i % 10);
			pg_printf(p, p->quiet, 0, "%c%*s", d, cw - 1, "");
		}
	}
}

/* A line of the grid: under each report the mark of fact f's verdict
 * where it states it (bold, in the verdict's colour), a quiet dot where
 * it says nothing; then the fact's number and question, cut to the line. */
static void grid_line(struct pager *p, const struct tui *t, const struct coverage_fact *f,
		      int indent, int cw, int numw)
{
	const struct row *r = &t->cmp->rows[f->row];
	short vp = term_verdict_pair(t, r->verdict);
	pg_line(p);
	pg_printf(p, A_NORMAL, 0, "%*s", indent, "");
	for (size_t i = 0; i < t->story->n; i++) {
		bool says = row_cell(r, (uint32_t)i) != NULL;
		pg_str(p, coverage_mark(r, i), says ? A_BOLD : p->quiet, says ? vp : 0);
		pg_printf(p, A_NORMAL, 0, "%*s", cw - 1, "");
	}
	pg_printf(p, A_NORMAL, 0, "%*s%*zu ", cw == 1 ? 2 : 1, "", numw, f->row + 1);
	if (p->width - p->cx > 1)
		pg_fit(p, r->question, p->width - p->cx, A_NORMAL);
}

/* Who states which fact, under who agrees with whom: nw cells for an
 * outlet's name, as above it. */
static void build_coverage(struct pager *p, const struct tui *t, int nw)
{
	size_t n = t->story->n;
	if (n < 2)
		return;
	if (n > AGREEMENT_MAX_REPORTS) {
		pg_line(p);
		pg_line(p);
		pg_printf(p, A_BOLD, 0, "Who states which fact: left out for more than %d reports.",
			  AGREEMENT_MAX_REPORTS);
		return;
	}
	struct coverage cv;
	if (coverage_of(t->cmp, &cv) != ND_E_OK) {
		p->oom = true;
		return;
	}
	coverage_reports(p, t, &cv, nw);
	pg_line(p);
	pg_line(p);
	pg_str(p, "Who states which fact", A_BOLD, 0);
	pg_text(p, ": under each report (numbered as above) the mark of the fact's verdict "
		   "where it states the fact, " COVERAGE_SILENT " where it says nothing of it; "
		   "the facts two or more reports state, the most stated first.", 0, A_NORMAL);
	int cw = (int)n * 2 + 30 <= p->width ? 2 : 1, numw = 1;
	for (size_t k = t->cmp->nrows; k >= 10; k /= 10)
		numw++;
	if (cv.nshared == 0) {
		pg_line(p);
		pg_str(p, "  No fact is stated by two reports.", p->quiet, 0);
	}
	/* the reports' numbers again after each screenful of lines, so that
	 * every screenful of the grid shows which column is which */
	size_t head = n >= 10 ? 2 : 1, h = body_rows(t);
	size_t every = h > head + 4 ? h - head : 4;
	for (size_t k = 0; k < cv.nshared; k++) {
		if (k % every == 0)
			grid_head(p, n, 2, cw);
		grid_line(p, t, &cv.facts[k], 2, cw, numw);
	}
	coverage_release(&cv);
}

/* How each outlet names them (naming.h): for each name, the words each
 * outlet writes with it and how often; in bold the words no other outlet
 * uses; the chosen name (] and [) behind the pointer, Enter shows its
 * sentences. */
/* "~" when two outlets describe it in other words, "=" when they use
 * the same, " " when one outlet alone describes it. */
static const char *naming_mark(const struct naming_entity *e)
{
	size_t describers = 0;
	bool differ = false;
	for (size_t k = 0; k < e->nuses; k++) {
		describers += k == 0 || e->uses[k].art != e->uses[k - 1].art;
		differ |= !naming_shared(e, &e->uses[k]);
	}
	return describers < 2 ? " " : differ ? "~" : "=";
}

static void build_names(struct pager *p, const struct tui *t, size_t *chosen_line)
{
	snprintf(p->title, sizeof p->title, "how each outlet names them");
	const struct naming *nm = t->cmp ? t->cmp->names : NULL;
	pg_line(p);
	if (!nm || nm->n == 0) {
		pg_str(p, "No name that two reports write is described by any of them.", A_NORMAL,
		       0);
		return;
	}
	pg_text(p, "The words each outlet writes with a name (before it, or after it between "
		   "commas), and how often; in bold a description no other outlet uses.  ~ the "
		   "outlets describe it differently, = alike.  ] and [ choose a name, Enter "
		   "shows its sentences.", 0, p->quiet);
	int nw = 8;
	for (size_t i = 0; i < t->story->n; i++) {
		int w = (int)text_width(t->story->arts[i].outlet, strlen(t->story->arts[i].outlet));
		nw = w > nw ? w : nw;
	}
	nw = nw > 18 ? 18 : nw;
	size_t sel = t->names_sel < nm->n ? t->names_sel : 0;
	for (size_t i = 0; i < nm->n; i++) {
		const struct naming_entity *e = &nm->v[i];
		const char *mark = naming_mark(e);
		pg_line(p);
		pg_line(p);
		if (i == sel)
			*chosen_line = p->nlines - 1;
		pg_str(p, i == sel ? term_glyph(GL_POINTER) : " ", A_BOLD, 0);
		pg_str(p, " ", A_NORMAL, 0);
		short mp = *mark == '~' ? term_verdict_pair(t, VERDICT_PARTIAL)
			   : *mark == '=' ? term_verdict_pair(t, VERDICT_AGREE) : 0;
		pg_str(p, mark, A_BOLD, mp);
		pg_str(p, " ", A_NORMAL, 0);
		pg_str(p, e->name, A_BOLD | (i == sel ? A_UNDERLINE : 0), 0);
		pg_printf(p, p->quiet, 0, "  %snamed by %zu outlets", e->person ? "a person, " : "",
			  e->nreports);
		for (size_t r = 0; r < t->story->n; r++) {
			if (!e->mentions[r])
				continue;
			pg_line(p);
			pg_str(p, "    ", A_NORMAL, 0);
			pg_name(p, t->story->arts[r].outlet, nw);
			pg_str(p, "  ", A_NORMAL, 0);
			bool any = false;
			for (size_t k = 0; k < e->nuses; k++) {
				const struct naming_use *u = &e->uses[k];
				if (u->art != r)
					continue;
				if (any)
					pg_str(p, " \xc2\xb7 ", p->quiet, 0);
				pg_words(p, u->text, strlen(u->text), nw + 6,
					 naming_shared(e, u) ? A_NORMAL : A_BOLD, 0);
				if (u->count > 1)
					pg_printf(p, A_NORMAL, 0, " (%u\xc3\x97)", u->count);
				any = true;
			}
			if (!any)
				pg_printf(p, p->quiet, 0, "%s named %u time%s, not described",
					  term_glyph(GL_SILENT), e->mentions[r], e->mentions[r] == 1 ? "" : "s");
		}
	}
}

/* ---- open, close, scroll, draw ------------------------------------------ */

static void pager_clear(struct pager *p)
{
	free(p->text);
	free(p->runs);
	free(p->lines);
	memset(p, 0, sizeof *p);
}

/* Rows the view's lines get: under its title, above its footer. */
static size_t body_rows(const struct tui *t)
{
	return t->g.rows > 4 ? (size_t)t->g.rows - 3 : 1;
}

static void clamp(struct tui *t)
{
	size_t n = t->pager ? t->pager->nlines : 0, h = body_rows(t);
	size_t max = n > h ? n - h : 0;
	if (t->view_top > max)
		t->view_top = max;
}

/* Build the open view for the screen's width and theme. */
static bool build(struct tui *t)
{
	struct pager *p = t->pager;
	enum view kind = p->kind;
	pager_clear(p);
	p->kind = kind;
	p->width = t->g.cols > 4 ? t->g.cols - 2 : 1;
	p->quiet = term_quiet(t);
	const struct row *r = screen_chosen(t);
	size_t chosen_line = SIZE_MAX;
	switch (kind) {
	case VIEW_HELP: build_help(p, t); break;
	case VIEW_DETAIL:
		if (r)
			build_detail(p, t, r);
		break;
	case VIEW_QUOTE:
		if (r)
			build_quote(p, t, r);
		break;
	case VIEW_ERRORS: build_errors(p, t); break;
	case VIEW_AGREEMENT: build_agreement(p, t); break;
	case VIEW_NAMES: build_names(p, t, &chosen_line); break;
	case VIEW_NONE: break;
	}
	if (p->oom) {
		pager_clear(p);
		screen_say(t, "out of memory");
		return false;
	}
	/* the chosen name in view, two lines of room above it */
	if (chosen_line != SIZE_MAX) {
		size_t h = body_rows(t);
		if (chosen_line < t->view_top + 1)
			t->view_top = chosen_line > 1 ? chosen_line - 1 : 0;
		else if (chosen_line + 3 > t->view_top + h)
			t->view_top = chosen_line + 3 - h;
	}
	clamp(t);
	return true;
}

enum view pager_kind(const struct tui *t)
{
	return t->pager ? t->pager->kind : VIEW_NONE;
}

void pager_open(struct tui *t, enum view kind)
{
	if (!t->pager && !(t->pager = calloc(1, sizeof *t->pager))) {
		screen_say(t, "out of memory");
		return;
	}
	/* the help or the load errors over a detail or quotation: that view
	 * comes back when they close */
	enum view was = t->pager->kind;
	if ((kind == VIEW_HELP || kind == VIEW_ERRORS) && (was == VIEW_DETAIL || was == VIEW_QUOTE)) {
		t->view_under = was;
		t->under_top = t->view_top;
	} else if (kind == VIEW_DETAIL || kind == VIEW_QUOTE) {
		t->view_under = VIEW_NONE;
	}
	t->pager->kind = kind;
	t->view_top = 0;
	if (!build(t))
		pager_close(t);
}

void pager_close(struct tui *t)
{
	enum view under = t->view_under;
	size_t top = t->under_top;
	t->view_under = VIEW_NONE;
	if (t->pager && under != VIEW_NONE && t->pager->kind != under && screen_chosen(t)) {
		t->pager->kind = under;
		if (build(t)) {
			t->view_top = top;
			clamp(t);
			return;
		}
	}
	if (t->pager)
		pager_clear(t->pager);
	free(t->pager);
	t->pager = NULL;
}

void pager_rebuild(struct tui *t)
{
	if (t->pager && !build(t))
		pager_close(t);
}

void pager_scroll(struct tui *t, long delta)
{
	long v = (long)t->view_top + delta;
	t->view_top = v < 0 ? 0 : (size_t)v;
	clamp(t);
}

void pager_draw(struct tui *t)
{
	const struct pager *p = t->pager;
	if (!p)
		return;
	int cols = t->g.cols;
	size_t h = body_rows(t);
	for (int y = 0; y < t->g.rows - 1; y++)
		draw_fill(y, 0, cols, A_NORMAL, 0);
	const struct row *r = screen_chosen(t);
	short tp = (p->kind == VIEW_DETAIL || p->kind == VIEW_QUOTE) && r
		   ? term_verdict_pair(t, r->verdict) : 0;
	draw_fill(0, 0, cols, A_REVERSE | A_BOLD, tp);
	move(0, 0);
	draw_str(" ", A_REVERSE | A_BOLD, tp, cols);
	draw_clipped(p->title, A_REVERSE | A_BOLD, tp, cols - 1);
	for (size_t i = 0; i < h && t->view_top + i < p->nlines; i++) {
		const struct pline *l = &p->lines[t->view_top + i];
		move((int)i + 1, 1);
		int used = 0;
		for (uint32_t k = 0; k < l->n && used < cols - 1; k++) {
			const struct prun *u = &p->runs[l->first + k];
			used += draw_text(p->text + u->off, u->len, u->attr, u->pair, cols - 1 - used);
		}
	}
	char foot[256], close[64], quit[64];
	size_t last = t->view_top + h < p->nlines ? t->view_top + h : p->nlines;
	input_keys_of(t, ACT_CLOSE, close, sizeof close);
	input_keys_of(t, ACT_QUIT, quit, sizeof quit);
	close[strcspn(close, ",")] = '\0';
	quit[strcspn(quit, ",")] = '\0';
	snprintf(foot, sizeof foot, " lines %zu-%zu of %zu   j/k, Space/b scroll   %s%s%s closes",
		 p->nlines ? t->view_top + 1 : 0, last, p->nlines, quit,
		 close[0] && quit[0] ? " or " : "", close);
	move(t->g.rows - 2, 0);
	draw_str(foot, term_quiet(t), 0, cols);
}
