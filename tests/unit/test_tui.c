/* Unit tests of the screen, headless: newterm onto /dev/null, keys fed as
 * scripts, the virtual screen read back (src/tui/). */
#define _XOPEN_SOURCE_EXTENDED 1
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <curses.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyse/compare.h"
#include "analyse/naming.h"
#include "analyse/qdiff.h"
#include "helpers.h"
#include "load/story.h"
#include "tui/tui.h"

static struct story story;
static SCREEN *scr;
static FILE *nul_out, *nul_in;

static int setup(void **state)
{
	setlocale(LC_ALL, "C.UTF-8");
	char *paths[] = { (char *)tree_path("articles/journalists-tracked") };
	if (story_load(&story, paths, 1) != ND_E_OK)
		return -1;
	nul_out = fopen("/dev/null", "w");
	nul_in = fopen("/dev/null", "r");
	scr = newterm("xterm", nul_out, nul_in);
	return scr ? 0 : -1;
}

static int teardown(void **state)
{
	endwin();
	delscreen(scr);
	fclose(nul_out);
	fclose(nul_in);
	story_release(&story);
	return 0;
}

/* A fresh screen state at cols x rows, colour as asked. */
static struct tui *open_at(int cols, int rows, bool color)
{
	resize_term(rows, cols);
	struct tui_opts o = { .color = color };
	struct tui *t = tui_new(&story, &o);
	assert_non_null(t);
	return t;
}

/* The screen as text (caller frees). */
static char *screen_text(struct tui *t)
{
	char *s = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&s, &n);
	tui_draw(t);
	tui_dump(f);
	fclose(f);
	return s;
}

static bool screen_has(struct tui *t, const char *what)
{
	char *s = screen_text(t);
	bool r = strstr(s, what) != NULL;
	free(s);
	return r;
}

/* A "[…]" (words left out) on a line of the quotation view other than
 * its legend. */
static bool screen_has_cut(struct tui *t)
{
	char *s = screen_text(t);
	bool r = false;
	for (char *line = s; line && *line && !r;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		r = strstr(line, "[\xe2\x80\xa6]") && !strstr(line, "reverse: words only");
		line = nl ? nl + 1 : NULL;
	}
	free(s);
	return r;
}

/* Row y as text. */
static void row_text(int y, char *out, size_t cap)
{
	char *s = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&s, &n);
	tui_dump(f);
	fclose(f);
	char *line = s;
	for (int i = 0; i < y && line; i++) {
		line = strchr(line, '\n');
		if (line)
			line++;
	}
	size_t len = line ? strcspn(line, "\n") : 0;
	snprintf(out, cap, "%.*s", (int)len, line ? line : "");
	free(s);
}

static void all_five_outlets_at_200x50(void **state)
{
	struct tui *t = open_at(200, 50, true);
	const char *outlets[] = { "FBA News", "AFP", "The Register", "UNILAD", "SiliconANGLE" };
	for (int i = 0; i < 5; i++)
		assert_true(screen_has(t, outlets[i]));
	assert_false(screen_has(t, " of 5"));  /* no range: all are shown */
	tui_free(t);
}

static void focus_moves_with_a_range_indicator(void **state)
{
	struct tui *t = open_at(80, 24, false);
	assert_true(screen_has(t, "1-2 of 5"));
	assert_int_equal(tui_feed(t, "lll"), ND_E_OK);
	assert_true(screen_has(t, "3-4 of 5"));
	assert_true(screen_has(t, "\xe2\x96\xb6 UNILAD"));
	assert_int_equal(tui_feed(t, "<Tab>"), ND_E_OK);
	assert_true(screen_has(t, "\xe2\x96\xb6 SiliconANGLE"));
	assert_int_equal(tui_feed(t, "<Tab>"), ND_E_OK);   /* wraps round */
	assert_true(screen_has(t, "\xe2\x96\xb6 FBA News"));
	assert_true(screen_has(t, "1-2 of 5"));
	assert_int_equal(tui_feed(t, "h"), ND_E_OK);
	assert_true(screen_has(t, "4-5 of 5"));
	tui_free(t);
}

static void scrolling_one_column_or_all(void **state)
{
	struct tui *t = open_at(200, 50, false);
	char before[256], after[256];
	tui_draw(t);
	row_text(5, before, sizeof before);
	assert_int_equal(tui_feed(t, "jjj"), ND_E_OK);
	tui_draw(t);
	row_text(5, after, sizeof after);
	/* The first column moved; the second did not. */
	assert_memory_not_equal(before, after, 40);
	assert_memory_equal(before + 40, after + 40, 40);
	assert_int_equal(tui_feed(t, "gsj"), ND_E_OK);  /* sync on, one down */
	tui_draw(t);
	row_text(5, after, sizeof after);
	assert_memory_not_equal(before + 40, after + 40, 40);
	assert_true(screen_has(t, "[sync]"));
	assert_int_equal(tui_feed(t, "G"), ND_E_OK);
	assert_true(screen_has(t, "Bot"));
	tui_free(t);
}

static void mouse_wheel_scrolls_the_column_under_it(void **state)
{
	struct tui *t = open_at(200, 50, false);
	char before[256], after[256];
	tui_draw(t);
	row_text(5, before, sizeof before);
	assert_int_equal(tui_feed(t, "<WheelDown@100,20>"), ND_E_OK);
	tui_draw(t);
	row_text(5, after, sizeof after);
	assert_memory_equal(before, after, 80);  /* columns 1 and 2 untouched */
	assert_memory_not_equal(before + 81, after + 81, 38);
	assert_int_equal(tui_feed(t, "<Click@170,10>"), ND_E_OK);
	assert_true(screen_has(t, "\xe2\x96\xb6 SiliconANGLE"));
	tui_free(t);
}

static void search_highlights_and_moves(void **state)
{
	/* Without colour a matched cell is drawn in reverse video; in colour
	 * the same cell is in the match's colours, not reversed (reverse
	 * would swap them back). */
	static bool rev[50][200];
	struct tui *m = open_at(200, 50, false);
	assert_int_equal(tui_feed(m, "/financial times<Enter>"), ND_E_OK);
	tui_draw(m);
	int reversed = 0;
	for (int y = 5; y < LINES - 1; y++)
		for (int x = 0; x < COLS; x++) {
			cchar_t cc;
			mvin_wch(y, x, &cc);
			rev[y][x] = (cc.attr & A_REVERSE) != 0;
			reversed += rev[y][x];
		}
	assert_true(reversed >= (int)strlen("financial times"));
	tui_free(m);
	struct tui *t = open_at(200, 50, true);
	assert_int_equal(tui_feed(t, "/financial times<Enter>"), ND_E_OK);
	assert_true(screen_has(t, "match 1 of"));
	assert_true(screen_has(t, "in 5 reports"));
	tui_draw(t);
	for (int y = 5; y < LINES - 1; y++)
		for (int x = 0; x < COLS; x++) {
			cchar_t cc;
			mvin_wch(y, x, &cc);
			if (rev[y][x]) {
				assert_true(PAIR_NUMBER((int)(cc.attr & A_COLOR)) != 0);
				assert_false(cc.attr & A_REVERSE);
			}
		}
	assert_int_equal(tui_feed(t, "n"), ND_E_OK);
	assert_true(screen_has(t, "match 2 of"));
	assert_int_equal(tui_feed(t, "NN"), ND_E_OK);  /* back past the first: wraps */
	assert_false(screen_has(t, "match 1 of"));
	assert_int_equal(tui_feed(t, "/no such words anywhere<Enter>"), ND_E_OK);
	assert_true(screen_has(t, "no matches"));
	/* Backspace edits the prompt; Esc leaves it. */
	assert_int_equal(tui_feed(t, "/abx<BS>"), ND_E_OK);
	assert_true(screen_has(t, "/ab"));
	assert_int_equal(tui_feed(t, "<Esc>"), ND_E_OK);
	tui_free(t);
}

static void furniture_folds_and_shows(void **state)
{
	struct tui *t = open_at(200, 50, false);
	assert_int_equal(tui_feed(t, "lllG"), ND_E_OK);  /* UNILAD, at the end */
	assert_true(screen_has(t, "\xe2\x96\xb8 2 furniture: request for comment"));
	assert_false(screen_has(t, "Topics: TikTok"));
	assert_int_equal(tui_feed(t, "fG"), ND_E_OK);
	assert_true(screen_has(t, "\xc2\xa6 Topics: TikTok"));
	assert_true(screen_has(t, "[furniture]"));
	tui_free(t);
	/* showing or folding the furniture keeps the search's place: n goes
	 * on from the match it was at */
	t = open_at(120, 35, false);
	assert_int_equal(tui_feed(t, "/ByteDance<Enter>nnn"), ND_E_OK);
	assert_true(screen_has(t, "match 4 of"));
	assert_int_equal(tui_feed(t, "fn"), ND_E_OK);
	assert_true(screen_has(t, "match 5 of"));
	assert_int_equal(tui_feed(t, "fN"), ND_E_OK);
	assert_true(screen_has(t, "match 4 of"));
	tui_free(t);
	/* the match it was at folded away: N goes to the one before it, n
	 * to the one after */
	t = open_at(120, 35, false);
	assert_int_equal(tui_feed(t, "f/TikTok<Enter>"), ND_E_OK);
	for (int i = 0; i < 38; i++)
		assert_int_equal(tui_feed(t, "n"), ND_E_OK);
	assert_true(screen_has(t, "match 39 of 47"));
	assert_int_equal(tui_feed(t, "fN"), ND_E_OK);
	assert_true(screen_has(t, "match 38 of 45"));
	tui_free(t);
}

static void help_lists_every_action(void **state)
{
	struct tui *t = open_at(80, 30, false);
	assert_int_equal(tui_feed(t, "?"), ND_E_OK);
	assert_true(screen_has(t, "newsdiff: keys and marks"));
	assert_true(screen_has(t, "quit"));
	assert_true(screen_has(t, "search every report"));
	assert_true(screen_has(t, "scroll all reports together"));
	/* a key the help has no use for leaves it open and says how to close it */
	assert_int_equal(tui_feed(t, "x"), ND_E_OK);
	assert_true(screen_has(t, "newsdiff: keys and marks"));
	assert_true(screen_has(t, "q or Esc closes this view"));
	/* the legend of the marks is further down */
	assert_false(screen_has(t, "the mark of the most telling verdict"));
	assert_int_equal(tui_feed(t, "G"), ND_E_OK);
	assert_true(screen_has(t, "the mark of the most telling verdict"));
	/* Esc closes the help, and q with nothing open quits */
	assert_int_equal(tui_feed(t, "<Esc>"), ND_E_OK);
	assert_false(screen_has(t, "newsdiff: keys and marks"));
	assert_false(tui_quit_requested(t));
	assert_int_equal(tui_feed(t, "?q"), ND_E_OK);
	assert_false(tui_quit_requested(t));
	assert_int_equal(tui_feed(t, "q"), ND_E_OK);
	assert_true(tui_quit_requested(t));
	tui_free(t);
}

static void monochrome_keeps_markers(void **state)
{
	struct tui *t = open_at(120, 40, false);
	tui_draw(t);
	for (int y = 0; y < LINES; y++)
		for (int x = 0; x < COLS; x++) {
			cchar_t cc;
			mvin_wch(y, x, &cc);
			assert_int_equal(PAIR_NUMBER((int)(cc.attr & A_COLOR)), 0);
		}
	/* The focused header is marked with a glyph and reverse video. */
	cchar_t cc;
	mvin_wch(0, 0, &cc);
	assert_true(cc.attr & A_REVERSE);
	assert_true(screen_has(t, "\xe2\x96\xb6 FBA News"));
	tui_free(t);
}

/* The cell at (y, x): its first character, attributes and pair. */
static void cell_at(int y, int x, wchar_t *ch, attr_t *attr, short *pair)
{
	cchar_t cc;
	wchar_t wc[CCHARW_MAX + 1];
	mvin_wch(y, x, &cc);
	getcchar(&cc, wc, attr, pair, NULL);
	*ch = wc[0];
}

/* The first row whose text starts with prefix, or -1. */
static int row_starting(const char *prefix)
{
	for (int y = 0; y < LINES; y++) {
		char line[1024];
		row_text(y, line, sizeof line);
		if (strncmp(line, prefix, strlen(prefix)) == 0)
			return y;
	}
	return -1;
}

/* The new views with and without colour: the gutter's marks, the
 * detail's verdict and the value in its sentence keep a glyph and an
 * attribute (bold, reverse video) either way; colour adds the verdict's
 * pair, and only when asked for. */
static void views_with_and_without_colour(void **state)
{
	struct comparison cmp;
	assert_int_equal(compare_story(&story, &cmp), ND_E_OK);
	for (int color = 0; color < 2; color++) {
		resize_term(24, 80);
		struct tui_opts o = { .cmp = &cmp, .color = color != 0 };
		struct tui *t = tui_new(&story, &o);
		assert_non_null(t);
		/* a gutter mark: bold, then a blank cell, then the text */
		tui_draw(t);
		int y = row_starting("1 ");
		assert_true(y > 0);
		wchar_t ch;
		attr_t a;
		short pair;
		cell_at(y, 0, &ch, &a, &pair);
		assert_true(ch == L'1' && (a & A_BOLD));
		short single_pair = pair;
		assert_true(color ? pair != 0 : pair == 0);
		cell_at(y, 1, &ch, &a, &pair);
		assert_true(ch == L' ');
		/* the detail of the first disagreement: its verdict line */
		assert_int_equal(tui_feed(t, "F]<Enter>"), ND_E_OK);
		tui_draw(t);
		y = row_starting(" ! disagree");
		assert_true(y > 0);
		cell_at(y, 1, &ch, &a, &pair);
		assert_true(ch == L'!' && (a & A_BOLD));
		/* each verdict its own colour */
		assert_true(color ? pair != 0 && pair != single_pair : pair == 0);
		/* somewhere a value in reverse video inside its sentence */
		bool reverse = false;
		for (int r = 1; r < LINES - 2 && !reverse; r++)
			for (int x = 16; x < COLS && !reverse; x++) {
				cell_at(r, x, &ch, &a, &pair);
				reverse = (a & A_REVERSE) && ch != L' ';
			}
		assert_true(reverse);
		tui_free(t);
	}
	comparison_release(&cmp);
}

/* Who states which fact (a, below the pairs) reads without colour: each
 * report's mark on a fact's line is its verdict's mark in bold, a quiet
 * dot where the report says nothing; colour only adds the verdict's
 * pair. */
static void coverage_grid_with_and_without_colour(void **state)
{
	struct comparison cmp;
	assert_int_equal(compare_story(&story, &cmp), ND_E_OK);
	/* the disagreement the most reports state, and who states it */
	const struct row *want = NULL;
	size_t nstate = 0;
	for (size_t k = 0; k < cmp.nrows; k++) {
		const struct row *r = &cmp.rows[k];
		size_t n = 0;
		for (size_t i = 0; i < story.n; i++)
			n += row_cell(r, (uint32_t)i) != NULL;
		if (r->verdict == VERDICT_DISAGREE && r->kind != FACT_NAMING && n > nstate) {
			want = r;
			nstate = n;
		}
	}
	assert_non_null(want);
	assert_true(nstate >= 2 && nstate < story.n);
	for (int color = 0; color < 2; color++) {
		resize_term(24, 80);
		struct tui_opts o = { .cmp = &cmp, .color = color != 0 };
		struct tui *t = tui_new(&story, &o);
		assert_non_null(t);
		/* scrolled down to its line: a mark for each report, then its
		 * number and question */
		assert_int_equal(tui_feed(t, "a"), ND_E_OK);
		int y = -1;
		bool heading = false;
		for (int step = 0; step < 80 && y < 0; step++) {
			tui_draw(t);
			for (int r = 1; r < LINES - 2 && y < 0; r++) {
				char line[1024];
				row_text(r, line, sizeof line);
				heading = heading || strstr(line, "Who states which fact") != NULL;
				if (heading && strstr(line, want->question))
					y = r;
			}
			if (y < 0)
				assert_int_equal(tui_feed(t, "j"), ND_E_OK);
		}
		assert_true(y > 0);
		for (size_t i = 0; i < story.n; i++) {
			wchar_t ch;
			attr_t a;
			short pair;
			cell_at(y, 3 + 2 * (int)i, &ch, &a, &pair);
			if (row_cell(want, (uint32_t)i)) {
				assert_true(ch == L'!' && (a & A_BOLD));
				assert_true(color ? pair != 0 : pair == 0);
			} else {
				assert_true(ch == L'.' && !(a & A_BOLD));
			}
		}
		tui_free(t);
	}
	comparison_release(&cmp);
}

/* Keys that open every view of the screen. */
static const char *const view_scripts[] = {
	"",                     /* the reports, the legend */
	"F",                    /* the facts panel */
	"Fc",                   /* ... listing disagreements */
	"Fcccc",                /* ... the two-report filter */
	"F]]",                  /* a disagreement chosen */
	"F]<Enter>",            /* its detail */
	"Fjjjv",                /* a quotation view */
	"?",                    /* the help */
	"?G",                   /* the marks' legend */
	"F]<Enter>?",           /* the help over a detail */
	"enotes.md",            /* the export prompt */
	"/journalist<Enter>",   /* a search */
	"xyz",                  /* an unknown key */
	"a",                    /* who agrees with whom */
	"aG",                   /* ... and, under it, who states which fact */
	"t",                    /* the tour's first step */
	"t       ",             /* a step further on */
	"tq",                   /* the tour left */
	"d",                    /* how each outlet names them */
	"d]]",                  /* ... the third name chosen */
	"d]<Enter>",            /* ... and its sentences */
};
#define NVIEW_SCRIPTS (sizeof view_scripts / sizeof view_scripts[0])

/* Every view of the screen at three sizes, with and without colour: the
 * same characters either way (colour changes attributes only), no colour
 * pair at all without colour, and some with it. */
static void every_view_with_and_without_colour(void **state)
{
	const char *const *scripts = view_scripts;
	static const int sizes[][2] = { { 200, 50 }, { 100, 30 }, { 80, 24 } };
	struct comparison cmp;
	assert_int_equal(compare_story(&story, &cmp), ND_E_OK);
	for (size_t k = 0; k < NVIEW_SCRIPTS; k++)
		for (size_t z = 0; z < 3; z++) {
			char *text[2];
			for (int color = 0; color < 2; color++) {
				resize_term(sizes[z][1], sizes[z][0]);
				struct tui_opts o = { .cmp = &cmp, .color = color != 0 };
				struct tui *t = tui_new(&story, &o);
				assert_non_null(t);
				assert_int_equal(tui_feed(t, scripts[k]), ND_E_OK);
				text[color] = screen_text(t);
				int coloured = 0;
				for (int y = 0; y < LINES; y++)
					for (int x = 0; x < COLS; x++) {
						cchar_t cc;
						mvin_wch(y, x, &cc);
						coloured += PAIR_NUMBER((int)(cc.attr & A_COLOR)) != 0;
					}
				if (color ? coloured == 0 : coloured != 0)
					fail_msg("keys '%s' at %dx%d: %d coloured cells %s colour",
						 scripts[k], sizes[z][0], sizes[z][1], coloured,
						 color ? "with" : "without");
				tui_free(t);
			}
			if (strcmp(text[0], text[1]) != 0)
				fail_msg("keys '%s' at %dx%d: other characters with colour", scripts[k],
					 sizes[z][0], sizes[z][1]);
			free(text[0]);
			free(text[1]);
		}
	comparison_release(&cmp);
}

static void resizes_never_break_the_screen(void **state)
{
	struct tui *t = open_at(200, 50, true);
	assert_int_equal(tui_feed(t, "jjjll/the<Enter>f"), ND_E_OK);
	unsigned seed = 7;
	for (int i = 0; i < 300; i++) {
		seed = seed * 1103515245u + 12345u;
		int cols = 1 + (int)(seed >> 8) % 300;
		seed = seed * 1103515245u + 12345u;
		int rows = 1 + (int)(seed >> 8) % 100;
		char keys[64];
		snprintf(keys, sizeof keys, "<Resize=%dx%d>j", cols, rows);
		assert_int_equal(tui_feed(t, keys), ND_E_OK);
		tui_draw(t);
	}
	assert_int_equal(tui_feed(t, "<Resize=10x4>"), ND_E_OK);
	assert_true(screen_has(t, "too small"));
	assert_int_equal(tui_feed(t, "<Resize=200x50>"), ND_E_OK);
	assert_true(screen_has(t, "SiliconANGLE"));
	tui_free(t);
}

static void unknown_key_names_are_refused(void **state)
{
	struct tui *t = open_at(80, 24, false);
	assert_int_equal(tui_feed(t, "<NoSuchKey>"), ND_E_USAGE);
	assert_int_equal(tui_feed(t, "<Down"), ND_E_USAGE);
	assert_int_equal(tui_feed(t, "<lt>"), ND_E_OK);
	tui_free(t);
}

/* The words and word diff of a quotation cell as the view shows them:
 * the cell's value against the cell with the most words (of those, the
 * first in byte order). */
static void check_quote_row(const struct row *r, struct arena *ar)
{
	struct qwords *w = calloc(r->ncells, sizeof *w);
	assert_non_null(w);
	size_t ref = 0;
	for (size_t k = 0; k < r->ncells; k++) {
		const struct cell *c = &r->cells[k];
		assert_int_equal(qdiff_words(c->value, strlen(c->value), ar, &w[k]), ND_E_OK);
		assert_int_equal(c->nwords, w[k].n);
		for (size_t i = 0; i < w[k].n; i++) {
			assert_int_equal(c->words[i].off, w[k].v[i].off);
			assert_int_equal(c->words[i].len, w[k].v[i].len);
		}
		if (w[k].n > w[ref].n || (w[k].n == w[ref].n && strcmp(c->value, r->cells[ref].value) < 0))
			ref = k;
	}
	for (size_t k = 0; k < r->ncells; k++) {
		struct qop *ops = NULL;
		size_t nops = 0;
		if (k != ref)
			assert_int_equal(qdiff_diff(&w[k], &w[ref], ar, &ops, &nops), ND_E_OK);
		assert_int_equal(r->cells[k].nops, nops);
		if (nops)
			assert_memory_equal(r->cells[k].ops, ops, nops * sizeof *ops);
	}
	free(w);
}

/* The analysis keeps the diff the quotation view draws, for quotations
 * given whole and for those a report gives in pieces (joined). */
static void quotations_carry_the_diff_the_view_draws(void **state)
{
	struct comparison cmp;
	assert_int_equal(compare_story(&story, &cmp), ND_E_OK);
	struct arena ar;
	arena_init(&ar);
	size_t quotes = 0, pieces = 0;
	for (size_t i = 0; i < cmp.nrows; i++) {
		const struct row *r = &cmp.rows[i];
		if (r->kind != FACT_QUOTE) {
			for (size_t k = 0; k < r->ncells; k++)
				assert_true(r->cells[k].words == NULL && r->cells[k].nops == 0);
			continue;
		}
		quotes++;
		for (size_t k = 0; k < r->ncells; k++)
			pieces += r->cells[k].note && strstr(r->cells[k].note, "quoted in pieces");
		check_quote_row(r, &ar);
	}
	assert_true(quotes > 0);
	assert_true(pieces > 0);
	arena_release(&ar);
	comparison_release(&cmp);
}

/* The quotation view draws the stored diff and computes none: without
 * it, no cut is shown. */
static void quotation_view_draws_the_stored_diff(void **state)
{
	struct comparison cmp;
	assert_int_equal(compare_story(&story, &cmp), ND_E_OK);
	/* the first quotation with a cut */
	size_t row = cmp.nrows;
	for (size_t i = 0; i < cmp.nrows && row == cmp.nrows; i++)
		for (size_t k = 0; k < cmp.rows[i].ncells; k++)
			for (size_t o = 0; o < cmp.rows[i].cells[k].nops; o++)
				if (cmp.rows[i].cells[k].ops[o].kind == QOP_ONLY_B)
					row = i;
	assert_true(row < cmp.nrows);
	char keys[1024] = "F";
	for (size_t i = 0; i < row && strlen(keys) + 2 < sizeof keys; i++)
		strcat(keys, "j");
	strcat(keys, "v");
	resize_term(50, 200);
	struct tui_opts o = { .cmp = &cmp };
	struct tui *t = tui_new(&story, &o);
	assert_non_null(t);
	assert_int_equal(tui_feed(t, keys), ND_E_OK);
	assert_true(screen_has(t, "said by"));
	assert_true(screen_has_cut(t));
	/* built again (a new size) from cells without a diff: no cut */
	for (size_t k = 0; k < cmp.rows[row].ncells; k++)
		cmp.rows[row].cells[k].nops = 0;
	assert_int_equal(tui_feed(t, "<Resize=200x50>"), ND_E_OK);
	assert_true(screen_has(t, "said by"));
	assert_false(screen_has_cut(t));
	tui_free(t);
	comparison_release(&cmp);
}

/* e writes the rows the panel lists to the file named at the prompt, in
 * the format its name ends with, and never overwrites a file. */
static void export_writes_what_the_panel_lists(void **state)
{
	struct comparison cmp;
	assert_int_equal(compare_story(&story, &cmp), ND_E_OK);
	size_t disagree = 0;
	for (size_t i = 0; i < cmp.nrows; i++)
		disagree += cmp.rows[i].verdict == VERDICT_DISAGREE;
	assert_true(disagree > 0 && disagree < cmp.nrows);
	char dir[] = "/tmp/nd-export-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char md[64], keys[160];
	snprintf(md, sizeof md, "%s/facts.md", dir);
	resize_term(30, 100);
	struct tui_opts o = { .cmp = &cmp };
	struct tui *t = tui_new(&story, &o);
	assert_non_null(t);
	/* the panel's filter: disagreements only */
	snprintf(keys, sizeof keys, "Fce%s<Enter>", md);
	assert_int_equal(tui_feed(t, keys), ND_E_OK);
	assert_true(screen_has(t, "(Markdown)"));
	FILE *f = fopen(md, "r");
	assert_non_null(f);
	char buf[1 << 16];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	size_t rows = 0;
	for (const char *p = buf; (p = strstr(p, " | disagree |")) != NULL; p++)
		rows++;
	assert_int_equal(rows, disagree);
	assert_null(strstr(buf, " | agree |"));
	/* again: the file is there, and stays as it was */
	assert_int_equal(tui_feed(t, "e"), ND_E_OK);
	snprintf(keys, sizeof keys, "%s<Enter>", md);
	assert_int_equal(tui_feed(t, keys), ND_E_OK);
	assert_true(screen_has(t, "already exists"));
	f = fopen(md, "r");
	assert_non_null(f);
	char again[1 << 16];
	size_t m = fread(again, 1, sizeof again - 1, f);
	fclose(f);
	assert_int_equal(m, n);
	/* JSON, every row once the filter is back to all */
	char js[64];
	snprintf(js, sizeof js, "%s/facts.json", dir);
	snprintf(keys, sizeof keys, "cccce%s<Enter>", js);
	assert_int_equal(tui_feed(t, keys), ND_E_OK);
	assert_true(screen_has(t, "(JSON)"));
	f = fopen(js, "r");
	assert_non_null(f);
	n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	assert_non_null(strstr(buf, "\"rows\""));
	/* the HTML handout for .html and .htm (any case), of the facts
	 * listed: disagreements only, each a fact of its own */
	static const char *const pages[] = { "facts.html", "FACTS.HTM" };
	char html[2][64];
	for (int k = 0; k < 2; k++) {
		snprintf(html[k], sizeof html[k], "%s/%s", dir, pages[k]);
		snprintf(keys, sizeof keys, "%se%s<Enter>", k == 0 ? "c" : "cccc", html[k]);
		assert_int_equal(tui_feed(t, keys), ND_E_OK);
		assert_true(screen_has(t, "(HTML)"));
		char *page = NULL;
		size_t size = 0;
		f = fopen(html[k], "r");
		assert_non_null(f);
		FILE *mem = open_memstream(&page, &size);
		assert_non_null(mem);
		for (size_t got; (got = fread(buf, 1, sizeof buf, f)) > 0;)
			fwrite(buf, 1, got, mem);
		fclose(f);
		fclose(mem);
		assert_memory_equal(page, "<!DOCTYPE html>\n", 16);
		assert_string_equal(page + size - 8, "</html>\n");
		size_t facts = 0;
		for (const char *p = page; (p = strstr(p, "<tbody class=\"fact\"")) != NULL; p++)
			facts++;
		assert_int_equal(facts, k == 0 ? disagree : cmp.nrows);
		if (k == 0)
			assert_null(strstr(page, "<strong>agree</strong>"));
		free(page);
	}
	tui_free(t);
	comparison_release(&cmp);
	remove(md);
	remove(js);
	remove(html[0]);
	remove(html[1]);
	rmdir(dir);
}

/* The config file: its bindings and options act, each line it cannot
 * read is named as FILE:LINE and skipped, a missing default file is no
 * error and a missing file named is one. */
static void config_file_binds_and_reports(void **state)
{
	char path[] = "/tmp/nd-config-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *f = fdopen(fd, "w");
	assert_non_null(f);
	fputs("# keys of one's own\n"
	      "bind x quit\n"
	      "unbind q\n"
	      "set marks = off\n"
	      "\n"
	      "bind Q no-such-action\n"
	      "colour disagree nocolour\n"
	      "set sync\n", f);
	fclose(f);
	char *errors = NULL;
	struct tui_config *c = tui_config_load(path, &errors);
	assert_non_null(c);
	assert_non_null(errors);
	char want[128];
	snprintf(want, sizeof want, "%s:6: no action 'no-such-action'", path);
	assert_non_null(strstr(errors, want));
	snprintf(want, sizeof want, "%s:7: no colour 'nocolour'", path);
	assert_non_null(strstr(errors, want));
	snprintf(want, sizeof want, "%s:8: set takes a name and a value", path);
	assert_non_null(strstr(errors, want));
	assert_null(strstr(errors, ":2:"));
	free(errors);
	resize_term(30, 100);
	struct comparison cmp;
	assert_int_equal(compare_story(&story, &cmp), ND_E_OK);
	struct tui_opts o = { .cmp = &cmp, .config = c };
	struct tui *t = tui_new(&story, &o);
	assert_non_null(t);
	/* marks off: no mark in the gutter of the first screen */
	assert_false(screen_has(t, "\n= "));
	/* q is unbound and says so; x quits */
	assert_int_equal(tui_feed(t, "q"), ND_E_OK);
	assert_false(tui_quit_requested(t));
	assert_true(screen_has(t, "no key q here"));
	assert_int_equal(tui_feed(t, "?G"), ND_E_OK);
	assert_true(screen_has(t, "x                     close the view on top"));
	assert_true(screen_has(t, "x or Esc closes"));
	assert_int_equal(tui_feed(t, "<Esc>x"), ND_E_OK);
	assert_true(tui_quit_requested(t));
	tui_free(t);
	tui_config_free(c);
	remove(path);
	/* "set marks=off" needs no spaces; digits are counts, not keys; "#"
	 * is a key after bind; a directory is no config file */
	char p2[] = "/tmp/nd-config-XXXXXX";
	fd = mkstemp(p2);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs("set marks=off\nbind 5 help\nbind # quit\n", f);
	fclose(f);
	c = tui_config_load(p2, &errors);
	assert_non_null(c);
	assert_non_null(errors);
	snprintf(want, sizeof want, "%s:2: digits are counts", p2);
	assert_non_null(strstr(errors, want));
	assert_null(strstr(errors, ":1:"));
	assert_null(strstr(errors, ":3:"));
	free(errors);
	resize_term(30, 100);
	o.config = c;
	t = tui_new(&story, &o);
	assert_non_null(t);
	assert_false(screen_has(t, "\n1 "));  /* marks off */
	assert_int_equal(tui_feed(t, "#"), ND_E_OK);
	assert_true(tui_quit_requested(t));
	tui_free(t);
	tui_config_free(c);
	remove(p2);
	c = tui_config_load("/tmp", &errors);
	assert_non_null(c);
	assert_non_null(errors);
	assert_non_null(strstr(errors, "/tmp: Is a directory"));
	free(errors);
	tui_config_free(c);
	/* a file named must be there; the default place need not */
	c = tui_config_load("/nonexistent/newsdiff.conf", &errors);
	assert_non_null(c);
	assert_non_null(errors);
	assert_non_null(strstr(errors, "/nonexistent/newsdiff.conf: No such file"));
	free(errors);
	tui_config_free(c);
	setenv("XDG_CONFIG_HOME", "/nonexistent", 1);
	c = tui_config_load(NULL, &errors);
	assert_non_null(c);
	assert_null(errors);
	tui_config_free(c);
	comparison_release(&cmp);
}

/* ---- colour themes --------------------------------------------------------- */

/* One cell as drawn: its character, its attributes but colour, its pair. */
struct drawn {
	wchar_t ch;
	attr_t attr;
	short pair;
};

/* Draw t and read every cell back (caller frees). */
static struct drawn *drawn_cells(struct tui *t)
{
	tui_draw(t);
	struct drawn *v = calloc((size_t)LINES * (size_t)COLS, sizeof *v);
	assert_non_null(v);
	for (int y = 0; y < LINES; y++)
		for (int x = 0; x < COLS; x++) {
			struct drawn *d = &v[y * COLS + x];
			cell_at(y, x, &d->ch, &d->attr, &d->pair);
			d->attr &= ~A_COLOR;
		}
	return v;
}

/* How many cells are dim, and how many in a colour pair. */
static void census(struct tui *t, int *dim, int *coloured)
{
	struct drawn *v = drawn_cells(t);
	*dim = *coloured = 0;
	for (int i = 0; i < LINES * COLS; i++) {
		*dim += (v[i].attr & A_DIM) != 0;
		*coloured += v[i].pair != 0;
	}
	free(v);
}

/* A screen at 100x30 with the facts, colour and theme as given, after
 * keys. */
static struct tui *open_themed(const struct comparison *cmp, bool color, const char *theme,
			       const struct tui_config *c, const char *keys)
{
	resize_term(30, 100);
	struct tui_opts o = { .cmp = cmp, .color = color, .theme = theme, .config = c };
	struct tui *t = tui_new(&story, &o);
	assert_non_null(t);
	assert_int_equal(tui_feed(t, keys), ND_E_OK);
	return t;
}

/* Every view in each theme: mono draws exactly what no colour draws (and
 * no colour draws that whatever the theme); high contrast dims nothing
 * where the default dims; every theme draws the same characters. */
static void themes_on_every_view(void **state)
{
	struct comparison cmp;
	assert_int_equal(compare_story(&story, &cmp), ND_E_OK);
	size_t n = 100 * 30;
	for (size_t k = 0; k < NVIEW_SCRIPTS; k++) {
		const char *keys = view_scripts[k];
		struct tui *t = open_themed(&cmp, false, NULL, NULL, keys);
		struct drawn *plain = drawn_cells(t);
		tui_free(t);
		static const struct {
			bool color;
			const char *theme;
			bool same_as_plain;
		} runs[] = {
			{ true, "mono", true },            /* mono is --no-color's screen */
			{ true, "monochrome", true },
			{ false, "high-contrast", true },  /* no colour wins over a theme */
			{ false, "light", true },
			{ true, NULL, false },
			{ true, "high-contrast", false },
			{ true, "light", false },
		};
		for (size_t r = 0; r < sizeof runs / sizeof runs[0]; r++) {
			t = open_themed(&cmp, runs[r].color, runs[r].theme, NULL, keys);
			struct drawn *v = drawn_cells(t);
			int dim, coloured;
			census(t, &dim, &coloured);
			tui_free(t);
			const char *name = runs[r].theme ? runs[r].theme : "default";
			if (runs[r].same_as_plain && memcmp(v, plain, n * sizeof *v) != 0)
				fail_msg("keys '%s': %s (colour %s) is not the screen without colour",
					 keys, name, runs[r].color ? "on" : "off");
			for (size_t i = 0; i < n; i++)
				if (v[i].ch != plain[i].ch)
					fail_msg("keys '%s': %s draws other characters", keys, name);
			if (!runs[r].same_as_plain && coloured == 0)
				fail_msg("keys '%s': %s draws no colour", keys, name);
			if (runs[r].theme && strcmp(runs[r].theme, "high-contrast") == 0 &&
			    runs[r].color && dim)
				fail_msg("keys '%s': high-contrast dims %d cells", keys, dim);
			if (!runs[r].theme && !dim)
				fail_msg("keys '%s': the default dims nothing (no control)", keys);
			free(v);
		}
		free(plain);
	}
	comparison_release(&cmp);
}

/* The names view's mark of a name: "~" described differently, "="
 * alike, " " by one outlet alone (as pager.c draws it). */
static const char *naming_mark_of(const struct naming_entity *e)
{
	size_t describers = 0;
	bool differ = false;
	for (size_t k = 0; k < e->nuses; k++) {
		describers += k == 0 || e->uses[k].art != e->uses[k - 1].art;
		bool elsewhere = false;
		for (size_t j = 0; j < e->nuses; j++)
			elsewhere |= e->uses[j].art != e->uses[k].art &&
				     strcmp(e->uses[j].key, e->uses[k].key) == 0;
		differ |= !elsewhere;
	}
	return describers < 2 ? " " : differ ? "~" : "=";
}

/* The part of the tour a banner names, 0 first; -1: none. */
static int banner_part(const char *banner)
{
	static const char *const parts[] = { " disagreement: ", " partial agreement: ",
					     " described differently: ", " one report alone: " };
	for (int i = 0; i < 4; i++)
		if (strstr(banner, parts[i]))
			return i;
	return -1;
}

/* The first row of column x (its gutter) that holds the evidence margin,
 * or -1. */
static int evidence_row(int x)
{
	for (int y = 0; y < LINES - 1; y++) {
		cchar_t cc;
		wchar_t wc[8];
		attr_t a;
		short pair;
		mvin_wch(y, x, &cc);
		getcchar(&cc, wc, &a, &pair, NULL);
		if (wc[0] == L'\x258c')
			return y;
	}
	return -1;
}

/* The tour: every step in its order (disagreements, partial agreements,
 * names described differently, single facts) under a banner that counts
 * them, every disagreement among them; a step shows only the reports
 * that speak to it, each at its sentence at the same height; Backspace on
 * the first step and Space on the last say so; q leaves it. */
static void tour_steps_through_the_differences(void **state)
{
	struct comparison cmp;
	assert_int_equal(compare_story(&story, &cmp), ND_E_OK);
	resize_term(30, 100);
	struct tui_opts o = { .cmp = &cmp, .color = false };
	struct tui *t = tui_new(&story, &o);
	assert_non_null(t);
	assert_int_equal(tui_feed(t, "t"), ND_E_OK);
	tui_draw(t);
	char banner[1024], status[1024];
	row_text(0, banner, sizeof banner);
	size_t n = 0;
	assert_int_equal(sscanf(banner, " 1 of %zu", &n), 1);
	assert_true(n > 5 && n <= cmp.nrows);
	/* the first step: its reports' sentences start on one row */
	int first = -1;
	for (int x = 0; x + 1 < COLS; x++) {
		int y = evidence_row(x);
		if (y < 0)
			continue;
		if (first < 0)
			first = y;
		assert_int_equal(y, first);
	}
	assert_true(first > 0);
	assert_int_equal(tui_feed(t, "<BS>"), ND_E_OK);
	tui_draw(t);
	row_text(LINES - 1, status, sizeof status);
	assert_non_null(strstr(status, "the first step"));
	int last_part = 0;
	size_t disagreements = 0, partials = 0;
	for (size_t k = 1; k <= n; k++) {
		tui_draw(t);
		row_text(0, banner, sizeof banner);
		size_t at = 0, of = 0;
		assert_int_equal(sscanf(banner, " %zu of %zu", &at, &of), 2);
		assert_int_equal(at, k);
		assert_int_equal(of, n);
		int part = banner_part(banner);
		assert_true(part >= last_part);
		last_part = part;
		disagreements += part == 0;
		partials += part == 1;
		/* the reports shown all speak to the step's row (one of the rows
		 * whose question the banner starts, as far as it shows it) */
		const char *q = strstr(banner, ": ");
		assert_non_null(q);
		q += 2;
		char heads[1024];
		row_text(1, heads, sizeof heads);
		bool fits = false;
		for (size_t i = 0; i < cmp.nrows && !fits; i++) {
			const struct row *r = &cmp.rows[i];
			size_t len = strlen(r->question) < 20 ? strlen(r->question) : 20;
			if (strncmp(q, r->question, len) != 0)
				continue;
			fits = true;
			for (size_t a = 0; a < story.n; a++) {
				bool speaks = false;
				for (size_t c = 0; c < r->ncells; c++)
					speaks |= r->cells[c].art == a;
				fits &= speaks || !strstr(heads, story.arts[a].outlet);
			}
		}
		if (!fits)
			fail_msg("step %zu shows a report that says nothing on it: %s", k, heads);
		/* and their sentences start on one row */
		int row = -1;
		for (int x = 0; x + 1 < COLS; x++) {
			int y = evidence_row(x);
			if (y >= 0 && row >= 0 && y != row)
				fail_msg("step %zu: sentences on rows %d and %d", k, row, y);
			if (y >= 0)
				row = y;
		}
		if (row < 0)
			fail_msg("step %zu: no sentence marked", k);
		if (k < n)
			assert_int_equal(tui_feed(t, " "), ND_E_OK);
	}
	assert_true(last_part == 3);
	/* every disagreement and partial agreement of the comparison is a
	 * step (the bundled story's are test_compare.c's) */
	size_t want = 0, want_partial = 0;
	for (size_t i = 0; i < cmp.nrows; i++) {
		want += cmp.rows[i].verdict == VERDICT_DISAGREE && cmp.rows[i].kind != FACT_NAMING;
		want_partial += cmp.rows[i].verdict == VERDICT_PARTIAL &&
				cmp.rows[i].kind != FACT_NAMING;
	}
	assert_int_equal(disagreements, want);
	assert_int_equal(partials, want_partial);
	row_text(LINES - 1, status, sizeof status);
	assert_non_null(strstr(status, "the last step"));
	assert_int_equal(tui_feed(t, " "), ND_E_OK);
	tui_draw(t);
	row_text(0, banner, sizeof banner);
	assert_true(strncmp(banner, " 1 of ", 6) == 0);
	row_text(LINES - 1, status, sizeof status);
	assert_non_null(strstr(status, "from the start again"));
	assert_int_equal(tui_feed(t, "q"), ND_E_OK);
	tui_draw(t);
	row_text(0, banner, sizeof banner);
	assert_null(strstr(banner, " of "));
	assert_false(tui_quit_requested(t));
	tui_free(t);
	comparison_release(&cmp);
}

/* The names view: each name with the words each outlet writes with it;
 * ] moves the pointer to the next name; Enter shows that name's row,
 * each report at its sentence. */
static void names_view_lists_and_jumps(void **state)
{
	struct comparison cmp;
	assert_int_equal(compare_story(&story, &cmp), ND_E_OK);
	assert_true(cmp.names && cmp.names->n >= 2);
	resize_term(30, 100);
	struct tui_opts o = { .cmp = &cmp, .color = false };
	struct tui *t = tui_new(&story, &o);
	assert_non_null(t);
	assert_int_equal(tui_feed(t, "d"), ND_E_OK);
	assert_true(screen_has(t, "how each outlet names them"));
	const struct naming_entity *e0 = &cmp.names->v[0], *e1 = &cmp.names->v[1];
	char line[256];
	snprintf(line, sizeof line, "\xe2\x96\xb6 %s %s", naming_mark_of(e0), e0->name);
	assert_true(screen_has(t, line));
	assert_true(screen_has(t, e0->uses[0].text));
	assert_int_equal(tui_feed(t, "]"), ND_E_OK);
	snprintf(line, sizeof line, "\xe2\x96\xb6 %s %s", naming_mark_of(e1), e1->name);
	assert_true(screen_has(t, line));
	assert_int_equal(tui_feed(t, "<Enter>"), ND_E_OK);
	assert_false(screen_has(t, "how each outlet names them"));
	snprintf(line, sizeof line, "%s: each outlet's words at their sentence", e1->name);
	assert_true(screen_has(t, line));
	tui_free(t);
	comparison_release(&cmp);
}

/* The tour's keys beside the others: Esc closes the facts panel opened
 * over it and the tour goes on; after another fact is chosen the status
 * line says the tour is paused; t goes back to the step it was left at;
 * after a change of size the step's sentences are on one row again. */
static void tour_keeps_its_place(void **state)
{
	struct comparison cmp;
	assert_int_equal(compare_story(&story, &cmp), ND_E_OK);
	resize_term(30, 100);
	struct tui_opts o = { .cmp = &cmp, .color = false };
	struct tui *t = tui_new(&story, &o);
	assert_non_null(t);
	char line[1024];
	assert_int_equal(tui_feed(t, "tF<Esc>"), ND_E_OK);
	tui_draw(t);
	row_text(0, line, sizeof line);
	assert_true(strncmp(line, " 1 of ", 6) == 0);
	assert_int_equal(tui_feed(t, "<Enter>]qj"), ND_E_OK);
	tui_draw(t);
	row_text(LINES - 1, line, sizeof line);
	assert_non_null(strstr(line, "tour paused at step 1 of"));
	assert_int_equal(tui_feed(t, "  q"), ND_E_OK);
	tui_draw(t);
	row_text(LINES - 1, line, sizeof line);
	assert_non_null(strstr(line, "the tour is left at step 3 of"));
	assert_int_equal(tui_feed(t, "t"), ND_E_OK);
	tui_draw(t);
	row_text(0, line, sizeof line);
	assert_true(strncmp(line, " 3 of ", 6) == 0);
	assert_int_equal(tui_feed(t, "<Resize=80x24>"), ND_E_OK);
	tui_draw(t);
	int row = -1;
	for (int x = 0; x + 1 < COLS; x++) {
		int y = evidence_row(x);
		if (y >= 0 && row >= 0)
			assert_int_equal(y, row);
		if (y >= 0)
			row = y;
	}
	assert_true(row > 0);
	tui_free(t);
	comparison_release(&cmp);
}

/* T steps through the themes and the status line says which is in use;
 * it works in a view too, which is built again in the new theme; with
 * no colour it says the screen stays mono. */
static void theme_key_steps_through_the_themes(void **state)
{
	struct comparison cmp;
	assert_int_equal(compare_story(&story, &cmp), ND_E_OK);
	struct tui *t = open_themed(&cmp, true, NULL, NULL, "");
	int dim, coloured;
	census(t, &dim, &coloured);
	assert_true(dim > 0 && coloured > 0);
	assert_int_equal(tui_feed(t, "T"), ND_E_OK);
	assert_true(screen_has(t, " theme: high-contrast "));
	census(t, &dim, &coloured);
	assert_true(dim == 0 && coloured > 0);
	assert_int_equal(tui_feed(t, "T"), ND_E_OK);
	assert_true(screen_has(t, " theme: light "));
	assert_int_equal(tui_feed(t, "T"), ND_E_OK);
	assert_true(screen_has(t, " theme: mono "));
	census(t, &dim, &coloured);
	assert_true(dim > 0 && coloured == 0);
	assert_int_equal(tui_feed(t, "T"), ND_E_OK);
	assert_true(screen_has(t, " theme: default "));
	/* the message goes with the next key, as others do */
	assert_int_equal(tui_feed(t, "j"), ND_E_OK);
	assert_false(screen_has(t, "theme:"));
	/* in the help, which lists the key: the help stays open, dims
	 * nothing in high contrast and dims again back in the default */
	assert_int_equal(tui_feed(t, "?G"), ND_E_OK);
	assert_true(screen_has(t, "T                     the next colour theme"));
	assert_int_equal(tui_feed(t, "T"), ND_E_OK);
	assert_true(screen_has(t, "newsdiff: keys and marks"));
	assert_true(screen_has(t, " theme: high-contrast "));
	census(t, &dim, &coloured);
	assert_int_equal(dim, 0);
	assert_int_equal(tui_feed(t, "TTT"), ND_E_OK);
	assert_true(screen_has(t, "newsdiff: keys and marks"));
	assert_true(screen_has(t, " theme: default "));
	census(t, &dim, &coloured);
	assert_true(dim > 0);
	tui_free(t);
	/* no colour: the theme is chosen, the screen stays mono and says so */
	t = open_themed(&cmp, false, NULL, NULL, "T");
	assert_true(screen_has(t, " theme: high-contrast, drawn as mono (colour is off here)"));
	census(t, &dim, &coloured);
	assert_true(dim > 0 && coloured == 0);
	tui_free(t);
	comparison_release(&cmp);
}

/* set theme in the config file chooses the theme at the start, the
 * command line's wins over it, set color off wins over both, and an
 * unknown name is named as FILE:LINE. */
static void config_file_chooses_the_theme(void **state)
{
	char path[] = "/tmp/nd-config-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *f = fdopen(fd, "w");
	assert_non_null(f);
	fputs("set theme = high-contrast\nset theme projector\n", f);
	fclose(f);
	char *errors = NULL;
	struct tui_config *c = tui_config_load(path, &errors);
	assert_non_null(c);
	assert_non_null(errors);
	char want[160];
	snprintf(want, sizeof want,
		 "%s:2: no theme 'projector' (default, high-contrast, light, mono)", path);
	assert_non_null(strstr(errors, want));
	free(errors);
	remove(path);
	struct comparison cmp;
	assert_int_equal(compare_story(&story, &cmp), ND_E_OK);
	/* the file's high contrast: nothing dim; T goes on to light */
	struct tui *t = open_themed(&cmp, true, NULL, c, "");
	int dim, coloured;
	census(t, &dim, &coloured);
	assert_true(dim == 0 && coloured > 0);
	assert_int_equal(tui_feed(t, "T"), ND_E_OK);
	assert_true(screen_has(t, " theme: light "));
	tui_free(t);
	/* --theme=mono wins: no colour; T goes on to the default */
	t = open_themed(&cmp, true, "mono", c, "");
	census(t, &dim, &coloured);
	assert_true(dim > 0 && coloured == 0);
	assert_int_equal(tui_feed(t, "T"), ND_E_OK);
	assert_true(screen_has(t, " theme: default "));
	tui_free(t);
	tui_config_free(c);
	/* set color off wins over the theme */
	char p2[] = "/tmp/nd-config-XXXXXX";
	fd = mkstemp(p2);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs("set theme high-contrast\nset color off\n", f);
	fclose(f);
	c = tui_config_load(p2, &errors);
	assert_non_null(c);
	assert_null(errors);
	remove(p2);
	t = open_themed(&cmp, true, NULL, c, "");
	census(t, &dim, &coloured);
	assert_true(dim > 0 && coloured == 0);
	tui_free(t);
	tui_config_free(c);
	comparison_release(&cmp);
}

/* Does the man page's KEYS section list key k on a .B or .BR line? */
static bool man_lists_key(const char *text, const char *k)
{
	const char *sec = strstr(text, "\n.SH KEYS");
	const char *end = sec ? strstr(sec + 1, "\n.SH ") : NULL;
	if (!sec)
		return false;
	char esc[64];
	size_t o = 0;
	for (const char *p = k; *p && o + 2 < sizeof esc; p++) {
		if (*p == '-')
			esc[o++] = '\\';
		esc[o++] = *p;
	}
	esc[o] = '\0';
	for (const char *line = sec; line && (!end || line < end);) {
		line = strchr(line + 1, '\n');
		if (!line || (end && line >= end))
			break;
		if (strncmp(line + 1, ".B", 2) != 0)
			continue;
		/* the tokens of ".BR a ", " b" */
		const char *e = strchr(line + 1, '\n');
		size_t len = e ? (size_t)(e - line - 1) : strlen(line + 1);
		char buf[256];
		snprintf(buf, sizeof buf, "%.*s", (int)len, line + 1);
		for (char *tok = strtok(buf + 3, " \","); tok; tok = strtok(NULL, " \","))
			if (strcmp(tok, esc) == 0 || strcmp(tok, k) == 0)
				return true;
	}
	return false;
}

/* The man page's KEYS section and the README's key table name every key
 * of the key table. */
/* The config file's action names (as config.c makes them: lower case,
 * "-" for "_") of every action of keys.h's table, each in the man page's
 * list of what bind takes. */
static void man_page_names_every_action(void **state)
{
	FILE *f = fopen(tree_path("src/tui/keys.h"), "r");
	assert_non_null(f);
	char *keys = calloc(1, 1 << 16);
	size_t kl = fread(keys, 1, (1 << 16) - 1, f);
	fclose(f);
	keys[kl] = '\0';
	f = fopen(tree_path("man/newsdiff.1"), "r");
	assert_non_null(f);
	char *man = calloc(1, 1 << 20);
	size_t ml = fread(man, 1, (1 << 20) - 1, f);
	fclose(f);
	man[ml] = '\0';
	/* the list after "The actions are" */
	const char *list = strstr(man, "The actions are");
	assert_non_null(list);
	const char *end = strstr(list, "as listed under");
	assert_non_null(end);
	size_t actions = 0;
	const char *table_end = strstr(keys, "enum tui_action");
	assert_non_null(table_end);
	for (const char *p = strstr(keys, "\tX("); p && p < table_end; p = strstr(p + 1, "\tX(")) {
		char name[64], want[80];
		size_t k = 0;
		for (const char *q = p + 3; *q && *q != ',' && k + 2 < sizeof name; q++)
			if (*q == '_') {
				name[k++] = '\\';
				name[k++] = '-';
			} else {
				name[k++] = (char)(*q >= 'A' && *q <= 'Z' ? *q - 'A' + 'a' : *q);
			}
		name[k] = '\0';
		actions++;
		/* ".BR name ," in the list, or ".B name" before its "and" */
		snprintf(want, sizeof want, ".BR %s ,\n", name);
		const char *at = strstr(list, want);
		bool found = at && at < end;
		snprintf(want, sizeof want, ".B %s\n", name);
		at = strstr(list, want);
		found |= at && at < end;
		if (!found)
			fail_msg("the man page's list of actions for bind lacks %s", name);
	}
	assert_true(actions > 20);
	free(keys);
	free(man);
}

static void documentation_names_every_key(void **state)
{
	const char *names[64];
	size_t n = tui_key_names(names, 64);
	assert_true(n > 20);
	const char *docs[] = { "man/newsdiff.1", "README.md" };
	for (int d = 0; d < 2; d++) {
		FILE *f = fopen(tree_path(docs[d]), "r");
		assert_non_null(f);
		char *text = calloc(1, 1 << 20);
		size_t len = fread(text, 1, (1 << 20) - 1, f);
		fclose(f);
		text[len] = '\0';
		for (size_t i = 0; i < n; i++) {
			bool found;
			if (d == 0) {
				found = man_lists_key(text, names[i]);
			} else {
				char want[64];
				snprintf(want, sizeof want, "`%s`", names[i]);
				found = strstr(text, want) != NULL;
			}
			if (!found)
				fail_msg("%s does not list the key %s", docs[d], names[i]);
		}
		free(text);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(all_five_outlets_at_200x50),
		cmocka_unit_test(focus_moves_with_a_range_indicator),
		cmocka_unit_test(scrolling_one_column_or_all),
		cmocka_unit_test(mouse_wheel_scrolls_the_column_under_it),
		cmocka_unit_test(search_highlights_and_moves),
		cmocka_unit_test(furniture_folds_and_shows),
		cmocka_unit_test(help_lists_every_action),
		cmocka_unit_test(monochrome_keeps_markers),
		cmocka_unit_test(resizes_never_break_the_screen),
		cmocka_unit_test(unknown_key_names_are_refused),
		cmocka_unit_test(documentation_names_every_key),
		cmocka_unit_test(man_page_names_every_action),
		cmocka_unit_test(quotations_carry_the_diff_the_view_draws),
		cmocka_unit_test(quotation_view_draws_the_stored_diff),
		cmocka_unit_test(export_writes_what_the_panel_lists),
		cmocka_unit_test(config_file_binds_and_reports),
		cmocka_unit_test(views_with_and_without_colour),
		cmocka_unit_test(coverage_grid_with_and_without_colour),
		cmocka_unit_test(every_view_with_and_without_colour),
		cmocka_unit_test(themes_on_every_view),
		cmocka_unit_test(theme_key_steps_through_the_themes),
		cmocka_unit_test(config_file_chooses_the_theme),
		cmocka_unit_test(tour_steps_through_the_differences),
		cmocka_unit_test(tour_keeps_its_place),
		cmocka_unit_test(names_view_lists_and_jumps),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
