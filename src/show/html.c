/* The comparison as one printable HTML page, a handout (html.h). */
#include "show/html.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "load/article.h"
#include "load/para.h"
#include "load/story.h"
#include "base/text.h"
#include "analyse/naming.h"
#include "show/agreement.h"
#include "show/coverage.h"
#include "show/report.h"

#define DASH "\xe2\x80\x94"    /* — */
#define LQUOTE "\xe2\x80\x9c"  /* “ */
#define RQUOTE "\xe2\x80\x9d"  /* ” */
#define REPLACEMENT "\xef\xbf\xbd"

/*
 * How each verdict is drawn: an underline style of its own, so that the
 * marks differ without colour (with the verdict's mark beside them), its
 * colour, and a light background that only screens show.
 */
static const struct look {
	const char *line;  /* text-decoration-style */
	const char *ink;
	const char *paper;
} looks[VERDICT__COUNT] = {
	[VERDICT_AGREE] = { "double", "#2e7d32", "#e3f2e4" },
	[VERDICT_DISAGREE] = { "solid", "#b3261e", "#fbe0de" },
	[VERDICT_PARTIAL] = { "wavy", "#8a6500", "#fcefc0" },
	[VERDICT_SINGLE] = { "dashed", "#1f5fbf", "#e2eafa" },
	[VERDICT_UNCLEAR] = { "dotted", "#7b1fa2", "#f1e2f6" },
};

/* Everything but the verdicts' rules.  Columns wrap onto more rows when
 * the reports are many; in print the text gets small, the backgrounds
 * go (nothing depends on them) and rows of the tables stay whole. */
static const char style_sheet[] =
	"*{box-sizing:border-box}\n"
	"body{margin:0;padding:1.2em 1.5em;font:15px/1.45 Georgia,\"DejaVu Serif\",serif;"
	"color:#111;background:#fff}\n"
	"h1{font-size:1.55em;margin:0 0 .2em}\n"
	"h2{font-size:1.2em;margin:1.5em 0 .5em;border-bottom:1px solid #777}\n"
	"h3{font-size:1.05em;margin:0 0 .15em}\n"
	"a{color:#1a4d8f}\n"
	".sub,.meta,.why,.note{color:#444}\n"
	".meta{font-size:.85em;margin:0 0 .6em}\n"
	".outlets{margin:.3em 0;padding-left:1.8em}\n"
	".url{overflow-wrap:anywhere;word-break:break-all}\n"
	".legend{list-style:none;margin:.4em 0;padding:0}\n"
	".legend li{margin:.15em 0}\n"
	".cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(15em,1fr));gap:1em;"
	"align-items:start}\n"
	".column{min-width:0;border:1px solid #999;padding:.6em .8em;font-size:.9em;"
	"overflow-wrap:break-word}\n"
	".column p{margin:0 0 .6em}\n"
	".p-headline{font-weight:bold}\n"
	".p-standfirst{font-style:italic}\n"
	".p-dateline,.p-byline,.furn{color:#555;font-size:.9em}\n"
	".furn{font-style:italic}\n"
	"mark{color:inherit;text-decoration-line:underline;text-decoration-thickness:2px;"
	"text-underline-offset:2px;text-decoration-skip-ink:none}\n"
	"sup.vm{font:bold .72em sans-serif;margin-left:1px;white-space:nowrap}\n"
	"sup.vm a{color:inherit;text-decoration:none}\n"
	".vk{border:1px solid;border-radius:2px;padding:0 1px;margin-right:1px}\n"
	".sym{font:bold 1em sans-serif}\n"
	"table{border-collapse:collapse;width:100%}\n"
	"th,td{border:1px solid #999;padding:.25em .45em;text-align:left;vertical-align:top}\n"
	".facts .q th{background:#eee;font-weight:normal}\n"
	".facts .q .n{font-weight:bold}\n"
	".facts tr>th:first-child{width:9em}\n"
	".silent td{color:#666}\n"
	".matrix td{text-align:center;min-width:6.5em}\n"
	".matrix td.self{color:#666}\n"
	".coverage td{text-align:center;width:3em}\n"
	".coverage td.no{color:#777}\n"
	".coverage tbody th{font-weight:normal}\n"
	".coverage tfoot th,.coverage tfoot td{font-size:.85em;font-weight:normal}\n"
	".coverage td.lo{white-space:nowrap}\n"
	".bar{display:flex;margin:.2em auto 0;border:1px solid #555;width:100%;max-width:8em}\n"
	".bar div{height:0;border-top:.55em solid}\n"
	".bar .b-alike{border-top-style:solid;border-color:#2e7d32}\n"
	".bar .b-conflict{border-top-style:dotted;border-color:#b3261e}\n"
	".bar .b-other{border-top-style:dashed;border-color:#8a6500}\n"
	"footer{margin-top:2em;font-size:.85em;color:#444}\n"
	"@page{margin:14mm 12mm}\n"
	"@media print{\n"
	"body{padding:0;font-size:9pt}\n"
	"a{color:inherit;text-decoration:none}\n"
	"mark{background:none!important}\n"
	".cols{grid-template-columns:repeat(auto-fit,minmax(30mm,1fr));gap:3mm}\n"
	".column{font-size:7.5pt;padding:1.5mm 2mm}\n"
	"h2,h3{break-after:avoid}\n"
	"tr,.legend li{break-inside:avoid}\n"
	"thead{display:table-header-group}\n"
	"#facts{break-before:page}\n"
	".facts .q th{background:none;border-top:2px solid #000}\n"
	"}\n";

/* ---- the data, read defensively ---------------------------------------- */

static const char *str(const char *s)
{
	return s ? s : "";
}


/* The cell of report art in row r (NULL when it is silent or unknown). */
static const struct cell *cell_of(const struct comparison *c, const struct row *r, size_t art)
{
	if (art >= report_nreports(c) || !r->cells)
		return NULL;
	return row_cell(r, (uint32_t)art);
}

static size_t clamp(size_t v, size_t max)
{
	return v < max ? v : max;
}

/* ---- escaping ----------------------------------------------------------- */

/* Code points that never reach the page: C0 and C1 controls, DEL,
 * bidirectional overrides and isolates, surrogates and noncharacters. */
static bool is_unsafe(int32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069) || (cp >= 0xD800 && cp <= 0xDFFF) ||
	       (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

/*
 * Append s[0..n) to b as HTML text, good in an attribute value too: the
 * five special characters as references, a newline or tab as a space,
 * unsafe code points and invalid UTF-8 as U+FFFD, everything else
 * re-encoded from its code point (so the page is valid UTF-8 whatever
 * the input).
 */
static void put_esc(struct buf *b, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		int32_t cp = text_next(s, n, &i);
		char u[4];
		switch (cp) {
		case '&': buf_adds(b, "&amp;"); break;
		case '<': buf_adds(b, "&lt;"); break;
		case '>': buf_adds(b, "&gt;"); break;
		case '"': buf_adds(b, "&quot;"); break;
		case '\'': buf_adds(b, "&#39;"); break;
		case '\n':
		case '\t': buf_addc(b, ' '); break;
		default:
			if (is_unsafe(cp))
				buf_adds(b, REPLACEMENT);
			else
				buf_add(b, u, text_encode(cp, u));
			break;
		}
	}
}

static void put_escs(struct buf *b, const char *s)
{
	s = str(s);
	put_esc(b, s, strlen(s));
}

/* A cell's value as every report writes it (report_value), escaped. */
static enum nd_err put_value(struct buf *b, const struct cell *cl)
{
	struct buf v;
	buf_init(&v, SIZE_MAX);
	enum nd_err err = report_value(&v, cl);
	if (err == ND_E_OK)
		put_esc(b, v.data ? v.data : "", v.len);
	buf_release(&v);
	return err;
}

/* url as an href: the characters a URI may hold as they are (& and '
 * as references), every other byte (a space, a quote, a brace, UTF-8)
 * percent-encoded. */
static void put_href(struct buf *b, const char *url)
{
	static const char keep[] = "-._~:/?#[]@!$()*+,;=%";
	for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
		if (*p == '&')
			buf_adds(b, "&amp;");
		else if (*p == '\'')
			buf_adds(b, "&#39;");
		else if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			 (*p >= '0' && *p <= '9') || strchr(keep, *p))
			buf_addc(b, (char)*p);
		else
			buf_addf(b, "%%%02X", *p);
	}
}

/* A link to url when it is http or https, else the address as text. */
static void put_url(struct buf *b, const char *url)
{
	bool web = strncasecmp(url, "http://", 7) == 0 || strncasecmp(url, "https://", 8) == 0;
	if (web) {
		buf_adds(b, "<a class=\"url\" href=\"");
		put_href(b, url);
		buf_adds(b, "\">");
	} else {
		buf_adds(b, "<span class=\"url\">");
	}
	put_escs(b, url);
	buf_adds(b, web ? "</a>" : "</span>");
}

/* The verdict's mark, boxed so that "1" (single) stands apart from the
 * number, and the row's number, after a marked value; a link to the row
 * in the facts table. */
static void put_sup(struct buf *b, enum verdict v, size_t row)
{
	buf_addf(b, "<sup class=\"vm vs-%s\"><a href=\"#f%zu\"><span class=\"vk\">",
		 verdict_name(v), row + 1);
	put_escs(b, verdict_mark(v));
	buf_addf(b, "</span>%zu</a></sup>", row + 1);
}

/* ---- the head, the story and its outlets --------------------------------- */

/* The story's name: the first title a report gives. */
static const char *story_title(const struct comparison *c)
{
	for (size_t i = 0; i < report_nreports(c); i++)
		if (c->story->arts[i].title && *c->story->arts[i].title)
			return c->story->arts[i].title;
	return NULL;
}

static void put_head(struct buf *b, const struct comparison *c)
{
	const char *title = story_title(c);
	buf_adds(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		    "<meta name=\"generator\" content=\"newsdiff\">\n<title>");
	if (title)
		put_escs(b, title);
	else
		buf_addf(b, "Comparison of %zu reports", report_nreports(c));
	buf_adds(b, " " DASH " newsdiff</title>\n<style>\n");
	buf_adds(b, style_sheet);
	for (int v = 0; v < VERDICT__COUNT; v++) {
		const struct look *l = &looks[v];
		const char *name = verdict_name((enum verdict)v);
		if (!l->line)
			continue;  /* a verdict with no look yet: its marks stay plain */
		buf_addf(b, "mark.v-%s{text-decoration-style:%s;text-decoration-color:%s;"
			    "background:%s}\n.vs-%s{color:%s}\n",
			 name, l->line, l->ink, l->paper, name, l->ink);
	}
	buf_adds(b, "</style>\n</head>\n<body>\n");
}

static void put_story(struct buf *b, const struct comparison *c)
{
	size_t n = report_nreports(c);
	/* no one outlet's headline above the others: each has its own below */
	buf_addf(b, "<header>\n<h1>How %zu outlet%s told one story</h1>\n<p class=\"sub\">"
		    "%zu report%s, compared fact by fact by newsdiff; each outlet's own "
		    "headline:</p>\n<ol class=\"outlets\">\n", n, n == 1 ? "" : "s", n,
		 n == 1 ? "" : "s");
	for (size_t i = 0; i < n; i++) {
		const struct article *a = &c->story->arts[i];
		buf_adds(b, "<li><strong>");
		put_escs(b, a->outlet);
		buf_adds(b, "</strong>");
		if (a->date && *a->date) {
			buf_adds(b, ", ");
			put_escs(b, a->date);
		}
		if (a->title && *a->title) {
			buf_adds(b, ": ");
			put_escs(b, a->title);
		}
		if (a->url && *a->url) {
			buf_adds(b, " " DASH " ");
			put_url(b, a->url);
		}
		buf_adds(b, "</li>\n");
	}
	buf_adds(b, "</ol>\n</header>\n");
}

/* What the marks mean, verdicts in the order the rows come. */
static void put_legend(struct buf *b)
{
	buf_adds(b, "<ul class=\"legend\">\n");
	for (int rank = 0; rank < VERDICT__COUNT; rank++)
		for (int v = 0; v < VERDICT__COUNT; v++) {
			if (verdict_rank((enum verdict)v) != rank)
				continue;
			const char *name = verdict_name((enum verdict)v);
			buf_addf(b, "<li><mark class=\"v-%s\">%s</mark><sup class=\"vm vs-%s\">"
				    "<span class=\"vk\">", name, name, name);
			put_escs(b, verdict_mark((enum verdict)v));
			buf_adds(b, "</span></sup>: ");
			put_escs(b, verdict_meaning((enum verdict)v));
			buf_adds(b, ".</li>\n");
		}
	buf_adds(b, "</ul>\n");
}

/* ---- the reports side by side, facts marked in the text ------------------ */

/* One row's value in a report's text. */
struct span {
	uint32_t start, end;
	uint32_t row;
};

/* By start, then by row (what matters most first). */
static int cmp_span(const void *a, const void *b)
{
	const struct span *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->row > y->row) - (x->row < y->row);
}

/* The values of report art in c's rows, sorted (cmp_span); NULL on no
 * memory, else *n set (possibly 0).  The caller frees the array. */
static struct span *spans_of(const struct comparison *c, size_t art, size_t *n)
{
	size_t len = c->story->arts[art].text ? c->story->arts[art].len : 0;
	struct span *v = malloc((c->nrows ? c->nrows : 1) * sizeof *v);
	*n = 0;
	if (!v)
		return NULL;
	for (size_t k = 0; k < c->nrows; k++) {
		const struct cell *cl = cell_of(c, &c->rows[k], art);
		if (!cl)
			continue;
		size_t e = clamp(cl->end, len), s = clamp(cl->start, e);
		if (s < e)
			v[(*n)++] = (struct span){ (uint32_t)s, (uint32_t)e, (uint32_t)k };
	}
	qsort(v, *n, sizeof *v, cmp_span);
	return v;
}

/* Marking one report's text: its spans, the next one not yet reached,
 * and those open at the current byte. */
struct marker {
	const struct comparison *c;
	const char *text;
	const struct span *spans;
	size_t n, next;
	size_t *open;   /* indices into spans */
	size_t nopen;
};

static void open_reached(struct marker *m, size_t at)
{
	for (; m->next < m->n && m->spans[m->next].start <= at; m->next++)
		if (m->spans[m->next].end > at)
			m->open[m->nopen++] = m->next;
}

/* Close the open spans that end at or before at, each with its verdict
 * mark and number when show. */
static void close_ended(struct buf *b, struct marker *m, size_t at, bool show)
{
	size_t keep = 0;
	for (size_t i = 0; i < m->nopen; i++) {
		const struct span *s = &m->spans[m->open[i]];
		if (s->end > at)
			m->open[keep++] = m->open[i];
		else if (show)
			put_sup(b, report_verdict_of(&m->c->rows[s->row]), s->row);
	}
	m->nopen = keep;
}

/* The innermost open span (a count inside a quotation shows, not the
 * quotation), or NULL. */
static const struct span *innermost(const struct marker *m)
{
	const struct span *best = NULL;
	for (size_t i = 0; i < m->nopen; i++) {
		const struct span *s = &m->spans[m->open[i]];
		if (!best || s->end - s->start < best->end - best->start ||
		    (s->end - s->start == best->end - best->start && s->row < best->row))
			best = s;
	}
	return best;
}

/*
 * Text [p0, p1) of a paragraph with its facts marked: runs of bytes held
 * by the same innermost value, each value's run in a <mark> of its
 * verdict, and its mark and number where it ends.  Values that end in
 * the gap before the next paragraph shown (at rest) end here.
 */
static void put_marked(struct buf *b, struct marker *m, size_t p0, size_t p1, size_t rest)
{
	close_ended(b, m, p0, false);  /* in a paragraph not shown */
	size_t i = p0;
	while (i < p1) {
		open_reached(m, i);
		size_t to = p1;
		if (m->next < m->n && m->spans[m->next].start < to)
			to = m->spans[m->next].start;
		for (size_t k = 0; k < m->nopen; k++)
			if (m->spans[m->open[k]].end < to)
				to = m->spans[m->open[k]].end;
		const struct span *s = innermost(m);
		if (s) {
			const struct row *r = &m->c->rows[s->row];
			buf_addf(b, "<mark class=\"v-%s\" title=\"%zu. ",
				 verdict_name(report_verdict_of(r)), (size_t)s->row + 1);
			put_escs(b, r->question);
			buf_addf(b, " (%s)\">", verdict_name(report_verdict_of(r)));
		}
		put_esc(b, m->text + i, to - i);
		if (s)
			buf_adds(b, "</mark>");
		i = to;
		close_ended(b, m, i, true);
	}
	close_ended(b, m, rest, true);
}

static const char *para_class(enum para_kind k)
{
	switch (k) {
	case PARA_HEADLINE: return "p-headline";
	case PARA_STANDFIRST: return "p-standfirst";
	case PARA_DATELINE: return "p-dateline";
	case PARA_BYLINE: return "p-byline";
	case PARA_FURNITURE:
	case PARA_BODY: break;
	}
	return NULL;
}

/* One report's column: its outlet, date, and text paragraph by
 * paragraph; page furniture is left out, said in one line a run. */
static enum nd_err put_column(struct buf *b, const struct comparison *c, size_t art)
{
	const struct article *a = &c->story->arts[art];
	size_t len = a->text ? a->len : 0;
	struct marker m = { .c = c, .text = a->text };
	struct span *spans = spans_of(c, art, &m.n);
	m.spans = spans;
	m.open = malloc((m.n ? m.n : 1) * sizeof *m.open);
	if (!spans || !m.open) {
		free(spans);
		free(m.open);
		return ND_E_NOMEM;
	}

	buf_addf(b, "<article class=\"column\" id=\"r%zu\">\n<h3>", art + 1);
	put_escs(b, a->outlet);
	buf_adds(b, "</h3>\n");
	if (a->date && *a->date) {
		buf_adds(b, "<p class=\"meta\">");
		put_escs(b, a->date);
		buf_adds(b, "</p>\n");
	}
	/* A text without paragraphs is one paragraph. */
	struct para whole = { .start = 0, .len = len, .kind = PARA_BODY };
	const struct para *paras = a->npara ? a->paras : &whole;
	size_t npara = a->npara ? a->npara : 1;
	for (size_t p = 0; p < npara; p++) {
		const struct para *pp = &paras[p];
		size_t p0 = clamp(pp->start, len), p1 = clamp(pp->start + pp->len, len);
		if (p0 == p1)
			continue;
		if (pp->kind == PARA_FURNITURE) {
			size_t q = p;
			while (q + 1 < npara && paras[q + 1].kind == PARA_FURNITURE)
				q++;
			buf_addf(b, "<p class=\"furn\">[%zu paragraph%s of page furniture left out: ",
				 q - p + 1, q > p ? "s" : "");
			/* what each of them is, each kind once ("author box,
			 * photo credit"): the page has room the screen has not */
			for (size_t k = p; k <= q; k++) {
				const char *l = para_label(&paras[k]);
				bool seen = false;
				for (size_t e = p; e < k && !seen; e++)
					seen = strcmp(para_label(&paras[e]), l) == 0;
				if (seen)
					continue;
				if (k > p)
					buf_adds(b, ", ");
				put_escs(b, l);
			}
			buf_adds(b, "]</p>\n");
			p = q;
			continue;
		}
		size_t rest = len;
		for (size_t q = p + 1; q < npara; q++)
			if (paras[q].kind != PARA_FURNITURE) {
				rest = clamp(paras[q].start, len);
				break;
			}
		const char *cls = para_class(pp->kind);
		buf_adds(b, cls ? "<p class=\"" : "<p>");
		if (cls) {
			buf_adds(b, cls);
			buf_adds(b, "\">");
		}
		put_marked(b, &m, p0, p1, rest < p1 ? p1 : rest);
		buf_adds(b, "</p>\n");
	}
	buf_adds(b, "</article>\n");
	free(spans);
	free(m.open);
	return buf_error(b);
}

static enum nd_err put_columns(struct buf *b, const struct comparison *c)
{
	buf_adds(b, "<section id=\"reports\">\n<h2>The reports side by side</h2>\n");
	put_legend(b);
	buf_adds(b, "<div class=\"cols\">\n");
	for (size_t i = 0; i < report_nreports(c); i++) {
		enum nd_err err = put_column(b, c, i);
		if (err)
			return err;
	}
	buf_adds(b, "</div>\n</section>\n");
	return buf_error(b);
}

/* ---- the facts, one group of rows each ----------------------------------- */

/* The evidence sentence of cl in quotation marks, its value marked by
 * verdict v when it lies inside. */
static void put_sentence(struct buf *b, const struct comparison *c, const struct cell *cl,
			 enum verdict v)
{
	const struct article *a = &c->story->arts[cl->art];
	size_t len = a->text ? a->len : 0;
	size_t end = clamp(cl->sent_end, len), start = clamp(cl->sent_start, end);
	size_t n = end - start;
	const char *s = text_trim(a->text ? a->text + start : "", &n);
	if (n == 0)
		return;
	size_t s0 = a->text ? (size_t)(s - a->text) : 0, s1 = s0 + n;
	size_t v0 = clamp(cl->start, len), v1 = clamp(cl->end, len);
	buf_adds(b, LQUOTE);
	if (v0 >= s0 && v1 <= s1 && v0 < v1) {
		put_esc(b, a->text + s0, v0 - s0);
		buf_addf(b, "<mark class=\"v-%s\">", verdict_name(v));
		put_esc(b, a->text + v0, v1 - v0);
		buf_adds(b, "</mark>");
		put_esc(b, a->text + v1, s1 - v1);
	} else {
		put_esc(b, s, n);
	}
	buf_adds(b, RQUOTE);
}

static enum nd_err put_fact(struct buf *b, const struct comparison *c, size_t k)
{
	const struct row *r = &c->rows[k];
	enum verdict v = report_verdict_of(r);
	const char *name = verdict_name(v);
	buf_addf(b, "<tbody class=\"fact\" id=\"f%zu\">\n<tr class=\"q\"><th colspan=\"3\" "
		    "scope=\"rowgroup\"><span class=\"n\">%zu.</span> ", k + 1, k + 1);
	put_escs(b, r->question);
	buf_addf(b, " " DASH " <span class=\"sym vs-%s\">", name);
	put_escs(b, verdict_mark(v));
	buf_addf(b, "</span> <strong>%s</strong>", name);
	if (r->why && *r->why) {
		buf_adds(b, "<br><span class=\"why\">why: ");
		put_escs(b, r->why);
		buf_adds(b, "</span>");
	}
	buf_adds(b, "</th></tr>\n");
	size_t silent = 0;
	for (size_t i = 0; i < report_nreports(c); i++) {
		const struct cell *cl = cell_of(c, r, i);
		if (!cl) {
			silent++;
			continue;
		}
		buf_adds(b, "<tr><th scope=\"row\">");
		put_escs(b, c->story->arts[i].outlet);
		buf_adds(b, "</th><td>");
		enum nd_err err = put_value(b, cl);
		if (err)
			return err;
		if (cl->speaker && *cl->speaker) {
			buf_adds(b, " " DASH " said by ");
			put_escs(b, cl->speaker);
		}
		if (cl->note && *cl->note) {
			buf_adds(b, " <span class=\"note\">[note: ");
			put_escs(b, cl->note);
			buf_adds(b, "]</span>");
		}
		buf_adds(b, "</td><td>");
		put_sentence(b, c, cl, v);
		buf_adds(b, "</td></tr>\n");
	}
	/* the outlets that say nothing on it, on one line (a page saved) */
	if (silent) {
		buf_adds(b, "<tr class=\"silent\"><th scope=\"row\">" DASH "</th><td colspan=\"2\">"
			    "not given by ");
		size_t said = 0;
		for (size_t i = 0; i < report_nreports(c); i++) {
			if (cell_of(c, r, i))
				continue;
			buf_adds(b, said == 0 ? "" : said + 1 == silent ? " and " : ", ");
			put_escs(b, c->story->arts[i].outlet);
			said++;
		}
		buf_adds(b, "</td></tr>\n");
	}
	buf_adds(b, "</tbody>\n");
	return buf_error(b);
}

static enum nd_err put_facts(struct buf *b, const struct comparison *c)
{
	buf_adds(b, "<section id=\"facts\">\n<h2>Fact by fact</h2>\n");
	if (c->nrows == 0) {
		buf_adds(b, "<p>No facts to compare.</p>\n</section>\n");
		return buf_error(b);
	}
	size_t count[VERDICT__COUNT] = { 0 };
	for (size_t k = 0; k < c->nrows; k++)
		count[report_verdict_of(&c->rows[k])]++;
	buf_addf(b, "<p>%zu fact%s:", c->nrows, c->nrows == 1 ? "" : "s");
	for (int v = 0; v < VERDICT__COUNT; v++)
		buf_addf(b, "%s %zu %s", v ? "," : "", count[v], verdict_name((enum verdict)v));
	buf_adds(b, ". Under each fact, the outlets that do not give it.</p>\n"
		    "<table class=\"facts\">\n<thead><tr><th scope=\"col\">Outlet</th>"
		    "<th scope=\"col\">What it says</th><th scope=\"col\">The sentence that says it"
		    "</th></tr></thead>\n");
	for (size_t k = 0; k < c->nrows; k++) {
		enum nd_err err = put_fact(b, c, k);
		if (err)
			return err;
	}
	buf_adds(b, "</table>\n</section>\n");
	return buf_error(b);
}

/* ---- who agrees with whom (agreement.h) ---------------------------------- */

/* Of both, a share in whole per cent for a bar's width. */
static unsigned share(size_t part, size_t both)
{
	return both ? (unsigned)((part * 100 + both / 2) / both) : 0;
}

static void put_pair(struct buf *b, const struct pair_counts *p)
{
	buf_addf(b, "<td title=\"%zu fact%s both state: %zu alike, %zu in conflict, %zu "
		    "otherwise\">%zu: %zu = %zu ! %zu ~", p->both, p->both == 1 ? "" : "s",
		 p->alike, p->conflict, p->other, p->both, p->alike, p->conflict, p->other);
	if (p->both) {
		buf_adds(b, "<div class=\"bar\">");
		if (p->alike)
			buf_addf(b, "<div class=\"b-alike\" style=\"width:%u%%\"></div>",
				 share(p->alike, p->both));
		if (p->conflict)
			buf_addf(b, "<div class=\"b-conflict\" style=\"width:%u%%\"></div>",
				 share(p->conflict, p->both));
		if (p->other)
			buf_addf(b, "<div class=\"b-other\" style=\"width:%u%%\"></div>",
				 share(p->other, p->both));
		buf_adds(b, "</div>");
	}
	buf_adds(b, "</td>");
}

static enum nd_err put_agreement(struct buf *b, const struct comparison *c)
{
	size_t n = report_nreports(c);
	if (n < 2 || c->nrows == 0)
		return buf_error(b);
	buf_adds(b, "<section id=\"agreement\">\n<h2>Who agrees with whom</h2>\n");
	if (n > AGREEMENT_MAX_REPORTS) {
		buf_addf(b, "<p>Left out for more than %d reports.</p>\n</section>\n",
			 AGREEMENT_MAX_REPORTS);
		return buf_error(b);
	}
	struct agreement a;
	enum nd_err err = agreement_of(c, &a);
	if (err)
		return err;
	buf_adds(b, "<p>Of the facts two outlets both state: how many, then <b>=</b> given "
		    "alike (solid bar), <b>!</b> given differently where the reports disagree "
		    "(dotted bar), <b>~</b> otherwise differently (dashed bar).</p>\n"
		    "<table class=\"matrix\">\n<thead><tr><td></td>");
	for (size_t j = 0; j < n; j++) {
		buf_adds(b, "<th scope=\"col\">");
		put_escs(b, c->story->arts[j].outlet);
		buf_adds(b, "</th>");
	}
	buf_adds(b, "</tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < n; i++) {
		buf_adds(b, "<tr><th scope=\"row\">");
		put_escs(b, c->story->arts[i].outlet);
		buf_addf(b, "<br><span class=\"meta\">%zu fact%s</span></th>", a.states[i],
			 a.states[i] == 1 ? "" : "s");
		for (size_t j = 0; j < n; j++) {
			if (i == j)
				buf_adds(b, "<td class=\"self\">" DASH "</td>");
			else
				put_pair(b, agreement_pair(&a, i, j));
		}
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "</tbody>\n</table>\n</section>\n");
	agreement_release(&a);
	return buf_error(b);
}

/* ---- which outlet states which fact (coverage.h) -------------------------- */

/* A row of the table: the fact's number (a link to it above) and
 * question, then under each outlet the verdict's mark where it states
 * the fact, a dot where it says nothing of it. */
static void put_coverage_row(struct buf *b, const struct comparison *c, size_t k)
{
	const struct row *r = &c->rows[k];
	const char *name = verdict_name(report_verdict_of(r));
	buf_addf(b, "<tr><th scope=\"row\"><a href=\"#f%zu\">%zu.</a> ", k + 1, k + 1);
	put_escs(b, r->question);
	buf_adds(b, "</th>");
	for (size_t i = 0; i < report_nreports(c); i++) {
		if (!cell_of(c, r, i)) {
			buf_adds(b, "<td class=\"no\">\xc2\xb7</td>");  /* · */
			continue;
		}
		buf_addf(b, "<td class=\"sym vs-%s\">", name);
		put_escs(b, verdict_mark(report_verdict_of(r)));
		buf_adds(b, "</td>");
	}
	buf_adds(b, "</tr>\n");
}

static void put_coverage_of(struct buf *b, const struct comparison *c, const struct coverage *cv)
{
	size_t n = report_nreports(c);
	buf_adds(b, "<p>A row for each fact two or more outlets state, the most stated first: "
		    "under each outlet the mark of the fact&#39;s verdict where it states the "
		    "fact, <b>\xc2\xb7</b> where it says nothing of it. At the foot, what each "
		    "outlet leaves out of the facts two or more others state, and the facts "
		    "only it states.</p>\n<table class=\"coverage\">\n<thead><tr>"
		    "<th scope=\"col\">Fact</th>");
	for (size_t j = 0; j < n; j++) {
		buf_adds(b, "<th scope=\"col\">");
		put_escs(b, c->story->arts[j].outlet);
		buf_adds(b, "</th>");
	}
	buf_adds(b, "</tr></thead>\n<tbody>\n");
	for (size_t k = 0; k < cv->nshared; k++)
		put_coverage_row(b, c, cv->facts[k].row);
	if (cv->nshared == 0)
		buf_addf(b, "<tr><td colspan=\"%zu\">No fact is stated by two outlets.</td></tr>\n",
			 n + 1);
	buf_adds(b, "</tbody>\n<tfoot>\n<tr><th scope=\"row\">Leaves out, of the facts two or "
		    "more others state</th>");
	for (size_t j = 0; j < n; j++)
		buf_addf(b, "<td class=\"lo\">%zu of %zu</td>", cv->report[j].left_out,
			 cv->report[j].others);
	buf_adds(b, "</tr>\n<tr><th scope=\"row\">Facts only it states</th>");
	for (size_t j = 0; j < n; j++) {
		buf_adds(b, "<td>");
		bool any = false;
		for (size_t k = cv->nshared; k < cv->nfacts; k++)
			if (cv->facts[k].first == j) {
				buf_addf(b, "%s<a href=\"#f%zu\">%zu</a>", any ? ", " : "",
					 cv->facts[k].row + 1, cv->facts[k].row + 1);
				any = true;
			}
		buf_adds(b, any ? "</td>" : "none</td>");
	}
	buf_adds(b, "</tr>\n</tfoot>\n</table>\n");
}

static enum nd_err put_coverage(struct buf *b, const struct comparison *c)
{
	size_t n = report_nreports(c);
	if (n < 2 || c->nrows == 0)
		return buf_error(b);
	buf_adds(b, "<section id=\"coverage\">\n<h2>Who states which fact</h2>\n");
	if (n > AGREEMENT_MAX_REPORTS) {
		buf_addf(b, "<p>Left out for more than %d reports.</p>\n</section>\n",
			 AGREEMENT_MAX_REPORTS);
		return buf_error(b);
	}
	struct coverage cv;
	enum nd_err err = coverage_of(c, &cv);
	if (err)
		return err;
	put_coverage_of(b, c, &cv);
	coverage_release(&cv);
	buf_adds(b, "</section>\n");
	return buf_error(b);
}

/* How each outlet names the people, organisations and groups several
 * mention (naming.h): a row a name, a column an outlet; in each cell the
 * descriptions it writes with the name and how often, the ones no other
 * outlet uses in italics. */
static void put_names(struct buf *b, const struct comparison *c)
{
	size_t n = report_nreports(c);
	const struct naming *nm = c->names;
	if (!nm || nm->n == 0 || n < 2)
		return;
	buf_adds(b, "<section id=\"names\">\n<h2>How each outlet names them</h2>\n"
		    "<p>The words each outlet writes with a name (before it, or after it "
		    "between commas), and how often; <i>in italics</i> the words no other "
		    "outlet uses. " DASH ": named, never described; blank: not named.</p>\n"
		    "<table class=\"names\">\n<thead><tr><th scope=\"col\">Name</th>");
	for (size_t j = 0; j < n; j++) {
		buf_adds(b, "<th scope=\"col\">");
		put_escs(b, c->story->arts[j].outlet);
		buf_adds(b, "</th>");
	}
	buf_adds(b, "</tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < nm->n; i++) {
		const struct naming_entity *e = &nm->v[i];
		buf_adds(b, "<tr><th scope=\"row\">");
		put_escs(b, e->name);
		buf_addf(b, "<br><span class=\"meta\">%s, named by %zu</span></th>",
			 e->person ? "person" : "name", e->nreports);
		for (size_t j = 0; j < n; j++) {
			buf_adds(b, "<td>");
			bool any = false;
			for (size_t k = 0; k < e->nuses; k++) {
				const struct naming_use *u = &e->uses[k];
				if (u->art != j)
					continue;
				bool own = !naming_shared(e, u);
				buf_adds(b, any ? "<br>" : "");
				buf_adds(b, own ? "<i>" : "");
				put_escs(b, u->text);
				buf_adds(b, own ? "</i>" : "");
				if (u->count > 1)
					buf_addf(b, " (%u\xc3\x97)", u->count);
				any = true;
			}
			if (!any && e->mentions[j])
				buf_adds(b, DASH);
			buf_adds(b, "</td>");
		}
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "</tbody>\n</table>\n</section>\n");
}

/* ---- entry point -------------------------------------------------------- */

enum nd_err html_handout(const struct comparison *c, struct buf *b)
{
	put_head(b, c);
	put_story(b, c);
	enum nd_err err = put_columns(b, c);
	if (err)
		return err;
	err = put_facts(b, c);
	if (err)
		return err;
	err = put_agreement(b, c);
	if (err)
		return err;
	err = put_coverage(b, c);
	if (err)
		return err;
	put_names(b, c);
	buf_adds(b, "<footer><p>Made with newsdiff, which compares reports by rules: a verdict "
		    "says what the rules found, not who is right. Each value marked in the "
		    "reports is followed by the mark of its verdict and the number of its fact."
		    "</p>"
		    "</footer>\n</body>\n</html>\n");
	return buf_error(b);
}
