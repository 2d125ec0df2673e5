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
 *  - parts of a month are spans of days, prec DPREC_DAY: "early June" and
 *    "the beginning of June" 1-10, "mid-June" and "the middle of June"
 *    11-20, "late June" and "the end of June" 21 to the month's end.
 *    Two joined by "or", "to", "through" or a dash, or "between ... and",
 *    make one span ("May or early June": May 1 to June 10); of whole
 *    months only ("between May and July"), prec DPREC_MONTH with hi the
 *    first day of the last month.  "from May to July" is a change, no span.
 *  - holidays, the United States' where countries differ: Easter (the
 *    Gregorian computus), Good Friday, Easter Monday, Christmas (Eve, Day),
 *    New Year's Day and Eve, Thanksgiving (fourth Thursday of November),
 *    Independence Day / the Fourth of July, Memorial Day (last Monday of
 *    May), Labor Day (first Monday of September), Halloween.  The nearest
 *    to the report day (so within about six months of it), "last"/"next"
 *    the one before/after it, or the year written ("Christmas 2019").
 *    "Easter weekend" is Good Friday to Easter Monday; another holiday's
 *    weekend runs from the Saturday before it (Monday to Wednesday) or to
 *    the Sunday after it (Thursday to Sunday); "Christmas week" is the
 *    Monday-to-Sunday week it falls in.  A holiday's name is a date only
 *    after a preposition of time or at the start of a clause, and not
 *    before a noun ("a Christmas party", "Easter Island").  With no
 *    report date: lo NAN, the holiday's key in unit.
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
	if (isnan(s->day)) {
		v->undated.mon = (uint8_t)mo, v->undated.mday = (uint8_t)d;
		return;
	}
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

/* The year whose month mo is nearest the report day (0: no report day). */
static long nearest_year(const struct scan *s, unsigned mo)
{
	if (isnan(s->day))
		return 0;
	long ry, best = 0, dist = 0;
	unsigned rm, rd;
	civil(s->day, &ry, &rm, &rd);
	for (long c = ry - 1; c <= ry + 1; c++) {
		long a = date_days_from_civil(c, mo, 1), b = date_days_from_civil(c, mo + 1, 0);
		long r = (long)s->day, dd = r < a ? a - r : r > b ? r - b : 0;
		if (c == ry - 1 || dd < dist)
			best = c, dist = dd;
	}
	return best;
}

/* Month mo of year y, or of the year that puts it nearest the report day. */
static void place_month(const struct scan *s, struct value *v, long y, unsigned mo)
{
	v->type = VALUE_DATE, v->prec = DPREC_MONTH;
	v->lo = v->hi = NAN;
	if (!y)
		y = nearest_year(s, mo);
	if (y)
		v->lo = v->hi = (double)date_days_from_civil(y, mo, 1);
	else
		v->undated.mon = (uint8_t)mo;
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
	*end = k;
	/* most capitalised words are no month: the token's number says so */
	if (!lex_tok_month(&s->t[k], DATE_FULL | DATE_ABBR3 | DATE_ABBR_OTHER)) {
		*full = false;
		return 0;
	}
	size_t len = strlen(s->w[k]);
	int mo = date_month_word(s->w[k], len, DATE_FULL | DATE_ABBR3 | DATE_ABBR_OTHER);
	*full = date_month_word(s->w[k], len, DATE_FULL) != 0;
	*end = k;
	if (mo && !*full && touch(s, k) && is(s, k + 1, "."))
		(*end)++;
	return (unsigned)mo;
}

/* A month name alone is a month only after one of these ("in March",
 * not "Jo May"). */
static bool month_prep(const struct scan *s, size_t i)
{
	return i > 0 && IN(s->w[i - 1], "in", "since", "until", "by", "early", "late", "mid", "from",
			   "through", "during", "of", "before", "after", "last", "next", "this");
}

/* Token n goes on a name that a month word starts, after "late", "early"
 * ("the late June Lee"); elsewhere a capital may start a clause ("in
 * November Democrats won"). */
static bool name_after(const struct scan *s, size_t n)
{
	return n < s->n && s->t[n].cap && s->t[n].word && !s->t[n].num &&
	       !lex_tok_not_name(&s->t[n]) && !values_stop_word(s->w[n]);
}

/* "last year", "this year", "next year" at token k (after a month):
 * the step from the report's year (-1, 0, +1, returned; 0 also when
 * there is none), and *y that year when the report has a day, else 0.
 * A "this year" with no report day returns 0 and sets *y to 0, so the
 * caller tells it by the words: it is taken as said (k advances) only
 * when the return or *y is non-zero. */
static int year_step(const struct scan *s, size_t k, long *y)
{
	*y = 0;
	if (!is(s, k + 1, "year"))
		return 0;
	int step = is(s, k, "last") ? -1 : is(s, k, "next") ? 1 : is(s, k, "this") ? 0 : 2;
	if (step == 2)
		return 0;
	if (!isnan(s->day)) {
		long ry;
		unsigned rm, rd;
		civil(s->day, &ry, &rm, &rd);
		*y = ry + step;
	}
	return step;
}

/* "November 6, 2012", "Nov. 6th", "November 2012", "in March",
 * "January last year". */
static bool month_date_at(const struct scan *s, size_t i, struct value *v)
{
	bool full;
	size_t k;
	unsigned mo = month_tok(s, i, &k, &full), d;
	long y;
	if (!mo)
		return false;
	int step = 0;
	if ((d = mday_tok(s, k + 1))) {
		k++;
		if ((y = year_tok(s, k + 1 + is(s, k + 1, ","))))
			k += 1 + is(s, k + 1, ",");
		else if ((step = year_step(s, k + 1, &y)) != 0 || y)
			k += 2;
		place_day(s, v, y, mo, d);
	} else if ((y = year_tok(s, k + 1))) {
		place_month(s, v, y, mo), k++;
	} else if ((step = year_step(s, k + 1, &y)) != 0 || y) {
		place_month(s, v, y, mo), k += 2;
	} else if (full && month_prep(s, i) &&
		   !(IN(s->w[i - 1], "early", "late", "mid") && name_after(s, k + 1))) {
		place_month(s, v, 0, mo);
	} else {
		return false;
	}
	if (step && isnan(v->lo))
		v->undated.step = (int8_t)step;
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

/* Does the clause before token i speak of what is to come ("will vote
 * on Wednesday", "a vote set for Thursday", "is expected to sign
 * Friday")?  Then a bare weekday is the next one, not the last. */
static bool future_word(const char *w)
{
	return IN(w, "will", "'ll", "shall", "scheduled", "slated", "set", "sets", "expected",
		  "due", "plan", "plans", "planned", "planning", "upcoming", "ahead", "preparing",
		  "prepares", "coming", "going");
}

static bool clause_break(const char *w)
{
	return IN(w, ",", ";", ".", ":", "said", "says", "told", "\"", "\u201c", "\u201d");
}

/* The weekday is tokens i..k; "On Wednesday, his colleagues will
 * elect" and "on Friday in the week ahead" look after it too. */
static bool future_around(const struct scan *s, size_t i, size_t k)
{
	for (size_t j = i; j-- > 0 && i - j <= 10;) {
		if (clause_break(s->w[j]))
			break;
		if (future_word(s->w[j]))
			return true;
	}
	if (is(s, k + 1, "in") && is(s, k + 2, "the") && is(s, k + 3, "week") && is(s, k + 4, "ahead"))
		return true;
	/* a comma after it only when the weekday opens the sentence; after
	 * "Friday's announcement" a "will" is of the announcement */
	if (is(s, k + 1, "'s"))
		return false;
	/* "reported Friday that the office is preparing to": the weekday is
	 * the report's, and what it reports is its own clause */
	if (i > 0 && IN(s->w[i - 1], "reported", "announced", "revealed", "disclosed", "confirmed",
			"said", "told", "wrote", "tweeted"))
		return false;
	size_t j = k + 1 + (i <= 1 && is(s, k + 1, ","));
	for (size_t n = 0; j < s->n && n < 8; j++, n++) {
		if (clause_break(s->w[j]) || IN(s->w[j], "that", "who", "which"))
			break;
		if (future_word(s->w[j]))
			return true;
	}
	return false;
}

/* "Tuesday", "last Tuesday", "next Tuesday", "Tuesday, Nov. 6"; a bare
 * weekday is the last one on or before the report's day, or the next
 * one when the clause speaks of what is to come. */
static bool weekday_at(const struct scan *s, size_t i, struct value *v)
{
	size_t k = i;
	int rel = is(s, k, "last") ? -1 : is(s, k, "next") ? 1 : 0;
	k += rel != 0 || is(s, k, "this");
	if (k >= s->n || !s->t[k].cap)
		return false;
	int wd = date_weekday_word(s->w[k], strlen(s->w[k]), DATE_FULL);
	if (wd < 0 || (k == i && i > 0 && s->t[i - 1].cap && !lex_tok_not_name(&s->t[i - 1]) &&
		       !values_stop_word(s->w[i - 1])))
		return false;
	size_t d = k + 1 + is(s, k + 1, ",");
	if (month_date_at(s, d, v) || day_month_at(s, d, v))
		return true;
	v->type = VALUE_DATE, v->prec = DPREC_DAY, v->last = k;
	v->lo = v->hi = NAN;
	if (isnan(s->day)) {
		/* no report date: "will meet on Friday" is still the coming
		 * one, as "next Friday" is */
		if (rel == 0 && future_around(s, i, k))
			rel = 1;
		v->undated.wday = (uint8_t)(wd ? wd : 7), v->undated.step = (int8_t)rel;
		return true;
	}
	long r = (long)s->day;
	int back = (date_weekday_of(r) - wd + 7) % 7, ahead = (wd - date_weekday_of(r) + 7) % 7;
	if (rel < 0)
		r -= back ? back : 7;
	else if (rel > 0)
		r += ahead ? ahead : 7;
	else if (future_around(s, i, k))
		r += ahead;
	else
		r -= back;
	v->lo = v->hi = (double)r;
	return true;
}

/* ---- parts of months and spans of them ------------------------------------ */

/* A month or a part of one: days d1..d2 of month mo (d2 0: to its end),
 * of year y (0: not written); tokens first..last. */
struct mpart {
	unsigned mo, d1, d2;
	long y;
	bool whole;
	size_t first, last;
};

/* "early", "mid", "late", "the beginning/start/middle/end of": the days
 * of the month they take. */
static bool part_word(const char *w, unsigned *d1, unsigned *d2)
{
	if (IN(w, "early", "beginning", "start"))
		*d1 = 1, *d2 = 10;
	else if (IN(w, "mid", "middle"))
		*d1 = 11, *d2 = 20;
	else if (IN(w, "late", "end"))
		*d1 = 21, *d2 = 0;
	else
		return false;
	return true;
}

/* "mid-June", "early-June": one token, the month capitalised. */
static unsigned hyphen_part(const struct scan *s, size_t k, struct mpart *m)
{
	const char *w = s->w[k], *h = strchr(w, '-');
	size_t pl = h ? (size_t)(h - w) : 0;
	char part[8];
	if (!h || pl >= sizeof part || !s->t[k].word)
		return 0;
	memcpy(part, w, pl);
	part[pl] = '\0';
	const char *c = s->text + s->t[k].start + pl + 1;
	if (!IN(part, "early", "mid", "late") || !part_word(part, &m->d1, &m->d2) ||
	    *c < 'A' || *c > 'Z')
		return 0;
	return (unsigned)date_month_word(h + 1, strlen(h + 1), DATE_FULL);
}

/* The part of a month from token k: "early June", "mid June", "mid-June",
 * "(the) end of June"; *at is the month's token.  0 when none. */
static unsigned part_at(const struct scan *s, size_t k, struct mpart *m, size_t *at)
{
	bool full = false;
	size_t e;
	unsigned mo;
	if (k >= s->n)
		return 0;
	if ((mo = hyphen_part(s, k, m)))
		return *at = k, mo;
	size_t w = k + is(s, k, "the");
	bool of = IN(W(s, w), "beginning", "start", "middle", "end");
	if (w > k && !of)
		return 0;
	if (!part_word(W(s, w), &m->d1, &m->d2) || (of && !is(s, w + 1, "of")))
		return 0;
	*at = w + 1 + of;
	mo = month_tok(s, *at, &e, &full);
	return full ? mo : 0;
}

/* A month or part of one from token k, with its year if written ("late
 * June 2019"); a whole month only when bare is set.  Not a day ("June
 * 13"): that is month_date_at's. */
static bool month_item(const struct scan *s, size_t k, bool bare, struct mpart *m)
{
	bool full = false;
	size_t at;
	memset(m, 0, sizeof *m);
	m->first = k;
	if ((m->mo = part_at(s, k, m, &at))) {
		m->last = at;
	} else if (bare && (m->mo = month_tok(s, k, &m->last, &full)) && full) {
		m->whole = true, m->d1 = 1;
	} else {
		return false;
	}
	if (mday_tok(s, m->last + 1) || (!m->whole && name_after(s, m->last + 1)))
		return false;
	if ((m->y = year_tok(s, m->last + 1)))
		m->last++;
	return true;
}

/* The last day of month mo (a leap year's when y is 0). */
static unsigned month_end(long y, unsigned mo)
{
	long yy = y ? y : 2000;
	return (unsigned)(date_days_from_civil(yy, mo + 1, 0) - date_days_from_civil(yy, mo, 1) + 1);
}

/* Place a..b (a == b for one part) as a span: of whole months, prec
 * MONTH; else days, prec DAY.  A year not written is b's, or the one
 * that puts a nearest the report day; b in an earlier month than a is in
 * the next year only across the turn of a year ("December or January"). */
static bool place_span(const struct scan *s, struct value *v, const struct mpart *a,
		       const struct mpart *b)
{
	bool months = a->whole && b->whole;
	bool turn = b->mo < a->mo;
	if (turn && a->mo - b->mo < 6)
		return false;
	long y1 = a->y ? a->y : b->y ? b->y - turn : nearest_year(s, a->mo);
	long y2 = b->y ? b->y : y1 ? y1 + turn : 0;
	unsigned d2 = b->d2 ? b->d2 : month_end(y2, b->mo);
	v->type = VALUE_DATE, v->prec = months ? DPREC_MONTH : DPREC_DAY;
	v->first = a->first, v->last = b->last;
	v->lo = v->hi = NAN;
	if (!y1 || !y2) {
		struct value_undated *u = &v->undated;
		u->mon = (uint8_t)a->mo, u->mon2 = (uint8_t)b->mo;
		u->mday = (uint8_t)(months ? 0 : a->d1), u->mday2 = (uint8_t)(months ? 0 : d2);
		return true;
	}
	v->lo = (double)date_days_from_civil(y1, a->mo, a->d1);
	v->hi = (double)date_days_from_civil(y2, b->mo, months ? 1 : d2);
	return v->hi >= v->lo;
}

/* "early June", "mid-June", "the end of June", "May or early June", "late
 * May to early June", "between May and July".  A month alone is
 * month_date_at's. */
static bool month_span_at(const struct scan *s, size_t i, struct value *v)
{
	struct mpart a, b;
	struct value t = *v;    /* v is left as it was when there is none */
	bool between = is(s, i, "between");
	size_t k = i + between;
	/* a month item opens with a capital (the month) or a part word
	 * ("early", "mid-June", "the end of"): most tokens are turned away
	 * before the words around them are read */
	unsigned d1, d2;
	if (k >= s->n || (!s->t[k].cap && !part_word(s->w[k], &d1, &d2) && !is(s, k, "the") &&
			  strncmp(s->w[k], "mid-", 4) != 0 && strncmp(s->w[k], "early-", 6) != 0 &&
			  strncmp(s->w[k], "late-", 5) != 0))
		return false;
	if (!month_item(s, k, between || month_prep(s, k), &a))
		return false;
	size_t c = a.last + 1;
	bool link = between ? is(s, c, "and")
			    : IN(W(s, c), "or", "through", "-", "\xe2\x80\x93") ||
				      (is(s, c, "to") && !(k > 0 && is(s, k - 1, "from")));
	if (link && month_item(s, c + 1, true, &b) && place_span(s, &t, &a, &b)) {
		*v = t;
		v->first = i;
		return true;
	}
	if (between || a.whole)
		return false;
	t = *v;
	if (!place_span(s, &t, &a, &a))
		return false;
	*v = t;
	return true;
}

/* A day of a month from token k: "Feb. 15", "September 19th", with its
 * year if written ("Jan. 15, 2015"); in m (d1 == d2), false when none. */
static bool day_item(const struct scan *s, size_t k, struct mpart *m)
{
	bool full;
	size_t e;
	memset(m, 0, sizeof *m);
	m->first = k;
	if (!(m->mo = month_tok(s, k, &e, &full)) || !(m->d1 = mday_tok(s, e + 1)))
		return false;
	m->d2 = m->d1, m->last = e + 1;
	size_t y = m->last + 1 + is(s, m->last + 1, ",");
	if ((m->y = year_tok(s, y)))
		m->last = y;
	return true;
}

/* A span of days: "between Feb. 15 and March 1", "Sept. 19 through 21",
 * "September 19 and 20" (two days running; "March 3 and 10" are two
 * days, not a span).  "from May 3 to May 9" is a change, two values. */
static bool day_span_at(const struct scan *s, size_t i, struct value *v)
{
	struct mpart a, b;
	bool between = is(s, i, "between");
	size_t k = i + between;
	if (k >= s->n || !s->t[k].cap || !day_item(s, k, &a))
		return false;
	size_t c = a.last + 1;
	bool dash = IN(W(s, c), "through", "-", "\xe2\x80\x93") ||
		    (is(s, c, "to") && !(k > 0 && is(s, k - 1, "from")));
	if (!(between ? is(s, c, "and") : dash || is(s, c, "and")))
		return false;
	if (!day_item(s, c + 1, &b)) {
		/* the same month: "19 and 20", "19 through 21" */
		unsigned d = mday_tok(s, c + 1);
		if (!d || d <= a.d1)
			return false;
		b = a;
		b.d1 = b.d2 = d, b.first = b.last = c + 1;
		size_t y = c + 2 + is(s, c + 2, ",");
		if ((b.y = year_tok(s, y)))
			b.last = y;
		else
			b.y = a.y;
	}
	if (!between && !dash && !(b.mo == a.mo && b.d1 == a.d1 + 1))
		return false;
	struct value t = *v;
	if (!place_span(s, &t, &a, &b))
		return false;
	*v = t;
	v->first = i;
	return true;
}

/* The words phrase p (single spaces) matches from token i, or 0. */
static size_t phrase_from(const struct scan *s, const char *p, size_t i)
{
	size_t k = 0;
	while (*p) {
		if (i + k >= s->n)
			return 0;
		/* token i + k is the phrase's word up to the next space, whole */
		const char *w = s->w[i + k];
		while (*p && *p != ' ' && *w == *p)
			w++, p++;
		if (*w || (*p && *p != ' '))
			return 0;
		k++;
		p += *p == ' ';
	}
	return k;
}

/* The same, the first letters compared here first: most tokens a
 * phrase is tried at start with another letter. */
static inline size_t phrase_at(const struct scan *s, const char *p, size_t i)
{
	if (i >= s->n || s->w[i][0] != p[0])
		return 0;
	return phrase_from(s, p, i);
}

/* ---- holidays ------------------------------------------------------------- */

enum hrule { H_FIXED, H_NTH, H_LAST, H_EASTER };

/* A holiday: its words (folded tokens, single spaces), its key (values.h)
 * and its day: H_FIXED month a day b; H_NTH the b-th weekday c (0
 * Sunday) of month a; H_LAST the last weekday c of month a; H_EASTER b
 * days from Easter Sunday.  The United States' dates where countries
 * differ. */
static const struct holiday {
	const char *words, *key;
	enum hrule rule;
	int a, b, c;
} holidays[] = {
	{ "new year 's eve", "new-years-eve", H_FIXED, 12, 31, 0 },
	{ "new years eve", "new-years-eve", H_FIXED, 12, 31, 0 },
	{ "new year 's day", "new-year", H_FIXED, 1, 1, 0 },
	{ "new years day", "new-year", H_FIXED, 1, 1, 0 },
	{ "new year 's", "new-year", H_FIXED, 1, 1, 0 },
	{ "new year", "new-year", H_FIXED, 1, 1, 0 },
	{ "christmas eve", "christmas-eve", H_FIXED, 12, 24, 0 },
	{ "christmas day", "christmas", H_FIXED, 12, 25, 0 },
	{ "christmas", "christmas", H_FIXED, 12, 25, 0 },
	{ "good friday", "good-friday", H_EASTER, 0, -2, 0 },
	{ "easter sunday", "easter", H_EASTER, 0, 0, 0 },
	{ "easter monday", "easter-monday", H_EASTER, 0, 1, 0 },
	{ "easter", "easter", H_EASTER, 0, 0, 0 },
	{ "thanksgiving day", "thanksgiving", H_NTH, 11, 4, 4 },
	{ "thanksgiving", "thanksgiving", H_NTH, 11, 4, 4 },
	{ "independence day", "independence-day", H_FIXED, 7, 4, 0 },
	{ "fourth of july", "independence-day", H_FIXED, 7, 4, 0 },
	{ "4th of july", "independence-day", H_FIXED, 7, 4, 0 },
	{ "memorial day", "memorial-day", H_LAST, 5, 0, 1 },
	{ "labor day", "labor-day", H_NTH, 9, 1, 1 },
	{ "halloween", "halloween", H_FIXED, 10, 31, 0 },
};

/* Easter Sunday of year y (Gregorian; the anonymous computus). */
static long easter_day(long y)
{
	long a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
	long f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
	long i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
	long m = (a + 11 * h + 22 * l) / 451, x = h + l - 7 * m + 114;
	return date_days_from_civil(y, (unsigned)(x / 31), (unsigned)(x % 31 + 1));
}

/* The day holiday h falls on in year y. */
static long holiday_day(const struct holiday *h, long y)
{
	unsigned mo = (unsigned)h->a;
	switch (h->rule) {
	case H_EASTER:
		return easter_day(y) + h->b;
	case H_NTH: {
		long first = date_days_from_civil(y, mo, 1);
		return first + (h->c - date_weekday_of(first) + 7) % 7 + 7 * (h->b - 1);
	}
	case H_LAST: {
		long last = date_days_from_civil(y, mo + 1, 0);
		return last - (date_weekday_of(last) - h->c + 7) % 7;
	}
	default:
		return date_days_from_civil(y, mo, (unsigned)h->b);
	}
}

/* The days holiday h of year y covers: the day, its weekend (Easter's:
 * Good Friday to Easter Monday; else from the Saturday before a holiday
 * early in the week, or to the Sunday after one late in it) or its week
 * (Monday to Sunday). */
static void holiday_span(const struct holiday *h, long y, char around, long *lo, long *hi)
{
	long d = holiday_day(h, y);
	int wd = date_weekday_of(d);
	*lo = *hi = d;
	if (around == 'k') {
		*lo = d - (wd + 6) % 7, *hi = *lo + 6;
	} else if (around == 'e' && h->rule == H_EASTER && h->b == 0) {
		*lo = d - 2, *hi = d + 1;
	} else if (around == 'e') {
		if (wd == 0)
			*lo = d - 1;
		else if (wd <= 3)
			*lo = d - wd - 1;
		else
			*hi = d + 7 - wd;
	}
}

/* The holiday whose words start at token i (the longest), or NULL. */
static const struct holiday *holiday_words(const struct scan *s, size_t i, size_t *len)
{
	const struct holiday *best = NULL;
	*len = 0;
	if (i >= s->n || !(s->t[i].cap || s->t[i].num))
		return NULL;
	for (size_t q = 0, k; q < N(holidays); q++)
		if ((k = phrase_at(s, holidays[q].words, i)) > *len)
			*len = k, best = &holidays[q];
	return best;
}

/* Words after which a holiday's name is a date ("on Easter", "over the
 * Christmas weekend", "ahead of Thanksgiving"), not a thing ("his
 * Christmas getaway"). */
static bool holiday_before(const struct scan *s, size_t i)
{
	size_t k = i - (i > 0 && is(s, i - 1, "the"));
	if (k == 0 || !s->t[k - 1].word)
		return true;
	if (is(s, k - 1, "of"))
		return k > 1 && is(s, k - 2, "ahead");
	return IN(s->w[k - 1], "on", "at", "over", "during", "before", "after", "since", "until",
		  "till", "by", "through", "around", "from", "to", "between", "and", "or", "for");
}

/* Place holiday h covering what around says: in year y, or the "last"
 * (rel -1) or "next" (+1) one, or the nearest, from the report day. */
static void place_holiday(const struct scan *s, struct value *v, const struct holiday *h,
			  long y, int rel)
{
	long lo, hi, ry = y;
	unsigned m, d;
	char around = v->undated.around;
	if (!y && isnan(s->day)) {
		v->lo = v->hi = NAN;
		v->unit = h->key, v->undated.step = (int8_t)rel;
		return;
	}
	if (!y) {
		long r = (long)s->day, best = -1;
		civil(s->day, &ry, &m, &d);
		y = ry;
		for (long c = ry - 1; c <= ry + 1; c++) {
			holiday_span(h, c, around, &lo, &hi);
			long dist = r < lo ? lo - r : r > hi ? r - hi : 0;
			if ((rel < 0 && lo >= r) || (rel > 0 && hi <= r))
				continue;
			if (best < 0 || dist < best)
				best = dist, y = c;
		}
	}
	holiday_span(h, y, around, &lo, &hi);
	v->lo = (double)lo, v->hi = (double)hi;
}

/* "Easter", "on Christmas Eve", "over Easter weekend", "last
 * Thanksgiving", "Christmas week", "Christmas 2019". */
static bool holiday_at(const struct scan *s, size_t i, struct value *v)
{
	size_t k = i, len;
	int rel = is(s, k, "last") ? -1 : is(s, k, "next") ? 1 : 0;
	k += rel != 0 || is(s, k, "this");
	const struct holiday *h = holiday_words(s, k, &len);
	if (!h || (k == i && !holiday_before(s, i)))
		return false;
	size_t e = k + len - 1;
	char around = is(s, e + 1, "weekend") ? 'e' : is(s, e + 1, "week") ? 'k' : 0;
	e += around != 0;
	long y = year_tok(s, e + 1);
	e += y != 0;
	/* "a Christmas party", "Easter Island": a thing named for it */
	if (e + 1 < s->n && s->t[e + 1].word && !s->t[e + 1].num && !values_stop_word(s->w[e + 1]))
		return false;
	v->type = VALUE_DATE, v->prec = DPREC_DAY, v->last = e;
	v->undated.around = around;
	place_holiday(s, v, h, y, rel);
	return true;
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
			if (isnan(r))
				v->undated.step = (int8_t)rel[q].days, v->undated.step_unit = 'd';
			return true;
		}
	int off = is(s, i, "last") ? -1 : is(s, i, "next") ? 1 : is(s, i, "this") ? 0 : 2;
	const char *u = W(s, i + 1);
	if (off == 2 || !IN(u, "week", "month", "year") || (i > 0 && IN(s->w[i - 1], "the", "past", "a")))
		return false;
	v->last = i + 1;
	values_date_step(s, v, off, u[0]);
	return true;
}

/* See values_scan.h. */
void values_date_step(const struct scan *s, struct value *v, int off, char unit)
{
	double r = s->day;
	v->type = unit == 'y' ? VALUE_YEAR : VALUE_DATE;
	if (unit != 'y')
		v->prec = unit == 'm' ? DPREC_MONTH : DPREC_DAY;
	v->lo = v->hi = NAN;
	if (isnan(r)) {
		v->undated.step = (int8_t)off, v->undated.step_unit = unit;
		return;
	}
	long y;
	unsigned m, d;
	civil(r, &y, &m, &d);
	if (unit == 'd') {
		v->lo = v->hi = r + off;
	} else if (unit == 'w') {
		/* Monday to Sunday */
		v->lo = r - (date_weekday_of((long)r) + 6) % 7 + 7 * off, v->hi = v->lo + 6;
	} else if (unit == 'm') {
		long mm = (long)m - 1 + off;   /* months from January of y */
		long yy = y + (mm < 0 ? (mm - 11) / 12 : mm / 12);
		mm = (mm % 12 + 12) % 12;
		v->lo = v->hi = (double)date_days_from_civil(yy, (unsigned)mm + 1, 1);
	} else {
		v->lo = v->hi = (double)(y + off);
	}
}

/* See values_scan.h. */
bool values_date_at(const struct scan *s, size_t i, struct value *v)
{
	return relative_at(s, i, v) || holiday_at(s, i, v) || day_span_at(s, i, v) ||
	       month_span_at(s, i, v) ||
	       weekday_at(s, i, v) || month_date_at(s, i, v) || day_month_at(s, i, v);
}
