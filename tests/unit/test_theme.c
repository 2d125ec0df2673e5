/* Unit tests of the colour themes' table (src/tui/theme.c) and of the
 * config file's colours over a theme.  What the themes draw on the screen
 * is tested in test_tui.c. */
#include "tui/screen.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const struct theme *named(const char *name)
{
	int i = theme_find(name);
	if (i < 0)
		fail_msg("no theme '%s'", name);
	return theme_at((size_t)i);
}

/* Every theme in colour gives every element a colour of its own choosing
 * (set, within the eight colours or the terminal's default, and not the
 * same for letters and background); a theme without colour gives none. */
static void every_theme_defines_every_element(void **state)
{
	assert_true(theme_count() >= 4);
	for (size_t i = 0; i < theme_count(); i++) {
		const struct theme *th = theme_at(i);
		assert_non_null(th->name);
		for (int p = 1; p < PAIR__COUNT; p++) {
			const struct theme_colour *c = &th->pairs[p];
			if (!th->color) {
				if (c->set)
					fail_msg("%s: no colour, yet element %d has one",
						 th->name, p);
				continue;
			}
			if (!c->set)
				fail_msg("%s: element %d has no colour", th->name, p);
			if (c->fg < -1 || c->fg > 7 || c->bg < -1 || c->bg > 7)
				fail_msg("%s: element %d is not in the eight colours", th->name, p);
			if (c->fg == c->bg && c->fg != -1)
				fail_msg("%s: element %d has letters the colour of their "
					 "background", th->name, p);
		}
	}
}

/* High contrast dims nothing: neither its quiet text nor its marks. */
static void high_contrast_uses_no_dim(void **state)
{
	const struct theme *th = named("high-contrast");
	assert_true(th->color);
	assert_false(th->quiet & A_DIM);
	assert_false(th->mark & A_DIM);
	assert_true(th->quiet & A_BOLD);
	/* the screen's own background is painted, so its contrast does not
	 * depend on the terminal's */
	assert_true(th->pairs[PAIR_TEXT].bg >= 0);
	for (int p = 1; p < PAIR__COUNT; p++)
		if (th->pairs[p].bg < 0)
			fail_msg("high-contrast: element %d on the terminal's background", p);
	/* the default, for comparison, does dim */
	assert_true(named("default")->quiet & A_DIM);
}

/* Each verdict keeps colours no other verdict has, in every theme in
 * colour. */
static void verdict_colours_stay_distinct(void **state)
{
	for (size_t i = 0; i < theme_count(); i++) {
		const struct theme *th = theme_at(i);
		if (!th->color)
			continue;
		for (int a = 0; a < VERDICT__COUNT; a++)
			for (int b = a + 1; b < VERDICT__COUNT; b++) {
				const struct theme_colour *x = &th->pairs[PAIR_VERDICT + a];
				const struct theme_colour *y = &th->pairs[PAIR_VERDICT + b];
				if (x->fg == y->fg && x->bg == y->bg)
					fail_msg("%s: %s and %s look alike", th->name,
						 verdict_name((enum verdict)a),
						 verdict_name((enum verdict)b));
			}
	}
}

/* Light: no yellow, cyan or white letters on the terminal's (light)
 * background, and the screen's background is the terminal's own. */
static void light_has_no_pale_letters(void **state)
{
	const struct theme *th = named("light");
	assert_true(th->color);
	for (int p = 1; p < PAIR__COUNT; p++) {
		const struct theme_colour *c = &th->pairs[p];
		if (c->bg == -1 &&
		    (c->fg == COLOR_YELLOW || c->fg == COLOR_WHITE || c->fg == COLOR_CYAN))
			fail_msg("light: element %d has pale letters (%d) on the terminal's "
				 "background", p, c->fg);
	}
	assert_int_equal(th->pairs[PAIR_TEXT].bg, -1);
}

/* Mono has no colour at all, the config file's colours included, and
 * draws as --no-color does (dim, underline). */
static void mono_uses_no_colour(void **state)
{
	const struct theme *th = named("mono");
	assert_false(th->color);
	assert_ptr_equal(th, named("monochrome"));
	assert_ptr_equal(th, theme_at(theme_mono()));
	assert_int_equal(th->quiet, A_DIM);
	assert_int_equal(th->mark, A_UNDERLINE);
	struct theme_colour mine[PAIR__COUNT] = { 0 };
	mine[PAIR_VERDICT + VERDICT_DISAGREE] = (struct theme_colour){ true, 208, -1 };
	struct theme_colour out[PAIR__COUNT];
	theme_colours(th, mine, out);
	for (int p = 0; p < PAIR__COUNT; p++)
		assert_false(out[p].set);
}

/* The default theme is the colours newsdiff always had: the verdict
 * table's colours, cyan headers, the status line black on white, and
 * no background painted. */
static void default_keeps_the_old_colours(void **state)
{
	assert_int_equal(theme_find("default"), 0);
	const struct theme *th = theme_at(0);
	for (int v = 0; v < VERDICT__COUNT; v++) {
		assert_int_equal(th->pairs[PAIR_VERDICT + v].fg, verdict_colour((enum verdict)v));
		assert_int_equal(th->pairs[PAIR_VERDICT + v].bg, -1);
	}
	assert_int_equal(th->pairs[PAIR_HEADER].fg, COLOR_CYAN);
	assert_int_equal(th->pairs[PAIR_FOCUS].bg, COLOR_CYAN);
	assert_int_equal(th->pairs[PAIR_STATUS].fg, COLOR_BLACK);
	assert_int_equal(th->pairs[PAIR_STATUS].bg, COLOR_WHITE);
	assert_int_equal(th->pairs[PAIR_TEXT].fg, -1);
	assert_int_equal(th->pairs[PAIR_TEXT].bg, -1);
	assert_int_equal(th->quiet, A_DIM);
	assert_int_equal(th->mark, A_UNDERLINE);
}

static void names_are_found_in_any_case(void **state)
{
	assert_int_equal(theme_find("High-Contrast"), theme_find("high-contrast"));
	assert_int_equal(theme_find("MONOCHROME"), (int)theme_mono());
	assert_int_equal(theme_find("no-such-theme"), -1);
	assert_int_equal(theme_find(""), -1);
	assert_int_equal(theme_find(NULL), -1);
	assert_int_equal(tui_theme_find("light"), theme_find("light"));
	char list[128];
	tui_theme_list(list, sizeof list);
	assert_string_equal(list, "default, high-contrast, light, mono");
	/* cut to fit, still a string */
	char small[10];
	tui_theme_list(small, sizeof small);
	assert_string_equal(small, "default, ");
}

/* Write text to a new temporary file; its name into path. */
static void write_temp(char *path, const char *text)
{
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *f = fdopen(fd, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* set theme chooses a theme; a color line changes its one element over
 * it, whether it comes after or before; an unknown theme is a FILE:LINE
 * error and skipped, leaving the theme chosen before it. */
static void config_colours_go_over_the_theme(void **state)
{
	char path[] = "/tmp/nd-theme-XXXXXX";
	write_temp(path, "color agree blue\n"
			 "set theme light\n"
			 "color disagree color208\n"
			 "set theme no-such-theme\n"
			 "set theme\n");
	char *errors = NULL;
	struct tui_config *c = tui_config_load(path, &errors);
	assert_non_null(c);
	assert_non_null(errors);
	char want[160];
	snprintf(want, sizeof want,
		 "%s:4: no theme 'no-such-theme' (default, high-contrast, light, mono)", path);
	assert_non_null(strstr(errors, want));
	snprintf(want, sizeof want, "%s:5: set takes a name and a value", path);
	assert_non_null(strstr(errors, want));
	assert_null(strstr(errors, ":1:"));
	assert_null(strstr(errors, ":2:"));
	assert_null(strstr(errors, ":3:"));
	free(errors);
	assert_int_equal(c->theme, theme_find("light"));
	const struct theme *light = named("light");
	struct theme_colour out[PAIR__COUNT];
	theme_colours(light, c->colours, out);
	assert_true(out[PAIR_VERDICT + VERDICT_DISAGREE].set);
	assert_int_equal(out[PAIR_VERDICT + VERDICT_DISAGREE].fg, 208);
	assert_int_equal(out[PAIR_VERDICT + VERDICT_DISAGREE].bg, -1);
	assert_int_equal(out[PAIR_VERDICT + VERDICT_AGREE].fg, COLOR_BLUE);
	/* the rest is the theme's */
	for (int p = 1; p < PAIR__COUNT; p++) {
		if (p == PAIR_VERDICT + VERDICT_DISAGREE || p == PAIR_VERDICT + VERDICT_AGREE)
			continue;
		assert_memory_equal(&out[p], &light->pairs[p], sizeof out[p]);
	}
	/* and over another theme too */
	theme_colours(named("high-contrast"), c->colours, out);
	assert_int_equal(out[PAIR_VERDICT + VERDICT_DISAGREE].fg, 208);
	assert_int_equal(out[PAIR_TEXT].bg, COLOR_BLACK);
	tui_config_free(c);
	remove(path);

	/* no set theme: not chosen (-1), and the names go in any case */
	char p2[] = "/tmp/nd-theme-XXXXXX";
	write_temp(p2, "set theme = MonoChrome\n");
	c = tui_config_load(p2, &errors);
	assert_non_null(c);
	assert_null(errors);
	assert_int_equal(c->theme, (int)theme_mono());
	tui_config_free(c);
	remove(p2);
	c = tui_config_load("/dev/null", &errors);
	assert_non_null(c);
	assert_null(errors);
	assert_int_equal(c->theme, -1);
	tui_config_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_theme_defines_every_element),
		cmocka_unit_test(high_contrast_uses_no_dim),
		cmocka_unit_test(verdict_colours_stay_distinct),
		cmocka_unit_test(light_has_no_pale_letters),
		cmocka_unit_test(mono_uses_no_colour),
		cmocka_unit_test(default_keeps_the_old_colours),
		cmocka_unit_test(names_are_found_in_any_case),
		cmocka_unit_test(config_colours_go_over_the_theme),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
