/*
 * fetch.h - fetch web pages with libcurl: all at once (the multi
 * interface), http and https only, certificates always checked, bounded in
 * time and size, with a cache on disk.
 *
 * Owns: the strings and bodies of struct fetch_result (fetch_result_release).
 * Depends on: libcurl (the only module that includes it), buf.h, error.h,
 * text.h (the hash of cache file names).
 */
#ifndef ND_FETCH_H
#define ND_FETCH_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"

#define FETCH_CONNECT_TIMEOUT_MS 10000L
#define FETCH_TIMEOUT_MS 30000L
#define FETCH_MAX_BYTES ((size_t)10 << 20)
#define FETCH_MAX_REDIRECTS 5L

struct fetch_opts {
	long connect_timeout_ms;  /* 0: FETCH_CONNECT_TIMEOUT_MS */
	long timeout_ms;          /* 0: FETCH_TIMEOUT_MS */
	size_t max_bytes;         /* 0: FETCH_MAX_BYTES */
	bool refresh;             /* fetch again even when cached */
	bool offline;             /* use the cache only */
	const char *cache_dir;    /* NULL: $XDG_CACHE_HOME/newsdiff or ~/.cache/newsdiff */
	bool progress;            /* show progress on stderr while it takes a while */
};

struct fetch_result {
	char *url;           /* as asked */
	char *final_url;     /* after redirects; NULL on failure */
	char *body;          /* NUL-terminated; NULL on failure */
	size_t len;
	char *content_type;  /* as the server sent it; NULL if none */
	long status;         /* HTTP status, 0 if none */
	bool from_cache;
	enum nd_err err;     /* ND_E_OK or ND_E_FETCH */
	char *error;         /* one line: what went wrong; NULL on success */
};

/* True for an http:// or https:// address (any case). */
bool fetch_is_url(const char *s);

/*
 * Fetch urls[0..n) into out[0..n) (one result each, in order).  Returns
 * ND_E_OK when the fetching ran (each result then says whether its page
 * came), ND_E_NOMEM or ND_E_FETCH when libcurl could not be started.
 * The caller frees each result with fetch_result_release.
 */
enum nd_err fetch_all(const char *const *urls, size_t n, const struct fetch_opts *o,
		      struct fetch_result *out);

void fetch_result_release(struct fetch_result *r);

#endif
