/*
 * Allocation failure, one allocation at a time: load a story, compare it
 * and write its reports with the Nth allocation made by newsdiff's own
 * code failing, for N = 1, 2, 3 ... until a run makes no more allocations
 * than N.  Every run must end either in success or in a clean error
 * (ND_E_NOMEM, or a load error the story records), with nothing left
 * allocated after the story and the comparison are released.  A run that
 * succeeds must give the reports of the run without failures, byte for
 * byte: a failure swallowed in the analysis (a note or a row quietly
 * left out) shows there.
 *
 * Three stories: the bundled one (plain-text reports) and two of web pages
 * (tests/fixtures/html and tests/fixtures/html-story: charsets, JSON-LD
 * bodies of text and of HTML, itemprop bodies, boxes to leave out), so
 * that the page reader's allocations fail too.  libcurl and libxml2 are opened with dlopen() and jansson is a
 * library: newsdiff's objects are linked with -Wl,--wrap for malloc,
 * calloc, realloc, strdup, strndup and free, so only their calls are
 * counted (libc's and the libraries' own allocations are not touched).
 *
 * Usage: alloc_fail SOURCE_TREE [MAX_N]; prints an "ok - ..." line a story.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/compare.h"
#include "show/report.h"
#include "load/story.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);
void __real_free(void *p);

void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);
void __wrap_free(void *p);

static long calls, fail_at = -1, live;

/* The blocks newsdiff's code holds: an open-addressing set of pointers,
 * so that a block allocated inside a library (and freed by newsdiff) is
 * not counted. */
#define SET_SIZE (1u << 20)
static void *held[SET_SIZE];

static size_t slot(void *p)
{
	return ((uintptr_t)p >> 4) * 2654435761u % SET_SIZE;
}

static void hold(void *p)
{
	if (!p)
		return;
	size_t i = slot(p);
	while (held[i] && held[i] != (void *)1)
		i = (i + 1) % SET_SIZE;
	held[i] = p;
	live++;
}

static bool let_go(void *p)
{
	if (!p)
		return false;
	for (size_t i = slot(p); held[i]; i = (i + 1) % SET_SIZE)
		if (held[i] == p) {
			held[i] = (void *)1; /* a tombstone */
			live--;
			return true;
		}
	return false;
}

static bool fail_now(void)
{
	return ++calls == fail_at;
}

void *__wrap_malloc(size_t n)
{
	if (fail_now())
		return NULL;
	void *p = __real_malloc(n);
	hold(p);
	return p;
}

void *__wrap_calloc(size_t n, size_t m)
{
	if (fail_now())
		return NULL;
	void *p = __real_calloc(n, m);
	hold(p);
	return p;
}

void *__wrap_realloc(void *p, size_t n)
{
	if (fail_now())
		return NULL;
	bool mine = let_go(p);
	void *q = __real_realloc(p, n);
	if (q && (mine || !p))
		hold(q);
	else if (!q && mine)
		hold(p);
	return q;
}

char *__wrap_strdup(const char *s)
{
	if (fail_now())
		return NULL;
	char *p = __real_strdup(s);
	hold(p);
	return p;
}

char *__wrap_strndup(const char *s, size_t n)
{
	if (fail_now())
		return NULL;
	char *p = __real_strndup(s, n);
	hold(p);
	return p;
}

void __wrap_free(void *p)
{
	let_go(p);
	__real_free(p);
}

/* FNV-1a over s (NULL hashes as a marker of its own). */
static uint64_t hash_str(uint64_t h, const char *s)
{
	if (!s)
		return (h ^ 0xFFu) * 1099511628211u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return (h ^ 0u) * 1099511628211u;
}

/* What a story loaded: every field and text of its reports, and what
 * failed or was warned about.  A run that fails an allocation and yet
 * loads must load exactly this: a failure swallowed on the way would
 * show as a field or paragraph missing. */
static uint64_t story_print(const struct story *s)
{
	uint64_t h = 14695981039346656037u;
	for (size_t i = 0; i < s->n; i++) {
		const struct article *a = &s->arts[i];
		const char *fields[] = { a->source, a->outlet, a->title, a->date, a->url, a->author,
					 a->text };
		for (size_t f = 0; f < sizeof fields / sizeof fields[0]; f++)
			h = hash_str(h, fields[f]);
		h = (h ^ a->npara) * 1099511628211u;
	}
	for (size_t i = 0; i < s->nerr; i++)
		h = (hash_str(h, s->errs[i].source) ^ (uint64_t)s->errs[i].err) * 1099511628211u;
	for (size_t i = 0; i < s->nwarn; i++)
		h = hash_str(h, s->warns[i].source);
	return h;
}

/* The JSON, text and HTML reports of c, hashed; ND_E_* on failure. */
static enum nd_err report_print(const struct comparison *c, uint64_t *print)
{
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len); /* libc's memory: not counted */
	if (!mem)
		return ND_E_NOMEM;
	enum nd_err err = report_write(c, REPORT_JSON, mem);
	if (!err)
		err = report_write(c, REPORT_TEXT, mem);
	if (!err)
		err = report_write(c, REPORT_HTML, mem);
	if (fclose(mem) != 0 && !err)
		err = ND_E_WRITE;
	*print = err ? 0 : hash_str(14695981039346656037u, text);
	__real_free(text);
	return err;
}

/* One run; returns its result and the allocations it made.  *print is
 * the story_print of what loaded, 0 when loading failed; *rprint the
 * report_print of a run that succeeded, else 0. */
static enum nd_err run(const char *dir, long *made, long *left, uint64_t *print,
		       uint64_t *rprint)
{
	*rprint = 0;
	calls = 0;
	live = 0;
	memset(held, 0, sizeof held);
	char *paths[1] = { (char *)dir };
	struct story s;
	enum nd_err err = story_load(&s, paths, 1);
	*print = err ? 0 : story_print(&s);
	if (!err) {
		struct comparison c;
		err = compare_story(&s, &c);
		if (!err) {
			err = report_print(&c, rprint);
			comparison_release(&c);
		}
	}
	story_release(&s);
	*made = calls;
	*left = live;
	return err;
}

static bool clean_error(enum nd_err err)
{
	return err == ND_E_OK || err == ND_E_NOMEM || err == ND_E_NO_TEXT || err == ND_E_WRITE ||
	       err == ND_E_NOENT || err == ND_E_NO_REPORTS;
}

/* Fail each allocation of the story in top/rel once (up to max runs);
 * prints one line, returns how many runs went wrong. */
static int fail_each(const char *top, const char *rel, long max)
{
	char dir[4096];
	snprintf(dir, sizeof dir, "%s/%s", top, rel);
	long made, left;
	uint64_t want, got, rwant, rgot;
	fail_at = -1;
	if (run(dir, &made, &left, &want, &rwant) != ND_E_OK || left != 0) {
		printf("not ok - alloc %s: the run without failures fails or leaks (%ld left)\n", rel,
		       left);
		return 1;
	}
	long total = made;
	int bad = 0;
	long tried = 0;
	for (long n = 1; n <= total && n <= max; n++) {
		fail_at = n;
		enum nd_err err = run(dir, &made, &left, &got, &rgot);
		tried++;
		if (!clean_error(err) || left != 0) {
			printf("not ok - alloc %s: failing allocation %ld of %ld: %s, %ld blocks left\n",
			       rel, n, total, nd_strerror(err), left);
			bad++;
		} else if (got && got != want) {
			printf("not ok - alloc %s: failing allocation %ld of %ld loads a different story\n",
			       rel, n, total);
			bad++;
		} else if (err == ND_E_OK && rgot != rwant) {
			printf("not ok - alloc %s: failing allocation %ld of %ld succeeds with other reports\n",
			       rel, n, total);
			bad++;
		}
		if (bad > 10)
			break;
	}
	if (!bad)
		printf("ok - alloc %s: %ld runs, failing one of %ld allocations each: clean errors, nothing left, nothing lost, the same reports\n",
		       rel, tried, total);
	return bad;
}

int main(int argc, char **argv)
{
	const char *top = argc > 1 ? argv[1] : ".";
	long max = argc > 2 ? atol(argv[2]) : 1000000;
	int bad = fail_each(top, "articles/journalists-tracked", max);
	bad += fail_each(top, "tests/fixtures/html", max);
	bad += fail_each(top, "tests/fixtures/html-story", max);
	return bad ? 1 : 0;
}
