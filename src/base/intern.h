/*
 * intern.h - a table that gives each distinct string a small number (0,
 * 1, 2... in the order first seen), so that sets of words compare as
 * sets of numbers.
 *
 * Owns: its slots (intern_release).  Never the strings, which are the
 * caller's and must outlive the table.
 * Depends on: libc, text.h (the hash), error.h.
 */
#ifndef ND_INTERN_H
#define ND_INTERN_H

#include <stddef.h>
#include <stdint.h>

#include "base/error.h"

struct intern_slot;

struct intern {
	struct intern_slot *slots;
	size_t cap, n;           /* slots (a power of two, or 0) and strings held */
};

/* An empty table (all zero is one too). */
void intern_init(struct intern *t);
/* Free the slots; t is empty and may be used again. */
void intern_release(struct intern *t);
/* The number of s[0..len): the one given before to an equal string, else
 * the next one (t->n before the call).  ND_E_NOMEM (t unchanged) when the
 * table cannot grow. */
enum nd_err intern_id(struct intern *t, const char *s, size_t len, uint32_t *id);

#endif
