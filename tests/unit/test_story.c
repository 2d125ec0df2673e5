/* Unit tests: opening sets of reports, files and directories, with the
 * bad ones reported and the good ones kept (story.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"
#include "load/story.h"

static char tmpdir[256];

static int make_tmp(void **state)
{
	snprintf(tmpdir, sizeof tmpdir, "/tmp/nd-story-XXXXXX");
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int remove_tmp(void **state)
{
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

static const char *write_file(const char *name, const void *data, size_t n)
{
	static char path[512];
	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, n, f), n);
	fclose(f);
	return path;
}

static void bundled_directory_opens_five_reports(void **state)
{
	struct story s;
	char *paths[] = { (char *)tree_path("articles/journalists-tracked") };
	assert_int_equal(story_load(&s, paths, 1), ND_E_OK);
	assert_int_equal(s.n, 5);
	assert_int_equal(s.nerr, 0);
	/* In file-name order. */
	assert_string_equal(s.arts[0].outlet, "FBA News");
	assert_string_equal(s.arts[4].outlet, "SiliconANGLE");
	story_release(&s);
}

static void bad_files_are_reported_and_good_ones_kept(void **state)
{
	char good1[512], good2[512], empty[512], bin[512], missing[512];
	snprintf(good1, sizeof good1, "%s", write_file("a.txt", "First report.\n", 14));
	snprintf(good2, sizeof good2, "%s", write_file("b.txt", "Second report.\n", 15));
	snprintf(empty, sizeof empty, "%s", write_file("empty.txt", "", 0));
	snprintf(bin, sizeof bin, "%s", write_file("bin.txt", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
	snprintf(missing, sizeof missing, "%s/missing.txt", tmpdir);
	char *paths[] = { good1, empty, missing, bin, good2 };
	struct story s;
	assert_int_equal(story_load(&s, paths, 5), ND_E_OK);
	assert_int_equal(s.n, 2);
	assert_int_equal(s.nerr, 3);
	assert_string_equal(s.errs[0].source, empty);
	assert_int_equal(s.errs[0].err, ND_E_EMPTY);
	assert_string_equal(s.errs[1].source, missing);
	assert_int_equal(s.errs[1].err, ND_E_NOENT);
	assert_int_equal(s.errs[2].err, ND_E_BINARY);
	story_release(&s);
}

static void directory_without_reports(void **state)
{
	char dir[512];
	snprintf(dir, sizeof dir, "%s/nothing", tmpdir);
	assert_int_equal(mkdir(dir, 0700), 0);
	char *paths[] = { dir };
	struct story s;
	assert_int_equal(story_load(&s, paths, 1), ND_E_NO_REPORTS);
	assert_int_equal(s.n, 0);
	assert_int_equal(s.nerr, 1);
	assert_string_equal(s.errs[0].source, dir);
	story_release(&s);
}

static void at_least_sixteen_reports(void **state)
{
	char *paths[ND_MAX_REPORTS + 2];
	char names[ND_MAX_REPORTS + 2][512];
	for (int i = 0; i < ND_MAX_REPORTS + 2; i++) {
		char name[32], text[64];
		snprintf(name, sizeof name, "r%02d.txt", i);
		int n = snprintf(text, sizeof text, "Report number %d.\n", i);
		snprintf(names[i], sizeof names[i], "%s", write_file(name, text, (size_t)n));
		paths[i] = names[i];
	}
	struct story s;
	assert_int_equal(story_load(&s, paths, 16), ND_E_OK);
	assert_int_equal(s.n, 16);
	story_release(&s);
	/* Past the limit, the extra ones are refused by name. */
	assert_int_equal(story_load(&s, paths, ND_MAX_REPORTS + 2), ND_E_OK);
	assert_int_equal(s.n, ND_MAX_REPORTS);
	assert_int_equal(s.nerr, 2);
	assert_int_equal(s.errs[0].err, ND_E_TOO_MANY);
	story_release(&s);
}

static void nothing_loads(void **state)
{
	char missing[512];
	snprintf(missing, sizeof missing, "%s/nope.txt", tmpdir);
	char *paths[] = { missing };
	struct story s;
	assert_int_equal(story_load(&s, paths, 1), ND_E_NOENT);
	story_release(&s);
	assert_int_equal(story_load(&s, paths, 0), ND_E_NO_REPORTS);
	story_release(&s);
}

static void bundled_story_is_found(void **state)
{
	char out[4096];
	/* run.sh points NEWSDIFF_DATADIR at the source tree. */
	assert_int_equal(story_find_bundled(out, sizeof out), ND_E_OK);
	assert_non_null(strstr(out, "/articles/journalists-tracked"));
	setenv("NEWSDIFF_DATADIR", tmpdir, 1);
	assert_int_equal(story_find_bundled(out, sizeof out), ND_E_NO_STORY);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bundled_directory_opens_five_reports),
		cmocka_unit_test(bad_files_are_reported_and_good_ones_kept),
		cmocka_unit_test(directory_without_reports),
		cmocka_unit_test(at_least_sixteen_reports),
		cmocka_unit_test(nothing_loads),
		cmocka_unit_test(bundled_story_is_found),
	};
	return cmocka_run_group_tests(tests, make_tmp, remove_tmp);
}
