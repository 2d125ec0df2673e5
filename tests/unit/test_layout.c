/* Unit tests: width-aware wrapping (wrap.c) and the screen layout
 * (layout.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"
#include "show/layout.h"
#include "base/text.h"
#include "show/wrap.h"

/* Wrap s and check every line fits and starts on a character boundary. */
static struct wrap_out wrap_checked(const char *s, int width)
{
	struct wrap_out o = { 0 };
	size_t n = strlen(s);
	assert_int_equal(wrap_text(s, n, 0, width, &o), ND_E_OK);
	for (size_t i = 0; i < o.n; i++) {
		size_t w = text_width(s + o.v[i].off, o.v[i].len);
		if (w > (size_t)width && text_words(s + o.v[i].off, o.v[i].len) > 0) {
			/* Only a single character wider than the line may pass. */
			size_t j = 0;
			text_next(s + o.v[i].off, o.v[i].len, &j);
			assert_int_equal(j, o.v[i].len);
		}
		unsigned char c = (unsigned char)s[o.v[i].off];
		assert_true((c & 0xC0) != 0x80); /* not a continuation byte */
		if (o.v[i].off + o.v[i].len < n) {
			unsigned char e = (unsigned char)s[o.v[i].off + o.v[i].len];
			assert_true((e & 0xC0) != 0x80);
		}
	}
	return o;
}

static void wraps_at_spaces(void **state)
{
	struct wrap_out o = wrap_checked("the quick brown fox jumps over", 10);
	assert_int_equal(o.n, 3);  /* "jumps over" fills the last line exactly */
	assert_int_equal(o.v[0].len, 9);   /* "the quick" */
	assert_int_equal(o.v[1].off, 10);  /* "brown fox" */
	free(o.v);
}

static void wraps_by_display_width_not_bytes(void **state)
{
	/* Curly quotes and dashes are three bytes but one cell each. */
	const char *s = "\xe2\x80\x9c" "abc\xe2\x80\x9d \xe2\x80\x93 d\xc3\xa9" "f";
	struct wrap_out o = wrap_checked(s, 11);
	assert_int_equal(o.n, 1);
	free(o.v);
	/* Double-width characters take two cells: 5 of them need 10. */
	const char *cjk = "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe6\x96\x87\xe5\xad\x97";
	o = wrap_checked(cjk, 4);
	assert_int_equal(o.n, 3);
	assert_int_equal(text_width(cjk + o.v[0].off, o.v[0].len), 4);
	free(o.v);
}

static void long_words_are_cut_between_characters(void **state)
{
	struct wrap_out o = wrap_checked("abcdefghij", 4);
	assert_int_equal(o.n, 3);
	free(o.v);
	/* e + combining acute stays together across the cut. */
	o = wrap_checked("abce\xcc\x81" "fgh", 4);
	assert_int_equal(o.v[0].len, 6);  /* "abc" + e + U+0301 */
	free(o.v);
	/* A wide character on a one-cell line still moves forward. */
	o = wrap_checked("\xe6\x97\xa5\xe6\x9c\xac", 1);
	assert_int_equal(o.n, 2);
	free(o.v);
}

static void newlines_and_runs_of_spaces(void **state)
{
	struct wrap_out o = wrap_checked("  one\ntwo   three  ", 40);
	assert_int_equal(o.n, 1);
	assert_int_equal(o.v[0].off, 2);
	free(o.v);
	o = wrap_checked("   ", 5);
	assert_int_equal(o.n, 0);
	free(o.v);
}

static void columns_that_fit(void **state)
{
	struct layout_geom g;
	layout_compute(&g, 50, 200, 5, 0, 0);
	assert_int_equal(g.nvis, 5);
	assert_false(g.too_small);
	layout_compute(&g, 40, 120, 5, 0, 0);
	assert_int_equal(g.nvis, 3);
	layout_compute(&g, 24, 80, 5, 0, 0);
	assert_int_equal(g.nvis, 2);
	layout_compute(&g, 12, 40, 5, 0, 0);
	assert_int_equal(g.nvis, 1);
	layout_compute(&g, 50, 300, 2, 0, 0);
	assert_int_equal(g.nvis, 2);  /* never more columns than reports */
	/* Columns and separators fill the width exactly, none below the minimum. */
	for (int cols = LAYOUT_MIN_COL; cols <= 400; cols++) {
		layout_compute(&g, 30, cols, 16, 0, 0);
		int last = g.nvis - 1;
		assert_int_equal(g.x[last] + g.w[last], cols);
		for (int i = 0; i < g.nvis; i++)
			assert_true(g.w[i] >= LAYOUT_MIN_COL || g.nvis == 1);
	}
}

static void focus_stays_in_view(void **state)
{
	struct layout_geom g;
	layout_compute(&g, 24, 80, 5, 3, 0);
	assert_int_equal(g.first, 2);   /* columns 3 and 4 */
	layout_compute(&g, 24, 80, 5, 4, g.first);
	assert_int_equal(g.first, 3);
	layout_compute(&g, 24, 80, 5, 3, g.first);
	assert_int_equal(g.first, 3);   /* no move while focus is visible */
	layout_compute(&g, 24, 80, 5, 0, g.first);
	assert_int_equal(g.first, 0);
	layout_compute(&g, 50, 200, 5, 4, 3);
	assert_int_equal(g.first, 0);   /* all fit: start at the first */
}

static void small_screens(void **state)
{
	struct layout_geom g;
	layout_compute(&g, 6, 20, 5, 0, 0);
	assert_false(g.too_small);
	assert_int_equal(g.header_rows, 1);
	assert_int_equal(g.body_rows, 4);
	layout_compute(&g, 4, 20, 5, 0, 0);
	assert_true(g.too_small);
	layout_compute(&g, 6, 19, 5, 0, 0);
	assert_true(g.too_small);
	layout_compute(&g, 12, 40, 5, 0, 0);
	assert_int_equal(g.header_rows, 3);
	layout_compute(&g, 24, 80, 5, 0, 0);
	assert_int_equal(g.header_rows, 5);
	assert_int_equal(g.body_rows, 24 - 5 - 1);
	assert_int_equal(g.status_row, 23);
}

static void furniture_folds_into_one_line(void **state)
{
	struct article a;
	const char *t = "Bridge closes\n\n"
			"The bridge closed on Monday after engineers found cracks in two of "
			"its supports, the council said.\n\nAdvert\n\nRepairs take a year.\n\n"
			"Related stories\n\nOne\n\nTwo\n";
	assert_int_equal(article_parse(t, strlen(t), "t.txt", &a), ND_E_OK);
	struct layout_lines folded, full;
	assert_int_equal(layout_wrap(&a, 30, false, &folded), ND_E_OK);
	assert_int_equal(layout_wrap(&a, 30, true, &full), ND_E_OK);
	size_t folds = 0, furn_text = 0;
	for (size_t i = 0; i < folded.n; i++) {
		if (folded.v[i].type == VL_FOLD)
			folds++;
		if (folded.v[i].type == VL_TEXT)
			assert_true(a.paras[folded.v[i].para].kind != PARA_FURNITURE);
	}
	assert_int_equal(folds, 2);  /* the advert, and the related-stories tail */
	for (size_t i = 0; i < full.n; i++) {
		assert_int_not_equal(full.v[i].type, VL_FOLD);
		if (full.v[i].type == VL_TEXT && a.paras[full.v[i].para].kind == PARA_FURNITURE)
			furn_text++;
	}
	assert_int_equal(furn_text, 4);
	assert_true(full.n > folded.n);
	/* The line holding an offset. */
	size_t off = a.paras[1].start + 40;
	size_t li = layout_line_of(&full, off);
	assert_true(full.v[li].off <= off && off <= full.v[li].off + full.v[li].len + 1);
	layout_lines_release(&folded);
	layout_lines_release(&full);
	article_release(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(wraps_at_spaces),
		cmocka_unit_test(wraps_by_display_width_not_bytes),
		cmocka_unit_test(long_words_are_cut_between_characters),
		cmocka_unit_test(newlines_and_runs_of_spaces),
		cmocka_unit_test(columns_that_fit),
		cmocka_unit_test(focus_stays_in_view),
		cmocka_unit_test(small_screens),
		cmocka_unit_test(furniture_folds_into_one_line),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
