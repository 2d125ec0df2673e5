/*
 * html.h - read a news page: its metadata (outlet, title, date, author)
 * and its article body, leaving out navigation, adverts, share bars,
 * comments, related links, captions and footers.
 *
 * Owns: the strings of struct html_doc (html_doc_release frees them).
 * Depends on: base (error, buf, text, vec, date), load/furniture.h, libxml2
 * (opened with dlopen() on the first page) and jansson (for JSON-LD).
 * The code is in src/load/html/, one step a file; only that folder
 * includes libxml2 (this header does not).  Never touches the network:
 * the HTML parser runs with network access and entity loading off.
 */
#ifndef ND_HTML_H
#define ND_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"

struct html_doc {
	char *outlet;     /* og:site_name, JSON-LD publisher, else the URL's host; "" if none */
	char *title;      /* og:title, JSON-LD headline, <h1>, <title>; "" if none */
	char *date;       /* published date as YYYY-MM-DD when it can be read, else as given; "" */
	char *author;     /* "" if none */
	char *url;        /* canonical URL if the page gives one, else the URL passed in; "" */
	char *body;       /* the article text: paragraphs separated by one blank line, UTF-8 */
	size_t body_len;
	bool short_body;  /* suspiciously short (under 500 characters of text) */
	const char *method; /* how the body was found: "json-ld", "itemprop" or "dom" (static) */
};

/*
 * Extract the article of the HTML page bytes[0..n).  charset is the
 * character set from the HTTP Content-Type header, or NULL; otherwise it is
 * taken from <meta charset>, <meta http-equiv> or a byte-order mark, and
 * UTF-8, ISO-8859-1 and windows-1252 are handled (others as libxml2 can).
 * url (may be NULL) gives the host for the outlet and resolves nothing else.
 * On success the caller owns *out and frees it with html_doc_release.
 */
enum nd_err html_extract(const char *bytes, size_t n, const char *charset, const char *url,
			 struct html_doc *out);

/* Free what d holds; NULL-safe; d is zeroed. */
void html_doc_release(struct html_doc *d);

/* True when the bytes look like HTML rather than plain text (a doctype,
 * an <html>, <head> or <body> tag near the start). */
bool html_sniff(const char *bytes, size_t n);

#endif
