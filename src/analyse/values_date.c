/*
 * values_date.c - dates in one sentence: "Nov. 6, 2012", "6 November",
 * "in March", "Tuesday", "last week", "yesterday".  See values.h;
 * values.c drives the scan and asks here first at each token.
 *
 * Decisions the tests hold:
 *  - "this/last/next week": a range of days, lo the Monday, hi the Sunday,
 *    prec DPREC_DAY; "last/next month": its first day, prec MONTH;
 *    "last/this/next year": a YEAR value, like "in 2012".
 *  - a weekday is the latest such day on or before the report day ("last
 *    Tuesday": before it; "next Tuesday": after it).  A month, or a month
 *    and day, without a year: the one nearest the report day.  "last
 *    night": the day before the report.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/lexicon.h"
#include "analyse/values.h"
#include "analyse/values_scan.h"
#include "base/date.h"

static void civil(double day, long *y, unsigned *m, unsigned *d)
{
	date_civil_from_days((long)day, y, m, d);
}

/* Day d of month mo: of year y, or (y == 0) of the year that puts it
 * nearest the report day. */
static void place_day(const struct scan *s, struct value *v, long y, unsigned mo, unsigned d)
{
	v->type = VALUE_DATE, v->prec = DPREC_DAY;
	v->lo = v->hi = NAN;
	if (y) {
		v->lo = v->hi = (double)date_days_from_civil(y, mo, d);
		return;
	}
	if (isnan(s->day))
		return;
	long ry, best = 0;
	unsigned rm, rd;
	civil(s->day, &ry, &rm, &rd);
	for (long c = ry - 1; c <= ry + 1; c++) {
		long z = date_days_from_civil(c, mo, d);
		if (c == ry - 1 || labs(z - (long)s->day) < labs(best - (long)s->day))
			best = z;
	}
	v->lo = v->hi = (double)best;
}

/* Month mo of year y, or of the year that puts it nearest the report day. */
static void place_month(const struct scan *s, struct value *v, long y, unsigned mo)
{
	v->type = VALUE_DATE, v->prec = DPREC_MONTH;
	v->lo = v->hi = NAN;
	if (!y && !isnan(s->day)) {
		long ry, best = 0, dist = 0;
		unsigned rm, rd;
		civil(s->day, &ry, &rm, &rd);
		for (long c = ry - 1; c <= ry + 1; c++) {
			long a = date_days_from_civil(c, mo, 1), b = date_days_from_civil(c, mo + 1, 0);
			long r = (long)s->day, dd = r < a ? a - r : r > b ? r - b : 0;
			if (c == ry - 1 || dd < dist)
				best = c, dist = dd;
		}
		y = best;
	}
	if (y)
		v->lo = v->hi = (double)date_days_from_civil(y, mo, 1);
}

/* A four-digit year at token k, or 0. */
static long year_tok(const struct scan *s, size_t k)
{
	if (k >= s->n || !s->t[k].num || strlen(s->w[k]) != 4 || !year_like(s->t[k].value) ||
	    strspn(s->w[k], "0123456789") != 4)
		return 0;
	return (long)s->t[k].value;
}

/* A day of the month at token k ("6", "6th"), or 0. */
static unsigned mday_tok(const struct scan *s, size_t k)
{
	if (k >= s->n || !s->t[k].num || (touch(s, k) && is(s, k + 1, ":")))
		return 0;
	const char *w = s->w[k];
	size_t nd = strspn(w, "0123456789");
	double d = s->t[k].value;
	if (nd > 2 || d < 1 || d > 31 || (w[nd] && !IN(w + nd, "st", "nd", "rd", "th")))
		return 0;
	return (unsigned)d;
}

/* A month word at token k (capitalised), with "Nov." taking its dot.
 * Returns the month; *end is its last token. */
static unsigned month_tok(const struct scan *s, size_t k, size_t *end, bool *full)
{
	if (k >= s->n || !s->t[k].cap || s->t[k].num)
		return 0;
	size_t len = strlen(s->w[k]);
	int mo = date_month_word(s->w[k], len, DATE_FULL | DATE_ABBR3 | DATE_ABBR_OTHER);
	*full = date_month_word(s->w[k], len, DATE_FULL) != 0;
	*end = k;
	if (mo && !*full && touch(s, k) && is(s, k + 1, "."))
		(*end)++;
	return (unsigned)mo;
}

/* "November 6, 2012", "Nov. 6th", "November 2012", "in March". */
static bool month_date_at(const struct scan *s, size_t i, struct value *v)
{
	bool full;
	size_t k;
	unsigned mo = month_tok(s, i, &k, &full), d;
	long y;
	if (!mo)
		return false;
	if ((d = mday_tok(s, k + 1))) {
		k++;
		if ((y = year_tok(s, k + 1 + is(s, k + 1, ","))))
			k += 1 + is(s, k + 1, ",");
		place_day(s, v, y, mo, d);
	} else if ((y = year_tok(s, k + 1))) {
		place_month(s, v, y, mo), k++;
	} else if (full && i > 0 &&
		   IN(s->w[i - 1], "in", "since", "until", "by", "early", "late", "mid", "from",
		      "through", "during", "of", "before", "after", "last", "next", "this")) {
		place_month(s, v, 0, mo);
	} else {
		return false;
	}
	v->last = k;
	return true;
}

/* "6 November 2012", "6th of Nov.". */
static bool day_month_at(const struct scan *s, size_t i, struct value *v)
{
	bool full;
	size_t k;
	unsigned d = mday_tok(s, i), mo;
	if (!d)
		return false;
	size_t at = i + 1 + is(s, i + 1, "of");
	if (!(mo = month_tok(s, at, &k, &full)))
		return false;
	long y = year_tok(s, k + 1);
	place_day(s, v, y, mo, d);
	v->last = k + (y != 0);
	return true;
}

/* "Tuesday", "last Tuesday", "next Tuesday", "Tuesday, Nov. 6". */
static bool weekday_at(const struct scan *s, size_t i, struct value *v)
{
	size_t k = i;
	int rel = is(s, k, "last") ? -1 : is(s, k, "next") ? 1 : 0;
	k += rel != 0 || is(s, k, "this");
	if (k >= s->n || !s->t[k].cap)
		return false;
	int wd = date_weekday_word(s->w[k], strlen(s->w[k]), DATE_FULL);
	if (wd < 0 || (k == i && i > 0 && s->t[i - 1].cap && !lex_not_name(s->w[i - 1]) &&
		       !values_stop_word(s->w[i - 1])))
		return false;
	size_t d = k + 1 + is(s, k + 1, ",");
	if (month_date_at(s, d, v) || day_month_at(s, d, v))
		return true;
	v->type = VALUE_DATE, v->prec = DPREC_DAY, v->last = k;
	v->lo = v->hi = NAN;
	if (isnan(s->day))
		return true;
	long r = (long)s->day;
	int back = (date_weekday_of(r) - wd + 7) % 7, ahead = (wd - date_weekday_of(r) + 7) % 7;
	if (rel < 0)
		r -= back ? back : 7;
	else if (rel > 0)
		r += ahead ? ahead : 7;
	else
		r -= back;
	v->lo = v->hi = (double)r;
	return true;
}

/* The words phrase p (single spaces) matches from token i, or 0. */
static size_t phrase_at(const struct scan *s, const char *p, size_t i)
{
	size_t k = 0;
	while (*p) {
		size_t pl = strcspn(p, " ");
		if (i + k >= s->n || strncmp(s->w[i + k], p, pl) != 0 || s->w[i + k][pl])
			return 0;
		k++;
		p += pl + (p[pl] == ' ');
	}
	return k;
}

/* "today", "yesterday", "last week", "next month", "this year". */
static bool relative_at(const struct scan *s, size_t i, struct value *v)
{
	static const struct { const char *p; int days; } rel[] = {
		{ "today", 0 }, { "tonight", 0 }, { "this morning", 0 }, { "this afternoon", 0 },
		{ "this evening", 0 }, { "yesterday", -1 }, { "last night", -1 }, { "tomorrow", 1 },
	};
	double r = s->day;
	for (size_t q = 0, k; q < N(rel); q++)
		if ((k = phrase_at(s, rel[q].p, i))) {
			v->type = VALUE_DATE, v->prec = DPREC_DAY, v->last = i + k - 1;
			v->lo = v->hi = r + rel[q].days;
			return true;
		}
	int off = is(s, i, "last") ? -1 : is(s, i, "next") ? 1 : is(s, i, "this") ? 0 : 2;
	const char *u = W(s, i + 1);
	if (off == 2 || !IN(u, "week", "month", "year") || (i > 0 && IN(s->w[i - 1], "the", "past", "a")))
		return false;
	v->type = VALUE_DATE, v->last = i + 1;
	v->lo = v->hi = NAN;
	long y;
	unsigned m, d;
	if (!isnan(r))
		civil(r, &y, &m, &d);
	if (u[0] == 'w') {
		v->prec = DPREC_DAY;
		if (!isnan(r))
			v->lo = r - (date_weekday_of((long)r) + 6) % 7 + 7 * off, v->hi = v->lo + 6;
	} else if (u[0] == 'm') {
		v->prec = DPREC_MONTH;
		if (!isnan(r)) {
			long mm = (long)m - 1 + off;   /* from 0, may be -1 or 12 */
			long yy = y + (mm < 0 ? -1 : mm > 11 ? 1 : 0);
			mm = (mm + 12) % 12;
			v->lo = v->hi = (double)date_days_from_civil(yy, (unsigned)mm + 1, 1);
		}
	} else {
		v->type = VALUE_YEAR;
		v->lo = v->hi = isnan(r) ? NAN : (double)(y + off);
	}
	return true;
}

/* See values_scan.h. */
bool values_date_at(const struct scan *s, size_t i, struct value *v)
{
	return relative_at(s, i, v) || weekday_at(s, i, v) || month_date_at(s, i, v) ||
	       day_month_at(s, i, v);
}
