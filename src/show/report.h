/*
 * report.h - print a comparison for fact-checkers: plain text for a
 * terminal or a pager, Markdown to paste into a document, JSON for
 * other programs (the JSON names are documented in newsdiff(1)), or a
 * printable HTML page, a handout for a class (html.h writes it).
 *
 * Owns: nothing it returns; every buffer it builds is freed before
 * report_write returns.  The comparison and its story stay the caller's.
 * Depends on: compare.h (rows, cells, verdict and fact-kind names),
 * story.h and article.h (the reports and their texts), text.h and wrap.h
 * (display widths, wrapping), agreement.h and coverage.h (who agrees with
 * whom, who states which fact: the sections the reports end with), html.h
 * (the HTML page), report_json.h (the JSON, written by jsonw.h), buf.h,
 * error.h.  Must not depend on curses.
 *
 * Report strings are sanitised at load, but report_write does not rely on
 * it: in text and Markdown every string taken from a report goes through
 * a filter that turns newlines into spaces and C0/C1 controls, DEL,
 * bidirectional overrides and invalid UTF-8 into U+FFFD, so no escape
 * sequence can reach a terminal.  JSON keeps the data exact: strings are
 * checked as UTF-8 and repaired (invalid bytes become U+FFFD), and every
 * control, DEL and bidirectional override is written as a \u escape.
 */
#ifndef ND_REPORT_H
#define ND_REPORT_H

#include <stdio.h>

#include "analyse/compare.h"
#include "base/buf.h"
#include "base/error.h"

/* REPORT_JSONL: the JSON on one line (JSON Lines, as --batch writes it). */
enum report_format { REPORT_TEXT, REPORT_MARKDOWN, REPORT_JSON, REPORT_JSONL, REPORT_HTML };

/* "text", "markdown" (also "md"), "json", "jsonl" or "html" into *out.  Returns 0
 * on success, -1 for an unknown or NULL name (*out is then unchanged). */
int report_format_parse(const char *name, enum report_format *out);

/*
 * Write comparison c (its rows and the reports of c->story) to out in
 * format f, and flush out.  Returns ND_E_OK, ND_E_NOMEM when memory ran
 * out (nothing is written then, except of JSON, which goes out as it is
 * made), ND_E_IO when writing failed, ND_E_USAGE
 * for a NULL c or out or an unknown format.  A cell whose report index is
 * not in the story is left out; evidence offsets past the end of the text
 * are clamped to it.
 */
enum nd_err report_write(const struct comparison *c, enum report_format f, FILE *out);

/* The data, read defensively, as every writer reads it: the number of
 * reports (0 without a story), and a row's verdict (unclear when out of
 * range). */
static inline size_t report_nreports(const struct comparison *c)
{
	return c->story && c->story->arts ? c->story->n : 0;
}

static inline enum verdict report_verdict_of(const struct row *r)
{
	return (unsigned)r->verdict < VERDICT__COUNT ? r->verdict : VERDICT_UNCLEAR;
}

/* The evidence sentence of cell cl (its report must be in the story),
 * clamped to its report's text; its length in *n. */
static inline const char *report_evidence(const struct comparison *c, const struct cell *cl,
					  size_t *n)
{
	const struct article *a = &c->story->arts[cl->art];
	if (!a->text) {
		*n = 0;
		return "";
	}
	size_t end = cl->sent_end < a->len ? cl->sent_end : a->len;
	size_t start = cl->sent_start < end ? cl->sent_start : end;
	*n = end - start;
	return a->text + start;
}

/*
 * Append cell cl's value to b as the text report writes it: as written
 * (with its own qualifier), then the count or date it makes when that
 * reads differently ("at least four (= at least 4)"), made safe as above
 * (one line, no controls).  For the formats that escape it further.
 * Returns the first error of an append.
 */
enum nd_err report_value(struct buf *b, const struct cell *cl);

/*
 * The rows a reader asked for (--only, --outlets): *view is c with only
 * the rows whose verdict is in the list only ("disagree,partial": names as
 * in the JSON report; NULL for every verdict) and in which every report of
 * the list outlets speaks ("AP,Reuters": outlet names in any case, or the
 * reports' numbers from 1; NULL for any).  view->rows is malloc'd: free
 * it with free().  ND_E_USAGE with why[0..why_size) set to a line saying
 * which word was not understood, ND_E_NOMEM when memory ran out.
 */
enum nd_err report_select(const struct comparison *c, const char *only, const char *outlets,
			  struct comparison *view, char *why, size_t why_size);

#endif
