#include "base/buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/vec.h"

void buf_init(struct buf *b, size_t max)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->max = max;
	b->err = ND_E_OK;
}

void buf_release(struct buf *b)
{
	free(b->data);
	buf_init(b, b->max);
}

enum nd_err buf_error(const struct buf *b)
{
	return b->err;
}

static enum nd_err fail(struct buf *b, enum nd_err err)
{
	b->err = err;
	return err;
}

static enum nd_err grow(struct buf *b, size_t extra)
{
	if (b->err)
		return b->err;
	if (extra > b->max || b->len > b->max - extra)
		return fail(b, ND_E_TOO_LARGE);
	if (b->len + extra + 1 <= b->cap) /* room for the NUL too */
		return ND_E_OK;
	/* text is seldom shorter than 64 bytes */
	size_t cap = b->cap < 64 ? 64 : b->cap;
	char *p = vec_reserve(b->data, &cap, b->len + extra + 1, 1);
	if (!p)
		return fail(b, ND_E_NOMEM);
	b->data = p;
	b->cap = cap;
	return ND_E_OK;
}

enum nd_err buf_add(struct buf *b, const void *p, size_t n)
{
	enum nd_err err = grow(b, n);
	if (err)
		return err;
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return ND_E_OK;
}

enum nd_err buf_adds(struct buf *b, const char *s)
{
	return buf_add(b, s, strlen(s));
}

enum nd_err buf_addc(struct buf *b, char c)
{
	return buf_add(b, &c, 1);
}

enum nd_err buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	char small[256];

	if (b->err)
		return b->err;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return fail(b, ND_E_IO);
	if ((size_t)n < sizeof small)
		return buf_add(b, small, (size_t)n);

	enum nd_err err = grow(b, (size_t)n);
	if (err)
		return err;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return ND_E_OK;
}

char *buf_detach(struct buf *b, size_t *len)
{
	char *p = b->data;
	if (b->err) {
		buf_release(b);
		return NULL;
	}
	if (!p) {
		p = calloc(1, 1);
		if (!p)
			return NULL;
	}
	if (len)
		*len = b->len;
	buf_init(b, b->max);
	return p;
}
