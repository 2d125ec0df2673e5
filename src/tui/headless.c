/* The screen without a terminal, for --dump-screen and the tests: curses
 * draws onto /dev/null, keys come from a script, and the virtual screen
 * is read back as text. */
#include "tui/screen.h"

#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "base/text.h"

#include <ctype.h>

/* A name in angle brackets: a key, a resize or a mouse event, in any
 * case ("<Resize=50x20>", "<resize=50X20>"). */
static enum nd_err feed_name(struct tui *t, const char *name, size_t n)
{
	int a, b, end = -1;
	char tmp[64];
	if (n >= sizeof tmp)
		return ND_E_USAGE;
	for (size_t i = 0; i < n; i++)
		tmp[i] = (char)tolower((unsigned char)name[i]);
	tmp[n] = '\0';
	/* the names the config file reads (config_key_named), and "lt" for
	 * the '<' that opens a name here */
	bool fn;
	int code;
	if (strcmp(tmp, "lt") == 0) {
		input_key(t, false, '<');
		return ND_E_OK;
	}
	if (tmp[1] && config_key_named(tmp, &fn, &code)) {
		input_key(t, fn, code);
		return ND_E_OK;
	}
	/* each form read whole: "<Click@3,4x>" is no click */
	if (sscanf(tmp, "resize=%dx%d%n", &a, &b, &end) == 2 && end == (int)n && a > 0 &&
	    b > 0 && a <= 1000 && b <= 1000) {
		resize_term(b, a);
		input_key(t, true, KEY_RESIZE);
		return ND_E_OK;
	}
	enum mouse_kind what = CLICK;
	if ((sscanf(tmp, "wheelup@%d,%d%n", &a, &b, &end) == 2 && (what = WHEEL_UP, true)) ||
	    (sscanf(tmp, "wheeldown@%d,%d%n", &a, &b, &end) == 2 && (what = WHEEL_DOWN, true)) ||
	    sscanf(tmp, "click@%d,%d%n", &a, &b, &end) == 2) {
		if (end != (int)n)
			return ND_E_USAGE;
		input_mouse(t, what, a, b);
		return ND_E_OK;
	}
	return ND_E_USAGE;
}

enum nd_err tui_feed(struct tui *t, const char *keys)
{
	size_t n = strlen(keys);
	for (size_t i = 0; i < n && !t->quit;) {
		if (keys[i] == '<') {
			const char *close = memchr(keys + i, '>', n - i);
			if (!close)
				return ND_E_USAGE;
			enum nd_err err = feed_name(t, keys + i + 1, (size_t)(close - keys) - i - 1);
			if (err)
				return err;
			i = (size_t)(close - keys) + 1;
			continue;
		}
		int32_t cp = text_next(keys, n, &i);
		input_key(t, false, (int)cp);
	}
	return ND_E_OK;
}

void tui_dump(FILE *out)
{
	char line[8192];
	for (int y = 0; y < LINES; y++) {
		size_t len = 0, keep = 0;
		for (int x = 0; x < COLS; x++) {
			cchar_t cc;
			wchar_t wc[CCHARW_MAX + 1];
			attr_t attr;
			short pair;
			if (mvin_wch(y, x, &cc) == ERR || getcchar(&cc, wc, &attr, &pair, NULL) == ERR)
				continue;
			for (int k = 0; wc[k] && k < CCHARW_MAX; k++) {
				if (len + 4 >= sizeof line)
					break;
				len += text_encode((int32_t)wc[k], line + len);
			}
			int w = text_cp_width((int32_t)wc[0]);
			if (w == 2)
				x++; /* the second cell of a wide character */
			if (wc[0] != L' ')
				keep = len;
		}
		fprintf(out, "%.*s\n", (int)keep, line);
	}
}

static SCREEN *headless_open(int cols, int rows, FILE **nul_out, FILE **nul_in)
{
	static const char *const terms[] = { "xterm", "vt100", "dumb" };
	*nul_out = fopen("/dev/null", "w");
	*nul_in = fopen("/dev/null", "r");
	if (!*nul_out || !*nul_in)
		return NULL;
	SCREEN *scr = NULL;
	for (size_t i = 0; i < 3 && !scr; i++)
		scr = newterm(terms[i], *nul_out, *nul_in);
	if (!scr)
		return NULL;
	resize_term(rows, cols);
	return scr;
}

enum nd_err tui_dump_screen(struct story *s, const struct tui_opts *opts, int cols, int rows,
			    const char *keys, FILE *out)
{
	FILE *o = NULL, *i = NULL;
	enum nd_err err = ND_E_OK;
	term_check_utf8();
	SCREEN *scr = headless_open(cols, rows, &o, &i);
	if (!scr) {
		err = ND_E_TERMINAL;
		goto done;
	}
	/* colour as asked: what is printed is the same, and what the status
	 * line says of a theme is what a terminal in colour would say */
	struct tui *t = tui_new(s, opts);
	if (t)
		t->headless = true;
	if (!t) {
		err = ND_E_NOMEM;
	} else {
		if (keys)
			err = tui_feed(t, keys);
		tui_draw(t);
		if (!err)
			tui_dump(out);
		tui_free(t);
	}
	endwin();
	delscreen(scr);
done:
	if (o)
		fclose(o);
	if (i)
		fclose(i);
	return err;
}
