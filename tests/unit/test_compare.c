/* Acceptance tests of the comparison (compare.c, align.c): the rows a
 * careful reader finds in the bundled story and in the invented story of
 * tests/fixtures/story-b, with their verdicts, and evidence that always
 * points at a sentence of article text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>
#include <cmocka.h>

#include "analyse/compare.h"
#include "helpers.h"
#include "load/story.h"

static struct story bundled_story, story_b;
static struct comparison cmp_bundled, cmp_b;

static int setup(void **state)
{
	char *p1[] = { (char *)tree_path("articles/journalists-tracked") };
	if (story_load(&bundled_story, p1, 1) != ND_E_OK)
		return -1;
	if (compare_story(&bundled_story, &cmp_bundled) != ND_E_OK)
		return -1;
	char *p2[] = { (char *)tree_path("tests/fixtures/story-b") };
	if (story_load(&story_b, p2, 1) != ND_E_OK)
		return -1;
	return compare_story(&story_b, &cmp_b) == ND_E_OK ? 0 : -1;
}

static int teardown(void **state)
{
	comparison_release(&cmp_bundled);
	comparison_release(&cmp_b);
	story_release(&bundled_story);
	story_release(&story_b);
	return 0;
}

/* The row whose question contains all of the words given (and kind). */
static const struct row *find_row(const struct comparison *c, enum fact_kind kind, const char *q1,
				  const char *q2)
{
	for (size_t i = 0; i < c->nrows; i++) {
		const struct row *r = &c->rows[i];
		if (r->kind == kind && strstr(r->question, q1) && (!q2 || strstr(r->question, q2)))
			return r;
	}
	fail_msg("no %s row with \"%s\" \"%s\"", fact_kind_name(kind), q1, q2 ? q2 : "");
	return NULL;
}

/* Which reports speak in a row, as a string of 0/1 per report. */
static void speaks(const struct comparison *c, const struct row *r, char *out)
{
	for (size_t a = 0; a < c->story->n; a++)
		out[a] = row_cell(r, (uint32_t)a) ? '1' : '0';
	out[c->story->n] = '\0';
}

static void expect(const struct comparison *c, enum fact_kind kind, const char *q1, const char *q2,
		   enum verdict v, const char *who)
{
	const struct row *r = find_row(c, kind, q1, q2);
	char got[32];
	speaks(c, r, got);
	if (r->verdict != v || strcmp(got, who) != 0)
		fail_msg("row \"%s\": %s, speaking %s; want %s, speaking %s", r->question,
			 verdict_name(r->verdict), got, verdict_name(v), who);
}

static const char *value_of(const struct comparison *c, const struct row *r, uint32_t art)
{
	const struct cell *cl = row_cell(r, art);
	return cl ? cl->normalized : NULL;
}

/* Reports: 0 FBA News, 1 AFP, 2 The Register, 3 UNILAD, 4 SiliconANGLE. */

static void dismissed_count(void **state)
{
	const struct comparison *c = &cmp_bundled;
	expect(c, FACT_QUANTITY, "employees were dismissed", NULL, VERDICT_PARTIAL, "11111");
	const struct row *r = find_row(c, FACT_QUANTITY, "employees were dismissed", NULL);
	assert_string_equal(value_of(c, r, 0), "4");
	assert_string_equal(row_cell(r, 0)->qualifier, "at least");
	assert_string_equal(row_cell(r, 1)->qualifier, "not disclosed");
	assert_string_equal(value_of(c, r, 2), "4");  /* two named and two others */
	assert_string_equal(value_of(c, r, 3), "4");
	assert_string_equal(value_of(c, r, 4), "4");
}

static void people_and_their_fates(void **state)
{
	const struct comparison *c = &cmp_bundled;
	/* The auditor's manager: resigned (unnamed, FBA) vs let go vs left. */
	expect(c, FACT_EVENT, "Song Ye", "what happened", VERDICT_DISAGREE, "10110");
	/* The auditor: fired, named by role alone in FBA. */
	expect(c, FACT_EVENT, "Lepitak", "what happened", VERDICT_AGREE, "10110");
	expect(c, FACT_PERSON, "Lepitak", "title", VERDICT_PARTIAL, "10110");
	expect(c, FACT_PERSON, "Song Ye", "title", VERDICT_PARTIAL, "10110");
	/* General counsel of two different companies. */
	expect(c, FACT_PERSON, "Andersen", "title", VERDICT_DISAGREE, "01110");
	expect(c, FACT_PERSON, "Andersen", "spelling", VERDICT_DISAGREE, "01110");
	const struct row *r = find_row(c, FACT_PERSON, "Andersen", "spelling");
	assert_non_null(strstr(row_cell(r, 3)->value, "Anderson"));
	expect(c, FACT_PERSON, "Rubo Liang", "title", VERDICT_AGREE, "10111");
	/* Named by one report only. */
	expect(c, FACT_PERSON, "McQuaide", NULL, VERDICT_SINGLE, "00100");
	expect(c, FACT_PERSON, "Baker-White", NULL, VERDICT_SINGLE, "00010");
	expect(c, FACT_PERSON, "Christopher Wray", NULL, VERDICT_SINGLE, "00010");
	expect(c, FACT_PERSON, "Marco Rubio", NULL, VERDICT_SINGLE, "00010");
	expect(c, FACT_PERSON, "Shou Chew", NULL, VERDICT_SINGLE, "00001");
}

static void outlets_and_sources(void **state)
{
	const struct comparison *c = &cmp_bundled;
	expect(c, FACT_ORGANISATION, "journalists", NULL, VERDICT_PARTIAL, "11111");
	const struct row *r = find_row(c, FACT_ORGANISATION, "journalists", NULL);
	assert_string_equal(value_of(c, r, 0), "Financial Times");
	assert_string_equal(value_of(c, r, 3), "BuzzFeed; Financial Times; Forbes");
	/* Who each report relies on: a row per source, never a
	 * disagreement.  Two reports cite the same outlet; one cites another
	 * alone; a report's own outlet is not its source. */
	expect(c, FACT_ATTRIBUTION, "relies on: Forbes", NULL, VERDICT_AGREE, "00110");
	expect(c, FACT_ATTRIBUTION, "relies on: The Guardian", NULL, VERDICT_SINGLE, "10000");
	for (size_t i = 0; i < c->nrows; i++) {
		assert_false(c->rows[i].kind == FACT_ATTRIBUTION &&
			     c->rows[i].verdict == VERDICT_DISAGREE);
		assert_null(strstr(c->rows[i].question, "relies on: AFP"));
	}
	/* the same kind of document may be different documents; emails
	 * one person sent are one row (unclear): the general counsel's email
	 * in AFP's report and The Register's leaked one, the chief
	 * executive's in SiliconANGLE's and The Register's internal one; the
	 * Guardian's are not among them */
	size_t unclear = 0;
	for (size_t i = 0; i < c->nrows; i++) {
		const struct row *x = &c->rows[i];
		if (x->kind != FACT_ATTRIBUTION || strcmp(x->question, "relies on: emails") != 0 ||
		    x->verdict != VERDICT_UNCLEAR)
			continue;
		unclear++;
		assert_null(row_cell(x, 0));
		assert_int_equal(x->ncells, 2);
		assert_non_null(row_cell(x, 2));
		if (row_cell(x, 1))
			assert_string_equal(row_cell(x, 2)->value, "leaked emails");
		else
			assert_string_equal(row_cell(x, 2)->value, "internal emails");
	}
	assert_int_equal(unclear, 2);
	/* ... and the Guardian's emails, a row of their own, say that other
	 * reports cite emails too: not "only" */
	for (size_t i = 0; i < c->nrows; i++) {
		const struct row *x = &c->rows[i];
		if (x->kind == FACT_ATTRIBUTION && strcmp(x->question, "relies on: emails") == 0 &&
		    x->verdict == VERDICT_SINGLE && row_cell(x, 0)) {
			assert_string_equal(x->why, "FBA News's own; 4 other reports cite this kind "
						    "of document too, not shown to be the same");
			return;
		}
	}
	fail_msg("no row of FBA News's emails alone");
}

static void tracked_journalists(void **state)
{
	const struct comparison *c = &cmp_bundled;
	expect(c, FACT_QUANTITY, "journalists were tracked", NULL, VERDICT_DISAGREE, "01111");
	const struct row *r = find_row(c, FACT_QUANTITY, "journalists were tracked", NULL);
	assert_string_equal(value_of(c, r, 1), "2");
	assert_string_equal(value_of(c, r, 3), "3");  /* the writer and two colleagues */
	assert_string_equal(row_cell(r, 4)->qualifier, "at least");
}

static void places_outcomes_and_bans(void **state)
{
	const struct comparison *c = &cmp_bundled;
	expect(c, FACT_PLACE, "based", NULL, VERDICT_AGREE, "00011");
	const struct row *r = find_row(c, FACT_PLACE, "based", NULL);
	assert_string_equal(value_of(c, r, 3), "China; United States");
	expect(c, FACT_EVENT, "succeed", NULL, VERDICT_AGREE, "11100");
	/* how they tracked: every report names the same technical detail */
	expect(c, FACT_EVENT, "detail named", "IP addresses", VERDICT_AGREE, "11111");
	expect(c, FACT_QUANTITY, "states", NULL, VERDICT_PARTIAL, "11101");
	r = find_row(c, FACT_QUANTITY, "states", NULL);
	assert_string_equal(value_of(c, r, 1), "20");
	assert_string_equal(row_cell(r, 1)->qualifier, "around");
}

static void quotations(void **state)
{
	const struct comparison *c = &cmp_bundled;
	/* The chief executive's words: the same, outlets quote different
	 * parts; the words every one of them quotes name the row. */
	expect(c, FACT_QUOTE, "public trust", NULL, VERDICT_AGREE, "10111");
	const struct row *r = find_row(c, FACT_QUOTE, "public trust", NULL);
	for (uint32_t a = 0; a < 5; a++)
		if (row_cell(r, a))
			assert_string_equal(row_cell(r, a)->speaker, "Rubo Liang");
	/* The same words given to two different speakers: the words all
	 * three give name the row, and each report's evidence is the
	 * sentence that holds them, not the opening of a longer quotation
	 * ("It is standard practice ..."), which one report does not give. */
	expect(c, FACT_QUOTE, "misused their authority", NULL, VERDICT_DISAGREE, "00111");
	r = find_row(c, FACT_QUOTE, "misused their authority", NULL);
	assert_string_equal(row_cell(r, 2)->speaker, "Erich Andersen");
	assert_string_equal(row_cell(r, 3)->speaker, "Erich Andersen");
	assert_string_equal(row_cell(r, 4)->speaker, "Shou Chew");
	for (uint32_t a = 2; a < 5; a++) {
		const struct cell *cl = row_cell(r, a);
		const char *text = c->story->arts[a].text;
		char *sent = strndup(text + cl->sent_start, cl->sent_end - cl->sent_start);
		assert_non_null(sent);
		assert_non_null(strstr(sent, "misused their authority"));
		assert_null(strstr(sent, "standard practice"));
		free(sent);
	}
	/* The company statement: "initiative" for "plan". */
	expect(c, FACT_QUOTE, "seriously violated", NULL, VERDICT_PARTIAL, "01100");
	r = find_row(c, FACT_QUOTE, "seriously violated", NULL);
	assert_non_null(strstr(row_cell(r, 1)->note, "initiative"));
}

/* Every cell's evidence is a sentence of article text (never furniture)
 * that contains the value's span. */
static void evidence_is_article_text(void **state)
{
	const struct comparison *cs[] = { &cmp_bundled, &cmp_b };
	for (int k = 0; k < 2; k++) {
		const struct comparison *c = cs[k];
		assert_true(c->nrows > 10);
		for (size_t i = 0; i < c->nrows; i++) {
			const struct row *r = &c->rows[i];
			assert_true(r->ncells > 0);
			for (size_t j = 0; j < r->ncells; j++) {
				const struct cell *cl = &r->cells[j];
				const struct article *a = &c->story->arts[cl->art];
				assert_true(cl->sent_start < cl->sent_end && cl->sent_end <= a->len);
				assert_true(cl->start >= cl->sent_start || r->kind == FACT_QUOTE);
				bool content = false;
				for (size_t p = 0; p < a->npara; p++) {
					const struct para *pp = &a->paras[p];
					if (cl->sent_start >= pp->start && cl->sent_end <= pp->start + pp->len)
						content = para_is_content(pp);
				}
				if (!content)
					fail_msg("row \"%s\": evidence of %s is not article text", r->question,
						 a->outlet);
			}
		}
	}
}

/* Reports of the invented story: 0 Northern Ledger, 1 Meridian Press,
 * 2 Daily Flare, 3 Tamsel Valley Notes (see tests/fixtures/story-b/EXPECTED.md). */
static void second_story(void **state)
{
	const struct comparison *c = &cmp_b;
	expect(c, FACT_QUANTITY, "evacuated", "employees", VERDICT_AGREE, "1110");
	const struct row *r = find_row(c, FACT_QUANTITY, "evacuated", "employees");
	assert_string_equal(value_of(c, r, 2), "38");  /* "Thirty-eight" */
	expect(c, FACT_QUANTITY, "injured", NULL, VERDICT_DISAGREE, "1110");
	expect(c, FACT_QUANTITY, "families", NULL, VERDICT_PARTIAL, "1001");
	expect(c, FACT_QUANTITY, "suspended", NULL, VERDICT_AGREE, "1100");
	r = find_row(c, FACT_QUANTITY, "suspended", NULL);
	assert_string_equal(value_of(c, r, 1), "4");  /* two named and two others */
	expect(c, FACT_EVENT, "Threlfall", "what happened", VERDICT_DISAGREE, "1110");
	expect(c, FACT_PERSON, "Threlfall", "title", VERDICT_AGREE, "1110");
	/* "on Wednesday (morning)", worked out from each report's date */
	expect(c, FACT_DATE, "Threlfall", "when", VERDICT_AGREE, "1100");
	r = find_row(c, FACT_DATE, "Threlfall", "when");
	assert_string_equal(value_of(c, r, 0), "2024-03-13");
	expect(c, FACT_PERSON, "Kettleby", "spelling", VERDICT_DISAGREE, "1111");
	expect(c, FACT_PERSON, "Fairhurst", "title", VERDICT_AGREE, "0101");
	expect(c, FACT_PERSON, "Penhallow", NULL, VERDICT_SINGLE, "1000");
	/* The plant manager's words, given to the chief executive by one report. */
	expect(c, FACT_QUOTE, "first priority", NULL, VERDICT_DISAGREE, "1111");
	r = find_row(c, FACT_QUOTE, "first priority", NULL);
	assert_string_equal(row_cell(r, 0)->speaker, "Maren Kettleby");
	assert_string_equal(row_cell(r, 3)->speaker, "Douglas Fairhurst");
	/* A quotation over two paragraphs is one quotation with its speaker. */
	r = find_row(c, FACT_QUOTE, "swimming pool", NULL);
	assert_string_equal(row_cell(r, 2)->speaker, "Janice Morrow");
	assert_non_null(strstr(row_cell(r, 2)->value, "pyjamas"));
}

/* The verdict table: each verdict has its own name, mark, rank and place
 * in the legend, and rows come out in rank order. */
static void verdict_table(void **state)
{
	bool rank_seen[VERDICT__COUNT] = { false };
	for (int v = 0; v < VERDICT__COUNT; v++) {
		for (int w = 0; w < v; w++) {
			assert_string_not_equal(verdict_name((enum verdict)v), verdict_name((enum verdict)w));
			assert_string_not_equal(verdict_mark((enum verdict)v), verdict_mark((enum verdict)w));
		}
		int r = verdict_rank((enum verdict)v);
		assert_true(r >= 0 && r < VERDICT__COUNT && !rank_seen[r]);
		rank_seen[r] = true;
		assert_int_equal(strlen(verdict_mark((enum verdict)v)), 1);
		assert_true(strlen(verdict_meaning((enum verdict)v)) > 10);
	}
	assert_int_equal(verdict_rank(VERDICT_DISAGREE), 0);
	assert_string_equal(verdict_name(VERDICT__COUNT), "?");
	char legend[128];
	verdict_legend(legend, sizeof legend);
	assert_string_equal(legend, "! disagree ~ partial = agree 1 single ? unclear");
	verdict_legend(legend, 12);
	assert_string_equal(legend, "! disagree ");
	/* the bundled story's rows are sorted by rank */
	assert_true(cmp_bundled.nrows > 10);
	for (size_t i = 1; i < cmp_bundled.nrows; i++)
		assert_true(verdict_rank(cmp_bundled.rows[i - 1].verdict) <=
			    verdict_rank(cmp_bundled.rows[i].verdict));
}

/* Rows have a strict order: no two adjacent rows compare equal, and rows
 * alike in verdict, reports and kind keep the order they were made in
 * (qsort need not be stable, so the last key must tell them apart). */
static void rows_in_strict_order(void **state)
{
	const struct comparison *cs[] = { &cmp_bundled, &cmp_b };
	size_t ties = 0;
	for (size_t k = 0; k < 2; k++) {
		const struct comparison *c = cs[k];
		for (size_t i = 1; i < c->nrows; i++) {
			const struct row *a = &c->rows[i - 1], *b = &c->rows[i];
			assert_true(row_compare(a, b) < 0);
			assert_true(row_compare(b, a) > 0);
			assert_int_equal(row_compare(a, a), 0);
			if (a->verdict == b->verdict && a->ncells == b->ncells && a->kind == b->kind) {
				assert_true(a->seq < b->seq);
				ties++;
			}
		}
	}
	assert_true(ties > 0); /* the stories do exercise the last key */

	struct row x = { .kind = FACT_PERSON, .verdict = VERDICT_AGREE, .ncells = 2, .seq = 7 };
	struct row y = x;
	y.seq = 3;
	assert_true(row_compare(&y, &x) < 0);   /* made first, shown first */
	y.kind = FACT_QUANTITY;
	assert_true(row_compare(&x, &y) < 0);   /* then by kind */
	y.ncells = 3;
	assert_true(row_compare(&y, &x) < 0);   /* more reports speaking first */
	y.verdict = VERDICT_SINGLE;
	assert_true(row_compare(&x, &y) < 0);   /* verdict rank leads */
}

static int cmp_line(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* An invented report that states one count twice, differently, spells a
 * name two ways and quotes one speaker in pieces: what rules inside one
 * report see as differences. */
static const char self_report[] =
	"Outlet: The Invented Tribune\n"
	"Title: Ferry runs aground off Brenmouth\n"
	"Date: 2031-04-09\n"
	"\n"
	"About 40 passengers were hurt when a ferry ran aground off Brenmouth on\n"
	"Tuesday, the harbour authority said.\n"
	"\n"
	"Captain Ilse Varnholt said the crew \"did everything they could in the\n"
	"fog\". Later reports put the number at 12 passengers hurt.\n"
	"\n"
	"\"We will find out what went wrong,\" Varnholt said. Captain Varnholdt\n"
	"has been suspended, the operator said. \"Nobody will be blamed before\n"
	"the inquiry reports,\" she added.\n"
	"\n"
	"Several officials of the harbour authority were at the scene.\n";

/* The rows of the story made of paths, as "verdict question" lines sorted,
 * into out (cap bytes); false when it cannot be loaded or compared. */
static bool rows_of(char **paths, size_t n, char *out, size_t cap, size_t *flagged)
{
	struct story s;
	struct comparison c;
	if (story_load(&s, paths, n) != ND_E_OK || compare_story(&s, &c) != ND_E_OK) {
		story_release(&s);
		return false;
	}
	const char **lines = calloc(c.nrows ? c.nrows : 1, sizeof *lines);
	char *texts = calloc(c.nrows ? c.nrows : 1, 512);
	assert_non_null(lines);
	assert_non_null(texts);
	*flagged = 0;
	for (size_t i = 0; i < c.nrows; i++) {
		const struct row *r = &c.rows[i];
		snprintf(texts + i * 512, 512, "%s %s", verdict_name(r->verdict), r->question);
		lines[i] = texts + i * 512;
		*flagged += r->verdict == VERDICT_DISAGREE || r->verdict == VERDICT_PARTIAL;
	}
	qsort(lines, c.nrows, sizeof *lines, cmp_line);
	size_t o = 0;
	out[0] = '\0';
	for (size_t i = 0; i < c.nrows && o < cap; i++)
		o += (size_t)snprintf(out + o, cap - o, "%s\n", lines[i]);
	free(lines);
	free(texts);
	comparison_release(&c);
	story_release(&s);
	return true;
}

/* A report compared with a copy of itself agrees on everything: no row of
 * two identical reports may be a disagreement or a partial agreement. */
static void a_report_agrees_with_itself(void **state)
{
	static const char *const files[] = {
		"articles/journalists-tracked/1-fba-news.txt",
		"articles/journalists-tracked/2-afp.txt",
		"articles/journalists-tracked/3-the-register.txt",
		"articles/journalists-tracked/4-unilad.txt",
		"articles/journalists-tracked/5-siliconangle.txt",
		"tests/fixtures/story-b/1-northern-ledger.txt",
		"tests/fixtures/story-b/2-meridian-press.txt",
		"tests/fixtures/story-b/3-daily-flare.txt",
		"tests/fixtures/story-b/4-tamsel-valley-notes.txt",
		"tests/fixtures/html-story/1-harwick-herald.html",
		"tests/fixtures/html-story/2-valley-post.html",
		"tests/fixtures/html-story/3-coast-wire.html",
		NULL, /* the invented report above */
	};
	char tmp[] = "/tmp/nd-self-XXXXXX";
	assert_non_null(mkdtemp(tmp));
	char own[64];
	snprintf(own, sizeof own, "%s/report.txt", tmp);
	FILE *f = fopen(own, "w");
	assert_non_null(f);
	fputs(self_report, f);
	fclose(f);
	static char out[1 << 16];
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		char path[4096];
		snprintf(path, sizeof path, "%s", files[i] ? tree_path(files[i]) : own);
		char *paths[] = { path, path };
		size_t flagged = 99;
		assert_true(rows_of(paths, 2, out, sizeof out, &flagged));
		if (flagged)
			fail_msg("%s against itself:\n%s", path, out);
		assert_non_null(strstr(out, "agree ")); /* rows were made */
	}
	remove(own);
	rmdir(tmp);
}

/* Two invented reports (bodies a and b) in a directory of their own,
 * loaded and compared into *s and *c; two_release frees them all. */
struct two {
	char dir[32], pa[64], pb[64];
	struct story s;
	struct comparison c;
};

static void two_compare(struct two *t, const char *a, const char *b)
{
	snprintf(t->dir, sizeof t->dir, "/tmp/nd-two-XXXXXX");
	assert_non_null(mkdtemp(t->dir));
	snprintf(t->pa, sizeof t->pa, "%s/1.txt", t->dir);
	snprintf(t->pb, sizeof t->pb, "%s/2.txt", t->dir);
	const char *paths_text[2][2] = { { t->pa, a }, { t->pb, b } };
	for (int i = 0; i < 2; i++) {
		FILE *f = fopen(paths_text[i][0], "w");
		assert_non_null(f);
		fprintf(f, "Outlet: Ledger %d\n\n%s\n", i + 1, paths_text[i][1]);
		fclose(f);
	}
	char *paths[] = { t->pa, t->pb };
	assert_int_equal(story_load(&t->s, paths, 2), ND_E_OK);
	assert_int_equal(compare_story(&t->s, &t->c), ND_E_OK);
}

static void two_release(struct two *t)
{
	comparison_release(&t->c);
	story_release(&t->s);
	remove(t->pa);
	remove(t->pb);
	rmdir(t->dir);
}

/* The verdict of the person row of kind (q1, q2 as for find_row) in a
 * story of two invented reports with bodies a and b. */
static enum verdict two_report_row(const char *a, const char *b, enum fact_kind kind,
				   const char *q1, const char *q2)
{
	struct two t;
	two_compare(&t, a, b);
	enum verdict v = find_row(&t.c, kind, q1, q2)->verdict;
	two_release(&t);
	return v;
}

static enum verdict two_report_verdict(const char *a, const char *b, const char *q1,
				       const char *q2)
{
	return two_report_row(a, b, FACT_PERSON, q1, q2);
}

/* "the Times" is the story's one outlet named "... Times": two reports
 * citing it in its two forms rely on one source. */
static void a_short_outlet_name_is_the_full_one(void **state)
{
	(void)state;
	assert_int_equal(two_report_row("The harbour will close, The New York Times reported on "
					"Monday.",
					"The harbour will close, the Times reported on Monday.",
					FACT_ATTRIBUTION, "relies on: The New York Times", NULL),
			 VERDICT_AGREE);
}

/* The verdict of the title row of two invented reports that describe one
 * person as texts a and b do. */
static enum verdict title_verdict(const char *a, const char *b)
{
	char ta[256], tb[256];
	snprintf(ta, sizeof ta, "Kim Lund, %s, said the port would reopen. Lund spoke on Monday.", a);
	snprintf(tb, sizeof tb, "Kim Lund, %s, said the port would reopen. Lund spoke on Monday.", b);
	return two_report_verdict(ta, tb, "Kim Lund: title or role", NULL);
}

/* The same role with two organisations is a conflict; two different roles
 * may be held together or one after another, so they are not. */
static void roles_held_together_do_not_conflict(void **state)
{
	assert_int_equal(title_verdict("the director of the Harbour Agency",
				       "the director of the Port Council"), VERDICT_DISAGREE);
	assert_int_equal(title_verdict("the director of the Harbour Agency",
				       "the treasurer of the Port Council"), VERDICT_PARTIAL);
	assert_int_equal(title_verdict("the director of the Harbour Agency",
				       "the director of the Harbour Agency"), VERDICT_AGREE);
	/* a description where a title goes is how a report names the
	 * person: described differently, never a conflict */
	assert_int_equal(title_verdict("the dictator of the Harbour Agency",
				       "the leader of the Harbour Agency"),
			 VERDICT_PARTIAL);
	/* a body and its initials are one body, with dots or without */
	assert_int_equal(title_verdict("the director of the C.H.A.", "the director of the CHA"),
			 VERDICT_AGREE);
	assert_int_not_equal(title_verdict("the director of the Central Harbour Agency",
					   "the director of the CHA"), VERDICT_DISAGREE);
	/* one is a member of many bodies at once; "member" alone, of no
	 * body named, is not the title a body's member holds */
	assert_int_equal(title_verdict("a member of the Harbour Agency",
				       "a member of the Port Council"), VERDICT_PARTIAL);
	assert_int_equal(title_verdict("a member of the Harbour Agency", "a member of the public"),
			 VERDICT_PARTIAL);
	/* a shorter name of the same body is the same title */
	assert_int_equal(title_verdict("director of the Harbour Authority",
				       "director of the Pellingford Harbour Authority"), VERDICT_AGREE);
}

/* The verdict of the count row of two one-sentence reports, "The storm
 * injured A" and "... B". */
static enum verdict count_verdict(const char *a, const char *b)
{
	char ta[160], tb[160];
	snprintf(ta, sizeof ta, "The storm in Lundholm on Monday injured %s, officials said.", a);
	snprintf(tb, sizeof tb, "The storm in Lundholm on Monday injured %s, officials said.", b);
	return two_report_row(ta, tb, FACT_QUANTITY, "how many people were injured", NULL);
}

/* A number outside the bound another report gives is a conflict; the
 * bound itself, or a number inside it, is partial; scale words count. */
static void counts_against_bounds(void **state)
{
	(void)state;
	assert_int_equal(count_verdict("more than 20 people", "15 people"), VERDICT_DISAGREE);
	assert_int_equal(count_verdict("at least 20 people", "15 people"), VERDICT_DISAGREE);
	assert_int_equal(count_verdict("fewer than 10 people", "15 people"), VERDICT_DISAGREE);
	assert_int_equal(count_verdict("at most 10 people", "15 people"), VERDICT_DISAGREE);
	assert_int_equal(count_verdict("more than 20 people", "25 people"), VERDICT_PARTIAL);
	assert_int_equal(count_verdict("more than 20 people", "20 people"), VERDICT_PARTIAL);
	assert_int_equal(count_verdict("at least four people", "four people"), VERDICT_PARTIAL);
	assert_int_equal(count_verdict("1.5 million people", "1,500,000 people"), VERDICT_AGREE);
	/* a report whose own counts do not fit together (another event's
	 * toll beside the story's) makes a conflict unclear */
	assert_int_equal(two_report_row("The earthquake killed 41 people on Monday, officials said.",
					"At least 37 people were killed by the earthquake on Monday. "
					"Three years ago, a quake in the same region killed 9 people.",
					FACT_QUANTITY, "how many people were killed", NULL),
			 VERDICT_UNCLEAR);
	/* a count with a scale word is to the digit it is written to */
	assert_int_equal(count_verdict("1.5 million people", "1,512,000 people"), VERDICT_PARTIAL);
	assert_int_equal(count_verdict("1.5 million people", "1,560,000 people"), VERDICT_DISAGREE);
	assert_int_equal(count_verdict("two million people", "2,100,000 people"), VERDICT_PARTIAL);
}

/* "ex-" and "then-" before a title say what "former" says: the same
 * title; "former" against the bare title is worded otherwise. */
static void ex_and_then_are_former(void **state)
{
	(void)state;
	static const char *const forms[] = { "then-chief executive", "ex-deputy mayor" };
	for (size_t i = 0; i < 2; i++) {
		char a[160], b[160];
		snprintf(a, sizeof a, "The %s Kim Lund said the port would reopen. Lund spoke on Monday.",
			 forms[i]);
		snprintf(b, sizeof b, "The former %s Kim Lund said the port would reopen. Lund spoke on "
			 "Monday.", strchr(forms[i], '-') + 1);
		assert_int_equal(two_report_verdict(a, b, "Kim Lund: title or role", NULL), VERDICT_AGREE);
	}
	assert_int_equal(two_report_verdict("The former chief executive Kim Lund said the port "
					    "would reopen. Lund spoke on Monday.",
					    "The chief executive Kim Lund said the port would "
					    "reopen. Lund spoke on Monday.",
					    "Kim Lund: title or role", NULL),
			 VERDICT_PARTIAL);
}

/* The verdict of the spelling row of two invented reports with bodies a
 * and b. */
static enum verdict spelling_verdict(const char *a, const char *b)
{
	return two_report_verdict(a, b, "Tomas Bren", "spelling of the name");
}

/* Does a story of two invented reports (bodies a and b) have a row on
 * the spelling of Tomas Brennick's name? */
static bool has_spelling_row(const char *a, const char *b)
{
	struct two t;
	two_compare(&t, a, b);
	bool found = false;
	for (size_t i = 0; i < t.c.nrows; i++)
		found |= strstr(t.c.rows[i].question, "spelling of the name") != NULL;
	two_release(&t);
	return found;
}

/* A spelling written once in a report that writes the name its own way
 * many times is a slip (partial); a report that spells it two ways as
 * often, or another way throughout, disagrees. */
static void a_one_off_misspelling_is_a_slip(void **state)
{
	static const char many_and_slip[] =
		"Judge Tomas Brennick ruled on Monday. Brennick said the law stands. "
		"Brennick added that appeals may follow. Brenick spoke for an hour. "
		"Brennick left at noon.";
	static const char plain[] = "Judge Tomas Brennick ruled on Monday. Brennick said so.";
	assert_int_equal(spelling_verdict(many_and_slip, plain), VERDICT_PARTIAL);
	static const char one_each[] = "Judge Tomas Brennick ruled on Monday. Brenick said so.";
	assert_int_equal(spelling_verdict(one_each, plain), VERDICT_DISAGREE);
	/* "the Brennicks of the world" is a plural, not a spelling: no
	 * spelling row at all */
	static const char plural[] = "Judge Tomas Brennick ruled on Monday. Brennick said so. "
				     "The Tomas Brennicks of the world must wait.";
	assert_false(has_spelling_row(plural, plain));
	static const char other[] = "Judge Tomas Brenick ruled on Monday. Brenick said so.";
	assert_int_equal(spelling_verdict(other, plain), VERDICT_DISAGREE);
}

/* The rows and verdicts do not depend on the order the reports are given. */
static void order_does_not_matter(void **state)
{
	static char fwd[1 << 16], rev[1 << 16];
	char p[4][4096];
	static const char *const names[] = { "1-northern-ledger.txt", "2-meridian-press.txt",
					     "3-daily-flare.txt", "4-tamsel-valley-notes.txt" };
	for (int i = 0; i < 4; i++) {
		char rel[256];
		snprintf(rel, sizeof rel, "tests/fixtures/story-b/%s", names[i]);
		snprintf(p[i], sizeof p[i], "%s", tree_path(rel));
	}
	char *forward[] = { p[0], p[1], p[2], p[3] }, *backward[] = { p[3], p[2], p[1], p[0] };
	size_t flagged;
	assert_true(rows_of(forward, 4, fwd, sizeof fwd, &flagged));
	assert_true(flagged > 0);
	assert_true(rows_of(backward, 4, rev, sizeof rev, &flagged));
	assert_string_equal(fwd, rev);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(dismissed_count),
		cmocka_unit_test(people_and_their_fates),
		cmocka_unit_test(outlets_and_sources),
		cmocka_unit_test(tracked_journalists),
		cmocka_unit_test(places_outcomes_and_bans),
		cmocka_unit_test(quotations),
		cmocka_unit_test(evidence_is_article_text),
		cmocka_unit_test(second_story),
		cmocka_unit_test(verdict_table),
		cmocka_unit_test(a_report_agrees_with_itself),
		cmocka_unit_test(order_does_not_matter),
		cmocka_unit_test(roles_held_together_do_not_conflict),
		cmocka_unit_test(ex_and_then_are_former),
		cmocka_unit_test(counts_against_bounds),
		cmocka_unit_test(a_short_outlet_name_is_the_full_one),
		cmocka_unit_test(a_one_off_misspelling_is_a_slip),
		cmocka_unit_test(rows_in_strict_order),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
