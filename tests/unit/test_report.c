/* Unit tests: printing a comparison as text, Markdown and JSON (report.c).
 * The story and the comparison are built by hand, with real byte offsets
 * into the texts of the reports. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>

#include "helpers.h"
#include "analyse/compare.h"
#include "show/coverage.h"
#include "show/report.h"
#include "load/story.h"
#include "base/text.h"

/* Three reports: two with a header, one without (its outlet comes from
 * the file name).  The Post's first sentence is hard-wrapped over two
 * lines. */
static const char *const raw[] = {
	"Outlet: The Daily\nTitle: Plant closes\nDate: 2024-05-01\n"
	"URL: https://example.org/plant\n\n"
	"The factory closed on Monday. At least 50 workers lost their jobs, "
	"the union said.\n",

	"Outlet: Morning Post\nTitle: Jobs lost as factory shuts\nDate: 2024-05-02\n\n"
	"About 48 people were dismissed\nwhen the factory shut.\n\n"
	"\"It is a sad day for the town,\" the mayor said.\n",

	"The plant shut its doors on Monday, leaving the town in shock.\n",
};
static const char *const names[] = { "daily.txt", "post.txt", "03-city-news.txt" };

#define NREP 3

struct fixture {
	struct story story;
	struct comparison c;
};

/* Byte offset of needle in report art's text. */
static uint32_t at(const struct story *s, uint32_t art, const char *needle)
{
	const char *p = strstr(s->arts[art].text, needle);
	assert_non_null(p);
	return (uint32_t)(p - s->arts[art].text);
}

/* A cell of report art whose value is the text `value` inside the
 * sentence that starts with `sent` and ends with `sent_last`. */
static struct cell cell(const struct story *s, uint32_t art, const char *sent,
			const char *sent_last, const char *value, const char *qualifier)
{
	struct cell c = { 0 };
	c.art = art;
	c.value = value;
	c.normalized = value;
	c.qualifier = qualifier;
	c.sent_start = at(s, art, sent);
	c.sent_end = at(s, art, sent_last) + (uint32_t)strlen(sent_last);
	c.start = at(s, art, value);
	c.end = c.start + (uint32_t)strlen(value);
	return c;
}

static struct cell *cells(struct arena *a, size_t n)
{
	struct cell *v = arena_alloc(a, n * sizeof *v);
	assert_non_null(v);
	return v;
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	assert_non_null(f);
	f->story.arts = calloc(NREP, sizeof *f->story.arts);
	assert_non_null(f->story.arts);
	for (size_t i = 0; i < NREP; i++)
		assert_int_equal(article_parse(raw[i], strlen(raw[i]), names[i],
					       &f->story.arts[i]), ND_E_OK);
	f->story.n = NREP;

	const struct story *s = &f->story;
	struct comparison *c = &f->c;
	arena_init(&c->arena);
	c->story = s;
	c->nrows = 4;
	c->rows = arena_alloc(&c->arena, c->nrows * sizeof *c->rows);
	assert_non_null(c->rows);

	struct row *r = &c->rows[0];
	r->kind = FACT_QUANTITY;
	r->question = "how many workers lost their jobs";
	r->verdict = VERDICT_DISAGREE;
	r->why = "50 against 48";
	r->ncells = 2;
	r->cells = cells(&c->arena, 2);
	r->cells[0] = cell(s, 0, "At least 50", "union said.", "50", "at least");
	r->cells[1] = cell(s, 1, "About 48", "factory shut.", "48", "about");

	r = &c->rows[1];
	r->kind = FACT_DATE;
	r->question = "when did the factory close";
	r->verdict = VERDICT_AGREE;
	r->why = "same day";
	r->ncells = 2;
	r->cells = cells(&c->arena, 2);
	r->cells[0] = cell(s, 0, "The factory closed", "on Monday.", "Monday", NULL);
	r->cells[1] = cell(s, 2, "The plant shut", "in shock.", "Monday", NULL);

	r = &c->rows[2];
	r->kind = FACT_QUOTE;
	r->question = "what the mayor said";
	r->verdict = VERDICT_SINGLE;
	r->ncells = 1;
	r->cells = cells(&c->arena, 1);
	r->cells[0] = cell(s, 1, "\"It is a sad", "mayor said.", "It is a sad day for the town", NULL);
	r->cells[0].speaker = "the mayor";

	/* A row whose strings no report would ever hold after sanitising: a
	 * pipe, an escape sequence, a C1 CSI and a newline. */
	r = &c->rows[3];
	r->kind = FACT_PLACE;
	r->question = "where is the | plant\x1b[2J";
	r->verdict = VERDICT_UNCLEAR;
	r->why = "line one\nline two";
	r->ncells = 1;
	r->cells = cells(&c->arena, 1);
	r->cells[0] = cell(s, 2, "The plant shut", "in shock.", "town", NULL);
	r->cells[0].value = arena_strdup(&c->arena, "the a|b \x1b]0;owned\x07 \xc2\x9b" "31m town");
	r->cells[0].note = "odd\nname";
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	arena_release(&f->c.arena);
	for (size_t i = 0; i < f->story.n; i++)
		article_release(&f->story.arts[i]);
	free(f->story.arts);
	free(f);
	return 0;
}

/* The report of c in format fmt, as an allocated string. */
static char *render(const struct comparison *c, enum report_format fmt)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);
	assert_non_null(fp);
	assert_int_equal(report_write(c, fmt, fp), ND_E_OK);
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(strlen(out), len);
	return out;
}

static json_t *render_json(const struct comparison *c)
{
	char *out = render(c, REPORT_JSON);
	json_error_t e;
	json_t *root = json_loads(out, 0, &e);
	if (!root)
		fail_msg("JSON does not parse: %s at line %d", e.text, e.line);
	free(out);
	return root;
}

static const char *jget_str(const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);
	assert_true(json_is_string(v));
	return json_string_value(v);
}

static json_int_t jget_int(const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);
	assert_true(json_is_integer(v));
	return json_integer_value(v);
}

/* The keys of object o, joined by commas, in their order in the output. */
static void assert_keys(const json_t *o, const char *want)
{
	char got[256] = "";
	for (void *it = json_object_iter((json_t *)o); it;
	     it = json_object_iter_next((json_t *)o, it)) {
		if (*got)
			strcat(got, ",");
		strcat(got, json_object_iter_key(it));
	}
	assert_string_equal(got, want);
}

/* The evidence sentence as the JSON gives it: the text slice, newlines as
 * spaces. */
static char *slice(const struct story *s, const struct cell *c)
{
	size_t n = c->sent_end - c->sent_start;
	char *p = malloc(n + 1);
	assert_non_null(p);
	memcpy(p, s->arts[c->art].text + c->sent_start, n);
	p[n] = '\0';
	for (char *q = p; *q; q++)
		if (*q == '\n')
			*q = ' ';
	return p;
}

static void format_names_parse(void **state)
{
	enum report_format f = REPORT_JSON;
	assert_int_equal(report_format_parse("text", &f), 0);
	assert_int_equal(f, REPORT_TEXT);
	assert_int_equal(report_format_parse("markdown", &f), 0);
	assert_int_equal(f, REPORT_MARKDOWN);
	f = REPORT_TEXT;
	assert_int_equal(report_format_parse("md", &f), 0);
	assert_int_equal(f, REPORT_MARKDOWN);
	assert_int_equal(report_format_parse("json", &f), 0);
	assert_int_equal(f, REPORT_JSON);
	assert_int_equal(report_format_parse("yaml", &f), -1);
	assert_int_equal(report_format_parse("", &f), -1);
	assert_int_equal(report_format_parse("jsonx", &f), -1);
	assert_int_equal(report_format_parse(NULL, &f), -1);
	assert_int_equal(f, REPORT_JSON);  /* unchanged by failures */
}

static void json_has_the_documented_structure(void **state)
{
	struct fixture *f = *state;
	char *out = render(&f->c, REPORT_JSON);
	/* Pretty-printed with two spaces, a final newline. */
	assert_memory_equal(out, "{\n  \"articles\": [\n    {\n      \"id\": 0,", 36);
	assert_string_equal(out + strlen(out) - 2, "}\n");
	free(out);

	json_t *root = render_json(&f->c);
	assert_keys(root, "articles,rows,agreement,coverage");
	/* who agrees with whom: the daily and the post both give the count
	 * (differently, in a disagreement); the daily and the city news both
	 * give the day (alike); the post and the city news share no fact */
	const json_t *ag = json_object_get(root, "agreement");
	assert_keys(ag, "states,pairs");
	const json_t *st = json_object_get(ag, "states");
	assert_int_equal(json_array_size(st), NREP);
	for (size_t i = 0; i < NREP; i++)
		assert_int_equal(json_integer_value(json_array_get(st, i)), 2);
	const json_t *pairs = json_object_get(ag, "pairs");
	assert_int_equal(json_array_size(pairs), 3);
	static const json_int_t pw[3][6] = {
		{ 0, 1, 1, 0, 1, 0 }, { 0, 2, 1, 1, 0, 0 }, { 1, 2, 0, 0, 0, 0 },
	};
	for (size_t k = 0; k < 3; k++) {
		const json_t *p = json_array_get(pairs, k);
		assert_keys(p, "a,b,both,alike,conflict,other");
		assert_int_equal(jget_int(p, "a"), pw[k][0]);
		assert_int_equal(jget_int(p, "b"), pw[k][1]);
		assert_int_equal(jget_int(p, "both"), pw[k][2]);
		assert_int_equal(jget_int(p, "alike"), pw[k][3]);
		assert_int_equal(jget_int(p, "conflict"), pw[k][4]);
		assert_int_equal(jget_int(p, "other"), pw[k][5]);
	}

	const json_t *arts = json_object_get(root, "articles");
	assert_true(json_is_array(arts));
	assert_int_equal(json_array_size(arts), NREP);
	for (size_t i = 0; i < NREP; i++) {
		const json_t *a = json_array_get(arts, i);
		assert_keys(a, "id,outlet,title,date,url,source");
		assert_int_equal(jget_int(a, "id"), i);
		assert_string_equal(jget_str(a, "outlet"), f->story.arts[i].outlet);
		assert_string_equal(jget_str(a, "source"), names[i]);
	}
	const json_t *a0 = json_array_get(arts, 0);
	assert_string_equal(jget_str(a0, "outlet"), "The Daily");
	assert_string_equal(jget_str(a0, "title"), "Plant closes");
	assert_string_equal(jget_str(a0, "date"), "2024-05-01");
	assert_string_equal(jget_str(a0, "url"), "https://example.org/plant");
	const json_t *a2 = json_array_get(arts, 2);
	assert_string_equal(jget_str(a2, "outlet"), "city news");
	assert_string_equal(jget_str(a2, "title"), "");
	assert_string_equal(jget_str(a2, "url"), "");

	const json_t *rows = json_object_get(root, "rows");
	assert_true(json_is_array(rows));
	assert_int_equal(json_array_size(rows), f->c.nrows);
	const json_t *r0 = json_array_get(rows, 0);
	assert_keys(r0, "kind,question,verdict,why,cells,silent");
	assert_string_equal(jget_str(r0, "kind"), "quantity");
	assert_string_equal(jget_str(r0, "question"), "how many workers lost their jobs");
	assert_string_equal(jget_str(r0, "verdict"), "disagree");
	assert_string_equal(jget_str(r0, "why"), "50 against 48");
	assert_string_equal(jget_str(json_array_get(rows, 1), "kind"), "date");
	assert_string_equal(jget_str(json_array_get(rows, 2), "verdict"), "single");
	/* A NULL why is an empty string. */
	assert_string_equal(jget_str(json_array_get(rows, 2), "why"), "");

	/* Silent reports. */
	const json_t *silent = json_object_get(r0, "silent");
	assert_int_equal(json_array_size(silent), 1);
	assert_int_equal(json_integer_value(json_array_get(silent, 0)), 2);
	silent = json_object_get(json_array_get(rows, 1), "silent");
	assert_int_equal(json_array_size(silent), 1);
	assert_int_equal(json_integer_value(json_array_get(silent, 0)), 1);
	silent = json_object_get(json_array_get(rows, 2), "silent");
	assert_int_equal(json_array_size(silent), 2);
	assert_int_equal(json_integer_value(json_array_get(silent, 0)), 0);
	assert_int_equal(json_integer_value(json_array_get(silent, 1)), 2);

	/* Cells: optional keys only when set; evidence is the text slice. */
	const json_t *cs = json_object_get(r0, "cells");
	assert_int_equal(json_array_size(cs), 2);
	const json_t *c0 = json_array_get(cs, 0);
	assert_keys(c0, "article,value,normalized,qualifier,evidence");
	assert_int_equal(jget_int(c0, "article"), 0);
	assert_string_equal(jget_str(c0, "value"), "50");
	assert_string_equal(jget_str(c0, "normalized"), "50");
	assert_string_equal(jget_str(c0, "qualifier"), "at least");
	for (size_t k = 0; k < 2; k++) {
		const struct cell *want = &f->c.rows[0].cells[k];
		const json_t *ev = json_object_get(json_array_get(cs, k), "evidence");
		assert_keys(ev, "sentence,start,end,value_start,value_end");
		char *sent = slice(&f->story, want);
		assert_string_equal(jget_str(ev, "sentence"), sent);
		free(sent);
		assert_int_equal(jget_int(ev, "start"), want->sent_start);
		assert_int_equal(jget_int(ev, "end"), want->sent_end);
		assert_int_equal(jget_int(ev, "value_start"), want->start);
		assert_int_equal(jget_int(ev, "value_end"), want->end);
	}
	assert_string_equal(jget_str(c0, "value"), "50");
	assert_string_equal(jget_str(json_object_get(c0, "evidence"), "sentence"),
			    "At least 50 workers lost their jobs, the union said.");
	/* The Post's sentence spans a line break in its text. */
	const struct cell *post = &f->c.rows[0].cells[1];
	assert_non_null(memchr(f->story.arts[1].text + post->sent_start, '\n',
			       post->sent_end - post->sent_start));
	assert_string_equal(jget_str(json_object_get(json_array_get(cs, 1), "evidence"), "sentence"),
			    "About 48 people were dismissed when the factory shut.");

	const json_t *quote = json_array_get(json_object_get(json_array_get(rows, 2), "cells"), 0);
	assert_keys(quote, "article,value,normalized,speaker,evidence");
	assert_string_equal(jget_str(quote, "speaker"), "the mayor");
	const json_t *odd = json_array_get(json_object_get(json_array_get(rows, 3), "cells"), 0);
	assert_keys(odd, "article,value,normalized,note,evidence");
	assert_string_equal(jget_str(odd, "note"), "odd\nname");
	/* Data in JSON stays exact: the controls are there, escaped. */
	assert_string_equal(jget_str(odd, "value"), f->c.rows[3].cells[0].value);
	json_decref(root);
}

static void json_never_holds_a_raw_control_or_bad_utf8(void **state)
{
	struct fixture *f = *state;
	struct cell *cl = &f->c.rows[3].cells[0];
	cl->normalized = arena_strdup(&f->c.arena, "bad \xff\xfe utf-8 \xed\xa0\x80 end");
	char *out = render(&f->c, REPORT_JSON);
	assert_null(strchr(out, 0x1b));
	assert_null(strchr(out, 0x07));
	/* jansson escapes C0 controls; C1 controls (here CSI) are escaped too. */
	assert_non_null(strstr(out, "\\u001B]0;owned\\u0007 \\u009B31m"));
	assert_null(strstr(out, "\xc2\x9b"));
	free(out);
	json_t *root = render_json(&f->c);
	const json_t *rows = json_object_get(root, "rows");
	const json_t *odd = json_array_get(json_object_get(json_array_get(rows, 3), "cells"), 0);
	assert_string_equal(jget_str(odd, "normalized"),
			    "bad \xef\xbf\xbd\xef\xbf\xbd utf-8 \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd end");
	json_decref(root);
}

/* The lines of s that start with prefix. */
static size_t count_lines(const char *s, const char *prefix)
{
	size_t n = 0, len = strlen(prefix);
	for (const char *l = s; l && *l;) {
		if (strncmp(l, prefix, len) == 0)
			n++;
		l = strchr(l, '\n');
		if (l)
			l++;
	}
	return n;
}

/* The line of s that starts with prefix, as an allocated string. */
static char *line_starting(const char *s, const char *prefix)
{
	size_t len = strlen(prefix);
	for (const char *l = s; l && *l;) {
		const char *e = strchr(l, '\n');
		if (strncmp(l, prefix, len) == 0) {
			size_t n = e ? (size_t)(e - l) : strlen(l);
			char *p = malloc(n + 1);
			assert_non_null(p);
			memcpy(p, l, n);
			p[n] = '\0';
			return p;
		}
		l = e ? e + 1 : NULL;
	}
	fail_msg("no line starts with \"%s\"", prefix);
	return NULL;
}

static void markdown_has_one_table_row_per_fact(void **state)
{
	struct fixture *f = *state;
	char *md = render(&f->c, REPORT_MARKDOWN);
	assert_memory_equal(md, "# Comparison of 3 reports\n", 26);
	assert_non_null(strstr(md, "1. **The Daily** (2024-05-01): Plant closes \xe2\x80\x94 "
				   "<https://example.org/plant>\n"));
	assert_non_null(strstr(md, "3. **city news**\n"));

	/* Header, separator and one line per row; then the matrix of who
	 * agrees with whom, a line a report; then who states which fact, a
	 * line for each of the two facts two reports state and two of
	 * counts: nothing else is a table. */
	assert_int_equal(count_lines(md, "|"), 2 + f->c.nrows + 2 + NREP + 2 + 2 + 2);
	char *l = line_starting(md, "| # |");
	assert_string_equal(l, "| # | question | The Daily | Morning Post | city news | verdict |");
	free(l);
	l = line_starting(md, "| 1 |");
	assert_string_equal(l, "| 1 | how many workers lost their jobs | 50 (at least) | 48 (about) "
			       "| \xe2\x80\x94 | disagree |");
	free(l);
	/* a quotation's speaker stands in its cell */
	l = line_starting(md, "| 3 |");
	assert_string_equal(l, "| 3 | what the mayor said | \xe2\x80\x94 | It is a sad day for the town "
			       "\xe2\x80\x94 *the mayor* | \xe2\x80\x94 | single |");
	free(l);
	/* Pipes are escaped, newlines and controls never break the table. */
	l = line_starting(md, "| 4 |");
	assert_non_null(strstr(l, "where is the \\| plant\xef\xbf\xbd\\[2J |"));
	assert_non_null(strstr(l, "| the a\\|b \xef\xbf\xbd\\]0;owned\xef\xbf\xbd \xef\xbf\xbd" "31m town |"));
	free(l);

	assert_non_null(strstr(md, "\n## Evidence\n"));
	assert_non_null(strstr(md, "\n### 1. how many workers lost their jobs (disagree)\n"));
	assert_non_null(strstr(md, "- **The Daily**: 50 (at least) \xe2\x80\x94 "
				   "\xe2\x80\x9c" "At least 50 workers lost their jobs, the union said."
				   "\xe2\x80\x9d\n"));
	assert_non_null(strstr(md, "- **Morning Post**: 48 (about) \xe2\x80\x94 "
				   "\xe2\x80\x9c" "About 48 people were dismissed when the factory shut."
				   "\xe2\x80\x9d\n"));
	assert_non_null(strstr(md, "said by the mayor"));
	assert_non_null(strstr(md, "*line one line two*"));
	assert_non_null(strstr(md, "- **disagree**"));
	assert_null(strchr(md, 0x1b));
	assert_null(strchr(md, 0x07));
	assert_null(strstr(md, "\xc2\x9b"));
	/* the matrix of who agrees with whom, after the facts */
	char *m = line_starting(md, "| **The Daily** (2 facts) |");
	assert_non_null(m);
	assert_non_null(strstr(m, "| \xe2\x80\x94 | 1: 0 = 1 ! 0 ~ | 1: 1 = 0 ! 0 ~ |"));
	free(m);
	free(md);
}

static void text_has_markers_evidence_and_counts(void **state)
{
	struct fixture *f = *state;
	char *t = render(&f->c, REPORT_TEXT);
	assert_memory_equal(t, "Comparison of 3 reports\n", 24);
	assert_non_null(strstr(t, "\n1. [! disagree] how many workers lost their jobs\n"));
	assert_non_null(strstr(t, "\n2. [= agree] when did the factory close\n"));
	assert_non_null(strstr(t, "\n    The Daily: 50 (at least)\n"
				  "        \xe2\x80\x9c" "At least 50 workers lost their jobs, the union said."
				  "\xe2\x80\x9d\n"));
	assert_non_null(strstr(t, "\n    Morning Post: 48 (about)\n"
				  "        \xe2\x80\x9c" "About 48 people were dismissed when the factory shut."
				  "\xe2\x80\x9d\n"));
	assert_non_null(strstr(t, "\n    city news: \xe2\x80\x94\n"));
	assert_non_null(strstr(t, "\n    Morning Post: It is a sad day for the town  \xe2\x80\x94 "
				  "said by the mayor\n"));
	assert_non_null(strstr(t, "[note: odd name]"));
	assert_non_null(strstr(t, "\n4 rows: 1 agree, 1 disagree, 0 partial, 1 single, 1 unclear\n"));
	assert_null(strchr(t, 0x1b));
	assert_null(strchr(t, 0x07));
	assert_null(strstr(t, "\xc2\x9b"));
	/* Every line fits in 78 columns. */
	for (const char *l = t; *l;) {
		const char *e = strchr(l, '\n');
		assert_non_null(e);
		assert_true(text_width(l, (size_t)(e - l)) <= 78);
		l = e + 1;
	}
	/* who agrees with whom, a line a pair, and the facts each states */
	assert_non_null(strstr(t, "\nWho agrees with whom: "));
	assert_non_null(strstr(t, "  The Daily and Morning Post: 1 fact; 0 alike, 1 in conflict, "
				  "0 otherwise\n"));
	assert_non_null(strstr(t, "Facts each states: The Daily 2, Morning Post 2, "));
	free(t);
}

static void text_wraps_by_display_width(void **state)
{
	struct fixture *f = *state;
	/* A long sentence of wide and accented characters, with one word
	 * longer than a line. */
	char text[2048] = "";
	for (int i = 0; i < 12; i++)
		strcat(text, "Le café \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e a fermé ses portes. ");
	for (int i = 0; i < 50; i++)
		strcat(text, "\xe6\x97\xa5");
	strcat(text, " fin.\n");
	struct article *a = &f->story.arts[2];
	article_release(a);
	assert_int_equal(article_parse(text, strlen(text), "wide.txt", a), ND_E_OK);
	struct cell *cl = &f->c.rows[1].cells[1];
	cl->sent_start = 0;
	cl->sent_end = (uint32_t)a->len;
	cl->start = cl->end = 0;

	char *t = render(&f->c, REPORT_TEXT);
	size_t evidence_lines = 0;
	for (const char *l = t; *l;) {
		const char *e = strchr(l, '\n');
		assert_non_null(e);
		size_t n = (size_t)(e - l);
		assert_true(text_width(l, n) <= 78);
		/* Each line is valid UTF-8 on its own: no character was split. */
		json_t *j = json_stringn(l, n);
		assert_non_null(j);
		json_decref(j);
		if (n > 8 && strncmp(l, "        ", 8) == 0)
			evidence_lines++;
		l = e + 1;
	}
	assert_true(evidence_lines > 5);
	assert_non_null(strstr(t, "\xe6\x97\xa5 fin." "\xe2\x80\x9d\n"));
	free(t);
}

static void offsets_past_the_text_are_clamped(void **state)
{
	struct fixture *f = *state;
	struct cell *cl = &f->c.rows[2].cells[0];
	cl->sent_end = 1u << 30;
	cl->sent_start = (1u << 30) + 5;
	char *t = render(&f->c, REPORT_TEXT);
	free(t);
	json_t *root = render_json(&f->c);
	const json_t *rows = json_object_get(root, "rows");
	const json_t *c0 = json_array_get(json_object_get(json_array_get(rows, 2), "cells"), 0);
	assert_string_equal(jget_str(json_object_get(c0, "evidence"), "sentence"), "");
	json_decref(root);
}

static void empty_comparison_and_errors(void **state)
{
	struct fixture *f = *state;
	f->c.nrows = 0;
	json_t *root = render_json(&f->c);
	assert_int_equal(json_array_size(json_object_get(root, "rows")), 0);
	assert_int_equal(json_array_size(json_object_get(root, "articles")), NREP);
	json_decref(root);
	char *t = render(&f->c, REPORT_TEXT);
	assert_non_null(strstr(t, "No facts to compare."));
	free(t);
	t = render(&f->c, REPORT_MARKDOWN);
	assert_int_equal(count_lines(t, "|"), 2);
	free(t);

	assert_int_equal(report_write(NULL, REPORT_TEXT, stdout), ND_E_USAGE);
	assert_int_equal(report_write(&f->c, REPORT_TEXT, NULL), ND_E_USAGE);
	assert_int_equal(report_write(&f->c, (enum report_format)42, stdout), ND_E_USAGE);
	/* A stream that cannot be written. */
	FILE *ro = fopen(tree_path("Makefile"), "r");
	assert_non_null(ro);
	assert_int_equal(report_write(&f->c, REPORT_JSON, ro), ND_E_WRITE);
	fclose(ro);
}

/* Two more rows: how a name is described, which all three reports give
 * and which is no fact, and a day all three give alike. */
static void add_naming_and_shared_rows(struct fixture *f)
{
	struct comparison *c = &f->c;
	const struct story *s = &f->story;
	struct row *rows = arena_alloc(&c->arena, 6 * sizeof *rows);
	assert_non_null(rows);
	memcpy(rows, c->rows, 4 * sizeof *rows);
	c->rows = rows;
	c->nrows = 6;

	struct row *r = &rows[4];
	*r = (struct row){ .kind = FACT_NAMING, .question = "how the factory is described",
			   .verdict = VERDICT_PARTIAL, .ncells = 3 };
	r->cells = cells(&c->arena, 3);
	r->cells[0] = cell(s, 0, "The factory closed", "on Monday.", "factory", NULL);
	r->cells[1] = cell(s, 1, "About 48", "factory shut.", "factory", NULL);
	r->cells[2] = cell(s, 2, "The plant shut", "in shock.", "plant", NULL);

	r = &rows[5];
	*r = (struct row){ .kind = FACT_DATE, .question = "which day the news is of",
			   .verdict = VERDICT_AGREE, .ncells = 3 };
	r->cells = cells(&c->arena, 3);
	r->cells[0] = cell(s, 0, "The factory closed", "on Monday.", "Monday", NULL);
	r->cells[1] = cell(s, 1, "About 48", "factory shut.", "shut", NULL);
	r->cells[2] = cell(s, 2, "The plant shut", "in shock.", "Monday", NULL);
}

/* Who states which fact: the facts two or more state first (the most
 * stated first, then in row order), then those one report alone states;
 * a naming row is no fact; "left out" counts only the facts two or more
 * other reports state. */
static void coverage_counts_what_each_leaves_out(void **state)
{
	struct fixture *f = *state;
	add_naming_and_shared_rows(f);
	struct coverage cv;
	assert_int_equal(coverage_of(&f->c, &cv), ND_E_OK);
	assert_int_equal(cv.n, NREP);
	assert_int_equal(cv.nfacts, 5);  /* six rows, one of them naming */
	assert_int_equal(cv.nshared, 3);
	static const size_t want_row[5] = { 5, 0, 1, 2, 3 };
	static const size_t want_nstate[5] = { 3, 2, 2, 1, 1 };
	static const size_t want_first[5] = { 0, 0, 0, 1, 2 };
	for (size_t k = 0; k < 5; k++) {
		assert_int_equal(cv.facts[k].row, want_row[k]);
		assert_int_equal(cv.facts[k].nstate, want_nstate[k]);
		assert_int_equal(cv.facts[k].first, want_first[k]);
	}
	/* states, alone, others state, left out */
	static const size_t want[NREP][4] = { { 3, 0, 1, 0 }, { 3, 1, 2, 1 }, { 3, 1, 2, 1 } };
	for (size_t i = 0; i < NREP; i++) {
		assert_int_equal(cv.report[i].states, want[i][0]);
		assert_int_equal(cv.report[i].alone, want[i][1]);
		assert_int_equal(cv.report[i].others, want[i][2]);
		assert_int_equal(cv.report[i].left_out, want[i][3]);
	}
	assert_string_equal(coverage_mark(&f->c.rows[0], 1), "!");
	assert_string_equal(coverage_mark(&f->c.rows[0], 2), COVERAGE_SILENT);
	assert_string_equal(coverage_mark(&f->c.rows[5], 2), "=");
	coverage_release(&cv);
	coverage_release(&cv);  /* twice is harmless */
	assert_null(cv.facts);
}

static void coverage_in_text_markdown_and_json(void **state)
{
	struct fixture *f = *state;
	add_naming_and_shared_rows(f);
	char *t = render(&f->c, REPORT_TEXT);
	const char *sec = strstr(t, "\nWho states which fact: ");
	assert_non_null(sec);
	assert_true(sec > strstr(t, "\nWho agrees with whom: "));  /* after it */
	assert_non_null(strstr(sec, "\n  1 2 3\n"
				    "  = = =  6. which day the news is of\n"
				    "  ! ! .  1. how many workers lost their jobs\n"
				    "  = . =  2. when did the factory close\n"
				    "What each leaves out, and the facts only it states:\n"));
	assert_null(strstr(sec, "how the factory is described"));
	assert_non_null(strstr(sec, "\n  The Daily leaves out 0 of the 1 fact two or more others "
				    "state.\n"));
	assert_non_null(strstr(sec, "\n  Morning Post leaves out 1 of the 2 facts two or more "
				    "others state; facts\n    only it states: 3.\n"));
	assert_non_null(strstr(sec, "\n  city news leaves out 1 of the 2 facts two or more others "
				    "state; facts only\n    it states: 4.\n"));
	free(t);

	char *md = render(&f->c, REPORT_MARKDOWN);
	sec = strstr(md, "\n## Who states which fact\n");
	assert_non_null(sec);
	assert_true(sec > strstr(md, "\n## Who agrees with whom\n"));
	assert_true(sec < strstr(md, "\n## Evidence\n"));
	assert_non_null(strstr(sec, "\n| # | fact | The Daily | Morning Post | city news |\n"
				    "|--:|---|:-:|:-:|:-:|\n"
				    "| 6 | which day the news is of | = | = | = |\n"
				    "| 1 | how many workers lost their jobs | ! | ! | . |\n"
				    "| 2 | when did the factory close | = | . | = |\n"
				    "| | *leaves out, of the facts two or more others state* | 0 of 1 "
				    "| 1 of 2 | 1 of 2 |\n"
				    "| | *facts only it states* | none | 3 | 4 |\n"));
	free(md);

	json_t *root = render_json(&f->c);
	assert_keys(root, "articles,rows,agreement,coverage");
	const json_t *cov = json_object_get(root, "coverage");
	assert_keys(cov, "rows,articles");
	/* every row but the naming one, in row order, with who states it */
	const json_t *rows = json_object_get(cov, "rows");
	assert_int_equal(json_array_size(rows), 5);
	static const char *const by[5] = { "0,1", "0,2", "1", "2", "0,1,2" };
	static const json_int_t row[5] = { 0, 1, 2, 3, 5 };
	for (size_t k = 0; k < 5; k++) {
		const json_t *e = json_array_get(rows, k);
		assert_keys(e, "row,stated_by");
		assert_int_equal(jget_int(e, "row"), row[k]);
		char got[32] = "";
		const json_t *ids = json_object_get(e, "stated_by");
		for (size_t i = 0; i < json_array_size(ids); i++)
			snprintf(got + strlen(got), sizeof got - strlen(got), "%s%lld", i ? "," : "",
				 (long long)json_integer_value(json_array_get(ids, i)));
		assert_string_equal(got, by[k]);
	}
	const json_t *arts = json_object_get(cov, "articles");
	assert_int_equal(json_array_size(arts), NREP);
	static const json_int_t want[NREP][4] = { { 3, 0, 1, 0 }, { 3, 1, 2, 1 }, { 3, 1, 2, 1 } };
	for (size_t i = 0; i < NREP; i++) {
		const json_t *a = json_array_get(arts, i);
		assert_keys(a, "states,alone,others_state,left_out");
		assert_int_equal(jget_int(a, "states"), want[i][0]);
		assert_int_equal(jget_int(a, "alone"), want[i][1]);
		assert_int_equal(jget_int(a, "others_state"), want[i][2]);
		assert_int_equal(jget_int(a, "left_out"), want[i][3]);
	}
	json_decref(root);
}

/* More reports than AGREEMENT_MAX_REPORTS: who agrees with whom and who
 * states which fact are left out, and the text and Markdown say so. */
static void coverage_is_left_out_for_many_reports(void **state)
{
	struct fixture *f = *state;
	enum { MANY = AGREEMENT_MAX_REPORTS + 1 };
	struct story many = { .n = MANY };
	many.arts = calloc(MANY, sizeof *many.arts);
	assert_non_null(many.arts);
	for (size_t i = 0; i < MANY; i++) {
		char raw_text[96];
		int n = snprintf(raw_text, sizeof raw_text, "Outlet: Harbour Post %zu\n\n"
			       "The ferry left on Monday.\n", i + 1);
		assert_int_equal(article_parse(raw_text, (size_t)n, "many.txt", &many.arts[i]),
				 ND_E_OK);
	}
	struct comparison c = f->c;
	c.story = &many;
	char *t = render(&c, REPORT_TEXT);
	assert_non_null(strstr(t, "\nWho states which fact: left out for more than 50 reports.\n"));
	assert_null(strstr(t, "leaves out"));
	free(t);
	t = render(&c, REPORT_MARKDOWN);
	assert_non_null(strstr(t, "\n## Who states which fact\n\nLeft out for more than 50 "
				  "reports.\n"));
	free(t);
	json_t *root = render_json(&c);
	assert_keys(root, "articles,rows");
	json_decref(root);
	for (size_t i = 0; i < MANY; i++)
		article_release(&many.arts[i]);
	free(many.arts);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(format_names_parse),
		T(json_has_the_documented_structure),
		T(json_never_holds_a_raw_control_or_bad_utf8),
		T(markdown_has_one_table_row_per_fact),
		T(text_has_markers_evidence_and_counts),
		T(text_wraps_by_display_width),
		T(offsets_past_the_text_are_clamped),
		T(empty_comparison_and_errors),
		T(coverage_counts_what_each_leaves_out),
		T(coverage_in_text_markdown_and_json),
		T(coverage_is_left_out_for_many_reports),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
