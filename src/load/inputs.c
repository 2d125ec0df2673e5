#include "load/inputs.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "load/article.h"
#include "load/file.h"
#include "load/page.h"

/* "-": a report (text or HTML) read from standard input. */
static enum nd_err add_stdin(struct story *s)
{
	char *bytes;
	size_t len;
	enum nd_err err = file_read_fd(STDIN_FILENO, ND_MAX_FILE_BYTES, &bytes, &len);
	if (err)
		return story_add_error(s, INPUTS_STDIN, err, NULL);
	err = story_add_page(s, INPUTS_STDIN, bytes, len, NULL, NULL);
	free(bytes);
	return err;
}

/* Add paths[] to s in order; res[] holds the fetched addresses' results
 * in their order (fetched says whether the fetching could start). */
static enum nd_err add_inputs(struct story *s, char *const *paths, size_t n,
			      const struct fetch_result *res, enum nd_err fetched)
{
	enum nd_err err = fetched == ND_E_NOMEM ? ND_E_NOMEM : ND_E_OK;
	for (size_t i = 0, u = 0; i < n && err != ND_E_NOMEM; i++) {
		if (strcmp(paths[i], "-") == 0) {
			err = add_stdin(s);
			continue;
		}
		if (!fetch_is_url(paths[i])) {
			/* a run of files and directories, loaded side by side */
			size_t j = i + 1;
			while (j < n && strcmp(paths[j], "-") != 0 && !fetch_is_url(paths[j]))
				j++;
			err = story_add_paths(s, paths + i, j - i);
			i = j - 1;
			continue;
		}
		const struct fetch_result *r = &res[u++];
		if (fetched == ND_E_FETCH)
			err = story_add_error(s, paths[i], ND_E_FETCH, "could not start fetching");
		else if (r->err || !r->body)
			err = story_add_error(s, paths[i], ND_E_FETCH, r->error);
		else
			err = story_add_page(s, paths[i], r->body, r->len, r->content_type,
					     r->final_url);
	}
	return err;
}

enum nd_err inputs_load(struct story *s, char *const *paths, size_t n,
			const struct fetch_opts *fo, unsigned threads)
{
	memset(s, 0, sizeof *s);
	/* the processors are counted when a directory or run of files is
	 * large enough to be loaded on threads (story.c), not for a few */
	s->threads = threads ? threads : STORY_THREADS_AUTO;
	size_t nurl = 0;
	for (size_t i = 0; i < n; i++)
		nurl += fetch_is_url(paths[i]);
	const char **urls = calloc(nurl ? nurl : 1, sizeof *urls);
	struct fetch_result *res = calloc(nurl ? nurl : 1, sizeof *res);
	if (!urls || !res) {
		free(urls);
		free(res);
		return ND_E_NOMEM;
	}
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (fetch_is_url(paths[i]))
			urls[k++] = paths[i];
	enum nd_err fetched = nurl ? fetch_all(urls, nurl, fo, res) : ND_E_OK;
	enum nd_err err = add_inputs(s, paths, n, res, fetched);
	for (size_t i = 0; i < nurl; i++)
		fetch_result_release(&res[i]);
	free(res);
	free(urls);
	return err == ND_E_NOMEM ? err : story_result(s);
}

/* The page at an address: its bytes, content type and final address
 * (each the caller's to free). */
static enum nd_err fetch_one(const char *input, const struct fetch_opts *fo, char **bytes,
			     size_t *n, char **ct, char **url, char *why, size_t cap)
{
	struct fetch_result r = { 0 };
	const char *u[1] = { input };
	if (fetch_all(u, 1, fo, &r) != ND_E_OK || r.err) {
		snprintf(why, cap, "%s", r.error ? r.error : "could not fetch the page");
		fetch_result_release(&r);
		return ND_E_FETCH;
	}
	*bytes = r.body;
	*n = r.len;
	*ct = r.content_type;
	*url = r.final_url;
	r.body = r.content_type = r.final_url = NULL;
	fetch_result_release(&r);
	return ND_E_OK;
}

enum nd_err inputs_read_page(const char *input, const struct fetch_opts *fo,
			     struct html_doc *d, char *why, size_t cap)
{
	char *bytes = NULL, *ct = NULL, *url = NULL;
	size_t n = 0;
	enum nd_err err;
	memset(d, 0, sizeof *d);
	if (fetch_is_url(input)) {
		err = fetch_one(input, fo, &bytes, &n, &ct, &url, why, cap);
	} else {
		err = file_read(input, ND_MAX_FILE_BYTES, &bytes, &n);
		if (err)
			snprintf(why, cap, "%s", nd_strerror(err));
	}
	if (!err && !page_is_html(ct, bytes, n) && (ct || !page_html_name(input))) {
		snprintf(why, cap, "not an HTML page");
		err = ND_E_NOT_ARTICLE;
	}
	if (!err) {
		char cs[64];
		page_charset(ct, cs, sizeof cs);
		err = html_extract(bytes, n, cs[0] ? cs : NULL, url ? url : input, d);
		if (err)
			snprintf(why, cap, "the page could not be read");
	}
	free(bytes);
	free(ct);
	free(url);
	return err;
}
