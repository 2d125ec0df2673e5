#include "load/article.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/vec.h"
#include "load/file.h"
#include "load/furniture.h"

static const char *const header_keys[] = { "outlet", "title", "date", "url", "author" };
#define NKEYS (sizeof header_keys / sizeof header_keys[0])

static char *dup_range(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* Index of the header key that line[0..n) starts with ("Key:"), or -1. */
static int header_key(const char *line, size_t n, size_t *value_at)
{
	for (size_t k = 0; k < NKEYS; k++) {
		size_t kl = strlen(header_keys[k]);
		if (n > kl && line[kl] == ':' && strncasecmp(line, header_keys[k], kl) == 0) {
			*value_at = kl + 1;
			return (int)k;
		}
	}
	return -1;
}

/* Offset of the first line of s[0..n) that holds more than white space,
 * n when there is none. */
static size_t skip_blank_lines(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - s) : n;
		size_t ll = end - i;
		text_trim(s + i, &ll);
		if (ll)
			return i;
		i = nl ? end + 1 : n;
	}
	return n;
}

/*
 * The header is the block of lines before the first blank line, when every
 * one of them is "Key: value" with a known key.  Returns the offset of the
 * text after it (0 when there is no header) and fills vals[].
 */
static size_t parse_header(const char *s, size_t n, const char *vals[NKEYS],
			   size_t vlens[NKEYS])
{
	size_t i = 0;
	bool any = false;
	const char *tv[NKEYS] = { 0 };
	size_t tl[NKEYS] = { 0 };

	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - s) : n;
		size_t ll = end - i;
		const char *line = text_trim(s + i, &ll);
		if (ll == 0) {
			if (!any)
				return 0;
			memcpy(vals, tv, sizeof tv);
			memcpy(vlens, tl, sizeof tl);
			/* the blank lines that separate header and text go too */
			return i + skip_blank_lines(s + i, n - i);
		}
		size_t at;
		int k = header_key(line, ll, &at);
		if (k < 0)
			return 0;
		size_t vl = ll - at;
		tv[k] = text_trim(line + at, &vl);
		tl[k] = vl;
		any = true;
		i = nl ? end + 1 : n;
	}
	return 0; /* a header with no text after it is not a header */
}

char *article_outlet_from_name(const char *name)
{
	const char *base = strrchr(name, '/');
	base = base ? base + 1 : name;
	size_t n = strlen(base);
	const char *dot = strrchr(base, '.');
	if (dot && dot != base)
		n = (size_t)(dot - base);
	/* Drop an ordering prefix such as "01-" or "3_" (not a year). */
	size_t d = 0;
	while (d < n && base[d] >= '0' && base[d] <= '9')
		d++;
	if (d > 0 && d <= 3 && d < n && (base[d] == '-' || base[d] == '_' || base[d] == ' ')) {
		base += d + 1;
		n -= d + 1;
	}
	/* a file's name may hold anything: made safe as the text is */
	struct buf b;
	buf_init(&b, 3 * n + 16);
	if (text_sanitize(base, n, &b, NULL) != ND_E_OK) {
		buf_release(&b);
		return NULL;
	}
	char *out = dup_range(b.data ? b.data : "", b.len);
	buf_release(&b);
	if (!out)
		return NULL;
	for (char *p = out; *p; p++)
		if (*p == '-' || *p == '_' || *p == '\n')
			*p = ' ';
	return out;
}

/* Does this block of lines read as one hard-wrapped paragraph?  Lines of a
 * wrapped paragraph mostly end mid-sentence; lines that are each a
 * paragraph mostly end with sentence punctuation. */
static bool block_is_wrapped(const char *s, size_t n)
{
	size_t lines = 0, open_ends = 0;
	for (size_t i = 0; i < n;) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - s) : n;
		size_t ll = end - i;
		const char *line = text_trim(s + i, &ll);
		if (nl && end + 1 < n && ll) { /* every line but the last */
			lines++;
			char c = line[ll - 1];
			if (!strchr(".!?:\"'", c) && !((unsigned char)c >= 0x80))
				open_ends++;
		}
		i = end + 1;
	}
	return lines > 0 && open_ends * 2 > lines;
}

static enum nd_err add_para(struct para **v, size_t *n, size_t *cap,
			    const char *text, size_t start, size_t len)
{
	const char *p = text_trim(text + start, &len);
	if (len == 0)
		return ND_E_OK;
	struct para *nv = vec_reserve(*v, cap, *n + 1, sizeof *nv);
	if (!nv)
		return ND_E_NOMEM;
	*v = nv;
	(*v)[*n] = (struct para){ .start = (size_t)(p - text), .len = len,
				  .kind = PARA_BODY, .rule = FURN_NONE };
	(*n)++;
	return ND_E_OK;
}

/* Split text into paragraphs: blank lines separate blocks; a block is one
 * paragraph when it is hard-wrapped, otherwise each line is one. */
static enum nd_err split_paragraphs(struct article *a)
{
	const char *s = a->text;
	size_t n = a->len, cap = 0;
	size_t i = 0;
	enum nd_err err = ND_E_OK;

	while (i < n && !err) {
		/* Find the end of this block: a line holding only white space. */
		size_t bstart = i, bend = n, next = n;
		size_t j = i;
		while (j < n) {
			const char *nl = memchr(s + j, '\n', n - j);
			size_t end = nl ? (size_t)(nl - s) : n;
			size_t ll = end - j;
			text_trim(s + j, &ll);
			if (ll == 0 && j > bstart) {
				bend = j;
				next = end < n ? end + 1 : n;
				break;
			}
			if (ll == 0) /* leading blank line */
				bstart = end + 1;
			j = end + 1;
		}
		if (bstart >= n)
			break;
		if (bend > n)
			bend = n;
		if (block_is_wrapped(s + bstart, bend - bstart)) {
			err = add_para(&a->paras, &a->npara, &cap, s, bstart, bend - bstart);
		} else {
			for (size_t k = bstart; k < bend && !err;) {
				const char *nl = memchr(s + k, '\n', bend - k);
				size_t end = nl ? (size_t)(nl - s) : bend;
				err = add_para(&a->paras, &a->npara, &cap, s, k, end - k);
				k = end + 1;
			}
		}
		i = next > i ? next : n;
	}
	return err;
}

void article_release(struct article *a)
{
	if (!a)
		return;
	free(a->source);
	free(a->outlet);
	free(a->title);
	free(a->date);
	free(a->url);
	free(a->author);
	free(a->text);
	free(a->paras);
	memset(a, 0, sizeof *a);
}

/* Split the text after the header into paragraphs and classify them. */
static enum nd_err split_and_classify(struct article *a)
{
	enum nd_err err = split_paragraphs(a);
	if (err)
		return err;
	if (a->npara == 0)
		return ND_E_NO_TEXT;
	struct para_text pt = { a->text, a->paras, a->npara, a->title };
	furniture_classify(&pt);
	/* no title given: the headline the text opens with is the title */
	for (size_t i = 0; i < a->npara && !a->title[0]; i++) {
		const struct para *p = &a->paras[i];
		if (p->kind == PARA_FURNITURE)
			continue;
		if (p->kind == PARA_HEADLINE) {
			size_t len = p->len > 300 ? 300 : p->len;
			while (len > 0 && len < p->len && (a->text[p->start + len] & 0xC0) == 0x80)
				len--;  /* not inside a character */
			char *t = dup_range(a->text + p->start, len);
			if (!t)
				return ND_E_NOMEM;
			for (char *q = t; *q; q++)
				if (*q == '\n')
					*q = ' ';
			free(a->title);
			a->title = t;
		}
		break;
	}
	return ND_E_OK;
}

enum nd_err article_parse(const char *raw, size_t n, const char *name,
			  struct article *a)
{
	struct buf clean;
	enum nd_err err;
	const char *vals[NKEYS] = { 0 };
	size_t vlens[NKEYS] = { 0 };

	memset(a, 0, sizeof *a);
	if (n == 0)
		return ND_E_EMPTY;
	if (text_is_binary(raw, n))
		return ND_E_BINARY;

	buf_init(&clean, ND_MAX_FILE_BYTES * 3 + 16);
	err = text_sanitize(raw, n, &clean, &a->fixes);
	if (err)
		goto fail;
	size_t clen = clean.len;
	char *c = buf_detach(&clean, NULL);
	if (!c) {
		err = ND_E_NOMEM;
		goto fail;
	}

	size_t body = parse_header(c, clen, vals, vlens);
	a->has_header = body > 0;
	a->source = strdup(name);
	a->title = dup_range(vals[1] ? vals[1] : "", vlens[1]);
	a->date = dup_range(vals[2] ? vals[2] : "", vlens[2]);
	a->url = dup_range(vals[3] ? vals[3] : "", vlens[3]);
	a->author = dup_range(vals[4] ? vals[4] : "", vlens[4]);
	a->outlet = vals[0] && vlens[0] ? dup_range(vals[0], vlens[0])
					: article_outlet_from_name(name);
	a->len = clen - body;
	a->text = dup_range(c + body, a->len);
	free(c);
	if (!a->source || !a->title || !a->date || !a->url || !a->author ||
	    !a->outlet || !a->text) {
		err = ND_E_NOMEM;
		goto fail;
	}
	err = split_and_classify(a);
	if (err)
		goto fail;
	return ND_E_OK;

fail:
	buf_release(&clean);
	article_release(a);
	return err;
}

static void add_fixes(struct text_fixes *to, const struct text_fixes *f)
{
	to->invalid += f->invalid;
	to->controls += f->controls;
}

/* A field given apart from any header text, made what parse_header makes
 * of a "Key: value" line: on one line, sanitised, trimmed.  NULL is "".
 * *out is allocated; the caller frees it. */
static enum nd_err clean_field(const char *v, char **out, struct text_fixes *fixes)
{
	struct buf one, clean;
	struct text_fixes f;
	*out = NULL;
	buf_init(&one, ND_MAX_FILE_BYTES);
	buf_init(&clean, ND_MAX_FILE_BYTES * 3 + 16);
	for (const char *p = v; p && *p; p++)
		buf_addc(&one, *p == '\n' || *p == '\r' ? ' ' : *p);
	enum nd_err err = buf_error(&one);
	if (!err)
		err = text_sanitize(one.data ? one.data : "", one.len, &clean, &f);
	if (!err) {
		add_fixes(fixes, &f);
		size_t n = clean.len;
		const char *t = text_trim(clean.data ? clean.data : "", &n);
		*out = dup_range(t, n);
		if (!*out)
			err = ND_E_NOMEM;
	}
	buf_release(&one);
	buf_release(&clean);
	return err;
}

/* The host of a URL (text_url_host), allocated. */
static char *host_of(const char *url)
{
	size_t n;
	const char *p = text_url_host(url, &n);
	return dup_range(p, n);
}

/* The fields of p into a, as article_parse fills them from a header. */
static enum nd_err set_fields(const struct article_parts *p, struct article *a)
{
	struct { const char *in; char **out; } f[] = {
		{ p->outlet, &a->outlet }, { p->title, &a->title }, { p->date, &a->date },
		{ p->url, &a->url }, { p->author, &a->author },
	};
	a->source = strdup(p->source);
	if (!a->source)
		return ND_E_NOMEM;
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
		enum nd_err err = clean_field(f[i].in, f[i].out, &a->fixes);
		if (err)
			return err;
		a->has_header |= (*f[i].out)[0] != '\0';
	}
	if (!a->outlet[0]) {
		/* a page that names no site: its address's host, else its name */
		free(a->outlet);
		a->outlet = a->url[0] ? host_of(a->url) : article_outlet_from_name(p->source);
		if (!a->outlet)
			return ND_E_NOMEM;
	}
	return ND_E_OK;
}

enum nd_err article_from_parts(const struct article_parts *p, struct article *a)
{
	memset(a, 0, sizeof *a);
	if (p->body_len == 0)
		return ND_E_EMPTY;
	if (text_is_binary(p->body, p->body_len))
		return ND_E_BINARY;
	enum nd_err err = set_fields(p, a);
	struct buf clean;
	struct text_fixes f;
	buf_init(&clean, ND_MAX_FILE_BYTES * 3 + 16);
	if (!err)
		err = text_sanitize(p->body, p->body_len, &clean, &f);
	if (!err) {
		add_fixes(&a->fixes, &f);
		/* the text starts where it would after a header's blank line */
		size_t skip = skip_blank_lines(clean.data ? clean.data : "", clean.len);
		a->len = clean.len - skip;
		a->text = dup_range(clean.data ? clean.data + skip : "", a->len);
		if (!a->text)
			err = ND_E_NOMEM;
	}
	buf_release(&clean);
	if (!err)
		err = split_and_classify(a);
	if (err)
		article_release(a);
	return err;
}

enum nd_err article_load(const char *path, struct article *a)
{
	char *bytes;
	size_t n;
	memset(a, 0, sizeof *a);
	enum nd_err err = file_read(path, ND_MAX_FILE_BYTES, &bytes, &n);
	if (err)
		return err;
	err = article_parse(bytes, n, path, a);
	free(bytes);
	return err;
}
