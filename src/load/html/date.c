/*
 * date.c - the page's published date as YYYY-MM-DD: ISO and compact
 * numeric dates, and dates with English month names.
 *
 * (For now html's own: a shared date module is planned, and the page
 * reader will use it instead.)
 */
#include "load/html/internal.h"

#include <stdio.h>

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_alnum(char c)
{
	return is_digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* 2019-11-18, 2019/11/18, 2019.11.18 (a time may follow), in out. */
static bool iso_date(const char *d, char out[40])
{
	if (!(d[4] == '-' || d[4] == '/' || d[4] == '.') || !is_digit(d[5]))
		return false;
	int mon = 0, day = 0;
	size_t i = 5;
	while (is_digit(d[i]) && i < 7)
		mon = mon * 10 + (d[i++] - '0');
	if (d[i] != d[4] || !is_digit(d[i + 1]))
		return false;
	i++;
	size_t j = i;
	while (is_digit(d[i]) && i < j + 2)
		day = day * 10 + (d[i++] - '0');
	if (mon < 1 || mon > 12 || day < 1 || day > 31 || is_digit(d[i]))
		return false;
	snprintf(out, 40, "%.4s-%02d-%02d", d, mon, day);
	return true;
}

/* 20191118 (and nothing more of digits), in out. */
static bool compact_date(const char *d, char out[40])
{
	size_t i = 4;
	while (i < 8 && is_digit(d[i]))
		i++;
	if (i != 8 || is_digit(d[8]))
		return false;
	int mon = (d[4] - '0') * 10 + (d[5] - '0');
	int day = (d[6] - '0') * 10 + (d[7] - '0');
	if (mon < 1 || mon > 12 || day < 1 || day > 31)
		return false;
	snprintf(out, 40, "%.4s-%.2s-%.2s", d, d + 4, d + 6);
	return true;
}

/* "Mon, 18 Nov 2019 16:07:38 -0600", "November 18, 2019": day, month
 * name and year among the first five words, in out. */
static bool named_month_date(const char *s, char out[40])
{
	static const char *const mon[] = { "jan", "feb", "mar", "apr", "may", "jun",
					   "jul", "aug", "sep", "oct", "nov", "dec" };
	int day = 0, month = 0, year = 0, tokens = 0;
	for (const char *p = s; *p && tokens < 5;) {
		while (*p && !is_alnum(*p))
			p++;
		const char *t = p;
		while (is_alnum(*p))
			p++;
		size_t k = (size_t)(p - t);
		if (k == 0)
			break;
		tokens++;
		if (is_digit(t[0])) {
			int v = 0;
			for (size_t i = 0; i < k && i < 5; i++)
				v = v * 10 + (is_digit(t[i]) ? t[i] - '0' : 0);
			if (k <= 2 && v >= 1 && v <= 31 && !day)
				day = v;
			else if (k == 4 && v >= 1900 && !year)
				year = v;
			else
				break;
		} else if (k >= 3) {
			for (int m = 0; m < 12; m++)
				if (!month && lower(t[0]) == mon[m][0] && lower(t[1]) == mon[m][1] &&
				    lower(t[2]) == mon[m][2])
					month = m + 1;
		}
		if (day && month && year) {
			snprintf(out, 40, "%04d-%02d-%02d", year, month, day);
			return true;
		}
	}
	return false;
}

char *html_norm_date(const char *s)
{
	if (!s)
		return NULL;
	bool digits4 = is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]);
	char out[40];
	bool iso = digits4 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && is_digit(s[5]);
	if (iso ? iso_date(s, out) : digits4 ? compact_date(s, out) : false)
		return html_dup_str(out);
	if (named_month_date(s, out))
		return html_dup_str(out);
	return html_dup_str(s);
}

bool html_plausible_date(const char *s)
{
	if (!s || !*s)
		return false;
	if (is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]))
		return (s[0] - '0') * 1000 + (s[1] - '0') * 100 >= 1900;
	return true;
}
