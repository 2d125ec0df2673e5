/* Unit tests: sentence boundaries (sentence.c), on text written for the
 * tests and on the bundled reports. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "base/arena.h"
#include "helpers.h"
#include "analyse/sentence.h"

static bool space_byte(unsigned char c)
{
	return c == ' ' || c == '\n' || c == '\t';
}

static bool continuation(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

/* What holds for every split of text[lo..hi): sentences in order, apart,
 * inside the range, never starting or ending on white space or inside a
 * UTF-8 sequence. */
static void check_bounds(const char *text, uint32_t lo, uint32_t hi,
			 const struct sentence *v, size_t n)
{
	uint32_t prev_end = lo;
	for (size_t k = 0; k < n; k++) {
		assert_true(v[k].start >= prev_end);
		assert_true(v[k].start < v[k].end);
		assert_true(v[k].end <= hi);
		unsigned char first = (unsigned char)text[v[k].start];
		unsigned char last = (unsigned char)text[v[k].end - 1];
		assert_false(space_byte(first));
		assert_false(continuation(first));
		assert_false(space_byte(last));
		/* No no-break space (C2 A0) at either end either. */
		assert_false(first == 0xC2 && (unsigned char)text[v[k].start + 1] == 0xA0);
		assert_false(v[k].end >= 2 && (unsigned char)text[v[k].end - 2] == 0xC2 &&
			     last == 0xA0);
		if (v[k].end < hi)
			assert_false(continuation((unsigned char)text[v[k].end]));
		prev_end = v[k].end;
	}
}

/* Split text and compare with the expected sentences, a NULL-ended list. */
static void expect(const char *text, const char *const *want)
{
	struct arena ar;
	arena_init(&ar);
	struct sentences out = { NULL, 0 };
	size_t cap = 0;
	uint32_t len = (uint32_t)strlen(text);
	assert_int_equal(sentences_split_range(text, 0, len, 7, &ar, &out, &cap), ND_E_OK);
	size_t nwant = 0;
	while (want[nwant])
		nwant++;
	if (out.n != nwant) {
		for (size_t k = 0; k < out.n; k++)
			print_message("  got [%.*s]\n", (int)(out.v[k].end - out.v[k].start),
				      text + out.v[k].start);
	}
	assert_int_equal(out.n, nwant);
	for (size_t k = 0; k < nwant; k++) {
		size_t n = out.v[k].end - out.v[k].start;
		if (n != strlen(want[k]) || memcmp(text + out.v[k].start, want[k], n) != 0)
			print_message("  got [%.*s]\n  want [%s]\n", (int)n, text + out.v[k].start,
				      want[k]);
		assert_int_equal(n, strlen(want[k]));
		assert_memory_equal(text + out.v[k].start, want[k], n);
		assert_int_equal(out.v[k].para, 7);
	}
	check_bounds(text, 0, len, out.v, out.n);
	arena_release(&ar);
}

#define EXPECT(text, ...) expect(text, (const char *const[]){ __VA_ARGS__, NULL })

static void full_stops_end_sentences(void **state)
{
	EXPECT("The bridge closed. Work starts in May.",
	       "The bridge closed.", "Work starts in May.");
	EXPECT("One.", "One.");
	/* A digit or an opening quote may start the next one. */
	EXPECT("It closed. 40 people were hurt. \"We are sorry,\" the firm said.",
	       "It closed.", "40 people were hurt.", "\"We are sorry,\" the firm said.");
	/* A lower-case word after a full stop does not. */
	EXPECT("He went to the bank. then home.", "He went to the bank. then home.");
}

static void question_and_exclamation_marks(void **state)
{
	EXPECT("Why now? Nobody knows! Then silence.",
	       "Why now?", "Nobody knows!", "Then silence.");
	EXPECT("“Why?” he asked. “Because!” she said.",
	       "“Why?” he asked.", "“Because!” she said.");
	EXPECT("Really?! Yes.", "Really?!", "Yes.");
}

static void titles_are_not_ends(void **state)
{
	EXPECT("Dr. Smith arrived.", "Dr. Smith arrived.");
	EXPECT("Mr. Brown and Mrs. Green met Sen. Jones and Prof. He Jiankui.",
	       "Mr. Brown and Mrs. Green met Sen. Jones and Prof. He Jiankui.");
	/* A title stays a title before a starter word: Dr. He is a name. */
	EXPECT("They met Dr. He in Beijing.", "They met Dr. He in Beijing.");
	/* titles of several */
	EXPECT("It was signed by Sens. Roe and Lund and Reps. Garrow and Varley.",
	       "It was signed by Sens. Roe and Lund and Reps. Garrow and Varley.");
}

static void decimals_are_not_ends(void **state)
{
	EXPECT("It rose to 3.5 percent. Then it fell.",
	       "It rose to 3.5 percent.", "Then it fell.");
	EXPECT("The deal is worth $4.5 million. It closes in May.",
	       "The deal is worth $4.5 million.", "It closes in May.");
	EXPECT("See example.com for more.", "See example.com for more.");
}

static void initials_are_not_ends(void **state)
{
	EXPECT("J. R. Smith said so. He left.", "J. R. Smith said so.", "He left.");
	EXPECT("J.R.R. Tolkien wrote it.", "J.R.R. Tolkien wrote it.");
	/* Before a sentence starter a single letter does end one. */
	EXPECT("They chose plan B. Then they waited.",
	       "They chose plan B.", "Then they waited.");
}

static void multi_dot_abbreviations(void **state)
{
	EXPECT("Staff were based in the U.S. and China.",
	       "Staff were based in the U.S. and China.");
	EXPECT("The U.S. Senate voted on it.", "The U.S. Senate voted on it.");
	EXPECT("It hit 20 U.S. states, the U.K. and the E.U. by 9 a.m. Monday.",
	       "It hit 20 U.S. states, the U.K. and the E.U. by 9 a.m. Monday.");
	/* The ambiguous case, decided by the starter list. */
	EXPECT("He moved to the U.S. Then he left.", "He moved to the U.S.", "Then he left.");
	EXPECT("Users inside the U.S. It revealed more.",
	       "Users inside the U.S.", "It revealed more.");
	EXPECT("It opened at 9 a.m. The queue was long.",
	       "It opened at 9 a.m.", "The queue was long.");
	/* At the end of the paragraph it ends the sentence. */
	EXPECT("He moved to the U.S.", "He moved to the U.S.");
}

static void company_and_other_abbreviations(void **state)
{
	EXPECT("TikTok’s parent company ByteDance Ltd. has fired some employees.",
	       "TikTok’s parent company ByteDance Ltd. has fired some employees.");
	EXPECT("It is a unit of Apple Inc. The company declined to comment.",
	       "It is a unit of Apple Inc.", "The company declined to comment.");
	EXPECT("Acme Corp. Chief Executive Jo Bloggs quit.",
	       "Acme Corp. Chief Executive Jo Bloggs quit.");
	EXPECT("It was signed on Dec. 22 in St. Louis by Martin Luther King Jr. and others.",
	       "It was signed on Dec. 22 in St. Louis by Martin Luther King Jr. and others.");
	EXPECT("Smith vs. Jones, e.g. Jones, i.e. Jones, approx. 5 days.",
	       "Smith vs. Jones, e.g. Jones, i.e. Jones, approx. 5 days.");
	EXPECT("Apples, pears etc. The list goes on.",
	       "Apples, pears etc.", "The list goes on.");
}

static void number_abbreviation(void **state)
{
	EXPECT("He lives at No. 10 Downing Street. It is old.",
	       "He lives at No. 10 Downing Street.", "It is old.");
	/* Not before a number: an ordinary word. */
	EXPECT("The answer was No. Nobody asked again.",
	       "The answer was No.", "Nobody asked again.");
}

static void quotations(void **state)
{
	/* The first sentence takes its closing quote and the attribution. */
	EXPECT("“I was deeply disappointed,” Liang said. “The public trust is gone.”",
	       "“I was deeply disappointed,” Liang said.", "“The public trust is gone.”");
	EXPECT("“It is a loss to us all,” said X. Then he left.",
	       "“It is a loss to us all,” said X.", "Then he left.");
	/* A closing quote after the full stop belongs to the sentence. */
	EXPECT("The tracking was “unacceptable.” He added, “The individuals misused it.”",
	       "The tracking was “unacceptable.”", "He added, “The individuals misused it.”");
	/* Quotations are split inside, each piece exact. */
	EXPECT("He said: “It works. It is fast.” Then he left.",
	       "He said: “It works.", "It is fast.”", "Then he left.");
	/* An attribution after a quoted full stop stays with it. */
	EXPECT("“It works.” Liang said. Then he left.",
	       "“It works.” Liang said.", "Then he left.");
	EXPECT("“It works.” Rubo Liang says, smiling.",
	       "“It works.” Rubo Liang says, smiling.");
	/* A pronoun after it opens a new sentence. */
	EXPECT("“It works.” He said nothing more.", "“It works.”", "He said nothing more.");
	/* Straight quotes and single quotes. */
	EXPECT("\"I was deeply disappointed,\" Liang said. \"The public trust is gone.\" He left.",
	       "\"I was deeply disappointed,\" Liang said.", "\"The public trust is gone.\"",
	       "He left.");
	EXPECT("She called it ‘a disgrace.’ The firm agreed.",
	       "She called it ‘a disgrace.’", "The firm agreed.");
	EXPECT("It ended (as expected.) Then rain.", "It ended (as expected.)", "Then rain.");
}

static void ellipses(void **state)
{
	EXPECT("It was the misconduct of a few individuals … it is sad.",
	       "It was the misconduct of a few individuals … it is sad.");
	EXPECT("I was notified of the situation... and I’m sure it hurts.",
	       "I was notified of the situation... and I’m sure it hurts.");
	/* Inside an open quotation, upper case after it does not end one. */
	EXPECT("He said: “the misconduct of a few individuals … I believe we will recover.”",
	       "He said: “the misconduct of a few individuals … I believe we will recover.”");
	EXPECT("“We tried... The board refused,” she said.",
	       "“We tried... The board refused,” she said.");
	/* Once the quotation is closed, or outside one, it is a full stop. */
	EXPECT("“We tried …” Then she left.", "“We tried …”", "Then she left.");
	EXPECT("He paused... Then he left.", "He paused...", "Then he left.");
}

static void paragraph_end_and_white_space(void **state)
{
	/* No final full stop: the sentence ends with the paragraph. */
	EXPECT("China’s ByteDance admits it used TikTok data",
	       "China’s ByteDance admits it used TikTok data");
	EXPECT("First one. Second one without a stop",
	       "First one.", "Second one without a stop");
	/* White space around and between, hard-wrapped lines, no-break spaces. */
	EXPECT("  First one.\n  Second\none.  \n", "First one.", "Second\none.");
	EXPECT("\xc2\xa0" "First.\xc2\xa0" "Second.\xc2\xa0",
	       "First.", "Second.");
	/* Nothing but white space: nothing. */
	struct arena ar;
	arena_init(&ar);
	struct sentences out = { NULL, 0 };
	size_t cap = 0;
	assert_int_equal(sentences_split_range("   \n ", 0, 5, 0, &ar, &out, &cap), ND_E_OK);
	assert_int_equal(out.n, 0);
	arena_release(&ar);
}

static void multibyte_text_is_never_cut(void **state)
{
	EXPECT("Ünal kam. Émile ging. Ölçek büyük! Ça va?",
	       "Ünal kam.", "Émile ging.", "Ölçek büyük!", "Ça va?");
	/* Initials outside ASCII. */
	EXPECT("É. Macron spoke.", "É. Macron spoke.");
	EXPECT("数据. 更多.", "数据. 更多.");
}

static void ranges_append_with_their_paragraph(void **state)
{
	const char *text = "Ignored. First here. Second here.|Tail. Not this.";
	struct arena ar;
	arena_init(&ar);
	struct sentences out = { NULL, 0 };
	size_t cap = 0;
	uint32_t lo = 9, hi = (uint32_t)(strchr(text, '|') - text);
	assert_int_equal(sentences_split_range(text, lo, hi, 3, &ar, &out, &cap), ND_E_OK);
	assert_int_equal(out.n, 2);
	assert_int_equal(out.v[0].start, 9);
	assert_int_equal(out.v[1].end, hi);
	/* A second call appends; the array grows past its first capacity. */
	for (int k = 0; k < 100; k++)
		assert_int_equal(sentences_split_range(text, lo, hi, 4, &ar, &out, &cap), ND_E_OK);
	assert_int_equal(out.n, 202);
	assert_true(cap >= out.n);
	assert_int_equal(out.v[0].para, 3);
	assert_int_equal(out.v[201].para, 4);
	assert_int_equal(out.v[201].end, hi);
	arena_release(&ar);
}

/* Split a bundled report and check what holds for any report. */
static void split_bundled(const char *file, struct article *a, struct arena *ar,
			  struct sentences *out)
{
	assert_int_equal(article_load(bundled(file), a), ND_E_OK);
	arena_init(ar);
	assert_int_equal(sentences_split(a, ar, out), ND_E_OK);
	check_bounds(a->text, 0, (uint32_t)a->len, out->v, out->n);
	size_t per_para[256] = { 0 };
	for (size_t k = 0; k < out->n; k++) {
		const struct sentence *s = &out->v[k];
		assert_true(s->para < a->npara);
		const struct para *p = &a->paras[s->para];
		assert_true(para_is_content(p));
		assert_true(s->start >= p->start);
		assert_true(s->end <= p->start + p->len);
		if (k > 0)
			assert_true(out->v[k - 1].para <= s->para);
		if (s->para < 256)
			per_para[s->para]++;
	}
	/* Every content paragraph has at least one sentence; furniture none. */
	for (size_t i = 0; i < a->npara && i < 256; i++) {
		if (para_is_content(&a->paras[i]))
			assert_true(per_para[i] > 0);
		else
			assert_int_equal(per_para[i], 0);
	}
}

static const char *sentence_text(const struct article *a, const struct sentence *s, size_t *n)
{
	*n = s->end - s->start;
	return a->text + s->start;
}

static void bundled_afp(void **state)
{
	struct article a;
	struct arena ar;
	struct sentences out;
	split_bundled("2-afp.txt", &a, &ar, &out);
	/* Counted by hand: the headline (no full stop) and thirteen body
	 * paragraphs of one sentence each ("around 20 U.S. states." does not
	 * end early); the copyright line and the comment form are furniture. */
	assert_int_equal(out.n, 14);
	size_t n;
	const char *s = sentence_text(&a, &out.v[0], &n);
	assert_int_equal(n, strlen("China’s ByteDance admits it used TikTok data to stalk journalists"));
	s = sentence_text(&a, &out.v[7], &n);
	assert_memory_equal(s + n - strlen("code of conduct.”"), "code of conduct.”",
			    strlen("code of conduct.”"));
	s = sentence_text(&a, &out.v[11], &n);
	assert_memory_equal(s + n - strlen("20 U.S. states."), "20 U.S. states.",
			    strlen("20 U.S. states."));
	arena_release(&ar);
	article_release(&a);
}

static void bundled_siliconangle(void **state)
{
	struct article a;
	struct arena ar;
	struct sentences out;
	split_bundled("5-siliconangle.txt", &a, &ar, &out);
	/* Counted by hand: the headline 1; "ByteDance Ltd. has fired" 1;
	 * "inside the U.S. It revealed" 2; "the U.S. and China. IP addresses"
	 * 2; the Liang quotation 2; "in the U.S. have warned ... Party. It
	 * was" 2; "heated up again. Several" 2; "“unacceptable.” He added" 2;
	 * "in that regard. “We need" 2.  That is 16; the dateline, the
	 * section label, the photo credit and the appeal after the report
	 * (with its quoted "TheCUBE is ... part of our events") give none. */
	assert_int_equal(out.n, 16);
	size_t n;
	const char *want = "“I was deeply disappointed when I was notified of the situation,” "
			   "ByteDance Chief Executive Rubo Liang said in an email to employees.";
	const char *s = sentence_text(&a, &out.v[6], &n);
	assert_int_equal(n, strlen(want));
	assert_memory_equal(s, want, n);
	want = "“The public trust that we have spent huge efforts building is going to be "
	       "significantly undermined by the misconduct of a few individuals.”";
	s = sentence_text(&a, &out.v[7], &n);
	assert_int_equal(n, strlen(want));
	assert_memory_equal(s, want, n);
	want = "It revealed that the employees had been trying to ascertain who had been "
	       "leaking information to the press.";
	s = sentence_text(&a, &out.v[3], &n);
	assert_int_equal(n, strlen(want));
	assert_memory_equal(s, want, n);
	arena_release(&ar);
	article_release(&a);
}

static void every_bundled_report_splits_cleanly(void **state)
{
	static const char *const files[] = {
		"1-fba-news.txt", "2-afp.txt", "3-the-register.txt", "4-unilad.txt",
		"5-siliconangle.txt",
	};
	for (size_t k = 0; k < sizeof files / sizeof files[0]; k++) {
		struct article a;
		struct arena ar;
		struct sentences out;
		split_bundled(files[k], &a, &ar, &out);
		assert_true(out.n > 5);
		arena_release(&ar);
		article_release(&a);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(full_stops_end_sentences),
		cmocka_unit_test(question_and_exclamation_marks),
		cmocka_unit_test(titles_are_not_ends),
		cmocka_unit_test(decimals_are_not_ends),
		cmocka_unit_test(initials_are_not_ends),
		cmocka_unit_test(multi_dot_abbreviations),
		cmocka_unit_test(company_and_other_abbreviations),
		cmocka_unit_test(number_abbreviation),
		cmocka_unit_test(quotations),
		cmocka_unit_test(ellipses),
		cmocka_unit_test(paragraph_end_and_white_space),
		cmocka_unit_test(multibyte_text_is_never_cut),
		cmocka_unit_test(ranges_append_with_their_paragraph),
		cmocka_unit_test(bundled_afp),
		cmocka_unit_test(bundled_siliconangle),
		cmocka_unit_test(every_bundled_report_splits_cleanly),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
