#include "base/date.h"

#include <stdint.h>
#include <string.h>

/* ---- day numbers (Howard Hinnant's algorithms) -------------------------- */

long date_days_from_civil(long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

void date_civil_from_days(long z, long *y, unsigned *m, unsigned *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	*y = (long)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y += *m <= 2;
}

int date_weekday_of(long z)
{
	return (int)(((z % 7) + 7 + 4) % 7); /* 1970-01-01 was a Thursday */
}

/* ---- words -------------------------------------------------------------- */

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
};

static const char *const weekdays[] = {
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
};

/* Other abbreviations, with the index of their word in the full table. */
struct other {
	const char *word;
	int index;
};

static const struct other other_months[] = { { "sept", 8 } };

static const struct other other_weekdays[] = {
	{ "tues", 2 }, { "weds", 3 }, { "thur", 4 }, { "thurs", 4 },
};

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Which words of each table begin with each letter (bit i: word i):
 * every form begins with its full word's first letter.  Most words are
 * no month or weekday, and their first letter says so at once. */
#define L(c) ((c) - 'a')
static const uint16_t month_initials[26] = {
	[L('j')] = 1 << 0 | 1 << 5 | 1 << 6, [L('f')] = 1 << 1, [L('m')] = 1 << 2 | 1 << 4,
	[L('a')] = 1 << 3 | 1 << 7, [L('s')] = 1 << 8, [L('o')] = 1 << 9, [L('n')] = 1 << 10,
	[L('d')] = 1 << 11,
};
static const uint16_t weekday_initials[26] = {
	[L('s')] = 1 << 0 | 1 << 6, [L('m')] = 1 << 1, [L('t')] = 1 << 2 | 1 << 4,
	[L('w')] = 1 << 3, [L('f')] = 1 << 5,
};
#undef L

/* The longest word of any form ("september", "wednesday"). */
#define LONGEST_WORD 9

/* The index in full[] of the word w[0..n) in the forms asked for, or -1;
 * initials: the words of full[] by their first letter. */
static int word_of(const char *w, size_t n, unsigned forms, const char *const *full,
		   const uint16_t initials[26], const struct other *other, size_t nother)
{
	if (n < 3 || n > LONGEST_WORD || w[0] < 'a' || w[0] > 'z')
		return -1;
	unsigned cand = initials[w[0] - 'a'];
	if (!cand)
		return -1;
	for (int i = 0; cand >> i; i++) {
		if (!(cand >> i & 1))
			continue;
		if ((forms & DATE_FULL) && strlen(full[i]) == n && memcmp(w, full[i], n) == 0)
			return i;
		if ((forms & DATE_ABBR3) && n == 3 && memcmp(w, full[i], 3) == 0)
			return i;
	}
	if (forms & DATE_ABBR_OTHER)
		for (size_t i = 0; i < nother; i++)
			if (other[i].word[0] == w[0] && strlen(other[i].word) == n &&
			    memcmp(w, other[i].word, n) == 0)
				return other[i].index;
	return -1;
}

int date_month_word(const char *w, size_t n, unsigned forms)
{
	return word_of(w, n, forms, months, month_initials, other_months, N(other_months)) + 1;
}

int date_weekday_word(const char *w, size_t n, unsigned forms)
{
	return word_of(w, n, forms, weekdays, weekday_initials, other_weekdays,
		       N(other_weekdays));
}

/* ---- dates in page metadata --------------------------------------------- */

static bool digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool alnum(char c)
{
	return digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

static char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
}

/* y (0-9999), m and d (0-99) as YYYY-MM-DD. */
static void put_iso(char out[DATE_ISO_SIZE], int y, int m, int d)
{
	out[0] = (char)('0' + y / 1000 % 10);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}

/* The value of the four digits at s. */
static int year4(const char *s)
{
	return (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
}

/* 2019-11-18, 2019/1/5, 2019.11.18; 20191118. */
static bool numeric_date(const char *d, char out[DATE_ISO_SIZE])
{
	bool digits4 = digit(d[0]) && digit(d[1]) && digit(d[2]) && digit(d[3]);
	if (digits4 && (d[4] == '-' || d[4] == '/' || d[4] == '.') && digit(d[5])) {
		int mon = 0, day = 0;
		size_t i = 5;
		while (digit(d[i]) && i < 7)
			mon = mon * 10 + (d[i++] - '0');
		if (d[i] == d[4] && digit(d[i + 1])) {
			i++;
			size_t j = i;
			while (digit(d[i]) && i < j + 2)
				day = day * 10 + (d[i++] - '0');
			if (mon >= 1 && mon <= 12 && day >= 1 && day <= 31 && !digit(d[i])) {
				put_iso(out, year4(d), mon, day);
				return true;
			}
		}
	} else if (digits4) {
		size_t i = 4;
		while (i < 8 && digit(d[i]))
			i++;
		if (i == 8 && !digit(d[8])) {
			int mon = (d[4] - '0') * 10 + (d[5] - '0');
			int day = (d[6] - '0') * 10 + (d[7] - '0');
			if (mon >= 1 && mon <= 12 && day >= 1 && day <= 31) {
				put_iso(out, year4(d), mon, day);
				return true;
			}
		}
	}
	return false;
}

/* "Mon, 18 Nov 2019 16:07:38 -0600", "November 18, 2019": a day, a month
 * and a year among the first five words. */
static bool worded_date(const char *s, char out[DATE_ISO_SIZE])
{
	int day = 0, month = 0, year = 0, tokens = 0;
	for (const char *p = s; *p && tokens < 5;) {
		while (*p && !alnum(*p))
			p++;
		const char *t = p;
		while (alnum(*p))
			p++;
		size_t k = (size_t)(p - t);
		if (k == 0)
			break;
		tokens++;
		if (digit(t[0])) {
			int v = 0;
			for (size_t i = 0; i < k && i < 5; i++)
				v = v * 10 + (digit(t[i]) ? t[i] - '0' : 0);
			if (k <= 2 && v >= 1 && v <= 31 && !day)
				day = v;
			else if (k == 4 && v >= 1900 && !year)
				year = v;
			else
				break;
		} else if (k >= 3 && !month) {
			char abbr[3] = { lower(t[0]), lower(t[1]), lower(t[2]) };
			month = date_month_word(abbr, 3, DATE_ABBR3);
		}
		if (day && month && year) {
			put_iso(out, year, month, day);
			return true;
		}
	}
	return false;
}

bool date_normalize(const char *s, char out[DATE_ISO_SIZE])
{
	return s && (numeric_date(s, out) || worded_date(s, out));
}
