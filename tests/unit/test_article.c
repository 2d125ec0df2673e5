/* Unit tests: loading report files, the header block, paragraph splitting,
 * articles built from parts (article.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"

static void parse(const char *text, const char *name, struct article *a)
{
	assert_int_equal(article_parse(text, strlen(text), name, a), ND_E_OK);
}

static void header_fields_are_read(void **state)
{
	struct article a;
	parse("Outlet: The Daily Example\nTitle: Bridge closes\nDATE: 2024-05-01\n"
	      "url: https://example.org/bridge\nAuthor: A. Writer\n\nFirst paragraph.\n",
	      "x.txt", &a);
	assert_true(a.has_header);
	assert_string_equal(a.outlet, "The Daily Example");
	assert_string_equal(a.title, "Bridge closes");
	assert_string_equal(a.date, "2024-05-01");
	assert_string_equal(a.url, "https://example.org/bridge");
	assert_string_equal(a.author, "A. Writer");
	assert_int_equal(a.npara, 1);
	assert_string_equal(a.text, "First paragraph.\n");
	article_release(&a);
}

static void text_starting_with_a_colon_line_is_not_a_header(void **state)
{
	struct article a;
	/* "Report:" is not a header key: the line is the report's own text. */
	parse("Report: councils agree budget\n\nThe councils met.\n", "03-city-news.txt", &a);
	assert_false(a.has_header);
	assert_string_equal(a.outlet, "city news");
	/* with no header, the headline the text opens with is the title */
	assert_string_equal(a.title, "Report: councils agree budget");
	assert_int_equal(a.npara, 2);
	assert_memory_equal(a.text + a.paras[0].start, "Report: councils", 16);
	article_release(&a);
}

static void header_needs_every_line_to_be_a_key(void **state)
{
	struct article a;
	parse("Title: Something\nThis line is text.\n\nMore text.\n", "t.txt", &a);
	assert_false(a.has_header);
	assert_string_equal(a.title, "");
	article_release(&a);
}

/* A page that names no site is headed by its address's host, not by its
 * file name; a text that opens with a paragraph of body text has no
 * title made up for it. */
static void headings_from_what_the_report_has(void **state)
{
	struct article a;
	const char body[] = "The council met on Monday and agreed the budget.\n\nIt passed.\n";
	struct article_parts p = { .source = "saved-page-4f9c2a7b1e0d3c5a8b6e9f1d2c3b4a5e6f7a8b9c0d1e2f3a.html",
				   .url = "https://www.valley-post.example/2031/04/budget",
				   .body = body, .body_len = sizeof body - 1 };
	assert_int_equal(article_from_parts(&p, &a), ND_E_OK);
	assert_string_equal(a.outlet, "valley-post.example");
	assert_string_equal(a.title, "");
	article_release(&a);
}

static void outlet_from_file_name(void **state)
{
	char *o = article_outlet_from_name("/some/dir/02_the-morning_post.txt");
	assert_string_equal(o, "the morning post");
	free(o);
	o = article_outlet_from_name("2024-report.txt");
	assert_string_equal(o, "2024 report");
	free(o);
	o = article_outlet_from_name(".hidden");
	assert_string_equal(o, ".hidden");
	free(o);
	/* a name holding escape sequences: made visible, as text is */
	o = article_outlet_from_name("dir/\033]0;pwned\007.txt");
	assert_string_equal(o, "\xe2\x90\x9b]0;pwned\xe2\x90\x87");
	free(o);
}

static void blank_lines_separate_paragraphs(void **state)
{
	struct article a;
	parse("One.\n\n\n  Two.  \n\nThree.", "t.txt", &a);
	assert_int_equal(a.npara, 3);
	assert_int_equal(a.paras[1].len, 4);
	assert_memory_equal(a.text + a.paras[1].start, "Two.", 4);
	article_release(&a);
}

static void one_paragraph_per_line_without_blank_lines(void **state)
{
	struct article a;
	parse("The mayor spoke on Monday.\nShe said the bridge will reopen.\n"
	      "\"We are ready,\" she said.\nAdvert\nWork starts in May.\n", "t.txt", &a);
	assert_int_equal(a.npara, 5);
	article_release(&a);
}

static void hard_wrapped_lines_join(void **state)
{
	struct article a;
	parse("The council voted on Tuesday to close the\nbridge for repairs that "
	      "will last until\nthe end of the year, officials said.\n\nSecond one.\n",
	      "t.txt", &a);
	assert_int_equal(a.npara, 2);
	assert_true(a.paras[0].len > 80);
	article_release(&a);
	/* Two lines, the last ending the sentence: still one paragraph. */
	parse("The council voted to close the\nbridge for a year.\n\nNext.\n", "t.txt", &a);
	assert_int_equal(a.npara, 2);
	article_release(&a);
}

static void bad_input_is_refused_with_a_reason(void **state)
{
	struct article a;
	assert_int_equal(article_parse("", 0, "e.txt", &a), ND_E_EMPTY);
	assert_int_equal(article_parse("\x7f" "ELF\x02\x01\x01\0\0\0", 10, "b", &a), ND_E_BINARY);
	assert_int_equal(article_parse("\n \n\t\n", 5, "w.txt", &a), ND_E_NO_TEXT);
	assert_int_equal(article_parse("Title: x\n\n", 10, "h.txt", &a), ND_E_NO_TEXT);
	assert_null(a.text);
}

static void escapes_and_invalid_bytes_load_safely(void **state)
{
	struct article a;
	const char raw[] = "Outlet: \x1b[2JEvil\n\nText \x1b[31mred\xff end.\n";
	assert_int_equal(article_parse(raw, sizeof raw - 1, "x", &a), ND_E_OK);
	assert_null(strchr(a.outlet, 0x1b));
	assert_null(strchr(a.text, 0x1b));
	assert_int_equal(a.fixes.invalid, 1);
	assert_int_equal(a.fixes.controls, 2);
	assert_non_null(strstr(a.text, "\xef\xbf\xbd end."));
	article_release(&a);
}

static void loads_files_and_names_errors(void **state)
{
	struct article a;
	assert_int_equal(article_load(bundled("2-afp.txt"), &a), ND_E_OK);
	assert_string_equal(a.outlet, "AFP");
	assert_string_equal(a.date, "2022-12-23");
	assert_true(a.npara > 10);
	article_release(&a);
	assert_int_equal(article_load(tree_path("no/such/file.txt"), &a), ND_E_NOENT);
	assert_int_equal(article_load(tree_path("articles"), &a), ND_E_NOT_REGULAR);
}

static void paragraphs_point_into_the_text(void **state)
{
	struct article a;
	assert_int_equal(article_load(bundled("4-unilad.txt"), &a), ND_E_OK);
	for (size_t i = 0; i < a.npara; i++) {
		assert_true(a.paras[i].start + a.paras[i].len <= a.len);
		assert_true(a.paras[i].len > 0);
		assert_true(a.text[a.paras[i].start] != ' ' && a.text[a.paras[i].start] != '\n');
	}
	/* UNILAD's text has one paragraph per line and no blank lines. */
	assert_int_equal(a.npara, 30);
	article_release(&a);
}

static void parts_with_a_header_like_first_line_keep_it(void **state)
{
	struct article a;
	const char body[] = "Date: the vote is on Thursday\n\nThe council met.\n";
	struct article_parts p = { .source = "07-valley-post.html", .body = body,
				   .body_len = sizeof body - 1 };
	assert_int_equal(article_from_parts(&p, &a), ND_E_OK);
	assert_false(a.has_header);
	assert_string_equal(a.date, "");
	assert_string_equal(a.title, "Date: the vote is on Thursday");
	assert_string_equal(a.outlet, "valley post");
	assert_string_equal(a.source, "07-valley-post.html");
	assert_int_equal(a.npara, 2);
	assert_string_equal(a.text, body);
	article_release(&a);
}

static void parts_fields_are_one_clean_line(void **state)
{
	struct article a;
	const char body[] = "\n \nThe council met \x1b[1mon Monday.\n";
	struct article_parts p = {
		.source = "p", .outlet = "  The Valley\nPost ", .title = "Bridge\r\nvote\xff",
		.date = "2031-03-04", .url = "https://post.example/a", .author = "\tA. Writer\n",
		.body = body, .body_len = sizeof body - 1,
	};
	assert_int_equal(article_from_parts(&p, &a), ND_E_OK);
	assert_true(a.has_header);
	assert_string_equal(a.outlet, "The Valley Post");
	assert_string_equal(a.title, "Bridge  vote\xef\xbf\xbd");
	assert_string_equal(a.date, "2031-03-04");
	assert_string_equal(a.url, "https://post.example/a");
	assert_string_equal(a.author, "A. Writer");
	/* leading blank lines go, as after a header; fixes count every part */
	assert_memory_equal(a.text, "The council met ", 16);
	assert_null(strchr(a.text, 0x1b));
	assert_int_equal(a.fixes.invalid, 1);
	assert_int_equal(a.fixes.controls, 1);
	article_release(&a);
}

/* The body comes out as article_parse makes the text after a header. */
static void parts_match_a_parsed_header(void **state)
{
	const char body[] = "NEWS\n\nBridge to close for a year\n\nRepairs will cost more\n\n"
			    "The city's main bridge will close on Monday for repairs, officials\n"
			    "said on Friday, after engineers found cracks in two of its\n"
			    "supports.\n\nRelated stories\n\nNew bus routes\n";
	char file[1024];
	int n = snprintf(file, sizeof file, "Outlet: The Valley Post\nTitle: Bridge to close "
			 "for a year\n\n\n%s", body);
	struct article want, got;
	parse(file, "v.txt", &want);
	struct article_parts p = { .source = "v.txt", .outlet = "The Valley Post",
				   .title = "Bridge to close for a year",
				   .body = body, .body_len = sizeof body - 1 };
	assert_int_equal(article_from_parts(&p, &got), ND_E_OK);
	assert_true(n > 0 && (size_t)n < sizeof file);
	assert_int_equal(got.len, want.len);
	assert_string_equal(got.text, want.text);
	assert_string_equal(got.outlet, want.outlet);
	assert_string_equal(got.title, want.title);
	assert_int_equal(got.npara, want.npara);
	for (size_t i = 0; i < got.npara; i++) {
		assert_int_equal(got.paras[i].start, want.paras[i].start);
		assert_int_equal(got.paras[i].len, want.paras[i].len);
		assert_int_equal(got.paras[i].kind, want.paras[i].kind);
		assert_int_equal(got.paras[i].rule, want.paras[i].rule);
	}
	/* the title marks the headline, and the tail is furniture */
	assert_int_equal(got.paras[1].kind, PARA_HEADLINE);
	assert_int_equal(got.paras[got.npara - 1].rule, FURN_TAIL);
	article_release(&want);
	article_release(&got);
}

static void parts_without_text_are_refused(void **state)
{
	struct article a;
	struct article_parts p = { .source = "e", .title = "Only a title", .body = "", .body_len = 0 };
	assert_int_equal(article_from_parts(&p, &a), ND_E_EMPTY);
	p.body = "\n  \n";
	p.body_len = 4;
	assert_int_equal(article_from_parts(&p, &a), ND_E_NO_TEXT);
	assert_null(a.text);
	assert_null(a.title);
	p.body = "\0\0\0\0";
	assert_int_equal(article_from_parts(&p, &a), ND_E_BINARY);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(header_fields_are_read),
		cmocka_unit_test(text_starting_with_a_colon_line_is_not_a_header),
		cmocka_unit_test(header_needs_every_line_to_be_a_key),
		cmocka_unit_test(outlet_from_file_name),
		cmocka_unit_test(headings_from_what_the_report_has),
		cmocka_unit_test(blank_lines_separate_paragraphs),
		cmocka_unit_test(one_paragraph_per_line_without_blank_lines),
		cmocka_unit_test(hard_wrapped_lines_join),
		cmocka_unit_test(bad_input_is_refused_with_a_reason),
		cmocka_unit_test(escapes_and_invalid_bytes_load_safely),
		cmocka_unit_test(loads_files_and_names_errors),
		cmocka_unit_test(paragraphs_point_into_the_text),
		cmocka_unit_test(parts_with_a_header_like_first_line_keep_it),
		cmocka_unit_test(parts_fields_are_one_clean_line),
		cmocka_unit_test(parts_match_a_parsed_header),
		cmocka_unit_test(parts_without_text_are_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
