/*
 * layout.h - where things go on the screen, computed without curses: how
 * many report columns fit, their positions and widths, the header rows,
 * and each report's text wrapped into display lines.
 *
 * Owns: the display-line arrays in struct layout_lines (layout_lines_release).
 * Depends on: article.h, wrap.h.  Must not depend on curses, so that it is
 * tested as plain functions.
 */
#ifndef ND_LAYOUT_H
#define ND_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "load/article.h"
#include "base/error.h"

/* Narrowest column worth reading, in cells (separator not included). */
#define LAYOUT_MIN_COL 30
/* Below this the screen shows only "terminal too small". */
#define LAYOUT_MIN_COLS 20
#define LAYOUT_MIN_ROWS 5
/* Most columns side by side. */
#define LAYOUT_MAX_VISIBLE 16
/* Cells before furniture text: a marker and a space. */
#define LAYOUT_FURN_INDENT 2

struct layout_geom {
	bool too_small;
	int rows, cols;
	size_t first;        /* index of the leftmost visible report */
	int nvis;            /* visible columns */
	size_t art[LAYOUT_MAX_VISIBLE]; /* the report in each: first, first+1, ...
				 * unless layout_pick chose them */
	int top;             /* the headers' first row: 1 below a banner line */
	int x[LAYOUT_MAX_VISIBLE];
	int w[LAYOUT_MAX_VISIBLE];   /* column width, separator excluded */
	int header_rows;     /* 1 (outlet), 3 (outlet+date, title, rule) or 5 */
	int title_lines;     /* lines given to the title in the header */
	int body_top;        /* first row of the text */
	int body_rows;       /* rows of text */
	int status_row;      /* the bottom row */
};

/*
 * Compute the geometry of a rows x cols screen showing nreports reports
 * with report focus in view.  prev_first is the leftmost report shown
 * before; it moves only as far as needed to keep focus visible.
 */
void layout_compute(struct layout_geom *g, int rows, int cols, size_t nreports,
		    size_t focus, size_t prev_first);

/* Show only the reports arts[0..n) (in that order, as many columns of
 * min_col cells as fit), under banner_rows lines of a banner: the guided
 * tour's columns.  g was computed by layout_compute for the same screen. */
void layout_pick(struct layout_geom *g, const size_t *arts, size_t n, int banner_rows,
		 int min_col);

/* How many columns of at least min_col cells fit across cols. */
int layout_fit(int cols, int min_col);

/* The column that shows report art, or -1. */
int layout_col_of(const struct layout_geom *g, size_t art);

/* Cells before a column's text: the gutter, where a line's mark stands
 * (the verdict of a fact on it, or the chosen fact's evidence), then a
 * blank cell, so that a mark is never read as part of the text. */
#define LAYOUT_GUTTER 2

/* Width of the text inside a column of width w: the gutter before it and
 * a cell of margin after it. */
int layout_text_width(int w);

enum vline_type {
	VL_TEXT,   /* a piece of paragraph para: off/len bytes of article text */
	VL_BLANK,  /* the gap between paragraphs */
	VL_FOLD,   /* folded furniture: paragraphs para .. para+len-1 */
};

struct vline {
	uint32_t para;
	uint32_t off;
	uint32_t len;
	uint8_t type;
};

struct layout_lines {
	struct vline *v;   /* owned */
	size_t n;
	int width;         /* the text width they were wrapped to */
	bool furniture;    /* whether furniture was shown in full */
};

/*
 * Wrap article a into display lines for a column whose text is width
 * cells wide.  With show_furniture false, each run of furniture
 * paragraphs becomes one VL_FOLD line.  The caller frees with
 * layout_lines_release.
 */
enum nd_err layout_wrap(const struct article *a, int width, bool show_furniture,
			struct layout_lines *out);

/* Free the lines l holds; l is left empty and may be wrapped into again.
 * NULL-safe. */
void layout_lines_release(struct layout_lines *l);

/* The display line holding byte offset off of the article, or the
 * nearest before it. */
size_t layout_line_of(const struct layout_lines *l, size_t off);

#endif
