/*
 * values.h - typed values in one sentence: counts of any noun phrase,
 * money, percentages, measures with units, ages, durations, ordinals, vote
 * tallies, years, dates, times and places events happen in ("in
 * Pittsburgh": a country, US state or big city after a preposition of
 * place; its canonical name in unit; a city is compatible with the state
 * or country it lies in), each with its qualifier ("about", "at
 * least", "more than"...) and, for counts and measures, the noun phrase it
 * counts.  Dates are resolved against the report's own date when they can
 * be ("Tuesday", "last week", "Nov. 6", "late June", "over Easter
 * weekend").
 *
 * Owns: nothing; values are written to the caller's arena and point at
 * tokens of the sentence (tokens.h).  The module is values.c (the scan,
 * times, comparisons), values_date.c (dates), values_num.c (what numbers
 * make) and values_noun.c (noun phrases), sharing the private
 * values_scan.h.
 * Depends on: tokens.h, lexicon.h (number words, qualifiers, places), date.h,
 * arena.h, text.h.  Must not depend on curses, curl or libxml2.
 *
 * Rules read the shape of English news text; word lists hold general
 * language only (number words, units, currencies, month and weekday
 * names, public holidays, general geography), never a story's terms.
 */
#ifndef ND_VALUES_H
#define ND_VALUES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/error.h"
#include "analyse/tokens.h"

/* X(NAME, json name) */
#define ND_VALUE_TYPES(X)              \
	X(COUNT, "count")              \
	X(MONEY, "money")              \
	X(PERCENT, "percent")          \
	X(MEASURE, "measure")          \
	X(AGE, "age")                  \
	X(DURATION, "duration")        \
	X(ORDINAL, "ordinal")          \
	X(TALLY, "tally")              \
	X(YEAR, "year")                \
	X(DATE, "date")                \
	X(TIME, "time")                \
	X(PLACE, "place")

enum value_type {
#define ND_VT_ENUM(name, json) VALUE_##name,
	ND_VALUE_TYPES(ND_VT_ENUM)
#undef ND_VT_ENUM
	VALUE__COUNT
};

/* How exact a value is.  X(NAME, label) */
#define ND_VALUE_QUALS(X)              \
	X(EXACT, "")                   \
	X(ABOUT, "about")              \
	X(AT_LEAST, "at least")        \
	X(MORE_THAN, "more than")      \
	X(AT_MOST, "at most")          \
	X(LESS_THAN, "less than")      \
	X(NEARLY, "nearly")            \
	X(VAGUE, "vague")

enum value_qual {
#define ND_VQ_ENUM(name, label) VQUAL_##name,
	ND_VALUE_QUALS(ND_VQ_ENUM)
#undef ND_VQ_ENUM
	VQUAL__COUNT
};

/* How much of a date is known. */
enum date_prec { DPREC_NONE, DPREC_YEAR, DPREC_MONTH, DPREC_DAY };

struct value {
	enum value_type type;
	enum value_qual qual;
	/* The amount: lo == hi for one number, lo < hi for a range ("10 to
	 * 12", "between 3 and 5"), both as written after multipliers
	 * ("1.8 million" = 1800000, "four dozen" = 48, "$2bn" = 2e9).
	 * Percentages in percent (12.5), ages and durations in the unit
	 * written (unit says which), years as the year, ordinals as the
	 * number (third = 3), tallies as lo = the larger side, hi = the
	 * smaller (52-48, "62 to 36", "a 52-47 vote").  Dates: lo = hi =
	 * days since 1970-01-01 (date_days_from_civil) of the first day the
	 * date covers, with prec saying how much is known; for a span of
	 * days ("last week": Monday to Sunday, "early June": 1 to 10, "May
	 * or early June": May 1 to June 10, "Easter weekend", "between Feb.
	 * 15 and March 1", "September 19 and 20") hi is its last
	 * day, prec DPREC_DAY; for a span of whole months ("between May and
	 * July", "May or June") hi is the first day of its last month, prec
	 * DPREC_MONTH; NAN when the date cannot be placed (a weekday, a
	 * month, a holiday with no report date: see undated).
	 * "last year", "this year" are YEAR values.  Vague amounts (qual
	 * VAGUE: "dozens of", "hundreds of thousands of") get a plausible
	 * range.  Times: minutes after midnight. */
	double lo, hi;
	enum date_prec prec;    /* dates only */
	/* Unit, folded and canonical: money "usd", "gbp", "eur", "jpy"...;
	 * measures "mile", "km", "kg", "ton", "foot", "gallon", "mpg",
	 * "barrel"...; ages "year"; durations "day", "week", "month",
	 * "year", "hour", "minute"; counts: NULL (see noun).  Dates: a
	 * holiday that cannot be placed (lo NAN: no report date) has its
	 * canonical key here ("easter", "christmas", "christmas-eve",
	 * "new-year", "new-years-eve", "thanksgiving", "independence-day",
	 * "memorial-day", "labor-day", "halloween", "good-friday",
	 * "easter-monday"), so that the same holiday can be matched across
	 * undated reports; every other date: NULL.  Else NULL. */
	const char *unit;
	/* Token span of the value as written, qualifier included (tokens
	 * first..last, inclusive). */
	size_t first, last;
	/* Counts, measures, money, percentages: the noun phrase the value is
	 * of (tokens noun_first..noun_last, inclusive: "Republican senators"
	 * in "47 Republican senators", "questions" in "four dozen
	 * questions", "caucus-goers" in "61% of caucus-goers", "cut" in "a
	 * 1.9 percent cut"); noun_first == SIZE_MAX when there is none.
	 * head is the folded last word of that phrase (its head noun), or
	 * NULL. */
	size_t noun_first, noun_last;
	const char *head;
	/* Dates (and "last year") with lo NAN: what the words say without a
	 * report date, for value_normalized.  All zero when nothing is
	 * known or the date is placed. */
	struct value_undated {
		uint8_t mon, mday;      /* first day: month 1-12, day 1-31; 0 unsaid */
		uint8_t mon2, mday2;    /* last day of a span, the same way */
		uint8_t wday;           /* weekday: 1 Monday .. 7 Sunday; 0 none */
		int8_t step;            /* "last" -1, "next" +1; "yesterday" -1 */
		char step_unit;         /* of step: 'd'ay, 'w'eek, 'm'onth, 'y'ear; 0 none */
		char around;            /* holidays: 'e' its weekend, 'k' its week, 0 the day */
	} undated;
};

struct values {
	struct value *v;
	size_t n;
};

/* Find the values of one sentence, tokens tk of text, in token order.
 * report_day is the report's own date as days since 1970-01-01, or NAN
 * when unknown (then relative dates get lo = NAN, prec as written).
 * Appends to out (cap: its capacity, for arena_reserve).  ND_E_NOMEM when
 * the arena fails. */
enum nd_err values_find(const char *text, const struct tokens *tk, double report_day,
			struct arena *arena, struct values *out, size_t *cap);

/* The JSON name of a type, the label of a qualifier ("" for EXACT).
 * Static storage. */
const char *value_type_name(enum value_type t);
const char *value_qual_label(enum value_qual q);

/* Two values of one type: may both be true of the same thing?  Equal
 * amounts (after units: "$2bn" and "$2,000 million"), a range and a
 * number inside it, "at least 4" and "6", "about 150" and "152" (within
 * 5%) are compatible; "about 150" and "about 200", 52-48 and 52-47 are
 * not.  Dates: the same day, or one containing the other (November 2012
 * and Nov. 6, 2012; a year and a date in it, 2012 and Nov. 6, 2012); dates with lo = NAN are never compatible nor
 * incompatible (see values_comparable), except days of a month written
 * out ("March 13"), compatible when their words say the same day. */
bool values_compatible(const struct value *a, const struct value *b);

/* Of one kind, so that they may be one fact: the same type, or a year and
 * a date ("2017", "January 2017"). */
bool values_same_kind(const struct value *a, const struct value *b);

/* Can a and b be compared at all (same type, same unit family, both
 * placed, or both days of a month written out in reports with no date)?
 * When false the verdict between them is "unclear". */
bool values_comparable(const struct value *a, const struct value *b);

/* The value as a short canonical string for the report's "normalized"
 * field ("1800000", "usd 2000000000", "12.5%", "2012-11-06",
 * "2012-11", "52-48"; ranges "10..12", "2012-11-05..2012-11-11",
 * "2012-05..2012-07"; the qualifier is not in it), written to the arena
 * (NULL when it fails).  A date that cannot be placed (lo NAN) gives
 * what its words say, the same for the same date however written: a
 * day without a year "06-13" ("June 13", "13 June"), a span of days
 * "05-01..06-10" ("May or early June"; February ends on the 29th), a
 * month "month:06", a span of months "month:05..07", a weekday
 * "weekday:2" (1 Monday .. 7 Sunday; "last weekday:2", "next
 * weekday:2"), a holiday "holiday:easter" ("holiday:easter weekend",
 * "holiday:christmas week"), a date relative to the report
 * "rel:day-1" ("yesterday"), "rel:day+0" ("today"), "rel:week-1",
 * "rel:month+1"; a YEAR "last year" "rel:year-1".  "?" only when
 * nothing can be said. */
const char *value_normalized(const struct value *v, struct arena *arena);

#endif
