/*
 * pubdate.c - the page's published date: which of the dates a page gives is
 * worth taking, and that date as YYYY-MM-DD (base/date reads the forms).
 */
#include "load/html/internal.h"

#include "base/date.h"

char *html_norm_date(const char *s)
{
	if (!s)
		return NULL;
	char d[DATE_ISO_SIZE];
	return html_dup_str(date_normalize(s, d) ? d : s);
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

bool html_plausible_date(const char *s)
{
	if (!s || !*s)
		return false;
	if (is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]))
		return (s[0] - '0') * 1000 + (s[1] - '0') * 100 >= 1900;
	return true;
}
