/* The colour themes: one table, a row per theme (see theme.h).  Eight
 * colours only, so that every theme looks the same on a terminal of
 * eight colours (tmux's and the Linux console's) as on one of 256. */
#include "tui/screen.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#define C(fg, bg) { true, (short)(fg), (short)(bg) }
#define DEFAULT (-1)

/* The default theme's verdicts: the colours of the one verdict table. */
#define VERDICT_PAIR(name, json, mark, rank, legend, colour, meaning) \
	[PAIR_VERDICT + VERDICT_##name] = C(VCOLOUR_##colour, DEFAULT),

static const struct theme themes[] = {
	{
		.name = "default",
		.color = true,
		.quiet = A_DIM,
		.mark = A_UNDERLINE,
		.pairs = {
			[PAIR_HEADER] = C(COLOR_CYAN, DEFAULT),
			[PAIR_FOCUS] = C(COLOR_BLACK, COLOR_CYAN),
			[PAIR_FURN] = C(COLOR_BLUE, DEFAULT),
			[PAIR_MATCH] = C(COLOR_BLACK, COLOR_YELLOW),
			[PAIR_STATUS] = C(COLOR_BLACK, COLOR_WHITE),
			[PAIR_META] = C(COLOR_GREEN, DEFAULT),
			[PAIR_TEXT] = C(DEFAULT, DEFAULT),
			ND_VERDICTS(VERDICT_PAIR)
		},
	},
	{
		/* A projector washes out dim text, thin colours and the
		 * terminal's own background: white on black throughout,
		 * bold where the default is dim, and each verdict a
		 * background of its own, which reads from the back of a
		 * room where a coloured letter does not. */
		.name = "high-contrast",
		.color = true,
		.quiet = A_BOLD,
		.mark = A_UNDERLINE | A_BOLD,
		.pairs = {
			[PAIR_HEADER] = C(COLOR_WHITE, COLOR_BLUE),
			[PAIR_FOCUS] = C(COLOR_BLACK, COLOR_CYAN),
			[PAIR_FURN] = C(COLOR_CYAN, COLOR_BLACK),
			[PAIR_MATCH] = C(COLOR_BLACK, COLOR_WHITE),
			[PAIR_STATUS] = C(COLOR_BLACK, COLOR_WHITE),
			[PAIR_META] = C(COLOR_YELLOW, COLOR_BLACK),
			[PAIR_TEXT] = C(COLOR_WHITE, COLOR_BLACK),
			[PAIR_VERDICT + VERDICT_DISAGREE] = C(COLOR_WHITE, COLOR_RED),
			[PAIR_VERDICT + VERDICT_PARTIAL] = C(COLOR_BLACK, COLOR_YELLOW),
			[PAIR_VERDICT + VERDICT_AGREE] = C(COLOR_BLACK, COLOR_GREEN),
			[PAIR_VERDICT + VERDICT_SINGLE] = C(COLOR_WHITE, COLOR_BLUE),
			[PAIR_VERDICT + VERDICT_UNCLEAR] = C(COLOR_WHITE, COLOR_MAGENTA),
		},
	},
	{
		/* A light background: yellow, cyan and white letters all but
		 * vanish on it, so the text colours are the dark ones, and
		 * the bars (status, focus) are dark with light letters. */
		.name = "light",
		.color = true,
		.quiet = A_DIM,
		.mark = A_UNDERLINE,
		.pairs = {
			[PAIR_HEADER] = C(COLOR_BLUE, DEFAULT),
			[PAIR_FOCUS] = C(COLOR_WHITE, COLOR_BLUE),
			[PAIR_FURN] = C(COLOR_BLUE, DEFAULT),
			[PAIR_MATCH] = C(COLOR_BLACK, COLOR_YELLOW),
			[PAIR_STATUS] = C(COLOR_WHITE, COLOR_BLACK),
			[PAIR_META] = C(COLOR_BLACK, DEFAULT),
			[PAIR_TEXT] = C(DEFAULT, DEFAULT),
			[PAIR_VERDICT + VERDICT_DISAGREE] = C(COLOR_RED, DEFAULT),
			[PAIR_VERDICT + VERDICT_PARTIAL] = C(COLOR_MAGENTA, DEFAULT),
			[PAIR_VERDICT + VERDICT_AGREE] = C(COLOR_GREEN, DEFAULT),
			[PAIR_VERDICT + VERDICT_SINGLE] = C(COLOR_BLUE, DEFAULT),
			[PAIR_VERDICT + VERDICT_UNCLEAR] = C(COLOR_BLACK, DEFAULT),
		},
	},
	{
		/* What --no-color and NO_COLOR draw: marks, bold, underline
		 * and reverse video carry everything. */
		.name = "mono",
		.alias = "monochrome",
		.color = false,
		.quiet = A_DIM,
		.mark = A_UNDERLINE,
	},
};

#define NTHEMES (sizeof themes / sizeof themes[0])

size_t theme_count(void)
{
	return NTHEMES;
}

const struct theme *theme_at(size_t i)
{
	return &themes[i < NTHEMES ? i : 0];
}

int theme_find(const char *name)
{
	for (size_t i = 0; name && i < NTHEMES; i++)
		if (strcasecmp(name, themes[i].name) == 0 ||
		    (themes[i].alias && strcasecmp(name, themes[i].alias) == 0))
			return (int)i;
	return -1;
}

size_t theme_mono(void)
{
	for (size_t i = 0; i < NTHEMES; i++)
		if (!themes[i].color)
			return i;
	return 0;
}

void theme_colours(const struct theme *th, const struct theme_colour *colours,
		   struct theme_colour *out)
{
	for (int p = 0; p < PAIR__COUNT; p++) {
		out[p] = th->color && p ? th->pairs[p] : (struct theme_colour){ false, -1, -1 };
		if (th->color && p && colours && colours[p].set)
			out[p] = colours[p];
	}
}

int tui_theme_find(const char *name)
{
	return theme_find(name);
}

void tui_theme_list(char *out, size_t cap)
{
	size_t len = 0;
	if (cap)
		out[0] = '\0';
	for (size_t i = 0; i < NTHEMES && len < cap; i++) {
		int n = snprintf(out + len, cap - len, "%s%s", i ? ", " : "", themes[i].name);
		if (n < 0)
			break;
		len += (size_t)n;
	}
}
