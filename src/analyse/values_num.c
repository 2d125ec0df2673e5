/*
 * values_num.c - the values a number makes: counts, money, percentages,
 * measures, ages, durations, ordinals, tallies, years and clock times.
 * See values.h; values.c drives the scan and reads dates.
 *
 * From a token: a qualifier ("about", "at least"), then a vague amount
 * ("dozens of"), a range ("between 3 and 5") or a number written in
 * digits, in words or in a hyphenated form ("73-year-old", "52-48",
 * "two-year").  What stands around the number gives its type: a currency
 * mark, "%", a unit, a time unit, "aged", or else the noun phrase it
 * counts.  Every look-up is a small table.
 *
 * Decisions the tests hold:
 *  - vague amounts get a range: "dozens of" 24..143, "hundreds of"
 *    200..999, "thousands of" 2000..9999, "hundreds of thousands of"
 *    200000..999000, with qual VAGUE; "several", "a few" and "a number
 *    of" before a plural noun 2..1e9, VAGUE; "many" alone: no value.
 *  - a number in words must count something ("five locations"); alone
 *    ("one said") it is no value.  A number in digits alone is a count
 *    with no noun.
 *  - "from 10 to 12" is two values (a change, not a range).
 *  - "pounds" without "sterling" is a weight (lb), but by the million
 *    after a word of money ("a loss of 96 million pounds"), not "of"
 *    something nor weighed, money (gbp);
 *    "5m" without a currency is no value (metres or millions?).
 *  - a rate after money, a measure or a count ("a day", "per year") is
 *    read as part of it and dropped.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/lexicon.h"
#include "analyse/values.h"
#include "analyse/values_scan.h"
#include "base/date.h"
#include "base/text.h"

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

/* ---- small tables -------------------------------------------------------- */

/* Units after a number, longest phrase first where two share a word. */
struct unit {
	const char *phrase;
	const char *unit;
	enum value_type type;
	double factor;          /* to the family's base unit (0: none) */
	int family;
};

enum { F_NONE, F_TIME, F_LENGTH, F_AREA, F_MASS };

#define U(p, u, t, f, fam) { p, u, VALUE_##t, f, fam }
/* Singular forms: a word of a phrase also matches with "s" or "es". */
static const struct unit units[] = {
	U("percentage point", "point", PERCENT, 1, 0), U("basis point", "bp", PERCENT, 1, 0),
	U("percent", NULL, PERCENT, 1, 0), U("per cent", NULL, PERCENT, 1, 0),
	U("%", NULL, PERCENT, 1, 0),
	U("dollar", "usd", MONEY, 1, 0), U("euro", "eur", MONEY, 1, 0), U("yen", "jpy", MONEY, 1, 0),
	U("yuan", "cny", MONEY, 1, 0), U("rupee", "inr", MONEY, 1, 0), U("rouble", "rub", MONEY, 1, 0),
	U("ruble", "rub", MONEY, 1, 0), U("pounds sterling", "gbp", MONEY, 1, 0),
	U("swiss franc", "chf", MONEY, 1, 0), U("cent", "usd", MONEY, 0.01, 0),
	U("canadian dollar", "cad", MONEY, 1, 0), U("australian dollar", "aud", MONEY, 1, 0),
	U("new zealand dollar", "nzd", MONEY, 1, 0), U("hong kong dollar", "hkd", MONEY, 1, 0),
	U("singapore dollar", "sgd", MONEY, 1, 0), U("us dollar", "usd", MONEY, 1, 0),
	U("second", "second", DURATION, 1.0 / 86400, F_TIME),
	U("minute", "minute", DURATION, 1.0 / 1440, F_TIME),
	U("hour", "hour", DURATION, 1.0 / 24, F_TIME), U("day", "day", DURATION, 1, F_TIME),
	U("week", "week", DURATION, 7, F_TIME), U("month", "month", DURATION, 30.436875, F_TIME),
	U("year", "year", DURATION, 365.2425, F_TIME),
	U("decade", "decade", DURATION, 3652.425, F_TIME),
	U("miles per gallon", "mpg", MEASURE, 1, 0), U("mpg", "mpg", MEASURE, 1, 0),
	U("miles per hour", "mph", MEASURE, 1, 0), U("mph", "mph", MEASURE, 1, 0),
	U("square mile", "sq mile", MEASURE, 2.589988, F_AREA),
	U("square kilometre", "sq km", MEASURE, 1, F_AREA),
	U("square kilometer", "sq km", MEASURE, 1, F_AREA),
	U("square feet", "sq foot", MEASURE, 9.290304e-8, F_AREA),
	U("acre", "acre", MEASURE, 0.0040468564, F_AREA),
	U("hectare", "hectare", MEASURE, 0.01, F_AREA),
	U("mile", "mile", MEASURE, 1.609344, F_LENGTH), U("km", "km", MEASURE, 1, F_LENGTH),
	U("kilometre", "km", MEASURE, 1, F_LENGTH), U("kilometer", "km", MEASURE, 1, F_LENGTH),
	U("metre", "metre", MEASURE, 0.001, F_LENGTH), U("meter", "metre", MEASURE, 0.001, F_LENGTH),
	U("foot", "foot", MEASURE, 0.0003048, F_LENGTH), U("feet", "foot", MEASURE, 0.0003048, F_LENGTH),
	U("ft", "foot", MEASURE, 0.0003048, F_LENGTH), U("inch", "inch", MEASURE, 0.0254e-3, F_LENGTH),
	U("kilogram", "kg", MEASURE, 1, F_MASS), U("kg", "kg", MEASURE, 1, F_MASS),
	U("kilo", "kg", MEASURE, 1, F_MASS), U("pound", "lb", MEASURE, 0.45359237, F_MASS),
	U("lb", "lb", MEASURE, 0.45359237, F_MASS),
	U("ton", "ton", MEASURE, 1, 0), U("tonne", "ton", MEASURE, 1, 0),
	U("gallon", "gallon", MEASURE, 1, 0), U("litre", "litre", MEASURE, 1, 0),
	U("liter", "litre", MEASURE, 1, 0), U("barrel", "barrel", MEASURE, 1, 0),
	U("megawatt", "mw", MEASURE, 1, 0), U("mw", "mw", MEASURE, 1, 0),
	U("gigawatt", "gw", MEASURE, 1, 0), U("degree", "degree", MEASURE, 1, 0),
};

/* Word w is p[0..pl), or that with "s" or "es" after it. */
static bool word_is(const char *w, const char *p, size_t pl)
{
	return strncmp(w, p, pl) == 0 &&
	       (!w[pl] || (w[pl] == 's' && !w[pl + 1]) || (w[pl] == 'e' && w[pl + 1] == 's' && !w[pl + 2]));
}

/* The unit whose phrase matches the most words from token i. */
static const struct unit *unit_at(const struct scan *s, size_t i, size_t *len)
{
	const struct unit *best = NULL;
	*len = 0;
	for (size_t u = 0; u < N(units); u++) {
		const char *p = units[u].phrase;
		size_t k = 0;
		for (; *p && i + k < s->n; k++) {
			/* most words differ at their first letter */
			if (s->w[i + k][0] != p[0])
				break;
			size_t pl = strcspn(p, " ");
			if (!word_is(s->w[i + k], p, pl))
				break;
			p += pl + (p[pl] == ' ');
		}
		if (!*p && k > *len)
			*len = k, best = &units[u];
	}
	return best;
}

/* A unit written as one word after a hyphen or digits ("40-mile", "10km"). */
static const struct unit *unit_word(const char *w)
{
	for (size_t u = 0; u < N(units); u++)
		if (units[u].type != VALUE_MONEY && !strchr(units[u].phrase, ' ') &&
		    word_is(w, units[u].phrase, strlen(units[u].phrase)))
			return &units[u];
	return NULL;
}

int values_unit_family(const char *unit, double *factor)
{
	*factor = 1;
	for (size_t u = 0; unit && u < N(units); u++)
		if (units[u].unit && strcmp(units[u].unit, unit) == 0) {
			*factor = units[u].factor;
			return units[u].family;
		}
	return F_NONE;
}

/* ---- numbers ------------------------------------------------------------- */

/* The value of the single number word w ("five"), or -1. */
static double number_word(const char *w)
{
	double v;
	if (!text_same(w, "both") && lex_number_word(w, &v))
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
	if (text_same(rest, "s") && m->v >= 1000 && m->v <= 2100 && whole(m->v / 10)) {
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
	const struct unit *u = unit_word(rest);   /* "10km", "6ft" */
	if (!u || u->type != VALUE_MEASURE)
		return false;
	m->kind = NK_TYPED, m->type = u->type, m->unit = u->unit;
	return true;
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
	if (text_same(r, "plus") || text_same(r, "odd")) {
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
	int o = lex_ordinal(part);
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
		if ((o = lex_ordinal(part)) && o < 10 && !rest[1 + l2]) {
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
	/* the scale words (lex_scale), and "dozen", "bn", "mn" */
	static const struct { const char *w; double x; } more[] = {
		{ "dozen", 12 }, { "bn", 1e9 }, { "mn", 1e6 },
	};
	size_t k = m->last + 1;
	for (; k < s->n; k++) {
		double x = lex_scale(s->w[k]);
		for (size_t i = 0; i < N(more) && !x; i++)
			if (strcmp(s->w[k], more[i].w) == 0)
				x = more[i].x;
		if (!x)
			break;
		m->v *= x, m->x *= x;
		m->mult = true;
		m->last = k;
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
	if (!s->t[j].num && (k = lex_number(s->t, s->n, j, &v)) > 1) {
		memset(m, 0, sizeof *m);
		m->x = 1;
		m->v = v, m->word = true, m->first = j, m->last = j + k - 1;
		if (is(s, m->last, "of"))   /* "a couple of": the noun follows */
			m->last--;
	} else if (!num_token(s, j, m) ||
		   (m->word && IN(s->w[j], "hundred", "thousand", "dozen"))) {
		return false;   /* "a few hundred": see vague_at */
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
	/* "the Olsund 2012 rule": a year between a name and a noun, after
	 * "the", is a year, not part of a name */
	bool year_of = t[j].value >= 1900 && t[j].value <= 2100 && strlen(s->w[j]) == 4 && j >= 2 &&
		       (is(s, j - 2, "the") || is(s, j - 2, "a") || is(s, j - 2, "an")) &&
		       j + 1 < s->n && t[j + 1].word && !t[j + 1].cap && !t[j + 1].num;
	if (j > 0 && t[j - 1].cap && t[j - 1].word && !t[j - 1].num &&
	    !lex_tok_not_name(&s->t[j - 1]) && !values_stop_word(s->w[j - 1]) &&
	    !lex_qualifier(s->t, s->n, j - 1, &q) && !year_of)
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

/* A tally's noun before "was": "the vote was 62 to 36", "the final tally
 * was 251-174", "the margin stood at 5-4", "a vote of 8-1", and with up
 * to three words of its own between ("the Senate vote last month was
 * 54-46", "the vote in committee was 8-1"), none of them a mark or a
 * number. */
static bool tally_noun_before(const struct scan *s, size_t first)
{
	size_t k = first;
	if (k > 1 && is(s, k - 1, "at") && IN(s->w[k - 2], "stood", "stands", "stand"))
		k--;
	if (k < 2 || !IN(s->w[k - 1], "was", "is", "were", "of", "stood", "stands", "stand"))
		return false;
	bool of = is(s, k - 1, "of");
	for (size_t j = k - 1, n = 0; j-- > 0 && n <= (of ? 0u : 3u); n++) {
		if (IN(s->w[j], "vote", "votes", "tally", "margin"))
			return true;
		if (s->t[j].num || !isalpha((unsigned char)s->w[j][0]))
			return false;
	}
	return false;
}

/* A tally's surroundings: "a 52-48 vote", "voted 5-2", "by 62 to 36",
 * "the vote was 8-1"; not when a unit follows ("a margin of 5-10
 * points" is a range). */
static bool tally_context(const struct scan *s, size_t first, size_t last)
{
	size_t len;
	if (unit_at(s, last + 1, &len))
		return false;
	if (IN(W(s, last + 1), "vote", "votes", "tally", "margin", "decision", "ruling",
	       "majority", "verdict", "split"))
		return true;
	const char *p = first ? s->w[first - 1] : "";
	const char *pp = first > 1 ? s->w[first - 2] : "";
	return IN(p, "voted", "votes", "passed", "approved", "confirmed", "rejected",
		  "defeated", "margin", "tally") || tally_noun_before(s, first) ||
	       (IN(p, "a", "an") && text_same(pp, "by")) || text_same(p, "by");
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
	       !lex_tok_not_name(&s->t[j - 2]) && (j + 1 >= s->n || IN(s->w[j + 1], ",", ")", ";", "."));
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
	       "year", "the", "'s", "their", "its", "his", "her", "our", "my", "your", "a", "an",
	       "this", "that"))
		return true;   /* "their 2015 rates": a year, not 2,015 rates */
	size_t f;
	return values_noun_at(s, j + 1, NP_PLURAL, &f) == NONE || (j + 1 < s->n && s->t[j + 1].cap);
}

/* "the 2012 rule", "its 2019 report", "the Olsund 2012 standard": a year
 * that names a thing by when it was made, after a determiner (and at
 * most one capitalised word).  The thing is the year's noun; the value's
 * words stay the year's own. */
static void year_names(const struct scan *s, const struct num *m, struct value *v)
{
	size_t j = m->first, d = j;
	if (d >= 2 && s->t[d - 1].cap && !lex_tok_function_word(&s->t[d - 1]))
		d--;
	if (d == 0 || !IN(s->w[d - 1], "the", "'s", "their", "its", "his", "her", "our", "a", "an",
			  "this", "that"))
		return;
	size_t f, l = values_noun_at(s, m->last + 1, NP_ANY, &f);
	if (l == NONE || f != m->last + 1 || s->t[l].cap)
		return;
	v->noun_first = f, v->noun_last = l, v->head = s->w[l];
}

/* A word of weighing in the six tokens before token k ("weighs",
 * "weighing", "a weight of"). */
static bool weighed_before(const struct scan *s, size_t k)
{
	for (size_t j = k > 6 ? k - 6 : 0; j < k; j++)
		if (strncmp(s->w[j], "weigh", 5) == 0)
			return true;
	return false;
}

/* A word of money in the six tokens before token k ("a loss of", "paid",
 * "worth"): "recalled 2.5 million pounds" is a weight, "a loss of 96
 * million pounds" money. */
static bool money_before(const struct scan *s, size_t k)
{
	static const char *const words[] = {
		"loss", "losses", "profit", "profits", "cost", "costs", "worth", "fine", "fined",
		"deal", "paid", "pay", "pays", "spent", "spend", "raised", "raise", "revenue",
		"revenues", "budget", "price", "sales", "debt", "debts", "funding", "fund", "earned",
		"earnings", "salary", "bonus", "investment", "invest", "invested", "sold", "bought",
		"bid", "offer", "compensation", "damages", "bill", "payout", "valued", NULL,
	};
	for (size_t j = k > 6 ? k - 6 : 0; j < k; j++)
		for (size_t i = 0; words[i]; i++)
			if (strcmp(s->w[j], words[i]) == 0)
				return true;
	return false;
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
	/* "a loss of 96 million pounds": pounds by the million after a
	 * word of money, not "of" something and not weighed, are money ("2
	 * million pounds of beef", "recalled 2.5 million pounds", "weighs
	 * 1.2 million pounds" are weights) */
	if (u->unit && strcmp(u->unit, "lb") == 0 && k > 0 &&
	    (is(s, k - 1, "million") || is(s, k - 1, "billion") || is(s, k - 1, "trillion") ||
	     is(s, k - 1, "bn") || is(s, k - 1, "mn")) &&
	    !is(s, v->last + 1, "of") && !weighed_before(s, k) && money_before(s, k)) {
		v->type = VALUE_MONEY, v->unit = "gbp";
		values_set_noun(s, v, v->last + 1, NP_ANY);
		return true;
	}
	if (u->type == VALUE_MONEY && u->factor != 1)
		v->lo *= u->factor, v->hi *= u->factor;
	k = v->last + 1;
	if (u->type == VALUE_DURATION && is(s, k, "old")) {
		v->type = VALUE_AGE, v->last = k;
	} else if (u->type == VALUE_DURATION && is(s, k, "of") && is(s, k + 1, "age")) {
		v->type = VALUE_AGE, v->last = k + 1;
	} else if (u->type == VALUE_PERCENT || u->type == VALUE_MONEY) {
		values_set_noun(s, v, k, NP_ANY);
	} else if (u->type == VALUE_MEASURE) {
		v->last += rate_after(s, k);
		if (is(s, v->last + 1, "of"))
			values_set_noun(s, v, v->last + 1, NP_ANY);
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
		if (k < s->n && s->t[k].cap && s->t[k].word)
			return false;   /* "Second Amendment", "14th Street": names */
		struct num after;
		if (k < s->n && (s->t[k].num || (num_at(s, k, &after) && after.kind == NK_PLAIN)))
			return false;   /* "its first 10 years", "the first two weeks": of
					 * the count after it */
		if (!is(s, k, "of"))
			values_set_noun(s, v, k, NP_ANY);
		return true;
	}
	/* "one of the best", "at one point": idioms, not counts */
	if (m->word && v->lo == 1 && (is(s, k, "of") || (m->first && is(s, m->first - 1, "at"))))
		return false;
	/* "the two nations", "those three men": things named before, not
	 * a count the sentence states */
	if (m->word && m->first && IN(s->w[m->first - 1], "the", "these", "those"))
		return false;
	v->type = VALUE_COUNT;
	values_set_noun(s, v, k, v->lo == 1 && v->hi == 1 ? NP_ONE : NP_PLURAL);
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
			values_set_noun(s, v, v->last + 1, NP_ANY);
		return true;
	}
	if (v->unit) {             /* a currency mark before it */
		v->type = VALUE_MONEY;
		/* "$1.3bn Canadian dollars": the currency named after it */
		size_t len;
		const struct unit *u = unit_at(s, v->last + 1, &len);
		if (u && u->type == VALUE_MONEY && u->factor == 1 && len > 1) {
			v->unit = u->unit;
			v->last += len;
		}
		v->last += rate_after(s, v->last + 1);
		values_set_noun(s, v, v->last + 1, NP_ANY);
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
		year_names(s, m, v);
		return true;
	}
	return count_type(s, m, v);
}

/* ---- amounts ------------------------------------------------------------- */

/* "six in 10 voters", "one in five", "three out of four": a share,
 * as a percentage of what follows. */
static bool share_words(const struct scan *s, const struct num *m, struct value *v)
{
	size_t k = m->last + 1;
	size_t of = is(s, k, "in") ? 1 : is(s, k, "out") && is(s, k + 1, "of") ? 2 : 0;
	struct num d;
	if (!of || m->mult || m->kind != NK_PLAIN || m->v < 1 || !num_at(s, k + of, &d) ||
	    d.kind != NK_PLAIN || d.mult || !(d.v == 2 || d.v == 3 || d.v == 4 || d.v == 5 ||
					      d.v == 10 || d.v == 100) || m->v >= d.v)
		return false;
	v->type = VALUE_PERCENT;
	v->lo = v->hi = m->v / d.v * 100;
	v->last = d.last;
	values_set_noun(s, v, v->last + 1, NP_ANY);
	return true;
}

/* "by a vote of 62 to 36", "62 votes to 36": a tally in words. */
static bool tally_words(const struct scan *s, const struct num *m, struct value *v)
{
	size_t k = m->last + 1;
	struct num b;
	bool votes = is(s, k, "votes");
	if (m->word || m->kind != NK_PLAIN || m->mult || !is(s, k + votes, "to") ||
	    !(votes || tally_context(s, m->first, m->first)))
		return false;
	size_t len;
	if (k + votes + 1 >= s->n || !num_token(s, k + votes + 1, &b) || b.word ||
	    b.kind != NK_PLAIN || m->v > 999 || b.v > 999 || unit_at(s, b.last + 1, &len))
		return false;
	v->type = VALUE_TALLY, v->lo = dmax(m->v, b.v), v->hi = dmin(m->v, b.v);
	v->last = b.last;
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
	if (!c && values_clock_at(s, j, v))
		return true;
	if (!num_at(s, j + c, &m) || not_a_value(s, j + c))
		return false;
	v->unit = cur, v->lo = v->hi = m.v, v->last = m.last;
	if (m.qual != VQUAL_EXACT)
		v->qual = m.qual;
	if (!cur && tally_words(s, &m, v))
		return true;
	if (!cur && share_words(s, &m, v))
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
	/* "a dozen states", "four dozen questions": counted in dozens, a
	 * round number, so about that many */
	if (v->qual == VQUAL_EXACT && v->type == VALUE_COUNT && is(s, m.last, "dozen"))
		v->qual = VQUAL_ABOUT;
	return true;
}

/* "between 10 and 12 people", "between $2 and $3 million"; years also
 * "between the period of 1919 and 1969", "between the years 1990 and
 * 1995". */
static bool between_at(const struct scan *s, size_t j, struct value *v)
{
	const char *cur = NULL, *cur2 = NULL;
	struct num a, b;
	if (!is(s, j, "between"))
		return false;
	size_t k = j + 1 + is(s, j + 1, "the");
	if (k > j + 1 && (is(s, k, "period") || is(s, k, "years"))) {
		k += 1 + is(s, k + 1, "of");
		if (!num_at(s, k, &a) || !year_like(a.v) || strlen(s->w[a.first]) != 4)
			return false;
		j = k - 1;
	}
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

/* "several families", "a few officials", "a number of states": a vague
 * count of the plural noun after it (2 and up), or nothing when no noun
 * follows. */
static bool few_things(const struct scan *s, size_t j, struct value *v)
{
	size_t k;
	if (is(s, j, "several"))
		k = j + 1;
	else if (is(s, j, "a") && is(s, j + 1, "few"))
		k = j + 2;
	else if (is(s, j, "a") && is(s, j + 1, "number") && is(s, j + 2, "of"))
		k = j + 3;
	else
		return false;
	struct value t = *v;
	t.type = VALUE_COUNT, t.qual = VQUAL_VAGUE, t.lo = 2, t.hi = 1e9, t.first = j;
	t.last = k - 1;
	values_set_noun(s, &t, k, NP_PLURAL);
	if (t.noun_first == SIZE_MAX)
		return false;
	*v = t;
	return true;
}

/* "dozens of people", "hundreds of thousands of", "several hundred",
 * "a few dozen": a range, qual VAGUE. */
static bool vague_at(const struct scan *s, size_t j, struct value *v)
{
	static const struct { const char *w; double lo, hi, x; } vg[] = {
		{ "tens", 20, 99, 10 }, { "dozens", 24, 143, 12 }, { "scores", 40, 199, 20 },
		{ "hundreds", 200, 999, 1e2 }, { "thousands", 2000, 9999, 1e3 },
		{ "millions", 2e6, 9.99e6, 1e6 }, { "billions", 2e9, 9.99e9, 1e9 },
	};
	bool few = is(s, j, "several") || (is(s, j, "a") && is(s, j + 1, "few"));
	size_t at = few ? j + 1 + is(s, j, "a") : j, i = 0, k = at + 2 - few;
	for (; i < N(vg); i++) {
		if (at >= s->n || s->w[at][0] != vg[i].w[0])
			continue;
		size_t l = strlen(vg[i].w) - few;   /* "several hundred": singular */
		if (strncmp(s->w[at], vg[i].w, l) == 0 && !s->w[at][l])
			break;
	}
	if (i == N(vg) && few_things(s, j, v))
		return true;
	if (i == N(vg) || (!few && !is(s, at + 1, "of")))
		return false;
	v->lo = vg[i].lo, v->hi = vg[i].hi;
	for (size_t q = 4; q < N(vg); q++)
		if (is(s, k, vg[q].w) && is(s, k + 1, "of") && vg[q].x > vg[i].x) {
			v->lo *= vg[q].x, v->hi *= vg[q].x, k += 2;
			break;
		}
	if (i == 0 && k == at + 2)
		return false;
	v->type = VALUE_COUNT, v->qual = VQUAL_VAGUE, v->last = k - 1;
	size_t len;
	const struct unit *u = unit_at(s, k, &len);
	if (u && u->type == VALUE_MONEY && u->factor == 1)
		v->type = VALUE_MONEY, v->unit = u->unit, v->last = k + len - 1;
	else
		values_set_noun(s, v, k, NP_PLURAL);
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
	if (!u || u->type != VALUE_DURATION || values_plural(s->w[j + 1]))
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
	if (!(k = lex_qualifier(s->t, s->n, i, &lq)))
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

/* "two weeks ago", "three days ago", "14 months ago": no span of time
 * but a day, week, month or year before the report's (values_date_step). */
static void ago(const struct scan *s, struct value *v)
{
	if (v->type != VALUE_DURATION || !is(s, v->last + 1, "ago") || !v->unit ||
	    v->lo != v->hi || v->lo < 1 || v->lo > 100 || v->lo != floor(v->lo) ||
	    !IN(v->unit, "day", "week", "month", "year"))
		return;
	char unit = v->unit[0];
	int n = (int)v->lo;
	v->last++;
	v->unit = NULL;
	v->noun_first = v->noun_last = SIZE_MAX;
	v->head = NULL;
	values_date_step(s, v, -n, unit);
}

/* "twice as many as 300", "half as much as 40 percent", "three times as
 * many as": token k starts "as many/much as", after a multiplier; the
 * number after it is what is multiplied, no amount of its own. */
static bool multiplied_as_at(const struct scan *s, size_t k)
{
	if (!is(s, k, "as") || !(is(s, k + 1, "many") || is(s, k + 1, "much")) || !is(s, k + 2, "as") ||
	    k == 0)
		return false;
	return is(s, k - 1, "twice") || is(s, k - 1, "thrice") || is(s, k - 1, "half") ||
	       is(s, k - 1, "times");
}

/* The qualifier and the amount from token i: see values_scan.h. */
bool values_amount_at(const struct scan *s, size_t i, struct value *v)
{
	enum value_qual q = VQUAL_EXACT;
	if (multiplied_as_at(s, i) || (i >= 3 && multiplied_as_at(s, i - 3)))
		return false;
	size_t qn = qual_at(s, i, &q), j = i + qn;
	bool from = j > 0 && is(s, j - 1, "from");
	if (!vague_at(s, j, v) && !between_at(s, j, v) && !amount_at(s, j, from, v) &&
	    !article_duration(s, j, qn > 0, v))
		return false;
	ago(s, v);
	/* "over six weeks" is a span of time, not "more than" */
	if (qn && !(v->type == VALUE_DURATION && is(s, i, "over")) && v->type != VALUE_TALLY)
		v->qual = q;
	else
		v->first = j;
	return true;
}
