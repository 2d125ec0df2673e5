/* The terminal: set up for the screen and given back on every way out
 * (quit, a signal, a crash, exit), colour pairs (from the themes of
 * theme.c), the glyphs and their ASCII stand-ins, and the interactive
 * loop. */
#include "tui/screen.h"

#include <fcntl.h>
#include <langinfo.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
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

const struct theme *term_theme(const struct tui *t)
{
	return theme_at(t->color ? t->theme : theme_mono());
}

short term_pair(const struct tui *t, short pair)
{
	return term_theme(t)->color ? pair : 0;
}

attr_t term_reverse(const struct tui *t)
{
	return term_theme(t)->color ? 0 : A_REVERSE;
}

short term_verdict_pair(const struct tui *t, unsigned verdict)
{
	return term_pair(t, (short)(PAIR_VERDICT + (short)verdict));
}

attr_t term_quiet(const struct tui *t)
{
	return term_theme(t)->quiet;
}

attr_t term_mark(const struct tui *t)
{
	return term_theme(t)->mark;
}

/* The terminal's colour pairs for the theme drawn, the config file's
 * colours over them; one the terminal lacks is left as it was.  A theme
 * with a background of its own paints the whole screen with it. */
static void apply_theme(const struct tui *t)
{
	const struct theme *th = term_theme(t);
	struct theme_colour pairs[PAIR__COUNT];
	theme_colours(th, t->config ? t->config->colours : NULL, pairs);
	for (short p = 1; p < PAIR__COUNT; p++)
		if (pairs[p].set && pairs[p].fg < COLORS && pairs[p].bg < COLORS)
			init_pair(p, pairs[p].fg, pairs[p].bg);
	const struct theme_colour *text = &pairs[PAIR_TEXT];
	bool painted = text->set && (text->fg >= 0 || text->bg >= 0);
	bkgdset(painted ? COLOR_PAIR(PAIR_TEXT) | ' ' : ' ');
	/* every cell again: a pair changed under cells already drawn */
	clearok(curscr, TRUE);
}

void term_set_theme(struct tui *t, size_t i)
{
	t->theme = i < theme_count() ? i : 0;
	if (t->palette)
		apply_theme(t);
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

/* ncurses (6.4) writes out what it has buffered at every cursor motion
 * until the screen has been through endwin() once (_nc_mvcur flushes
 * while the screen is in its first state): a first frame of 200x50 went
 * to the terminal in some 130 small write()s, each a system call and a
 * wake-up of the terminal.  So endwin() at once, with the terminal's
 * output sent to /dev/null meanwhile (what newterm set up and has not
 * written yet goes there too: the terminal sees no switch to the
 * alternate screen and back, its modes are not touched), then refresh(),
 * which sets the screen up again: from then on a frame goes out in a few
 * large writes.  What is drawn is the same.  Before the colours are
 * started, so that this set-up does not reset the terminal's palette
 * (orig_colors). */
static void leave_first_state(void)
{
	int out = fileno(stdout);
	fflush(stdout);
	int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
	int saved = null >= 0 ? fcntl(out, F_DUPFD_CLOEXEC, 3) : -1;
	if (saved >= 0 && dup2(null, out) >= 0) {
		endwin();
		dup2(saved, out);
		refresh();
	}
	if (saved >= 0)
		close(saved);
	if (null >= 0)
		close(null);
}

/* The comparison found on a second thread while the texts are shown. */
struct later {
	const struct story *s;
	unsigned jobs;           /* threads that read the reports */
	struct comparison cmp;
	enum nd_err err;
	atomic_bool done;
	pthread_t th;
	bool tried, started;
};

static void *compare_later(void *arg)
{
	struct later *l = arg;
	/* libstemmer is opened here (stemmer_init), not before the first frame */
	l->err = compare_story_threads(l->s, &l->cmp, l->jobs);
	atomic_store(&l->done, true);
	return NULL;
}

/* The comparison's thread, started once the first frame has been
 * written: started before it, the thread (its stack, its heap, the
 * comparison itself) took the processor from the first frame on a busy
 * machine.  Without a thread, the facts are found here and now. */
static void start_later(struct later *l)
{
	if (!l || l->tried)
		return;
	l->tried = true;
	l->started = pthread_create(&l->th, NULL, compare_later, l) == 0;
	if (!l->started)
		compare_later(l);
}

/* The facts are found: they join the screen, which is drawn again. */
static bool facts_arrived(struct tui *t, struct later *l)
{
	if (!l || !t->pending || !atomic_load(&l->done))
		return false;
	if (!screen_facts_ready(t, l->err ? NULL : &l->cmp) || l->err)
		screen_say(t, "%s: the facts could not be found",
			   nd_strerror(l->err ? l->err : ND_E_NOMEM));
	wtimeout(stdscr, 250);
	return true;
}

/* A change of size curses was not told of (the terminal was resized
 * before its handler of SIGWINCH was set up): taken as a resize. */
static bool size_missed(struct tui *t)
{
	struct winsize ws;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0 ||
	    (ws.ws_row == LINES && ws.ws_col == COLS))
		return false;
	resizeterm(ws.ws_row, ws.ws_col);
	input_key(t, true, KEY_RESIZE);
	return true;
}

/* Read and act on keys until the user quits or a signal comes. */
static void loop(struct tui *t, struct later *l)
{
	bool dirty = true;
	while (!t->quit && !got_signal) {
		if (facts_arrived(t, l))
			dirty = true;
		if (dirty) {
			tui_draw(t);
			refresh();
		}
		start_later(l);
		wint_t wc;
		int r = get_wch(&wc);
		dirty = r != ERR;  /* a timeout only checks for signals and the facts */
		if (r == ERR) {
			dirty = size_missed(t);
			continue;
		}
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
	/* a terminal that cannot move the cursor ("dumb", a printer) would
	 * get a screen of spaces and one line: refused as an unknown one is */
	const char *cup = tigetstr("cup");
	if (!cup || cup == (const char *)-1) {
		endwin();
		delscreen(scr);
		if (tty)
			fclose(tty);
		const char *term = getenv("TERM");
		bool plain = term && *term && strlen(term) < 64;
		for (const char *p = term; plain && *p; p++)
			plain = *p > ' ' && *p < 0x7f;
		fprintf(stderr, "newsdiff: cannot start the screen: the terminal type %s cannot "
				"move the cursor (check TERM)\n", plain ? term : "given");
		return 3;
	}
	curses_active = 1;
	leave_first_state();
	setup_terminal();

	struct tui_opts opts = *o;
	if (opts.color && !has_colors())
		opts.color = false;

	/* the facts found on a second thread, the texts shown meanwhile
	 * (the thread starts after the first frame: loop, start_later) */
	struct later *l = NULL;
	if (opts.compare_later && !opts.cmp) {
		l = calloc(1, sizeof *l);
		if (l) {
			l->s = s;
			l->jobs = opts.jobs;
			atomic_init(&l->done, false);
		} else {
			opts.compare_later = false;
		}
	}
	struct tui *t = tui_new(s, &opts);
	int status = 0;
	if (!t) {
		status = 3;
		endwin();
		fprintf(stderr, "newsdiff: out of memory\n");
	} else {
		if (t->color) {
			start_color();
			use_default_colors();
			t->palette = true;
			apply_theme(t);
		}
		if (t->pending)
			wtimeout(stdscr, 5);  /* look for the facts often until they come */
		loop(t, l);
		if (got_signal)
			status = 128 + got_signal;
		tui_free(t);
	}
	if (l) {
		if (l->started)
			pthread_join(l->th, NULL);
		if (l->tried && !l->err)
			comparison_release(&l->cmp);
		free(l);
	}
	curses_active = 0;
	endwin();
	delscreen(scr);
	if (tty)
		fclose(tty);
	return status;
}
