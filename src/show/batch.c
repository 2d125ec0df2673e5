#include "show/batch.h"

#include <jansson.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analyse/compare.h"
#include "analyse/lexicon.h"
#include "base/text.h"
#include "load/story.h"
#include "show/report.h"

/* One story's line, once a thread has made it. */
struct job {
	char *line;          /* with its newline; NULL: out of memory */
	size_t len;
	char *warnings;      /* lines for the error stream, or NULL */
	size_t wlen;
	bool failed;
	bool done;
};

struct pool {
	char *const *dirs;
	size_t n, next;
	struct job *jobs;
	pthread_mutex_t mu;
	pthread_cond_t done;
};

unsigned batch_processors(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 && n < 1024 ? (unsigned)n : 1;
}

/* {"story": DIR, "error": WHY} and a newline, as an allocated string. */
static char *error_line(const char *dir, const char *why, size_t *len)
{
	json_t *o = json_object();
	if (o) {
		json_t *d = json_string(dir);
		json_object_set_new(o, "story", d ? d : json_string("(a name not in UTF-8)"));
		json_object_set_new(o, "error", json_string(why));
	}
	char *text = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
	json_decref(o);
	if (!text)
		return NULL;
	size_t n = strlen(text);
	char *line = realloc(text, n + 2);
	if (!line) {
		free(text);
		return NULL;
	}
	line[n] = '\n';
	line[n + 1] = '\0';
	*len = n + 1;
	return line;
}

/* Load, compare and write the story of dir into j. */
static void run_one(const char *dir, struct job *j)
{
	struct story s;
	char *path = (char *)dir;
	/* each story is a directory: a file (or anything else) named here
	 * is an error line, not a story of one report */
	struct stat st;
	if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode)) {
		j->line = error_line(dir, "not a directory", &j->len);
		j->failed = true;
		FILE *w = open_memstream(&j->warnings, &j->wlen);
		if (w) {
			text_say(w, dir, "not a directory");
			fclose(w);
		}
		return;
	}
	enum nd_err err = story_load(&s, &path, 1);
	FILE *w = open_memstream(&j->warnings, &j->wlen);
	for (size_t i = 0; w && i < s.nerr; i++)
		text_say(w, s.errs[i].source,
		    s.errs[i].detail ? s.errs[i].detail : nd_strerror(s.errs[i].err));
	const char *why = NULL;
	if (s.n == 0)
		why = err ? nd_strerror(err) : "no report in it";
	struct comparison c;
	enum nd_err cerr = why ? ND_E_OK : compare_story(&s, &c);
	if (!why && cerr)
		why = nd_strerror(cerr);
	else if (!why) {
		FILE *f = open_memstream(&j->line, &j->len);
		if (!f || report_write(&c, REPORT_JSONL, f) != ND_E_OK)
			why = nd_strerror(ND_E_NOMEM);
		if (f)
			fclose(f);
		comparison_release(&c);
	}
	if (why) {
		free(j->line);
		j->line = error_line(dir, why, &j->len);
		j->failed = true;
		if (w && s.nerr == 0)   /* else said above */
			text_say(w, dir, why);
	}
	if (w)
		fclose(w);
	story_release(&s);
}

static void *worker(void *arg)
{
	struct pool *p = arg;
	for (;;) {
		pthread_mutex_lock(&p->mu);
		size_t i = p->next < p->n ? p->next++ : p->n;
		pthread_mutex_unlock(&p->mu);
		if (i >= p->n)
			return NULL;
		run_one(p->dirs[i], &p->jobs[i]);
		pthread_mutex_lock(&p->mu);
		p->jobs[i].done = true;
		pthread_cond_broadcast(&p->done);
		pthread_mutex_unlock(&p->mu);
	}
}

enum nd_err batch_run(char *const *dirs, size_t n, unsigned jobs, FILE *out, FILE *errs,
		      size_t *failed)
{
	*failed = 0;
	if (n == 0)
		return ND_E_OK;
	/* what the threads share, made ready before they start: the word
	 * tables, and jansson's hash seed (its documented rule for threads) */
	lex_prepare();
	json_object_seed(0);
	struct pool p = { .dirs = dirs, .n = n };
	p.jobs = calloc(n, sizeof *p.jobs);
	if (!p.jobs)
		return ND_E_NOMEM;
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.done, NULL);
	unsigned nt = jobs ? jobs : batch_processors();
	if (nt > n)
		nt = (unsigned)n;
	pthread_t *th = calloc(nt, sizeof *th);
	unsigned started = 0;
	for (unsigned k = 0; th && k < nt; k++)
		if (pthread_create(&th[k], NULL, worker, &p) == 0)
			started++;
	/* no thread at all: this one does the work */
	if (started == 0)
		worker(&p);
	enum nd_err err = ND_E_OK;
	for (size_t i = 0; i < n; i++) {
		pthread_mutex_lock(&p.mu);
		while (!p.jobs[i].done)
			pthread_cond_wait(&p.done, &p.mu);
		pthread_mutex_unlock(&p.mu);
		struct job *j = &p.jobs[i];
		if (j->wlen && errs)
			fwrite(j->warnings, 1, j->wlen, errs);
		*failed += j->failed;
		if (!j->line && !err)
			err = ND_E_NOMEM;
		if (j->line && !err && fwrite(j->line, 1, j->len, out) != j->len)
			err = ND_E_WRITE;
		free(j->line);
		free(j->warnings);
		j->line = j->warnings = NULL;
	}
	for (unsigned k = 0; k < started; k++)
		pthread_join(th[k], NULL);
	free(th);
	pthread_cond_destroy(&p.done);
	pthread_mutex_destroy(&p.mu);
	free(p.jobs);
	if (!err && (fflush(out) != 0 || ferror(out)))
		err = ND_E_WRITE;
	return err;
}
