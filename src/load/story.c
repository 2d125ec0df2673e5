#include "load/story.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "load/html.h"

#ifndef ND_DATADIR
#define ND_DATADIR "/usr/local/share/newsdiff"
#endif

static enum nd_err add_to(struct story_error **v, size_t *n, const char *source,
			  enum nd_err err, const char *detail)
{
	struct story_error *nv = realloc(*v, (*n + 1) * sizeof *nv);
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
	return add_to(&s->errs, &s->nerr, source, err, detail);
}

static enum nd_err add_error(struct story *s, const char *source, enum nd_err err)
{
	return story_add_error(s, source, err, NULL);
}

static enum nd_err add_article(struct story *s, struct article *a)
{
	struct article *v = realloc(s->arts, (s->n + 1) * sizeof *v);
	if (!v) {
		article_release(a);
		return ND_E_NOMEM;
	}
	s->arts = v;
	v[s->n++] = *a;
	return ND_E_OK;
}

/* A header value on one line. */
static void header_line(struct buf *b, const char *key, const char *value)
{
	if (!value || !*value)
		return;
	buf_addf(b, "%s: ", key);
	for (const char *p = value; *p; p++)
		buf_addc(b, *p == '\n' || *p == '\r' ? ' ' : *p);
	buf_addc(b, '\n');
}

/* A web page becomes an article file: the header from its metadata, then
 * the body the extractor found. */
static enum nd_err add_html(struct story *s, const char *source, const char *bytes, size_t n,
			    const char *charset, const char *url)
{
	struct html_doc d;
	enum nd_err err = html_extract(bytes, n, charset, url, &d);
	if (err) {
		enum nd_err e2 = add_error(s, source, err);
		return err == ND_E_NOMEM ? err : e2;
	}
	if (!d.body || d.body_len == 0) {
		html_doc_release(&d);
		return add_error(s, source, ND_E_NOT_ARTICLE);
	}
	struct buf b;
	buf_init(&b, ND_MAX_FILE_BYTES * 2);
	header_line(&b, "Outlet", d.outlet);
	header_line(&b, "Title", d.title);
	header_line(&b, "Date", d.date);
	header_line(&b, "URL", d.url && *d.url ? d.url : url);
	header_line(&b, "Author", d.author);
	if (b.len)
		buf_addc(&b, '\n');
	err = buf_add(&b, d.body, d.body_len);
	bool short_body = d.short_body;
	html_doc_release(&d);
	if (err) {
		buf_release(&b);
		return err == ND_E_NOMEM ? err : add_error(s, source, err);
	}
	struct article a;
	err = article_parse(b.data, b.len, source, &a);
	buf_release(&b);
	if (err) {
		enum nd_err e2 = add_error(s, source, err);
		return err == ND_E_NOMEM ? err : e2;
	}
	if (short_body && add_to(&s->warns, &s->nwarn, source, ND_E_OK,
				 "the article found on this page is suspiciously short") != ND_E_OK) {
		article_release(&a);
		return ND_E_NOMEM;
	}
	return add_article(s, &a);
}

static bool has_ext(const char *name, const char *ext)
{
	size_t n = strlen(name), e = strlen(ext);
	return n > e && strcasecmp(name + n - e, ext) == 0;
}

static bool html_name(const char *name)
{
	return has_ext(name, ".html") || has_ext(name, ".htm") || has_ext(name, ".xhtml");
}

enum nd_err story_add_page(struct story *s, const char *source, const char *bytes, size_t n,
			   const char *content_type, const char *url)
{
	if (s->n >= ND_MAX_REPORTS)
		return add_error(s, source, ND_E_TOO_MANY);
	bool html = content_type ? (strncasecmp(content_type, "text/html", 9) == 0 ||
				    strncasecmp(content_type, "application/xhtml", 17) == 0)
				 : html_sniff(bytes, n);
	if (html) {
		char cs[64] = "";
		const char *p = NULL;
		for (const char *q = content_type; q && *q && !p; q++)
			if (strncasecmp(q, "charset=", 8) == 0)
				p = q;
		if (p) {
			p += 8;
			size_t k = 0;
			while (p[k] && p[k] != ';' && p[k] != ' ' && p[k] != '"' && k + 1 < sizeof cs) {
				cs[k] = p[k];
				k++;
			}
			cs[k] = '\0';
		}
		return add_html(s, source, bytes, n, cs[0] ? cs : NULL, url);
	}
	struct article a;
	enum nd_err err = article_parse(bytes, n, source, &a);
	if (err) {
		enum nd_err e2 = add_error(s, source, err);
		return err == ND_E_NOMEM ? err : e2;
	}
	return add_article(s, &a);
}

/* Load one file; a failure is recorded, only running out of memory stops. */
static enum nd_err add_file(struct story *s, const char *path)
{
	if (s->n >= ND_MAX_REPORTS)
		return add_error(s, path, ND_E_TOO_MANY);
	char *bytes;
	size_t n;
	enum nd_err err = article_read_file(path, &bytes, &n);
	if (err) {
		enum nd_err e2 = add_error(s, path, err);
		return err == ND_E_NOMEM ? err : e2;
	}
	bool html = html_name(path) || (!has_ext(path, ".txt") && n && html_sniff(bytes, n));
	err = html ? add_html(s, path, bytes, n, NULL, NULL)
		   : story_add_page(s, path, bytes, n, "text/plain", NULL);
	free(bytes);
	return err;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_report_name(const char *name)
{
	return name[0] != '.' && (has_ext(name, ".txt") || html_name(name));
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

enum nd_err story_add_path(struct story *s, const char *path)
{
	struct stat st;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return add_dir(s, path);
	return add_file(s, path);
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
