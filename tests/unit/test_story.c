/* Unit tests: opening sets of reports, files and directories, with the
 * bad ones reported and the good ones kept (story.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
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

/* Files and a directory loaded on three threads: the same reports,
 * errors and warnings, in the same order, as on one. */
static void loaded_side_by_side_alike(void **state)
{
	char good1[512], good2[512], empty[512], missing[512];
	snprintf(good1, sizeof good1, "%s", write_file("c.txt", "Kim Lund spoke.\n", 16));
	snprintf(good2, sizeof good2, "%s", write_file("d.txt", "Ada Roe spoke.\n", 15));
	snprintf(empty, sizeof empty, "%s", write_file("empty2.txt", "", 0));
	snprintf(missing, sizeof missing, "%s/missing2.txt", tmpdir);
	char *paths[] = { good1, empty, (char *)tree_path("tests/fixtures/html-story"), missing, good2 };
	struct story one, three;
	memset(&one, 0, sizeof one);
	memset(&three, 0, sizeof three);
	three.threads = 3;
	assert_int_equal(story_add_paths(&one, paths, 5), ND_E_OK);
	assert_int_equal(story_add_paths(&three, paths, 5), ND_E_OK);
	assert_true(one.n >= 3);
	assert_int_equal(three.n, one.n);
	for (size_t i = 0; i < one.n; i++) {
		assert_string_equal(three.arts[i].source, one.arts[i].source);
		assert_int_equal(three.arts[i].len, one.arts[i].len);
		assert_memory_equal(three.arts[i].text, one.arts[i].text, one.arts[i].len);
	}
	assert_int_equal(one.nerr, 2);
	assert_int_equal(three.nerr, one.nerr);
	for (size_t i = 0; i < one.nerr; i++) {
		assert_string_equal(three.errs[i].source, one.errs[i].source);
		assert_int_equal(three.errs[i].err, one.errs[i].err);
	}
	assert_int_equal(three.nwarn, one.nwarn);
	for (size_t i = 0; i < one.nwarn; i++)
		assert_string_equal(three.warns[i].source, one.warns[i].source);
	story_release(&one);
	story_release(&three);
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

/* An invented page with no metadata at all, whose first paragraph reads
 * like a header line. */
static const char date_page[] =
	"<!DOCTYPE html>\n<html><body><article>\n"
	"<p>Date: the committee meets again on Thursday</p>\n"
	"<p>The town council of Lowmarsh voted on Monday to rebuild the footbridge over "
	"the river, after engineers found that two of its supports had cracked.</p>\n"
	"<p>Work is expected to begin in the spring and to last about eight months, the "
	"council said, and a ferry will run while the bridge is closed.</p>\n"
	"<p>Residents had asked for a new crossing for several years, and the vote was "
	"carried by a wide margin after a long debate.</p>\n"
	"</article></body></html>\n";

static void expect_date_paragraph_kept(const struct story *s)
{
	assert_int_equal(s->n, 1);
	assert_int_equal(s->nerr, 0);
	const struct article *a = &s->arts[0];
	/* Not taken for a header: no date, and the line is still the text. */
	assert_string_equal(a->date, "");
	assert_false(a->has_header);
	assert_int_equal(a->npara, 4);
	assert_memory_equal(a->text + a->paras[0].start, "Date: the committee", 19);
	assert_memory_equal(a->text, "Date: the committee", 19);
}

static void page_paragraph_that_reads_like_a_header_stays_text(void **state)
{
	struct story s;
	memset(&s, 0, sizeof s);
	assert_int_equal(story_add_page(&s, "footbridge.html", date_page, sizeof date_page - 1,
					"text/html; charset=utf-8", NULL), ND_E_OK);
	expect_date_paragraph_kept(&s);
	assert_string_equal(s.arts[0].outlet, "footbridge");
	story_release(&s);

	/* The same page read from a file. */
	char path[512];
	snprintf(path, sizeof path, "%s", write_file("footbridge.html", date_page,
						      sizeof date_page - 1));
	char *paths[] = { path };
	assert_int_equal(story_load(&s, paths, 1), ND_E_OK);
	expect_date_paragraph_kept(&s);
	story_release(&s);
}

static const char meta_page[] =
	"<!DOCTYPE html>\n<html><head>\n"
	"<meta property=\"og:site_name\" content=\"The Lowmarsh Courier\">\n"
	"<meta property=\"og:title\" content=\"Footbridge to be rebuilt\">\n"
	"<meta property=\"article:published_time\" content=\"2031-03-04T09:00:00Z\">\n"
	"<meta name=\"author\" content=\"Ada Quill\">\n"
	"%s"
	"<title>Footbridge | The Lowmarsh Courier</title>\n"
	"</head><body><article>\n"
	"<p>Date: the committee meets again on Thursday</p>\n"
	"<p>The town council of Lowmarsh voted on Monday to rebuild the footbridge over "
	"the river, after engineers found that two of its supports had cracked.</p>\n"
	"<p>Work is expected to begin in the spring and to last about eight months, the "
	"council said, and a ferry will run while the bridge is closed.</p>\n"
	"</article></body></html>\n";

static void page_metadata_lands_in_the_article(void **state)
{
	char page[4096];
	int n = snprintf(page, sizeof page, meta_page,
			 "<link rel=\"canonical\" href=\"https://courier.example/footbridge\">\n");
	struct story s;
	memset(&s, 0, sizeof s);
	assert_int_equal(story_add_page(&s, "https://courier.example/fb?ref=feed", page, (size_t)n,
					"text/html", "https://courier.example/fb?ref=feed"), ND_E_OK);
	assert_int_equal(s.n, 1);
	const struct article *a = &s.arts[0];
	assert_string_equal(a->source, "https://courier.example/fb?ref=feed");
	assert_string_equal(a->outlet, "The Lowmarsh Courier");
	assert_string_equal(a->title, "Footbridge to be rebuilt");
	assert_string_equal(a->date, "2031-03-04");
	assert_string_equal(a->url, "https://courier.example/footbridge");
	assert_string_equal(a->author, "Ada Quill");
	assert_true(a->has_header);
	/* the body's own "Date:" line is text, not a second date */
	assert_memory_equal(a->text, "Date: the committee", 19);
	story_release(&s);

	/* Without a canonical link, the address it was fetched from. */
	n = snprintf(page, sizeof page, meta_page, "");
	memset(&s, 0, sizeof s);
	assert_int_equal(story_add_page(&s, "fb", page, (size_t)n, NULL,
					"https://courier.example/fb?ref=feed"), ND_E_OK);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.arts[0].url, "https://courier.example/fb?ref=feed");
	assert_string_equal(s.arts[0].outlet, "The Lowmarsh Courier");
	story_release(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bundled_directory_opens_five_reports),
		cmocka_unit_test(bad_files_are_reported_and_good_ones_kept),
		cmocka_unit_test(loaded_side_by_side_alike),
		cmocka_unit_test(directory_without_reports),
		cmocka_unit_test(at_least_sixteen_reports),
		cmocka_unit_test(nothing_loads),
		cmocka_unit_test(page_paragraph_that_reads_like_a_header_stays_text),
		cmocka_unit_test(page_metadata_lands_in_the_article),
		cmocka_unit_test(bundled_story_is_found),
	};
	return cmocka_run_group_tests(tests, make_tmp, remove_tmp);
}
