/*
 * values.c - typed values in one sentence.  See values.h.
 *
 * One pass over the tokens, left to right.  At each token: a date ("Nov.
 * 6", "last week", "Tuesday"), a time word ("noon"), or a qualifier
 * ("about", "at least") and then an amount: a vague one ("dozens of"),
 * a range ("between 3 and 5") or a number written in digits, in words or
 * in a hyphenated form ("73-year-old", "52-48", "two-year").  What stands
 * around the number gives its type: a currency mark, "%", a unit, a time
 * unit, "aged", or else the noun phrase it counts.  Every look-up is a
 * small table; nothing is allocated outside the arena.
 *
 * Decisions the tests hold:
 *  - "this/last/next week": a range of days, lo the Monday, hi the Sunday,
 *    prec DPREC_DAY; "last/next month" and "year": the first day, prec
 *    MONTH or YEAR.  A weekday is the latest such day on or before the
 *    report day ("last Tuesday": before it; "next Tuesday": after it).
 *    A month, or a month and day, without a year: the one nearest the
 *    report day.  "last night": the day before the report.
 *  - vague amounts get a range: "dozens of" 24..143, "hundreds of"
 *    200..999, "thousands of" 2000..9999, "hundreds of thousands of"
 *    200000..999000, with qual VAGUE.
 *  - a number in words must count something ("five locations"); alone
 *    ("one said") it is no value.  A number in digits alone is a count
 *    with no noun.
 *  - "from 10 to 12" is two values (a change, not a range).
 *  - "pounds" without "sterling" is a weight (lb); "5m" without a
 *    currency is no value (metres or millions?).
 *  - a rate after a money amount or a measure ("a day", "per year") is
 *    read as part of it and dropped.
 */
#include "analyse/values.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/lexicon.h"
#include "base/date.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))
#define NONE SIZE_MAX

struct scan {
	const char *text;
	const struct tok *t;
	const char *const *w;
	size_t n;
	double day;
};

/* What a number token says beyond its amount. */
enum nkind { NK_PLAIN, NK_ORDINAL, NK_DECADE, NK_PAIR, NK_ISO, NK_TYPED };

struct num {
	double v, v2, v3;       /* v2: the second number of N-N; v3: ISO day */
	size_t first, last;
	enum nkind kind;
	enum value_type type;   /* NK_TYPED: "73-year-old", "two-year", "10km" */
	const char *unit;
	enum value_qual qual;   /* "50-plus", "50-odd" */
	bool word;              /* written in words */
	bool mult;              /* a multiplier was applied */
	bool msuffix;           /* "5m": millions only after a currency */
	double x;               /* the multipliers applied (1: none) */
};

/* libm is not linked: the few helpers needed, for amounts of sane size. */
static bool whole(double v)
{
	return v > -1e15 && v < 1e15 && v == (double)(long long)v;
}

static double dmax(double a, double b)
{
	return a > b ? a : b;
}

static double dmin(double a, double b)
{
	return a < b ? a : b;
}

/* ---- small tables -------------------------------------------------------- */

/* Words that end a noun phrase: function words and the commonest
 * irregular past tenses (regular ones end in -ed). */
static const char *const stops[] = {
	"a", "about", "above", "across", "after", "against", "ago", "all", "also", "among", "an",
	"and", "another", "any", "apiece", "are", "around", "as", "at", "ate", "away", "back",
	"be", "became", "because", "been", "before", "began", "being", "below", "between", "both",
	"bought", "broke", "brought", "built", "but", "by", "came", "can", "caught", "chose",
	"could", "did", "do", "does", "down", "drew", "drove", "during", "each", "earlier",
	"either", "else", "ever", "every", "fell", "few", "fewer", "flew", "for", "found", "from",
	"gave", "got", "grew", "had", "has", "have", "having", "he", "held", "her", "here", "him",
	"his", "hit", "how", "i", "if", "in", "including", "into", "is", "it", "its", "just",
	"kept", "knew", "last", "later", "least", "led", "left", "less", "like", "lost", "made",
	"may", "me", "meant", "met", "might", "more", "most", "much", "must", "my", "near",
	"nearly", "neither", "next", "no", "nor", "not", "now", "of", "off", "on", "once", "one",
	"only", "onto", "or", "other", "our", "out", "over", "own", "paid", "past", "per", "plus",
	"put", "ran", "rather", "rose", "said", "same", "sat", "saw", "say", "says", "sent",
	"set", "several", "she", "shot", "should", "since", "so", "sold", "some", "spent",
	"spoke", "stood", "struck", "such", "than", "that", "the", "their", "them", "then",
	"there", "these", "they", "this", "those", "threw", "through", "thus", "to", "told",
	"too", "took", "toward", "towards", "under", "until", "up", "upon", "us", "very", "via",
	"was", "we", "went", "were", "what", "when", "where", "whether", "which", "while", "who",
	"whom", "whose", "why", "will", "with", "within", "without", "won", "wore", "would",
	"wrote", "yet", "you", "your",
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool stop_word(const char *w)
{
	return bsearch(&w, stops, N(stops), sizeof stops[0], cmp_str) != NULL;
}

static bool in(const char *w, const char *const *set, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(w, set[i]) == 0)
			return true;
	return false;
}
#define IN(w, ...) in((w), (const char *const[]){ __VA_ARGS__ }, \
		      N(((const char *const[]){ __VA_ARGS__ })))

/* Units after a number, longest phrase first where two share a word. */
struct unit {
	const char *phrase;
	const char *unit;
	enum value_type type;
	double factor;          /* to the family's base unit (0: none) */
	int family;
};

enum { F_NONE, F_TIME, F_LENGTH, F_AREA, F_MASS };

static const struct unit units[] = {
	{ "percentage points", "point", VALUE_PERCENT, 0, 0 },
	{ "percentage point", "point", VALUE_PERCENT, 0, 0 },
	{ "basis points", "bp", VALUE_PERCENT, 0, 0 },
	{ "percent", NULL, VALUE_PERCENT, 0, 0 }, { "per cent", NULL, VALUE_PERCENT, 0, 0 },
	{ "%", NULL, VALUE_PERCENT, 0, 0 },
	{ "dollars", "usd", VALUE_MONEY, 1, 0 }, { "euros", "eur", VALUE_MONEY, 1, 0 },
	{ "yen", "jpy", VALUE_MONEY, 1, 0 }, { "yuan", "cny", VALUE_MONEY, 1, 0 },
	{ "rupees", "inr", VALUE_MONEY, 1, 0 }, { "roubles", "rub", VALUE_MONEY, 1, 0 },
	{ "rubles", "rub", VALUE_MONEY, 1, 0 }, { "pounds sterling", "gbp", VALUE_MONEY, 1, 0 },
	{ "swiss francs", "chf", VALUE_MONEY, 1, 0 }, { "cents", "usd", VALUE_MONEY, 0.01, 0 },
	{ "seconds", "second", VALUE_DURATION, 1.0 / 86400, F_TIME },
	{ "second", "second", VALUE_DURATION, 1.0 / 86400, F_TIME },
	{ "minutes", "minute", VALUE_DURATION, 1.0 / 1440, F_TIME },
	{ "minute", "minute", VALUE_DURATION, 1.0 / 1440, F_TIME },
	{ "hours", "hour", VALUE_DURATION, 1.0 / 24, F_TIME },
	{ "hour", "hour", VALUE_DURATION, 1.0 / 24, F_TIME },
	{ "days", "day", VALUE_DURATION, 1, F_TIME }, { "day", "day", VALUE_DURATION, 1, F_TIME },
	{ "weeks", "week", VALUE_DURATION, 7, F_TIME }, { "week", "week", VALUE_DURATION, 7, F_TIME },
	{ "months", "month", VALUE_DURATION, 30.436875, F_TIME },
	{ "month", "month", VALUE_DURATION, 30.436875, F_TIME },
	{ "years", "year", VALUE_DURATION, 365.2425, F_TIME },
	{ "year", "year", VALUE_DURATION, 365.2425, F_TIME },
	{ "decades", "decade", VALUE_DURATION, 3652.425, F_TIME },
	{ "decade", "decade", VALUE_DURATION, 3652.425, F_TIME },
	{ "miles per gallon", "mpg", VALUE_MEASURE, 0, 0 }, { "mpg", "mpg", VALUE_MEASURE, 0, 0 },
	{ "miles per hour", "mph", VALUE_MEASURE, 0, 0 }, { "mph", "mph", VALUE_MEASURE, 0, 0 },
	{ "square miles", "sq mile", VALUE_MEASURE, 2.589988, F_AREA },
	{ "square mile", "sq mile", VALUE_MEASURE, 2.589988, F_AREA },
	{ "square kilometres", "sq km", VALUE_MEASURE, 1, F_AREA },
	{ "square kilometers", "sq km", VALUE_MEASURE, 1, F_AREA },
	{ "square feet", "sq foot", VALUE_MEASURE, 9.290304e-8, F_AREA },
	{ "acres", "acre", VALUE_MEASURE, 0.0040468564, F_AREA },
	{ "acre", "acre", VALUE_MEASURE, 0.0040468564, F_AREA },
	{ "hectares", "hectare", VALUE_MEASURE, 0.01, F_AREA },
	{ "miles", "mile", VALUE_MEASURE, 1.609344, F_LENGTH },
	{ "mile", "mile", VALUE_MEASURE, 1.609344, F_LENGTH },
	{ "kilometres", "km", VALUE_MEASURE, 1, F_LENGTH },
	{ "kilometers", "km", VALUE_MEASURE, 1, F_LENGTH },
	{ "kilometre", "km", VALUE_MEASURE, 1, F_LENGTH },
	{ "kilometer", "km", VALUE_MEASURE, 1, F_LENGTH }, { "km", "km", VALUE_MEASURE, 1, F_LENGTH },
	{ "metres", "metre", VALUE_MEASURE, 0.001, F_LENGTH },
	{ "meters", "metre", VALUE_MEASURE, 0.001, F_LENGTH },
	{ "metre", "metre", VALUE_MEASURE, 0.001, F_LENGTH },
	{ "meter", "metre", VALUE_MEASURE, 0.001, F_LENGTH },
	{ "feet", "foot", VALUE_MEASURE, 0.0003048, F_LENGTH },
	{ "foot", "foot", VALUE_MEASURE, 0.0003048, F_LENGTH },
	{ "ft", "foot", VALUE_MEASURE, 0.0003048, F_LENGTH },
	{ "inches", "inch", VALUE_MEASURE, 0.0000254, F_LENGTH },
	{ "inch", "inch", VALUE_MEASURE, 0.0000254, F_LENGTH },
	{ "kilograms", "kg", VALUE_MEASURE, 1, F_MASS }, { "kilogram", "kg", VALUE_MEASURE, 1, F_MASS },
	{ "kg", "kg", VALUE_MEASURE, 1, F_MASS }, { "kilos", "kg", VALUE_MEASURE, 1, F_MASS },
	{ "pounds", "lb", VALUE_MEASURE, 0.45359237, F_MASS },
	{ "lbs", "lb", VALUE_MEASURE, 0.45359237, F_MASS },
	{ "tons", "ton", VALUE_MEASURE, 0, 0 }, { "tonnes", "ton", VALUE_MEASURE, 0, 0 },
	{ "ton", "ton", VALUE_MEASURE, 0, 0 }, { "tonne", "ton", VALUE_MEASURE, 0, 0 },
	{ "gallons", "gallon", VALUE_MEASURE, 0, 0 }, { "gallon", "gallon", VALUE_MEASURE, 0, 0 },
	{ "litres", "litre", VALUE_MEASURE, 0, 0 }, { "liters", "litre", VALUE_MEASURE, 0, 0 },
	{ "barrels", "barrel", VALUE_MEASURE, 0, 0 }, { "barrel", "barrel", VALUE_MEASURE, 0, 0 },
	{ "megawatts", "mw", VALUE_MEASURE, 0, 0 }, { "mw", "mw", VALUE_MEASURE, 0, 0 },
	{ "gigawatts", "gw", VALUE_MEASURE, 0, 0 }, { "degrees", "degree", VALUE_MEASURE, 0, 0 },
};

/* Does the phrase p match the words from i?  The words matched, or 0. */
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

static const struct unit *unit_at(const struct scan *s, size_t i, size_t *len)
{
	const struct unit *best = NULL;
	*len = 0;
	for (size_t u = 0; u < N(units); u++) {
		size_t k = phrase_at(s, units[u].phrase, i);
		if (k > *len)
			*len = k, best = &units[u];
	}
	return best;
}

/* A unit written as one word (the part after a hyphen or a digit). */
static const struct unit *unit_word(const char *w)
{
	static const struct unit extra[] = {
		{ "km", "km", VALUE_MEASURE, 1, F_LENGTH }, { "kg", "kg", VALUE_MEASURE, 1, F_MASS },
		{ "ft", "foot", VALUE_MEASURE, 0.0003048, F_LENGTH },
		{ "mph", "mph", VALUE_MEASURE, 0, 0 }, { "mpg", "mpg", VALUE_MEASURE, 0, 0 },
		{ "percent", NULL, VALUE_PERCENT, 0, 0 }, { "per-cent", NULL, VALUE_PERCENT, 0, 0 },
		{ "mw", "mw", VALUE_MEASURE, 0, 0 }, { "acre", "acre", VALUE_MEASURE, 0.0040468564, F_AREA },
	};
	for (size_t u = 0; u < N(extra); u++)
		if (strcmp(w, extra[u].phrase) == 0)
			return &extra[u];
	for (size_t u = 0; u < N(units); u++)
		if (units[u].type != VALUE_MONEY && units[u].type != VALUE_PERCENT &&
		    !strchr(units[u].phrase, ' ') && strcmp(w, units[u].phrase) == 0)
			return &units[u];
	return NULL;
}

/* The family and factor of a canonical unit, for conversions. */
static const struct unit *unit_canon(const char *unit)
{
	for (size_t u = 0; unit && u < N(units); u++)
		if (units[u].unit && strcmp(units[u].unit, unit) == 0)
			return &units[u];
	return NULL;
}

static const char *const ordinals[] = {
	"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
	"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
	"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
};

static int ordinal_word(const char *w)
{
	for (size_t i = 1; i < N(ordinals); i++)
		if (strcmp(w, ordinals[i]) == 0)
			return (int)i;
	static const char *const tens[] = { "thirtieth", "fortieth", "fiftieth", "sixtieth",
		"seventieth", "eightieth", "ninetieth", "hundredth" };
	for (size_t i = 0; i < N(tens); i++)
		if (strcmp(w, tens[i]) == 0)
			return i < 7 ? (int)(30 + 10 * i) : 100;
	return 0;
}

/* ---- tokens ------------------------------------------------------------ */

static const char *W(const struct scan *s, size_t i)
{
	return i < s->n ? s->w[i] : "";
}

static bool is(const struct scan *s, size_t i, const char *w)
{
	return i < s->n && strcmp(s->w[i], w) == 0;
}

/* Tokens i and i + 1 touch (no space between). */
static bool touch(const struct scan *s, size_t i)
{
	return i + 1 < s->n && s->t[i].end == s->t[i + 1].start;
}

static bool plural(const char *w)
{
	size_t n = strlen(w);
	if (IN(w, "people", "men", "women", "children", "staff", "police", "personnel",
	       "feet", "crew", "cattle", "aircraft", "youth", "clergy"))
		return true;
	return n >= 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
	       w[n - 2] != 'i' && w[n - 2] != '\'' && isalpha((unsigned char)w[0]);
}

/* A word that may stand in a noun phrase after a number. */
static bool np_word(const struct scan *s, size_t i)
{
	if (i >= s->n || !s->t[i].word || s->t[i].num)
		return false;
	const char *w = s->w[i];
	size_t n = strlen(w);
	if (!isalpha((unsigned char)w[0]) || stop_word(w) || lex_reporting_verb(s->w, s->n, i))
		return false;
	if (n > 4 && (strcmp(w + n - 2, "ly") == 0 || (strcmp(w + n - 2, "ed") == 0 && !s->t[i].cap)))
		return false;
	return !date_month_word(w, n, DATE_FULL) && date_weekday_word(w, n, DATE_FULL) < 0;
}

/* The noun phrase from token j: up to four words ending at the first
 * plural; with singular, ending at the last word before a stop.  After
 * "of" ("three of the journalists") a determiner is skipped.  Returns the
 * last token of the phrase, or NONE. */
static size_t noun_at(const struct scan *s, size_t j, bool singular, size_t *first)
{
	size_t k = j, end = NONE;
	if (is(s, k, "of")) {
		k++;
		if (IN(W(s, k), "the", "those", "these", "its", "their", "his", "her", "our", "a", "an"))
			k++;
		size_t l = strlen(W(s, k));
		if (l > 4 && strcmp(s->w[k] + l - 3, "est") == 0)
			return NONE;   /* "one of the largest": a superlative */
	}
	*first = k;
	for (size_t c = 0; c < 4 && np_word(s, k); c++, k++) {
		if (plural(s->w[k]))
			return k;
		if (singular && c < 3)
			end = k;
	}
	return end;
}

static void set_noun(const struct scan *s, struct value *v, size_t j, bool singular)
{
	size_t f, l = noun_at(s, j, singular, &f);
	if (l == NONE)
		return;
	v->noun_first = f, v->noun_last = l, v->head = s->w[l];
	v->last = l;
}

/* ---- numbers ------------------------------------------------------------- */

/* The value of the single number word w ("five"), or -1. */
static double number_word(const char *w)
{
	const char *one[1] = { w };
	double v;
	if (strcmp(w, "both") != 0 && lex_number(one, 1, 0, &v) == 1)
		return v;
	return -1;
}

/* What follows the digits of a token ("m", "th", "-year-old", "-48"). */
static bool digit_suffix(const char *rest, struct num *m)
{
	static const struct { const char *s; double mult; } mults[] = {
		{ "k", 1e3 }, { "m", 1e6 }, { "mn", 1e6 }, { "mln", 1e6 }, { "bn", 1e9 },
		{ "b", 1e9 }, { "tn", 1e12 }, { "trn", 1e12 }, { "-million", 1e6 },
		{ "-billion", 1e9 },
	};
	if (!*rest)
		return true;
	if (IN(rest, "st", "nd", "rd", "th")) {
		m->kind = NK_ORDINAL;
		return whole(m->v);
	}
	if (strcmp(rest, "s") == 0 && m->v >= 1000 && m->v <= 2100 && whole(m->v / 10)) {
		m->kind = NK_DECADE;
		return true;
	}
	for (size_t i = 0; i < N(mults); i++)
		if (strcmp(rest, mults[i].s) == 0) {
			m->v *= mults[i].mult, m->x *= mults[i].mult, m->mult = true;
			m->msuffix = rest[0] == 'm';
			return true;
		}
	if (IN(rest, "am", "pm", "a.m.", "p.m.")) {
		if (m->v < 1 || m->v > 12 || !whole(m->v))
			return false;
		m->kind = NK_TYPED, m->type = VALUE_TIME;
		m->v = (m->v == 12 ? 0 : m->v) * 60 + (rest[0] == 'p' ? 720 : 0);
		return true;
	}
	return false;
}

/* The part after a hyphen: "year-old", "plus", "48", "mile", "year". */
static bool hyphen_suffix(const char *r, struct num *m)
{
	static const char *const olds[] = { "year-old", "years-old", "month-old", "week-old",
					     "day-old" };
	static const char *const old_units[] = { "year", "year", "month", "week", "day" };
	for (size_t i = 0; i < N(olds); i++)
		if (strcmp(r, olds[i]) == 0) {
			m->kind = NK_TYPED, m->type = VALUE_AGE, m->unit = old_units[i];
			return true;
		}
	if (strcmp(r, "plus") == 0 || strcmp(r, "odd") == 0) {
		m->qual = r[0] == 'p' ? VQUAL_AT_LEAST : VQUAL_ABOUT;
		return true;
	}
	if (isdigit((unsigned char)r[0])) {
		char *e;
		m->kind = NK_PAIR;
		m->v2 = strtod(r, &e);
		if (e[0] == '-' && isdigit((unsigned char)e[1]) && e - r == 2) {
			m->kind = NK_ISO;
			m->v3 = strtod(e + 1, &e);
		}
		return *e == '\0' && strspn(r, "0123456789-") == strlen(r);
	}
	const struct unit *u = unit_word(r);
	if (!u)
		return false;
	m->kind = NK_TYPED, m->type = u->type, m->unit = u->unit;
	return true;
}

/* Digits with commas in groups of three and at most one decimal point. */
static bool well_formed(const char *f, size_t len)
{
	size_t dots = 0, run = 0;
	bool comma = false;
	for (size_t i = 0; i < len; i++) {
		if (f[i] == ',') {
			if ((comma && run != 3) || run == 0 || dots)
				return false;
			comma = true, run = 0;
		} else if (f[i] == '.') {
			if (dots++ || (comma && run != 3))
				return false;
			comma = false;
		} else {
			run++;
		}
	}
	return !comma || run == 3;
}

/* "mid-1990s", "early-2015": the part after the hyphen. */
static bool period_token(const char *r, struct num *m)
{
	char *e;
	if (r[0] != '-' || !isdigit((unsigned char)r[1]))
		return false;
	m->v = strtod(r + 1, &e);
	m->word = false;
	if (m->v < 1900 || m->v > 2100 || !whole(m->v) || e - r != 5)
		return false;
	if (e[0] == 's' && !e[1] && whole(m->v / 10))
		return m->kind = NK_DECADE, true;
	m->kind = NK_TYPED, m->type = VALUE_YEAR;
	return !*e;
}

/* One token as a number: digits with what sticks to them, or words
 * ("five", "twenty-five", "two-year", "third"). */
static bool num_token(const struct scan *s, size_t j, struct num *m)
{
	const char *f = s->w[j];
	memset(m, 0, sizeof *m);
	m->x = 1;
	m->first = m->last = j;
	if (s->t[j].num) {
		size_t len = strspn(f, "0123456789,.");
		if (!well_formed(f, len))
			return false;
		m->v = s->t[j].value;
		return f[len] == '-' ? hyphen_suffix(f + len + 1, m) : digit_suffix(f + len, m);
	}
	char part[32];
	size_t len = strcspn(f, "-");
	if (!s->t[j].word || len >= sizeof part)
		return false;
	memcpy(part, f, len);
	part[len] = '\0';
	m->word = true;
	if (IN(part, "mid", "early", "late"))
		return period_token(f + len, m);
	int o = ordinal_word(part);
	if (o && !f[len]) {
		m->v = o, m->kind = NK_ORDINAL;
		return true;
	}
	if ((m->v = number_word(part)) < 0)
		return false;
	const char *rest = f + len;
	if (*rest == '-' && m->v >= 20 && m->v < 100) {
		size_t l2 = strcspn(rest + 1, "-");
		memcpy(part, rest + 1, l2 < sizeof part ? l2 : 0);
		part[l2 < sizeof part ? l2 : 0] = '\0';
		double u = number_word(part);
		if ((o = ordinal_word(part)) && o < 10 && !rest[1 + l2]) {
			m->v += o, m->kind = NK_ORDINAL;
			return true;
		}
		if (u >= 1 && u <= 9)
			m->v += u, rest += 1 + l2;
	}
	return !*rest || (rest[0] == '-' && hyphen_suffix(rest + 1, m) && m->kind != NK_PAIR &&
			  m->kind != NK_ISO);
}

/* Multipliers after a number: "1.8 million", "four dozen", "five hundred
 * thousand".  Returns the new last token. */
static size_t multipliers(const struct scan *s, struct num *m)
{
	static const struct { const char *w; double x; } mul[] = {
		{ "hundred", 1e2 }, { "thousand", 1e3 }, { "million", 1e6 }, { "billion", 1e9 },
		{ "trillion", 1e12 }, { "dozen", 12 }, { "bn", 1e9 }, { "mn", 1e6 },
	};
	size_t k = m->last + 1;
	for (bool again = true; again && k < s->n;) {
		again = false;
		for (size_t i = 0; i < N(mul); i++)
			if (strcmp(s->w[k], mul[i].w) == 0) {
				m->v *= mul[i].x, m->x *= mul[i].x;
				m->mult = again = true;
				m->last = k++;
				break;
			}
	}
	return m->last;
}

/* A number from token j, in digits or words, with its multipliers. */
static bool num_at(const struct scan *s, size_t j, struct num *m)
{
	double v;
	size_t k;
	if (j >= s->n)
		return false;
	if (!s->t[j].num && (k = lex_number(s->w, s->n, j, &v)) > 1) {
		memset(m, 0, sizeof *m);
		m->x = 1;
		m->v = v, m->word = true, m->first = j, m->last = j + k - 1;
		if (is(s, m->last, "of"))   /* "a couple of": the noun follows */
			m->last--;
	} else if (!num_token(s, j, m)) {
		return false;
	}
	if (m->kind == NK_PLAIN || (m->kind == NK_TYPED && m->type == VALUE_DURATION))
		multipliers(s, m);
	return true;
}

/* ---- the amount's surroundings ------------------------------------------ */

/* A currency before token j: "$", "£", "€", "¥", "US$", "USD".  Returns
 * the tokens it takes. */
static size_t currency_at(const struct scan *s, size_t j, const char **unit)
{
	static const char *const marks[][2] = {
		{ "$", "usd" }, { "£", "gbp" }, { "€", "eur" }, { "¥", "jpy" }, { "₹", "inr" },
	};
	static const char *const pre[][2] = {
		{ "us", "usd" }, { "c", "cad" }, { "ca", "cad" }, { "a", "aud" }, { "au", "aud" },
		{ "nz", "nzd" }, { "hk", "hkd" }, { "s", "sgd" },
	};
	for (size_t i = 0; i < N(marks); i++)
		if (is(s, j, marks[i][0]))
			return *unit = marks[i][1], 1;
	if (j + 1 < s->n && touch(s, j) && is(s, j + 1, "$") && s->t[j].cap)
		for (size_t i = 0; i < N(pre); i++)
			if (is(s, j, pre[i][0]))
				return *unit = pre[i][1], 2;
	if (j < s->n && s->t[j].allcaps && IN(W(s, j), "usd", "eur", "gbp", "jpy", "cny", "chf") &&
	    j + 1 < s->n && s->t[j + 1].num)
		return *unit = s->w[j], 1;
	return 0;
}

/* A digit number that is part of a name, a list or a code: "Route 66",
 * "9/11", "No. 1", "(202)". */
static bool not_a_value(const struct scan *s, size_t j)
{
	const struct tok *t = s->t;
	enum qual q;
	if (!t[j].num)
		return false;
	if ((j > 0 && touch(s, j - 1) && (is(s, j - 1, "/") || is(s, j - 1, ":") ||
					  is(s, j - 1, "."))) ||
	    (touch(s, j) && (is(s, j + 1, "/") || is(s, j + 1, ":"))))
		return true;
	if (j > 0 && (is(s, j - 1, "#") || (is(s, j - 1, ".") && is(s, j - 2 < j ? j - 2 : j, "no"))))
		return true;
	if (j == 0 && (is(s, 1, ")") || (is(s, 1, ".") && s->n > 2)))
		return true;
	if (j > 0 && is(s, j - 1, "(") && is(s, j + 1, ")"))
		return true;
	if (j > 0 && t[j - 1].cap && t[j - 1].word && !t[j - 1].num &&
	    !lex_not_name(s->w[j - 1]) && !stop_word(s->w[j - 1]) &&
	    !lex_qualifier(s->w, s->n, j - 1, &q))
		return true;
	return false;
}

/* "or more", "or so", "or fewer" after token k: the tokens taken. */
static size_t qual_after(const struct scan *s, size_t k, struct value *v)
{
	if (!is(s, k, "or"))
		return 0;
	if (is(s, k + 1, "more"))
		v->qual = VQUAL_AT_LEAST;
	else if (is(s, k + 1, "so"))
		v->qual = VQUAL_ABOUT;
	else if (is(s, k + 1, "fewer") || is(s, k + 1, "less"))
		v->qual = VQUAL_AT_MOST;
	else
		return 0;
	return 2;
}

/* "a day", "per year" after a rate: the tokens taken. */
static size_t rate_after(const struct scan *s, size_t k)
{
	if ((is(s, k, "a") || is(s, k, "an") || is(s, k, "per") || is(s, k, "each")) &&
	    IN(W(s, k + 1), "day", "week", "month", "year", "hour", "share", "head"))
		return 2;
	return 0;
}

/* ---- typing an amount ----------------------------------------------------- */

static bool year_like(double v)
{
	return v >= 1900 && v <= 2100 && whole(v);
}

/* A tally's surroundings: "a 52-48 vote", "voted 5-2", "by 62 to 36". */
static bool tally_context(const struct scan *s, size_t first, size_t last)
{
	if (IN(W(s, last + 1), "vote", "votes", "tally", "margin", "decision", "ruling",
	       "majority", "verdict", "split"))
		return true;
	const char *p = first ? s->w[first - 1] : "";
	const char *pp = first > 1 ? s->w[first - 2] : "";
	return IN(p, "voted", "votes", "passed", "approved", "confirmed", "rejected",
		  "defeated", "margin", "tally") ||
	       (strcmp(p, "of") == 0 && IN(pp, "vote", "tally", "margin")) ||
	       (IN(p, "a", "an") && strcmp(pp, "by") == 0) || strcmp(p, "by") == 0;
}

/* N-N in one token: a year span, a tally, a date or a range. */
static bool pair_type(const struct scan *s, struct num *m, struct value *v)
{
	double a = m->v, b = m->v2;
	if (m->kind == NK_ISO) {
		if (!year_like(a) || b < 1 || b > 12 || m->v3 < 1 || m->v3 > 31)
			return false;
		v->type = VALUE_DATE, v->prec = DPREC_DAY;
		v->lo = v->hi = (double)date_days_from_civil((long)a, (unsigned)b, (unsigned)m->v3);
		return true;
	}
	if (year_like(a) && b < 100 && strlen(strchr(s->w[m->first], '-') + 1) == 2)
		b += (double)((long)a / 100 * 100);
	if (year_like(a) && year_like(b) && b > a) {
		v->type = VALUE_YEAR, v->lo = a, v->hi = b;
		return true;
	}
	if (a <= 999 && b <= 999 && tally_context(s, m->first, m->last)) {
		v->type = VALUE_TALLY, v->lo = dmax(a, b), v->hi = dmin(a, b);
		return true;
	}
	if (a < b) {
		v->lo = a, v->hi = b, m->kind = NK_PLAIN;
		return false;
	}
	return false;
}

/* "Smith, 73," and "aged 73": an age without the word "year". */
static bool bare_age(const struct scan *s, const struct num *m)
{
	size_t j = m->first;
	if (m->word || m->v < 1 || m->v > 120 || !whole(m->v) || m->mult)
		return false;
	if (j > 0 && IN(s->w[j - 1], "aged", "age"))
		return true;
	return j > 1 && is(s, j - 1, ",") && s->t[j - 2].cap && !s->t[j - 2].num &&
	       !lex_not_name(s->w[j - 2]) && (j + 1 >= s->n || IN(s->w[j + 1], ",", ")", ";", "."));
}

/* A four-digit year: "in 2012", "2015" alone, "fiscal 2015", not "2000
 * people". */
static bool year_at(const struct scan *s, const struct num *m)
{
	size_t j = m->first;
	if (m->word || m->mult || !year_like(m->v) || strlen(s->w[j]) != 4)
		return false;
	const char *p = j ? s->w[j - 1] : "";
	if (IN(p, "in", "since", "until", "till", "during", "fiscal", "early", "late", "mid",
	       "year", "the", "'s"))
		return true;
	size_t f;
	return noun_at(s, j + 1, false, &f) == NONE;
}

/* The unit after the number, if any: money, percent, measure, duration,
 * age.  Returns true when it typed v. */
static bool unit_type(const struct scan *s, size_t k, struct value *v)
{
	size_t len;
	const struct unit *u = unit_at(s, k, &len);
	if (!u)
		return false;
	if (u->type == VALUE_MONEY && v->unit)
		return false;
	v->type = u->type, v->unit = u->unit, v->last = k + len - 1;
	if (u->type == VALUE_MONEY && u->factor != 1)
		v->lo *= u->factor, v->hi *= u->factor;
	k = v->last + 1;
	if (u->type == VALUE_DURATION && is(s, k, "old")) {
		v->type = VALUE_AGE, v->last = k;
	} else if (u->type == VALUE_DURATION && is(s, k, "of") && is(s, k + 1, "age")) {
		v->type = VALUE_AGE, v->last = k + 1;
	} else if (u->type == VALUE_PERCENT || u->type == VALUE_MONEY) {
		set_noun(s, v, k, true);
	} else if (u->type == VALUE_MEASURE) {
		v->last += rate_after(s, k);
		if (is(s, v->last + 1, "of"))
			set_noun(s, v, v->last + 1, true);
	}
	return true;
}

/* What is counted, or an ordinal's noun.  False when a number in words
 * counts nothing. */
static bool count_type(const struct scan *s, const struct num *m, struct value *v)
{
	size_t k = v->last + 1;
	if (m->kind == NK_ORDINAL) {
		v->type = VALUE_ORDINAL;
		if (m->word && !IN(m->first ? s->w[m->first - 1] : "", "the", "a", "an", "its",
				   "his", "her", "their", "our", "my", "your", "'s", "this"))
			return false;
		if (!is(s, k, "of"))
			set_noun(s, v, k, true);
		return true;
	}
	v->type = VALUE_COUNT;
	set_noun(s, v, k, v->lo == 1 && v->hi == 1 && !is(s, k, "of"));
	if (v->noun_first == NONE && m->word)
		return false;
	v->last += rate_after(s, v->last + 1);
	return true;
}

/* Type the amount m (v->lo, v->hi set), starting from its own token's
 * kind, then the tokens after it. */
static bool type_amount(const struct scan *s, struct num *m, struct value *v)
{
	if (m->kind == NK_PAIR || m->kind == NK_ISO) {
		if (pair_type(s, m, v))
			return true;
		if (m->kind != NK_PLAIN)
			return false;
	}
	if (m->kind == NK_DECADE) {
		v->type = VALUE_YEAR, v->hi = v->lo + 9;
		return true;
	}
	if (m->kind == NK_TYPED) {
		v->type = m->type, v->unit = m->unit;
		if (m->type == VALUE_PERCENT)
			set_noun(s, v, v->last + 1, true);
		return true;
	}
	if (v->unit) {             /* a currency mark before it */
		v->type = VALUE_MONEY;
		v->last += rate_after(s, v->last + 1);
		set_noun(s, v, v->last + 1, true);
		return true;
	}
	if (m->msuffix)
		return false;
	if (m->kind == NK_PLAIN && unit_type(s, v->last + 1, v))
		return true;
	if (m->kind == NK_PLAIN && bare_age(s, m)) {
		v->type = VALUE_AGE, v->unit = "year";
		return true;
	}
	if (m->kind == NK_PLAIN && v->lo == v->hi && year_at(s, m)) {
		v->type = VALUE_YEAR;
		return true;
	}
	return count_type(s, m, v);
}

/* ---- amounts ------------------------------------------------------------- */

/* "by a vote of 62 to 36", "62 votes to 36": a tally in words. */
static bool tally_words(const struct scan *s, const struct num *m, struct value *v)
{
	size_t k = m->last + 1;
	struct num b;
	bool votes = is(s, k, "votes");
	if (m->word || m->kind != NK_PLAIN || m->mult || !is(s, k + votes, "to") ||
	    !(votes || tally_context(s, m->first, m->first)))
		return false;
	if (!num_token(s, k + votes + 1, &b) || b.word || b.kind != NK_PLAIN ||
	    m->v > 999 || b.v > 999)
		return false;
	v->type = VALUE_TALLY, v->lo = dmax(m->v, b.v), v->hi = dmin(m->v, b.v);
	v->last = b.last;
	return true;
}

/* A clock time from digits at j: "3 p.m.", "10:30 a.m.", "10:30", "12 noon". */
static bool clock_at(const struct scan *s, size_t j, struct value *v)
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

/* "10 to 12", "10 or 11", "$2 million to $3 million": the second number
 * of a range after m, or false. */
static bool range_after(const struct scan *s, const struct num *m, const char *cur,
			struct num *b)
{
	size_t k = m->last + 1;
	const char *cur2 = NULL;
	if (m->kind != NK_PLAIN || !IN(W(s, k), "to", "or", "-", "\xe2\x80\x93"))
		return false;
	size_t c = cur ? currency_at(s, k + 1, &cur2) : 0;
	if (!num_at(s, k + 1 + c, b) || b->word != m->word || not_a_value(s, k + 1 + c) ||
	    b->kind != NK_PLAIN || (cur2 && strcmp(cur, cur2) != 0))
		return false;
	double a = m->mult ? m->v : m->v * b->x;
	return a < b->v;
}

/* A number with what stands around it, from token j. */
static bool amount_at(const struct scan *s, size_t j, bool from, struct value *v)
{
	const char *cur = NULL;
	size_t c = currency_at(s, j, &cur);
	struct num m, b;
	if (!c && clock_at(s, j, v))
		return true;
	if (!num_at(s, j + c, &m) || not_a_value(s, j + c))
		return false;
	v->unit = cur, v->lo = v->hi = m.v, v->last = m.last;
	if (m.qual != VQUAL_EXACT)
		v->qual = m.qual;
	if (!cur && tally_words(s, &m, v))
		return true;
	if (!from && range_after(s, &m, cur, &b)) {
		v->lo = m.mult ? m.v : m.v * b.x, v->hi = b.v, v->last = b.last;
		b.first = m.first;
		m = b;
	}
	v->last += qual_after(s, v->last + 1, v);
	if (m.msuffix && !cur)
		return false;
	if (!type_amount(s, &m, v))
		return false;
	v->last += qual_after(s, v->last + 1, v);
	return true;
}

/* "between 10 and 12 people", "between $2 and $3 million". */
static bool between_at(const struct scan *s, size_t j, struct value *v)
{
	const char *cur = NULL, *cur2 = NULL;
	struct num a, b;
	if (!is(s, j, "between"))
		return false;
	size_t c = currency_at(s, j + 1, &cur);
	if (!num_at(s, j + 1 + c, &a) || a.kind != NK_PLAIN || not_a_value(s, j + 1 + c) ||
	    !is(s, a.last + 1, "and"))
		return false;
	size_t c2 = currency_at(s, a.last + 2, &cur2);
	if (!num_at(s, a.last + 2 + c2, &b) || b.kind != NK_PLAIN ||
	    not_a_value(s, a.last + 2 + c2))
		return false;
	v->unit = cur ? cur : cur2;
	v->lo = a.mult ? a.v : a.v * b.x, v->hi = b.v, v->last = b.last;
	if (!(v->lo < v->hi))
		return false;
	if (year_like(v->lo) && year_like(v->hi) && strlen(s->w[a.first]) == 4) {
		v->type = VALUE_YEAR;
		return true;
	}
	return type_amount(s, &b, v);
}

/* "dozens of people", "hundreds of thousands of": a range, qual VAGUE. */
static bool vague_at(const struct scan *s, size_t j, struct value *v)
{
	static const struct { const char *w; double lo, hi, x; } vg[] = {
		{ "tens", 20, 99, 10 }, { "dozens", 24, 143, 12 }, { "scores", 40, 199, 20 },
		{ "hundreds", 200, 999, 1e2 }, { "thousands", 2000, 9999, 1e3 },
		{ "millions", 2e6, 9.99e6, 1e6 }, { "billions", 2e9, 9.99e9, 1e9 },
	};
	size_t i = 0, k = j + 2;
	while (i < N(vg) && !is(s, j, vg[i].w))
		i++;
	if (i == N(vg) || !is(s, j + 1, "of"))
		return false;
	v->lo = vg[i].lo, v->hi = vg[i].hi;
	for (size_t q = 4; q < N(vg); q++)
		if (is(s, k, vg[q].w) && is(s, k + 1, "of") && vg[q].x > vg[i].x) {
			v->lo *= vg[q].x, v->hi *= vg[q].x, k += 2;
			break;
		}
	if (i == 0 && k == j + 2)
		return false;
	v->type = VALUE_COUNT, v->qual = VQUAL_VAGUE, v->last = k - 1;
	size_t len;
	const struct unit *u = unit_at(s, k, &len);
	if (u && u->type == VALUE_MONEY && u->factor == 1)
		v->type = VALUE_MONEY, v->unit = u->unit, v->last = k + len - 1;
	else
		set_noun(s, v, k, false);
	return true;
}

/* "for a year", "nearly a decade": one time unit after "a". */
static bool article_duration(const struct scan *s, size_t j, bool qualified, struct value *v)
{
	size_t len;
	if (!(is(s, j, "a") || is(s, j, "an")) ||
	    !(qualified || (j > 0 && IN(s->w[j - 1], "for", "within", "after", "over", "than",
					"in"))))
		return false;
	const struct unit *u = unit_at(s, j + 1, &len);
	if (!u || u->type != VALUE_DURATION || plural(s->w[j + 1]))
		return false;
	v->type = VALUE_DURATION, v->unit = u->unit, v->lo = v->hi = 1, v->last = j + 1;
	return true;
}

/* A qualifier before a value: the tokens it takes. */
static size_t qual_at(const struct scan *s, size_t i, enum value_qual *q)
{
	enum qual lq;
	size_t k;
	if (is(s, i, "just") && (is(s, i + 1, "over") || is(s, i + 1, "under"))) {
		*q = is(s, i + 1, "over") ? VQUAL_MORE_THAN : VQUAL_LESS_THAN;
		return 2;
	}
	if (is(s, i, "nearly") || is(s, i, "almost")) {
		*q = VQUAL_NEARLY;
		return 1;
	}
	if (!(k = lex_qualifier(s->w, s->n, i, &lq)))
		return 0;
	switch (lq) {
	case QUAL_EXACT: case QUAL_ALL: *q = VQUAL_EXACT; break;
	case QUAL_AT_LEAST: *q = VQUAL_AT_LEAST; break;
	case QUAL_AT_MOST: *q = VQUAL_AT_MOST; break;
	case QUAL_MORE_THAN: *q = VQUAL_MORE_THAN; break;
	case QUAL_FEWER_THAN: *q = VQUAL_LESS_THAN; break;
	case QUAL_ABOUT: *q = VQUAL_ABOUT; break;
	default: return 0;
	}
	return k;
}

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
	struct num d;
	if (k >= s->n || !s->t[k].num || !num_token(s, k, &d) ||
	    (d.kind != NK_PLAIN && d.kind != NK_ORDINAL) || d.v < 1 || d.v > 31 ||
	    !whole(d.v) || strspn(s->w[k], "0123456789") > 2 || (touch(s, k) && is(s, k + 1, ":")))
		return 0;
	return (unsigned)d.v;
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
		       !stop_word(s->w[i - 1])))
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

/* ---- the scan ---------------------------------------------------------- */

static bool time_word(const struct scan *s, size_t i, struct value *v)
{
	if (!IN(W(s, i), "noon", "midday", "midnight"))
		return false;
	v->type = VALUE_TIME, v->lo = v->hi = s->w[i][1] == 'i' && s->w[i][3] == 'n' ? 0 : 720;
	return true;
}

/* The value that starts at token i, if any. */
static bool value_at(const struct scan *s, size_t i, struct value *v)
{
	memset(v, 0, sizeof *v);
	v->qual = VQUAL_EXACT, v->prec = DPREC_NONE;
	v->first = v->last = i, v->noun_first = v->noun_last = NONE;
	if (date_at(s, i, v) || time_word(s, i, v))
		return true;
	enum value_qual q = VQUAL_EXACT;
	size_t qn = qual_at(s, i, &q), j = i + qn;
	bool from = j > 0 && is(s, j - 1, "from");
	if (!vague_at(s, j, v) && !between_at(s, j, v) && !amount_at(s, j, from, v) &&
	    !article_duration(s, j, qn > 0, v))
		return false;
	/* "over six weeks" is a span of time, not "more than" */
	if (qn && !(v->type == VALUE_DURATION && is(s, i, "over")) && v->type != VALUE_TALLY)
		v->qual = q;
	else
		v->first = j;
	return true;
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
	if (!a || !b)
		return a == b;
	if (strcmp(a, b) == 0)
		return true;
	const struct unit *ua = unit_canon(a), *ub = unit_canon(b);
	return ua && ub && ua->family && ua->family == ub->family;
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
		fa = unit_canon(a->unit)->factor, fb = unit_canon(b->unit)->factor;
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
			return "?";
		const char *lo = date_str(v, v->lo, ar);
		return v->hi > v->lo && lo ? arena_printf(ar, "%s..%s", lo, date_str(v, v->hi, ar)) : lo;
	}
	if (isnan(v->lo))
		return "?";
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
