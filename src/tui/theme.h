/*
 * theme.h - private to src/tui/: the colour themes, in the manner of
 * htop's colour schemes: one table, each theme a name and, for every
 * element of the screen that takes a colour, its foreground and
 * background, with the attributes it draws quiet text and marked facts
 * in.  term.c sets the terminal's colour pairs from it; the config file
 * names a theme (set theme) and overrides single elements (color).
 *
 * The themes: default (the colours newsdiff always had), high-contrast
 * (for a projector: every element on a background of its own, no dim
 * text), light (for a light terminal background: dark text, no yellow or
 * white on the terminal's background) and mono, also called monochrome
 * (no colour: attributes only, as --no-color draws).
 *
 * Owns: static tables only.
 * Depends on: curses (attr_t, COLOR_*), included before it (screen.h
 * does), and verdict.h (the default theme's verdict colours).
 */
#ifndef ND_TUI_THEME_H
#define ND_TUI_THEME_H

#include <stdbool.h>
#include <stddef.h>

#include "analyse/verdict.h"

/* Colour pairs, by meaning.  Verdict pairs follow enum verdict's order.
 * PAIR_TEXT is the screen's own background: text drawn with no pair of
 * its own takes it. */
enum { PAIR_HEADER = 1, PAIR_FOCUS, PAIR_FURN, PAIR_MATCH, PAIR_STATUS, PAIR_META, PAIR_TEXT,
       PAIR_VERDICT, PAIR__COUNT = PAIR_VERDICT + VERDICT__COUNT };

/* One element's colours; -1 is the terminal's default. */
struct theme_colour {
	bool set;
	short fg, bg;
};

struct theme {
	const char *name;
	const char *alias;            /* another name it answers to, or NULL */
	bool color;                   /* false: attributes only (as --no-color) */
	attr_t quiet;                 /* dates, furniture, hints, rules */
	attr_t mark;                  /* a fact's value marked in the text */
	struct theme_colour pairs[PAIR__COUNT];  /* [0] unused */
};

/* The themes in the order the key steps through them; the first is the
 * default. */
size_t theme_count(void);
const struct theme *theme_at(size_t i);

/* The theme named name (either of its names, any case), or -1. */
int theme_find(const char *name);

/* The index of mono: what a screen without colour draws as. */
size_t theme_mono(void);

/* The theme's colours with the config file's (color lines, which win
 * whatever their order in the file) over them, into out[PAIR__COUNT].
 * colours may be NULL.  Elements a theme without colour leaves unset
 * stay so. */
void theme_colours(const struct theme *th, const struct theme_colour *colours,
		   struct theme_colour *out);

#endif
