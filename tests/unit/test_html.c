/* Unit tests: reading news pages - metadata, the article body without page
 * furniture, character sets, structured data, hostile input (src/load/html/). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"
#include "load/html.h"
#include "load/html/internal.h" /* html_drop_raw_text */
#include "base/text.h"

/* Read tests/fixtures/html/NAME; the caller frees the result. */
static char *fixture(const char *name, size_t *n)
{
	char rel[256];
	snprintf(rel, sizeof rel, "tests/fixtures/html/%s", name);
	FILE *f = fopen(tree_path(rel), "rb");
	assert_non_null(f);
	char *buf = malloc(1 << 16);
	assert_non_null(buf);
	*n = fread(buf, 1, (1 << 16) - 1, f);
	buf[*n] = '\0';
	fclose(f);
	return buf;
}

static void extract_fixture(const char *name, const char *charset, const char *url,
			    struct html_doc *d)
{
	size_t n;
	char *page = fixture(name, &n);
	assert_int_equal(html_extract(page, n, charset, url, d), ND_E_OK);
	free(page);
	assert_non_null(d->body);
	assert_int_equal(strlen(d->body), d->body_len);
}

static bool contains(const char *hay, const char *needle)
{
	return strstr(hay, needle) != NULL;
}

/* Every paragraph of the body is separated by exactly one blank line. */
static void assert_paragraph_layout(const char *body)
{
	assert_false(contains(body, "\n\n\n"));
	size_t n = strlen(body);
	if (n) {
		assert_true(body[0] != '\n' && body[0] != ' ');
		assert_true(body[n - 1] != '\n' && body[n - 1] != ' ');
	}
}

static void article_body_without_furniture(void **state)
{
	struct html_doc d;
	extract_fixture("article.html", NULL, "https://www.coastalcourier.example/x", &d);
	assert_string_equal(d.method, "dom");
	/* the body, its subheading and its list come out */
	assert_true(contains(d.body, "The harbour bridge will close to all traffic for six weeks"));
	assert_true(contains(d.body, "Drivers will be sent on a 14-mile diversion"));
	assert_true(contains(d.body, "\n\nFerry service doubled\n\n"));
	assert_true(contains(d.body, "said councillor Janet Morris"));
	assert_true(contains(d.body, "Pedestrians and cyclists can still use the footbridge"));
	assert_true(contains(d.body, "Work is due to finish on 18 April"));
	/* paragraphs are kept apart */
	assert_true(contains(d.body, "said on Tuesday.\n\nDrivers will"));
	assert_paragraph_layout(d.body);
	/* and the furniture does not */
	static const char *const furniture[] = {
		"Weather and tides",        /* navigation */
		"We use cookies",           /* cookie box */
		"Share on Facebook",        /* share bar */
		"Email this story",
		"Transport correspondent",  /* byline */
		"Photograph: Courier",      /* caption */
		"Advertisement",
		"Related stories",          /* related links */
		"Ferry fares to rise",
		"About time they fixed it", /* comments */
		"Leave a reply",
		"Lifeboat crew",            /* sidebar */
		"All rights reserved",      /* footer */
		"Privacy policy",
		"script text",
	};
	for (size_t i = 0; i < sizeof furniture / sizeof furniture[0]; i++)
		if (contains(d.body, furniture[i]))
			fail_msg("furniture in the body: %s", furniture[i]);
	assert_false(d.short_body);
	/* metadata from OpenGraph and meta tags */
	assert_string_equal(d.outlet, "The Coastal Courier");
	assert_string_equal(d.title, "Harbour bridge to close for six weeks of repairs");
	assert_string_equal(d.date, "2024-03-05");
	assert_string_equal(d.author, "Maria Lopes");
	assert_string_equal(d.url, "https://www.coastalcourier.example/news/harbour-bridge-repairs");
	html_doc_release(&d);
	assert_null(d.body);
}

static void body_is_an_article_for_the_parser(void **state)
{
	/* The body is later read as a report: paragraphs split on blank lines. */
	struct html_doc d;
	extract_fixture("article.html", NULL, NULL, &d);
	struct article a;
	assert_int_equal(article_parse(d.body, d.body_len, "page.html", &a), ND_E_OK);
	assert_true(a.npara >= 7);
	assert_non_null(para_starting(&a, "Drivers will be sent"));
	article_release(&a);
	html_doc_release(&d);
}

static void json_ld_metadata_and_body(void **state)
{
	struct html_doc d;
	extract_fixture("jsonld.html", NULL, "https://valleygazette.example/frost", &d);
	assert_string_equal(d.method, "json-ld");
	assert_string_equal(d.outlet, "Valley Gazette");
	assert_string_equal(d.title, "Orchard growers count cost of late frost");
	assert_string_equal(d.date, "2023-05-17");
	assert_string_equal(d.author, "Tom Baker, Priya Shah");
	assert_string_equal(d.url, "https://valleygazette.example/frost");
	/* the whole body, which the page's own markup cut short */
	assert_true(contains(d.body, "asked the government to open its emergency fund"));
	assert_true(contains(d.body, "\"We have never seen damage like it"));
	/* its lines are paragraphs */
	assert_true(contains(d.body, "this year's blossom.\n\nThe temperature fell"));
	assert_paragraph_layout(d.body);
	html_doc_release(&d);
}

static void opengraph_only_metadata(void **state)
{
	struct html_doc d;
	extract_fixture("opengraph.html", NULL, "https://www.other.example/p?id=1", &d);
	assert_string_equal(d.outlet, "Northern Ledger");
	assert_string_equal(d.title, "Library extends opening hours after petition");
	assert_string_equal(d.date, "2022-11-02");
	/* article:author is a profile link, not a name */
	assert_string_equal(d.author, "");
	assert_string_equal(d.url, "https://northernledger.example/library-hours");
	assert_true(contains(d.body, "more than 3,000 people signed a petition"));
	html_doc_release(&d);
}

static void outlet_from_the_url_host(void **state)
{
	static const char page[] = "<html><head><title>A title</title></head><body>"
				   "<h1>The headline</h1><p>Some text.</p></body></html>";
	struct html_doc d;
	assert_int_equal(html_extract(page, sizeof page - 1, NULL,
				      "https://www.Daily-Example.co.uk:8080/news/1", &d),
			 ND_E_OK);
	assert_string_equal(d.outlet, "daily-example.co.uk");
	/* without og:title or JSON-LD the <h1> is the title */
	assert_string_equal(d.title, "The headline");
	assert_string_equal(d.date, "");
	assert_string_equal(d.url, "https://www.Daily-Example.co.uk:8080/news/1");
	html_doc_release(&d);

	assert_int_equal(html_extract(page, sizeof page - 1, NULL, NULL, &d), ND_E_OK);
	assert_string_equal(d.outlet, "");
	assert_string_equal(d.url, "");
	html_doc_release(&d);
}

static void windows_1252_page(void **state)
{
	struct html_doc d;
	/* The page says ISO-8859-1 but, as browsers assume, is windows-1252. */
	extract_fixture("cp1252.html", NULL, NULL, &d);
	assert_true(contains(d.body, "\xe2\x80\x9cWe are delighted,\xe2\x80\x9d said Ren\xc3\xa9" "e"));
	assert_true(contains(d.body, "the caf\xc3\xa9 on the square"));
	assert_true(contains(d.body, "\xe2\x82\xac" "10 a day \xe2\x80\x93 half"));
	assert_string_equal(d.title, "Caf\xc3\xa9 owners welcome new market");
	html_doc_release(&d);

	/* The HTTP header's charset wins over the page's. */
	size_t n;
	char *page = fixture("cp1252.html", &n);
	assert_int_equal(html_extract(page, n, "text/html; charset=windows-1252", NULL, &d), ND_E_OK);
	assert_true(contains(d.body, "Ren\xc3\xa9" "e Dupont"));
	html_doc_release(&d);
	free(page);

	/* Undeclared bytes that are not UTF-8 are read as windows-1252. */
	static const char bare[] = "<html><body><p>D\xe9j\xe0 vu \x93quoted\x94</p></body></html>";
	assert_int_equal(html_extract(bare, sizeof bare - 1, NULL, NULL, &d), ND_E_OK);
	assert_true(contains(d.body, "D\xc3\xa9j\xc3\xa0 vu \xe2\x80\x9cquoted\xe2\x80\x9d"));
	html_doc_release(&d);
}

static void utf8_meta_and_bom(void **state)
{
	static const char page[] = "\xef\xbb\xbf<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
				   "</head><body><p>Ni\xc3\xb1o and \xe2\x80\x9cquotes\xe2\x80\x9d</p>"
				   "</body></html>";
	struct html_doc d;
	assert_int_equal(html_extract(page, sizeof page - 1, NULL, NULL, &d), ND_E_OK);
	assert_string_equal(d.body, "Ni\xc3\xb1o and \xe2\x80\x9cquotes\xe2\x80\x9d");
	html_doc_release(&d);
}

static void teaser_json_ld_loses_to_the_page(void **state)
{
	struct html_doc d;
	extract_fixture("teaser.html", NULL, NULL, &d);
	assert_string_equal(d.method, "dom");
	assert_true(contains(d.body, "More than 2,000 visitors queued in the rain"));
	assert_true(contains(d.body, "the basement galleries will reopen in stages"));
	/* the metadata still comes from JSON-LD */
	assert_string_equal(d.title, "City museum reopens after flood repairs");
	assert_string_equal(d.author, "Alex Morgan");
	assert_string_equal(d.date, "2021-09-30");
	assert_false(d.short_body);
	html_doc_release(&d);
}

static void short_page_is_flagged(void **state)
{
	struct html_doc d;
	extract_fixture("short.html", NULL, NULL, &d);
	assert_true(d.short_body);
	assert_string_equal(d.body,
			    "The coast road is closed between Ashby and Fenton after a landslip, police said.");
	assert_string_equal(d.title, "Road closed");
	html_doc_release(&d);

	static const char empty[] = "";
	assert_int_equal(html_extract(empty, 0, NULL, NULL, &d), ND_E_OK);
	assert_true(d.short_body);
	assert_string_equal(d.body, "");
	assert_string_equal(d.title, "");
	html_doc_release(&d);
}

static void deep_nesting_finishes(void **state)
{
	enum { DEPTH = 100000 };
	static const char before[] = "<html><body><p>Text before the deep part of the page.</p>";
	static const char text[] = "<p>Text at the bottom of a very deep page.</p>";
	size_t cap = DEPTH * 11 + sizeof before + sizeof text + 64;
	char *page = malloc(cap);
	assert_non_null(page);
	size_t n = 0;
	memcpy(page, before, sizeof before - 1);
	n += sizeof before - 1;
	for (int i = 0; i < DEPTH; i++) {
		memcpy(page + n, "<div>", 5);
		n += 5;
	}
	memcpy(page + n, text, sizeof text - 1);
	n += sizeof text - 1;
	for (int i = 0; i < DEPTH; i++) {
		memcpy(page + n, "</div>", 6);
		n += 6;
	}
	struct html_doc d;
	assert_int_equal(html_extract(page, n, NULL, NULL, &d), ND_E_OK);
	/* what came before the nesting is read; the parser gives up deep
	 * down rather than spend time there */
	assert_true(contains(d.body, "Text before the deep part of the page."));
	html_doc_release(&d);

	/* end tags that match nothing, under deep nesting */
	n = 0;
	for (int i = 0; i < DEPTH / 10; i++) {
		memcpy(page + n, "<div>", 5);
		n += 5;
	}
	for (int i = 0; i < DEPTH && n + 8 < cap; i++) {
		memcpy(page + n, "</span>", 7);
		n += 7;
	}
	assert_int_equal(html_extract(page, n, NULL, NULL, &d), ND_E_OK);
	html_doc_release(&d);

	/* unclosed, mixed and repeated inline elements */
	n = 0;
	for (int i = 0; i < DEPTH / 2 && n + 20 < cap; i++) {
		static const char *const bits[] = { "<span>", "<b><i>", "<table><tr><td>", "<li>",
						    "<a href=x>" };
		const char *b = bits[i % 5];
		memcpy(page + n, b, strlen(b));
		n += strlen(b);
		page[n++] = 'w';
	}
	assert_int_equal(html_extract(page, n, NULL, NULL, &d), ND_E_OK);
	html_doc_release(&d);
	free(page);
}

static void invalid_bytes_and_nul_bytes(void **state)
{
	static const char page[] = "<html><body><p>Caf\xff\x00\x00 au lait\xc3 and \x80\x81"
				   " bytes\x1b[31m here</p></body></html>";
	struct html_doc d;
	assert_int_equal(html_extract(page, sizeof page - 1, "utf-8", NULL, &d), ND_E_OK);
	assert_true(contains(d.body, "Caf\xef\xbf\xbd au lait"));
	assert_false(contains(d.body, "\x1b"));
	assert_false(text_is_binary(d.body, d.body_len));
	html_doc_release(&d);

	/* random bytes: no crash, valid UTF-8 out */
	size_t n = 1 << 16;
	unsigned char *junk = malloc(n);
	assert_non_null(junk);
	uint32_t x = 12345;
	for (size_t i = 0; i < n; i++) {
		x = x * 1103515245u + 12345u;
		junk[i] = (unsigned char)(x >> 16);
		if (i % 97 == 0)
			junk[i] = '<';
	}
	assert_int_equal(html_extract((const char *)junk, n, NULL, "not a url", &d), ND_E_OK);
	struct buf clean;
	buf_init(&clean, 1 << 20);
	struct text_fixes fixes = { 0 };
	assert_int_equal(text_sanitize(d.body, d.body_len, &clean, &fixes), ND_E_OK);
	assert_int_equal(fixes.invalid, 0);
	assert_int_equal(fixes.controls, 0);
	buf_release(&clean);
	html_doc_release(&d);
	/* and the same bytes under an unknown charset name */
	assert_int_equal(html_extract((const char *)junk, n, "x-no-such-charset", NULL, &d), ND_E_OK);
	html_doc_release(&d);
	free(junk);
}

static void json_ld_oddities(void **state)
{
	/* broken JSON, deep JSON, escaped HTML in articleBody, a string author */
	struct buf b;
	buf_init(&b, 1 << 20);
	assert_int_equal(buf_adds(&b, "<html><head>"
				     "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
				     "\"headline\": \"Broken</script>"
				     "<script type=\"application/ld+json\">"),
			 ND_E_OK);
	for (int i = 0; i < 5000; i++)
		assert_int_equal(buf_adds(&b, "[{\"a\":"), ND_E_OK);
	assert_int_equal(buf_adds(&b, "</script><script type=\"application/ld+json\">"
				     "[{\"@type\": [\"Thing\", \"Article\"], \"headline\": \"Escaped &amp; fine\", "
				     "\"author\": \"Jo Bloggs\", \"datePublished\": \"20200102\", "
				     "\"articleBody\": \"&lt;p&gt;First paragraph of a body that was escaped twice "
				     "by its publisher, which happens.&lt;/p&gt;&lt;p&gt;Second paragraph &amp;amp; "
				     "more words to make it long enough to be the body of the article.&lt;/p&gt;\"}]"
				     "</script></head><body><p>Short teaser.</p></body></html>"),
			 ND_E_OK);
	struct html_doc d;
	assert_int_equal(html_extract(b.data, b.len, NULL, NULL, &d), ND_E_OK);
	assert_string_equal(d.title, "Escaped & fine");
	assert_string_equal(d.author, "Jo Bloggs");
	assert_string_equal(d.date, "2020-01-02");
	assert_string_equal(d.method, "json-ld");
	assert_true(contains(d.body, "which happens.\n\nSecond paragraph & more words"));
	assert_false(contains(d.body, "<p>"));
	html_doc_release(&d);
	buf_release(&b);
}

/* An HTML articleBody that holds a JSON-LD script of its own: the
 * fragment keeps no JSON-LD, and the page is read (it used to fail as if
 * memory had run out). */
static void json_ld_inside_a_json_ld_body(void **state)
{
	static const char page[] =
		"<!DOCTYPE html><html><head><script type=\"application/ld+json\">"
		"{\"@type\": \"NewsArticle\", \"headline\": \"Ferry timetable changes\", "
		"\"articleBody\": \"<p>The island ferry will run every forty minutes from Monday, "
		"the operator said, instead of every hour as it does now.</p>"
		"<script type=\\\"application/ld+json\\\">{\\\"@type\\\": \\\"Thing\\\"}<\\/script>"
		"<p>Extra crossings will be added at weekends during the summer, when the boats "
		"are often full by mid-morning.</p><p>Fares stay the same.</p>\"}"
		"</script></head><body><p>Ferry timetable changes.</p></body></html>";
	struct html_doc d;
	assert_int_equal(html_extract(page, sizeof page - 1, NULL, NULL, &d), ND_E_OK);
	assert_string_equal(d.method, "json-ld");
	assert_string_equal(d.title, "Ferry timetable changes");
	assert_true(contains(d.body, "instead of every hour as it does now.\n\nExtra crossings"));
	assert_false(contains(d.body, "Thing"));
	html_doc_release(&d);
}

/* JSON-LD past its limit (8 MiB a page) is left out, not a failure. */
static void json_ld_past_its_limit(void **state)
{
	struct buf b;
	buf_init(&b, 16 << 20);
	assert_int_equal(buf_adds(&b, "<html><head><script type=\"application/ld+json\">"
				     "{\"@type\": \"NewsArticle\", \"headline\": \"Kept headline\"}"
				     "</script>"),
			 ND_E_OK);
	char *filler = malloc(3 << 20);
	assert_non_null(filler);
	memset(filler, 'x', 3 << 20);
	for (int i = 0; i < 4; i++) {
		buf_adds(&b, "<script type=\"application/ld+json\">{\"filler\": \"");
		buf_add(&b, filler, 3 << 20);
		buf_adds(&b, "\"}</script>");
	}
	free(filler);
	buf_adds(&b, "</head><body><p>A short body.</p></body></html>");
	assert_int_equal(buf_error(&b), ND_E_OK);
	struct html_doc d;
	assert_int_equal(html_extract(b.data, b.len, NULL, NULL, &d), ND_E_OK);
	assert_string_equal(d.title, "Kept headline");
	assert_true(contains(d.body, "A short body."));
	html_doc_release(&d);
	buf_release(&b);
}

/* The page is read from the parser's events, not a tree: text the
 * parser hands over in pieces (around character references, inline
 * elements, comments) reads as one text, metadata fields get the whole
 * text of their element, attributes without a value count, the head's
 * grandchildren are not read, and what follows an early </html> is. */
static void parser_events_read_as_a_tree(void **state)
{
	static const char page[] =
		"<!DOCTYPE html><html><head><title>Page &amp; site</title>"
		"<noscript><meta property=\"og:title\" content=\"Not a head child\"></noscript>"
		"</head><body><article>"
		"<h1>Harbour <!-- a note --><em>ferry</em> &amp; bridge&#32;plans</h1>"
		"<p>By <a rel=\"author\" href=\"/staff\">Kim <b>Lund</b></a></p>"
		"<p>The ferry &amp; the bridge were <i>both</i> discussed at the meeting of the "
		"harbour board on Tuesday, where members asked for new figures on costs.</p>"
		"<p hidden>A hidden paragraph the reader never sees on the page.</p>"
		"<p>Ferry<!-- split -->boats will run daily until the bridge opens next year, "
		"the board said, and fares will stay as they are for now.</p>"
		"</article></body></html>";
	struct html_doc d;
	assert_int_equal(html_extract(page, sizeof page - 1, NULL, NULL, &d), ND_E_OK);
	assert_string_equal(d.title, "Harbour ferry & bridge plans");
	assert_string_equal(d.author, "Kim Lund");
	assert_true(contains(d.body, "The ferry & the bridge were both discussed"));
	assert_true(contains(d.body, "Ferryboats will run daily"));
	assert_false(contains(d.body, "hidden paragraph"));
	html_doc_release(&d);

	/* an early </html>: what follows is still the page's (libxml2 opens
	 * another <html> for it), with a doctype or without */
	static const char *const early[] = {
		"<html><body><div>Advert</div></body></html><article><p>The ferry will run "
		"daily until the bridge opens, the harbour board said on Tuesday.</p></article>",
		"<!DOCTYPE html><html><body><div>Advert</div></body></html><article><p>The ferry "
		"will run daily until the bridge opens, the harbour board said on Tuesday.</p>"
		"</article>",
	};
	for (size_t k = 0; k < 2; k++) {
		assert_int_equal(html_extract(early[k], strlen(early[k]), NULL, NULL, &d), ND_E_OK);
		assert_true(contains(d.body, "The ferry will run daily"));
		html_doc_release(&d);
	}

	/* without a heading the <title> names the page, read whole */
	static const char bare[] = "<html><head><title> Tide &lt;tables&gt; <!-- x -->for May "
				   "</title></head><body><p>Low water at noon.</p></body></html>";
	assert_int_equal(html_extract(bare, sizeof bare - 1, NULL, NULL, &d), ND_E_OK);
	assert_string_equal(d.title, "Tide <tables> for May");
	html_doc_release(&d);
}

/* Scripts' and style sheets' text is left out before parsing, and only
 * where the parser reads raw text: markup that merely looks like a
 * script (in a comment, an attribute, after an end tag's name) keeps the
 * text after it. */
static void raw_text_left_out_only_where_it_is_raw(void **state)
{
	static const char page[] =
		"<!DOCTYPE html><html><head><STYLE>p { color: red } </p></STYLE>"
		"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
		"\"author\": {\"name\": \"Petra Olsund\"}}</script></head><body><article>"
		"<!-- <script> -->"
		"<p>Trap one: a comment held a script tag, and the text after it is read.</p>"
		"<div title=\"1 > <script> 2\"><p>Trap two: an attribute held a script tag and this "
		"paragraph is still read in full.</p></div>"
		"<span>x</span <script>><p>Trap three: an end tag with a script tag after its "
		"name, which the parser skips.</p>"
		"<script>var s = \"<!-- <p>Script string</p>\"; if (a < b) {}</SCRIPT >"
		"<p>Trap four: the script before this held markup and a comment opener.</p>"
		"<script/><p>Trap five: a script written as empty is followed by this text.</p>"
		"<script>var t = '</scr' + 'ipt>';</script><p>Trap six: a split end tag inside "
		"a script, and this paragraph after it.</p>"
		"</article><script>var u = 1;</script></body></html>";
	struct html_doc d;
	assert_int_equal(html_extract(page, sizeof page - 1, NULL, NULL, &d), ND_E_OK);
	for (int i = 1; i <= 6; i++) {
		static const char *const traps[] = { "one", "two", "three", "four", "five", "six" };
		char want[32];
		snprintf(want, sizeof want, "Trap %s:", traps[i - 1]);
		if (!contains(d.body, want))
			fail_msg("lost \"%s\" in: %s", want, d.body);
	}
	assert_false(contains(d.body, "Script string"));
	assert_false(contains(d.body, "var "));
	assert_string_equal(d.author, "Petra Olsund"); /* JSON-LD kept */
	html_doc_release(&d);

	/* markup libxml2 reads otherwise than a quick look would: after each,
	 * the paragraph is still read (a scan that took it for the inside
	 * of a script or a style sheet would cut it out) */
	static const char *const subtle[] = {
		"<script>a=\"</scripts>\"; b=\"<style>\";</script>",
		"<div><script></div><script>x</script>",
		"<!-- a --!><script>s=\"-->\"; t=\"<style>\";</script>",
		"a </ <script>s=\"<style>\";</script>",
		"<?= x ?><script>s=\"<style>\";</script>",
		"<iframe src=\"a\"/><script>document.write(\"<iframe></iframe>\"); var c=\"<style>\";"
		"</script>",
		"<style/><script>x=\"</style>\"; y=\"<style>\";</script>",
		"<script src=\"a.js\"/><!-- <script>old</script><script> -->",
	};
	for (size_t k = 0; k < sizeof subtle / sizeof subtle[0]; k++) {
		struct buf b;
		buf_init(&b, 1 << 20);
		buf_adds(&b, "<html><body><article>");
		buf_adds(&b, subtle[k]);
		buf_adds(&b, "<p>The harbour board met on Tuesday and agreed the new ferry timetable "
			     "for the summer months, with two more sailings a day.</p>"
			     "<style>p{}</style><script>z()</script></article></body></html>");
		assert_int_equal(html_extract(b.data, b.len, NULL, NULL, &d), ND_E_OK);
		if (!contains(d.body, "harbour board met"))
			fail_msg("lost the paragraph after: %s", subtle[k]);
		html_doc_release(&d);
		buf_release(&b);
	}
	/* a doctype whose identifier holds a '>' */
	static const char doctype[] = "<!DOCTYPE html SYSTEM \"x><script>\"><html><body>"
				      "<p>The harbour board met on Tuesday.</p><script>y</script>"
				      "</body></html>";
	assert_int_equal(html_extract(doctype, sizeof doctype - 1, NULL, NULL, &d), ND_E_OK);
	assert_true(contains(d.body, "harbour board met"));
	html_doc_release(&d);

	/* what is cut: the text of script and style, not JSON-LD's */
	static const char small[] = "<html><head><style>a{}</style><script type=\"application/"
				    "ld+json\">{}</script></head><body><script src=x></script>"
				    "<script>go()</script><p>Hi</p></body></html>";
	struct buf out;
	buf_init(&out, 1 << 20);
	assert_true(html_drop_raw_text(small, sizeof small - 1, &out));
	assert_string_equal(out.data, "<html><head><style></style><script type=\"application/"
				      "ld+json\">{}</script></head><body><script src=x></script>"
				      "<script></script><p>Hi</p></body></html>");
	buf_release(&out);
	/* nothing cut: false, and an unfinished comment ends the cutting */
	buf_init(&out, 1 << 20);
	assert_false(html_drop_raw_text("<p>No scripts</p>", 17, &out));
	static const char open_comment[] = "<p>a</p><!-- <script>b</script>";
	assert_false(html_drop_raw_text(open_comment, sizeof open_comment - 1, &out));
	assert_int_equal(out.len, 0);
	buf_release(&out);
}

/* One text run longer once decoded than the largest page (16 MiB): the
 * page is read, not refused. */
static void long_text_run(void **state)
{
	struct buf b;
	buf_init(&b, 16 << 20);
	buf_adds(&b, "<html><body><p>The harbour board met on Tuesday. ");
	for (int i = 0; i < 2500000; i++)
		buf_add(&b, "\x80\x80 ", 3); /* a euro sign each, three bytes in UTF-8 */
	buf_adds(&b, "</p></body></html>");
	assert_int_equal(buf_error(&b), ND_E_OK);
	struct html_doc d;
	assert_int_equal(html_extract(b.data, b.len, "windows-1252", NULL, &d), ND_E_OK);
	assert_true(contains(d.body, "The harbour board met on Tuesday."));
	html_doc_release(&d);
	buf_release(&b);
}

/* Published dates in the forms pages give them, and placeholders. */
static void dates_in_several_forms(void **state)
{
	static const char *const cases[][2] = {
		{ "2019-11-18T10:00:00Z", "2019-11-18" },
		{ "2019/11/18", "2019-11-18" },
		{ "2019.1.8 10:00", "2019-01-08" },
		{ "20191118", "2019-11-18" },
		{ "Mon, 18 Nov 2019 16:07:38 -0600", "2019-11-18" },
		{ "November 18, 2019", "2019-11-18" },
		{ "Thursday, 7 March 2024", "2024-03-07" },
		{ "2019-13-45", "2019-13-45" },      /* no such date: as given */
		{ "some day soon", "some day soon" },
		{ "0001-01-01T00:00:00", "" },       /* a placeholder: none */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char page[512];
		int n = snprintf(page, sizeof page,
				 "<html><head><meta name=\"date\" content=\"%s\"></head>"
				 "<body><p>Body.</p></body></html>",
				 cases[i][0]);
		struct html_doc d;
		assert_int_equal(html_extract(page, (size_t)n, NULL, NULL, &d), ND_E_OK);
		if (strcmp(d.date, cases[i][1]))
			fail_msg("date %s read as \"%s\", not \"%s\"", cases[i][0], d.date, cases[i][1]);
		html_doc_release(&d);
	}
}

static void sniffing(void **state)
{
	static const char *const yes[] = {
		"<!DOCTYPE html><title>x</title>",
		"  \n<!doctype HTML>",
		"<html lang=en>",
		"\xef\xbb\xbf<html>",
		"<HEAD><title>t</title>",
		"<!-- generated --><body>",
		"<meta charset=utf-8><html>",
	};
	static const char *const no[] = {
		"",
		"Title: A report\n\nThe text of the report.\n",
		"Plain text that mentions <html> in passing.",
		"<htmlfoo>",
		"<p>A fragment without a page around it</p>",
		"{\"json\": true}",
	};
	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
		if (!html_sniff(yes[i], strlen(yes[i])))
			fail_msg("not sniffed as HTML: %s", yes[i]);
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		if (html_sniff(no[i], strlen(no[i])))
			fail_msg("sniffed as HTML: %s", no[i]);
	assert_false(html_sniff(NULL, 10));
	/* only the start counts */
	char late[3000];
	memset(late, '<', sizeof late);
	memcpy(late + 2000, "<html>", 6);
	assert_false(html_sniff(late, sizeof late));
}

static void release_is_null_safe(void **state)
{
	html_doc_release(NULL);
	struct html_doc d;
	memset(&d, 0, sizeof d);
	html_doc_release(&d);
	assert_int_equal(html_extract("<p>x</p>", 8, NULL, NULL, NULL), ND_E_USAGE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(article_body_without_furniture),
		cmocka_unit_test(body_is_an_article_for_the_parser),
		cmocka_unit_test(json_ld_metadata_and_body),
		cmocka_unit_test(opengraph_only_metadata),
		cmocka_unit_test(outlet_from_the_url_host),
		cmocka_unit_test(windows_1252_page),
		cmocka_unit_test(utf8_meta_and_bom),
		cmocka_unit_test(teaser_json_ld_loses_to_the_page),
		cmocka_unit_test(short_page_is_flagged),
		cmocka_unit_test(deep_nesting_finishes),
		cmocka_unit_test(invalid_bytes_and_nul_bytes),
		cmocka_unit_test(json_ld_oddities),
		cmocka_unit_test(json_ld_inside_a_json_ld_body),
		cmocka_unit_test(json_ld_past_its_limit),
		cmocka_unit_test(parser_events_read_as_a_tree),
		cmocka_unit_test(raw_text_left_out_only_where_it_is_raw),
		cmocka_unit_test(long_text_run),
		cmocka_unit_test(dates_in_several_forms),
		cmocka_unit_test(sniffing),
		cmocka_unit_test(release_is_null_safe),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
