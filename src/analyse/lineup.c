/*
 * lineup.c - claims of several reports lined up into rows.  See lineup.h.
 */
#include "analyse/lineup.h"

#include "analyse/lexicon.h"
#include "base/date.h"
#include "base/pool.h"
#include "base/text.h"
#include "base/vec.h"

#include <ctype.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A bucket larger than this compares only claims of equal value, so that
 * hundreds of reports stay linear in practice. */
#define FULL_BUCKET 400

/* One claim of one report, as the lining up sees it. */
struct ref {
	uint32_t art;
	const struct claim *c;
	const char *norm;        /* value_normalized */
	const char *key;         /* bucket: type, unit, and the head when it must match */
	bool alone;              /* its report has no other value in its bucket */
	bool sole_ahead;         /* a day to come, and its report gives no other */
	bool sole_figure;        /* no other claim of its bucket in its report
				  * gives its number, whatever the qualifier */
	bool sole_of_head;       /* money, a share or a count, and its report gives no
				  * other value of the thing it names ("bill") */
	unsigned dwords;         /* dates: what of a date its words give (date_words) */
	double digit;            /* the place of its number's last digit (last_digit) */
	double year;             /* the year the amount is given for ("54 mpg by
				  * 2025", "46.7 mpg projected in 2025"), or 0 */
	bool sole_for_year;      /* no other value of its bucket in its report is
				  * given for that year */
	bool quoted;             /* inside a quotation only its report gives: it
				  * never makes another value less alone */
	bool sum;                /* the total of two counts joined by "and" ("19
				  * Democrats and 21 Republicans": 40), lined up
				  * only with a count of the whole (find_sum_edges) */
	int parent;              /* union-find */
	int next;                /* the next ref of its group (a ring) */
	uint64_t *arts;          /* the reports in this group (root only) */
};

struct edge {
	uint32_t a, b;           /* ref indexes */
	double score;
	uint32_t lo, hi;         /* symmetric tie-break: the two claims' byte offsets */
};

struct ctx {
	const struct story *s;
	const struct sentences *sents;
	struct arena *ar;
	struct ref *refs;
	size_t nrefs;
	struct edge *edges;
	size_t nedges, cap_edges;
	size_t words;            /* uint64_t words in a report set */
};

/* ---- what may be the same fact -------------------------------------------- */

/* Stated or attributed: a claim that can agree or disagree. */
static bool firm(const struct claim *c)
{
	return c->mod == MOD_STATED || c->mod == MOD_ATTRIBUTED;
}

/* Counts, measures and ordinals are of a noun or they say nothing ("15
 * pages"); an amount of money or a percentage may go without one ("$2
 * million", "12 percent"), and then fits one that has one. */
static bool head_matters(enum value_type t)
{
	return t == VALUE_COUNT || t == VALUE_MEASURE || t == VALUE_ORDINAL;
}

/* Dates, years and places are everywhere in news text: they need more
 * shared words before two are taken for the same fact. */
static bool weak_type(enum value_type t)
{
	return t == VALUE_DATE || t == VALUE_YEAR || t == VALUE_TIME || t == VALUE_PLACE;
}

/* An amount of something: money, a share, a count or a measure. */
static bool amount_type(enum value_type t)
{
	return t == VALUE_MONEY || t == VALUE_PERCENT || t == VALUE_COUNT || t == VALUE_MEASURE;
}

static size_t words_in(const char *t)
{
	size_t n = 0;
	for (const char *p = t; *p; p++)
		n += (p == t || p[-1] == ' ') && *p != ' ';
	return n;
}

/* A value that few facts of a story share: a date written with its day
 * ("July 13") or in three words or more ("May or early June"), an
 * amount in digits of ten or more ("15 pages", "$2 million"), a
 * percentage, a tally.  Two reports giving one need fewer
 * shared words to be taken for the same fact. */
static bool distinctive(const struct claim *c)
{
	/* a weekday ("on Tuesday") is not: reports of one week name the
	 * same weekday for different events */
	if (!strpbrk(c->text, "0123456789"))
		return c->v.type == VALUE_DATE && words_in(c->text) >= 3;
	if (c->v.type == VALUE_COUNT || c->v.type == VALUE_ORDINAL)
		return c->v.lo >= 10;
	return c->v.type != VALUE_YEAR && c->v.type != VALUE_TIME;
}

static bool open_bound(const struct value *v)
{
	return v->qual == VQUAL_AT_LEAST || v->qual == VQUAL_MORE_THAN || v->qual == VQUAL_AT_MOST ||
	       v->qual == VQUAL_LESS_THAN;
}

/* The middle of a value's range (its number when it is one). */
static double middle(const struct value *v)
{
	return v->hi > v->lo && v->hi < 1e15 ? (v->lo + v->hi) / 2 : v->lo;
}

/* Two ranges written out that differ ("aged 4 to 17", "aged 4 to
 * 12"). */
static bool two_ranges_differ(const struct value *a, const struct value *b)
{
	return a->qual == VQUAL_EXACT && b->qual == VQUAL_EXACT && a->hi > a->lo && b->hi > b->lo &&
	       (a->lo != b->lo || a->hi != b->hi);
}

/* two_ranges_differ, and they overlap ("30 to 40", "30 to 50"). */
static bool ranges_overlap(const struct value *a, const struct value *b)
{
	return two_ranges_differ(a, b) && a->lo <= b->hi && b->lo <= a->hi;
}

/* Values that can both be true and say nearly the same: compatible
 * (values.h) and, unless one is vague ("dozens", "several"), within a
 * tenth of each other (a third when one is an open bound, "at least 40"
 * and "46"), or one a range written out that holds the other.
 * "more than $8 billion" and "$17 trillion" are
 * compatible but do not say the same; "about 5,200" and "nearly 6,000"
 * neither. */
static bool fit(const struct value *a, const struct value *b)
{
	if (!values_compatible(a, b))
		return false;
	if (a->qual == VQUAL_VAGUE || b->qual == VQUAL_VAGUE || a->type == VALUE_DATE ||
	    a->type == VALUE_YEAR)
		return true;
	/* two ranges written out that differ ("children aged 4 to 17",
	 * "aged 4 to 12"): not the same statement, even when one holds the
	 * other (unclear when they overlap: verdict_of) */
	if (two_ranges_differ(a, b))
		return false;
	double x = middle(a), y = middle(b);
	/* a range written out ("$1 trillion to $1.5 trillion") holds the other */
	if ((a->qual == VQUAL_EXACT && a->hi > a->lo && y >= a->lo && y <= a->hi) ||
	    (b->qual == VQUAL_EXACT && b->hi > b->lo && x >= b->lo && x <= b->hi))
		return true;
	double big = fabs(x) > fabs(y) ? fabs(x) : fabs(y);
	/* an open bound ("at least 40") fits a number up to half again */
	double room = open_bound(a) || open_bound(b) ? 3 : 10;
	return big == 0 || fabs(x - y) <= big / room;
}

/* The place of the last digit written of a claim's number, in the
 * value's own scale: 1 for "40", 0.1 for "40.4" and 0.1 billion for
 * "$1.6 billion"; 0 when the text holds no digits. */
static double last_digit(const struct claim *c)
{
	const char *p = c->text;
	while (*p && !isdigit((unsigned char)*p))
		p++;
	if (!*p)
		return 0;
	double n = 0, unit = 1;
	bool point = false;
	for (; *p && (isdigit((unsigned char)*p) || *p == ',' || (*p == '.' && !point &&
							isdigit((unsigned char)p[1]))); p++) {
		if (*p == ',')
			continue;
		if (*p == '.') {
			point = true;
			continue;
		}
		n = n * 10 + (*p - '0');
		if (point)
			unit /= 10;
	}
	n *= unit;
	if (n == 0 || c->v.lo == 0 || c->v.hi != c->v.lo)
		return 0;
	return unit * (c->v.lo / n);
}

/* "40 miles per gallon" and "40.4 miles per gallon": the less precise
 * number is the other rounded to its last digit, so both can be true. */
static bool rounded(const struct ref *x, const struct ref *y)
{
	const struct claim *a = x->c, *b = y->c;
	if (a->v.type == VALUE_DATE || a->v.type == VALUE_YEAR || a->v.type == VALUE_TIME ||
	    a->v.type == VALUE_TALLY || !values_comparable(&a->v, &b->v))
		return false;
	double ua = x->digit, ub = y->digit;
	if (ua <= 0 || ub <= 0 || ua == ub)
		return false;
	/* p, to the coarser digit u, may be q rounded: q lies within half a
	 * digit of it, the half itself either way (writers round a half up,
	 * to even, or cut it: "28" and "29" of 28.5) */
	double u = ua > ub ? ua : ub;
	return fabs(a->v.lo - b->v.lo) <= u / 2 * (1 + 1e-9);
}

/* What of a calendar date its words give: a month name, a day of the
 * month (one or two digits, "9th"), a year (four digits).  "Tuesday" and
 * "this morning" give none: the report's date places them. */
enum { DW_MONTH = 1, DW_MDAY = 2, DW_YEAR = 4 };

static unsigned date_words(const char *t)
{
	unsigned m = 0;
	while (*t) {
		const char *w = t;
		if (isdigit((unsigned char)*t)) {
			while (isdigit((unsigned char)*t))
				t++;
			size_t n = (size_t)(t - w);
			m |= n == 4 ? DW_YEAR : n <= 2 ? DW_MDAY : 0;
		} else if (isalpha((unsigned char)*t)) {
			char low[16];
			size_t n = 0;
			while (isalpha((unsigned char)*t)) {
				if (n < sizeof low)
					low[n] = (char)tolower((unsigned char)*t);
				n++, t++;
			}
			if (n <= sizeof low && date_month_word(low, n, ~0u))
				m |= DW_MONTH;
		} else
			t++;
	}
	return m;
}

/* Two ways of writing one date where one gives parts the other leaves to
 * the report's date ("Tuesday, Jan. 9" and "Tuesday"; "September 2017"
 * and "September"): compatible, not the same words. */
static bool date_more_exact(const struct ref *a, const struct ref *b)
{
	if (a->c->v.type != VALUE_DATE || b->c->v.type != VALUE_DATE)
		return false;
	unsigned x = a->dwords, y = b->dwords;
	return x != y && ((x & y) == x || (x & y) == y);
}

static bool same_value(const struct ref *x, const struct ref *y)
{
	return strcmp(x->norm, y->norm) == 0 && x->c->v.qual == y->c->v.qual;
}

static bool heads_fit(const struct claim *a, const struct claim *b)
{
	/* "$400,000 housing grant program" and "$400,000 available": what
	 * an amount of money or a share is of is told by the words around
	 * it, not by one noun */
	if (a->v.type == VALUE_MONEY || a->v.type == VALUE_YEAR || b->v.type == VALUE_YEAR ||
	    (!a->head && !b->head))
		return true;
	if (!a->head || !b->head)
		return !head_matters(a->v.type);
	return lex_same_noun(a->head, b->head);
}

struct evidence {
	size_t shared, near;
	double sim;
};

static struct evidence evidence_of(const struct claim *a, const struct claim *b)
{
	struct evidence e;
	e.shared = stems_shared(&a->sentence, &b->sentence);
	e.near = stems_shared(&a->near, &b->near);
	double d = sqrt((double)(a->sentence.n ? a->sentence.n : 1) *
			(double)(b->sentence.n ? b->sentence.n : 1));
	e.sim = (double)e.shared / d;
	return e;
}

/* Does some name of x's sentence stand nowhere in y's sentence? */
static bool names_missing(const struct claim *x, const struct claim *y)
{
	return stems_shared(&x->names, &y->sentence) < x->names.n;
}

/* "21 percent of Colorado" and "30 percent of the population in
 * Arizona": each sentence names something the other does not, so the
 * two values may be about different things. */
static bool other_names(const struct claim *a, const struct claim *b)
{
	return names_missing(a, b) && names_missing(b, a);
}

/* A date whose own words say it is gone: "last Wednesday", "two days
 * ago", "yesterday". */
static bool gone_by_words(const struct claim *c)
{
	return strncasecmp(c->text, "last ", 5) == 0 || strcasecmp(c->text, "yesterday") == 0 ||
	       strstr(c->text, " ago") != NULL;
}

/* Strong enough to call two different values a conflict. */
static bool strong(const struct evidence *e)
{
	return e->sim >= 0.5 && e->near >= 2;
}

/* "a minimum of $10,000" and "up to $10,000": one number, written in
 * digits, of ten or more (money, a share, a count or a measure), that each
 * report gives once in its bucket.  So rare a figure is that fact in
 * both reports, whatever the words around it. */
static bool one_rare_figure(const struct ref *x, const struct ref *y)
{
	const struct value *a = &x->c->v, *b = &y->c->v;
	if (!x->sole_figure || !y->sole_figure || a->lo != a->hi || b->lo != b->hi ||
	    a->lo != b->lo || a->lo < 10 || a->qual == VQUAL_VAGUE || b->qual == VQUAL_VAGUE)
		return false;
	if (!amount_type(a->type))
		return false;
	return strpbrk(x->c->text, "0123456789") && strpbrk(y->c->text, "0123456789");
}

/* The words of a noun phrase, lower case, function words and words
 * shorter than least left out, into w[] (at most cap); returns how many.
 * With split, hyphens part words ("caucus-goers": caucus, goers). */
static size_t phrase_words(const char *noun, bool split, size_t least, char w[][32], size_t cap)
{
	size_t n = 0, len = 0;
	char cur[32];
	for (const char *p = noun;; p++) {
		if (*p && (isalnum((unsigned char)*p) || (*p == '-' && !split) ||
			   (unsigned char)*p >= 0x80)) {
			if (len + 1 < sizeof cur)
				cur[len++] = (char)tolower((unsigned char)*p);
			continue;
		}
		if (len >= least && len > 0 && n < cap) {
			cur[len] = '\0';
			if (!lex_function_word(cur))
				memcpy(w[n++], cur, len + 1);
		}
		len = 0;
		if (!*p)
			break;
	}
	return n;
}

/* Do two lists of words share one? */
static bool share_a_word(char a[][32], size_t na, char b[][32], size_t nb)
{
	for (size_t i = 0; i < na; i++)
		for (size_t j = 0; j < nb; j++)
			if (strcmp(a[i], b[j]) == 0)
				return true;
	return false;
}

/* "about six in 10 caucus voters" and "nearly six in 10 caucus-goers":
 * shares of groups named with a word in common. */
static bool shares_of_alike(const struct claim *a, const struct claim *b)
{
	char wa[8][32], wb[8][32];
	if (a->v.type != VALUE_PERCENT || !a->noun || !b->noun)
		return false;
	size_t na = phrase_words(a->noun, true, 3, wa, 8), nb = phrase_words(b->noun, true, 3, wb, 8);
	return share_a_word(wa, na, wb, nb);
}

/* Are claims a and b of two things, whatever else links them?  "Roe's
 * 2016 rival" and "a 2016 harbour meeting": a year naming two other
 * things.  Checked for every pair of a group (join), not only for the
 * pairs that made it: a third claim linked to both ("June 2016") does not
 * make them one. */
static bool apart(const struct claim *a, const struct claim *b)
{
	return (a->v.type == VALUE_YEAR || b->v.type == VALUE_YEAR) && a->head && b->head &&
	       !lex_same_noun(a->head, b->head);
}

/* A day named from the day it is said: "today", "yesterday",
 * "tomorrow", "tonight", "this morning", "last night". */
static bool relative_day(const struct claim *c)
{
	static const char *const words[] = { "today", "yesterday", "tomorrow", "tonight",
					     "this morning", "this afternoon", "this evening",
					     "last night", NULL };
	if (c->v.type != VALUE_DATE || !c->text)
		return false;
	for (size_t i = 0; words[i]; i++)
		if (strncasecmp(c->text, words[i], strlen(words[i])) == 0)
			return true;
	return false;
}

/* Sums of money in two currencies ("€4 million", "$4 million"): never
 * compared, for no rate is known. */
static bool two_currencies(const struct claim *a, const struct claim *b)
{
	return a->v.type == VALUE_MONEY && b->v.type == VALUE_MONEY && a->v.unit && b->v.unit &&
	       !values_comparable(&a->v, &b->v);
}

/* The last word of a name as written ("Haller" of "Peter Haller"). */
static const char *surname_of(const char *name)
{
	const char *sp = strrchr(name, ' ');
	return sp ? sp + 1 : name;
}

/* Two names that may be one person's: the same surname, and the same
 * words before it when both give some ("Peter Haller" and "Haller" may
 * be; "John Smith" and "Mary Smith" are not). */
static bool names_alike(const char *a, const char *b)
{
	if (strcasecmp(surname_of(a), surname_of(b)) != 0)
		return false;
	return !strchr(a, ' ') || !strchr(b, ' ') || strcasecmp(a, b) == 0;
}

/* One person's age in both, the person named in full in both ("Peter
 * Haller, 45," and "Peter Haller, 46,"): two ages of one person are a
 * conflict; by a surname alone the person may be another (unclear). */
static bool one_persons_age(const struct claim *a, const struct claim *b)
{
	return a->v.type == VALUE_AGE && b->v.type == VALUE_AGE && a->who && b->who &&
	       strchr(a->who, ' ') && strcasecmp(a->who, b->who) == 0;
}

/* A head noun so general that one count of it in each report may be of
 * two things ("40,000 people lost power", "2,000 people fled"). */
static bool generic_head(const char *h)
{
	/* lex_same_noun: "peopl" is "person" too */
	return lex_same_noun(h, "peopl") || strcmp(h, "resid") == 0 || strcmp(h, "individu") == 0;
}

/* Can x and y be the same fact, and how sure is that? (< 0: no) */
static double link_score(const struct ref *x, const struct ref *y)
{
	const struct claim *a = x->c, *b = y->c;
	/* shares of groups named alike only when their values fit */
	if (!values_same_kind(&a->v, &b->v) ||
	    (!heads_fit(a, b) && !(fit(&a->v, &b->v) && shares_of_alike(a, b))))
		return -1;
	/* ages of people named: the same person's, or none ("Peter Haller,
	 * 45," and "Jonas Frei, 52,"; "John Smith, 45," and "Mary Smith,
	 * 43,") */
	if (a->v.type == VALUE_AGE && b->v.type == VALUE_AGE && a->who && b->who)
		return names_alike(a->who, b->who) && values_comparable(&a->v, &b->v)
			       ? 2.0 + (same_value(x, y) ? 1.0 : 0.0)
			       : -1;
	bool eq = same_value(x, y);
	bool comparable = values_comparable(&a->v, &b->v);
	if (!eq && !comparable)
		return -1;
	/* two different ranges that overlap are one fact shown side by
	 * side (unclear: verdict_of), not two facts each report is silent
	 * on */
	bool compat = eq || fit(&a->v, &b->v) || rounded(x, y) || ranges_overlap(&a->v, &b->v);
	if (!compat && other_names(a, b))
		return -1;
	/* "will meet again Monday" and "an earlier meeting last Wednesday":
	 * a day to come and a day its words say is gone are two events, not
	 * a conflict */
	if (!compat && a->v.type == VALUE_DATE && b->v.type == VALUE_DATE &&
	    ((a->ahead && gone_by_words(b)) || (b->ahead && gone_by_words(a))))
		return -1;
	/* a day, a year or a place is shared by many events: sentences
	 * that each name people, none of them the other's ("Roe said on
	 * Friday", "Lund will speak on Friday"), tell of two */
	/* "the 2012 rule" and "the Olsund 2012 rule": one thing named by
	 * its year in both */
	bool named_alike = eq && a->v.type == VALUE_YEAR && b->v.type == VALUE_YEAR && a->head &&
			   b->head && lex_same_noun(a->head, b->head);
	if (weak_type(a->v.type) && a->people.n && b->people.n &&
	    stems_shared(&a->people, &b->people) == 0 && !named_alike)
		return -1;
	if (apart(a, b))
		return -1;
	/* "'Today's ruling is a victory,' said Roe": a day counted from
	 * when someone spoke, in words only one report quotes, is not
	 * sure to be the day the report counts from */
	if ((x->quoted && relative_day(a)) || (y->quoted && relative_day(b)))
		return -1;
	struct evidence e = evidence_of(a, b);
	/* two remarks each quoted by one report only are two remarks: the
	 * same figure in both ("our two countries") is one fact only when
	 * their sentences say much the same around it */
	if (x->quoted && y->quoted && (e.shared < 3 || e.near < 1))
		return -1;
	if (compat && x->alone && y->alone && e.shared >= 1 &&
	    !weak_type(a->v.type) && (eq || (a->v.qual != VQUAL_VAGUE && b->v.qual != VQUAL_VAGUE))) {
		/* the only amount of its kind in each report, and they fit:
		 * the same fact, said in other words */
	} else if (!compat && x->alone && y->alone && !weak_type(a->v.type) &&
		   ((a->head && b->head && lex_same_noun(a->head, b->head) && e.shared >= 3) ||
		    (a->v.type == VALUE_TALLY && e.shared >= 2))) {
		/* the only amount of one thing in each report, or the only
		 * vote tally, not fitting: shown side by side; unclear unless
		 * the sentences say more (verdict_of) */
	} else if (!compat && (x->alone || y->alone) && a->head && b->head &&
		   lex_same_noun(a->head, b->head) && e.shared >= 3 && e.near >= 1 &&
		   e.sim >= 0.3 && a->v.qual != VQUAL_VAGUE && b->v.qual != VQUAL_VAGUE &&
		   !weak_type(a->v.type)) {
		/* the only amount of a thing in one report, and an amount of
		 * it in another said with much the same words ("the 41
		 * amendments that got votes", "votes on nearly 50
		 * amendments"): shown side by side, unclear unless the
		 * sentences say more (verdict_of) */
	} else if (!compat && x->sole_for_year && y->sole_for_year && x->year == y->year &&
		   e.shared >= 3 && a->v.qual != VQUAL_VAGUE && b->v.qual != VQUAL_VAGUE &&
		   !weak_type(a->v.type)) {
		/* the one amount of a thing each report gives for one year
		 * ("54 miles per gallon by 2025", "46.7 miles per gallon
		 * projected in 2025"): shown side by side, unclear unless the
		 * sentences say more (verdict_of) */
	} else if (!compat && x->sole_of_head && y->sole_of_head && a->head && b->head &&
		   lex_same_noun(a->head, b->head) && a->v.qual != VQUAL_VAGUE &&
		   b->v.qual != VQUAL_VAGUE &&
		   (a->v.type != VALUE_COUNT ||
		    (e.shared >= 2 && e.near >= 1 && !generic_head(a->head)))) {
		/* the one sum each report gives for a thing named alike ("the
		 * $732 billion bill", "the $740 billion bill"), or the one
		 * count of it, not of people in general, in sentences sharing
		 * a word besides it ("14 crashes and three injuries", "14
		 * crashes and four injuries"): shown side
		 * by side, unclear unless the sentences say more (verdict_of),
		 * rather than one report shown silent beside the others'
		 * agreement */
	} else if (compat && one_rare_figure(x, y)) {
		/* the one time each report gives this figure */
	} else if (compat && a->v.type == VALUE_DATE && b->v.type == VALUE_DATE && x->sole_ahead &&
		   y->sole_ahead && (e.shared >= 1 || !other_names(a, b))) {
		/* the one day to come each report gives ("takes effect in
		 * September", "to be enacted on 1 September"): the story's
		 * next step, unless each sentence names what the other does
		 * not and they share no word */
	} else if (eq && a->v.type == VALUE_DATE && a->lede && b->lede && e.shared >= 1) {
		/* the day each report leads with: the day of the story's event */
	} else if (named_alike) {
	} else if (eq && a->v.type == VALUE_DATE &&
		   (x->dwords & y->dwords) == (DW_MONTH | DW_MDAY | DW_YEAR)) {
		/* the same day written out in full, year and all, in both
		 * ("Jan. 15, 2015", "January 15, 2015"): few days are */
	} else if (eq && distinctive(a) && distinctive(b)) {
		if (e.shared < 1 || (e.near < 1 && e.shared < 3))
			return -1;
	} else if (eq && a->v.type == VALUE_DATE && (distinctive(a) || distinctive(b)) &&
		   e.shared >= 3) {
		/* "Tuesday" placed on the day another report writes out
		 * ("Tuesday January 9th"), in sentences sharing words */
	} else if (eq && !weak_type(a->v.type) && e.shared >= 2 && (e.near >= 1 || e.sim >= 0.3)) {
		/* the same amount of the same thing in sentences that share
		 * words ("six weeks" of a ban in both) */
	} else if (eq && a->v.type == VALUE_DATE && e.shared >= 2 && e.near >= 1) {
		/* the same day, with a word of the event next to it in both */
	} else if (eq && a->v.type == VALUE_DATE && a->mod == MOD_ATTRIBUTED &&
		   b->mod == MOD_ATTRIBUTED && !a->lede && !b->lede &&
		   stems_shared(&a->people, &b->people) >= 1 && e.shared >= 3) {
		/* "Varley said in a statement on Tuesday", "Varley said in a
		 * call with reporters Tuesday": the day one person spoke (the
		 * ledes' days have their own rule) */
	} else if (compat) {
		bool weak = weak_type(a->v.type);
		if (e.shared < 2 || e.near < (weak ? 2u : 1u) || e.sim < (weak ? 0.3 : 0.2))
			return -1;
	} else if (!strong(&e)) {
		return -1;
	}
	/* the day both ledes give is the day of the story's event: such a
	 * pair goes before a pair of one lede and another sentence */
	double lede = eq && a->v.type == VALUE_DATE && a->lede && b->lede ? 0.3 : 0.0;
	return e.sim + 0.1 * (double)e.near + (eq ? 1.0 : compat ? 0.5 : 0.0) + lede;
}

/* ---- groups ---------------------------------------------------------------- */

static int root(struct ref *r, int i)
{
	while (r[i].parent != i) {
		r[i].parent = r[r[i].parent].parent;
		i = r[i].parent;
	}
	return i;
}

/* Join the groups of refs a and b unless some report would then have two
 * claims in one group, or two of its claims would be apart. */
static void join(struct ctx *c, uint32_t a, uint32_t b)
{
	int ra = root(c->refs, (int)a), rb = root(c->refs, (int)b);
	if (ra == rb)
		return;
	uint64_t *x = c->refs[ra].arts, *y = c->refs[rb].arts;
	for (size_t w = 0; w < c->words; w++)
		if (x[w] & y[w])
			return;
	/* no two claims of the new group about two things (the groups hold
	 * one claim per report: a few each) */
	int i = ra;
	do {
		int j = rb;
		do {
			if (apart(c->refs[i].c, c->refs[j].c))
				return;
			j = c->refs[j].next;
		} while (j != rb);
		i = c->refs[i].next;
	} while (i != ra);
	for (size_t w = 0; w < c->words; w++)
		x[w] |= y[w];
	c->refs[rb].parent = ra;
	int t = c->refs[ra].next;
	c->refs[ra].next = c->refs[rb].next;
	c->refs[rb].next = t;
}

static int cmp_edge(const void *pa, const void *pb)
{
	const struct edge *a = pa, *b = pb;
	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->lo != b->lo)
		return a->lo < b->lo ? -1 : 1;
	if (a->hi != b->hi)
		return a->hi < b->hi ? -1 : 1;
	return 0;
}

/* Refs by value, then report, then place in it: the last keys of every
 * order of refs, so that no order depends on the files'. */
static int cmp_value_place(const struct ref *a, const struct ref *b)
{
	int k = strcmp(a->norm, b->norm);
	if (k)
		return k;
	if (a->art != b->art)
		return a->art < b->art ? -1 : 1;
	return a->c->start < b->c->start ? -1 : a->c->start > b->c->start;
}

static int cmp_key(const void *pa, const void *pb)
{
	const struct ref *a = pa, *b = pb;
	int k = strcmp(a->key, b->key);
	return k ? k : cmp_value_place(a, b);
}

static enum nd_err add_edge(struct ctx *c, uint32_t a, uint32_t b, double score)
{
	struct edge *v = arena_reserve(c->ar, c->edges, c->nedges, &c->cap_edges, c->nedges + 1,
				       sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	c->edges = v;
	uint32_t pa = c->refs[a].c->start, pb = c->refs[b].c->start;
	c->edges[c->nedges++] = (struct edge){ a, b, score, pa < pb ? pa : pb, pa < pb ? pb : pa };
	return ND_E_OK;
}

/* Mark the refs that are alone in their bucket for their report: no
 * other value of its kind there (the same value again is no other); and
 * the days to come that are their report's only one. */
static void mark_alone(struct ref *r, size_t lo, size_t hi)
{
	for (size_t i = lo; i < hi; i++) {
		r[i].alone = true;
		r[i].sole_ahead = r[i].c->ahead;
		r[i].sole_figure = true;
		r[i].sole_for_year = r[i].year > 0;
		r[i].sole_of_head = r[i].c->head && (r[i].c->v.type == VALUE_MONEY ||
						     r[i].c->v.type == VALUE_PERCENT ||
						     r[i].c->v.type == VALUE_COUNT);
		for (size_t j = lo; j < hi; j++)
			if (j != i && r[j].art == r[i].art && (!r[j].quoted || r[i].quoted)) {
				r[i].sole_figure &= r[j].c->v.lo != r[i].c->v.lo;
				if (r[j].year == r[i].year && strcmp(r[j].norm, r[i].norm) != 0)
					r[i].sole_for_year = false;
				if (strcmp(r[j].norm, r[i].norm) != 0) {
					r[i].alone = false;
					r[i].sole_ahead &= !r[j].c->ahead;
					if (r[i].sole_of_head && r[j].c->head &&
					    lex_same_noun(r[j].c->head, r[i].c->head))
						r[i].sole_of_head = false;
				}
			}
	}
}

/* The pairs of the buckets of refs [lo, hi) (refs sorted by key, lo and
 * hi at the edges of buckets) that may be one fact, each with its score,
 * into *out (*n of them, room for *cap, on the heap).  It writes to the
 * refs of its buckets only (mark_alone), so that parts of the buckets can
 * be done on threads of their own. */
static enum nd_err bucket_edges(struct ref *refs, size_t nrefs, size_t from, size_t to,
				struct edge **out, size_t *n, size_t *cap)
{
	for (size_t lo = from; lo < to;) {
		size_t hi = lo + 1;
		while (hi < nrefs && strcmp(refs[hi].key, refs[lo].key) == 0)
			hi++;
		if (hi - lo <= FULL_BUCKET)
			mark_alone(refs, lo, hi);
		bool full = hi - lo <= FULL_BUCKET;
		for (size_t i = lo; i < hi; i++)
			for (size_t j = i + 1; j < hi; j++) {
				if (!full && strcmp(refs[i].norm, refs[j].norm) != 0)
					break;
				if (refs[i].art == refs[j].art || refs[i].sum || refs[j].sum)
					continue;
				double sc = link_score(&refs[i], &refs[j]);
				if (sc < 0)
					continue;
				struct edge *v = vec_reserve(*out, cap, *n + 1, sizeof *v);
				if (!v)
					return ND_E_NOMEM;
				*out = v;
				uint32_t pa = refs[i].c->start, pb = refs[j].c->start;
				(*out)[(*n)++] = (struct edge){ (uint32_t)i, (uint32_t)j, sc,
								pa < pb ? pa : pb, pa < pb ? pb : pa };
			}
		lo = hi;
	}
	return ND_E_OK;
}

/* Buckets in parts of about this many pairs, shared out to the threads;
 * fewer pairs in all: one part, on the calling thread. */
#define PART_PAIRS 20000
#define MAX_PARTS 64

struct parts {
	struct ref *refs;
	size_t nrefs;
	size_t at[MAX_PARTS + 1];  /* part k: refs [at[k], at[k + 1]) */
	struct edge *edges[MAX_PARTS];
	size_t n[MAX_PARTS], cap[MAX_PARTS];
	enum nd_err err[MAX_PARTS];
};

static void part_edges(void *ctx, size_t k, unsigned w)
{
	struct parts *p = ctx;
	(void)w;
	p->err[k] = bucket_edges(p->refs, p->nrefs, p->at[k], p->at[k + 1], &p->edges[k], &p->n[k],
				 &p->cap[k]);
}

/* Candidate pairs inside each bucket of refs (sorted by key): the
 * buckets in parts of about PART_PAIRS pairs, on up to threads threads,
 * the parts' pairs then taken in the parts' order (the order one thread
 * finds them in). */
static enum nd_err find_edges(struct ctx *c, unsigned threads)
{
	struct parts *p = calloc(1, sizeof *p);
	if (!p)
		return ND_E_NOMEM;
	p->refs = c->refs;
	p->nrefs = c->nrefs;
	size_t nparts = 0, pairs = 0;
	p->at[0] = 0;
	for (size_t lo = 0; lo < c->nrefs;) {
		size_t hi = lo + 1;
		while (hi < c->nrefs && strcmp(c->refs[hi].key, c->refs[lo].key) == 0)
			hi++;
		pairs += (hi - lo) * (hi - lo - 1) / 2;
		lo = hi;
		if ((pairs >= PART_PAIRS && nparts + 1 < MAX_PARTS) || lo == c->nrefs) {
			p->at[++nparts] = lo;
			pairs = 0;
		}
	}
	pool_run(nparts, nparts > 1 ? threads : 1, part_edges, p);
	enum nd_err err = ND_E_OK;
	size_t total = c->nedges;
	for (size_t k = 0; k < nparts && !err; k++) {
		err = p->err[k];
		total += p->n[k];
	}
	struct edge *v = err ? NULL
			     : arena_reserve(c->ar, c->edges, c->nedges, &c->cap_edges, total, sizeof *v);
	if (!err && !v)
		err = ND_E_NOMEM;
	if (!err)
		c->edges = v;
	for (size_t k = 0; k < nparts; k++) {
		if (!err && p->n[k]) {
			memcpy(c->edges + c->nedges, p->edges[k], p->n[k] * sizeof *c->edges);
			c->nedges += p->n[k];
		}
		free(p->edges[k]);
	}
	free(p);
	return err;
}

/* The words of a noun phrase before its last ("Russian intelligence" of
 * "Russian intelligence agents"), as phrase_words gives them. */
static size_t modifiers(const char *noun, char w[][32], size_t cap)
{
	size_t n = phrase_words(noun, false, 1, w, cap);
	return n > 0 ? n - 1 : 0;   /* the last word is the head */
}

/* "35 Russian intelligence agents" and "35 Russian diplomats": the same
 * number of things both reports describe with a word in common. */
static bool described_alike(const struct claim *a, const struct claim *b)
{
	char wa[8][32], wb[8][32];
	if (!a->noun || !b->noun)
		return false;
	size_t na = modifiers(a->noun, wa, 8), nb = modifiers(b->noun, wb, 8);
	return share_a_word(wa, na, wb, nb);
}

static int cmp_by_value(const void *pa, const void *pb)
{
	const struct ref *a = *(struct ref *const *)pa, *b = *(struct ref *const *)pb;
	int k = (int)a->c->v.type - (int)b->c->v.type;
	return k ? k : cmp_value_place(a, b);
}

/* A pass over groups of claims that no bucket brings together: the
 * claims it picks, sorted so that a group's members are next to each
 * other, each pair of two reports in a group that fits and whose
 * sentences say enough becomes a candidate pair, scored below any pair
 * of one bucket (so those join first).  A group larger than FULL_BUCKET
 * is left alone. */
struct group_pass {
	bool (*pick)(const struct ref *r);
	int (*order)(const void *pa, const void *pb);
	bool (*together)(const struct ref *a, const struct ref *b);
	bool (*fits)(const struct claim *a, const struct claim *b);
	bool (*enough)(const struct evidence *e);
};

static enum nd_err edges_in_groups(struct ctx *c, const struct group_pass *p)
{
	struct ref **v = arena_alloc(c->ar, (c->nrefs + 1) * sizeof *v);
	size_t n = 0;
	if (!v)
		return ND_E_NOMEM;
	for (size_t i = 0; i < c->nrefs; i++)
		if (p->pick(&c->refs[i]))
			v[n++] = &c->refs[i];
	qsort(v, n, sizeof *v, p->order);
	for (size_t lo = 0; lo < n;) {
		size_t hi = lo + 1;
		while (hi < n && p->together(v[hi], v[lo]))
			hi++;
		for (size_t i = lo; i < hi && hi - lo <= FULL_BUCKET; i++)
			for (size_t j = i + 1; j < hi; j++) {
				const struct claim *a = v[i]->c, *b = v[j]->c;
				if (v[i]->art == v[j]->art || !p->fits(a, b))
					continue;
				struct evidence e = evidence_of(a, b);
				if (!p->enough(&e))
					continue;
				if (add_edge(c, (uint32_t)(v[i] - c->refs), (uint32_t)(v[j] - c->refs),
					     e.sim + 0.1 * (double)e.near - 1.0) != ND_E_OK)
					return ND_E_NOMEM;
			}
		lo = hi;
	}
	return ND_E_OK;
}

/* Counts and ordinals of one value whose nouns differ ("two Russian
 * compounds", "two Russian facilities"): their nouns share a describing
 * word and their sentences two more. */
static bool cross_pick(const struct ref *r)
{
	const struct claim *x = r->c;
	return (x->v.type == VALUE_COUNT || x->v.type == VALUE_ORDINAL) && x->head &&
	       x->v.qual != VQUAL_VAGUE && firm(x) && !r->sum;
}

static bool cross_together(const struct ref *a, const struct ref *b)
{
	return a->c->v.type == b->c->v.type && strcmp(a->norm, b->norm) == 0;
}

static bool cross_fits(const struct claim *a, const struct claim *b)
{
	return strcmp(a->head, b->head) != 0 && a->v.qual == b->v.qual && described_alike(a, b);
}

static bool cross_enough(const struct evidence *e)
{
	return e->shared >= 3 && e->near >= 1;
}

static enum nd_err find_cross_edges(struct ctx *c)
{
	static const struct group_pass pass = { cross_pick, cmp_by_value, cross_together,
						cross_fits, cross_enough };
	return edges_in_groups(c, &pass);
}

/* Money with a currency and a figure (find_currency_edges). */
static bool currency_pick(const struct ref *r)
{
	const struct claim *x = r->c;
	return x->v.type == VALUE_MONEY && x->v.unit && !isnan(x->v.lo) &&
	       x->v.qual != VQUAL_VAGUE && !r->sum;
}

static int cmp_by_amount(const void *pa, const void *pb)
{
	const struct ref *a = *(const struct ref *const *)pa, *b = *(const struct ref *const *)pb;
	if (a->c->v.lo != b->c->v.lo)
		return a->c->v.lo < b->c->v.lo ? -1 : 1;
	return cmp_value_place(a, b);
}

static bool currency_together(const struct ref *a, const struct ref *b)
{
	return a->c->v.lo == b->c->v.lo;
}

static bool currency_fits(const struct claim *a, const struct claim *b)
{
	return two_currencies(a, b) && !other_names(a, b);
}

static bool currency_enough(const struct evidence *e)
{
	return strong(e) && e->shared >= 3;
}

/* "approved €4 million for the library", "approved $4 million for the
 * library": one figure in two currencies, in sentences that say much
 * the same, is one fact shown side by side (unclear: verdict_of), not
 * two facts each report is silent on.  Sums of other figures in two
 * currencies stay apart: no rate is known. */
static enum nd_err find_currency_edges(struct ctx *c)
{
	static const struct group_pass pass = { currency_pick, cmp_by_amount, currency_together,
						currency_fits, currency_enough };
	return edges_in_groups(c, &pass);
}

/* Candidate pairs of a total of two counts ("19 Democrats and 21
 * Republicans") and an exact count of that value in another report ("40
 * senators from both parties"), in sentences sharing three stems, one
 * near the values.  They score below any other pair. */
static enum nd_err find_sum_edges(struct ctx *c)
{
	for (size_t i = 0; i < c->nrefs; i++) {
		if (!c->refs[i].sum)
			continue;
		const struct claim *a = c->refs[i].c;
		for (size_t j = 0; j < c->nrefs; j++) {
			const struct claim *b = c->refs[j].c;
			if (c->refs[j].sum || c->refs[j].art == c->refs[i].art ||
			    b->v.type != VALUE_COUNT || b->v.qual != VQUAL_EXACT || !b->head ||
			    b->v.lo != a->v.lo || b->v.hi != a->v.hi || !firm(b))
				continue;
			struct evidence e = evidence_of(a, b);
			if (e.shared < 3 || e.near < 1)
				continue;
			if (add_edge(c, (uint32_t)i, (uint32_t)j, e.sim + 0.1 * (double)e.near - 2.0) !=
			    ND_E_OK)
				return ND_E_NOMEM;
		}
	}
	return ND_E_OK;
}

/* ---- rows ------------------------------------------------------------------ */

static const char *join_about(struct arena *ar, const char *q, const char *about)
{
	if (!about || !about[0])
		return q;
	return arena_printf(ar, "%s: %s", q, about);
}

static const char *question_of(struct arena *ar, const struct claim *c)
{
	const char *noun = c->noun;
	switch (c->v.type) {
	case VALUE_COUNT:
		return join_about(ar, arena_printf(ar, "how many %s", noun ? noun : "of them"), c->about);
	case VALUE_MONEY:
		return join_about(ar, noun ? arena_printf(ar, "how much money (%s)", noun) :
					     "how much money", c->about);
	case VALUE_PERCENT:
		return join_about(ar, noun ? arena_printf(ar, "what share (%s)", noun) : "what share",
				  c->about);
	case VALUE_MEASURE:
		return join_about(ar, arena_printf(ar, "how much, in %s", c->v.unit ? c->v.unit : "units"),
				  c->about);
	case VALUE_AGE:
		return c->who ? arena_printf(ar, "how old is %s", surname_of(c->who))
			      : join_about(ar, "how old", c->about);
	case VALUE_DURATION:
		return join_about(ar, "how long", c->about);
	case VALUE_ORDINAL:
		return join_about(ar, noun ? arena_printf(ar, "which %s", noun) : "which one", c->about);
	case VALUE_TALLY:
		return join_about(ar, "what was the vote", c->about);
	case VALUE_YEAR:
		return join_about(ar, "what year", c->about);
	case VALUE_DATE:
		return join_about(ar, "when", c->about);
	case VALUE_TIME:
		return join_about(ar, "at what time", c->about);
	case VALUE_PLACE:
		return join_about(ar, "where", c->about);
	default:
		return join_about(ar, "what value", c->about);
	}
}

/* Two claims that can conflict: both stated or attributed, or both
 * hedged (or hypothetical...) by the same word ("would reportedly
 * divert $7 billion" against "$2 billion"): then the reports disagree on
 * what is reported. */
static bool alike_modality(const struct claim *a, const struct claim *b)
{
	if (firm(a) && firm(b))
		return true;
	return a->mod == b->mod && a->cue && b->cue && strcasecmp(a->cue, b->cue) == 0;
}

/* The verdict of a group of refs (members m[0..n), n >= 2). */
/* One number given by x as a lower bound ("at least", "a minimum of") and
 * by y as an upper one ("up to"), or the other way round: *floor and
 * *ceiling set. */
static bool floor_and_ceiling(const struct ref *x, const struct ref *y, const struct ref **floor,
			      const struct ref **ceiling)
{
	const struct value *a = &x->c->v, *b = &y->c->v;
	bool a_low = a->qual == VQUAL_AT_LEAST || a->qual == VQUAL_MORE_THAN;
	bool b_low = b->qual == VQUAL_AT_LEAST || b->qual == VQUAL_MORE_THAN;
	bool a_high = a->qual == VQUAL_AT_MOST || a->qual == VQUAL_LESS_THAN;
	bool b_high = b->qual == VQUAL_AT_MOST || b->qual == VQUAL_LESS_THAN;
	if (a->lo != b->lo || a->lo != a->hi || b->lo != b->hi ||
	    !((a_low && b_high) || (a_high && b_low)))
		return false;
	*floor = a_low ? x : y;
	*ceiling = a_low ? y : x;
	return true;
}

/* "LEAD" then what two claims' reports say, in the reports' order:
 * "AFP says $4.5 million, The Register says $5 million". */
static const char *both_say(struct ctx *c, const char *lead, const struct ref *a,
			    const struct ref *b)
{
	const struct ref *x = a->art < b->art ? a : b, *y = a->art < b->art ? b : a;
	return arena_printf(c->ar, "%s%s says %s, %s says %s", lead, c->s->arts[x->art].outlet,
			    x->c->text, c->s->arts[y->art].outlet, y->c->text);
}

static void verdict_of(struct ctx *c, struct row *r, struct ref *const *m, size_t n)
{
	bool all_same = true, all_compat = true, conflict_firm = false;
	const struct ref *ca = NULL, *cb = NULL, *floor = NULL, *ceiling = NULL, *ra = NULL,
			 *rb = NULL;
	const struct ref *cur_a = NULL, *cur_b = NULL;
	bool overlapping = false;
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++) {
			if (same_value(m[i], m[j]))
				continue;
			/* sums in two currencies are never compared (no rate is
			 * known): the verdict is of the others, and at best
			 * unclear (below) */
			if (two_currencies(m[i]->c, m[j]->c)) {
				if (!cur_a) {
					cur_a = m[i];
					cur_b = m[j];
				}
				continue;
			}
			all_same = false;
			if (!floor && alike_modality(m[i]->c, m[j]->c))
				floor_and_ceiling(m[i], m[j], &floor, &ceiling);
			if (fit(&m[i]->c->v, &m[j]->c->v))
				continue;
			if (rounded(m[i], m[j])) {
				/* "$4.5 million" and "$5 million" */
				if (!ra) {
					ra = m[i];
					rb = m[j];
				}
				continue;
			}
			all_compat = false;
			/* two ranges that overlap ("30 to 40 homes", "30 to 50
			 * homes") may both hold an unknown number: never a
			 * conflict, unclear at most */
			if (ranges_overlap(&m[i]->c->v, &m[j]->c->v)) {
				overlapping = true;
				continue;
			}
			struct evidence e = evidence_of(m[i]->c, m[j]->c);
			/* the only vote tally of each report, both of the
			 * measure passing or failing ("passed 4-1", "Passed by a
			 * vote of 8-1"): one vote, told two ways */
			bool one_vote = m[i]->c->v.type == VALUE_TALLY && m[i]->alone && m[j]->alone &&
					e.near >= 1 && e.shared >= 2;
			/* one person's age, told two ways */
			bool one_age = one_persons_age(m[i]->c, m[j]->c);
			if (alike_modality(m[i]->c, m[j]->c) &&
			    (strong(&e) || one_vote || one_age) &&
			    (one_age || !other_names(m[i]->c, m[j]->c)) && !conflict_firm) {
				conflict_firm = true;
				ca = m[i];
				cb = m[j];
			}
		}
	bool one_noun = true;
	for (size_t i = 1; i < n; i++)
		if (head_matters(m[i]->c->v.type) && m[i]->c->head && m[0]->c->head &&
		    !lex_same_noun(m[i]->c->head, m[0]->c->head))
			one_noun = false;
	bool parts = false;
	for (size_t i = 0; i < n; i++)
		parts |= m[i]->sum;
	bool exactness = false;
	for (size_t i = 0; i < n && all_same; i++)
		for (size_t j = i + 1; j < n; j++)
			exactness |= date_more_exact(m[i], m[j]);
	if (all_same && parts) {
		r->verdict = VERDICT_PARTIAL;
		r->why = "the same number, one report giving it as the sum of its parts";
	} else if (all_same && !one_noun) {
		r->verdict = VERDICT_PARTIAL;
		r->why = "the same number, of things each report names differently";
	} else if (all_same && exactness) {
		r->verdict = VERDICT_PARTIAL;
		r->why = "the same date, given more fully by one report";
	} else if (all_same) {
		r->verdict = VERDICT_AGREE;
		r->why = "the reports give the same value";
	} else if (all_compat && floor) {
		/* "a minimum of $10,000" and "up to $10,000": the least one
		 * report allows is the most another does */
		r->verdict = VERDICT_DISAGREE;
		r->why = arena_printf(c->ar, "%s says %s (the least), %s says %s (the most)",
				      c->s->arts[floor->art].outlet, floor->c->text,
				      c->s->arts[ceiling->art].outlet, ceiling->c->text);
	} else if (all_compat && ra) {
		/* say which: a fact-checker reads "4.5" against "5" as a
		 * conflict unless told that one may be the other rounded */
		r->verdict = VERDICT_PARTIAL;
		r->why = both_say(c, "one may be the other rounded: ", ra, rb);
	} else if (all_compat) {
		r->verdict = VERDICT_PARTIAL;
		r->why = "the values can both be true but are stated differently";
	} else if (conflict_firm) {
		r->verdict = VERDICT_DISAGREE;
		r->why = both_say(c, "", ca, cb);
	} else if (overlapping) {
		r->verdict = VERDICT_UNCLEAR;
		r->why = "different ranges that overlap: the number may lie in both";
	} else {
		r->verdict = VERDICT_UNCLEAR;
		r->why = "different values, but hedged or not plainly about the same thing";
	}
	/* a conflict within one currency stands; anything else across two
	 * is unclear */
	if (cur_a && r->verdict != VERDICT_DISAGREE) {
		r->verdict = VERDICT_UNCLEAR;
		r->why = both_say(c, "sums in two currencies: ", cur_a, cur_b);
	}
}

/* The claim a row's question is worded from: the one with most words
 * around it, then the first in text order of its own report (never
 * dependent on the order of the files); a sum of parts only when the row
 * holds nothing else. */
static const struct claim *representative(struct ref *const *m, size_t n)
{
	/* a count of the whole before a sum of parts ("how many senators") */
	size_t first = 0;
	while (first + 1 < n && m[first]->sum)
		first++;
	const struct claim *best = m[first]->c;
	for (size_t i = first + 1; i < n; i++) {
		if (m[i]->sum)
			continue;
		const struct claim *x = m[i]->c;
		size_t la = strlen(x->about), lb = strlen(best->about);
		int k = la != lb ? (la > lb ? -1 : 1) : strcmp(x->about, best->about);
		if (k == 0)
			k = strcmp(x->text, best->text);
		if (k < 0)
			best = x;
	}
	return best;
}

static enum nd_err emit(struct ctx *c, struct ref *const *m, size_t n, struct row **rows,
			size_t *nrows, size_t *cap)
{
	struct row *v = arena_reserve(c->ar, *rows, *nrows, cap, *nrows + 1, sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	*rows = v;
	struct row *r = &v[*nrows];
	memset(r, 0, sizeof *r);
	r->seq = *nrows;
	const struct claim *rep = representative(m, n);
	enum value_type t = rep->v.type;
	r->kind = t == VALUE_DATE || t == VALUE_TIME || t == VALUE_YEAR ? FACT_DATE :
		  t == VALUE_PLACE ? FACT_PLACE : FACT_QUANTITY;
	/* the days of ledes are lined up as the day of the story's news,
	 * which may be two events of that day ("conceded Tuesday",
	 * "apologized on Tuesday"): the question says what is known */
	bool ledes = n > 1 && t == VALUE_DATE;
	for (size_t i = 0; i < n && ledes; i++)
		ledes = m[i]->c->lede && m[i]->c->v.type == VALUE_DATE;
	r->question = ledes ? join_about(c->ar, "the day each report opens with", rep->about)
			    : question_of(c->ar, rep);
	r->cells = arena_alloc(c->ar, n * sizeof *r->cells);
	if (!r->cells || !r->question)
		return ND_E_NOMEM;
	for (size_t i = 0; i < n; i++) {
		const struct ref *x = m[i];
		const struct sentence *se = &c->sents[x->art].v[x->c->sent];
		struct cell *cl = &r->cells[i];
		cl->art = x->art;
		cl->value = x->c->text;
		cl->normalized = x->norm;
		const char *q = value_qual_label(x->c->v.qual);
		cl->qualifier = q[0] ? q : NULL;
		if (!firm(x->c))
			cl->note = arena_printf(c->ar, "%s (\"%s\")", modality_label(x->c->mod),
						x->c->cue ? x->c->cue : "");
		cl->sent_start = se->start;
		cl->sent_end = se->end;
		cl->start = x->c->start;
		cl->end = x->c->end;
	}
	r->ncells = n;
	if (n == 1) {
		r->verdict = VERDICT_SINGLE;
		r->why = "only one report gives it";
	} else {
		verdict_of(c, r, m, n);
		if (ledes && r->verdict == VERDICT_AGREE)
			r->why = "the reports open with news of the same day";
	}
	(*nrows)++;
	return ND_E_OK;
}

/* Values only one report gives are rows when they are firm amounts of
 * something, or a day still to come written out ("until April 7": what
 * happens next); other dates, years and the like alone would bury the
 * rest. */
static bool single_worth_a_row(const struct ref *r)
{
	const struct claim *c = r->c;
	/* a sum is a row only with its whole; a value inside a quotation
	 * only its report gives is shown by that quotation's row */
	if (!firm(c) || r->sum || r->quoted)
		return false;
	switch (c->v.type) {
	case VALUE_COUNT: case VALUE_MONEY: case VALUE_PERCENT: case VALUE_TALLY:
	case VALUE_MEASURE:
		return true;
	case VALUE_DATE:
		return c->ahead && (r->dwords & (DW_MONTH | DW_MDAY)) == (DW_MONTH | DW_MDAY);
	default:
		return false;
	}
}

static int cmp_member(const void *pa, const void *pb)
{
	const struct ref *a = *(struct ref *const *)pa, *b = *(struct ref *const *)pb;
	return a->art < b->art ? -1 : a->art > b->art;
}

static enum nd_err make_rows(struct ctx *c, struct row **rows, size_t *nrows, size_t *cap)
{
	/* members of each group, by root */
	size_t *count = arena_alloc(c->ar, (c->nrefs + 1) * sizeof *count);
	struct ref **members = arena_alloc(c->ar, (c->nrefs + 1) * sizeof *members);
	size_t *startp = arena_alloc(c->ar, (c->nrefs + 1) * sizeof *startp);
	if (!count || !members || !startp)
		return ND_E_NOMEM;
	for (size_t i = 0; i < c->nrefs; i++)
		count[root(c->refs, (int)i)]++;
	size_t at = 0;
	for (size_t i = 0; i < c->nrefs; i++) {
		startp[i] = at;
		at += count[i];
		count[i] = 0;
	}
	for (size_t i = 0; i < c->nrefs; i++) {
		size_t g = (size_t)root(c->refs, (int)i);
		members[startp[g] + count[g]++] = &c->refs[i];
	}
	for (size_t g = 0; g < c->nrefs; g++) {
		size_t n = count[g];
		if (n == 0)
			continue;
		struct ref **m = &members[startp[g]];
		if (n == 1 && !single_worth_a_row(m[0]))
			continue;
		qsort(m, n, sizeof *m, cmp_member);
		if (emit(c, m, n, rows, nrows, cap) != ND_E_OK)
			return ND_E_NOMEM;
	}
	return ND_E_OK;
}

/* A claim that repeats, with the same value, a claim of the same report
 * already in the list (the headline and the body) adds nothing. */
static bool repeats(const struct ctx *c, const struct ref *r)
{
	for (size_t k = c->nrefs; k-- > 0;) {
		const struct ref *x = &c->refs[k];
		if (x->art != r->art)
			return false;
		/* "the 2012 standard" and "the 2012 rule": two things */
		bool two_things = r->c->v.type == VALUE_YEAR && x->c->head && r->c->head &&
				  !lex_same_noun(x->c->head, r->c->head);
		if (strcmp(x->key, r->key) == 0 && strcmp(x->norm, r->norm) == 0 && !two_things &&
		    stems_shared(&x->c->near, &r->c->near) >= 1)
			return true;
	}
	return false;
}

/* A value of which nothing can be said (value_normalized gives "?") is
 * the same only as the same words. */
static const char *unplaced(struct arena *ar, const char *text)
{
	char *t = arena_printf(ar, "as written: %s", text);
	for (char *p = t; t && *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return t;
}

/* The year claim k of rc is given for: a year claim of its sentence
 * written just after it, with "in" or "by" (and at most one word before
 * that) between and no mark ("54 mpg by 2025", "46.7 mpg projected in
 * 2025"); else 0.  Only amounts (money, shares, counts, measures). */
static double year_given_for(const struct report_claims *rc, size_t k, const char *text)
{
	const struct claim *cl = &rc->v[k];
	if (!amount_type(cl->v.type))
		return 0;
	for (size_t j = k + 1; j < rc->n && rc->v[j].sent == cl->sent; j++) {
		const struct claim *y = &rc->v[j];
		if (y->start < cl->end)
			continue;
		if (y->v.type != VALUE_YEAR || y->v.lo != y->v.hi || y->start - cl->end > 16)
			return 0;
		/* the text between, read in place: lower-case words only */
		const char *from = text + cl->end, *to = text + y->start;
		size_t words = 0;
		for (const char *p = from; p < to; p++) {
			if (*p != ' ' && !islower((unsigned char)*p))
				return 0;
			words += *p != ' ' && (p == from || p[-1] == ' ');
		}
		bool by_in = to - from >= 4 &&
			     (memcmp(to - 4, " in ", 4) == 0 || memcmp(to - 4, " by ", 4) == 0);
		return by_in && words <= 2 ? y->v.lo : 0;
	}
	return 0;
}

/* Claim k of rc and the one after it, when they are two exact counts of
 * different things joined by "and" ("19 Democrats and 21 Republicans"):
 * a claim of their total, spanning both, without a head noun; else NULL
 * (and NULL when the arena fails: the caller checks text). */
static struct claim *sum_of(const struct report_claims *rc, size_t k, const char *text,
			    struct arena *ar)
{
	if (k + 1 >= rc->n)
		return NULL;
	const struct claim *x = &rc->v[k], *y = &rc->v[k + 1];
	if (x->v.type != VALUE_COUNT || y->v.type != VALUE_COUNT || x->sent != y->sent ||
	    x->v.qual != VQUAL_EXACT || y->v.qual != VQUAL_EXACT || x->v.lo != x->v.hi ||
	    y->v.lo != y->v.hi || !x->head || !y->head || strcmp(x->head, y->head) == 0 ||
	    x->mod != y->mod || y->start != x->end + 5 || strncmp(text + x->end, " and ", 5) != 0)
		return NULL;
	struct claim *s = arena_alloc(ar, sizeof *s);
	if (!s)
		return NULL;
	*s = *x;
	s->v.lo = s->v.hi = x->v.lo + y->v.lo;
	s->end = y->end;
	s->text = arena_printf(ar, "%.*s", (int)(y->end - x->start), text + x->start);
	s->noun = s->text;
	s->head = NULL;
	return s;
}

static enum nd_err collect(struct ctx *c, const struct report_claims *claims,
			   const struct row *rows, size_t nrows)
{
	size_t total = 0;
	struct cell_spans spans, shared;
	if (cell_spans_of(rows, nrows, SPAN_ALL, c->ar, &spans) != ND_E_OK ||
	    cell_spans_of(rows, nrows, SPAN_BUT_LONE_QUOTES, c->ar, &shared) != ND_E_OK)
		return ND_E_NOMEM;
	for (size_t a = 0; a < c->s->n; a++)
		total += claims[a].n;
	/* each claim, and at most one sum after it */
	c->refs = arena_alloc(c->ar, (2 * total + 1) * sizeof *c->refs);
	if (!c->refs)
		return ND_E_NOMEM;
	for (uint32_t a = 0; a < c->s->n; a++)
		for (size_t k = 0; k < claims[a].n; k++) {
			const struct claim *cl = &claims[a].v[k];
			/* claims another rule holds are left to it; not the
			 * words of a quotation no other report gives, which
			 * no row compares */
			if (cell_spans_overlap(&shared, a, cl->start, cl->end))
				continue;
			struct ref *r = &c->refs[c->nrefs];
			r->quoted = cell_spans_overlap(&spans, a, cl->start, cl->end);
			r->art = a;
			r->c = cl;
			r->norm = value_normalized(&cl->v, c->ar);
			if (r->norm && text_same(r->norm, "?"))
				r->norm = unplaced(c->ar, cl->text);
			/* a place's unit is its name: all places share a bucket */
			/* years and dates share one: "2017", "January 2017" */
			r->key = arena_printf(c->ar, "%s|%s|%s",
					      value_type_name(cl->v.type == VALUE_YEAR ? VALUE_DATE
										   : cl->v.type),
					      cl->v.unit && cl->v.type != VALUE_PLACE ? cl->v.unit : "",
					      head_matters(cl->v.type) && cl->head ? cl->head : "");
			if (!r->norm || !r->key)
				return ND_E_NOMEM;
			r->dwords = cl->v.type == VALUE_DATE ? date_words(cl->text) : 0;
			r->year = year_given_for(&claims[a], k, c->s->arts[a].text);
			if (!repeats(c, r))
				c->nrefs++;
			struct claim *sum = sum_of(&claims[a], k, c->s->arts[a].text, c->ar);
			if (sum) {
				struct ref *t = &c->refs[c->nrefs++];
				*t = (struct ref){ .art = a, .c = sum, .sum = true, .key = "sum" };
				t->norm = value_normalized(&sum->v, c->ar);
				if (!t->norm || !sum->text)
					return ND_E_NOMEM;
			}
		}
	return ND_E_OK;
}

enum nd_err lineup_rows(const struct story *s, const struct sentences *sents,
			const struct report_claims *claims, struct arena *arena,
			struct row **rows, size_t *nrows, size_t *cap, unsigned threads)
{
	struct ctx cx = { .s = s, .sents = sents, .ar = arena };
	struct ctx *c = &cx;
	c->words = (s->n + 63) / 64;
	if (collect(c, claims, *rows, *nrows) != ND_E_OK)
		return ND_E_NOMEM;
	if (c->nrefs == 0)
		return ND_E_OK;
	for (size_t i = 0; i < c->nrefs; i++)
		c->refs[i].digit = last_digit(c->refs[i].c);
	qsort(c->refs, c->nrefs, sizeof *c->refs, cmp_key);
	for (size_t i = 0; i < c->nrefs; i++) {
		c->refs[i].parent = (int)i;
		c->refs[i].next = (int)i;
		c->refs[i].arts = arena_alloc(arena, c->words * sizeof *c->refs[i].arts);
		if (!c->refs[i].arts)
			return ND_E_NOMEM;
		c->refs[i].arts[c->refs[i].art / 64] |= (uint64_t)1 << (c->refs[i].art % 64);
	}
	if (find_edges(c, threads) != ND_E_OK || find_cross_edges(c) != ND_E_OK ||
	    find_sum_edges(c) != ND_E_OK || find_currency_edges(c) != ND_E_OK)
		return ND_E_NOMEM;
	if (c->nedges > 1)
		qsort(c->edges, c->nedges, sizeof *c->edges, cmp_edge);
	for (size_t i = 0; i < c->nedges; i++)
		join(c, c->edges[i].a, c->edges[i].b);
	if (make_rows(c, rows, nrows, cap) != ND_E_OK)
		return ND_E_NOMEM;
	return arena->failed ? ND_E_NOMEM : ND_E_OK;
}
