/*
 * bench/analysis.c - how long the fact analysis takes (sentences, facts,
 * alignment: compare_story) on the bundled story, and on generated sets of
 * reports of growing size, with peak memory.  Prints figures; never fails
 * on slowness.
 *
 * The generated reports are made from the bundled story and the invented
 * story of tests/fixtures/story-b: each is one of those texts under an
 * outlet name of its own, with some paragraphs left out at random (a
 * fixed seed), so that rows have many cells that differ.
 *
 * Usage: build/bench-analysis SOURCE_TREE
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "analyse/compare.h"
#include "load/story.h"

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *p = malloc((size_t)n + 1);
	if (p && fread(p, 1, (size_t)n, f) != (size_t)n) {
		free(p);
		p = NULL;
	}
	fclose(f);
	if (p) {
		p[n] = '\0';
		*len = (size_t)n;
	}
	return p;
}

/* Write n reports into dir. */
static int generate(const char *top, const char *dir, int n)
{
	static const char *const src[] = {
		"articles/journalists-tracked/1-fba-news.txt",
		"articles/journalists-tracked/2-afp.txt",
		"articles/journalists-tracked/3-the-register.txt",
		"articles/journalists-tracked/4-unilad.txt",
		"articles/journalists-tracked/5-siliconangle.txt",
		"tests/fixtures/story-b/1-northern-ledger.txt",
		"tests/fixtures/story-b/2-meridian-press.txt",
		"tests/fixtures/story-b/3-daily-flare.txt",
		"tests/fixtures/story-b/4-tamsel-valley-notes.txt",
	};
	char *text[9];
	size_t len[9];
	for (int i = 0; i < 9; i++) {
		char p[PATH_MAX];
		snprintf(p, sizeof p, "%s/%s", top, src[i]);
		text[i] = slurp(p, &len[i]);
		if (!text[i]) {
			fprintf(stderr, "bench-analysis: %s: %s\n", p, strerror(errno));
			return -1;
		}
	}
	unsigned seed = 12345;
	for (int k = 0; k < n; k++) {
		char p[PATH_MAX];
		snprintf(p, sizeof p, "%s/r%04d.txt", dir, k);
		FILE *f = fopen(p, "w");
		if (!f)
			return -1;
		int s = k % 9;
		fprintf(f, "Outlet: Outlet %04d\nTitle: Report %d\nDate: 2024-01-%02d\n\n", k, k, 1 + k % 28);
		/* the text after its own header, keeping about 4 paragraphs in 5 */
		const char *body = strstr(text[s], "\n\n");
		body = body ? body + 2 : text[s];
		const char *q = body;
		while (*q) {
			const char *e = strchr(q, '\n');
			size_t l = e ? (size_t)(e - q) + 1 : strlen(q);
			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % 5 != 0 || l < 2)
				fwrite(q, 1, l, f);
			q += l;
		}
		fclose(f);
	}
	for (int i = 0; i < 9; i++)
		free(text[i]);
	return 0;
}

static void remove_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		char p[PATH_MAX];
		snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
		unlink(p);
	}
	closedir(d);
	rmdir(dir);
}

/* Median ms of compare_story over runs; rows and arena bytes of the last. */
static double time_compare(const struct story *s, int runs, size_t *rows, size_t *bytes)
{
	double t[64];
	for (int r = 0; r < runs; r++) {
		struct comparison c;
		double t0 = now_ms();
		if (compare_story(s, &c) != ND_E_OK) {
			fprintf(stderr, "bench-analysis: comparison failed\n");
			exit(1);
		}
		t[r] = now_ms() - t0;
		*rows = c.nrows;
		*bytes = c.arena.total;
		comparison_release(&c);
	}
	qsort(t, (size_t)runs, sizeof t[0], cmp_double);
	return t[runs / 2];
}

static double peak_mb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss / 1024.0;
}

int main(int argc, char **argv)
{
	const char *top = argc > 1 ? argv[1] : ".";
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/articles/journalists-tracked", top);
	char *paths[1] = { path };
	struct story s;
	if (story_load(&s, paths, 1) != ND_E_OK) {
		fprintf(stderr, "bench-analysis: cannot load %s\n", path);
		return 1;
	}
	size_t rows, bytes;
	/* warm up, then the median of 21 */
	time_compare(&s, 3, &rows, &bytes);
	double ms = time_compare(&s, 21, &rows, &bytes);
	printf("analysis of the bundled story (5 reports): median %.2f ms of 21 runs, %zu rows, "
	       "%.1f MB of facts and rows\n", ms, rows, bytes / 1048576.0);
	printf("target: under 5 ms: %s\n", ms < 5 ? "met" : "NOT met");
	story_release(&s);

	static const int sizes[] = { 125, 250, 500, 1000 };
	double per[4];
	printf("\nanalysis of generated reports (compare_story in this process; loading not\n"
	       "timed): median of 3 runs; peak RSS is this process's ru_maxrss after the size\n");
	printf("%8s %10s %8s %12s %12s %14s\n", "reports", "ms", "rows", "arena MB", "peak RSS MB",
	       "ms/(n log2 n)");
	double ms500 = 0, peak500 = 0, ms1000 = 0, peak1000 = 0;
	for (int k = 0; k < 4; k++) {
		char dir[] = "/tmp/newsdiff-bench-XXXXXX";
		if (!mkdtemp(dir) || generate(top, dir, sizes[k]) != 0) {
			fprintf(stderr, "bench-analysis: cannot generate reports\n");
			return 1;
		}
		char *dp[1] = { dir };
		struct story g;
		/* up to the story limit per load: load in one go when it fits */
		enum nd_err err = story_load(&g, dp, 1);
		if (err || g.nerr) {
			fprintf(stderr, "bench-analysis: %d of %d reports could not be loaded (limit %d)\n",
				(int)g.nerr, sizes[k], ND_MAX_REPORTS);
		}
		double t = time_compare(&g, 3, &rows, &bytes);
		double n = (double)g.n;
		per[k] = t / (n * log2(n));
		double peak = peak_mb();
		printf("%8zu %10.1f %8zu %12.1f %12.1f %14.5f\n", g.n, t, rows, bytes / 1048576.0,
		       peak, per[k]);
		if (sizes[k] == 500) {
			ms500 = t;
			peak500 = peak;
		} else if (sizes[k] == 1000) {
			ms1000 = t;
			peak1000 = peak;
		}
		story_release(&g);
		remove_dir(dir);
	}
	printf("500 reports: analysis %.0f ms, peak memory %.1f MB\n", ms500, peak500);
	printf("1000 reports: analysis %.0f ms, peak memory %.1f MB\n", ms1000, peak1000);
	printf("target: 500 reports under 1 s: %s (%.0f ms); under 300 MB: %s\n",
	       ms500 < 1000 ? "met" : "NOT met", ms500, peak500 < 300 ? "met" : "NOT met");
	printf("growth: time per n log n from 125 to 1000 reports changes by a factor %.2f "
	       "(near 1 or below: no faster than n log n)\n", per[3] / per[0]);
	return 0;
}
