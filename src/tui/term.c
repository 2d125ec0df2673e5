/* The terminal: set up for the screen and given back on every way out
 * (quit, a signal, a crash, exit), colour pairs, the glyphs and their
 * ASCII stand-ins, and the interactive loop. */
#include "tui/screen.h"

#include <langinfo.h>
#include <signal.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* ---- glyphs and colours ------------------------------------------------ */

static bool utf8 = true;

void term_check_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);
	utf8 = cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

bool term_utf8(void)
{
	return utf8;
}

/* { ASCII, UTF-8 } */
static const char *const glyphs[GL__COUNT][2] = {
	[GL_POINTER] = { ">", "\xe2\x96\xb6" },      /* ▶ */
	[GL_ELLIPSIS] = { "~", "\xe2\x80\xa6" },     /* … */
	[GL_ETC] = { "...", "\xe2\x80\xa6" },        /* … */
	[GL_HLINE] = { "-", "\xe2\x94\x80" },        /* ─ */
	[GL_VLINE] = { "|", "\xe2\x94\x82" },        /* │ */
	[GL_FOLD] = { ">", "\xe2\x96\xb8" },         /* ▸ */
	[GL_FURNITURE] = { "|", "\xc2\xa6" },        /* ¦ */
	[GL_EVIDENCE] = { ">", "\xe2\x96\x8c" },     /* ▌ */
	[GL_SILENT] = { "-", "\xe2\x80\x94" },       /* — */
	[GL_MORE_LEFT] = { "<", "\xe2\x97\x82" },    /* ◂ */
	[GL_MORE_RIGHT] = { ">", "\xe2\x96\xb8" },   /* ▸ */
};

const char *term_glyph(enum glyph g)
{
	return glyphs[g][utf8];
}

short term_pair(const struct tui *t, short pair)
{
	return t->color ? pair : 0;
}

attr_t term_reverse(const struct tui *t)
{
	return t->color ? 0 : A_REVERSE;
}

short term_verdict_pair(const struct tui *t, unsigned verdict)
{
	return term_pair(t, (short)(PAIR_VERDICT + (short)verdict));
}

static void setup_colors(const struct tui_config *c)
{
	start_color();
	use_default_colors();
	init_pair(PAIR_HEADER, COLOR_CYAN, -1);
	init_pair(PAIR_FOCUS, COLOR_BLACK, COLOR_CYAN);
	init_pair(PAIR_FURN, COLOR_BLUE, -1);
	init_pair(PAIR_MATCH, COLOR_BLACK, COLOR_YELLOW);
	init_pair(PAIR_STATUS, COLOR_BLACK, COLOR_WHITE);
	init_pair(PAIR_META, COLOR_GREEN, -1);
	/* verdict colours are ANSI numbers, the same as curses' COLOR_* */
	for (int v = 0; v < VERDICT__COUNT; v++)
		init_pair((short)(PAIR_VERDICT + v), (short)verdict_colour((enum verdict)v), -1);
	/* the config file's colours; one the terminal lacks is left as is */
	for (short p = 1; c && p < PAIR__COUNT; p++) {
		const struct config_colour *cc = &c->colours[p];
		if (cc->set && cc->fg < COLORS && cc->bg < COLORS)
			init_pair(p, cc->fg, cc->bg);
	}
}

/* ---- signals ------------------------------------------------------------ */

static volatile sig_atomic_t got_signal;
static volatile sig_atomic_t curses_active;

static void on_signal(int sig)
{
	got_signal = sig;
}

/* A crash still gives the terminal back before the default action runs. */
static void on_fatal(int sig)
{
	if (curses_active)
		endwin();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void restore_at_exit(void)
{
	if (curses_active) {
		curses_active = 0;
		endwin();
	}
}

static void install_handlers(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_signal;  /* no SA_RESTART: reads return at once */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_handler = on_fatal;
	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
	sigaction(SIGILL, &sa, NULL);
	sigaction(SIGABRT, &sa, NULL);
}

/* ---- the interactive screen --------------------------------------------- */

static void setup_terminal(void)
{
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	mousemask(BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	wtimeout(stdscr, 250);
}

/* Read and act on keys until the user quits or a signal comes. */
static void loop(struct tui *t)
{
	bool dirty = true;
	while (!t->quit && !got_signal) {
		if (dirty) {
			tui_draw(t);
			refresh();
		}
		wint_t wc;
		int r = get_wch(&wc);
		dirty = r != ERR;  /* a timeout only checks for signals */
		if (r == ERR)
			continue;
		if (r == KEY_CODE_YES && wc == KEY_MOUSE) {
			MEVENT ev;
			if (getmouse(&ev) != OK)
				continue;
			if (ev.bstate & BUTTON4_PRESSED)
				input_mouse(t, WHEEL_UP, ev.x, ev.y);
			else if (ev.bstate & BUTTON5_PRESSED)
				input_mouse(t, WHEEL_DOWN, ev.x, ev.y);
			else if (ev.bstate & BUTTON1_CLICKED)
				input_mouse(t, CLICK, ev.x, ev.y);
			continue;
		}
		input_key(t, r == KEY_CODE_YES, (int)wc);
	}
}

int tui_run(struct story *s, const struct tui_opts *o)
{
	term_check_utf8();
	install_handlers();
	atexit(restore_at_exit);
	/* a report read from standard input ("-"): the keys come from the
	 * terminal itself */
	FILE *tty = NULL, *in = stdin;
	if (!isatty(fileno(stdin))) {
		tty = fopen("/dev/tty", "r");
		if (!tty) {
			fprintf(stderr, "newsdiff: cannot start the screen: no terminal to read "
					"keys from (/dev/tty)\n");
			return 3;
		}
		in = tty;
	}
	SCREEN *scr = newterm(NULL, stdout, in);
	if (!scr) {
		if (tty)
			fclose(tty);
		const char *term = getenv("TERM");
		fprintf(stderr, "newsdiff: cannot start the screen: %s (check TERM)\n",
			term && *term ? "unknown terminal type" : "TERM is not set");
		return 3;
	}
	curses_active = 1;
	setup_terminal();

	struct tui_opts opts = *o;
	if (opts.color && (!has_colors() || (opts.config && opts.config->color == 0)))
		opts.color = false;
	if (opts.color)
		setup_colors(opts.config);

	struct tui *t = tui_new(s, &opts);
	int status = 0;
	if (!t) {
		status = 3;
		endwin();
		fprintf(stderr, "newsdiff: out of memory\n");
	} else {
		loop(t);
		if (got_signal)
			status = 128 + got_signal;
		tui_free(t);
	}
	curses_active = 0;
	endwin();
	delscreen(scr);
	if (tty)
		fclose(tty);
	return status;
}
