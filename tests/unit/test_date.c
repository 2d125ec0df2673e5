/* Unit tests: the civil calendar, month and weekday words, and the dates
 * of page metadata (date.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/date.h"

static void days_from_civil_dates(void **state)
{
	assert_int_equal(date_days_from_civil(1970, 1, 1), 0);
	assert_int_equal(date_days_from_civil(1969, 12, 31), -1);
	assert_int_equal(date_days_from_civil(2000, 3, 1), 11017);
	assert_int_equal(date_days_from_civil(2024, 3, 1) - date_days_from_civil(2024, 2, 28), 2);
	assert_int_equal(date_days_from_civil(2023, 3, 1) - date_days_from_civil(2023, 2, 28), 1);
	assert_int_equal(date_days_from_civil(2100, 3, 1) - date_days_from_civil(2100, 2, 28), 1);
	assert_int_equal(date_days_from_civil(1600, 1, 1), -135140);
	/* a day past the month's end runs on into the next month */
	assert_int_equal(date_days_from_civil(2021, 4, 31), date_days_from_civil(2021, 5, 1));
}

static void civil_from_days_round_trip(void **state)
{
	long y;
	unsigned m, d;
	date_civil_from_days(0, &y, &m, &d);
	assert_true(y == 1970 && m == 1 && d == 1);
	date_civil_from_days(19782, &y, &m, &d);
	assert_true(y == 2024 && m == 2 && d == 29);
	date_civil_from_days(-719468, &y, &m, &d);
	assert_true(y == 0 && m == 3 && d == 1);
	/* every day of four centuries and a bit, both ways, each the day after */
	long py = 1599;
	unsigned pm = 12, pd = 31;
	for (long z = date_days_from_civil(1600, 1, 1); z < date_days_from_civil(2101, 1, 1); z++) {
		date_civil_from_days(z, &y, &m, &d);
		assert_int_equal(date_days_from_civil(y, m, d), z);
		bool next_day = y == py && m == pm && d == pd + 1;
		bool next_month = y == py && m == pm + 1 && d == 1;
		bool next_year = y == py + 1 && m == 1 && d == 1 && pm == 12 && pd == 31;
		assert_true(next_day || next_month || next_year);
		py = y, pm = m, pd = d;
	}
}

static void weekdays_of_days(void **state)
{
	assert_int_equal(date_weekday_of(0), 4);    /* 1970-01-01, a Thursday */
	assert_int_equal(date_weekday_of(-1), 3);   /* the Wednesday before */
	assert_int_equal(date_weekday_of(date_days_from_civil(2019, 11, 18)), 1); /* Monday */
	assert_int_equal(date_weekday_of(date_days_from_civil(1900, 1, 7)), 0);   /* Sunday */
	for (long z = -20; z < 20; z++)
		assert_int_equal((date_weekday_of(z) + 1) % 7, date_weekday_of(z + 1));
}

static int month(const char *w, unsigned forms)
{
	return date_month_word(w, strlen(w), forms);
}

static int weekday(const char *w, unsigned forms)
{
	return date_weekday_word(w, strlen(w), forms);
}

#define ALL (DATE_FULL | DATE_ABBR3 | DATE_ABBR_OTHER)

static void month_words(void **state)
{
	static const char *const full[] = { "january", "february", "march", "april",
					    "may", "june", "july", "august", "september",
					    "october", "november", "december" };
	for (int i = 0; i < 12; i++) {
		char abbr[4] = { full[i][0], full[i][1], full[i][2], '\0' };
		assert_int_equal(month(full[i], DATE_FULL), i + 1);
		assert_int_equal(month(abbr, DATE_ABBR3), i + 1);
		assert_int_equal(month(abbr, ALL), i + 1);
		if (strlen(full[i]) > 3)
			assert_int_equal(month(full[i], DATE_ABBR3), 0);
		if (i != 4)
			assert_int_equal(month(abbr, DATE_FULL), 0);
	}
	assert_int_equal(month("may", DATE_FULL), 5);  /* full and short at once */
	assert_int_equal(month("sept", DATE_ABBR_OTHER), 9);
	assert_int_equal(month("sept", DATE_FULL | DATE_ABBR3), 0);
	assert_int_equal(month("septembe", ALL), 0);
	assert_int_equal(month("ja", ALL), 0);
	assert_int_equal(month("", ALL), 0);
	assert_int_equal(month("November", ALL), 0);  /* lower case only */
	assert_int_equal(month("mon", ALL), 0);
	/* a word inside a longer text: only its n bytes count */
	assert_int_equal(date_month_word("decade", 3, DATE_ABBR3), 12);
	assert_int_equal(date_month_word("decade", 6, ALL), 0);
}

static void weekday_words(void **state)
{
	static const char *const full[] = { "sunday", "monday", "tuesday", "wednesday",
					    "thursday", "friday", "saturday" };
	for (int i = 0; i < 7; i++) {
		char abbr[4] = { full[i][0], full[i][1], full[i][2], '\0' };
		assert_int_equal(weekday(full[i], DATE_FULL), i);
		assert_int_equal(weekday(abbr, DATE_ABBR3), i);
		assert_int_equal(weekday(abbr, DATE_FULL), -1);
		assert_int_equal(weekday(full[i], DATE_ABBR3 | DATE_ABBR_OTHER), -1);
	}
	assert_int_equal(weekday("tues", DATE_ABBR_OTHER), 2);
	assert_int_equal(weekday("weds", DATE_ABBR_OTHER), 3);
	assert_int_equal(weekday("thur", DATE_ABBR_OTHER), 4);
	assert_int_equal(weekday("thurs", DATE_ABBR_OTHER), 4);
	assert_int_equal(weekday("thurs", DATE_FULL | DATE_ABBR3), -1);
	assert_int_equal(weekday("sun", DATE_FULL), -1);
	assert_int_equal(weekday("", ALL), -1);
	assert_int_equal(weekday("may", ALL), -1);
}

/* date_normalize(s): the date it gives, or NULL when it gives none. */
static const char *norm(const char *s)
{
	static char out[DATE_ISO_SIZE];
	memcpy(out, "untouched", 10);
	if (date_normalize(s, out))
		return out;
	assert_string_equal(out, "untouched");
	return NULL;
}

static void numeric_dates(void **state)
{
	assert_string_equal(norm("2019-11-18"), "2019-11-18");
	assert_string_equal(norm("2019/11/18"), "2019-11-18");
	assert_string_equal(norm("2019.11.18"), "2019-11-18");
	assert_string_equal(norm("2019-1-5"), "2019-01-05");
	assert_string_equal(norm("2019-11-18T16:07:38Z"), "2019-11-18");
	assert_string_equal(norm("2019-11-18 extra words"), "2019-11-18");
	assert_string_equal(norm("20191118"), "2019-11-18");
	assert_string_equal(norm("20191118T160738"), "2019-11-18");
	assert_string_equal(norm("0001-01-01"), "0001-01-01");
	/* the month's mark must come again before the day */
	assert_null(norm("2019-11/18"));
	/* out of range, or digits running on */
	assert_null(norm("2019-13-01"));
	assert_null(norm("2019-11-32"));
	assert_null(norm("2019-11-182"));
	assert_null(norm("2019-111-18"));
	assert_null(norm("201911180"));
	assert_null(norm("20191318"));
	assert_null(norm("2019"));
	assert_null(norm(""));
	assert_null(norm(NULL));
}

static void worded_dates(void **state)
{
	assert_string_equal(norm("18 November 2019"), "2019-11-18");
	assert_string_equal(norm("Nov 18, 2019"), "2019-11-18");
	assert_string_equal(norm("November 18, 2019"), "2019-11-18");
	assert_string_equal(norm("Mon, 18 Nov 2019 16:07:38 -0600"), "2019-11-18");
	assert_string_equal(norm("2019 NOV 8"), "2019-11-08");
	assert_string_equal(norm("Tuesday 5 May 2020"), "2020-05-05");
	/* not a numeric date: read as words */
	assert_string_equal(norm("2019-Nov-18"), "2019-11-18");
	/* any word of three letters or more that starts like a month */
	assert_string_equal(norm("18 Marketing 2019"), "2019-03-18");
	/* the first month word counts */
	assert_string_equal(norm("Jan Feb 2 2019"), "2019-01-02");
	/* years from 1900, days 1-31 of one or two digits */
	assert_null(norm("18 November 1899"));
	assert_null(norm("32 November 2019"));
	assert_null(norm("018 November 2019"));
	/* a number that is neither a day nor a year ends the search */
	assert_null(norm("18 November 12345 2019"));
	assert_null(norm("18 19 November 2019"));
	/* only the first five words are read */
	assert_null(norm("Posted on Tuesday 5 May 2020"));
	assert_null(norm("November 2019"));
	assert_null(norm("No date here"));
	assert_null(norm("\xc3\xa9t\xc3\xa9 18 Ju 2019"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(days_from_civil_dates),
		cmocka_unit_test(civil_from_days_round_trip),
		cmocka_unit_test(weekdays_of_days),
		cmocka_unit_test(month_words),
		cmocka_unit_test(weekday_words),
		cmocka_unit_test(numeric_dates),
		cmocka_unit_test(worded_dates),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
