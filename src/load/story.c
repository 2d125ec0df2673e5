#include "load/story.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/pool.h"
#include "base/vec.h"
#include "load/file.h"
#include "load/html.h"
#include "load/page.h"

#ifndef ND_DATADIR
#define ND_DATADIR "/usr/local/share/newsdiff"
#endif

static enum nd_err add_to(struct story_error **v, size_t *n, size_t *cap, const char *source,
			  enum nd_err err, const char *detail)
{
	struct story_error *nv = vec_reserve(*v, cap, *n + 1, sizeof *nv);
	if (!nv)
		return ND_E_NOMEM;
	*v = nv;
	nv[*n].source = strdup(source);
	nv[*n].err = err;
	nv[*n].detail = detail ? strdup(detail) : NULL;
	if (!nv[*n].source || (detail && !nv[*n].detail)) {
		free(nv[*n].source);
		free(nv[*n].detail);
		return ND_E_NOMEM;
	}
	(*n)++;
	return ND_E_OK;
}

enum nd_err story_add_error(struct story *s, const char *source, enum nd_err err,
			    const char *detail)
{
	return add_to(&s->errs, &s->nerr, &s->cap_errs, source, err, detail);
}

static enum nd_err add_error(struct story *s, const char *source, enum nd_err err)
{
	return story_add_error(s, source, err, NULL);
}

/* Record that source failed with err; only running out of memory stops. */
static enum nd_err failed(struct story *s, const char *source, enum nd_err err)
{
	enum nd_err e2 = add_error(s, source, err);
	return err == ND_E_NOMEM ? err : e2;
}

/* Take a into the story (it is released if memory runs out). */
static enum nd_err add_article(struct story *s, struct article *a)
{
	struct article *v = vec_reserve(s->arts, &s->cap_arts, s->n + 1, sizeof *v);
	if (!v) {
		article_release(a);
		return ND_E_NOMEM;
	}
	s->arts = v;
	v[s->n++] = *a;
	return ND_E_OK;
}

/* A web page becomes an article from the metadata and the body the
 * extractor found. */
static enum nd_err add_html(struct story *s, const char *source, const char *bytes, size_t n,
			    const char *charset, const char *url)
{
	struct html_doc d;
	enum nd_err err = html_extract(bytes, n, charset, url, &d);
	if (err)
		return failed(s, source, err);
	if (!d.body || d.body_len == 0) {
		html_doc_release(&d);
		return add_error(s, source, ND_E_NOT_ARTICLE);
	}
	struct article_parts parts = {
		.source = source, .outlet = d.outlet, .title = d.title, .date = d.date,
		.url = d.url && *d.url ? d.url : url, .author = d.author,
		.body = d.body, .body_len = d.body_len,
	};
	struct article a;
	err = article_from_parts(&parts, &a);
	bool short_body = d.short_body;
	html_doc_release(&d);
	if (err)
		return failed(s, source, err);
	if (short_body && add_to(&s->warns, &s->nwarn, &s->cap_warns, source, ND_E_OK,
				 "the article found on this page is suspiciously short") != ND_E_OK) {
		article_release(&a);
		return ND_E_NOMEM;
	}
	return add_article(s, &a);
}

enum nd_err story_add_page(struct story *s, const char *source, const char *bytes, size_t n,
			   const char *content_type, const char *url)
{
	if (s->n >= ND_MAX_REPORTS)
		return add_error(s, source, ND_E_TOO_MANY);
	if (page_is_html(content_type, bytes, n)) {
		char cs[64];
		page_charset(content_type, cs, sizeof cs);
		return add_html(s, source, bytes, n, cs[0] ? cs : NULL, url);
	}
	struct article a;
	enum nd_err err = article_parse(bytes, n, source, &a);
	if (err)
		return failed(s, source, err);
	return add_article(s, &a);
}

/* Load one file; a failure is recorded, only running out of memory stops. */
static enum nd_err add_file(struct story *s, const char *path)
{
	if (s->n >= ND_MAX_REPORTS)
		return add_error(s, path, ND_E_TOO_MANY);
	char *bytes;
	size_t n;
	enum nd_err err = file_read(path, ND_MAX_FILE_BYTES, &bytes, &n);
	if (err)
		return failed(s, path, err);
	err = page_file_is_html(path, bytes, n)
		      ? add_html(s, path, bytes, n, NULL, NULL)
		      : story_add_page(s, path, bytes, n, "text/plain", NULL);
	free(bytes);
	return err;
}

/* ---- files loaded side by side ------------------------------------------ */

struct loading {
	char *const *paths;
	struct story *sub;       /* what each file gave, alone */
	enum nd_err *err;
};

static void load_one(void *ctx, size_t i, unsigned w)
{
	struct loading *l = ctx;
	l->err[i] = add_file(&l->sub[i], l->paths[i]);
}

static enum nd_err move_errors(struct story_error **v, size_t *n, size_t *cap,
			       struct story_error *from, size_t nfrom)
{
	struct story_error *nv = vec_reserve(*v, cap, *n + nfrom, sizeof *nv);
	if (!nv)
		return ND_E_NOMEM;
	*v = nv;
	if (nfrom)
		memcpy(nv + *n, from, nfrom * sizeof *from);
	*n += nfrom;
	return ND_E_OK;
}

/* Move what sub loaded from path into s, after what s holds, as
 * add_file(s, path) would have added it; sub is released. */
static enum nd_err take_from(struct story *s, struct story *sub, const char *path)
{
	if (s->n >= ND_MAX_REPORTS) {
		story_release(sub);
		return add_error(s, path, ND_E_TOO_MANY);
	}
	enum nd_err err = ND_E_OK;
	if (move_errors(&s->errs, &s->nerr, &s->cap_errs, sub->errs, sub->nerr) == ND_E_OK)
		sub->nerr = 0;
	else
		err = ND_E_NOMEM;
	if (!err && move_errors(&s->warns, &s->nwarn, &s->cap_warns, sub->warns, sub->nwarn) == ND_E_OK)
		sub->nwarn = 0;
	else
		err = ND_E_NOMEM;
	size_t k = 0, narts = sub->n;
	for (; k < narts && !err; k++)
		err = add_article(s, &sub->arts[k]);   /* released if it fails */
	for (; k < narts; k++)
		article_release(&sub->arts[k]);
	sub->n = 0;
	story_release(sub);
	return err;
}

/* One loading thread for every FILES_PER_THREAD files at most.  A thread
 * costs about as much as loading a handful of small reports (its stack,
 * its malloc arena's first pages, starting and joining it: some 0.5 ms
 * on a virtual machine where one report of 3 KB loads in 0.15), so a
 * few reports (the bundled story's five) load on the calling thread. */
#define FILES_PER_THREAD 8

/* add_file for each of paths[0..n), in order; on up to s->threads
 * threads (one for every FILES_PER_THREAD files) when that is more than
 * one, each file into a story of its own first. */
static enum nd_err add_files(struct story *s, char *const *paths, size_t n)
{
	enum nd_err err = ND_E_OK;
	size_t threads = (n + FILES_PER_THREAD - 1) / FILES_PER_THREAD;
	if (threads > 1 && s->threads == STORY_THREADS_AUTO)
		s->threads = pool_processors();
	if (threads > s->threads)
		threads = s->threads;
	if (threads <= 1) {
		for (size_t i = 0; i < n && !err; i++)
			err = add_file(s, paths[i]);
		return err;
	}
	struct loading l = { paths, calloc(n, sizeof *l.sub), calloc(n, sizeof *l.err) };
	if (!l.sub || !l.err) {
		free(l.sub);
		free(l.err);
		return ND_E_NOMEM;
	}
	pool_run(n, (unsigned)threads, load_one, &l);
	for (size_t i = 0; i < n; i++) {
		if (!err && l.err[i] == ND_E_NOMEM)
			err = ND_E_NOMEM;
		if (!err)
			err = take_from(s, &l.sub[i], paths[i]);
		else
			story_release(&l.sub[i]);
	}
	free(l.sub);
	free(l.err);
	return err;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_report_name(const char *name)
{
	return name[0] != '.' && page_report_name(name);
}

static enum nd_err add_dir(struct story *s, const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return add_error(s, dir, nd_err_from_errno(errno));
	char **names = NULL;
	size_t n = 0, cap = 0;
	enum nd_err err = ND_E_OK;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!is_report_name(e->d_name))
			continue;
		char **v = vec_reserve(names, &cap, n + 1, sizeof *v);
		if (!v) {
			err = ND_E_NOMEM;
			break;
		}
		names = v;
		size_t len = strlen(dir) + strlen(e->d_name) + 2;
		names[n] = malloc(len);
		if (!names[n]) {
			err = ND_E_NOMEM;
			break;
		}
		snprintf(names[n], len, "%s%s%s", dir,
			 dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
		n++;
	}
	closedir(d);
	if (!err && n == 0)
		err = add_error(s, dir, ND_E_NO_REPORTS);
	if (!err && n > 0) {
		qsort(names, n, sizeof *names, cmp_str);
		err = add_files(s, names, n);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return err;
}

enum nd_err story_add_path(struct story *s, const char *path)
{
	struct stat st;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return add_dir(s, path);
	return add_file(s, path);
}

static bool is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

enum nd_err story_add_paths(struct story *s, char *const *paths, size_t n)
{
	enum nd_err err = ND_E_OK;
	for (size_t i = 0; i < n && !err;) {
		if (is_dir(paths[i])) {
			err = add_dir(s, paths[i++]);
			continue;
		}
		size_t j = i + 1;
		while (j < n && !is_dir(paths[j]))
			j++;
		err = add_files(s, paths + i, j - i);
		i = j;
	}
	return err;
}

enum nd_err story_result(const struct story *s)
{
	if (s->n > 0)
		return ND_E_OK;
	return s->nerr ? s->errs[0].err : ND_E_NO_REPORTS;
}

enum nd_err story_load(struct story *s, char *const *paths, size_t npaths)
{
	enum nd_err err = ND_E_OK;
	memset(s, 0, sizeof *s);
	for (size_t i = 0; i < npaths && !err; i++)
		err = story_add_path(s, paths[i]);
	if (err == ND_E_NOMEM)
		return err;
	return story_result(s);
}

void story_release(struct story *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n; i++)
		article_release(&s->arts[i]);
	free(s->arts);
	for (size_t i = 0; i < s->nerr; i++) {
		free(s->errs[i].source);
		free(s->errs[i].detail);
	}
	free(s->errs);
	for (size_t i = 0; i < s->nwarn; i++) {
		free(s->warns[i].source);
		free(s->warns[i].detail);
	}
	free(s->warns);
	memset(s, 0, sizeof *s);
}

/* The first sub-directory of dir/articles, in name order, into out. */
static bool first_story(const char *dir, char *out, size_t cap)
{
	char base[PATH_MAX];
	if ((size_t)snprintf(base, sizeof base, "%s/articles", dir) >= sizeof base)
		return false;
	DIR *d = opendir(base);
	if (!d)
		return false;
	char best[256] = "";
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' || strlen(e->d_name) >= sizeof best)
			continue;
		char p[PATH_MAX];
		struct stat st;
		if ((size_t)snprintf(p, sizeof p, "%s/%s", base, e->d_name) >= sizeof p ||
		    stat(p, &st) != 0 || !S_ISDIR(st.st_mode))
			continue;
		if (!best[0] || strcmp(e->d_name, best) < 0)
			snprintf(best, sizeof best, "%s", e->d_name);
	}
	closedir(d);
	return best[0] && (size_t)snprintf(out, cap, "%s/%s", base, best) < cap;
}

enum nd_err story_find_bundled(char *out, size_t cap)
{
	const char *env = getenv("NEWSDIFF_DATADIR");
	if (env && *env)
		return first_story(env, out, cap) ? ND_E_OK : ND_E_NO_STORY;

	char exe[PATH_MAX];
	ssize_t r = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (r > 0) {
		exe[r] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			if (first_story(exe, out, cap))
				return ND_E_OK;
		}
	}
	return first_story(ND_DATADIR, out, cap) ? ND_E_OK : ND_E_NO_STORY;
}
