/*
 * values.c - typed values in one sentence: the scan, dates, and the
 * comparisons.  See values.h; the values a number makes are read in
 * values_num.c.
 *
 * One pass over the tokens, left to right: at each token a date ("Nov.
 * 6", "last week", "Tuesday"), a time word ("noon") or a value made from
 * a number (values_amount_at); a value found, the scan goes on after it.
 * Nothing is allocated outside the arena.
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
#include "analyse/values.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/lexicon.h"
#include "analyse/values_scan.h"
#include "base/date.h"

/* ---- dates ----------------------------------------------------------------- */

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

static bool date_at(const struct scan *s, size_t i, struct value *v)
{
	return relative_at(s, i, v) || weekday_at(s, i, v) || month_date_at(s, i, v) ||
	       day_month_at(s, i, v);
}

/* ---- times ---------------------------------------------------------------- */

/* A clock time from digits at j: "3 p.m.", "10:30 a.m.", "10:30", "12 noon". */
bool values_clock_at(const struct scan *s, size_t j, struct value *v)
{
	if (j >= s->n || !s->t[j].num || strspn(s->w[j], "0123456789") != strlen(s->w[j]))
		return false;
	double h = s->t[j].value, mi = 0;
	size_t k = j;
	bool colon = touch(s, j) && is(s, j + 1, ":") && touch(s, j + 1) && j + 2 < s->n &&
		     s->t[j + 2].num && strspn(s->w[j + 2], "0123456789") == 2;
	int ampm = 0;
	if (colon) {
		k = j + 2, mi = s->t[k].value;
		const char *r = s->w[k] + 2;
		ampm = IN(r, "am", "a.m.") ? 1 : IN(r, "pm", "p.m.") ? 2 : *r ? -1 : 0;
	}
	if (!ampm && IN(W(s, k + 1), "a.m.", "am", "p.m.", "pm"))
		ampm = s->w[++k][0] == 'a' ? 1 : 2;
	if (!ampm && h == 12 && is(s, k + 1, "noon"))
		k++, ampm = 2;
	if (ampm < 0 || (!ampm && !colon) || mi > 59 || (ampm && (h < 1 || h > 12)) || h > 23)
		return false;
	if (ampm)
		h = (h == 12 ? 0 : h) + (ampm == 2 ? 12 : 0);
	v->type = VALUE_TIME, v->lo = v->hi = h * 60 + mi, v->last = k;
	return true;
}

/* "noon", "midday", "midnight". */
static bool time_word(const struct scan *s, size_t i, struct value *v)
{
	if (!IN(W(s, i), "noon", "midday", "midnight"))
		return false;
	v->type = VALUE_TIME, v->lo = v->hi = is(s, i, "midnight") ? 0 : 720;
	return true;
}

/* ---- the scan ---------------------------------------------------------- */

/* The value that starts at token i, if any. */
static bool value_at(const struct scan *s, size_t i, struct value *v)
{
	memset(v, 0, sizeof *v);
	v->qual = VQUAL_EXACT, v->prec = DPREC_NONE;
	v->first = v->last = i, v->noun_first = v->noun_last = NONE;
	return date_at(s, i, v) || time_word(s, i, v) || values_amount_at(s, i, v);
}

enum nd_err values_find(const char *text, const struct tokens *tk, double report_day,
			struct arena *arena, struct values *out, size_t *cap)
{
	struct scan s = { text, tk->t, tk->w, tk->n, report_day };
	for (size_t i = 0; i < s.n;) {
		struct value v;
		if (!value_at(&s, i, &v)) {
			i++;
			continue;
		}
		struct value *a = arena_reserve(arena, out->v, out->n, cap, out->n + 1, sizeof *a);
		if (!a)
			return ND_E_NOMEM;
		out->v = a;
		a[out->n++] = v;
		i = v.last + 1;
	}
	return ND_E_OK;
}

/* ---- names and comparisons ------------------------------------------------ */

const char *value_type_name(enum value_type t)
{
	static const char *const names[] = {
#define ND_VT_NAME(name, json) json,
		ND_VALUE_TYPES(ND_VT_NAME)
#undef ND_VT_NAME
	};
	return (unsigned)t < N(names) ? names[t] : "";
}

const char *value_qual_label(enum value_qual q)
{
	static const char *const labels[] = {
#define ND_VQ_LABEL(name, label) label,
		ND_VALUE_QUALS(ND_VQ_LABEL)
#undef ND_VQ_LABEL
	};
	return (unsigned)q < N(labels) ? labels[q] : "";
}

/* Units of one family compare after conversion; others only when equal. */
static bool same_family(const char *a, const char *b)
{
	double fa, fb;
	if (!a || !b)
		return a == b;
	if (strcmp(a, b) == 0)
		return true;
	int ca = values_unit_family(a, &fa), cb = values_unit_family(b, &fb);
	return ca && ca == cb;
}

bool values_comparable(const struct value *a, const struct value *b)
{
	if (!a || !b || a->type != b->type || isnan(a->lo) || isnan(b->lo))
		return false;
	return same_family(a->unit, b->unit);
}

/* The days a date covers, first and last. */
static void date_span(const struct value *v, double *lo, double *hi)
{
	long y;
	unsigned m, d;
	civil(v->lo, &y, &m, &d);
	*lo = v->lo, *hi = v->hi;
	if (v->prec == DPREC_MONTH)
		*hi = (double)date_days_from_civil(y, m + 1, 0);
	else if (v->prec == DPREC_YEAR)
		*lo = (double)date_days_from_civil(y, 1, 1), *hi = (double)date_days_from_civil(y, 12, 31);
}

/* What a value allows, as an interval: [l, h], open at an end when lo or
 * ho is set. */
struct span {
	double l, h;
	bool lo, ho;
};

static struct span span_of(const struct value *v, double f)
{
	struct span r = { v->lo * f, v->hi * f, false, false };
	switch (v->qual) {
	case VQUAL_ABOUT: r.l *= 0.95, r.h *= 1.05; break;
	case VQUAL_NEARLY: r.l *= 0.9; break;
	case VQUAL_AT_LEAST: r.h = INFINITY; break;
	case VQUAL_MORE_THAN: r.h = INFINITY, r.lo = true; break;
	case VQUAL_AT_MOST: r.l = -INFINITY; break;
	case VQUAL_LESS_THAN: r.l = -INFINITY, r.ho = true; break;
	default: break;
	}
	return r;
}

static bool overlap(struct span a, struct span b, double eps)
{
	double tol = eps * dmax(a.l < 0 ? -a.l : a.l, b.l < 0 ? -b.l : b.l) + 1e-9;
	if (a.h < b.l - tol || b.h < a.l - tol)
		return false;
	if ((a.ho || b.lo) && a.h <= b.l + tol && !(b.l < a.l))
		return false;
	if ((b.ho || a.lo) && b.h <= a.l + tol && !(a.l < b.l))
		return false;
	return true;
}

bool values_compatible(const struct value *a, const struct value *b)
{
	if (!values_comparable(a, b))
		return false;
	if (a->type == VALUE_TALLY)
		return a->lo == b->lo && a->hi == b->hi;
	if (a->type == VALUE_DATE) {
		double al, ah, bl, bh;
		date_span(a, &al, &ah);
		date_span(b, &bl, &bh);
		return (al <= bl && bh <= ah) || (bl <= al && ah <= bh);
	}
	double fa = 1, fb = 1, eps = 1e-9;
	if (a->unit && b->unit && strcmp(a->unit, b->unit) != 0) {
		values_unit_family(a->unit, &fa);
		values_unit_family(b->unit, &fb);
		eps = 0.005;   /* "100 miles (161 km)" */
	}
	return overlap(span_of(a, fa), span_of(b, fb), eps);
}

static const char *date_str(const struct value *v, double day, struct arena *ar)
{
	long y;
	unsigned m, d;
	civil(day, &y, &m, &d);
	if (v->prec == DPREC_YEAR)
		return arena_printf(ar, "%04ld", y);
	if (v->prec == DPREC_MONTH)
		return arena_printf(ar, "%04ld-%02u", y, m);
	return arena_printf(ar, "%04ld-%02u-%02u", y, m, d);
}

static const char *ordinal_suffix(double v)
{
	long n = (long)v;
	if (n % 100 >= 11 && n % 100 <= 13)
		return "th";
	return n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
}

const char *value_normalized(const struct value *v, struct arena *ar)
{
	char amt[64];
	if (v->type == VALUE_DATE) {
		if (isnan(v->lo))
			return arena_strdup(ar, "?");
		const char *lo = date_str(v, v->lo, ar);
		return v->hi > v->lo && lo ? arena_printf(ar, "%s..%s", lo, date_str(v, v->hi, ar)) : lo;
	}
	if (isnan(v->lo))
		return arena_strdup(ar, "?");
	if (v->hi != v->lo && v->type != VALUE_TALLY)
		snprintf(amt, sizeof amt, "%.15g..%.15g", v->lo, v->hi);
	else
		snprintf(amt, sizeof amt, "%.15g", v->lo);
	switch (v->type) {
	case VALUE_MONEY: return arena_printf(ar, "%s %s", v->unit ? v->unit : "", amt);
	case VALUE_PERCENT:
		return v->unit ? arena_printf(ar, "%s %s", amt, v->unit) : arena_printf(ar, "%s%%", amt);
	case VALUE_MEASURE: case VALUE_AGE: case VALUE_DURATION:
		return arena_printf(ar, "%s %s", amt, v->unit ? v->unit : "");
	case VALUE_ORDINAL: return arena_printf(ar, "%s%s", amt, ordinal_suffix(v->lo));
	case VALUE_TALLY: return arena_printf(ar, "%.15g-%.15g", v->lo, v->hi);
	case VALUE_TIME:
		return arena_printf(ar, "%02d:%02d", (int)v->lo / 60, (int)v->lo % 60);
	default: return arena_strdup(ar, amt);
	}
}
