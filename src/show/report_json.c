/*
 * report_json.c - the JSON report, written as it is made.  See
 * report_json.h; the names are documented in newsdiff(1).
 *
 * The bytes are those of the jansson tree report.c used to build whole
 * before writing it (the members in the same order, the same layout but
 * for the short lists of numbers, on one line: jsonw_list), but nothing
 * is held beyond the row being written.
 */
#include "show/report_json.h"

#include <stdint.h>
#include <stdlib.h>

#include "show/agreement.h"
#include "show/coverage.h"
#include "show/jsonw.h"
#include "show/report.h"

/* A member, its key a string literal (written as it is: see jsonw.h). */
#define key_int(w, key, v) (JSONW_KEY(w, key), jsonw_int(w, (long long)(v)))
#define key_str(w, key, s) (JSONW_KEY(w, key), jsonw_str(w, s))

static void put_article(struct jsonw *w, const struct article *a, size_t id)
{
	jsonw_object(w);
	key_int(w, "id", id);
	key_str(w, "outlet", a->outlet);
	key_str(w, "title", a->title);
	key_str(w, "date", a->date);
	key_str(w, "url", a->url);
	key_str(w, "source", a->source);
	jsonw_object_end(w);
}

/* "evidence": the sentence on one line (newlines as spaces), its bytes
 * and the value's. */
static void put_evidence(struct jsonw *w, const struct comparison *c, const struct cell *cl)
{
	size_t n;
	const char *s = report_evidence(c, cl, &n);
	jsonw_object(w);
	JSONW_KEY(w, "sentence");
	jsonw_string(w, s, n, true);
	key_int(w, "start", cl->sent_start);
	key_int(w, "end", cl->sent_end);
	key_int(w, "value_start", cl->start);
	key_int(w, "value_end", cl->end);
	jsonw_object_end(w);
}

static void put_cell(struct jsonw *w, const struct comparison *c, const struct cell *cl)
{
	jsonw_object(w);
	key_int(w, "article", cl->art);
	key_str(w, "value", cl->value);
	key_str(w, "normalized", cl->normalized);
	if (cl->qualifier)
		key_str(w, "qualifier", cl->qualifier);
	if (cl->speaker)
		key_str(w, "speaker", cl->speaker);
	if (cl->note)
		key_str(w, "note", cl->note);
	JSONW_KEY(w, "evidence");
	put_evidence(w, c, cl);
	jsonw_object_end(w);
}

static int cmp_u32(const void *pa, const void *pb)
{
	uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
	return a < b ? -1 : a > b;
}

/* Which reports speak in row r: the ids i < n of its cells (the reports
 * outside the story left out), in order and each once, into ids (room
 * for r->ncells); how many.  The cells mostly come in story order
 * already. */
static size_t speakers(const struct row *r, size_t n, uint32_t *ids)
{
	size_t k = 0;
	bool sorted = true;
	for (size_t i = 0; r->cells && i < r->ncells; i++)
		if (r->cells[i].art < n) {
			sorted &= k == 0 || r->cells[i].art > ids[k - 1];
			ids[k++] = r->cells[i].art;
		}
	if (sorted)
		return k;
	qsort(ids, k, sizeof *ids, cmp_u32);
	size_t m = 0;
	for (size_t i = 0; i < k; i++)
		if (m == 0 || ids[i] != ids[m - 1])
			ids[m++] = ids[i];
	return m;
}

/* The ids below n not among ids[0..k) (in order), a run of consecutive
 * ones at a time. */
static void put_others(struct jsonw *w, const uint32_t *ids, size_t k, size_t n)
{
	size_t from = 0;
	for (size_t i = 0; i < k; i++) {
		jsonw_int_run(w, from, ids[i]);
		from = (size_t)ids[i] + 1;
	}
	jsonw_int_run(w, from, n);
}

/* ids[0..k) (in order), a run of consecutive ones at a time. */
static void put_these(struct jsonw *w, const uint32_t *ids, size_t k)
{
	for (size_t i = 0; i < k;) {
		size_t from = i++;
		while (i < k && ids[i] == ids[i - 1] + 1)
			i++;
		jsonw_int_run(w, ids[from], (size_t)ids[i - 1] + 1);
	}
}

static void put_row(struct jsonw *w, const struct comparison *c, const struct row *r,
		    uint32_t *ids)
{
	size_t n = report_nreports(c);
	jsonw_object(w);
	key_str(w, "kind", fact_kind_name(r->kind));
	key_str(w, "question", r->question);
	key_str(w, "verdict", verdict_name(report_verdict_of(r)));
	key_str(w, "why", r->why);
	JSONW_KEY(w, "cells");
	jsonw_array(w);
	for (size_t i = 0; r->cells && i < r->ncells; i++)
		if (r->cells[i].art < n)
			put_cell(w, c, &r->cells[i]);
	jsonw_array_end(w);
	size_t k = speakers(r, n, ids);
	JSONW_KEY(w, "silent");
	jsonw_list(w);
	put_others(w, ids, k, n);
	jsonw_array_end(w);
	jsonw_object_end(w);
}

/* "agreement": {"states": [facts each article states], "pairs": [{"a",
 * "b" (article ids), "both", "alike", "conflict", "other"}]}. */
static enum nd_err put_agreement(struct jsonw *w, const struct comparison *c)
{
	struct agreement a;
	enum nd_err err = agreement_of(c, &a);
	if (err)
		return err;
	JSONW_KEY(w, "agreement");
	jsonw_object(w);
	JSONW_KEY(w, "states");
	jsonw_list(w);
	for (size_t i = 0; i < a.n; i++)
		jsonw_int(w, (long long)a.states[i]);
	jsonw_array_end(w);
	JSONW_KEY(w, "pairs");
	jsonw_array(w);
	for (size_t i = 0; i < a.n; i++)
		for (size_t j = i + 1; j < a.n; j++) {
			const struct pair_counts *p = agreement_pair(&a, i, j);
			jsonw_object(w);
			key_int(w, "a", i);
			key_int(w, "b", j);
			key_int(w, "both", p->both);
			key_int(w, "alike", p->alike);
			key_int(w, "conflict", p->conflict);
			key_int(w, "other", p->other);
			jsonw_object_end(w);
		}
	jsonw_array_end(w);
	jsonw_object_end(w);
	agreement_release(&a);
	return ND_E_OK;
}

/* "coverage": {"rows": [{"row" (index into rows), "stated_by": [article
 * ids]}] in the order of the rows, naming rows and rows no report states
 * left out; "articles": [{"states", "alone", "others_state", "left_out"}]
 * by article id}. */
static enum nd_err put_coverage(struct jsonw *w, const struct comparison *c, uint32_t *ids)
{
	struct coverage cv;
	enum nd_err err = coverage_of(c, &cv);
	if (err)
		return err;
	/* the reports that may state a row: those of the coverage and of the story */
	size_t nr = cv.n < report_nreports(c) ? cv.n : report_nreports(c);
	JSONW_KEY(w, "coverage");
	jsonw_object(w);
	JSONW_KEY(w, "rows");
	jsonw_array(w);
	for (size_t k = 0; k < c->nrows; k++) {
		const struct row *r = &c->rows[k];
		if (r->kind == FACT_NAMING)
			continue;
		size_t by = speakers(r, nr, ids);
		if (by == 0)
			continue;  /* no report states it */
		jsonw_object(w);
		key_int(w, "row", k);
		JSONW_KEY(w, "stated_by");
		jsonw_list(w);
		put_these(w, ids, by);
		jsonw_array_end(w);
		jsonw_object_end(w);
	}
	jsonw_array_end(w);
	JSONW_KEY(w, "articles");
	jsonw_array(w);
	for (size_t i = 0; i < cv.n; i++) {
		const struct coverage_report *r = &cv.report[i];
		jsonw_object(w);
		key_int(w, "states", r->states);
		key_int(w, "alone", r->alone);
		key_int(w, "others_state", r->others);
		key_int(w, "left_out", r->left_out);
		jsonw_object_end(w);
	}
	jsonw_array_end(w);
	jsonw_object_end(w);
	coverage_release(&cv);
	return ND_E_OK;
}

static enum nd_err put_report(struct jsonw *w, const struct comparison *c, uint32_t *ids)
{
	size_t n = report_nreports(c);
	jsonw_object(w);
	JSONW_KEY(w, "articles");
	jsonw_array(w);
	for (size_t i = 0; i < n; i++)
		put_article(w, &c->story->arts[i], i);
	jsonw_array_end(w);
	JSONW_KEY(w, "rows");
	jsonw_array(w);
	for (size_t k = 0; k < c->nrows && !jsonw_error(w); k++)
		put_row(w, c, &c->rows[k], ids);
	jsonw_array_end(w);
	if (n >= 2 && n <= AGREEMENT_MAX_REPORTS) {
		enum nd_err err = put_agreement(w, c);
		if (!err)
			err = put_coverage(w, c, ids);
		if (err)
			return err;
	}
	jsonw_object_end(w);
	jsonw_raw(w, "\n", 1);
	return ND_E_OK;
}

enum nd_err report_json(const struct comparison *c, bool one_line, FILE *out)
{
	size_t most = 1;  /* cells in a row */
	for (size_t k = 0; k < c->nrows; k++)
		if (c->rows[k].cells && c->rows[k].ncells > most)
			most = c->rows[k].ncells;
	uint32_t *ids = malloc(most * sizeof *ids);
	struct jsonw *w = ids ? jsonw_new(out, one_line) : NULL;
	if (!w) {
		free(ids);
		return ND_E_NOMEM;
	}
	enum nd_err err = put_report(w, c, ids);
	enum nd_err werr = jsonw_finish(w);
	jsonw_free(w);
	free(ids);
	return err ? err : werr;
}
