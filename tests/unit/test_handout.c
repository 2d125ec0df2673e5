/* Unit tests: the comparison as an HTML handout (src/show/html.c, through
 * report_write; named test_handout because test_html is the page reader's).
 * An invented story of three reports, its comparison built by hand with
 * real byte offsets into the texts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"
#include "analyse/compare.h"
#include "analyse/naming.h"
#include "show/report.h"
#include "load/story.h"

/* The Harbour Post's title and text hold markup, an ampersand and both
 * quotes; the third report has no header (its outlet comes from the file
 * name). */
static const char *const raw[] = {
	"Outlet: Harbour Post\nTitle: Ferry <script>alert(1)</script> & \"late\" sailing\n"
	"Date: 2031-04-02\nURL: https://harbour.example/ferry?a=1&b=2\n\n"
	"At least 40 passengers were stuck on the <b>ferry</b>, said Kim Lund of Lund & Roe's "
	"office.\n\n"
	"\"We waited 3 hours,\" said Ada Roe.\n",

	"Outlet: Valley Herald\nTitle: Ferry strands 45\nDate: 2031-04-03\n\n"
	"45 passengers spent the night aboard.\n\n"
	"The ferry left on Tuesday.\n",

	"The ferry left on Tuesday, Tomas Garrow said.\n",
};
static const char *const names[] = { "harbour.txt", "valley.txt", "03-northern-ledger.txt" };

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
			const char *sent_last, const char *value)
{
	struct cell c = { 0 };
	c.art = art;
	c.value = value;
	c.normalized = value;
	c.sent_start = at(s, art, sent);
	c.sent_end = at(s, art, sent_last) + (uint32_t)strlen(sent_last);
	c.start = at(s, art, value);
	c.end = c.start + (uint32_t)strlen(value);
	return c;
}

static struct row *add_row(struct comparison *c, enum fact_kind kind, const char *question,
			   enum verdict v, const char *why, size_t ncells)
{
	struct row *r = &c->rows[c->nrows++];
	r->kind = kind;
	r->question = question;
	r->verdict = v;
	r->why = why;
	r->ncells = ncells;
	r->cells = arena_alloc(&c->arena, ncells * sizeof *r->cells);
	assert_non_null(r->cells);
	return r;
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
	c->rows = arena_alloc(&c->arena, 6 * sizeof *c->rows);
	assert_non_null(c->rows);

	struct row *r = add_row(c, FACT_QUANTITY, "how many passengers were stuck",
				VERDICT_DISAGREE, "40 against 45", 2);
	r->cells[0] = cell(s, 0, "At least 40", "office.", "40");
	r->cells[0].qualifier = "at least";
	r->cells[1] = cell(s, 1, "45 passengers", "aboard.", "45");

	r = add_row(c, FACT_DATE, "when did the ferry leave", VERDICT_AGREE, "same day", 2);
	r->cells[0] = cell(s, 1, "The ferry left", "Tuesday.", "Tuesday");
	r->cells[1] = cell(s, 2, "The ferry left", "said.", "Tuesday");

	/* A quotation with a count inside it. */
	r = add_row(c, FACT_QUOTE, "what Ada Roe said", VERDICT_SINGLE, NULL, 1);
	r->cells[0] = cell(s, 0, "\"We waited", "Ada Roe.", "We waited 3 hours");
	r->cells[0].speaker = "Ada Roe";
	r = add_row(c, FACT_QUANTITY, "how long they waited", VERDICT_SINGLE, NULL, 1);
	r->cells[0] = cell(s, 0, "\"We waited", "Ada Roe.", "3 hours");

	/* Strings no report would hold after sanitising (an escape
	 * sequence, a C1 CSI, invalid UTF-8, a newline), and a value that
	 * runs on into the blank line after its paragraph. */
	r = add_row(c, FACT_PLACE, "where <is> the ferry\x1b[2J", VERDICT_UNCLEAR,
		    "line one\nline two", 1);
	r->cells[0] = cell(s, 1, "45 passengers", "aboard.", "aboard.");
	r->cells[0].end++;
	r->cells[0].value = "the \x1b]0;owned\x07 \xc2\x9b" "31m \xff ferry";
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

static char *render(const struct comparison *c)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);
	assert_non_null(fp);
	assert_int_equal(report_write(c, REPORT_HTML, fp), ND_E_OK);
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(strlen(out), len);
	return out;
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

/* The part of page from the first from to the next to after it, as an
 * allocated string. */
static char *between(const char *page, const char *from, const char *to)
{
	const char *a = strstr(page, from);
	assert_non_null(a);
	const char *b = strstr(a, to);
	assert_non_null(b);
	size_t n = (size_t)(b - a) + strlen(to);
	char *p = malloc(n + 1);
	assert_non_null(p);
	memcpy(p, a, n);
	p[n] = '\0';
	return p;
}

static void html_is_a_format(void **state)
{
	enum report_format f = REPORT_TEXT;
	assert_int_equal(report_format_parse("html", &f), 0);
	assert_int_equal(f, REPORT_HTML);
	assert_int_equal(report_format_parse("HTML5", &f), -1);
	assert_int_equal(f, REPORT_HTML);
}

static void the_page_is_one_whole_html5_document(void **state)
{
	struct fixture *f = *state;
	char *h = render(&f->c);
	assert_memory_equal(h, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n", 63);
	assert_string_equal(h + strlen(h) - 16, "</body>\n</html>\n");
	assert_int_equal(count(h, "<title>"), 1);
	/* the story is the first report's title, escaped */
	assert_non_null(strstr(h, "<title>Ferry &lt;script&gt;alert(1)&lt;/script&gt; &amp; "
				  "&quot;late&quot; sailing \xe2\x80\x94 newsdiff</title>"));
	/* the heading is no one outlet's headline; each is in the list */
	assert_non_null(strstr(h, "<h1>How 3 outlets told one story</h1>"));
	assert_non_null(strstr(h, ": Ferry &lt;script&gt;alert(1)&lt;/script&gt;"));
	/* self-contained: no script, nothing to fetch */
	assert_null(strstr(h, "<script"));
	assert_null(strstr(h, "<link"));
	assert_null(strstr(h, "<img"));
	assert_null(strstr(h, "src="));
	assert_null(strstr(h, "@import"));
	assert_null(strstr(h, "url("));
	assert_non_null(strstr(h, "@media print{"));
	assert_non_null(strstr(h, "@page{"));
	free(h);
}

static void report_text_is_escaped_and_never_holds_a_control(void **state)
{
	struct fixture *f = *state;
	char *h = render(&f->c);
	/* from the text of a report: markup, an ampersand, an apostrophe */
	assert_non_null(strstr(h, "stuck on the &lt;b&gt;ferry&lt;/b&gt;, said Kim Lund of "
				  "Lund &amp; Roe&#39;s office."));
	assert_null(strstr(h, "<b>ferry"));
	/* a quotation's marks, in the text and in the facts */
	assert_non_null(strstr(h, "&quot;<mark class=\"v-single\""));
	/* the outlet list: the page's address escaped, as a link */
	assert_non_null(strstr(h, "<li><strong>Harbour Post</strong>, 2031-04-02: Ferry "
				  "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;late&quot; "
				  "sailing \xe2\x80\x94 <a class=\"url\" "
				  "href=\"https://harbour.example/ferry?a=1&amp;b=2\">"));
	assert_non_null(strstr(h, "<li><strong>northern ledger</strong></li>"));
	/* strings no report holds after sanitising are made safe anyway */
	assert_non_null(strstr(h, "where &lt;is&gt; the ferry\xef\xbf\xbd[2J"));
	assert_non_null(strstr(h, "the \xef\xbf\xbd]0;owned\xef\xbf\xbd \xef\xbf\xbd"
				  "31m \xef\xbf\xbd ferry"));
	assert_non_null(strstr(h, "why: line one line two"));
	assert_non_null(strstr(h, "[note: odd name]"));
	for (const unsigned char *p = (const unsigned char *)h; *p; p++)
		if (*p < 0x20 && *p != '\n')
			fail_msg("control byte 0x%02x at offset %zu", *p, (size_t)(p - (const unsigned char *)h));
	assert_null(strstr(h, "\xc2\x9b"));
	assert_null(strchr(h, '\xff'));
	free(h);
}

static void every_report_has_its_column_with_its_facts_marked(void **state)
{
	struct fixture *f = *state;
	char *h = render(&f->c);
	assert_int_equal(count(h, "<article class=\"column\""), NREP);
	char *cols = between(h, "<div class=\"cols\">", "</div>\n</section>");
	assert_non_null(strstr(cols, "<article class=\"column\" id=\"r1\">\n<h3>Harbour Post</h3>\n"
				     "<p class=\"meta\">2031-04-02</p>"));
	assert_non_null(strstr(cols, "<h3>Valley Herald</h3>"));
	assert_non_null(strstr(cols, "<article class=\"column\" id=\"r3\">\n<h3>northern ledger</h3>"));
	/* the disagreement, in both reports, with its mark and number */
	assert_non_null(strstr(cols, "At least <mark class=\"v-disagree\" title=\"1. how many "
				     "passengers were stuck (disagree)\">40</mark><sup class=\"vm "
				     "vs-disagree\"><a href=\"#f1\"><span class=\"vk\">!</span>1</a>"
				     "</sup> passengers"));
	assert_non_null(strstr(cols, "<p><mark class=\"v-disagree\" title=\"1. how many passengers "
				     "were stuck (disagree)\">45</mark><sup class=\"vm vs-disagree\">"));
	/* the agreement, in both reports that give it */
	assert_int_equal(count(cols, "<mark class=\"v-agree\" title=\"2. when did the ferry leave "
				     "(agree)\">Tuesday</mark><sup class=\"vm vs-agree\"><a "
				     "href=\"#f2\"><span class=\"vk\">=</span>2</a></sup>"), 2);
	/* a count inside a quotation: the count is marked, the rest of the
	 * quotation too, and both marks follow where both end */
	assert_non_null(strstr(cols, "&quot;<mark class=\"v-single\" title=\"3. what Ada Roe said "
				     "(single)\">We waited </mark><mark class=\"v-single\" title=\"4. "
				     "how long they waited (single)\">3 hours</mark>"
				     "<sup class=\"vm vs-single\"><a href=\"#f3\"><span class=\"vk\">1"
				     "</span>3</a></sup><sup class=\"vm vs-single\"><a href=\"#f4\">"
				     "<span class=\"vk\">1</span>4</a></sup>,&quot; said Ada Roe.</p>"));
	/* a value that runs into the blank line after its paragraph ends
	 * in that paragraph */
	assert_non_null(strstr(cols, "aboard.</mark><sup class=\"vm vs-unclear\"><a href=\"#f5\">"
				     "<span class=\"vk\">?</span>5</a></sup></p>"));
	assert_int_equal(count(cols, "<sup class=\"vm"), 7);
	free(cols);
	free(h);
}

static void the_facts_table_gives_each_outlet_and_its_sentence(void **state)
{
	struct fixture *f = *state;
	char *h = render(&f->c);
	assert_non_null(strstr(h, "<p>5 facts: 1 agree, 1 disagree, 0 partial, 2 single, 1 unclear."));
	char *f1 = between(h, "<tbody class=\"fact\" id=\"f1\">", "</tbody>");
	assert_non_null(strstr(f1, "<span class=\"n\">1.</span> how many passengers were stuck "
				   "\xe2\x80\x94 <span class=\"sym vs-disagree\">!</span> "
				   "<strong>disagree</strong><br><span class=\"why\">why: 40 against "
				   "45</span>"));
	/* the value as the text report writes it, the sentence with the value marked */
	assert_non_null(strstr(f1, "<tr><th scope=\"row\">Harbour Post</th><td>40 (at least)</td>"
				   "<td>\xe2\x80\x9c" "At least <mark class=\"v-disagree\">40</mark> "
				   "passengers were stuck on the &lt;b&gt;ferry&lt;/b&gt;, said Kim Lund "
				   "of Lund &amp; Roe&#39;s office.\xe2\x80\x9d</td></tr>"));
	assert_non_null(strstr(f1, "<tr><th scope=\"row\">Valley Herald</th><td>45</td>"));
	/* the outlet that says nothing, on a line of its own */
	assert_non_null(strstr(f1, "<tr class=\"silent\"><th scope=\"row\">\xe2\x80\x94</th>"
				   "<td colspan=\"2\">not given by northern ledger</td></tr>"));
	free(f1);
	/* one outlet speaks: its line, and one line for the two silent */
	char *f3 = between(h, "id=\"f3\"", "</tbody>");
	assert_non_null(strstr(f3, "We waited 3 hours \xe2\x80\x94 said by Ada Roe</td>"));
	assert_int_equal(count(f3, "<tr"), 3);
	assert_non_null(strstr(f3, "not given by Valley Herald and northern ledger</td>"));
	free(f3);
	free(h);
}

static void the_agreement_matrix_counts_each_pair(void **state)
{
	struct fixture *f = *state;
	char *h = render(&f->c);
	char *m = between(h, "<table class=\"matrix\">", "</table>");
	assert_int_equal(count(m, "<th scope=\"col\">"), NREP);
	assert_int_equal(count(m, "<th scope=\"row\">"), NREP);
	/* Harbour Post and Valley Herald share the count, given differently
	 * where the reports disagree: a dotted bar the whole width */
	char *row = between(m, "<tr><th scope=\"row\">Harbour Post", "</tr>");
	assert_non_null(strstr(row, "<span class=\"meta\">3 facts</span></th><td class=\"self\">"
				    "\xe2\x80\x94</td><td title=\"1 fact both state: 0 alike, 1 in "
				    "conflict, 0 otherwise\">1: 0 = 1 ! 0 ~<div class=\"bar\"><div "
				    "class=\"b-conflict\" style=\"width:100%\"></div></div></td>"));
	/* Harbour Post and the Ledger share nothing: no bar */
	assert_non_null(strstr(row, ">0: 0 = 0 ! 0 ~</td></tr>"));
	free(row);
	row = between(m, "<tr><th scope=\"row\">Valley Herald", "</tr>");
	assert_non_null(strstr(row, ">1: 1 = 0 ! 0 ~<div class=\"bar\"><div class=\"b-alike\" "
				    "style=\"width:100%\"></div></div></td></tr>"));
	free(row);
	free(m);
	/* no names found: no names table */
	assert_null(strstr(h, "id=\"names\""));
	free(h);
}

/* Who states which fact, after the matrix: a row for each fact two or
 * more outlets state (its number a link to it), the verdict's mark under
 * each that states it and a dot under each that does not; at the foot
 * what each leaves out of the facts two or more others state, and the
 * facts only it states.  A naming row is no fact. */
static void the_coverage_table_shows_what_each_leaves_out(void **state)
{
	struct fixture *f = *state;
	/* how the ferry is described: all three outlets, and no fact */
	struct row *r = add_row(&f->c, FACT_NAMING, "how the ferry is described", VERDICT_PARTIAL,
				NULL, 3);
	r->cells[0] = cell(&f->story, 0, "At least 40", "office.", "ferry");
	r->cells[1] = cell(&f->story, 1, "The ferry left", "Tuesday.", "ferry");
	r->cells[2] = cell(&f->story, 2, "The ferry left", "said.", "ferry");
	char *h = render(&f->c);
	const char *matrix = strstr(h, "<table class=\"matrix\">");
	const char *sec = strstr(h, "<section id=\"coverage\">\n<h2>Who states which fact</h2>");
	assert_non_null(sec);
	assert_true(sec > matrix);
	char *t = between(sec, "<table class=\"coverage\">", "</table>");
	assert_non_null(strstr(t, "<thead><tr><th scope=\"col\">Fact</th><th scope=\"col\">Harbour "
				  "Post</th><th scope=\"col\">Valley Herald</th><th scope=\"col\">"
				  "northern ledger</th></tr></thead>"));
	assert_non_null(strstr(t, "<tbody>\n<tr><th scope=\"row\"><a href=\"#f1\">1.</a> how many "
				  "passengers were stuck</th><td class=\"sym vs-disagree\">!</td>"
				  "<td class=\"sym vs-disagree\">!</td><td class=\"no\">\xc2\xb7</td>"
				  "</tr>\n<tr><th scope=\"row\"><a href=\"#f2\">2.</a> when did the ferry "
				  "leave</th><td class=\"no\">\xc2\xb7</td><td class=\"sym vs-agree\">=</td>"
				  "<td class=\"sym vs-agree\">=</td></tr>\n</tbody>"));
	assert_null(strstr(t, "described"));
	assert_non_null(strstr(t, "<td class=\"lo\">1 of 1</td><td class=\"lo\">0 of 0</td>"
				  "<td class=\"lo\">1 of 1</td></tr>"));
	assert_non_null(strstr(t, "Facts only it states</th><td><a href=\"#f3\">3</a>, <a href="
				  "\"#f4\">4</a></td><td><a href=\"#f5\">5</a></td><td>none</td></tr>"));
	free(t);
	free(h);
}

/* How each outlet names them: a row a name, a column an outlet, each
 * description with how often, the ones no other outlet uses in italics,
 * a dash for an outlet that names it and never describes it, escaped. */
static void the_names_table_gives_each_outlets_words(void **state)
{
	struct fixture *f = *state;
	static unsigned mentions[NREP] = { 3, 1, 2 };
	static struct naming_use uses[] = {
		{ .art = 0, .text = "ferry operator", .key = "ferry operator", .count = 2 },
		{ .art = 0, .text = "<b>rogue</b> firm", .key = "b rogue b firm", .count = 1 },
		{ .art = 2, .text = "ferry operator", .key = "ferry operator", .count = 1 },
	};
	static struct naming_entity e = { .name = "Lundco & Sons", .key = "lundco sons",
					  .mentions = mentions, .nreports = 3, .uses = uses,
					  .nuses = 3 };
	static struct naming nm = { .v = &e, .n = 1 };
	f->c.names = &nm;
	char *h = render(&f->c);
	f->c.names = NULL;
	char *t = between(h, "<table class=\"names\">", "</table>");
	assert_int_equal(count(t, "<th scope=\"col\">"), 1 + NREP);
	char *row = between(t, "<tr><th scope=\"row\">Lundco &amp; Sons", "</tr>");
	assert_non_null(strstr(row, "named by 3</span></th><td>ferry operator (2\xc3\x97)<br>"
				    "<i>&lt;b&gt;rogue&lt;/b&gt; firm</i></td><td>\xe2\x80\x94</td>"
				    "<td>ferry operator</td></tr>"));
	free(row);
	free(t);
	free(h);
}

static void only_the_rows_asked_for_are_marked(void **state)
{
	struct fixture *f = *state;
	struct comparison view;
	char why[160];
	assert_int_equal(report_select(&f->c, "disagree", NULL, &view, why, sizeof why), ND_E_OK);
	char *h = render(&view);
	free(view.rows);
	assert_int_equal(count(h, "<article class=\"column\""), NREP);
	assert_int_equal(count(h, "<mark class=\"v-disagree\" title="), 2);
	assert_int_equal(count(h, "\" title=\""), 2);
	assert_int_equal(count(h, "<td title=\""), NREP * (NREP - 1));  /* the matrix's pairs */
	assert_non_null(strstr(h, "id=\"f1\""));
	assert_null(strstr(h, "id=\"f2\""));
	assert_non_null(strstr(h, "<p>1 fact: 0 agree, 1 disagree,"));
	free(h);
}

static void no_facts_and_odd_offsets(void **state)
{
	struct fixture *f = *state;
	/* evidence past the end of the text is clamped to it */
	struct cell *cl = &f->c.rows[2].cells[0];
	cl->end = 1u << 30;
	cl->sent_end = 1u << 30;
	char *h = render(&f->c);
	assert_non_null(strstr(h, "\xe2\x80\x9c&quot;We waited 3 hours,&quot; said Ada Roe."
				  "\xe2\x80\x9d</td>"));
	assert_non_null(strstr(h, "said Ada Roe.</mark><sup class=\"vm vs-single\"><a href=\"#f3\">"));
	free(h);

	f->c.nrows = 0;
	h = render(&f->c);
	assert_int_equal(count(h, "<article class=\"column\""), NREP);
	assert_non_null(strstr(h, "<p>No facts to compare.</p>"));
	assert_null(strstr(h, "<mark class=\"v-disagree\" title="));
	assert_null(strstr(h, "class=\"matrix\""));
	free(h);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(html_is_a_format),
		T(the_page_is_one_whole_html5_document),
		T(report_text_is_escaped_and_never_holds_a_control),
		T(every_report_has_its_column_with_its_facts_marked),
		T(the_facts_table_gives_each_outlet_and_its_sentence),
		T(the_agreement_matrix_counts_each_pair),
		T(the_coverage_table_shows_what_each_leaves_out),
		T(the_names_table_gives_each_outlets_words),
		T(only_the_rows_asked_for_are_marked),
		T(no_facts_and_odd_offsets),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
