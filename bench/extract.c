/*
 * bench/extract.c - article extraction over a directory of pages: writes
 * the predicted bodies as JSON for score.py and prints the speed.
 *
 * usage: bench-extract DIR PREDICTIONS.json
 *
 * Every DIR/NAME.html is read into memory first; then html_extract runs
 * over all of them three times on one core and the median pass gives
 * pages per second and MB/s (only the extraction is timed).  Then, on a
 * machine of several processors, as many threads as processors share
 * three more passes (each takes the next page not yet taken), and the
 * median pass's wall time gives their pages per second.  The output
 * maps NAME to {"articleBody": the body paragraphs joined by "\n"}.
 */
#include <dirent.h>
#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "load/html.h"

#define PASSES 3

struct page {
	char *name; /* file name without .html */
	char *bytes;
	size_t n;
};

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct page *)a)->name, ((const struct page *)b)->name);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static char *read_file(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, len = 0;
	char *p = malloc(cap);
	while (p) {
		size_t k = fread(p + len, 1, cap - len, f);
		len += k;
		if (len < cap)
			break;
		char *q = realloc(p, cap * 2);
		if (!q) {
			free(p);
			p = NULL;
			break;
		}
		p = q;
		cap *= 2;
	}
	fclose(f);
	*n = len;
	return p;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The body with paragraphs joined by one newline, as the benchmark has them. */
static char *single_newlines(const char *body)
{
	size_t n = strlen(body);
	char *out = malloc(n + 1);
	if (!out)
		return NULL;
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		if (body[i] == '\n' && o && out[o - 1] == '\n')
			continue;
		out[o++] = body[i];
	}
	out[o] = '\0';
	return out;
}

/* Pages shared by threads: each takes the next one not yet taken. */
struct shared {
	const struct page *pages;
	size_t np;
	atomic_size_t next;
};

static void *extract_some(void *arg)
{
	struct shared *sh = arg;
	for (size_t i; (i = atomic_fetch_add(&sh->next, 1)) < sh->np;) {
		struct html_doc doc;
		if (html_extract(sh->pages[i].bytes, sh->pages[i].n, NULL, NULL, &doc) == ND_E_OK)
			html_doc_release(&doc);
	}
	return NULL;
}

/* Wall time of one pass over all pages with nthreads threads. */
static double threaded_pass(const struct page *pages, size_t np, int nthreads)
{
	struct shared sh = { pages, np, 0 };
	pthread_t th[64];
	int started = 0;
	double t0 = now();
	for (int k = 0; k < nthreads && k < 64; k++)
		if (pthread_create(&th[started], NULL, extract_some, &sh) == 0)
			started++;
	extract_some(&sh); /* (this thread too, should any fail to start) */
	for (int k = 0; k < started; k++)
		pthread_join(th[k], NULL);
	return now() - t0;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s DIR PREDICTIONS.json\n", argv[0]);
		return 2;
	}
	DIR *d = opendir(argv[1]);
	if (!d) {
		perror(argv[1]);
		return 1;
	}
	struct page *pages = NULL;
	size_t np = 0, cap = 0, total = 0;
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name);
		if (len <= 5 || strcmp(de->d_name + len - 5, ".html") != 0)
			continue;
		if (np == cap) {
			cap = cap ? cap * 2 : 256;
			struct page *v = realloc(pages, cap * sizeof *v);
			if (!v)
				return 1;
			pages = v;
		}
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", argv[1], de->d_name);
		struct page *p = &pages[np];
		p->bytes = read_file(path, &p->n);
		p->name = strndup(de->d_name, len - 5);
		if (!p->bytes || !p->name) {
			fprintf(stderr, "%s: cannot read\n", path);
			return 1;
		}
		total += p->n;
		np++;
	}
	closedir(d);
	if (np == 0) {
		fprintf(stderr, "%s: no .html files\n", argv[1]);
		return 1;
	}
	qsort(pages, np, sizeof *pages, by_name);

	json_t *preds = json_object();
	double times[PASSES];
	size_t failed = 0, methods[3] = { 0 };
	for (int pass = 0; pass < PASSES; pass++) {
		double t = 0;
		for (size_t i = 0; i < np; i++) {
			struct html_doc doc;
			double t0 = now();
			enum nd_err e = html_extract(pages[i].bytes, pages[i].n, NULL, NULL, &doc);
			t += now() - t0;
			if (pass > 0) {
				html_doc_release(&doc);
				continue;
			}
			if (e != ND_E_OK) {
				fprintf(stderr, "%s: %s\n", pages[i].name, nd_strerror(e));
				failed++;
				continue;
			}
			methods[doc.method[0] == 'j' ? 0 : doc.method[0] == 'i' ? 1 : 2]++;
			char *body = single_newlines(doc.body);
			json_t *o = json_object();
			json_object_set_new(o, "articleBody", json_string(body ? body : ""));
			json_object_set_new(preds, pages[i].name, o);
			free(body);
			html_doc_release(&doc);
		}
		times[pass] = t;
	}
	if (json_dump_file(preds, argv[2], JSON_INDENT(1) | JSON_SORT_KEYS) != 0) {
		fprintf(stderr, "%s: cannot write\n", argv[2]);
		return 1;
	}
	json_decref(preds);
	qsort(times, PASSES, sizeof times[0], cmp_double);
	double med = times[PASSES / 2];
	printf("newsdiff: %zu pages, %.1f MB, %.3f s (median of %d passes): "
	       "%.1f pages/s, %.1f MB/s; bodies from json-ld %zu, itemprop %zu, dom %zu",
	       np, (double)total / 1e6, med, PASSES, (double)np / med, (double)total / 1e6 / med,
	       methods[0], methods[1], methods[2]);
	if (failed)
		printf("; %zu failed", failed);
	printf("\n");
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	if (cpus > 1) {
		int nt = cpus > 64 ? 64 : (int)cpus;
		for (int pass = 0; pass < PASSES; pass++)
			times[pass] = threaded_pass(pages, np, nt);
		qsort(times, PASSES, sizeof times[0], cmp_double);
		printf("newsdiff with %d threads (one a processor): %.3f s (median of %d passes): "
		       "%.1f pages a second\n",
		       nt, times[PASSES / 2], PASSES, (double)np / times[PASSES / 2]);
	}
	for (size_t i = 0; i < np; i++) {
		free(pages[i].name);
		free(pages[i].bytes);
	}
	free(pages);
	return failed ? 1 : 0;
}
