/* Keys and the mouse to actions.  Which key does what is keys.h, the one
 * table; this file looks keys up in it and carries the actions out. */
#include "tui/screen.h"

#include <stdio.h>
#include <string.h>

#include "analyse/naming.h"

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

/* The config file's binding of a key, or NULL. */
static const struct config_binding *bound(const struct tui *t, bool fn, int code)
{
	const struct tui_config *c = t ? t->config : NULL;
	for (size_t i = 0; c && i < c->nbinds; i++)
		if (c->binds[i].fn == fn && c->binds[i].code == code)
			return &c->binds[i];
	return NULL;
}

/* A key's name for the help: the table's, else a printable one. */
static void binding_key_name(bool fn, int code, char *out, size_t cap)
{
	for (size_t b = 0; b < NBIND; b++)
		if (bindings[b].fn == fn && bindings[b].code == code) {
			snprintf(out, cap, "%s", bindings[b].name);
			return;
		}
	if (fn && code >= KEY_F(1) && code <= KEY_F(12))
		snprintf(out, cap, "F%d", code - KEY_F(0));
	else if (!fn && code >= 1 && code <= 26)
		snprintf(out, cap, "Ctrl-%c", 'A' + code - 1);
	else if (!fn && code > ' ' && code < 127)
		snprintf(out, cap, "%c", code);
	else
		snprintf(out, cap, "key %d", code);
}

void input_keys_of(const struct tui *t, enum tui_action act, char *buf, size_t cap)
{
	if (cap)
		buf[0] = '\0';
	for (size_t b = 0; b < NBIND; b++) {
		/* a key the config file binds anew is listed with its new action */
		if (bindings[b].act != act || bound(t, bindings[b].fn, bindings[b].code))
			continue;
		size_t len = strlen(buf);
		snprintf(buf + len, cap - len, "%s%s", len ? ", " : "", bindings[b].name);
	}
	const struct tui_config *c = t ? t->config : NULL;
	for (size_t i = 0; c && i < c->nbinds; i++) {
		if (c->binds[i].act != act || act == ACT_NONE)
			continue;
		char name[32];
		binding_key_name(c->binds[i].fn, c->binds[i].code, name, sizeof name);
		size_t len = strlen(buf);
		snprintf(buf + len, cap - len, "%s%s", len ? ", " : "", name);
	}
}

const char *input_help_of(enum tui_action act)
{
	return action_help[act];
}

static enum tui_action lookup(const struct tui *t, bool fn, int code)
{
	const struct config_binding *b = bound(t, fn, code);
	if (b)
		return b->act;
	for (size_t i = 0; i < NBIND; i++)
		if (bindings[i].fn == fn && bindings[i].code == code)
			return bindings[i].act;
	return ACT_NONE;
}

/* Scrolling and focus: the text itself. */
static bool move_action(struct tui *t, enum tui_action act)
{
	long page = t->g.body_rows > 1 ? t->g.body_rows - 1 : 1;
	long half = t->g.body_rows > 3 ? t->g.body_rows / 2 : 1;
	size_t n = t->story->n;
	switch (act) {
	case ACT_DOWN: screen_scroll(t, 1); return true;
	case ACT_UP: screen_scroll(t, -1); return true;
	case ACT_PAGE_DOWN: screen_scroll(t, page); return true;
	case ACT_PAGE_UP: screen_scroll(t, -page); return true;
	case ACT_HALF_DOWN: screen_scroll(t, half); return true;
	case ACT_HALF_UP: screen_scroll(t, -half); return true;
	case ACT_TOP: screen_scroll(t, -(long)(1L << 30)); return true;
	case ACT_BOTTOM: screen_scroll(t, 1L << 30); return true;
	case ACT_NEXT_COL: screen_focus(t, t->focus + 1 < n ? t->focus + 1 : 0); return true;
	case ACT_PREV_COL: screen_focus(t, t->focus > 0 ? t->focus - 1 : n - 1); return true;
	default: return false;
	}
}

/* The detail of the chosen fact; with none chosen, of the first marked
 * fact in view in the focused report. */
static void open_detail(struct tui *t, bool quote)
{
	if (!t->cmp) {
		screen_say(t, "no facts were found");
		return;
	}
	if (!screen_chosen(t)) {
		long r = marks_first_row_in_view(t, t->focus);
		if (r < 0) {
			screen_say(t, "no fact marked in view (F opens the facts panel)");
			return;
		}
		panel_choose(t, (size_t)r);
	}
	const struct row *r = screen_chosen(t);
	pager_open(t, quote && r->kind == FACT_QUOTE ? VIEW_QUOTE : VIEW_DETAIL);
}

/* The next theme, said on the status line; an open view is built again
 * in it (its runs hold the theme's attributes). */
static void next_theme(struct tui *t)
{
	term_set_theme(t, (t->theme + 1) % theme_count());
	pager_rebuild(t);
	const char *name = theme_at(t->theme)->name;
	if (t->color)
		screen_say(t, "theme: %s", name);
	else
		screen_say(t, "theme: %s, drawn as mono (colour is off here)", name);
}

/* The names view: choose the name delta on (back when negative), round
 * past either end. */
static void names_choose(struct tui *t, long delta)
{
	size_t n = t->cmp && t->cmp->names ? t->cmp->names->n : 0;
	if (n == 0)
		return;
	long v = ((long)t->names_sel + delta) % (long)n;
	t->names_sel = (size_t)(v < 0 ? v + (long)n : v);
	pager_rebuild(t);
	screen_say(t, "name %zu of %zu: %s", t->names_sel + 1, n, t->cmp->names->v[t->names_sel].name);
	t->transient = true;
}

/* From the names view to the chosen name's sentences: its row of how it
 * is described (a person's: title or role), each report at its sentence;
 * without one, a search for the name. */
static void names_jump(struct tui *t)
{
	const struct naming *nm = t->cmp ? t->cmp->names : NULL;
	if (!nm || t->names_sel >= nm->n)
		return;
	const struct naming_entity *e = &nm->v[t->names_sel];
	char want[300];
	if (e->person)
		snprintf(want, sizeof want, "%s: title or role", e->name);
	else
		snprintf(want, sizeof want, "how %s is described", e->name);
	for (size_t i = 0; i < t->cmp->nrows; i++)
		if (strcmp(t->cmp->rows[i].question, want) == 0) {
			pager_close(t);
			panel_choose(t, i);
			screen_say(t, "%s: each outlet's words at their sentence (d: back to the names)",
				   e->name);
			return;
		}
	pager_close(t);
	snprintf(t->query, sizeof t->query, "%s", e->name);
	search_refresh(t, false);
	search_step(t, 1);
}

/* Close the view on top: the help or a detail, else the facts panel.
 * False when nothing was open. */
static bool close_top(struct tui *t)
{
	if (t->pager) {
		pager_close(t);
		return true;
	}
	if (t->panel) {
		panel_toggle(t);
		return true;
	}
	return false;
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
	case ACT_HELP: pager_open(t, VIEW_HELP); break;
	case ACT_FACTS: panel_toggle(t); break;
	case ACT_FILTER: panel_next_filter(t); break;
	case ACT_PAIR: panel_pair(t); break;
	case ACT_NEXT_DISAGREE: panel_step_disagreement(t, 1, 1); break;
	case ACT_PREV_DISAGREE: panel_step_disagreement(t, -1, 1); break;
	case ACT_DETAIL: open_detail(t, false); break;
	case ACT_QUOTE: open_detail(t, true); break;
	case ACT_MARKS: marks_toggle(t); break;
	case ACT_BROWSE: browse_focused(t); break;
	case ACT_AGREEMENT:
		if (t->story->n < 2)
			screen_say(t, "one report: no other to agree or disagree with");
		else if (t->cmp)
			pager_open(t, VIEW_AGREEMENT);
		else
			screen_say(t, "no facts were found");
		break;
	case ACT_EXPORT: export_prompt(t); break;
	case ACT_NAMES:
		if (t->cmp)
			pager_open(t, VIEW_NAMES);
		else
			screen_say(t, "no facts were found");
		break;
	case ACT_TOUR:
		if (t->touring)
			tour_leave(t);
		else
			tour_start(t);
		break;
	case ACT_THEME: next_theme(t); break;
	case ACT_ERRORS:
		if (t->story->nerr || story_has_warnings(t->story))
			pager_open(t, VIEW_ERRORS);
		else
			screen_say(t, "every report was loaded");
		break;
	case ACT_REDRAW: clearok(curscr, TRUE); break;
	case ACT_CLOSE:
		if (!close_top(t))
			screen_say(t, "nothing to close (q quits)");
		break;
	case ACT_QUIT:
		if (!close_top(t))
			t->quit = true;
		break;
	/* done above; listed so that a new action without a case warns */
	case ACT_DOWN: case ACT_UP: case ACT_PAGE_DOWN: case ACT_PAGE_UP:
	case ACT_HALF_DOWN: case ACT_HALF_UP:
	case ACT_TOP: case ACT_BOTTOM: case ACT_NEXT_COL: case ACT_PREV_COL:
	case ACT_NONE: case ACT__COUNT:
		break;
	}
}

/* A key the open view has no use for: how to close it, until the next key. */
static void hint_close(struct tui *t)
{
	screen_say(t, "q or Esc closes this view");
	t->transient = true;
}

/* Keys while a view (help, detail, quotation) is open: they scroll it;
 * ] and [ step its row to the next disagreement; ? and F1 open the help
 * over a detail; q and Esc close it. */
static void view_action(struct tui *t, enum tui_action act, unsigned times)
{
	long h = t->g.rows > 4 ? t->g.rows - 4 : 1;
	enum view kind = pager_kind(t);
	switch (act) {
	case ACT_DOWN: pager_scroll(t, (long)times); break;
	case ACT_UP: pager_scroll(t, -(long)times); break;
	case ACT_PAGE_DOWN: pager_scroll(t, h * (long)times); break;
	case ACT_PAGE_UP: pager_scroll(t, -h * (long)times); break;
	case ACT_HALF_DOWN: pager_scroll(t, h / 2 * (long)times); break;
	case ACT_HALF_UP: pager_scroll(t, -h / 2 * (long)times); break;
	case ACT_TOP: pager_scroll(t, -(long)(1L << 30)); break;
	case ACT_BOTTOM: pager_scroll(t, 1L << 30); break;
	case ACT_NEXT_DISAGREE:
	case ACT_PREV_DISAGREE:
		if (kind == VIEW_NAMES) {
			names_choose(t, act == ACT_NEXT_DISAGREE ? (long)times : -(long)times);
			break;
		}
		if (kind == VIEW_HELP)
			break;
		panel_step_disagreement(t, act == ACT_NEXT_DISAGREE ? 1 : -1, times);
		open_detail(t, kind == VIEW_QUOTE);
		break;
	case ACT_HELP:
		if (kind == VIEW_HELP)
			pager_close(t);
		else
			pager_open(t, VIEW_HELP);
		break;
	case ACT_DETAIL:  /* from the quotation view to its detail, and back */
	case ACT_QUOTE:
		if (kind == VIEW_NAMES && act == ACT_DETAIL)
			names_jump(t);
		else if (kind == VIEW_QUOTE || kind == VIEW_DETAIL)
			open_detail(t, act == ACT_QUOTE);
		else
			hint_close(t);
		break;
	case ACT_ERRORS:
	case ACT_NAMES:
		if ((act == ACT_ERRORS && kind == VIEW_ERRORS) || (act == ACT_NAMES && kind == VIEW_NAMES))
			pager_close(t);
		else
			do_action(t, act);
		break;
	case ACT_CLOSE:
	case ACT_QUIT: pager_close(t); break;
	case ACT_REDRAW: clearok(curscr, TRUE); break;
	case ACT_THEME: next_theme(t); break;
	default:
		hint_close(t);
		break;
	}
}

/* Actions that a number before them repeats. */
static bool repeats(enum tui_action act)
{
	switch (act) {
	case ACT_DOWN: case ACT_UP: case ACT_PAGE_DOWN: case ACT_PAGE_UP:
	case ACT_HALF_DOWN: case ACT_HALF_UP: case ACT_NEXT_COL: case ACT_PREV_COL:
	case ACT_NEXT_MATCH: case ACT_PREV_MATCH: case ACT_NEXT_DISAGREE: case ACT_PREV_DISAGREE:
		return true;
	default:
		return false;
	}
}

/* Actions that show or choose facts (while the second thread finds
 * them, they wait). */
static bool needs_facts(enum tui_action act)
{
	switch (act) {
	case ACT_FACTS: case ACT_FILTER: case ACT_PAIR: case ACT_NEXT_DISAGREE:
	case ACT_PREV_DISAGREE: case ACT_DETAIL: case ACT_QUOTE: case ACT_MARKS:
	case ACT_AGREEMENT: case ACT_NAMES: case ACT_TOUR: case ACT_EXPORT:
		return true;
	default:
		return false;
	}
}

static void unknown_key(struct tui *t, bool fn, int code)
{
	const char *hint = t->pager ? "q or Esc closes this view" : "? lists the keys";
	if (!fn && code > 32 && code < 127)
		screen_say(t, "no key %c here (%s)", (char)code, hint);
	else
		screen_say(t, "no such key here (%s)", hint);
}

void input_key(struct tui *t, bool fn, int code)
{
	/* the legend of the marks at the start, a count's echo, how to close a
	 * view: gone with the next key or change of size */
	if (t->transient) {
		t->transient = false;
		t->message[0] = '\0';
	}
	if (fn && code == KEY_RESIZE) {
		screen_resize(t, LINES, COLS);
		tour_align(t);
		/* all of it again: a terminal that reflowed a frame drawn at
		 * the old size must not keep pieces of it */
		if (!t->headless)
			clearok(curscr, TRUE);
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
	/* a count: "5j" */
	if (!fn && code >= '0' && code <= '9' && (code != '0' || t->count)) {
		if (t->count < 100000)
			t->count = t->count * 10 + (unsigned)(code - '0');
		screen_say(t, "%u", t->count);
		t->transient = true;
		return;
	}
	unsigned times = t->count ? t->count : 1;
	t->count = 0;
	enum tui_action act = lookup(t, fn, code);
	if (t->pager) {
		if (act == ACT_NONE) {
			unknown_key(t, fn, code);
			t->transient = true;
		} else
			view_action(t, act, times);
		return;
	}
	if (t->pending && needs_facts(act)) {
		screen_say(t, "the facts are still being found (a moment)");
		t->pending_said = true;
		return;
	}
	if (tour_key(t, fn, code, act))
		return;
	/* a message stays until something happens to the reports */
	if (act != ACT_HELP)
		t->message[0] = '\0';
	if (act == ACT_NONE) {
		unknown_key(t, fn, code);
		return;
	}
	if (act == ACT_NEXT_DISAGREE || act == ACT_PREV_DISAGREE) {
		/* one step of times, so that coming round is said */
		panel_step_disagreement(t, act == ACT_NEXT_DISAGREE ? 1 : -1, times);
		return;
	}
	if (!repeats(act))
		times = 1;
	for (unsigned i = 0; i < times && !t->quit; i++)
		do_action(t, act);
}

/* Which report column is at screen column x, or -1. */
static long column_at(const struct tui *t, int x)
{
	for (int i = 0; i < t->g.nvis; i++)
		if (x >= t->g.x[i] && x < t->g.x[i] + t->g.w[i])
			return (long)t->g.art[i];
	return -1;
}

void input_mouse(struct tui *t, enum mouse_kind kind, int x, int y)
{
	if (t->g.too_small || t->prompting)
		return;
	if (t->pager) {
		if (kind != CLICK)
			pager_scroll(t, kind == WHEEL_DOWN ? 3 : -3);
		return;
	}
	if (panel_mouse(t, kind, y))
		return;
	long col = column_at(t, x);
	if (col < 0)
		return;
	if (kind == CLICK) {
		if (y < t->g.body_top || y >= t->g.body_top + t->g.body_rows) {
			if (y < t->g.status_row)
				screen_focus(t, (size_t)col);
			return;
		}
		/* a click on a marked fact opens its detail */
		long r = marks_row_at_cell(t, (size_t)col, x, y);
		screen_focus(t, (size_t)col);
		if (r >= 0) {
			panel_choose(t, (size_t)r);
			pager_open(t, VIEW_DETAIL);
		}
		return;
	}
	/* The wheel scrolls the report under the pointer. */
	size_t saved = t->focus;
	t->focus = (size_t)col;
	screen_scroll(t, kind == WHEEL_DOWN ? 3 : -3);
	t->focus = saved;
}
