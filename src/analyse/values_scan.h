/*
 * values_scan.h - inside the values module only (values.c drives the
 * scan, values_date.c reads dates, values_num.c numbers, values_noun.c
 * noun phrases): the sentence being scanned and the small look-ups they
 * share.  Nothing else includes it.
 *
 * Owns: nothing.
 * Depends on: values.h (tokens.h, arena.h through it), text.h.
 */
#ifndef ND_VALUES_SCAN_H
#define ND_VALUES_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "analyse/values.h"
#include "base/text.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))
#define NONE SIZE_MAX

/* One sentence being scanned: its tokens, their folded words, and the
 * report's day (NAN: unknown). */
struct scan {
	const char *text;
	const struct tok *t;
	const char *const *w;
	size_t n;
	double day;
};

/* Word i, or "" past the end. */
static inline const char *W(const struct scan *s, size_t i)
{
	return i < s->n ? s->w[i] : "";
}

static inline bool is(const struct scan *s, size_t i, const char *w)
{
	return i < s->n && text_same(s->w[i], w);
}

/* Tokens i and i + 1 touch (no space between). */
static inline bool touch(const struct scan *s, size_t i)
{
	return i + 1 < s->n && s->t[i].end == s->t[i + 1].start;
}

static inline bool in(const char *w, const char *const *set, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (text_same(w, set[i]))
			return true;
	return false;
}
#define IN(w, ...) in((w), (const char *const[]){ __VA_ARGS__ }, \
		      N(((const char *const[]){ __VA_ARGS__ })))

/* libm is not linked: the few helpers needed, for amounts of sane size. */
static inline bool whole(double v)
{
	return v > -1e15 && v < 1e15 && v == (double)(long long)v;
}

static inline double dmax(double a, double b)
{
	return a > b ? a : b;
}

static inline double dmin(double a, double b)
{
	return a < b ? a : b;
}

static inline bool year_like(double v)
{
	return v >= 1900 && v <= 2100 && whole(v);
}

/* values_num.c.  A value that a number makes from token i, with the
 * qualifier before it ("about 150 people", "$2.5 million", "52-48", "3
 * p.m."); false when none starts there.  The caller has set v to an
 * exact value at i with no noun. */
bool values_amount_at(const struct scan *s, size_t i, struct value *v);

/* values.c.  A clock time from the digits at token j: "3 p.m.",
 * "10:30 a.m.", "21:45", "12 noon". */
bool values_clock_at(const struct scan *s, size_t j, struct value *v);


/* values_date.c.  A date from token i ("Nov. 6, 2012", "in March",
 * "last Tuesday", "yesterday"); false when none starts there.  The caller
 * has set v as for values_amount_at. */
bool values_date_at(const struct scan *s, size_t i, struct value *v);

/* values_date.c.  Make v the date off days, weeks (Monday to Sunday),
 * months or years (unit 'd', 'w', 'm', 'y') from the report day ("last
 * week": -1 'w'; "two weeks ago": -2 'w'); with no report day, the step
 * itself (v->undated).  Sets type, prec, lo and hi; not the span. */
void values_date_step(const struct scan *s, struct value *v, int off, char unit);

/* values_noun.c.  A function word or a common irregular past tense: it
 * ends a noun phrase and is never part of a name. */
bool values_stop_word(const char *w);

/* A plural noun: "people", "senators" (not "status", "bus"). */
bool values_plural(const char *w);

/* Which heads a noun phrase may end in: a plural only ("five
 * locations"), any ("a 1.9 percent cut", "fourth consecutive win"), or a
 * singular only ("one person": "one question asks" is no phrase). */
enum np { NP_PLURAL, NP_ANY, NP_ONE };

/* The noun phrase from token j: up to four words, ending at the first
 * plural or, when singulars are allowed, at the last word before a stop.
 * After "of" ("three of the journalists") a determiner is skipped.
 * Returns the last token of the phrase (*first its first), or NONE. */
size_t values_noun_at(const struct scan *s, size_t j, enum np mode, size_t *first);

/* Set v's noun phrase to the one from token j, if any, and stretch v to
 * its end. */
void values_set_noun(const struct scan *s, struct value *v, size_t j, enum np mode);

/* The family of canonical unit u (0: it converts to no other unit) and
 * its size in the family's base unit (*factor; 1 for no family). */
int values_unit_family(const char *u, double *factor);

#endif
