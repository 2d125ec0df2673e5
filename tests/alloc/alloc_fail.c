/*
 * Allocation failure, one allocation at a time: load the bundled story and
 * compare it with the Nth allocation made by newsdiff's own code failing,
 * for N = 1, 2, 3 ... until a run makes no more allocations than N.  Every
 * run must end either in success or in ND_E_NOMEM, with nothing left
 * allocated after the story and the comparison are released.
 *
 * newsdiff's objects are linked with -Wl,--wrap for malloc, calloc,
 * realloc, strdup, strndup and free, so only their calls are counted
 * (libc's and the libraries' own allocations are not touched).
 *
 * Usage: alloc_fail SOURCE_TREE [MAX_N]; prints "ok - ..." lines.
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

/* One run; returns its result and the allocations it made. */
static enum nd_err run(const char *dir, long *made, long *left)
{
	calls = 0;
	live = 0;
	memset(held, 0, sizeof held);
	char *paths[1] = { (char *)dir };
	struct story s;
	enum nd_err err = story_load(&s, paths, 1);
	if (!err) {
		struct comparison c;
		err = compare_story(&s, &c);
		if (!err) {
			FILE *nul = fopen("/dev/null", "w");
			err = report_write(&c, REPORT_JSON, nul);
			if (!err)
				err = report_write(&c, REPORT_TEXT, nul);
			fclose(nul);
			comparison_release(&c);
		}
	}
	story_release(&s);
	*made = calls;
	*left = live;
	return err;
}

int main(int argc, char **argv)
{
	char dir[4096];
	snprintf(dir, sizeof dir, "%s/articles/journalists-tracked", argc > 1 ? argv[1] : ".");
	long max = argc > 2 ? atol(argv[2]) : 1000000;
	long made, left;
	fail_at = -1;
	if (run(dir, &made, &left) != ND_E_OK || left != 0) {
		printf("not ok - alloc: the run without failures fails or leaks (%ld left)\n", left);
		return 1;
	}
	long total = made;
	/* Every allocation, one run each. */
	int bad = 0;
	long tried = 0;
	for (long n = 1; n <= total && n <= max; n++) {
		fail_at = n;
		enum nd_err err = run(dir, &made, &left);
		tried++;
		bool clean = (err == ND_E_OK || err == ND_E_NOMEM || err == ND_E_NO_TEXT ||
			      err == ND_E_WRITE || err == ND_E_NOENT || err == ND_E_NO_REPORTS) && left == 0;
		if (!clean) {
			printf("not ok - alloc: failing allocation %ld of %ld: %s, %ld blocks left\n", n,
			       total, nd_strerror(err), left);
			if (++bad > 10)
				break;
		}
	}
	if (!bad)
		printf("ok - alloc: %ld runs, failing one of %ld allocations each: clean errors, nothing left\n",
		       tried, total);
	return bad ? 1 : 0;
}
