/*
 * jsonw.h - JSON written as it is made, one value at a time, straight to
 * a FILE, so that a report of a thousand reports never stands whole in
 * memory as a tree.
 *
 * The bytes are those jansson's json_dumps writes for the same values
 * with JSON_PRESERVE_ORDER and JSON_INDENT(2) (or JSON_COMPACT for one
 * line), but for lists (jsonw_list), which stay on one line; then made
 * safe for a terminal as report.h says: DEL, the C1 controls and the
 * bidirectional overrides and isolates are written as \u escapes too
 * (jansson leaves them raw).  A string that is not valid
 * UTF-8 is repaired first (each invalid byte becomes U+FFFD), as jansson
 * would refuse it.
 *
 * Usage: jsonw_new, then the values in order (jsonw_key before each
 * member of an object), then jsonw_finish, which writes what is left and
 * says whether everything went out, then jsonw_free.  Output goes to the
 * FILE in chunks of 64 KiB, so after a failure part of the JSON may have
 * been written.
 *
 * Owns: its chunk of output and its table of rendered ids (jsonw_free
 * frees both); the FILE stays the caller's.
 * Depends on: text.h (decoding, repairing UTF-8), error.h, libc.  Must
 * not depend on curses or jansson.
 */
#ifndef ND_SHOW_JSONW_H
#define ND_SHOW_JSONW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "base/error.h"

struct jsonw;

/* A writer to out, indented by two spaces or (compact) all on one line.
 * NULL when memory ran out.  Free with jsonw_free. */
struct jsonw *jsonw_new(FILE *out, bool compact);

/* Write what is left to the FILE; ND_E_OK, or the writer's first error
 * (ND_E_NOMEM, ND_E_WRITE).  The writer may not be used after it. */
enum nd_err jsonw_finish(struct jsonw *w);

/* Free w (NULL does nothing) without writing what is left. */
void jsonw_free(struct jsonw *w);

/* The first error, or ND_E_OK.  Errors are sticky: after one, nothing
 * more is written. */
enum nd_err jsonw_error(const struct jsonw *w);

/* Containers: an object or array as the next value (the whole document
 * at the top), and its end. */
void jsonw_object(struct jsonw *w);
void jsonw_object_end(struct jsonw *w);
void jsonw_array(struct jsonw *w);
void jsonw_array_end(struct jsonw *w);

/* An array written on one line, "[1, 2, 3]": ", " between values and
 * ": " after a key inside it ("," and ":" when compact, as JSON_COMPACT
 * writes them), for short values such as lists of article ids, which
 * would otherwise take a line each.  Anything inside stays on that line.
 * Closed by jsonw_array_end. */
void jsonw_list(struct jsonw *w);

/* The key of the next member of the object open (a NUL-terminated
 * string); its value follows. */
void jsonw_key(struct jsonw *w, const char *key);

/* The same for a key of n bytes of printable ASCII other than '"' and
 * '\\', written as it is (JSONW_KEY for a string literal). */
void jsonw_key_ascii(struct jsonw *w, const char *key, size_t n);
#define JSONW_KEY(w, lit) jsonw_key_ascii((w), "" lit, sizeof lit - 1)

/* A string value s[0..n); with flat, each newline is written as a
 * space. */
void jsonw_string(struct jsonw *w, const char *s, size_t n, bool flat);

/* A NUL-terminated string value; NULL is written as "". */
void jsonw_str(struct jsonw *w, const char *s);

/* An integer value. */
void jsonw_int(struct jsonw *w, long long v);

/* The integers from, from + 1, ..., to - 1 as values one after the
 * other, the same bytes as jsonw_int for each: the reports' lists of
 * article ids, written a run at a time from a table the writer renders
 * once for each level of indent. */
void jsonw_int_run(struct jsonw *w, size_t from, size_t to);

/* Bytes written as they are, outside any value (the newline after the
 * document). */
void jsonw_raw(struct jsonw *w, const char *s, size_t n);

#endif
