/*
 * screen.h - private to src/tui/: the screen's state (struct tui) and
 * what the pieces of the screen share.  Nothing outside src/tui/ includes
 * it; the rest of newsdiff uses tui.h.
 *
 * The pieces, one idea each:
 *   screen.c    the state: made, sized, wrapped, scrolled, focused
 *   term.c      the terminal: set up and given back on every path,
 *               signals, colour pairs, glyphs, the interactive loop
 *   draw.c      text on the screen, the report columns, their headers,
 *               the status line and the help
 *   marks.c     facts marked in the reports' text by verdict
 *   panel.c     the facts panel, its filter and the chosen row
 *   pager.c     the view over the reports: help, a row's detail, the
 *               quotation view, load errors, who agrees with whom, how
 *               each outlet names them; scrolled, closed with q or Esc
 *   browse.c    o: the focused report's page in the user's browser
 *   export.c    e: the facts the panel lists, written to a file
 *   config.c    the config file: key bindings, colours, options
 *   theme.c     the colour themes, one table (theme.h)
 *   search.c    / search: the prompt, the matches, n and N
 *   tour.c      t: the guided tour, one row at a time, for a class
 *   input.c     keys and the mouse to actions (keys.h is the one table)
 *   headless.c  --dump-screen: key scripts and the screen as text
 *
 * Owns: struct tui owns its arrays (freed by tui_free); never the story
 * or the comparison.
 * Depends on: tui.h, keys.h, theme.h, curses, layout.h, compare.h.
 */
#ifndef ND_TUI_SCREEN_H
#define ND_TUI_SCREEN_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1  /* the wide-character curses calls */
#endif
#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analyse/compare.h"
#include "base/error.h"
#include "show/layout.h"
#include "tui/keys.h"
#include "tui/theme.h"
#include "tui/tui.h"

#define SEARCH_MAX 256

/* The tour's narrowest column: narrower than LAYOUT_MIN_COL, so that a
 * step's reports fit side by side (five at 120 cells). */
#define TOUR_MIN_COL 22

struct match;  /* search.c */
struct fspan;  /* marks.c */
struct pager;  /* pager.c */

/* Which rows the facts panel lists (c steps through them). */
enum panel_filter {
	FILTER_ALL,          /* every row */
	FILTER_DISAGREE,     /* disagreements */
	FILTER_DIFFER,       /* disagreements and partial agreements */
	FILTER_NOT_SINGLE,   /* every row two reports or more speak to */
	FILTER_PAIR,         /* rows the focused report and the next both speak to */
	FILTER__COUNT
};

/* The view over the reports, when one is open. */
enum view { VIEW_NONE, VIEW_HELP, VIEW_DETAIL, VIEW_QUOTE, VIEW_ERRORS, VIEW_AGREEMENT,
	    VIEW_NAMES };

/* ---- config.c: what the config file sets --------------------------------- */

struct config_binding {
	bool fn;
	int code;
	enum tui_action act;          /* ACT_NONE: unbound */
};

struct tui_config {
	struct config_binding binds[128];  /* in the file's order; a key's last wins */
	size_t nbinds;
	struct theme_colour colours[PAIR__COUNT];  /* over any theme's (theme.h) */
	int marks, sync, panel, furniture, color;  /* 1 on, 0 off, -1 not set */
	int theme;                    /* set theme: theme.h's index; -1 not set */
};

/* A key by its name: a printable ASCII character, "Down", "PgDn", "S-Tab",
 * "Enter", "Esc", "Space", "BS", "F1" to "F12", "C-x" or "Ctrl-X"... (any
 * case).  The config file and the headless key scripts read these. */
bool config_key_named(const char *w, bool *fn, int *code);

/* "page-down" for ACT_PAGE_DOWN, into out. */
void config_action_name(enum tui_action act, char *out, size_t cap);

struct tui {
	const struct tui_config *config;  /* the config file's settings; may be NULL */
	struct story *story;
	const struct comparison *cmp;
	struct fspan **spans;         /* per report, sorted by start */
	size_t *nspans;
	bool panel;                   /* the facts panel is open */
	bool marks;                   /* facts marked in the text */
	struct pager *pager;          /* the open view (pager.c), or NULL */
	size_t view_top;              /* its first line shown */
	enum view view_under;         /* the view the help or error list covers */
	size_t under_top;             /* and its first line shown */
	unsigned count;               /* a number typed before a key, 0: none */
	bool transient;               /* the message goes with the next key or resize:
				       * the marks' legend at the start, a count's
				       * echo, how to close a view */
	size_t sel;                   /* the chosen row */
	enum panel_filter filter;
	size_t partner;               /* FILTER_PAIR's second report; SIZE_MAX: the next */
	size_t *shown;                /* the rows the filter lets through, in order */
	size_t nshown;
	bool chosen;                  /* a row has been chosen: mark its evidence */
	size_t panel_top;             /* first of shown[] in the panel's view */
	int panel_h;                  /* rows of the panel, 0 when closed */
	struct layout_geom g;
	struct layout_lines *lines;   /* one per report */
	size_t *top;                  /* first display line shown, per report */
	size_t focus;
	bool sync;
	bool furniture;               /* show furniture in full */
	bool color;                   /* colour may be used (the terminal, --no-color,
				       * NO_COLOR, set color); false: drawn as mono
				       * whatever the theme */
	size_t theme;                 /* theme.h's index: the theme chosen */
	bool palette;                 /* the terminal's colour pairs are ours to set
				       * (tui_run); not on a headless screen */
	bool quit;
	bool headless;                /* --dump-screen: nothing is run */
	bool prompting;
	enum { PROMPT_SEARCH, PROMPT_EXPORT } prompt_kind;
	char prompt[SEARCH_MAX];
	size_t prompt_len;
	char query[SEARCH_MAX];
	struct match *matches;        /* sorted by report, then offset */
	size_t nmatch, cur;           /* cur == nmatch: none chosen */
	bool cur_past;                /* the place is just past match cur (the
				       * one it was at was folded away): N goes
				       * to cur itself */
	size_t nfolded;               /* matches in folded furniture, not shown */
	char message[512];
	size_t names_sel;             /* the name chosen in the names view */
	bool pending;                 /* the facts are still being found (a second
				       * thread, tui_run): the texts are shown */
	bool pending_said;            /* the status line says they are being found */
	bool tour_wanted;             /* --tour: the tour starts once the facts are here */
	bool touring;                 /* the guided tour is on (tour.c) */
	size_t *tour;                 /* its rows, in its order */
	size_t ntour, tour_at;        /* how many, and the step shown */
	bool tour_left;               /* left once: t goes back to tour_at */
};

/* ---- screen.c: the state ------------------------------------------------ */

/* The facts are here (at the start, or when the second thread has found
 * them; NULL: none): the marks, the panel's list, the marks' legend, the
 * config file's panel, the tour asked for.  False on no memory. */
bool screen_facts_ready(struct tui *t, const struct comparison *cmp);

/* Set the status line's message (kept until something happens). */
void screen_say(struct tui *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The last display line of report art that can be at the top. */
size_t screen_max_top(const struct tui *t, size_t art);

/* Byte offset at the top of a report's view. */
size_t screen_top_offset(const struct tui *t, size_t art);

/* Wrap every report again after a change of width or furniture, keeping
 * each reading place.  ND_E_NOMEM leaves the old lines. */
enum nd_err screen_rewrap(struct tui *t);

/* Lay the screen out at rows x cols and wrap for it. */
void screen_resize(struct tui *t, int rows, int cols);

/* Scroll the focused report (every report when in sync) by delta lines. */
void screen_scroll(struct tui *t, long delta);

/* Focus report f, bringing it into view. */
void screen_focus(struct tui *t, size_t f);

/* Scroll report art so that byte offset off is in view, a third down. */
void screen_show_offset(struct tui *t, size_t art, size_t off);

/* Scroll reports arts[i] so that their byte offsets offs[i] stand on one
 * row, a third down or as near it as the texts' ends allow. */
void screen_align_offsets(struct tui *t, const size_t *arts, const size_t *offs, size_t n);

/* Show or fold page furniture. */
void screen_toggle_furniture(struct tui *t);

static inline size_t screen_nrows(const struct tui *t)
{
	return t->cmp ? t->cmp->nrows : 0;
}

/* The chosen row of the facts, or NULL. */
static inline const struct row *screen_chosen(const struct tui *t)
{
	return t->chosen && screen_nrows(t) ? &t->cmp->rows[t->sel] : NULL;
}

/* ---- term.c: the terminal ----------------------------------------------- */

/* Glyphs, each with a stand-in for terminals without UTF-8. */
enum glyph {
	GL_POINTER,    /* the focused report, the chosen row */
	GL_ELLIPSIS,   /* text cut to fit: one cell */
	GL_ETC,        /* words left out */
	GL_HLINE,
	GL_VLINE,
	GL_FOLD,       /* folded furniture */
	GL_FURNITURE,  /* a line of furniture shown */
	GL_EVIDENCE,   /* the margin beside the chosen fact's sentence */
	GL_SILENT,     /* a report that says nothing on a fact */
	GL_MORE_LEFT,  /* reports off-screen to the left hold the chosen fact */
	GL_MORE_RIGHT, /* ... to the right */
	GL__COUNT
};

/* Read the locale: are UTF-8 glyphs and text drawable?  Until it is
 * read they are (the tests draw without a locale check). */
void term_check_utf8(void);
bool term_utf8(void);
/* The glyph for the locale; a static string. */
const char *term_glyph(enum glyph g);

/* pair when the screen is in colour, else 0 (attributes only).  Mono, or
 * no colour at all, is not in colour. */
short term_pair(const struct tui *t, short pair);
short term_verdict_pair(const struct tui *t, unsigned verdict);
/* Reverse video for what a pair with its own background draws (the
 * status line, the focused header, a search match): none in colour,
 * where reverse would swap the pair's colours back. */
attr_t term_reverse(const struct tui *t);
/* The attribute of quiet text (dates, furniture, hints, rules): dim, or
 * bold in a theme that must not dim. */
attr_t term_quiet(const struct tui *t);
/* The attribute a fact's value is marked with in the text. */
attr_t term_mark(const struct tui *t);
/* The theme drawn: the one chosen, or mono when colour may not be used. */
const struct theme *term_theme(const struct tui *t);
/* Choose theme i (theme.h's index): the terminal's colour pairs and
 * background follow when they are ours to set. */
void term_set_theme(struct tui *t, size_t i);

/* ---- draw.c: text on the screen ----------------------------------------- */

/* Draw s[0..n) at the cursor, at most maxw cells; returns the cells used. */
int draw_text(const char *s, size_t n, attr_t attr, short pair, int maxw);
int draw_str(const char *s, attr_t attr, short pair, int maxw);
/* Draw s in at most w cells, ending with an ellipsis when it does not fit. */
void draw_clipped(const char *s, attr_t attr, short pair, int w);
/* Blank w cells from (y, x) in attr. */
void draw_fill(int y, int x, int w, attr_t attr, short pair);

/* ---- marks.c: facts marked in the text ---------------------------------- */

/* Index every cell's value by report.  False on no memory. */
bool marks_index(struct tui *t);
void marks_release(struct tui *t);
/* The verdict of the smallest fact holding byte off of report art, or -1. */
int marks_verdict_at(const struct tui *t, size_t art, size_t off);
/* The most telling verdict among the facts in bytes [s0, s1), or -1. */
int marks_line_verdict(const struct tui *t, size_t art, uint32_t s0, uint32_t s1);
void marks_toggle(struct tui *t);
/* The row of the first fact marked in the focused view of report art,
 * or -1. */
long marks_first_row_in_view(const struct tui *t, size_t art);
/* The row of the fact drawn at screen cell (x, y) in report art's column,
 * or -1. */
long marks_row_at_cell(const struct tui *t, size_t art, int x, int y);

/* ---- panel.c: the facts panel -------------------------------------------- */

enum mouse_kind { WHEEL_UP, WHEEL_DOWN, CLICK };

/* Take the panel's rows from the text when it is open. */
void panel_fit(struct tui *t);
void panel_toggle(struct tui *t);
/* Choose row i: every report that speaks scrolls to its evidence. */
void panel_choose(struct tui *t, size_t i);
/* Step times disagreements on (dir 1) or back (-1) among those listed. */
void panel_step_disagreement(struct tui *t, int dir, unsigned times);
/* List the rows the filter lets through again (after a change of focus,
 * for the filter of two reports).  False on no memory. */
bool panel_refilter(struct tui *t);
/* Step to the next filter. */
void panel_next_filter(struct tui *t);
/* Make the focused report the second of the two FILTER_PAIR compares
 * (again: back to the report after the focused one). */
void panel_pair(struct tui *t);
/* Keys that move the panel's choice while it is open; false: not one. */
bool panel_action(struct tui *t, enum tui_action act);
/* The mouse at row y; false when y is not in the panel. */
bool panel_mouse(struct tui *t, enum mouse_kind kind, int y);
void panel_draw(struct tui *t);

/* ---- pager.c: the view over the reports ---------------------------------- */

/* Open a view (the detail and the quotation view show the chosen row). */
void pager_open(struct tui *t, enum view kind);
void pager_close(struct tui *t);
enum view pager_kind(const struct tui *t);
/* Build the open view again for a new screen size or theme. */
void pager_rebuild(struct tui *t);
void pager_scroll(struct tui *t, long delta);
void pager_draw(struct tui *t);
/* Did loading leave warnings: a short page, text that had to be repaired?
 * (The load errors view lists them.) */
bool story_has_warnings(const struct story *s);

/* ---- export.c ------------------------------------------------------------ */

/* Ask for the file name on the status line. */
void export_prompt(struct tui *t);
/* Write the rows the panel lists to the file name (format by its end). */
void export_write(struct tui *t, const char *name);

/* ---- browse.c ------------------------------------------------------------ */

void browse_focused(struct tui *t);

/* ---- search.c ------------------------------------------------------------ */

void search_prompt(struct tui *t);
void search_prompt_key(struct tui *t, bool fn, int code);
void search_step(struct tui *t, int dir);
/* Find the matches again: for a new query (the next step goes to its
 * first match), or, with keep_place, when the text shown changes (the
 * next step goes on from the match it was at: f shows or folds
 * furniture). */
void search_refresh(struct tui *t, bool keep_place);
/* Is byte off of report art part of a match? */
bool search_covers(const struct tui *t, size_t art, size_t off);

/* ---- tour.c -------------------------------------------------------------- */

/* Start the tour at its first step (a message when there is nothing to
 * tour), leave it, or step it on (dir 1; from the last, back to the
 * first) or back (-1). */
void tour_start(struct tui *t);
void tour_leave(struct tui *t);
void tour_step(struct tui *t, int dir);
/* A key during the tour: Space, ], Backspace, [, q, Esc, t.  False: not
 * the tour's. */
bool tour_key(struct tui *t, bool fn, int code, enum tui_action act);
/* The reports the step shows, into arts (at most fit): all that speak to
 * its row when they fit, else the focused one, one for each value given,
 * then others; in the story's order.  How many (0: no tour). */
size_t tour_picks(const struct tui *t, size_t fit, size_t *arts, size_t cap);
/* The status line's hint while the tour is on, into out. */
void tour_hint(const struct tui *t, char *out, size_t cap);
/* The step's sentences on one row again (after a change of size). */
void tour_align(struct tui *t);
/* The row of the step shown, or NULL. */
const struct row *tour_row(const struct tui *t);
/* "3 of 11  ! disagreement: QUESTION — WHY", into out. */
void tour_banner(const struct tui *t, char *out, size_t cap);

/* ---- input.c ------------------------------------------------------------- */

void input_key(struct tui *t, bool fn, int code);
void input_mouse(struct tui *t, enum mouse_kind kind, int x, int y);
/* The names of the keys bound to act, ", "-joined, into buf. */
void input_keys_of(const struct tui *t, enum tui_action act, char *buf, size_t cap);
/* What act does, for the help; a static string. */
const char *input_help_of(enum tui_action act);

#endif
