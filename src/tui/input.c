/* Keys and the mouse to actions.  Which key does what is keys.h, the one
 * table; this file looks keys up in it and carries the actions out. */
#include "tui/screen.h"

#include <stdio.h>
#include <string.h>

struct binding {
	bool fn;
	int code;
	const char *name;
	enum tui_action act;
};

static const struct binding bindings[] = {
#define ND_BIND(fn, code, name, act) { fn, code, name, ACT_##act },
	ND_BINDINGS(ND_BIND)
#undef ND_BIND
};
#define NBIND (sizeof bindings / sizeof bindings[0])

static const char *const action_help[] = {
	"",
#define ND_ACT_HELP(name, help) help,
	ND_ACTIONS(ND_ACT_HELP)
#undef ND_ACT_HELP
};

size_t tui_key_names(const char **names, size_t cap)
{
	size_t n = 0;
	for (size_t i = 0; i < NBIND && n + 1 < cap; i++)
		names[n++] = bindings[i].name;
	if (cap)
		names[n] = NULL;
	return n;
}

void input_keys_of(enum tui_action act, char *buf, size_t cap)
{
	if (cap)
		buf[0] = '\0';
	for (size_t b = 0; b < NBIND; b++) {
		if (bindings[b].act != act)
			continue;
		size_t len = strlen(buf);
		snprintf(buf + len, cap - len, "%s%s", len ? ", " : "", bindings[b].name);
	}
}

const char *input_help_of(enum tui_action act)
{
	return action_help[act];
}

static enum tui_action lookup(bool fn, int code)
{
	for (size_t i = 0; i < NBIND; i++)
		if (bindings[i].fn == fn && bindings[i].code == code)
			return bindings[i].act;
	return ACT_NONE;
}

/* Scrolling and focus: the text itself. */
static bool move_action(struct tui *t, enum tui_action act)
{
	long page = t->g.body_rows > 1 ? t->g.body_rows - 1 : 1;
	size_t n = t->story->n;
	switch (act) {
	case ACT_DOWN: screen_scroll(t, 1); return true;
	case ACT_UP: screen_scroll(t, -1); return true;
	case ACT_PAGE_DOWN: screen_scroll(t, page); return true;
	case ACT_PAGE_UP: screen_scroll(t, -page); return true;
	case ACT_TOP: screen_scroll(t, -(long)(1L << 30)); return true;
	case ACT_BOTTOM: screen_scroll(t, 1L << 30); return true;
	case ACT_NEXT_COL: screen_focus(t, t->focus + 1 < n ? t->focus + 1 : 0); return true;
	case ACT_PREV_COL: screen_focus(t, t->focus > 0 ? t->focus - 1 : n - 1); return true;
	default: return false;
	}
}

static void do_action(struct tui *t, enum tui_action act)
{
	if (panel_action(t, act) || move_action(t, act))
		return;
	switch (act) {
	case ACT_SYNC:
		t->sync = !t->sync;
		screen_say(t, "scroll together: %s", t->sync ? "on" : "off");
		break;
	case ACT_FURNITURE: screen_toggle_furniture(t); break;
	case ACT_SEARCH: search_prompt(t); break;
	case ACT_NEXT_MATCH: search_step(t, 1); break;
	case ACT_PREV_MATCH: search_step(t, -1); break;
	case ACT_HELP: t->help = !t->help; break;
	case ACT_FACTS: panel_toggle(t); break;
	case ACT_NEXT_DISAGREE: panel_step_disagreement(t, 1); break;
	case ACT_PREV_DISAGREE: panel_step_disagreement(t, -1); break;
	case ACT_QUOTE: quote_open(t); break;
	case ACT_MARKS: marks_toggle(t); break;
	case ACT_REDRAW: clearok(curscr, TRUE); break;
	case ACT_QUIT: t->quit = true; break;
	/* done above; listed so that a new action without a case warns */
	case ACT_DOWN: case ACT_UP: case ACT_PAGE_DOWN: case ACT_PAGE_UP:
	case ACT_TOP: case ACT_BOTTOM: case ACT_NEXT_COL: case ACT_PREV_COL:
	case ACT_NONE: case ACT__COUNT:
		break;
	}
}

void input_key(struct tui *t, bool fn, int code)
{
	if (fn && code == KEY_RESIZE) {
		screen_resize(t, LINES, COLS);
		return;
	}
	if (fn && code == KEY_ENTER) { /* the keypad's Enter is Enter */
		fn = false;
		code = '\r';
	}
	if (t->prompting) {
		search_prompt_key(t, fn, code);
		return;
	}
	if (t->help || t->quote_view) {
		t->help = false;  /* any key closes the help or the quotation */
		t->quote_view = false;
		if (lookup(fn, code) != ACT_QUIT)
			return;
	}
	enum tui_action act = lookup(fn, code);
	if (act != ACT_HELP && act != ACT_NONE)
		t->message[0] = '\0';  /* a message stays until something happens */
	do_action(t, act);
}

/* Which report column is at screen column x, or -1. */
static long column_at(const struct tui *t, int x)
{
	for (int i = 0; i < t->g.nvis; i++)
		if (x >= t->g.x[i] && x < t->g.x[i] + t->g.w[i])
			return (long)(t->g.first + (size_t)i);
	return -1;
}

void input_mouse(struct tui *t, enum mouse_kind kind, int x, int y)
{
	if (t->g.too_small || t->help || t->prompting || t->quote_view)
		return;
	if (panel_mouse(t, kind, y))
		return;
	long col = column_at(t, x);
	if (col < 0)
		return;
	if (kind == CLICK) {
		if (y < t->g.status_row)
			screen_focus(t, (size_t)col);
		return;
	}
	/* The wheel scrolls the report under the pointer. */
	size_t saved = t->focus;
	t->focus = (size_t)col;
	screen_scroll(t, kind == WHEEL_DOWN ? 3 : -3);
	t->focus = saved;
}
