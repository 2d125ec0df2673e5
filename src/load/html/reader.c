/*
 * reader.c - the page reader's entry points (load/html.h): html_extract
 * runs the steps (decode, parse, flatten, JSON-LD, body, metadata);
 * html_doc_release and html_sniff.
 */
#include "load/html/internal.h"

#include <stdlib.h>
#include <string.h>

/* Decode the page, leave out its scripts' and style sheets' text, parse
 * and flatten it into c, and read its JSON-LD.  The copies made on the
 * way are gone when this returns. */
static enum nd_err read_page(struct ctx *c, const char *bytes, size_t n, const char *charset)
{
	struct buf page;
	char name[64];
	const char *src, *enc;
	size_t len;
	buf_init(&page, MAX_PAGE_BYTES * 3 + 16);
	enum nd_err e = html_decode_page(bytes, n, charset, &page, name, &src, &len, &enc);
	struct buf lean;
	buf_init(&lean, MAX_PAGE_BYTES * 3 + 16);
	if (!e && len && strcmp(enc, "UTF-8") == 0 && html_cut_raw_text() &&
	    html_drop_raw_text(src, len, &lean)) {
		src = lean.data;
		len = lean.len;
	}
	if (!e)
		e = len ? html_flatten(c, src, len, enc) : html_flatten(c, "<html></html>", 13, enc);
	buf_release(&lean);
	buf_release(&page);
	if (!e && c->n)
		e = html_ctx_alloc(c);
	if (!e) {
		html_read_jsonld(c);
		if (c->oom)
			e = ND_E_NOMEM;
	}
	return e;
}

enum nd_err html_extract(const char *bytes, size_t n, const char *charset, const char *url,
			 struct html_doc *out)
{
	if (!out)
		return ND_E_USAGE;
	memset(out, 0, sizeof *out);
	if (!html_load_libxml())
		return ND_E_HTML_LIB;
	if (!bytes) {
		bytes = "";
		n = 0;
	}
	if (n > MAX_PAGE_BYTES)
		return ND_E_TOO_LARGE;
	struct ctx c;
	html_ctx_init(&c, (size_t)UINT32_MAX - 64, MAX_JSONLD_BYTES);
	enum nd_err e = read_page(&c, bytes, n, charset);
	if (!e)
		e = html_choose_body(&c, out);
	if (!e)
		e = html_fill_metadata(&c, url, out);
	html_ctx_release(&c);
	if (e)
		html_doc_release(out);
	return e;
}

void html_doc_release(struct html_doc *d)
{
	if (!d)
		return;
	free(d->outlet);
	free(d->title);
	free(d->date);
	free(d->author);
	free(d->url);
	free(d->body);
	memset(d, 0, sizeof *d);
}

bool html_sniff(const char *bytes, size_t n)
{
	if (!bytes)
		return false;
	if (n > 1024)
		n = 1024;
	size_t i = 0;
	if (n >= 3 && (unsigned char)bytes[0] == 0xEF && (unsigned char)bytes[1] == 0xBB &&
	    (unsigned char)bytes[2] == 0xBF)
		i = 3;
	/* Markup from the first byte on: plain text that merely mentions
	 * a tag further down is not a page. */
	while (i < n && is_space((unsigned char)bytes[i]))
		i++;
	if (i >= n || bytes[i] != '<')
		return false;
	static const char *const marks[] = { "<!doctype html", "<html", "<head", "<body" };
	for (; i < n; i++) {
		if (bytes[i] != '<')
			continue;
		for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++) {
			size_t k = strlen(marks[m]);
			if (i + k <= n && html_starts_ci(bytes + i, marks[m])) {
				/* the tag name must end there */
				char next = i + k < n ? bytes[i + k] : '>';
				if (next == '>' || is_space((unsigned char)next) || next == '/')
					return true;
			}
		}
	}
	return false;
}
