/*
 * buf.h - a growable byte buffer with a hard maximum size.
 *
 * Owns: its heap block (buf_release frees it).  The contents are always
 * NUL-terminated so they can be used as a C string when they hold text.
 *
 * Failures are sticky: once an append fails (no memory, or the maximum
 * would be passed), every later append fails with the same error and
 * changes nothing, so a run of appends can be checked once at its end
 * with buf_error().
 * Depends on: error.h, vec.h (how it grows).
 */
#ifndef ND_BUF_H
#define ND_BUF_H

#include <stddef.h>

#include "base/error.h"

struct buf {
	char *data;   /* NULL until the first append */
	size_t len;
	size_t cap;
	size_t max;   /* appends that would pass this fail with ND_E_TOO_LARGE */
	enum nd_err err; /* the first failure, ND_E_OK until one */
};

/* Start an empty buffer that may hold at most max bytes. */
void buf_init(struct buf *b, size_t max);
/* Free the block; the buffer is empty, without error and reusable. */
void buf_release(struct buf *b);
/* The first append that failed, or ND_E_OK. */
enum nd_err buf_error(const struct buf *b);
/* Append n bytes. */
enum nd_err buf_add(struct buf *b, const void *p, size_t n);
/* Append a NUL-terminated string. */
enum nd_err buf_adds(struct buf *b, const char *s);
/* Append one byte. */
enum nd_err buf_addc(struct buf *b, char c);
/* Append formatted text. */
enum nd_err buf_addf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Hand the block to the caller (who frees it) and empty the buffer.
 * Returns an allocated empty string for an empty buffer, NULL on no memory
 * or when an append had failed (the block is then freed: check
 * buf_error() first to tell which). */
char *buf_detach(struct buf *b, size_t *len);

#endif
