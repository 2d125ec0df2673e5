/* Unit tests: the pool of threads that reads a story's reports (pool.c),
 * and the comparison it makes, the same bytes whatever the threads
 * (compare_story_threads). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "analyse/compare.h"
#include "base/pool.h"
#include "helpers.h"
#include "load/file.h"
#include "load/story.h"
#include "show/report.h"

#define ITEMS 1000

struct tally {
	unsigned done[ITEMS];    /* times item i was done */
	unsigned by[ITEMS];      /* the worker that did it */
	size_t sum[256];         /* each worker's own: the items it did */
};

static void count(void *ctx, size_t i, unsigned w)
{
	struct tally *t = ctx;
	t->done[i]++;            /* item i's own place */
	t->by[i] = w;
	t->sum[w] += i;          /* worker w's own */
}

/* Each item once, each by a worker below pool_workers, whatever the
 * threads asked for. */
static void each_item_once(void **state)
{
	const unsigned asks[] = { 1, 2, 3, 8, 0 };
	for (size_t a = 0; a < sizeof asks / sizeof *asks; a++) {
		struct tally *t = calloc(1, sizeof *t);
		assert_non_null(t);
		pool_run(ITEMS, asks[a], count, t);
		unsigned nw = pool_workers(ITEMS, asks[a]);
		size_t total = 0;
		for (size_t i = 0; i < ITEMS; i++) {
			assert_int_equal(t->done[i], 1);
			assert_true(t->by[i] < nw);
		}
		for (unsigned w = 0; w < 256; w++) {
			if (w >= nw)
				assert_int_equal(t->sum[w], 0);
			total += t->sum[w];
		}
		assert_int_equal(total, (size_t)ITEMS * (ITEMS - 1) / 2);
		free(t);
	}
}

/* One worker: every item on the calling thread, in order. */
static void one_worker_in_order(void **state)
{
	struct tally *t = calloc(1, sizeof *t);
	assert_non_null(t);
	pool_run(5, 1, count, t);
	for (size_t i = 0; i < 5; i++)
		assert_true(t->done[i] == 1 && t->by[i] == 0);
	pool_run(0, 4, count, t);   /* nothing to do: nothing done */
	assert_int_equal(t->done[0], 1);
	free(t);
}

static void workers_bounded(void **state)
{
	assert_int_equal(pool_workers(0, 4), 1);
	assert_int_equal(pool_workers(3, 8), 3);
	assert_int_equal(pool_workers(100, 2), 2);
	assert_int_equal(pool_workers(10000, 1000), 256);
	assert_true(pool_workers(10000, 0) == (pool_processors() < 10000 ? pool_processors() : 10000));
	assert_true(pool_processors() >= 1 && pool_processors() <= 256);
}

/* The JSON report of c (*len bytes, the caller frees it); c and s are
 * released. */
static char *json_of(struct comparison *c, struct story *s, size_t *len)
{
	char *out = NULL;
	FILE *f = open_memstream(&out, len);
	assert_non_null(f);
	assert_int_equal(report_write(c, REPORT_JSON, f), ND_E_OK);
	fclose(f);
	comparison_release(c);
	story_release(s);
	return out;
}

/* The JSON report of the story at rel, its reports read on threads. */
static char *report_with(const char *rel, unsigned threads, size_t *len)
{
	struct story s;
	struct comparison c;
	char *path = (char *)tree_path(rel);
	assert_int_equal(story_load(&s, &path, 1), ND_E_OK);
	assert_int_equal(compare_story_threads(&s, &c, threads), ND_E_OK);
	assert_int_equal(c.nwork, pool_workers(s.n, threads));
	return json_of(&c, &s, len);
}

/* The same bytes with one thread, two, three and more threads than
 * reports. */
static void same_report_whatever_the_threads(void **state)
{
	const char *stories[] = { "articles/journalists-tracked", "tests/fixtures/story-b" };
	for (size_t k = 0; k < 2; k++) {
		size_t n1, n;
		char *one = report_with(stories[k], 1, &n1);
		assert_true(n1 > 1000);
		const unsigned threads[] = { 2, 3, 64 };
		for (size_t t = 0; t < 3; t++) {
			char *other = report_with(stories[k], threads[t], &n);
			assert_int_equal(n, n1);
			assert_memory_equal(other, one, n);
			free(other);
		}
		free(one);
	}
}

/* The JSON report of 120 reports, each one of the bundled story's five
 * under a name of its own, compared on threads: a larger story, most of
 * its facts in every report. */
static char *many_reports_with(unsigned threads, size_t *len)
{
	static const char *const files[] = { "1-fba-news.txt", "2-afp.txt", "3-the-register.txt",
					     "4-unilad.txt", "5-siliconangle.txt" };
	char *text[5];
	size_t tn[5];
	for (size_t k = 0; k < 5; k++)
		assert_int_equal(file_read(bundled(files[k]), 1 << 20, &text[k], &tn[k]), ND_E_OK);
	struct story s;
	memset(&s, 0, sizeof s);
	for (size_t i = 0; i < 120; i++) {
		char name[64];
		snprintf(name, sizeof name, "copy-%03zu.txt", i);
		assert_int_equal(story_add_page(&s, name, text[i % 5], tn[i % 5], "text/plain", NULL),
				 ND_E_OK);
	}
	for (size_t k = 0; k < 5; k++)
		free(text[k]);
	struct comparison c;
	assert_int_equal(compare_story_threads(&s, &c, threads), ND_E_OK);
	return json_of(&c, &s, len);
}

/* 80 invented reports of one harbour, each giving the same few counts
 * in sentences of its own words, some counts differing: hundreds of
 * claims alike, whose pairs the lining up scores in parts. */
static char *counts_with(unsigned threads, size_t *len)
{
	static const char *const things[] = { "boats", "ferries", "cranes", "berths", "tugs",
					      "barges", "buoys", "moorings" };
	static const char *const verbs[] = { "counted", "reported", "listed", "recorded" };
	struct story s;
	memset(&s, 0, sizeof s);
	for (size_t r = 0; r < 80; r++) {
		char *text = NULL;
		size_t tn = 0;
		FILE *m = open_memstream(&text, &tn);
		assert_non_null(m);
		fprintf(m, "Title: Brenmouth harbour survey, part %zu\n\n", r);
		for (size_t k = 0; k < 24; k++)
			fprintf(m, "The harbour office in Brenmouth %s %zu %s at the north quay on "
				   "Tuesday, a survey by Kim Lund of the board found.\n\n",
				verbs[(r + k) % 4], 10 + k * 7 + (r % 5 == 0 ? 1 : 0), things[k % 8]);
		fclose(m);
		char name[64];
		snprintf(name, sizeof name, "survey-%03zu.txt", r);
		assert_int_equal(story_add_page(&s, name, text, tn, "text/plain", NULL), ND_E_OK);
		free(text);
	}
	struct comparison c;
	assert_int_equal(compare_story_threads(&s, &c, threads), ND_E_OK);
	return json_of(&c, &s, len);
}

static void many_reports_same_whatever_the_threads(void **state)
{
	char *(*const make[])(unsigned, size_t *) = { many_reports_with, counts_with };
	for (size_t m = 0; m < 2; m++) {
		size_t n1, n2, n3;
		char *one = make[m](1, &n1);
		char *two = make[m](2, &n2);
		char *three = make[m](3, &n3);
		assert_true(n1 > 100000);
		assert_int_equal(n2, n1);
		assert_memory_equal(two, one, n1);
		assert_int_equal(n3, n1);
		assert_memory_equal(three, one, n1);
		free(one);
		free(two);
		free(three);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(each_item_once),
		cmocka_unit_test(one_worker_in_order),
		cmocka_unit_test(workers_bounded),
		cmocka_unit_test(same_report_whatever_the_threads),
		cmocka_unit_test(many_reports_same_whatever_the_threads),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
