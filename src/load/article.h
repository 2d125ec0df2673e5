/*
 * article.h - one report: its header fields, its sanitised text and the
 * paragraphs of that text, each classified as body, headline, standfirst,
 * dateline, byline or page furniture.
 *
 * Owns: every string and array in struct article (article_release frees
 * them all).  Paragraphs point into text by offset; they never copy it.
 * Depends on: para.h (the paragraph types), furniture.h (classifies the
 * paragraphs), file.h (article_load), buf.h, vec.h, text.h, error.h.  Must not depend on curses, curl or
 * libxml2.
 *
 * The article file format (see newsdiff(1), ARTICLE FILES): an optional
 * header block of "Key: value" lines (Outlet, Title, Date, URL, Author),
 * ended by a blank line, then the report text as published.
 */
#ifndef ND_ARTICLE_H
#define ND_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"
#include "base/text.h"
#include "load/para.h"

/* Largest report file read, in bytes. */
#define ND_MAX_FILE_BYTES ((size_t)16 << 20)

struct article {
	char *source;   /* the path or name it was loaded from */
	char *outlet;   /* never NULL; from the header, else the file name */
	char *title;    /* never NULL; "" when unknown */
	char *date;     /* never NULL; "" when unknown */
	char *url;      /* never NULL; "" when unknown */
	char *author;   /* never NULL; "" when unknown */
	bool has_header; /* a header (for a page: its metadata) gave a field */
	char *text;     /* the report text after the header, sanitised */
	size_t len;
	struct para *paras;
	size_t npara;
	struct text_fixes fixes; /* what sanitising had to replace */
};

/*
 * Parse a report held in memory.  name is used for the outlet when there
 * is no header, and kept as article.source.  On success the caller owns
 * *a and frees it with article_release; on failure *a is left empty.
 */
enum nd_err article_parse(const char *raw, size_t n, const char *name,
			  struct article *a);

/* A report that comes in parts rather than as an article file: a web page
 * read for its metadata and article body.  Every field is borrowed. */
struct article_parts {
	const char *source;   /* kept as article.source; names the outlet if none */
	const char *outlet;   /* NULL or "" when unknown, as are the others */
	const char *title;
	const char *date;
	const char *url;
	const char *author;
	const char *body;     /* the report text, paragraphs apart by blank lines */
	size_t body_len;
};

/*
 * Build an article from parts, with no header text in between: each field
 * is made one line, sanitised and trimmed as a header value would be, and
 * the body is sanitised, split into paragraphs and classified exactly as
 * article_parse treats the text after a header.  So a body whose first
 * line reads like a header key ("Date: ...") stays text.  On success the
 * caller owns *a and frees it with article_release; on failure *a is left
 * empty.
 */
enum nd_err article_from_parts(const struct article_parts *p, struct article *a);

/* Read and parse the file at path (ND_MAX_FILE_BYTES at most). */
enum nd_err article_load(const char *path, struct article *a);

/* Free everything a holds; a is zeroed.  NULL-safe. */
void article_release(struct article *a);

/* The outlet name derived from a file name: the base name without its
 * extension or a leading number, with '-' and '_' read as spaces.
 * Returns an allocated string the caller frees, or NULL on no memory. */
char *article_outlet_from_name(const char *name);

#endif
