/*
 * values.c - typed values in one sentence: the scan, times, and the
 * comparisons.  See values.h; dates are read in values_date.c, the values
 * a number makes in values_num.c, noun phrases in values_noun.c.
 *
 * One pass over the tokens, left to right: at each token a date ("Nov.
 * 6", "last week", "Tuesday": values_date_at), a time word ("noon") or a
 * value made from a number (values_amount_at); a value found, the scan
 * goes on after it.  Nothing is allocated outside the arena.
 */
#include "analyse/values.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyse/lexicon.h"
#include "analyse/values_scan.h"
#include "base/date.h"
#include "base/text.h"

static void civil(double day, long *y, unsigned *m, unsigned *d)
{
	date_civil_from_days((long)day, y, m, d);
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

static bool place_prep(const char *w)
{
	/* where something happens or goes, not where it comes from:
	 * "donations from Australia", "assistance from Moscow" */
	return IN(w, "in", "at", "to", "near", "outside", "across", "inside", "throughout");
}

/* "in Pittsburgh", "to Canada", "at the Texas border": a
 * place an event happens in, after a preposition of place, from the
 * lexicon's countries, states and big cities (unit: its canonical name).
 * Not a name that goes on ("in New York Times", "in Texas Instruments"),
 * not an outlet, not a country's adjective ("in French"). */
static bool place_at(const struct scan *s, size_t i, struct value *v)
{
	if (!place_prep(s->w[i]))
		return false;
	size_t k = i + 1 + is(s, i + 1, "the");
	if (k >= s->n || !s->t[k].cap)
		return false;
	const char *canon = NULL, *o;
	size_t len = lex_place(s->t, s->n, k, &canon);
	if (!len) {
		len = lex_country(s->t, s->n, k, &canon);
		/* a country's own name, not its adjective: "France", not "French" */
		if (len && strcasecmp(canon, s->w[k]) != 0 && !IN(s->w[k], "us", "u.s.", "uk", "u.k.",
								   "britain", "america", "usa"))
			if (len == 1)
				len = 0;
	}
	if (!len || lex_outlet(s->t, s->n, k, &o))
		return false;
	/* what follows ends the place: a mark, a function word, a number,
	 * a date word; not a name going on ("Texas Instruments") nor a noun
	 * the place describes ("from Paris climate accord") */
	size_t e = k + len;
	if (e < s->n && s->t[e].word && !s->t[e].num && !lex_tok_function_word(&s->t[e]) &&
	    !(s->t[e].cap && lex_tok_not_name(&s->t[e])) && !lex_tok_month(&s->t[e], DATE_FULL) &&
	    !lex_tok_weekday(&s->t[e], DATE_FULL))
		return false;
	v->type = VALUE_PLACE, v->unit = canon, v->lo = v->hi = 0;
	v->first = k, v->last = e - 1;
	return true;
}

/* ---- the scan ---------------------------------------------------------- */

/* The value that starts at token i, if any. */
static bool value_at(const struct scan *s, size_t i, struct value *v)
{
	memset(v, 0, sizeof *v);
	v->qual = VQUAL_EXACT, v->prec = DPREC_NONE;
	v->first = v->last = i, v->noun_first = v->noun_last = NONE;
	return values_date_at(s, i, v) || time_word(s, i, v) || values_amount_at(s, i, v) ||
	       place_at(s, i, v);
}

/* Could token k be part of any value?  A digit, a currency sign, a number
 * word, a month, a weekday or one of the words a date, a time or a vague
 * amount is made of.  A sentence with no such token holds no value and is
 * not scanned: most sentences of a report, so this pays for itself. */
static bool trigger(const struct scan *s, size_t k)
{
	const char *w = s->w[k];
	const struct tok *t = &s->t[k];
	double dummy;
	const char *canon;
	/* a place after a preposition of place */
	if (s->t[k].cap && k > 0 &&
	    (place_prep(s->w[k - 1]) ||
	     (k > 1 && is(s, k - 1, "the") && place_prep(s->w[k - 2]))) &&
	    (lex_place(s->t, s->n, k, &canon) || lex_country(s->t, s->n, k, &canon)))
		return true;
	/* a mark is its own token: only a currency sign counts */
	if (!s->t[k].word)
		return text_same(w, "$") || text_same(w, "\xc2\xa3") ||
		       text_same(w, "\xe2\x82\xac") || text_same(w, "\xc2\xa5");
	/* a digit anywhere; the hyphen found on the way */
	const char *hyphen = NULL;
	size_t len = 0;
	for (; w[len]; len++) {
		if (w[len] >= '0' && w[len] <= '9')
			return true;
		if (w[len] == '-' && !hyphen)
			hyphen = w + len;
	}
	/* a word the lexicon does not know (most words) starts no phrase
	 * of numbers and is no value word, ordinal, month or weekday */
	if (!t->lex && !hyphen)
		return false;
	if (lex_number(s->t, s->n, k, &dummy))
		return true;
	/* the lexicon's value words ("million", "yesterday"), by the
	 * token's number */
	if (lex_tok_value_word(t))
		return true;
	if (!hyphen) {
		/* the word whole: lex_number found no phrase of numbers it
		 * starts, so it is no number word of one word either; an
		 * ordinal, a month or a weekday in any form */
		return lex_tok_ordinal(t) || lex_tok_month(t, ~0u) || lex_tok_weekday(t, ~0u);
	}
	/* each part of a hyphenated word ("two-day", "mid-June",
	 * "twenty-first") */
	for (const char *p = w; *p;) {
		size_t n = strcspn(p, "-");
		char part[24];
		if (n > 0 && n < sizeof part) {
			memcpy(part, p, n);
			part[n] = '\0';
			if (date_month_word(part, n, ~0u) || date_weekday_word(part, n, ~0u) >= 0 ||
			    lex_ordinal(part) || lex_number_word(part, &dummy))
				return true;
		}
		p += n + (p[n] == '-');
	}
	return false;
}

/* Could a value start at token i (value_at)?  What each reading asks of
 * its first token, put together, so that most tokens are turned away
 * before any of them looks: a capital (dates, holidays, places, "US$")
 * or a number; one of the words a date, a time, a qualifier, a vague
 * amount or a place starts with; a currency sign; a phrase of the
 * lexicon's numbers or qualifiers; a number word or ordinal ("five",
 * "twenty-five", "third", "mid-1990s").  Never false where value_at
 * would find a value. */
static bool may_start(const struct scan *s, size_t i)
{
	const struct tok *t = &s->t[i];
	if (t->cap || t->num || t->allcaps)
		return true;
	const char *w = s->w[i];
	bool in_words;
	switch (w[0]) {
	case 'a': in_words = IN(w, "a", "an", "at", "across", "almost"); break;
	case 'b': in_words = IN(w, "between", "beginning", "billions"); break;
	case 'd': in_words = IN(w, "dozens"); break;
	case 'e': in_words = IN(w, "early", "end"); break;
	case 'h': in_words = IN(w, "hundreds"); break;
	case 'i': in_words = IN(w, "in", "inside"); break;
	case 'j': in_words = IN(w, "just"); break;
	case 'l': in_words = IN(w, "last", "late"); break;
	case 'm': in_words = IN(w, "mid", "middle", "midday", "midnight", "millions"); break;
	case 'n': in_words = IN(w, "next", "noon", "near", "nearly"); break;
	case 'o': in_words = IN(w, "outside"); break;
	case 's': in_words = IN(w, "start", "several", "scores"); break;
	case 't': in_words = IN(w, "the", "this", "today", "tonight", "tomorrow", "to",
				"throughout", "tens", "thousands"); break;
	case 'y': in_words = IN(w, "yesterday"); break;
	case '$': in_words = true; break;
	default: in_words = IN(w, "\xc2\xa3", "\xe2\x82\xac", "\xc2\xa5", "\xe2\x82\xb9"); break;
	}
	if (in_words)
		return true;
	double dummy;
	enum qual q;
	if (lex_number(s->t, s->n, i, &dummy) || lex_qualifier(s->t, s->n, i, &q))
		return true;
	if (!t->word)
		return false;
	/* num_token's word forms: the part before a hyphen */
	const char *h = strchr(w, '-');
	if (!h)
		return lex_tok_ordinal(t);
	size_t len = (size_t)(h - w);
	char part[32];
	if (len >= sizeof part)
		return false;
	memcpy(part, w, len);
	part[len] = '\0';
	return IN(part, "mid", "early", "late") || lex_number_word(part, &dummy);
}

enum nd_err values_find(const char *text, const struct tokens *tk, double report_day,
			struct arena *arena, struct values *out, size_t *cap)
{
	struct scan s = { text, tk->t, tk->w, tk->n, report_day };
	size_t k = 0;
	while (k < s.n && !trigger(&s, k))
		k++;
	if (k == s.n)
		return ND_E_OK;
	for (size_t i = 0; i < s.n;) {
		struct value v;
		if (!may_start(&s, i) || !value_at(&s, i, &v)) {
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

/* "March 13" and "March 19" in reports with no date to place them: two
 * days of a month, comparable by their words alone. */
static bool undated_days(const struct value *a, const struct value *b)
{
	return a->type == VALUE_DATE && b->type == VALUE_DATE && isnan(a->lo) && isnan(b->lo) &&
	       a->undated.mon && a->undated.mday && b->undated.mon && b->undated.mday &&
	       !a->undated.mon2 && !b->undated.mon2;
}

/* A year and a date: "2017" and "January 2017". */
static bool year_and_date(const struct value *a, const struct value *b)
{
	return (a->type == VALUE_YEAR && b->type == VALUE_DATE) ||
	       (a->type == VALUE_DATE && b->type == VALUE_YEAR);
}

bool values_same_kind(const struct value *a, const struct value *b)
{
	return a->type == b->type || year_and_date(a, b);
}

bool values_comparable(const struct value *a, const struct value *b)
{
	if (a && b && undated_days(a, b))
		return true;
	if (a && b && year_and_date(a, b) && !isnan(a->lo) && !isnan(b->lo))
		return true;
	if (!a || !b || a->type != b->type || isnan(a->lo) || isnan(b->lo))
		return false;
	if (a->type == VALUE_PLACE)
		return true;   /* any two places: the same one or not */
	return same_family(a->unit, b->unit);
}

/* The days a date (or years) covers, first and last. */
static void date_span(const struct value *v, double *lo, double *hi)
{
	long y;
	unsigned m, d;
	if (v->type == VALUE_YEAR) {
		*lo = (double)date_days_from_civil((long)v->lo, 1, 1);
		*hi = (double)date_days_from_civil((long)v->hi, 12, 31);
		return;
	}
	civil(v->lo, &y, &m, &d);
	*lo = v->lo, *hi = v->hi;
	if (v->prec == DPREC_MONTH) {
		civil(dmax(v->lo, v->hi), &y, &m, &d);   /* "May or June": to June's end */
		*hi = (double)date_days_from_civil(y, m + 1, 0);
	}
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

/* The size of a span's finite ends, for a tolerance: "up to 20" (from
 * -inf) is of the size of 20, not infinite. */
static double span_size(struct span s)
{
	double m = isfinite(s.l) ? fabs(s.l) : 0;
	return isfinite(s.h) && fabs(s.h) > m ? fabs(s.h) : m;
}

static bool overlap(struct span a, struct span b, double eps)
{
	/* an infinite tolerance would make every bound overlap ("up to 20
	 * homes" and "25 homes") */
	double tol = eps * dmax(span_size(a), span_size(b)) + 1e-9;
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
	if (undated_days(a, b))
		return a->undated.mon == b->undated.mon && a->undated.mday == b->undated.mday &&
		       a->undated.step == b->undated.step;
	if (a->type == VALUE_TALLY)
		return a->lo == b->lo && a->hi == b->hi;
	if (a->type == VALUE_PLACE) {
		/* the same place, or a city and the state or country it is in */
		const char *ia, *ib;
		return a->unit && b->unit &&
		       (strcmp(a->unit, b->unit) == 0 ||
			((ia = lex_place_within(a->unit)) && strcmp(ia, b->unit) == 0) ||
			((ib = lex_place_within(b->unit)) && strcmp(ib, a->unit) == 0));
	}
	if (a->type == VALUE_DATE || year_and_date(a, b)) {
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

/* "last ", "next " or "" for a step of -1, +1 or 0. */
static const char *step_word(int step)
{
	return step < 0 ? "last " : step > 0 ? "next " : "";
}

/* What an unplaced date's words say: see values.h. */
static const char *undated_str(const struct value *v, struct arena *ar)
{
	const struct value_undated *u = &v->undated;
	if (v->type == VALUE_DATE && v->unit)
		return arena_printf(ar, "%sholiday:%s%s", step_word(u->step), v->unit,
				    u->around == 'e' ? " weekend" : u->around == 'k' ? " week" : "");
	if (u->step_unit)
		return arena_printf(ar, "rel:%s%+d", u->step_unit == 'd' ? "day" :
					   u->step_unit == 'w' ? "week" :
					   u->step_unit == 'm' ? "month" : "year", u->step);
	if (u->wday)
		return arena_printf(ar, "%sweekday:%u", step_word(u->step), u->wday);
	/* "January last year": the step is of the year */
	const char *yr = u->step < 0 ? "last year " : u->step > 0 ? "next year " : "";
	if (u->mon && u->mday && u->mon2)
		return arena_printf(ar, "%02u-%02u..%02u-%02u", u->mon, u->mday, u->mon2, u->mday2);
	if (u->mon && u->mday)
		return arena_printf(ar, "%s%02u-%02u", yr, u->mon, u->mday);
	if (u->mon && u->mon2)
		return arena_printf(ar, "month:%02u..%02u", u->mon, u->mon2);
	if (u->mon)
		return arena_printf(ar, "%smonth:%02u", yr, u->mon);
	return arena_strdup(ar, "?");
}

const char *value_normalized(const struct value *v, struct arena *ar)
{
	char amt[64];
	if ((v->type == VALUE_DATE || v->type == VALUE_YEAR) && isnan(v->lo))
		return undated_str(v, ar);
	if (v->type == VALUE_DATE) {
		const char *lo = date_str(v, v->lo, ar);
		return v->hi > v->lo && lo ? arena_printf(ar, "%s..%s", lo, date_str(v, v->hi, ar)) : lo;
	}
	if (isnan(v->lo))
		return arena_strdup(ar, "?");
	if (v->type == VALUE_PLACE)
		return arena_printf(ar, "place:%s", v->unit ? v->unit : "?");
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
