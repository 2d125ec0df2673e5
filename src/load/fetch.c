#include "load/fetch.h"

#include <ctype.h>
#include <stdarg.h>
#include <curl/curl.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/text.h"

#ifndef ND_VERSION
#define ND_VERSION "unknown"
#endif

bool fetch_is_url(const char *s)
{
	return strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0;
}

void fetch_result_release(struct fetch_result *r)
{
	if (!r)
		return;
	free(r->url);
	free(r->final_url);
	free(r->body);
	free(r->content_type);
	free(r->error);
	memset(r, 0, sizeof *r);
}

/* ---- libcurl, opened when first needed -----------------------------------
 *
 * libcurl and the thirty libraries it brings (TLS, HTTP/2, LDAP, Kerberos
 * ...) would take most of newsdiff's start-up time and memory, yet most
 * runs fetch nothing.  So it is opened with dlopen() on the first fetch
 * and its functions called through this table.
 */
static struct {
	bool tried, ok;
	char why[256];
	CURLcode (*global_init)(long);
	void (*global_cleanup)(void);
	CURL *(*easy_init)(void);
	CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
	CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
	void (*easy_cleanup)(CURL *);
	const char *(*easy_strerror)(CURLcode);
	CURLM *(*multi_init)(void);
	CURLMcode (*multi_add_handle)(CURLM *, CURL *);
	CURLMcode (*multi_remove_handle)(CURLM *, CURL *);
	CURLMcode (*multi_perform)(CURLM *, int *);
	CURLMsg *(*multi_info_read)(CURLM *, int *);
	CURLMcode (*multi_poll)(CURLM *, struct curl_waitfd *, unsigned int, int, int *);
	CURLMcode (*multi_cleanup)(CURLM *);
} cu;

static bool load_curl(void)
{
	if (cu.tried)
		return cu.ok;
	cu.tried = true;
	static const char *const names[] = { "libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so" };
	void *h = NULL;
	for (size_t i = 0; i < sizeof names / sizeof names[0] && !h; i++)
		h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		const char *e = dlerror();
		snprintf(cu.why, sizeof cu.why, "libcurl could not be loaded (%s)", e ? e : "not found");
		return false;
	}
#define SYM(field, name)                                                   \
	do {                                                               \
		*(void **)(&cu.field) = dlsym(h, name);                    \
		if (!cu.field) {                                           \
			snprintf(cu.why, sizeof cu.why, "libcurl lacks %s", name); \
			return false;                                      \
		}                                                          \
	} while (0)
	SYM(global_init, "curl_global_init");
	SYM(global_cleanup, "curl_global_cleanup");
	SYM(easy_init, "curl_easy_init");
	SYM(easy_setopt, "curl_easy_setopt");
	SYM(easy_getinfo, "curl_easy_getinfo");
	SYM(easy_cleanup, "curl_easy_cleanup");
	SYM(easy_strerror, "curl_easy_strerror");
	SYM(multi_init, "curl_multi_init");
	SYM(multi_add_handle, "curl_multi_add_handle");
	SYM(multi_remove_handle, "curl_multi_remove_handle");
	SYM(multi_perform, "curl_multi_perform");
	SYM(multi_info_read, "curl_multi_info_read");
	SYM(multi_poll, "curl_multi_poll");
	SYM(multi_cleanup, "curl_multi_cleanup");
#undef SYM
	cu.ok = true;
	return true;
}

/* ---- the cache ------------------------------------------------------------ */

static char *cache_dir(const struct fetch_opts *o)
{
	char path[4096];
	if (o->cache_dir) {
		if (!*o->cache_dir)
			return NULL;
		snprintf(path, sizeof path, "%s", o->cache_dir);
	} else {
		const char *x = getenv("XDG_CACHE_HOME");
		const char *h = getenv("HOME");
		if (x && *x == '/')
			snprintf(path, sizeof path, "%s/newsdiff", x);
		else if (h && *h)
			snprintf(path, sizeof path, "%s/.cache/newsdiff", h);
		else
			return NULL;
	}
	return strdup(path);
}

/* Make dir and its parents (mode 0700 for what is made). */
static bool make_dirs(const char *dir)
{
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s", dir);
	for (char *p = tmp + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(tmp, 0700) != 0 && errno != EEXIST)
			return false;
		*p = '/';
	}
	return mkdir(tmp, 0700) == 0 || errno == EEXIST;
}

static void cache_path(const char *dir, const char *url, char *out, size_t cap)
{
	uint64_t h = text_hash(url, strlen(url));
	snprintf(out, cap, "%s/%016llx.page", dir, (unsigned long long)h);
}

/* A cached page: "newsdiff-cache 1", "url: ", "final-url: ",
 * "content-type: ", a blank line, then the body. */
static bool cache_read(const char *dir, struct fetch_result *r, size_t max)
{
	char path[4200];
	cache_path(dir, r->url, path, sizeof path);
	FILE *f = fopen(path, "rb");
	if (!f)
		return false;
	char line[8192];
	char *url = NULL, *final = NULL, *ct = NULL;
	bool ok = fgets(line, sizeof line, f) && strcmp(line, "newsdiff-cache 1\n") == 0;
	while (ok && fgets(line, sizeof line, f) && strcmp(line, "\n") != 0) {
		line[strcspn(line, "\n")] = '\0';
		if (strncmp(line, "url: ", 5) == 0)
			url = strdup(line + 5);
		else if (strncmp(line, "final-url: ", 11) == 0)
			final = strdup(line + 11);
		else if (strncmp(line, "content-type: ", 14) == 0)
			ct = strdup(line + 14);
	}
	ok = ok && url && strcmp(url, r->url) == 0;
	struct buf b;
	buf_init(&b, max);
	char chunk[65536];
	size_t k;
	while (ok && (k = fread(chunk, 1, sizeof chunk, f)) > 0)
		ok = buf_add(&b, chunk, k) == ND_E_OK;
	fclose(f);
	free(url);
	if (!ok) {
		free(final);
		free(ct);
		buf_release(&b);
		return false;
	}
	r->body = buf_detach(&b, &r->len);
	if (!r->body) {
		/* fetched instead, which sets these afresh */
		free(final);
		free(ct);
		return false;
	}
	r->final_url = final ? final : strdup(r->url);
	r->content_type = ct;
	r->status = 200;
	r->from_cache = true;
	return true;
}

static void cache_write(const char *dir, const struct fetch_result *r)
{
	if (!make_dirs(dir))
		return;
	char path[4200], tmp[4300];
	cache_path(dir, r->url, path, sizeof path);
	snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
	FILE *f = fopen(tmp, "wb");
	if (!f)
		return;
	/* addresses and types with a newline in them are not cached */
	bool ok = !strchr(r->url, '\n') && !strchr(r->final_url, '\n') &&
		  (!r->content_type || !strchr(r->content_type, '\n'));
	ok = ok && fprintf(f, "newsdiff-cache 1\nurl: %s\nfinal-url: %s\n", r->url, r->final_url) > 0;
	if (ok && r->content_type)
		ok = fprintf(f, "content-type: %s\n", r->content_type) > 0;
	ok = ok && fputc('\n', f) != EOF && fwrite(r->body, 1, r->len, f) == r->len;
	ok = fclose(f) == 0 && ok;
	if (!ok || rename(tmp, path) != 0)
		unlink(tmp);
}

/* ---- fetching ----------------------------------------------------------- */

struct transfer {
	struct fetch_result *r;
	CURL *h;
	struct buf body;
	size_t max;
	bool too_large;
	bool wrong_type;
	char errbuf[CURL_ERROR_SIZE];
};

static bool acceptable_type(const char *ct)
{
	if (!ct)
		return true; /* no type: the content decides */
	return strncasecmp(ct, "text/html", 9) == 0 || strncasecmp(ct, "application/xhtml+xml", 21) == 0 ||
	       strncasecmp(ct, "text/plain", 10) == 0;
}

static size_t on_data(char *p, size_t size, size_t n, void *user)
{
	struct transfer *t = user;
	size_t k = size * n;
	if (t->body.len == 0) {
		char *ct = NULL;
		cu.easy_getinfo(t->h, CURLINFO_CONTENT_TYPE, &ct);
		long status = 0;
		cu.easy_getinfo(t->h, CURLINFO_RESPONSE_CODE, &status);
		if (status < 300 && !acceptable_type(ct)) {
			t->wrong_type = true;
			return 0;
		}
	}
	enum nd_err err = buf_add(&t->body, p, k);
	if (err == ND_E_TOO_LARGE)
		t->too_large = true;
	return err ? 0 : k;
}

static char *dupf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *dupf(const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	return strdup(tmp);
}

/* One line on what went wrong with a transfer that failed (allocated;
 * NULL on no memory). */
static char *describe(struct transfer *t, CURLcode rc, long status, const char *ct, size_t max)
{
	if (t->too_large)
		return dupf("too large (more than %zu bytes; see --max-size)", max);
	if (t->wrong_type)
		return dupf("not HTML or text (content type %s)", ct ? ct : "unknown");
	switch (rc) {
	case CURLE_OK:
		break;
	case CURLE_COULDNT_RESOLVE_HOST:
		return strdup("name lookup failed (no such host)");
	case CURLE_COULDNT_RESOLVE_PROXY:
		return strdup("name lookup of the proxy failed");
	case CURLE_COULDNT_CONNECT:
		return strdup("connection refused or host unreachable");
	case CURLE_OPERATION_TIMEDOUT:
		return strdup("timed out (see --timeout and --connect-timeout)");
	case CURLE_TOO_MANY_REDIRECTS:
		return dupf("too many redirects (more than %ld)", FETCH_MAX_REDIRECTS);
	case CURLE_UNSUPPORTED_PROTOCOL:
		return strdup("redirected to an address that is not http or https");
	case CURLE_FILESIZE_EXCEEDED:
		return dupf("too large (more than %zu bytes; see --max-size)", max);
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CACERT_BADFILE:
		return strdup("the server's certificate could not be verified");
	default:
		return dupf("%s", t->errbuf[0] ? t->errbuf : cu.easy_strerror(rc));
	}
	if (status >= 400)
		return dupf("HTTP status %ld", status);
	return NULL;
}

static void show_progress(size_t done, size_t total, size_t bytes, bool final)
{
	if (final) {
		fprintf(stderr, "\r\033[K");
		return;
	}
	fprintf(stderr, "\rnewsdiff: fetching %zu of %zu pages done, %zu kB\033[K", done, total,
		bytes / 1024);
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Set every result up: from the cache when it may be used, failed when
 * offline and not cached.  *pending counts the pages left to fetch. */
static enum nd_err start_results(const char *const *urls, size_t n, const struct fetch_opts *o,
				 const char *dir, size_t max, struct fetch_result *out,
				 size_t *pending)
{
	enum nd_err err = ND_E_OK;
	*pending = 0;
	for (size_t i = 0; i < n; i++) {
		memset(&out[i], 0, sizeof out[i]);
		out[i].url = strdup(urls[i]);
		if (!out[i].url) {
			err = ND_E_NOMEM;
			continue;
		}
		if (dir && !o->refresh && cache_read(dir, &out[i], max))
			continue;
		if (o->offline) {
			out[i].err = ND_E_FETCH;
			out[i].error = strdup("not in the cache (--offline)");
			continue;
		}
		(*pending)++;
	}
	return err;
}

/* True while a result has neither a page nor an error. */
static bool unsettled(const struct fetch_result *r)
{
	return !r->body && !r->error;
}

/* Fail every page still to fetch, saying why. */
static void fail_unsettled(struct fetch_result *out, size_t n, const char *why)
{
	for (size_t i = 0; i < n; i++)
		if (unsettled(&out[i])) {
			out[i].err = ND_E_FETCH;
			out[i].error = strdup(why);
		}
}

/* Make t's handle: the address, the limits, the checks. */
static bool start_transfer(struct transfer *t, const char *url, const struct fetch_opts *o)
{
	t->h = cu.easy_init();
	if (!t->h)
		return false;
	cu.easy_setopt(t->h, CURLOPT_URL, url);
	cu.easy_setopt(t->h, CURLOPT_PRIVATE, t);
	cu.easy_setopt(t->h, CURLOPT_WRITEFUNCTION, on_data);
	cu.easy_setopt(t->h, CURLOPT_WRITEDATA, t);
	cu.easy_setopt(t->h, CURLOPT_ERRORBUFFER, t->errbuf);
	cu.easy_setopt(t->h, CURLOPT_FOLLOWLOCATION, 1L);
	cu.easy_setopt(t->h, CURLOPT_MAXREDIRS, FETCH_MAX_REDIRECTS);
	cu.easy_setopt(t->h, CURLOPT_PROTOCOLS_STR, "http,https");
	cu.easy_setopt(t->h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	cu.easy_setopt(t->h, CURLOPT_CONNECTTIMEOUT_MS,
		       o->connect_timeout_ms ? o->connect_timeout_ms : FETCH_CONNECT_TIMEOUT_MS);
	cu.easy_setopt(t->h, CURLOPT_TIMEOUT_MS, o->timeout_ms ? o->timeout_ms : FETCH_TIMEOUT_MS);
	cu.easy_setopt(t->h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)t->max);
	cu.easy_setopt(t->h, CURLOPT_ACCEPT_ENCODING, "");
	cu.easy_setopt(t->h, CURLOPT_USERAGENT, "newsdiff/" ND_VERSION);
	cu.easy_setopt(t->h, CURLOPT_NOSIGNAL, 1L);
	cu.easy_setopt(t->h, CURLOPT_SSL_VERIFYPEER, 1L);
	cu.easy_setopt(t->h, CURLOPT_SSL_VERIFYHOST, 2L);
	return true;
}

/* A transfer has ended: its page or what went wrong into its result,
 * and a page into the cache. */
static void finish_transfer(CURLMsg *msg, size_t max, const char *dir)
{
	struct transfer *t = NULL;
	cu.easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&t);
	struct fetch_result *r = t->r;
	long status = 0;
	char *ct = NULL, *eff = NULL;
	cu.easy_getinfo(t->h, CURLINFO_RESPONSE_CODE, &status);
	cu.easy_getinfo(t->h, CURLINFO_CONTENT_TYPE, &ct);
	cu.easy_getinfo(t->h, CURLINFO_EFFECTIVE_URL, &eff);
	r->status = status;
	/* decided apart from the message, which may be lost to a lack of
	 * memory (the error line then says only that the fetch failed) */
	if (t->too_large || t->wrong_type || msg->data.result != CURLE_OK || status >= 400) {
		r->error = describe(t, msg->data.result, status, ct, max);
		r->err = ND_E_FETCH;
		buf_release(&t->body);
		return;
	}
	r->content_type = ct ? strdup(ct) : NULL;
	r->final_url = strdup(eff ? eff : r->url);
	r->body = buf_detach(&t->body, &r->len);
	if (!r->body || !r->final_url || (ct && !r->content_type)) {
		r->err = ND_E_FETCH;
		r->error = strdup("out of memory");
	} else if (dir) {
		cache_write(dir, r);
	}
}

/* Run the transfers to their end, showing progress on request once it
 * takes more than half a second. */
static void run_transfers(CURLM *m, struct transfer *ts, const struct fetch_result *out,
			  size_t n, size_t pending, const struct fetch_opts *o, size_t max,
			  const char *dir)
{
	double start = now_s();
	bool shown = false;
	int running = 1;
	size_t done = 0;
	while (running) {
		if (cu.multi_perform(m, &running) != CURLM_OK)
			break;
		CURLMsg *msg;
		int left;
		while ((msg = cu.multi_info_read(m, &left)) != NULL) {
			if (msg->msg != CURLMSG_DONE)
				continue;
			finish_transfer(msg, max, dir);
			done++;
		}
		if (o->progress && now_s() - start > 0.5) {
			size_t bytes = 0;
			for (size_t i = 0; i < n; i++)
				bytes += ts[i].body.len + (out[i].body ? out[i].len : 0);
			show_progress(done, pending, bytes, false);
			shown = true;
		}
		if (running)
			cu.multi_poll(m, NULL, 0, 100, NULL);
	}
	if (shown)
		show_progress(done, pending, 0, true);
}

/* Free the handles; a transfer that never ended is a failure. */
static void end_transfers(CURLM *m, struct transfer *ts, struct fetch_result *out, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (!ts[i].h)
			continue;
		cu.multi_remove_handle(m, ts[i].h);
		cu.easy_cleanup(ts[i].h);
		buf_release(&ts[i].body);
		if (unsettled(&out[i])) {
			out[i].err = ND_E_FETCH;
			out[i].error = strdup("the transfer did not finish");
		}
	}
	cu.multi_cleanup(m);
}

/* Fetch every unsettled result with libcurl, all at once.  ND_E_FETCH
 * when libcurl could not be started. */
static enum nd_err fetch_pending(const char *const *urls, size_t n, const struct fetch_opts *o,
				 const char *dir, size_t max, size_t pending,
				 struct fetch_result *out)
{
	if (!load_curl()) {
		fail_unsettled(out, n, cu.why);
		return ND_E_OK;
	}
	struct transfer *ts = calloc(n, sizeof *ts);
	if (!ts)
		return ND_E_NOMEM;
	if (cu.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		free(ts);
		return ND_E_FETCH;
	}
	CURLM *m = cu.multi_init();
	if (!m) {
		cu.global_cleanup();
		free(ts);
		return ND_E_FETCH;
	}
	for (size_t i = 0; i < n; i++) {
		if (!unsettled(&out[i]))
			continue;
		struct transfer *t = &ts[i];
		t->r = &out[i];
		t->max = max;
		buf_init(&t->body, max);
		if (!start_transfer(t, urls[i], o)) {
			out[i].err = ND_E_FETCH;
			out[i].error = strdup("could not start a transfer");
			continue;
		}
		cu.multi_add_handle(m, t->h);
	}
	run_transfers(m, ts, out, n, pending, o, max, dir);
	end_transfers(m, ts, out, n);
	cu.global_cleanup();
	free(ts);
	return ND_E_OK;
}

enum nd_err fetch_all(const char *const *urls, size_t n, const struct fetch_opts *o,
		      struct fetch_result *out)
{
	size_t max = o->max_bytes ? o->max_bytes : FETCH_MAX_BYTES;
	char *dir = cache_dir(o);
	size_t pending;
	enum nd_err err = start_results(urls, n, o, dir, max, out, &pending);
	if (!err && pending > 0)
		err = fetch_pending(urls, n, o, dir, max, pending, out);
	free(dir);
	return err;
}
