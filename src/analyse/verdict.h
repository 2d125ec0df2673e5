/*
 * verdict.h - the one table of verdicts a row of the comparison can have:
 * each verdict's name (as in JSON and the reports), the mark shown beside
 * a fact when there is no colour, what it means, where its rows sort, and
 * its colour on the screen.
 *
 * Owns: static tables only.
 * Depends on: nothing.  Everything that names, marks, orders or colours a
 * verdict reads it from here (align's row order, the reports' legends, the
 * screen's marks, legend and colours).
 */
#ifndef ND_VERDICT_H
#define ND_VERDICT_H

#include <stddef.h>

/* Colours as the eight ANSI colour numbers (curses' COLOR_* share them). */
enum verdict_colour {
	VCOLOUR_BLACK, VCOLOUR_RED, VCOLOUR_GREEN, VCOLOUR_YELLOW,
	VCOLOUR_BLUE, VCOLOUR_MAGENTA, VCOLOUR_CYAN, VCOLOUR_WHITE,
};

/*
 * X(NAME, name, mark, rank, legend, colour, meaning).  rank: rows sort by
 * it, lowest first (what a fact-checker must look at first leads); where
 * marks on the screen overlap, the lowest rank is shown.  legend: place in
 * the one-line legends of the screen ("unclear" is rare, so it comes last).
 */
#define ND_VERDICTS(X)                                                                    \
	X(AGREE, "agree", "=", 3, 2, GREEN,                                               \
	  "the reports that give this fact give the same value")                          \
	X(DISAGREE, "disagree", "!", 0, 0, RED, "the reports give different values")      \
	X(PARTIAL, "partial", "~", 1, 1, YELLOW,                                          \
	  "the values agree in part (one is vaguer, hedged or spelled differently)")      \
	X(SINGLE, "single", "1", 4, 3, BLUE, "only one report gives this fact")           \
	X(UNCLEAR, "unclear", "?", 2, 4, MAGENTA,                                         \
	  "newsdiff could not tell whether the values agree")

enum verdict {
#define ND_V_ENUM(name, json, mark, rank, legend, colour, meaning) VERDICT_##name,
	ND_VERDICTS(ND_V_ENUM)
#undef ND_V_ENUM
	VERDICT__COUNT
};

/* The name ("disagree"); "?" for a value outside the table. */
const char *verdict_name(enum verdict v);
/* A one-character mark for screens without colour; "?" outside the table. */
const char *verdict_mark(enum verdict v);
/* What the verdict means, one line; "" outside the table. */
const char *verdict_meaning(enum verdict v);
/* Sort rank, lowest first; VERDICT__COUNT outside the table. */
int verdict_rank(enum verdict v);
/* The screen colour. */
enum verdict_colour verdict_colour(enum verdict v);
/* "! disagree ~ partial ..." in legend order, into out (cut to fit cap
 * bytes). */
void verdict_legend(char *out, size_t cap);

#endif
