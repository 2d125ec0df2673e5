#include "analyse/verdict.h"

#include <stdio.h>

#define V_FIELD(field)                                                                    \
	static const char *const verdict_##field##s[] = {                                 \
		ND_VERDICTS(V_##field)                                                    \
	};
#define V_name(name, json, mark, rank, legend, colour, meaning) json,
#define V_mark(name, json, mark, rank, legend, colour, meaning) mark,
#define V_meaning(name, json, mark, rank, legend, colour, meaning) meaning,
V_FIELD(name)
V_FIELD(mark)
V_FIELD(meaning)

static const int verdict_ranks[] = {
#define V_RANK(name, json, mark, rank, legend, colour, meaning) rank,
	ND_VERDICTS(V_RANK)
#undef V_RANK
};

static const enum verdict_colour verdict_colours[] = {
#define V_COLOUR(name, json, mark, rank, legend, colour, meaning) VCOLOUR_##colour,
	ND_VERDICTS(V_COLOUR)
#undef V_COLOUR
};

static int known(enum verdict v)
{
	return (unsigned)v < VERDICT__COUNT;
}

const char *verdict_name(enum verdict v)
{
	return known(v) ? verdict_names[v] : "?";
}

const char *verdict_mark(enum verdict v)
{
	return known(v) ? verdict_marks[v] : "?";
}

const char *verdict_meaning(enum verdict v)
{
	return known(v) ? verdict_meanings[v] : "";
}

int verdict_rank(enum verdict v)
{
	return known(v) ? verdict_ranks[v] : VERDICT__COUNT;
}

enum verdict_colour verdict_colour(enum verdict v)
{
	return known(v) ? verdict_colours[v] : VCOLOUR_WHITE;
}

static const int verdict_legend_places[] = {
#define V_LEGEND(name, json, mark, rank, legend, colour, meaning) legend,
	ND_VERDICTS(V_LEGEND)
#undef V_LEGEND
};

void verdict_legend(char *out, size_t cap)
{
	size_t o = 0;
	if (cap)
		out[0] = '\0';
	for (int k = 0; k < VERDICT__COUNT && o < cap; k++) {
		enum verdict v = VERDICT_UNCLEAR;
		for (int i = 0; i < VERDICT__COUNT; i++)
			if (verdict_legend_places[i] == k)
				v = (enum verdict)i;
		int w = snprintf(out + o, cap - o, "%s%s %s", k ? " " : "", verdict_mark(v),
				 verdict_name(v));
		if (w < 0)
			break;
		o += (size_t)w;
	}
}
