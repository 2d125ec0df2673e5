#include "show/report.h"

#include "show/agreement.h"
#include "show/coverage.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "load/article.h"
#include "base/buf.h"
#include "load/story.h"
#include "base/text.h"
#include "show/html.h"
#include "show/report_json.h"
#include "show/wrap.h"

/* Text output is wrapped to this many display columns. */
#define LINE_WIDTH 78
/* Indents of the text format: report lines, and their evidence. */
#define CELL_INDENT 4
#define CELL_CONT 6
#define EVIDENCE_INDENT 8

#define REPLACEMENT 0xFFFD
#define DASH "\xe2\x80\x94"    /* — */
#define LQUOTE "\xe2\x80\x9c"  /* “ */
#define RQUOTE "\xe2\x80\x9d"  /* ” */

#define TRY(x)                                  \
	do {                                    \
		enum nd_err try_err_ = (x);     \
		if (try_err_ != ND_E_OK)        \
			return try_err_;        \
	} while (0)

int report_format_parse(const char *name, enum report_format *out)
{
	if (!name || !out)
		return -1;
	if (strcmp(name, "text") == 0)
		*out = REPORT_TEXT;
	else if (strcmp(name, "markdown") == 0 || strcmp(name, "md") == 0)
		*out = REPORT_MARKDOWN;
	else if (strcmp(name, "json") == 0)
		*out = REPORT_JSON;
	else if (strcmp(name, "jsonl") == 0)
		*out = REPORT_JSONL;
	else if (strcmp(name, "html") == 0)
		*out = REPORT_HTML;
	else
		return -1;
	return 0;
}

/* ---- the data, read defensively ---------------------------------------- */

static const char *str(const char *s)
{
	return s ? s : "";
}


/* The evidence sentence of cell cl, clamped to its report's text. */
static const char *evidence(const struct comparison *c, const struct cell *cl, size_t *n)
{
	return report_evidence(c, cl, n);
}

/* The cell of report art in row r (NULL when it is silent or unknown). */
static const struct cell *cell_of(const struct comparison *c, const struct row *r, size_t art)
{
	if (art >= report_nreports(c) || !r->cells)
		return NULL;
	return row_cell(r, (uint32_t)art);
}

/* ---- safe strings ------------------------------------------------------- */

enum {
	CLEAN_MD = 1,  /* backslash-escape Markdown's inline punctuation */
};

/* Code points that must never reach a terminal or a document: C0 and C1
 * controls, DEL, and the bidirectional overrides and isolates. */
static bool is_unsafe(int32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) ||
	       (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/*
 * Append s[0..n) to b so that it is safe to show: a newline becomes a
 * space, unsafe code points and invalid UTF-8 become U+FFFD, and every
 * other character is re-encoded from its code point (so the output is
 * valid UTF-8 whatever the input).  With CLEAN_MD, Markdown punctuation
 * (including '|', for tables) is escaped with a backslash.
 */
static enum nd_err put_clean(struct buf *b, const char *s, size_t n, unsigned flags)
{
	static const char md_special[] = "\\`*_[]<>|~";
	size_t i = 0;
	while (i < n) {
		int32_t cp = text_next(s, n, &i);
		if (cp == '\n') {
			TRY(buf_addc(b, ' '));
		} else if (is_unsafe(cp)) {
			char u[4];
			TRY(buf_add(b, u, text_encode(REPLACEMENT, u)));
		} else if (cp < 0x80) {
			if ((flags & CLEAN_MD) && strchr(md_special, (char)cp))
				TRY(buf_addc(b, '\\'));
			TRY(buf_addc(b, (char)cp));
		} else {
			char u[4];
			TRY(buf_add(b, u, text_encode(cp, u)));
		}
	}
	return ND_E_OK;
}

static enum nd_err put_cleans(struct buf *b, const char *s, unsigned flags)
{
	s = str(s);
	return put_clean(b, s, strlen(s), flags);
}

/* The evidence sentence, trimmed and cleaned. */
static enum nd_err put_sentence(struct buf *b, const struct comparison *c,
				const struct cell *cl, unsigned flags)
{
	size_t n;
	const char *s = evidence(c, cl, &n);
	s = text_trim(s, &n);
	return put_clean(b, s, n, flags);
}

static bool has_sentence(const struct comparison *c, const struct cell *cl)
{
	size_t n;
	const char *s = evidence(c, cl, &n);
	text_trim(s, &n);
	return n > 0;
}

/* "value" as written (which holds its own qualifier), then the count it
 * makes, when it is one: "at least four members of staff (= at least 4)". */
static enum nd_err put_value(struct buf *b, const struct cell *cl, unsigned flags)
{
	TRY(put_cleans(b, cl->value, flags));
	char *end = NULL;
	if (cl->normalized && *cl->normalized) {
		(void)strtod(cl->normalized, &end);
		int y, m, d;
		char tail;
		bool date = sscanf(cl->normalized, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3;
		if (date && strcmp(cl->normalized, cl->value) != 0) {
			TRY(buf_adds(b, " (= "));
			TRY(put_cleans(b, cl->normalized, flags));
			TRY(buf_addc(b, ')'));
		} else if (end && *end == '\0' && strcmp(cl->normalized, cl->value) != 0) {
			TRY(buf_adds(b, " (= "));
			if (cl->qualifier && *cl->qualifier) {
				TRY(put_cleans(b, cl->qualifier, flags));
				TRY(buf_addc(b, ' '));
			}
			TRY(put_cleans(b, cl->normalized, flags));
			TRY(buf_addc(b, ')'));
		} else if (cl->qualifier && *cl->qualifier && strstr(cl->value, cl->qualifier) == NULL) {
			TRY(buf_adds(b, " ("));
			TRY(put_cleans(b, cl->qualifier, flags));
			TRY(buf_addc(b, ')'));
		}
	}
	return ND_E_OK;
}

enum nd_err report_value(struct buf *b, const struct cell *cl)
{
	return put_value(b, cl, 0);
}

/* ---- text --------------------------------------------------------------- */

static enum nd_err put_spaces(struct buf *b, int n)
{
	for (int i = 0; i < n; i++)
		TRY(buf_addc(b, ' '));
	return ND_E_OK;
}

/*
 * Append line (clean text, no newlines) to b wrapped at LINE_WIDTH
 * display columns: the first line indented by first, the others by rest
 * (first <= rest).  Never splits a character (wrap_text).
 */
static enum nd_err put_wrapped(struct buf *b, const struct buf *line, int first, int rest)
{
	struct wrap_out w = { 0 };
	const char *s = line->data ? line->data : "";
	enum nd_err err = wrap_text(s, line->len, 0, LINE_WIDTH - rest, &w);
	for (size_t i = 0; i < w.n && !err; i++) {
		err = put_spaces(b, i == 0 ? first : rest);
		if (!err)
			err = buf_add(b, s + w.v[i].off, w.v[i].len);
		if (!err)
			err = buf_addc(b, '\n');
	}
	free(w.v);
	return err;
}

static enum nd_err text_reports(const struct comparison *c, struct buf *b, struct buf *line)
{
	size_t n = report_nreports(c);
	TRY(buf_addf(b, "Comparison of %zu report%s\n", n, n == 1 ? "" : "s"));
	for (size_t i = 0; i < n; i++) {
		const struct article *a = &c->story->arts[i];
		line->len = 0;
		TRY(buf_addf(line, "%zu. ", i + 1));
		TRY(put_cleans(line, a->outlet, 0));
		if (a->date && *a->date) {
			TRY(buf_adds(line, " ("));
			TRY(put_cleans(line, a->date, 0));
			TRY(buf_addc(line, ')'));
		}
		if (a->title && *a->title) {
			TRY(buf_adds(line, ": "));
			TRY(put_cleans(line, a->title, 0));
		}
		TRY(put_wrapped(b, line, 2, 5));
		/* Never wrapped, so that it can be copied whole. */
		if (a->url && *a->url) {
			TRY(put_spaces(b, 5));
			TRY(put_cleans(b, a->url, 0));
			TRY(buf_addc(b, '\n'));
		}
	}
	return ND_E_OK;
}

static enum nd_err text_row(const struct comparison *c, size_t k, struct buf *b, struct buf *line)
{
	const struct row *r = &c->rows[k];
	enum verdict v = report_verdict_of(r);

	line->len = 0;
	TRY(buf_addf(line, "%zu. [%s %s] ", k + 1, str(verdict_mark(v)), str(verdict_name(v))));
	TRY(put_cleans(line, r->question, 0));
	TRY(put_wrapped(b, line, 0, CELL_INDENT));
	if (r->why && *r->why) {
		line->len = 0;
		TRY(buf_adds(line, "why: "));
		TRY(put_cleans(line, r->why, 0));
		TRY(put_wrapped(b, line, CELL_INDENT, CELL_CONT));
	}

	for (size_t i = 0; i < report_nreports(c); i++) {
		const struct cell *cl = cell_of(c, r, i);
		line->len = 0;
		TRY(put_cleans(line, c->story->arts[i].outlet, 0));
		TRY(buf_adds(line, ": "));
		if (!cl) {
			TRY(buf_adds(line, DASH));
			TRY(put_wrapped(b, line, CELL_INDENT, CELL_CONT));
			continue;
		}
		TRY(put_value(line, cl, 0));
		if (cl->speaker && *cl->speaker) {
			TRY(buf_adds(line, "  " DASH " said by "));
			TRY(put_cleans(line, cl->speaker, 0));
		}
		if (cl->note && *cl->note) {
			TRY(buf_adds(line, "  [note: "));
			TRY(put_cleans(line, cl->note, 0));
			TRY(buf_addc(line, ']'));
		}
		TRY(put_wrapped(b, line, CELL_INDENT, CELL_CONT));
		if (has_sentence(c, cl)) {
			line->len = 0;
			TRY(buf_adds(line, LQUOTE));
			TRY(put_sentence(line, c, cl, 0));
			TRY(buf_adds(line, RQUOTE));
			TRY(put_wrapped(b, line, EVIDENCE_INDENT, EVIDENCE_INDENT));
		}
	}
	return ND_E_OK;
}

/* ---- who agrees with whom (agreement.h) ------------------------------ */

static enum nd_err text_agreement(const struct comparison *c, struct buf *b)
{
	size_t n = report_nreports(c);
	if (n < 2 || n > AGREEMENT_MAX_REPORTS || c->nrows == 0)
		return ND_E_OK;
	struct agreement a;
	TRY(agreement_of(c, &a));
	enum nd_err err = buf_adds(b, "\nWho agrees with whom: of the facts two reports both "
				      "state, how many\nthey give alike, how many differently where "
				      "the reports disagree, how many\notherwise differently.\n");
	for (size_t i = 0; i < n && !err; i++)
		for (size_t j = i + 1; j < n && !err; j++) {
			const struct pair_counts *p = agreement_pair(&a, i, j);
			err = buf_adds(b, "  ");
			if (!err)
				err = put_cleans(b, c->story->arts[i].outlet, 0);
			if (!err)
				err = buf_adds(b, " and ");
			if (!err)
				err = put_cleans(b, c->story->arts[j].outlet, 0);
			if (!err)
				err = buf_addf(b, ": %zu fact%s; %zu alike, %zu in conflict, %zu otherwise\n",
					       p->both, p->both == 1 ? "" : "s", p->alike, p->conflict,
					       p->other);
		}
	if (!err)
		err = buf_adds(b, "Facts each states:");
	for (size_t i = 0; i < n && !err; i++) {
		err = buf_adds(b, i ? ", " : " ");
		if (!err)
			err = put_cleans(b, c->story->arts[i].outlet, 0);
		if (!err)
			err = buf_addf(b, " %zu", a.states[i]);
	}
	if (!err)
		err = buf_addc(b, '\n');
	agreement_release(&a);
	return err;
}

static enum nd_err md_agreement(const struct comparison *c, struct buf *b)
{
	size_t n = report_nreports(c);
	if (n < 2 || n > AGREEMENT_MAX_REPORTS || c->nrows == 0)
		return ND_E_OK;
	struct agreement a;
	TRY(agreement_of(c, &a));
	enum nd_err err = buf_adds(b, "\n## Who agrees with whom\n\nOf the facts two outlets both "
				      "state: `=` given alike, `!` given differently where the "
				      "reports disagree, `~` otherwise differently.\n\n| |");
	for (size_t j = 0; j < n && !err; j++) {
		err = buf_adds(b, " ");
		if (!err)
			err = put_cleans(b, c->story->arts[j].outlet, CLEAN_MD);
		if (!err)
			err = buf_adds(b, " |");
	}
	if (!err)
		err = buf_adds(b, "\n|---|");
	for (size_t j = 0; j < n && !err; j++)
		err = buf_adds(b, "---|");
	for (size_t i = 0; i < n && !err; i++) {
		err = buf_adds(b, "\n| **");
		if (!err)
			err = put_cleans(b, c->story->arts[i].outlet, CLEAN_MD);
		if (!err)
			err = buf_addf(b, "** (%zu facts) |", a.states[i]);
		for (size_t j = 0; j < n && !err; j++) {
			const struct pair_counts *p = agreement_pair(&a, i, j);
			if (i == j)
				err = buf_adds(b, " \xe2\x80\x94 |");
			else
				err = buf_addf(b, " %zu: %zu = %zu ! %zu ~ |", p->both, p->alike,
					       p->conflict, p->other);
		}
	}
	if (!err)
		err = buf_addc(b, '\n');
	agreement_release(&a);
	return err;
}

/* ---- which report states which fact (coverage.h) -------------------------- */

/* Cells a report's mark takes in the text grid: a mark and a space, or
 * the mark alone when the reports are many (so that 50 fit in a line). */
static int grid_cell(size_t n)
{
	return n <= 24 ? 2 : 1;
}

static void trim_spaces(struct buf *b)
{
	while (b->len && b->data[b->len - 1] == ' ')
		b->len--;
}

/* The reports' numbers over the grid's columns; from 10 reports on, the
 * tens over the units. */
static enum nd_err text_grid_head(struct buf *b, size_t n)
{
	for (int tens = n >= 10; tens >= 0; tens--) {
		TRY(put_spaces(b, 2));
		for (size_t i = 1; i <= n; i++) {
			TRY(buf_addc(b, tens ? (i >= 10 ? (char)('0' + i / 10 % 10) : ' ')
					     : (char)('0' + i % 10)));
			TRY(put_spaces(b, grid_cell(n) - 1));
		}
		trim_spaces(b);
		TRY(buf_addc(b, '\n'));
	}
	return ND_E_OK;
}

/* A line of the grid: the marks of fact f, then its number and question,
 * wrapped under the question. */
static enum nd_err text_grid_line(const struct comparison *c, const struct coverage_fact *f,
				  struct buf *b, struct buf *line)
{
	size_t n = report_nreports(c);
	int cw = grid_cell(n), rest = 2 + cw * (int)n + (cw == 2 ? 1 : 2);
	const struct row *r = &c->rows[f->row];
	TRY(put_spaces(b, 2));
	for (size_t i = 0; i < n; i++) {
		TRY(buf_adds(b, coverage_mark(r, i)));
		TRY(put_spaces(b, cw - 1));
	}
	TRY(put_spaces(b, cw == 2 ? 1 : 2));
	line->len = 0;
	TRY(buf_addf(line, "%zu. ", f->row + 1));
	TRY(put_cleans(line, r->question, 0));
	return put_wrapped(b, line, 0, rest);
}

/* The facts only report i states, by number: "12, 19, 21", or "none". */
static enum nd_err put_alone(struct buf *b, const struct coverage *cv, size_t i)
{
	bool any = false;
	for (size_t k = cv->nshared; k < cv->nfacts; k++)
		if (cv->facts[k].first == i) {
			TRY(buf_addf(b, "%s%zu", any ? ", " : "", cv->facts[k].row + 1));
			any = true;
		}
	return any ? ND_E_OK : buf_adds(b, "none");
}

static enum nd_err text_coverage_of(const struct comparison *c, const struct coverage *cv,
				    struct buf *b, struct buf *line)
{
	size_t n = report_nreports(c);
	TRY(buf_adds(b, "\nWho states which fact: a line for each fact two or more reports "
			"state, the\nmost stated first; under each report (numbered as at the "
			"top) the mark of\nthe fact's verdict where it states the fact, "
			COVERAGE_SILENT " where it says nothing of it.\n"));
	if (cv->nshared == 0)
		TRY(buf_adds(b, "  No fact is stated by two reports.\n"));
	else
		TRY(text_grid_head(b, n));
	for (size_t k = 0; k < cv->nshared; k++)
		TRY(text_grid_line(c, &cv->facts[k], b, line));
	TRY(buf_adds(b, "What each leaves out, and the facts only it states:\n"));
	for (size_t i = 0; i < n; i++) {
		const struct coverage_report *e = &cv->report[i];
		line->len = 0;
		TRY(put_cleans(line, c->story->arts[i].outlet, 0));
		TRY(buf_addf(line, " leaves out %zu of the %zu fact%s two or more others state",
			     e->left_out, e->others, e->others == 1 ? "" : "s"));
		if (e->alone) {
			TRY(buf_adds(line, "; facts only it states: "));
			TRY(put_alone(line, cv, i));
		}
		TRY(buf_addc(line, '.'));
		TRY(put_wrapped(b, line, 2, 4));
	}
	return ND_E_OK;
}

static enum nd_err text_coverage(const struct comparison *c, struct buf *b)
{
	size_t n = report_nreports(c);
	if (n < 2 || c->nrows == 0)
		return ND_E_OK;
	if (n > AGREEMENT_MAX_REPORTS)
		return buf_addf(b, "\nWho states which fact: left out for more than %d reports.\n",
				AGREEMENT_MAX_REPORTS);
	struct coverage cv;
	TRY(coverage_of(c, &cv));
	struct buf line;
	buf_init(&line, SIZE_MAX);
	enum nd_err err = text_coverage_of(c, &cv, b, &line);
	buf_release(&line);
	coverage_release(&cv);
	return err;
}

static enum nd_err md_coverage_of(const struct comparison *c, const struct coverage *cv,
				  struct buf *b)
{
	size_t n = report_nreports(c);
	TRY(buf_adds(b, "\n## Who states which fact\n\nA row for each fact two or more outlets "
			"state, the most stated first: under each outlet the mark of the fact's "
			"verdict where it states the fact, `" COVERAGE_SILENT "` where it says "
			"nothing of it. The last two rows give what each outlet leaves out of the "
			"facts two or more others state, and the facts only it states.\n\n"
			"| # | fact |"));
	for (size_t i = 0; i < n; i++) {
		TRY(buf_addc(b, ' '));
		TRY(put_cleans(b, c->story->arts[i].outlet, CLEAN_MD));
		TRY(buf_adds(b, " |"));
	}
	TRY(buf_adds(b, "\n|--:|---|"));
	for (size_t i = 0; i < n; i++)
		TRY(buf_adds(b, ":-:|"));
	for (size_t k = 0; k < cv->nshared; k++) {
		const struct row *r = &c->rows[cv->facts[k].row];
		TRY(buf_addf(b, "\n| %zu | ", cv->facts[k].row + 1));
		TRY(put_cleans(b, r->question, CLEAN_MD));
		TRY(buf_adds(b, " |"));
		for (size_t i = 0; i < n; i++)
			TRY(buf_addf(b, " %s |", coverage_mark(r, i)));
	}
	TRY(buf_adds(b, "\n| | *leaves out, of the facts two or more others state* |"));
	for (size_t i = 0; i < n; i++)
		TRY(buf_addf(b, " %zu of %zu |", cv->report[i].left_out, cv->report[i].others));
	TRY(buf_adds(b, "\n| | *facts only it states* |"));
	for (size_t i = 0; i < n; i++) {
		TRY(buf_addc(b, ' '));
		TRY(put_alone(b, cv, i));
		TRY(buf_adds(b, " |"));
	}
	return buf_addc(b, '\n');
}

static enum nd_err md_coverage(const struct comparison *c, struct buf *b)
{
	size_t n = report_nreports(c);
	if (n < 2 || c->nrows == 0)
		return ND_E_OK;
	if (n > AGREEMENT_MAX_REPORTS)
		return buf_addf(b, "\n## Who states which fact\n\nLeft out for more than %d "
				   "reports.\n", AGREEMENT_MAX_REPORTS);
	struct coverage cv;
	TRY(coverage_of(c, &cv));
	enum nd_err err = md_coverage_of(c, &cv, b);
	coverage_release(&cv);
	return err;
}

static enum nd_err write_text(const struct comparison *c, struct buf *b)
{
	struct buf line;
	buf_init(&line, SIZE_MAX);
	size_t count[VERDICT__COUNT] = { 0 };
	enum nd_err err = text_reports(c, b, &line);

	for (size_t k = 0; k < c->nrows && !err; k++) {
		count[report_verdict_of(&c->rows[k])]++;
		err = buf_addc(b, '\n');
		if (!err)
			err = text_row(c, k, b, &line);
	}
	buf_release(&line);
	if (err)
		return err;

	TRY(buf_addc(b, '\n'));
	if (c->nrows == 0)
		return buf_adds(b, "No facts to compare.\n");
	TRY(buf_addf(b, "%zu row%s:", c->nrows, c->nrows == 1 ? "" : "s"));
	for (int v = 0; v < VERDICT__COUNT; v++)
		TRY(buf_addf(b, "%s %zu %s", v ? "," : "", count[v], str(verdict_name((enum verdict)v))));
	TRY(buf_addc(b, '\n'));
	TRY(text_agreement(c, b));
	return text_coverage(c, b);
}

/* ---- Markdown ----------------------------------------------------------- */

/* True when url can be written as a CommonMark autolink <url>: a scheme,
 * a colon, then printable ASCII without spaces or angle brackets. */
static bool autolinkable(const char *url)
{
	size_t i = 0;
	if (!((url[0] >= 'a' && url[0] <= 'z') || (url[0] >= 'A' && url[0] <= 'Z')))
		return false;
	while (url[i] && url[i] != ':') {
		char ch = url[i];
		if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
		      (ch >= '0' && ch <= '9') || ch == '+' || ch == '.' || ch == '-'))
			return false;
		i++;
	}
	if (url[i] != ':' || i < 2 || i > 32 || !url[i + 1])
		return false;
	for (i++; url[i]; i++) {
		unsigned char ch = (unsigned char)url[i];
		if (ch <= 0x20 || ch >= 0x7F || ch == '<' || ch == '>')
			return false;
	}
	return true;
}

static enum nd_err md_reports(const struct comparison *c, struct buf *b)
{
	size_t n = report_nreports(c);
	TRY(buf_addf(b, "# Comparison of %zu report%s\n\n", n, n == 1 ? "" : "s"));
	for (size_t i = 0; i < n; i++) {
		const struct article *a = &c->story->arts[i];
		TRY(buf_addf(b, "%zu. **", i + 1));
		TRY(put_cleans(b, a->outlet, CLEAN_MD));
		TRY(buf_adds(b, "**"));
		if (a->date && *a->date) {
			TRY(buf_adds(b, " ("));
			TRY(put_cleans(b, a->date, CLEAN_MD));
			TRY(buf_addc(b, ')'));
		}
		if (a->title && *a->title) {
			TRY(buf_adds(b, ": "));
			TRY(put_cleans(b, a->title, CLEAN_MD));
		}
		if (a->url && *a->url) {
			TRY(buf_adds(b, " " DASH " "));
			if (autolinkable(a->url)) {
				TRY(buf_addc(b, '<'));
				TRY(buf_adds(b, a->url));
				TRY(buf_addc(b, '>'));
			} else {
				TRY(put_cleans(b, a->url, CLEAN_MD));
			}
		}
		TRY(buf_addc(b, '\n'));
	}
	return ND_E_OK;
}

static enum nd_err md_table(const struct comparison *c, struct buf *b)
{
	size_t n = report_nreports(c);
	TRY(buf_adds(b, "| # | question |"));
	for (size_t i = 0; i < n; i++) {
		TRY(buf_addc(b, ' '));
		TRY(put_cleans(b, c->story->arts[i].outlet, CLEAN_MD));
		TRY(buf_adds(b, " |"));
	}
	TRY(buf_adds(b, " verdict |\n|--:|---|"));
	for (size_t i = 0; i < n; i++)
		TRY(buf_adds(b, "---|"));
	TRY(buf_adds(b, "---|\n"));

	for (size_t k = 0; k < c->nrows; k++) {
		const struct row *r = &c->rows[k];
		TRY(buf_addf(b, "| %zu | ", k + 1));
		TRY(put_cleans(b, r->question, CLEAN_MD));
		TRY(buf_adds(b, " |"));
		for (size_t i = 0; i < n; i++) {
			const struct cell *cl = cell_of(c, r, i);
			TRY(buf_addc(b, ' '));
			if (cl)
				TRY(put_value(b, cl, CLEAN_MD));
			else
				TRY(buf_adds(b, DASH));
			/* who said a quotation: what a disagreement over it is about */
			if (cl && cl->speaker && *cl->speaker) {
				TRY(buf_adds(b, " " DASH " *"));
				TRY(put_cleans(b, cl->speaker, CLEAN_MD));
				TRY(buf_addc(b, '*'));
			}
			TRY(buf_adds(b, " |"));
		}
		TRY(buf_addf(b, " %s |\n", str(verdict_name(report_verdict_of(r)))));
	}
	return ND_E_OK;
}

static enum nd_err md_evidence(const struct comparison *c, struct buf *b)
{
	TRY(buf_adds(b, "\n## Evidence\n"));
	for (size_t k = 0; k < c->nrows; k++) {
		const struct row *r = &c->rows[k];
		TRY(buf_addf(b, "\n### %zu. ", k + 1));
		TRY(put_cleans(b, r->question, CLEAN_MD));
		TRY(buf_addf(b, " (%s)\n\n", str(verdict_name(report_verdict_of(r)))));
		if (r->why && *r->why) {
			TRY(buf_addc(b, '*'));
			TRY(put_cleans(b, r->why, CLEAN_MD));
			TRY(buf_adds(b, "*\n\n"));
		}
		bool any = false;
		for (size_t i = 0; i < report_nreports(c); i++) {
			const struct cell *cl = cell_of(c, r, i);
			if (!cl)
				continue;
			any = true;
			TRY(buf_adds(b, "- **"));
			TRY(put_cleans(b, c->story->arts[i].outlet, CLEAN_MD));
			TRY(buf_adds(b, "**: "));
			TRY(put_value(b, cl, CLEAN_MD));
			if (cl->note && *cl->note) {
				TRY(buf_adds(b, " *(note: "));
				TRY(put_cleans(b, cl->note, CLEAN_MD));
				TRY(buf_adds(b, ")*"));
			}
			if (cl->speaker && *cl->speaker) {
				TRY(buf_adds(b, " " DASH " said by "));
				TRY(put_cleans(b, cl->speaker, CLEAN_MD));
			}
			if (has_sentence(c, cl)) {
				TRY(buf_adds(b, " " DASH " " LQUOTE));
				TRY(put_sentence(b, c, cl, CLEAN_MD));
				TRY(buf_adds(b, RQUOTE));
			}
			TRY(buf_addc(b, '\n'));
		}
		if (!any)
			TRY(buf_adds(b, "No report gives this fact.\n"));
	}
	return ND_E_OK;
}

static enum nd_err md_legend(struct buf *b)
{
	TRY(buf_adds(b, "\n## Verdicts\n\n"));
	for (int v = 0; v < VERDICT__COUNT; v++) {
		TRY(buf_addf(b, "- **%s**", str(verdict_name((enum verdict)v))));
		if (*verdict_meaning((enum verdict)v))
			TRY(buf_addf(b, ": %s", verdict_meaning((enum verdict)v)));
		TRY(buf_adds(b, ".\n"));
	}
	return buf_adds(b, "- **" DASH "** in the table: the report does not give this fact.\n");
}

static enum nd_err write_markdown(const struct comparison *c, struct buf *b)
{
	TRY(md_reports(c, b));
	TRY(buf_addc(b, '\n'));
	TRY(md_table(c, b));
	TRY(md_agreement(c, b));
	TRY(md_coverage(c, b));
	TRY(md_evidence(c, b));
	return md_legend(b);
}

/* ---- entry point -------------------------------------------------------- */

enum nd_err report_write(const struct comparison *c, enum report_format f, FILE *out)
{
	if (!c || !out)
		return ND_E_USAGE;
	if (c->nrows && !c->rows)
		return ND_E_USAGE;

	struct buf b;
	buf_init(&b, SIZE_MAX);
	enum nd_err err;
	switch (f) {
	case REPORT_TEXT:
		err = write_text(c, &b);
		break;
	case REPORT_MARKDOWN:
		err = write_markdown(c, &b);
		break;
	case REPORT_JSON:
	case REPORT_JSONL:
		/* written as it is made: the report of a thousand reports is
		 * larger than their comparison */
		err = report_json(c, f == REPORT_JSONL, out);
		break;
	case REPORT_HTML:
		err = html_handout(c, &b);
		break;
	default:
		err = ND_E_USAGE;
		break;
	}
	/* Text, Markdown and HTML are built whole before anything is
	 * written, so that a failure leaves no half report behind; JSON went
	 * out as it was made. */
	if (err == ND_E_OK && b.len && fwrite(b.data, 1, b.len, out) != b.len)
		err = ND_E_WRITE;
	if (err == ND_E_OK && (fflush(out) != 0 || ferror(out)))
		err = ND_E_WRITE;
	buf_release(&b);
	return err;
}

/* ---- the rows asked for -------------------------------------------------- */

/* The next comma-separated word of *p into w (at most cap bytes), or
 * false at the end. */
static bool next_word(const char **p, char *w, size_t cap)
{
	while (**p == ',' || **p == ' ')
		(*p)++;
	if (!**p)
		return false;
	size_t n = strcspn(*p, ",");
	size_t k = n < cap - 1 ? n : cap - 1;
	memcpy(w, *p, k);
	while (k > 0 && w[k - 1] == ' ')
		k--;
	w[k] = '\0';
	*p += n;
	return true;
}

/* The report an --outlets word names: its outlet, in any case, or its
 * number from 1; -1 for none. */
static long report_named(const struct comparison *c, const char *w)
{
	char *end;
	long k = strtol(w, &end, 10);
	if (*w && !*end)
		return k >= 1 && (size_t)k <= c->story->n ? k - 1 : -1;
	for (size_t i = 0; i < c->story->n; i++)
		if (c->story->arts[i].outlet && strcasecmp(c->story->arts[i].outlet, w) == 0)
			return (long)i;
	return -1;
}

enum nd_err report_select(const struct comparison *c, const char *only, const char *outlets,
			  struct comparison *view, char *why, size_t why_size)
{
	char word[128];
	bool verdicts[VERDICT__COUNT];
	*view = *c;
	view->rows = NULL;
	view->nrows = 0;
	for (size_t v = 0; v < VERDICT__COUNT; v++)
		verdicts[v] = only == NULL;
	size_t nonly = 0;
	for (const char *p = only; p && next_word(&p, word, sizeof word);) {
		size_t v = 0;
		while (v < VERDICT__COUNT && strcmp(verdict_name((enum verdict)v), word) != 0)
			v++;
		if (v == VERDICT__COUNT) {
			snprintf(why, why_size, "--only: not a verdict: %s (agree, partial, disagree, "
				 "unclear, single)", word);
			return ND_E_USAGE;
		}
		verdicts[v] = true;
		nonly++;
	}
	if (only && !nonly) {
		snprintf(why, why_size, "--only: wants one or more verdicts (agree, partial, "
			 "disagree, unclear, single)");
		return ND_E_USAGE;
	}
	size_t nwant = 0;
	long want[64];
	for (const char *p = outlets; p && next_word(&p, word, sizeof word);) {
		long k = report_named(c, word);
		if (k < 0 || nwant == sizeof want / sizeof want[0]) {
			snprintf(why, why_size, k < 0 ? "--outlets: no report is %s (an outlet's name "
							"or a report's number)"
						      : "--outlets: at most 64 reports (%s)", word);
			return ND_E_USAGE;
		}
		want[nwant++] = k;
	}
	if (outlets && !nwant) {
		snprintf(why, why_size, "--outlets: wants one or more reports (an outlet's name or "
			 "a report's number)");
		return ND_E_USAGE;
	}
	view->rows = malloc((c->nrows ? c->nrows : 1) * sizeof *view->rows);
	if (!view->rows)
		return ND_E_NOMEM;
	for (size_t k = 0; k < c->nrows; k++) {
		const struct row *r = &c->rows[k];
		bool keep = verdicts[report_verdict_of(r)];
		for (size_t i = 0; i < nwant && keep; i++)
			keep = cell_of(c, r, (size_t)want[i]) != NULL;
		if (keep)
			view->rows[view->nrows++] = *r;
	}
	return ND_E_OK;
}
