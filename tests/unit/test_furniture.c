/* Unit tests: page furniture, headline, standfirst and dateline rules
 * (furniture.c), on text written for the tests and on the bundled story. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "load/furniture.h"
#include "helpers.h"

static enum furn_rule match(const char *s)
{
	return furniture_match(s, strlen(s));
}

static void adverts(void **state)
{
	assert_int_equal(match("Advert"), FURN_ADVERT);
	assert_int_equal(match("ADVERTISEMENT"), FURN_ADVERT);
	assert_int_equal(match("Story continues below advertisement"), FURN_ADVERT);
	assert_int_equal(match("The advert was pulled after complaints."), FURN_NONE);
}

/* A long paragraph is read only at its start (past every phrase meant
 * for short ones): what it starts with still decides, a bio's first
 * sentence is still read whole, and a long body paragraph is no
 * furniture whatever words follow. */
static void long_paragraphs_read_at_their_start(void **state)
{
	static const char filler[] =
		" the harbour board met on Tuesday and agreed the new ferry timetable for the"
		" summer months with two more sailings a day and a later last boat on Fridays"
		" while the bridge works go on.";
	char buf[2048];
	snprintf(buf, sizeof buf, "Tags:%s", filler);
	assert_int_equal(match(buf), FURN_TAGS);
	/* the craft far into the first sentence, past what a long
	 * paragraph's start holds */
	snprintf(buf, sizeof buf, "Lund, 37, covers the harbour where%.*s and works as a reporter.",
		 (int)strlen(filler) - 1, filler);
	assert_int_equal(match(buf), FURN_BIO);
	snprintf(buf, sizeof buf, "Lund, 37, covers the harbour and%s She is a reporter.", filler);
	assert_int_equal(match(buf), FURN_NONE);
	snprintf(buf, sizeof buf, "Kim Lund is a reporter who%s", filler);
	assert_int_equal(match(buf), FURN_BIO);
	snprintf(buf, sizeof buf, "The board said%s Kim Lund is a reporter.", filler);
	assert_int_equal(match(buf), FURN_NONE);
}

static void comment_forms(void **state)
{
	assert_int_equal(match("Leave a Reply"), FURN_COMMENTS);
	assert_int_equal(match("Leave a comment"), FURN_COMMENTS);
	assert_int_equal(match("Your email address will not be published. Required fields are marked *"),
			 FURN_COMMENTS);
	assert_int_equal(match("Readers left a reply under the post."), FURN_NONE);
}

static void copyright_lines(void **state)
{
	assert_int_equal(match("\xc2\xa9 2023 Example Press"), FURN_COPYRIGHT);
	assert_int_equal(match("Copyright 2021 The Example Times. All rights reserved."), FURN_COPYRIGHT);
	assert_int_equal(match("(c) Example Media Ltd"), FURN_COPYRIGHT);
	assert_int_equal(match("The lawsuit claims copyright infringement over the songs."), FURN_NONE);
}

static void topic_and_tag_lists(void **state)
{
	assert_int_equal(match("Topics: Politics, Health, Europe"), FURN_TAGS);
	assert_int_equal(match("Tags: transport, bridges"), FURN_TAGS);
	assert_int_equal(match("Filed under: Local news"), FURN_TAGS);
	assert_int_equal(match("The topics discussed were housing and tax."), FURN_NONE);
}

static void related_and_other_stories(void **state)
{
	assert_int_equal(match("More about"), FURN_RELATED);
	assert_int_equal(match("Other stories you might like"), FURN_RELATED);
	assert_int_equal(match("You may also like"), FURN_RELATED);
	assert_int_equal(match("Read more: Bridge plan delayed again"), FURN_RELATED);
	assert_int_equal(match("More about the plan will be known in May, she said."), FURN_NONE);
}

static void send_us_news_prompts(void **state)
{
	assert_int_equal(match("Send us news"), FURN_TIP);
	assert_int_equal(match("Got a tip? Email our newsroom."), FURN_TIP);
}

static void photo_credits(void **state)
{
	assert_int_equal(match("Photo: A. Photographer/Agency"), FURN_PHOTO_CREDIT);
	assert_int_equal(match("Image credit: Example Wire"), FURN_PHOTO_CREDIT);
	assert_int_equal(match("(Photo by Sam Lens/Getty Images)"), FURN_PHOTO_CREDIT);
	/* A long paragraph that begins the same way is text, not a credit. */
	assert_int_equal(match("Photo: the picture that started it all showed the mayor at the "
			       "bridge on a rainy night, and it spread quickly across social "
			       "media before anyone checked where it came from."),
			 FURN_NONE);
}

static void age_notices(void **state)
{
	assert_int_equal(match("This article is more than 5 years old"), FURN_AGE_NOTICE);
	assert_int_equal(match("This article is over 2 years old"), FURN_AGE_NOTICE);
}

static void appeals(void **state)
{
	assert_int_equal(match("A message from the editor:"), FURN_APPEAL);
	assert_int_equal(match("Support independent journalism today."), FURN_APPEAL);
	assert_int_equal(match("Sign up for our morning newsletter"), FURN_APPEAL);
	assert_int_equal(match("THANK YOU"), FURN_APPEAL);
	assert_int_equal(match("She said thank you to the volunteers."), FURN_NONE);
}

static void author_boxes_and_bios(void **state)
{
	assert_int_equal(match("The following two tabs change content below."), FURN_AUTHOR_BOX);
	assert_int_equal(match("About the author"), FURN_AUTHOR_BOX);
	assert_int_equal(match("Maria, 29, is from Lisbon and writes about science and "
			       "the environment for the site."),
			 FURN_BIO);
	assert_int_equal(match("Jon Doe is a reporter covering city hall and transport "
			       "for the paper since 2019."),
			 FURN_BIO);
	/* A name and an age start the story's own sentences too: a bio says
	 * what the person writes */
	assert_int_equal(match("Varley, 73, took over the inquiry in May and has since "
			       "questioned four dozen witnesses."),
			 FURN_NONE);
	assert_int_equal(match("Kim, 37, is a reporter for the Ledger and covers the harbour "
			       "and its unions."),
			 FURN_BIO);
	/* A report about a reporter is not a bio: the role comes too late. */
	assert_int_equal(match("The court heard on Monday that the defendant, who says she "
			       "is a journalist, had no press card."),
			 FURN_NONE);
}

static void requests_for_comment(void **state)
{
	assert_int_equal(match("The Daily Example has reached out to the ministry for comment."),
			 FURN_OUTREACH);
	assert_int_equal(match("We have contacted the company for comment."), FURN_OUTREACH);
	assert_int_equal(match("The ministry did not respond to a request for comment."), FURN_NONE);
}

static void share_bars(void **state)
{
	assert_int_equal(match("Share this article"), FURN_SHARE);
	assert_int_equal(match("Share on Facebook"), FURN_SHARE);
}

static void datelines(void **state)
{
	assert_true(furniture_is_dateline("UPDATED 09:10 GMT / MARCH 3 2021", 32));
	assert_true(furniture_is_dateline("Published 4 May 2020", 20));
	assert_true(furniture_is_dateline("2021-03-04 10:00", 16));
	assert_false(furniture_is_dateline("The bridge closed in March 2021 after the flood.", 48));
	assert_false(furniture_is_dateline("May we all agree", 16));
}

static void classify(const char *text, struct article *a)
{
	assert_int_equal(article_parse(text, strlen(text), "t.txt", a), ND_E_OK);
}

static void headline_standfirst_and_section(void **state)
{
	struct article a;
	classify("NEWS\n\nBridge to close for a year\n\nRepairs will cost more than planned\n\n"
		 "The city's main bridge will close on Monday for repairs, officials said.\n\n"
		 "Work is expected to last twelve months.\n", &a);
	assert_int_equal(a.paras[0].kind, PARA_FURNITURE);
	assert_int_equal(a.paras[0].rule, FURN_SECTION);
	assert_int_equal(a.paras[1].kind, PARA_HEADLINE);
	assert_int_equal(a.paras[2].kind, PARA_STANDFIRST);
	assert_int_equal(a.paras[3].kind, PARA_BODY);
	assert_int_equal(a.paras[4].kind, PARA_BODY);
	article_release(&a);

	/* A first paragraph that is a sentence is body, not a headline. */
	classify("The bridge will close on Monday, officials said.\n\nWork lasts a year.\n", &a);
	assert_int_equal(a.paras[0].kind, PARA_BODY);
	article_release(&a);
}

static void header_title_marks_the_headline(void **state)
{
	struct article a;
	classify("Title: Bridge to close, city says.\n\nBridge to close, city says.\n\n"
		 "The bridge closes on Monday.\n", &a);
	assert_int_equal(a.paras[0].kind, PARA_HEADLINE);
	article_release(&a);
}

static void tail_after_the_end_of_the_article(void **state)
{
	struct article a;
	classify("Bridge closes\n\n"
		 "The bridge closed on Monday after engineers found cracks in two of its "
		 "supports, the council said in a statement.\n\n"
		 "Repairs are expected to take a year and cost several million.\n\n"
		 "Related stories\n\nCouncil approves budget\n\nNew bus routes announced\n", &a);
	assert_int_equal(a.paras[3].rule, FURN_RELATED);
	assert_int_equal(a.paras[4].rule, FURN_TAIL);
	assert_int_equal(a.paras[5].rule, FURN_TAIL);
	article_release(&a);

	/* A single link inside the article, the story going on after it:
	 * that line is furniture, the rest is not */
	classify("Bridge closes\n\n"
		 "The bridge closed on Monday after engineers found cracks in two of its "
		 "supports, the council said in a statement.\n\n"
		 "Repairs are expected to take a year and cost several million, officials "
		 "said on Monday, and the ferry will run more often.\n\n"
		 "Related: Council approves the harbour budget\n\n"
		 "The mayor said the ferry would be free for residents while the bridge "
		 "is closed.\n\n"
		 "\"We will get through this,\" she said.\n", &a);
	assert_int_equal(a.paras[3].rule, FURN_RELATED);
	assert_int_equal(a.paras[4].kind, PARA_BODY);
	assert_int_equal(a.paras[5].kind, PARA_BODY);
	article_release(&a);
	/* ... but a list of links after one starts the tail */
	classify("Bridge closes\n\n"
		 "The bridge closed on Monday after engineers found cracks in two of its "
		 "supports, the council said in a statement.\n\n"
		 "Repairs are expected to take a year and cost several million, officials "
		 "said on Monday, and the ferry will run more often.\n\n"
		 "Related: Council approves the harbour budget\n\n"
		 "New bus routes announced\n\nFerry fares to rise\n", &a);
	assert_int_equal(a.paras[3].rule, FURN_RELATED);
	assert_int_equal(a.paras[4].rule, FURN_TAIL);
	assert_int_equal(a.paras[5].rule, FURN_TAIL);
	article_release(&a);

	/* Early in a report the same marker stays a single paragraph. */
	classify("Related stories\n\n"
		 "The bridge closed on Monday after engineers found cracks in two of its "
		 "supports, the council said in a statement.\n\n"
		 "Repairs are expected to take a year and cost several million.\n", &a);
	assert_int_equal(a.paras[1].kind, PARA_BODY);
	assert_int_equal(a.paras[2].kind, PARA_BODY);
	article_release(&a);
}

/* A personal bio closes an article; the same shape of sentence telling
 * the story does not. */
static void closing_bios(void **state)
{
	/* a personal bio closes an article; the same shape of sentence
	 * telling the story does not */
	struct article a;
	classify("Bridge closes\n\nThe bridge closed on Monday after engineers found cracks, "
		 "the council said.\n\nKim, 37, is from Oslo but lives and works in Bergen, "
		 "where she teaches.\n", &a);
	assert_int_equal(a.paras[2].rule, FURN_BIO);
	article_release(&a);
	classify("Bridge closes\n\nThe bridge closed on Monday after engineers found cracks, "
		 "the council said.\n\nVarley, 73, took over the inquiry in May and has since "
		 "questioned four dozen witnesses.\n", &a);
	assert_int_equal(a.paras[2].kind, PARA_BODY);
	article_release(&a);
}

/* The kinds expected for a paragraph of a bundled report. */
static void expect(const struct article *a, const char *prefix, enum para_kind kind,
		   enum furn_rule rule)
{
	const struct para *p = para_starting(a, prefix);
	if (!p)
		fail_msg("no paragraph starts with \"%s\" in %s", prefix, a->source);
	if (p->kind != kind || p->rule != rule)
		fail_msg("\"%s\" in %s is %s", prefix, a->source, para_label(p));
}

static void load(const char *file, struct article *a)
{
	assert_int_equal(article_load(bundled(file), a), ND_E_OK);
}

static void bundled_story_furniture(void **state)
{
	struct article a;

	load("1-fba-news.txt", &a);
	expect(&a, "Report: ", PARA_HEADLINE, FURN_NONE);
	expect(&a, "The following two tabs", PARA_FURNITURE, FURN_AUTHOR_BOX);
	expect(&a, "Paul, 37", PARA_FURNITURE, FURN_BIO);
	expect(&a, "Leave a Reply", PARA_FURNITURE, FURN_COMMENTS);
	expect(&a, "One of the reporters", PARA_BODY, FURN_NONE);
	article_release(&a);

	load("2-afp.txt", &a);
	expect(&a, "\xc2\xa9 2022", PARA_FURNITURE, FURN_COPYRIGHT);
	expect(&a, "Leave a Reply", PARA_FURNITURE, FURN_COMMENTS);
	expect(&a, "Your email address", PARA_FURNITURE, FURN_COMMENTS);
	expect(&a, "But according to media reports", PARA_BODY, FURN_NONE);
	article_release(&a);

	load("3-the-register.txt", &a);
	expect(&a, "This article is more than", PARA_FURNITURE, FURN_AGE_NOTICE);
	expect(&a, "As if you needed", PARA_STANDFIRST, FURN_NONE);
	expect(&a, "More about", PARA_FURNITURE, FURN_RELATED);
	expect(&a, "Send us news", PARA_FURNITURE, FURN_TIP);
	expect(&a, "Other stories you might like", PARA_FURNITURE, FURN_RELATED);
	expect(&a, "A spokesperson told us", PARA_BODY, FURN_NONE);
	article_release(&a);

	load("4-unilad.txt", &a);
	size_t adverts = 0;
	for (size_t i = 0; i < a.npara; i++)
		adverts += a.paras[i].rule == FURN_ADVERT;
	assert_int_equal(adverts, 5);
	expect(&a, "UNILAD has reached out", PARA_FURNITURE, FURN_OUTREACH);
	expect(&a, "Topics:", PARA_FURNITURE, FURN_TAGS);
	expect(&a, "TikTok has admitted", PARA_BODY, FURN_NONE);
	expect(&a, "\"It is troubling", PARA_BODY, FURN_NONE);
	article_release(&a);

	load("5-siliconangle.txt", &a);
	expect(&a, "UPDATED 20:54", PARA_DATELINE, FURN_NONE);
	expect(&a, "POLICY", PARA_FURNITURE, FURN_SECTION);
	expect(&a, "Photo:", PARA_FURNITURE, FURN_PHOTO_CREDIT);
	expect(&a, "A message from", PARA_FURNITURE, FURN_APPEAL);
	expect(&a, "Join the community that includes", PARA_FURNITURE, FURN_TAIL);
	expect(&a, "THANK YOU", PARA_FURNITURE, FURN_APPEAL);
	expect(&a, "The U.S. is currently", PARA_BODY, FURN_NONE);
	article_release(&a);
}

/* No paragraph of the bundled story is both content and furniture-like:
 * the last content paragraph of each report ends before any furniture
 * of its tail. */
static void bundled_story_content_ends_cleanly(void **state)
{
	static const char *const files[] = { "1-fba-news.txt", "2-afp.txt",
		"3-the-register.txt", "4-unilad.txt", "5-siliconangle.txt" };
	for (size_t f = 0; f < 5; f++) {
		struct article a;
		load(files[f], &a);
		size_t content = 0;
		for (size_t i = 0; i < a.npara; i++)
			content += para_is_content(&a.paras[i]);
		assert_true(content >= 8);
		assert_false(para_is_content(&a.paras[a.npara - 1]));
		article_release(&a);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(adverts),
		cmocka_unit_test(comment_forms),
		cmocka_unit_test(copyright_lines),
		cmocka_unit_test(long_paragraphs_read_at_their_start),
		cmocka_unit_test(topic_and_tag_lists),
		cmocka_unit_test(related_and_other_stories),
		cmocka_unit_test(send_us_news_prompts),
		cmocka_unit_test(photo_credits),
		cmocka_unit_test(age_notices),
		cmocka_unit_test(appeals),
		cmocka_unit_test(author_boxes_and_bios),
		cmocka_unit_test(closing_bios),
		cmocka_unit_test(requests_for_comment),
		cmocka_unit_test(share_bars),
		cmocka_unit_test(datelines),
		cmocka_unit_test(headline_standfirst_and_section),
		cmocka_unit_test(header_title_marks_the_headline),
		cmocka_unit_test(tail_after_the_end_of_the_article),
		cmocka_unit_test(bundled_story_furniture),
		cmocka_unit_test(bundled_story_content_ends_cleanly),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
