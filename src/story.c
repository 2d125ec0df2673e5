#include "story.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef ND_DATADIR
#define ND_DATADIR "/usr/local/share/newsdiff"
#endif

static enum nd_err add_error(struct story *s, const char *source, enum nd_err err)
{
	struct story_error *v = realloc(s->errs, (s->nerr + 1) * sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	s->errs = v;
	v[s->nerr].source = strdup(source);
	if (!v[s->nerr].source)
		return ND_E_NOMEM;
	v[s->nerr].err = err;
	s->nerr++;
	return ND_E_OK;
}

/* Load one file; a failure is recorded, only running out of memory stops. */
static enum nd_err add_file(struct story *s, const char *path)
{
	if (s->n >= ND_MAX_REPORTS)
		return add_error(s, path, ND_E_TOO_MANY);
	struct article a;
	enum nd_err err = article_load(path, &a);
	if (err) {
		enum nd_err e2 = add_error(s, path, err);
		return err == ND_E_NOMEM ? err : e2;
	}
	struct article *v = realloc(s->arts, (s->n + 1) * sizeof *v);
	if (!v) {
		article_release(&a);
		return ND_E_NOMEM;
	}
	s->arts = v;
	v[s->n++] = a;
	return ND_E_OK;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_report_name(const char *name)
{
	size_t n = strlen(name);
	return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".txt") == 0;
}

static enum nd_err add_dir(struct story *s, const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return add_error(s, dir, nd_err_from_errno(errno));
	char **names = NULL;
	size_t n = 0;
	enum nd_err err = ND_E_OK;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!is_report_name(e->d_name))
			continue;
		char **v = realloc(names, (n + 1) * sizeof *v);
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
		for (size_t i = 0; i < n && !err; i++)
			err = add_file(s, names[i]);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return err;
}

enum nd_err story_load(struct story *s, char *const *paths, size_t npaths)
{
	enum nd_err err = ND_E_OK;
	memset(s, 0, sizeof *s);
	for (size_t i = 0; i < npaths && !err; i++) {
		struct stat st;
		if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode))
			err = add_dir(s, paths[i]);
		else
			err = add_file(s, paths[i]);
	}
	if (err == ND_E_NOMEM)
		return err;
	if (s->n > 0)
		return ND_E_OK;
	return s->nerr ? s->errs[0].err : ND_E_NO_REPORTS;
}

void story_release(struct story *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n; i++)
		article_release(&s->arts[i]);
	free(s->arts);
	for (size_t i = 0; i < s->nerr; i++)
		free(s->errs[i].source);
	free(s->errs);
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
