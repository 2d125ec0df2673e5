/*
 * wrap.h - break text into lines of at most a given display width.
 *
 * Owns: nothing; segments are appended to a caller-owned array.
 * Depends on: text.h.  Must not depend on curses.
 *
 * Breaks at spaces and newlines; a word wider than the line is cut at a
 * character boundary, and zero-width characters (combining marks) stay
 * with the character before them, so no character is ever split.
 */
#ifndef ND_WRAP_H
#define ND_WRAP_H

#include <stddef.h>

#include "base/error.h"

struct wrap_seg {
	size_t off;  /* byte offset into the wrapped text */
	size_t len;  /* bytes; no leading or trailing spaces */
};

struct wrap_out {
	struct wrap_seg *v;  /* owned: free(v) */
	size_t n, cap;
};

/* Append the lines of s[0..n) wrapped to width cells (at least 1) to out.
 * Offsets are relative to s plus base. */
enum nd_err wrap_text(const char *s, size_t n, size_t base, int width,
		      struct wrap_out *out);

#endif
