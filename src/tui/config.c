/* The config file: key bindings, colours and options of the screen, one
 * command a line, in the manner of tig and newsboat:
 *
 *   # a comment
 *   set marks = off          options: marks, sync, panel, furniture, color
 *   set theme = light        the colour theme (theme.c)
 *   bind x quit              a key to an action (the names of keys.h)
 *   unbind s                 a key to nothing
 *   color disagree red       an element's colour: foreground [background]
 *
 * A line that cannot be read is reported as "FILE:LINE: why" and skipped;
 * nothing in the file stops newsdiff from starting. */
#include "tui/screen.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "base/buf.h"

#define CONFIG_MAX_BYTES ((size_t)1 << 20)

/* ---- names ---------------------------------------------------------------- */

static const char *const action_names[] = {
	"",
#define ND_ACT_NAME(name, help) #name,
	ND_ACTIONS(ND_ACT_NAME)
#undef ND_ACT_NAME
};

/* "page-down" for PAGE_DOWN (case and '-' or '_' alike). */
static enum tui_action action_named(const char *w)
{
	for (int a = ACT_NONE + 1; a < ACT__COUNT; a++) {
		const char *n = action_names[a];
		size_t i = 0;
		for (; n[i] && w[i]; i++) {
			char c = w[i] == '-' ? '_' : (char)toupper((unsigned char)w[i]);
			if (c != n[i])
				break;
		}
		if (!n[i] && !w[i])
			return (enum tui_action)a;
	}
	return ACT_NONE;
}

void config_action_name(enum tui_action act, char *out, size_t cap)
{
	snprintf(out, cap, "%s", act > ACT_NONE && act < ACT__COUNT ? action_names[act] : "");
	for (char *p = out; *p; p++)
		*p = *p == '_' ? '-' : (char)tolower((unsigned char)*p);
}

static const struct {
	const char *name;
	bool fn;
	int code;
} key_names[] = {
	{ "Down", true, KEY_DOWN },   { "Up", true, KEY_UP },        { "PgDn", true, KEY_NPAGE },
	{ "PgUp", true, KEY_PPAGE },  { "Home", true, KEY_HOME },     { "End", true, KEY_END },
	{ "Left", true, KEY_LEFT },   { "Right", true, KEY_RIGHT },   { "Tab", false, '\t' },
	{ "S-Tab", true, KEY_BTAB },  { "Shift-Tab", true, KEY_BTAB }, { "Enter", false, '\r' },
	{ "Esc", false, 27 },         { "Space", false, ' ' },        { "BS", true, KEY_BACKSPACE },
};

/* A key: one printable ASCII character, a name above, F1..F12, or C-x /
 * Ctrl-X for a control key. */
bool config_key_named(const char *w, bool *fn, int *code)
{
	if (w[0] && !w[1] && w[0] > ' ' && w[0] < 127) {
		*fn = false, *code = w[0];
		return true;
	}
	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (strcasecmp(w, key_names[i].name) == 0) {
			*fn = key_names[i].fn, *code = key_names[i].code;
			return true;
		}
	int n;
	char end;
	if ((w[0] == 'F' || w[0] == 'f') && sscanf(w + 1, "%d%c", &n, &end) == 1 && n >= 1 &&
	    n <= 12) {
		*fn = true, *code = KEY_F(n);
		return true;
	}
	const char *c = strncasecmp(w, "C-", 2) == 0 ? w + 2 : strncasecmp(w, "Ctrl-", 5) == 0 ? w + 5
										    : NULL;
	if (c && isalpha((unsigned char)c[0]) && !c[1]) {
		*fn = false, *code = tolower((unsigned char)c[0]) - 'a' + 1;
		return true;
	}
	return false;
}

/* Elements that take a colour, by the pair they are drawn with. */
static const struct {
	const char *name;
	short pair;
} elements[] = {
	{ "header", PAIR_HEADER },   { "focus", PAIR_FOCUS },   { "furniture", PAIR_FURN },
	{ "match", PAIR_MATCH },     { "status", PAIR_STATUS }, { "meta", PAIR_META },
	{ "text", PAIR_TEXT },
	{ "disagree", PAIR_VERDICT + VERDICT_DISAGREE }, { "partial", PAIR_VERDICT + VERDICT_PARTIAL },
	{ "agree", PAIR_VERDICT + VERDICT_AGREE },       { "single", PAIR_VERDICT + VERDICT_SINGLE },
	{ "unclear", PAIR_VERDICT + VERDICT_UNCLEAR },
};

static const char *const colour_names[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
};

/* "red", "default", "color208" (0-255): -1 for the terminal's default. */
static bool colour_named(const char *w, short *out)
{
	if (strcasecmp(w, "default") == 0) {
		*out = -1;
		return true;
	}
	for (short i = 0; i < 8; i++)
		if (strcasecmp(w, colour_names[i]) == 0) {
			*out = i;
			return true;
		}
	int n;
	char end;
	if ((strncasecmp(w, "color", 5) == 0 || strncasecmp(w, "colour", 6) == 0) &&
	    sscanf(w + (w[5] == 'u' || w[5] == 'U' ? 6 : 5), "%d%c", &n, &end) == 1 && n >= 0 &&
	    n <= 255) {
		*out = (short)n;
		return true;
	}
	return false;
}

/* ---- reading -------------------------------------------------------------- */

struct reader {
	struct tui_config *c;
	const char *file;
	size_t line;
	struct buf *errors;
};

static void complain(struct reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void complain(struct reader *r, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	buf_addf(r->errors, "%s:%zu: %s\n", r->file, r->line, msg);
}

static bool push_binding(struct tui_config *c, bool fn, int code, enum tui_action act)
{
	for (size_t i = 0; i < c->nbinds; i++)
		if (c->binds[i].fn == fn && c->binds[i].code == code) {
			c->binds[i].act = act;
			return true;
		}
	if (c->nbinds == sizeof c->binds / sizeof c->binds[0])
		return false;
	c->binds[c->nbinds++] = (struct config_binding){ fn, code, act };
	return true;
}

/* "on", "off", "yes", "no", "true", "false", "1", "0": 1 or 0; -1 else. */
static int boolean(const char *w)
{
	if (!strcasecmp(w, "on") || !strcasecmp(w, "yes") || !strcasecmp(w, "true") || !strcmp(w, "1"))
		return 1;
	if (!strcasecmp(w, "off") || !strcasecmp(w, "no") || !strcasecmp(w, "false") || !strcmp(w, "0"))
		return 0;
	return -1;
}

static void command_set(struct reader *r, char **w, size_t n)
{
	/* "set NAME = VALUE", "set NAME VALUE", "set NAME=VALUE", "set
	 * NAME= VALUE", "set NAME =VALUE": split the words at '=' first */
	static char eq_word[] = "=";
	char *x[8];
	size_t m = 0;
	for (size_t i = 0; i < n && m < 8; i++) {
		char *p = w[i];
		for (;;) {
			char *eq = strchr(p, '=');
			if (!eq) {
				if (*p)
					x[m++] = p;
				break;
			}
			*eq = '\0';
			if (*p && m < 8)
				x[m++] = p;
			if (m < 8)
				x[m++] = eq_word;
			p = eq + 1;
			if (m >= 8)
				break;
		}
	}
	w = x;
	n = m;
	size_t v = n >= 4 && strcmp(w[2], "=") == 0 ? 3 : 2;
	if (n != v + 1 || strcmp(w[v], "=") == 0) {
		complain(r, "set takes a name and a value (set marks = off)");
		return;
	}
	if (strcasecmp(w[1], "theme") == 0) {
		int th = theme_find(w[v]);
		char known[128];
		tui_theme_list(known, sizeof known);
		if (th < 0)
			complain(r, "no theme '%s' (%s)", w[v], known);
		else
			r->c->theme = th;
		return;
	}
	static const char *const names[] = { "marks", "sync", "panel", "furniture", "color" };
	int *slots[] = { &r->c->marks, &r->c->sync, &r->c->panel, &r->c->furniture, &r->c->color };
	int b = boolean(w[v]);
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strcasecmp(w[1], names[i]) != 0 && !(i == 4 && strcasecmp(w[1], "colour") == 0))
			continue;
		if (b < 0)
			complain(r, "%s is on or off, not '%s'", names[i], w[v]);
		else
			*slots[i] = b;
		return;
	}
	complain(r, "no option '%s' (marks, sync, panel, furniture, color, theme)", w[1]);
}

static void command_bind(struct reader *r, char **w, size_t n, bool unbind)
{
	bool fn;
	int code;
	if (n != (unbind ? 2u : 3u)) {
		complain(r, unbind ? "unbind takes a key (unbind s)" : "bind takes a key and an action "
								 "(bind x quit)");
		return;
	}
	if (!config_key_named(w[1], &fn, &code)) {
		complain(r, "no key '%s' (a printable ASCII character or a key's name)", w[1]);
		return;
	}
	if (!fn && code >= '0' && code <= '9') {
		complain(r, "digits are counts (5j) and cannot be bound");
		return;
	}
	enum tui_action act = ACT_NONE;
	if (!unbind && (act = action_named(w[2])) == ACT_NONE) {
		complain(r, "no action '%s' (the names are listed in newsdiff(1))", w[2]);
		return;
	}
	if (!push_binding(r->c, fn, code, act))
		complain(r, "too many bindings");
}

static void command_color(struct reader *r, char **w, size_t n)
{
	if (n != 3 && n != 4) {
		complain(r, "color takes an element and one or two colours (color disagree red)");
		return;
	}
	for (size_t i = 0; i < sizeof elements / sizeof elements[0]; i++) {
		if (strcasecmp(w[1], elements[i].name) != 0)
			continue;
		short fg, bg = -1;
		if (!colour_named(w[2], &fg) || (n == 4 && !colour_named(w[3], &bg))) {
			complain(r, "no colour '%s' (black, red, green, yellow, blue, magenta, cyan, "
				    "white, default or color0 to color255)",
				 colour_named(w[2], &fg) ? w[3] : w[2]);
			return;
		}
		struct theme_colour *cc = &r->c->colours[elements[i].pair];
		cc->set = true, cc->fg = fg, cc->bg = bg;
		return;
	}
	complain(r, "no element '%s' (header, focus, furniture, match, status, meta, text, "
		    "disagree, partial, agree, single, unclear)", w[1]);
}

static void read_line(struct reader *r, char *s)
{
	char *w[8];
	size_t n = 0;
	for (char *save = NULL, *t = strtok_r(s, " \t\r", &save); t;
	     t = strtok_r(NULL, " \t\r", &save)) {
		/* "#" starts a comment, but for the key of bind or unbind */
		if (t[0] == '#' && !(n == 1 && !t[1] && (strcmp(w[0], "bind") == 0 ||
							  strcmp(w[0], "unbind") == 0)))
			break;
		if (n == sizeof w / sizeof w[0]) {
			complain(r, "too many words");
			return;
		}
		w[n++] = t;
	}
	if (n == 0)
		return;
	if (strcmp(w[0], "set") == 0)
		command_set(r, w, n);
	else if (strcmp(w[0], "bind") == 0)
		command_bind(r, w, n, false);
	else if (strcmp(w[0], "unbind") == 0)
		command_bind(r, w, n, true);
	else if (strcmp(w[0], "color") == 0 || strcmp(w[0], "colour") == 0)
		command_color(r, w, n);
	else
		complain(r, "no command '%s' (set, bind, unbind, color)", w[0]);
}

/* The default place: $XDG_CONFIG_HOME/newsdiff/config, else
 * ~/.config/newsdiff/config; false when neither can be named. */
static bool default_path(char *out, size_t cap)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	if (xdg && xdg[0] == '/')
		return (size_t)snprintf(out, cap, "%s/newsdiff/config", xdg) < cap;
	if (home && home[0])
		return (size_t)snprintf(out, cap, "%s/.config/newsdiff/config", home) < cap;
	return false;
}

struct tui_config *tui_config_load(const char *path, char **errors)
{
	*errors = NULL;
	struct tui_config *c = calloc(1, sizeof *c);
	struct buf err;
	buf_init(&err, 1 << 16);
	if (!c)
		return NULL;
	c->marks = c->sync = c->panel = c->furniture = c->color = c->theme = -1;
	char where[4096];
	bool named = path != NULL;
	if (!named && !default_path(where, sizeof where))
		return c;
	const char *file = named ? path : where;
	FILE *f = fopen(file, "r");
	struct stat st;
	if (f && fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		f = NULL;
		buf_addf(&err, "%s: %s\n", file, strerror(EISDIR));
	} else if (!f) {
		/* the default file need not be there; a file named must */
		if (named || errno != ENOENT)
			buf_addf(&err, "%s: %s\n", file, strerror(errno));
	} else {
		struct reader r = { c, file, 0, &err };
		char line[1024];
		size_t total = 0;
		while (fgets(line, sizeof line, f)) {
			size_t len = strlen(line);
			r.line++;
			total += len;
			if (total > CONFIG_MAX_BYTES) {
				complain(&r, "the file is too long; the rest is skipped");
				break;
			}
			if (len && line[len - 1] != '\n' && !feof(f)) {
				complain(&r, "line too long");
				int ch;
				while ((ch = fgetc(f)) != EOF && ch != '\n') {
				}
				continue;
			}
			if (len && line[len - 1] == '\n')
				line[len - 1] = '\0';
			read_line(&r, line);
		}
		fclose(f);
	}
	if (err.len)
		*errors = buf_detach(&err, NULL);
	buf_release(&err);
	return c;
}

void tui_config_free(struct tui_config *c)
{
	free(c);
}
