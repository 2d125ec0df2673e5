/* libFuzzer harness: typed values of every sentence of one report, read
 * once with the report's own date (its Date: header, when it has one) and
 * once with none, each value normalized and compared with the one
 * before it. */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/arena.h"
#include "base/date.h"
#include "load/article.h"
#include "analyse/sentence.h"
#include "analyse/tokens.h"
#include "analyse/values.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static double report_day(const struct article *a)
{
	char iso[DATE_ISO_SIZE];
	long y;
	unsigned m, d;
	if (!a->date[0] || !date_normalize(a->date, iso) || sscanf(iso, "%ld-%u-%u", &y, &m, &d) != 3)
		return NAN;
	return (double)date_days_from_civil(y, m, d);
}

static void sentence_values(const struct article *a, const struct sentence *s, double day,
			    struct arena *ar)
{
	struct tokens tk;
	struct values vs = { NULL, 0 };
	size_t cap = 0;
	if (tokens_split(a->text, s->start, s->end, ar, &tk) != ND_E_OK ||
	    values_find(a->text, &tk, day, ar, &vs, &cap) != ND_E_OK)
		return;
	for (size_t k = 0; k < vs.n; k++) {
		const struct value *v = &vs.v[k];
		if (v->first > v->last || v->last >= tk.n)
			__builtin_trap();
		value_normalized(v, ar);
		if (k && values_compatible(v, &vs.v[k - 1]) != values_compatible(&vs.v[k - 1], v))
			__builtin_trap();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article a;
	if (article_parse((const char *)data, size, "fuzz.txt", &a) != ND_E_OK)
		return 0;
	struct arena ar;
	arena_init(&ar);
	struct sentences s;
	if (sentences_split(&a, &ar, &s) == ND_E_OK) {
		double days[2] = { report_day(&a), NAN };
		for (int r = 0; r < 2; r++)
			for (size_t i = 0; i < s.n; i++)
				sentence_values(&a, &s.v[i], days[r], &ar);
	}
	arena_release(&ar);
	article_release(&a);
	return 0;
}
