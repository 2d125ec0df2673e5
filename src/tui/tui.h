/*
 * tui.h - the reading screen: one column per report, scrolling, focus,
 * search, furniture folding, the facts panel, the quotation view and
 * help, drawn with ncursesw.  The interface for the rest of newsdiff; how
 * src/tui/ is divided is in screen.h (private).
 *
 * Owns: the screen state (struct tui, freed by tui_free) and, while
 * tui_run or a headless screen is active, the terminal.  It never owns
 * the story or the comparison.
 * Depends on: story.h, compare.h, error.h; inside, on layout.h, wrap.h,
 * qdiff.h (the quotation view's words), verdict.h, text.h, vec.h and curses (src/tui/ is the only part that includes <curses.h>).
 */
#ifndef ND_TUI_H
#define ND_TUI_H

#include <stdbool.h>
#include <stdio.h>

#include "analyse/compare.h"
#include "base/error.h"
#include "load/story.h"

struct tui;
struct tui_config;

/*
 * Read the config file (see newsdiff(1), CONFIG FILE): path, or with
 * path NULL the default place ($XDG_CONFIG_HOME/newsdiff/config, else
 * ~/.config/newsdiff/config, which need not exist).  A line that cannot be
 * read is skipped and named in *errors ("FILE:LINE: why" lines, malloc'd;
 * NULL when there are none); so is a file named that cannot be opened.
 * Returns NULL only when memory ran out.  Free with tui_config_free.
 */
struct tui_config *tui_config_load(const char *path, char **errors);
void tui_config_free(struct tui_config *c);

struct tui_opts {
	bool color;           /* false: attributes and markers only, whatever the theme */
	const char *theme;    /* a theme's name (tui_theme_find); NULL: the config
			       * file's, else the default */
	const struct tui_config *config; /* key bindings, colours, options; may be NULL */
	const char *message;  /* shown in the status line at start; may be NULL */
	const struct comparison *cmp; /* the facts; NULL: reading only */
	bool tour;            /* open on the guided tour (--tour) */
	bool compare_later;   /* tui_run only, with cmp NULL: draw the texts at
			       * once and find the facts on a second thread;
			       * their marks come when they are found */
	unsigned jobs;        /* with compare_later: the threads that read the
			       * reports (compare_story_threads; 0: one a processor) */
};

/* Run the interactive screen on the terminal until the user quits or a
 * signal ends it.  The terminal is restored on every path.  Returns the
 * exit status: 0 after q, 128+signal after SIGINT/SIGTERM/SIGHUP, or 3
 * when the terminal cannot be set up. */
int tui_run(struct story *s, const struct tui_opts *o);

/*
 * Draw the screen headless at cols x rows (newterm onto /dev/null), feed
 * it keys (see tui_feed), and print the rows as plain text to out.  opts
 * are as for tui_run: the facts, the first message, the config file and
 * the theme act as they would on a terminal (what the status line says
 * of a theme included), but only the characters are printed.
 */
enum nd_err tui_dump_screen(struct story *s, const struct tui_opts *opts, int cols, int rows,
			    const char *keys, FILE *out);

/* The colour themes (newsdiff(1), --theme): the index of the one named
 * name ("default", "high-contrast", "light", "mono" or "monochrome"; any
 * case), or -1. */
int tui_theme_find(const char *name);

/* Their names, ", "-joined ("default, high-contrast, ..."), into out (cut
 * to fit cap bytes), for messages. */
void tui_theme_list(char *out, size_t cap);

/* Lower-level calls for the headless screen tests.  A curses screen must
 * be current (newterm) when tui_new and the calls after it run. */

/* New state for story s at the size of the current curses screen.
 * Returns NULL on no memory.  Free with tui_free. */
struct tui *tui_new(struct story *s, const struct tui_opts *o);
void tui_free(struct tui *t);

/*
 * Feed a key script: characters as typed, and names in angle brackets:
 * <Down> <Up> <PgDn> <PgUp> <Home> <End> <Left> <Right> <Tab> <S-Tab>
 * <Enter> <Esc> <BS> <F1> <C-l> <lt> (a literal '<'), <Resize=COLSxROWS>,
 * <WheelUp@X,Y>, <WheelDown@X,Y> and <Click@X,Y>.  Returns ND_E_USAGE
 * for a name it does not know.
 */
enum nd_err tui_feed(struct tui *t, const char *keys);

/* Draw the whole screen into curses' virtual screen (no refresh). */
void tui_draw(struct tui *t);

/* Print the current screen as plain text, one line per row, trailing
 * spaces removed. */
void tui_dump(FILE *out);

/* True once the user has asked to quit. */
bool tui_quit_requested(const struct tui *t);

/* Text of the help screen's key column for an action, for tests that
 * check the documentation: fills names[] (NULL-terminated) with the
 * display names of every key in the binding table. */
size_t tui_key_names(const char **names, size_t cap);

#endif
