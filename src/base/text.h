/*
 * text.h - UTF-8 handling: sanitising outside text, decoding, display
 * widths and case-insensitive matching.
 *
 * Owns: nothing; every function works on caller-owned memory.
 * Depends on: buf.h, utf8proc.  Must not depend on curses.
 *
 * Everything newsdiff stores is passed through text_sanitize first, so the
 * rest of the program may assume valid UTF-8 without control characters
 * other than '\n'.
 */
#ifndef ND_TEXT_H
#define ND_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/buf.h"

/* Are a and b the same string?  strcmp's answer, with the first two
 * bytes compared inline: the word rules ask it of nearly every word, and
 * most words differ from the one asked for at their first or second
 * letter ("the" and "taken", "a" and "and"). */
static inline bool text_same(const char *a, const char *b)
{
	return a[0] == b[0] && (!a[0] || (a[1] == b[1] && (!a[1] || strcmp(a + 2, b + 2) == 0)));
}

/* Counts of what text_sanitize replaced, for warnings. */
struct text_fixes {
	size_t invalid;   /* bytes of invalid UTF-8, each now U+FFFD */
	size_t controls;  /* control and format characters made visible */
};

/*
 * Append a clean copy of in[0..n) to out: invalid UTF-8 becomes U+FFFD,
 * CR LF and lone CR become LF, TAB becomes a space, other C0 controls and
 * DEL become their visible Control Pictures glyph (U+2400 + c, U+2421),
 * C1 controls and bidirectional overrides become U+FFFD, a leading
 * byte-order mark is dropped.  No escape sequence survives, because ESC
 * itself never does.  fixes may be NULL.
 */
enum nd_err text_sanitize(const char *in, size_t n, struct buf *out,
			  struct text_fixes *fixes);

/* Write the message line "newsdiff: WHAT: MSG" and a newline to f (WHAT
 * may be NULL), WHAT and MSG being outside text (a file name, a URL, a
 * server's message: anything): each made safe for a terminal by
 * text_sanitize, its newlines as spaces, and cut at 4096 bytes with "…".
 * Every message that names outside text goes through it; with no memory
 * for the safe copy it still says that something failed. */
void text_say(FILE *f, const char *what, const char *msg);

/* Append outside text s to b made safe and on one line as text_say
 * does, its first limit bytes at most, then "…" when it was longer.  A
 * sanitised byte takes at most 3, so b needs room for 3 * limit + 3 more
 * bytes. */
enum nd_err text_add_safe(struct buf *b, const char *s, size_t limit);

/* What text_sanitize replaced, in words, one line each ("2 bytes of
 * invalid UTF-8 shown as U+FFFD", "1 control character shown as
 * symbols") into lines[]; returns how many (0 to 2). */
size_t text_fixes_said(const struct text_fixes *f, char lines[2][96]);

/* Length of the run at the start of s[0..n) of ASCII bytes from lo up
 * (below 0x80), read eight bytes at a time: the plain text most of a
 * page or a report is.  lo at most 0x80. */
size_t text_ascii_span(const char *s, size_t n, unsigned char lo);

/* True when in[0..n) is binary data rather than text: a NUL byte in the
 * first 8 KiB, or more than 10% of its bytes invalid UTF-8 or controls. */
bool text_is_binary(const char *in, size_t n);

/* Decode the code point at s[*i] (valid UTF-8 assumed, as after
 * text_sanitize) and advance *i past it.  Invalid bytes give U+FFFD. */
int32_t text_next(const char *s, size_t n, size_t *i);

/* Encode code point cp as UTF-8 into out; returns the bytes written (1-4),
 * U+FFFD's encoding for a value that is not a code point. */
size_t text_encode(int32_t cp, char out[4]);

/* Display width of one code point in terminal cells: 0, 1 or 2. */
int text_cp_width(int32_t cp);

/* Display width of s[0..n). */
size_t text_width(const char *s, size_t n);

/* The code point as compared by searches: lower case, with curly quotes,
 * primes and dashes folded to their ASCII forms. */
int32_t text_fold(int32_t cp);

/*
 * Find needle in hay[from..n) ignoring case (text_fold).  Returns the byte
 * offset of the match, or (size_t)-1, and its length in hay in *match_len.
 */
size_t text_find(const char *hay, size_t n, size_t from, const char *needle,
		 size_t *match_len);

/* Trim ASCII white space from both ends of s[0..*n); returns the new start. */
const char *text_trim(const char *s, size_t *n);

/* The host of a URL, without "www." and a port: a pointer into url and
 * its length in *n ("https://www.example.org:8080/a": "example.org"). */
const char *text_url_host(const char *url, size_t *n);

/* Number of words (runs of non-space) in s[0..n). */
size_t text_words(const char *s, size_t n);

/*
 * Edit distance (insertions, deletions and substitutions of bytes) between
 * the short strings a and b, for telling spellings one letter apart: any
 * distance over cap is returned as cap + 1, and so is every distance when
 * either string is over 63 bytes.
 */
unsigned text_edit_distance(const char *a, const char *b, unsigned cap);

/* The 64-bit FNV-1a hash of s[0..n): word tables, word runs and cache
 * file names use this one hash. */
uint64_t text_hash(const char *s, size_t n);

#endif
