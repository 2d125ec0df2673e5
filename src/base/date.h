/*
 * date.h - dates of the civil (proleptic Gregorian) calendar: day numbers
 * both ways, the English words for months and weekdays, and the dates web
 * pages give in their metadata, as YYYY-MM-DD.
 *
 * Owns: nothing; static tables only, results in the caller's memory.
 * Depends on: libc only.
 */
#ifndef ND_DATE_H
#define ND_DATE_H

#include <stdbool.h>
#include <stddef.h>

/* Days since 1970-01-01 of year y, month m (1-12), day d (1-31); a day
 * past the end of its month counts on into the next. */
long date_days_from_civil(long y, unsigned m, unsigned d);

/* The year, month (1-12) and day (1-31) of day z since 1970-01-01. */
void date_civil_from_days(long z, long *y, unsigned *m, unsigned *d);

/* The weekday of day z since 1970-01-01: 0 Sunday ... 6 Saturday (as
 * struct tm's tm_wday). */
int date_weekday_of(long z);

/* Forms of a month or weekday word, to be or-ed together. */
enum date_form {
	DATE_FULL = 1,         /* "september", "wednesday" */
	DATE_ABBR3 = 2,        /* the first three letters: "sep", "wed" */
	DATE_ABBR_OTHER = 4,   /* other abbreviations in use: "sept"; "tues",
				* "weds", "thur", "thurs" */
};

/* The month (1-12) that the lower-case word w[0..n) names in one of the
 * forms, or 0. */
int date_month_word(const char *w, size_t n, unsigned forms);

/* The weekday (0 Sunday ... 6 Saturday) that the lower-case word w[0..n)
 * names in one of the forms, or -1. */
int date_weekday_word(const char *w, size_t n, unsigned forms);

/* Room for "YYYY-MM-DD" and its NUL. */
#define DATE_ISO_SIZE 11

/*
 * The date a page's metadata gives in s, written to out as YYYY-MM-DD:
 *   - s starts with a year, a '-', '/' or '.', a month of one or two
 *     digits, the same mark and a day of one or two digits not followed by
 *     a digit ("2019-11-18", "2019/1/5", "2019-11-18T16:07:38Z");
 *   - s starts with eight digits and no ninth ("20191118");
 *   - else, among the first five words (runs of ASCII letters or digits):
 *     a day of one or two digits, a year of four from 1900, and a word of
 *     three letters or more whose first three are a month's, in any case
 *     and order ("18 November 2019", "Nov 18, 2019",
 *     "Mon, 18 Nov 2019 16:07:38 -0600").
 * Months must be 1-12 and days 1-31.  Returns false, out untouched, when s
 * (which may be NULL) gives no date: the caller then keeps s as it is.
 */
bool date_normalize(const char *s, char out[DATE_ISO_SIZE]);

#endif
