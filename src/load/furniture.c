#include "load/furniture.h"

#include <ctype.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "base/date.h"
#include "base/text.h"

enum how { EQUALS, PREFIX, CONTAINS };

struct phrase {
	enum furn_rule rule;
	enum how how;
	const char *text;   /* lower case, ASCII quotes and dashes */
	unsigned max_words; /* the paragraph may have at most this many; 0: any */
};

/*
 * Stock phrases of page furniture, matched against the paragraph folded to
 * lower case (see text_fold).  Trailing punctuation is ignored for EQUALS.
 */
static const struct phrase phrases[] = {
	{ FURN_ADVERT, EQUALS, "advert", 0 },
	{ FURN_ADVERT, EQUALS, "advertisement", 0 },
	{ FURN_ADVERT, EQUALS, "ad", 0 },
	{ FURN_ADVERT, EQUALS, "sponsored", 0 },
	{ FURN_ADVERT, EQUALS, "sponsored content", 0 },
	{ FURN_ADVERT, EQUALS, "paid content", 0 },
	{ FURN_ADVERT, PREFIX, "story continues below", 8 },
	{ FURN_ADVERT, PREFIX, "article continues below", 8 },
	{ FURN_ADVERT, PREFIX, "continue reading below", 8 },
	{ FURN_ADVERT, PREFIX, "skip advert", 6 },

	{ FURN_AGE_NOTICE, PREFIX, "this article is more than", 12 },
	{ FURN_AGE_NOTICE, PREFIX, "this article is over", 12 },
	{ FURN_AGE_NOTICE, PREFIX, "this article was published more than", 14 },
	{ FURN_AGE_NOTICE, PREFIX, "this story is more than", 12 },
	{ FURN_AGE_NOTICE, PREFIX, "this story is over", 12 },
	{ FURN_AGE_NOTICE, PREFIX, "this content is more than", 12 },
	{ FURN_AGE_NOTICE, PREFIX, "archived article", 8 },

	{ FURN_PHOTO_CREDIT, PREFIX, "photo:", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "photo by", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "photo credit", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "photograph:", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "photograph by", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "photos:", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "image:", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "image credit", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "image by", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "picture:", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "pictured:", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "credit:", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "illustration:", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "featured image", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "main image:", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "(photo", 15 },
	{ FURN_PHOTO_CREDIT, PREFIX, "(image", 15 },

	{ FURN_SHARE, EQUALS, "share", 0 },
	{ FURN_SHARE, EQUALS, "share this", 0 },
	{ FURN_SHARE, EQUALS, "share this article", 0 },
	{ FURN_SHARE, EQUALS, "share this story", 0 },
	{ FURN_SHARE, EQUALS, "tweet", 0 },
	{ FURN_SHARE, PREFIX, "share on ", 8 },
	{ FURN_SHARE, PREFIX, "share via", 8 },
	{ FURN_SHARE, PREFIX, "click to share", 8 },
	{ FURN_SHARE, PREFIX, "follow us on", 10 },

	{ FURN_TAGS, PREFIX, "topics:", 0 },
	{ FURN_TAGS, PREFIX, "topic:", 0 },
	{ FURN_TAGS, PREFIX, "tags:", 0 },
	{ FURN_TAGS, PREFIX, "tagged:", 0 },
	{ FURN_TAGS, PREFIX, "tagged with:", 0 },
	{ FURN_TAGS, PREFIX, "filed under:", 0 },
	{ FURN_TAGS, PREFIX, "categories:", 0 },
	{ FURN_TAGS, PREFIX, "category:", 0 },
	{ FURN_TAGS, PREFIX, "related topics:", 0 },
	{ FURN_TAGS, PREFIX, "keywords:", 0 },

	{ FURN_TIP, EQUALS, "send us news", 0 },
	{ FURN_TIP, PREFIX, "send us a tip", 12 },
	{ FURN_TIP, PREFIX, "got a tip", 20 },
	{ FURN_TIP, PREFIX, "have a tip", 20 },
	{ FURN_TIP, PREFIX, "got a story", 20 },
	{ FURN_TIP, PREFIX, "do you have a story", 25 },
	{ FURN_TIP, PREFIX, "know more about this story", 25 },

	{ FURN_RELATED, EQUALS, "more about", 0 },
	{ FURN_RELATED, PREFIX, "more about:", 12 },
	{ FURN_RELATED, EQUALS, "other stories you might like", 0 },
	{ FURN_RELATED, EQUALS, "you may also like", 0 },
	{ FURN_RELATED, EQUALS, "you might also like", 0 },
	{ FURN_RELATED, EQUALS, "related", 0 },
	{ FURN_RELATED, EQUALS, "related articles", 0 },
	{ FURN_RELATED, EQUALS, "related stories", 0 },
	{ FURN_RELATED, EQUALS, "related content", 0 },
	{ FURN_RELATED, EQUALS, "related coverage", 0 },
	{ FURN_RELATED, EQUALS, "recommended", 0 },
	{ FURN_RELATED, EQUALS, "recommended stories", 0 },
	{ FURN_RELATED, EQUALS, "most read", 0 },
	{ FURN_RELATED, EQUALS, "most popular", 0 },
	{ FURN_RELATED, EQUALS, "trending", 0 },
	{ FURN_RELATED, EQUALS, "trending now", 0 },
	{ FURN_RELATED, EQUALS, "read next", 0 },
	{ FURN_RELATED, EQUALS, "what to read next", 0 },
	{ FURN_RELATED, EQUALS, "more stories", 0 },
	{ FURN_RELATED, PREFIX, "more from ", 6 },
	{ FURN_RELATED, PREFIX, "more on this story", 8 },
	{ FURN_RELATED, PREFIX, "related:", 20 },
	{ FURN_RELATED, PREFIX, "read more:", 20 },
	{ FURN_RELATED, PREFIX, "also read:", 20 },
	{ FURN_RELATED, PREFIX, "see also:", 20 },

	{ FURN_COMMENTS, EQUALS, "leave a reply", 0 },
	{ FURN_COMMENTS, EQUALS, "leave a comment", 0 },
	{ FURN_COMMENTS, EQUALS, "post a comment", 0 },
	{ FURN_COMMENTS, EQUALS, "add a comment", 0 },
	{ FURN_COMMENTS, EQUALS, "comments", 0 },
	{ FURN_COMMENTS, EQUALS, "show comments", 0 },
	{ FURN_COMMENTS, EQUALS, "join the conversation", 0 },
	{ FURN_COMMENTS, EQUALS, "join the discussion", 0 },
	{ FURN_COMMENTS, PREFIX, "your email address will not be published", 30 },
	{ FURN_COMMENTS, CONTAINS, "required fields are marked", 30 },
	{ FURN_COMMENTS, PREFIX, "you must be logged in to post a comment", 20 },

	{ FURN_COPYRIGHT, PREFIX, "\xc2\xa9", 20 },      /* the copyright sign */
	{ FURN_COPYRIGHT, PREFIX, "(c) ", 20 },
	{ FURN_COPYRIGHT, PREFIX, "copyright ", 20 },
	{ FURN_COPYRIGHT, CONTAINS, "all rights reserved", 25 },

	{ FURN_APPEAL, PREFIX, "a message from ", 30 },
	{ FURN_APPEAL, PREFIX, "a note from ", 30 },
	{ FURN_APPEAL, PREFIX, "your vote of support", 0 },
	{ FURN_APPEAL, PREFIX, "support our journalism", 0 },
	{ FURN_APPEAL, PREFIX, "support independent journalism", 0 },
	{ FURN_APPEAL, PREFIX, "please consider supporting", 0 },
	{ FURN_APPEAL, PREFIX, "please consider donating", 0 },
	{ FURN_APPEAL, PREFIX, "donate to ", 20 },
	{ FURN_APPEAL, PREFIX, "become a member", 30 },
	{ FURN_APPEAL, PREFIX, "become a patron", 30 },
	{ FURN_APPEAL, PREFIX, "subscribe to our newsletter", 30 },
	{ FURN_APPEAL, PREFIX, "sign up for our", 30 },
	{ FURN_APPEAL, PREFIX, "sign up to our", 30 },
	{ FURN_APPEAL, PREFIX, "sign up for the", 30 },
	{ FURN_APPEAL, PREFIX, "join our community", 30 },
	{ FURN_APPEAL, PREFIX, "join our mailing list", 30 },
	{ FURN_APPEAL, EQUALS, "thank you", 0 },

	{ FURN_AUTHOR_BOX, CONTAINS, "tabs change content below", 12 },
	{ FURN_AUTHOR_BOX, EQUALS, "about the author", 0 },
	{ FURN_AUTHOR_BOX, PREFIX, "latest posts by ", 10 },
	{ FURN_AUTHOR_BOX, PREFIX, "view all posts by ", 10 },
	{ FURN_AUTHOR_BOX, PREFIX, "more articles by ", 10 },
};

static const bool rule_tail[] = {
#define ND_FURN_TAIL(name, label, tail) tail,
	ND_FURNITURE_RULES(ND_FURN_TAIL)
#undef ND_FURN_TAIL
};

bool furniture_starts_tail(enum furn_rule rule)
{
	return (unsigned)rule < FURN__COUNT && rule_tail[rule];
}

/* Fold text to lower case with ASCII quotes into out (at most cap-1 bytes,
 * cut at a character boundary); returns the length written.  Every
 * paragraph of every report is folded before the first frame: an ASCII
 * byte, most of them, is folded here as text_fold() folds it, without
 * the three calls. */
static size_t fold(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if (o + 1 >= cap)
				break;
			out[o++] = c == '\n' ? ' ' : c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : (char)c;
			i++;
			continue;
		}
		int32_t cp = text_fold(text_next(s, n, &i));
		char tmp[4];
		size_t k = text_encode(cp, tmp);
		if (o + k >= cap)
			break;
		memcpy(out + o, tmp, k);
		o += k;
	}
	out[o] = '\0';
	return o;
}

/* Strip trailing punctuation and spaces, for EQUALS comparisons. */
static size_t strip_end(const char *s, size_t n)
{
	while (n && (strchr(" .:!?*-|", s[n - 1]) != NULL))
		n--;
	return n;
}

/* Words of a bio's first sentence that say its subject writes for a
 * living: "Kim, 37, is a reporter ...", not "Roe, 73, took over ...". */
static bool names_a_writer(const char *f, size_t first)
{
	static const char *const crafts[] = {
		"writer", "reporter", "journalist", "editor", "correspondent", "columnist",
		"contributor", "freelance", "author of", "producer", "photographer", "writes",
	};
	for (size_t k = 0; k < sizeof crafts / sizeof crafts[0]; k++) {
		const char *hit = strstr(f, crafts[k]);
		if (hit && (size_t)(hit - f) < first)
			return true;
	}
	return false;
}

/* "Name, 37, " at the start of folded text f: the offset after it, or 0. */
static size_t name_and_age(const char *f, size_t n)
{
	size_t i = 0;
	if (!(f[0] >= 'a' && f[0] <= 'z'))
		return 0;
	while (i < n && isalpha((unsigned char)f[i]))
		i++;
	if (!(i + 3 < n && f[i] == ',' && f[i + 1] == ' ' && isdigit((unsigned char)f[i + 2])))
		return 0;
	size_t j = i + 2;
	while (j < n && isdigit((unsigned char)f[j]))
		j++;
	return j - (i + 2) <= 3 && j < n && f[j] == ',' ? j + 1 : 0;
}

/* A personal bio closing an article: "Kim, 37, is from Oslo but lives
 * in Bergen ...": a name, an age, then where the person is from or lives
 * or what they have done. */
static bool closing_bio(const char *text, size_t len)
{
	char f[512];
	text = text_trim(text, &len);
	size_t words = text_words(text, len);
	size_t n = fold(text, len, f, sizeof f);
	size_t at = n ? name_and_age(f, n) : 0;
	if (!at || words < 8 || words > 200)
		return false;
	static const char *const lives[] = {
		" is from ", " lives ", " grew up ", " has worked ", " was born ", " is a ", " is an ",
	};
	const char *stop = memchr(f, '.', n);
	size_t first = stop ? (size_t)(stop - f) : n;
	for (size_t k = 0; k < sizeof lives / sizeof lives[0]; k++) {
		const char *hit = strstr(f + at - 1, lives[k]);
		if (hit && (size_t)(hit - f) < first)
			return true;
	}
	return false;
}

/* Author bio: "Name, 37, is a reporter ..." or "Name is a writer/reporter/..." */
static bool is_bio(const char *f, size_t n, size_t words)
{
	if (words < 8 || words > 200)
		return false;
	const char *stop = memchr(f, '.', n);
	size_t first = stop ? (size_t)(stop - f) : n;
	/* A first name, then an age between commas, and a sentence that
	 * says what the person writes: "Roe, 73, took over the inquiry" is
	 * the story's own text (a personal bio closing the article is
	 * found by its place: closing_bio) */
	if (name_and_age(f, n) && names_a_writer(f, first))
		return true;
	static const char *const roles[] = {
		" is a writer", " is a reporter", " is a journalist", " is an editor",
		" is a freelance", " is a staff writer", " is a correspondent",
		" is a contributor", " is a columnist", " is a senior writer",
		" is a news writer", " is the editor", " writes about ",
	};
	/* Only in the first sentence, so body text about a reporter is safe;
	 * and near the start: only the places before both are tried (each
	 * paragraph of every report is tried before the first frame). */
	size_t limit = first < 40 ? first : 40;
	for (size_t at = 0; at < limit; at++) {
		if (f[at] != ' ')
			continue;
		for (size_t r = 0; r < sizeof roles / sizeof roles[0]; r++) {
			if (f[at + 1] != roles[r][1])  /* (f is terminated) */
				continue;
			size_t rl = strlen(roles[r]);
			if (at + rl <= n && memcmp(f + at, roles[r], rl) == 0)
				return true;
		}
	}
	return false;
}

/* "X has reached out to Y for comment": the outlet's own note. */
static bool is_outreach(const char *f, size_t words)
{
	if (words > 25 || !strstr(f, "for comment"))
		return false;
	return strstr(f, "reached out to") || strstr(f, "has contacted") ||
	       strstr(f, "have contacted") || strstr(f, "has approached") ||
	       strstr(f, "have approached") || strstr(f, "has asked") ||
	       strstr(f, "have asked");
}

#define NPHRASES (sizeof phrases / sizeof phrases[0])

/* The phrases a text starting with byte b can match, in the table's
 * order: those starting with b, by_first[first_at[b]..first_at[b + 1]),
 * and every CONTAINS phrase, contains[0..ncontains) (an equal text or a
 * prefix starts with the phrase's first byte).  Made once, and small: a
 * table of 256 rows of every phrase was eight pages, each written (a
 * page fault) before the first paragraph was read. */
static uint8_t by_first[NPHRASES];
static uint16_t first_at[257];
static uint8_t contains[NPHRASES];
static size_t ncontains;
static uint16_t text_len[NPHRASES];  /* strlen of each phrase's text */
/* A paragraph of more words than this can match a phrase only at its
 * start (every CONTAINS phrase, and an outlet's note, is for short
 * paragraphs); SIZE_MAX if some CONTAINS phrase is for any length. */
static size_t long_words;
/* What is folded of such a paragraph: more than any phrase, and the
 * place a bio's role words are looked for (is_bio). */
#define HEAD_BYTES 128

static void file_phrases(void)
{
	long_words = 25; /* is_outreach */
	size_t at = 0;
	for (unsigned b = 0; b < 256; b++) {
		first_at[b] = (uint16_t)at;
		for (size_t i = 0; i < NPHRASES; i++)
			if (phrases[i].how != CONTAINS && (unsigned char)phrases[i].text[0] == b)
				by_first[at++] = (uint8_t)i;
	}
	first_at[256] = (uint16_t)at;
	for (size_t i = 0; i < NPHRASES; i++) {
		if (phrases[i].how == CONTAINS)
			contains[ncontains++] = (uint8_t)i;
		text_len[i] = (uint16_t)strlen(phrases[i].text);
	}
	for (size_t i = 0; i < NPHRASES; i++) {
		size_t need = phrases[i].how == CONTAINS ? phrases[i].max_words : 0;
		if (phrases[i].how == CONTAINS && !need)
			long_words = SIZE_MAX;
		else if (need > long_words && long_words != SIZE_MAX)
			long_words = need;
		if (strlen(phrases[i].text) >= HEAD_BYTES / 2)
			long_words = SIZE_MAX; /* (none is that long) */
	}
}

enum furn_rule furniture_match(const char *text, size_t len)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, file_phrases);
	char f[512];
	text = text_trim(text, &len);
	size_t words = text_words(text, len);
	/* a long paragraph: only its start can match, so only its start is
	 * folded (an equal text is shorter than what is folded) */
	bool head = words > long_words;
	size_t n = fold(text, len, f, head ? HEAD_BYTES : sizeof f);
	size_t eq_n = strip_end(f, n);

	/* (f is terminated: an empty f starts with no phrase's byte) */
	unsigned char b = (unsigned char)f[0];
	size_t x = first_at[b], xend = first_at[b + 1], y = 0;
	while (x < xend || y < ncontains) {
		/* the two lists merged in the table's order */
		bool from_first = y == ncontains || (x < xend && by_first[x] < contains[y]);
		size_t at = from_first ? by_first[x++] : contains[y++];
		const struct phrase *p = &phrases[at];
		if (p->max_words && words > p->max_words)
			continue;
		if (p->how != CONTAINS && !b)
			continue;
		size_t pl = text_len[at];
		/* an equal text or a prefix has the phrase's second byte too
		 * (f is terminated, so f[1] is there) */
		if (p->how != CONTAINS && pl >= 2 && f[1] != p->text[1])
			continue;
		switch (p->how) {
		case EQUALS:
			if (eq_n == pl && memcmp(f, p->text, pl) == 0)
				return p->rule;
			break;
		case PREFIX:
			if (n >= pl && memcmp(f, p->text, pl) == 0)
				return p->rule;
			break;
		case CONTAINS:
			if (strstr(f, p->text))
				return p->rule;
			break;
		}
	}
	if (is_outreach(f, words))
		return FURN_OUTREACH;
	/* a bio's start ("Name, 37,", or a name running past what was
	 * folded): its first sentence is read whole */
	if (head) {
		size_t run = 0;
		while (run < n && isalpha((unsigned char)f[run]))
			run++;
		if (name_and_age(f, n) || run + 3 >= n)
			n = fold(text, len, f, sizeof f);
	}
	if (is_bio(f, n, words))
		return FURN_BIO;
	return FURN_NONE;
}

static bool ends_sentence(const char *s, size_t n);

/* A dateline: at most 12 words, a four-digit year and either a month name
 * or a numeric date, and no sentence ending. */
bool furniture_is_dateline(const char *text, size_t len)
{
	char f[256];
	text = text_trim(text, &len);
	if (len == 0 || len >= sizeof f || text_words(text, len) > 12 ||
	    ends_sentence(text, len))
		return false;
	size_t n = fold(text, len, f, sizeof f);
	bool year = false, month = false;
	for (size_t i = 0; i < n; i++) {
		if ((i == 0 || !isalnum((unsigned char)f[i - 1])) && i + 4 <= n &&
		    (f[i] == '1' || f[i] == '2') && isdigit((unsigned char)f[i + 1]) &&
		    isdigit((unsigned char)f[i + 2]) && isdigit((unsigned char)f[i + 3]) &&
		    (i + 4 == n || !isdigit((unsigned char)f[i + 4]))) {
			year = true;
			/* 2031-04-09 or 2031/04/09 */
			if (i + 7 <= n && (f[i + 4] == '-' || f[i + 4] == '/') &&
			    isdigit((unsigned char)f[i + 5]))
				month = true;
		}
		if (isalpha((unsigned char)f[i]) && (i == 0 || !isalpha((unsigned char)f[i - 1]))) {
			size_t w = i;
			while (w < n && isalpha((unsigned char)f[w]))
				w++;
			if (date_month_word(f + i, w - i, DATE_FULL | DATE_ABBR3 | DATE_ABBR_OTHER))
				month = true;
		}
		/* 09/04/2031 or 9/4/2031 */
		if (isdigit((unsigned char)f[i]) && i + 2 < n && (f[i + 1] == '/' || f[i + 2] == '/'))
			month = true;
	}
	return year && month;
}

/* A section label over the headline: one to three words in capitals. */
static bool is_section_label(const char *s, size_t n)
{
	size_t words = text_words(s, n);
	if (words == 0 || words > 3 || n > 40)
		return false;
	bool letter = false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'a' && c <= 'z')
			return false;
		if (c >= 'A' && c <= 'Z')
			letter = true;
		if (c == '.')
			return false;
	}
	return letter;
}

static bool ends_sentence(const char *s, size_t n)
{
	size_t i = n;
	/* Look past closing quotes and brackets. */
	while (i > 0 && strchr("\"')]", s[i - 1]))
		i--;
	while (i >= 3 && (unsigned char)s[i - 3] == 0xE2 && (unsigned char)s[i - 2] == 0x80 &&
	       ((unsigned char)s[i - 1] == 0x9D || (unsigned char)s[i - 1] == 0x99))
		i -= 3;  /* closing curly quotes */
	if (i == 0)
		return false;
	if (i >= 3 && s[i - 1] == '.' && s[i - 2] == '.' && s[i - 3] == '.')
		return false;  /* a trailing ellipsis */
	return s[i - 1] == '.';
}

static bool same_words(const char *a, size_t an, const char *b, size_t bn)
{
	char fa[512], fb[512];
	size_t na = fold(a, an, fa, sizeof fa), nb = fold(b, bn, fb, sizeof fb);
	size_t i = 0, j = 0;
	for (;;) {
		while (i < na && !isalnum((unsigned char)fa[i]) && (unsigned char)fa[i] < 0x80)
			i++;
		while (j < nb && !isalnum((unsigned char)fb[j]) && (unsigned char)fb[j] < 0x80)
			j++;
		if (i == na || j == nb)
			return i == na && j == nb;
		if (fa[i] != fb[j])
			return false;
		i++;
		j++;
	}
}

static bool is_byline(const char *s, size_t n)
{
	size_t words = text_words(s, n);
	return words >= 2 && words <= 8 && n > 3 && (memcmp(s, "By ", 3) == 0 || memcmp(s, "BY ", 3) == 0) &&
	       isupper((unsigned char)s[3]);
}

/* Headline shape: short, one line, not a finished sentence. */
static bool headline_shape(const char *s, size_t n)
{
	size_t words = text_words(s, n);
	return words >= 2 && words <= 25 && n <= 250 && !memchr(s, '\n', n) &&
	       !ends_sentence(s, n);
}

/* "Related: Council votes on budget": a label with a colon and a link's
 * title after it, on one line. */
static bool inline_link(const char *s, size_t n)
{
	const char *colon = memchr(s, ':', n);
	if (!colon || colon - s > 20)
		return false;
	size_t rest = n - (size_t)(colon - s) - 1;
	return text_words(colon + 1, rest) >= 2;
}

/* A line that reads as a link's title: short and ending no sentence. */
static bool link_line(const char *s, size_t n)
{
	s = text_trim(s, &n);
	return n > 0 && text_words(s, n) <= 16 && !ends_sentence(s, n);
}

void furniture_classify(struct para_text *a)
{
	size_t np = a->npara;
	struct para *p = a->paras;

	/* 1. Single-paragraph rules. */
	for (size_t i = 0; i < np; i++) {
		enum furn_rule r = furniture_match(a->text + p[i].start, p[i].len);
		if (r != FURN_NONE) {
			p[i].kind = PARA_FURNITURE;
			p[i].rule = r;
		}
	}

	/* 1b. A personal bio as the article's last paragraph (what follows
	 * it, if anything, is furniture). */
	for (size_t i = np; i-- > 0;) {
		if (p[i].kind == PARA_FURNITURE)
			continue;
		if (i > 0 && closing_bio(a->text + p[i].start, p[i].len)) {
			p[i].kind = PARA_FURNITURE;
			p[i].rule = FURN_BIO;
		}
		break;
	}

	/* 2. The top: datelines, bylines and section labels, then the
	 * headline and standfirst, before the first body paragraph. */
	bool headline = false;
	for (size_t i = 0; i < np; i++) {
		const char *s = a->text + p[i].start;
		if (p[i].kind == PARA_FURNITURE)
			continue;
		if (furniture_is_dateline(s, p[i].len)) {
			p[i].kind = PARA_DATELINE;
			continue;
		}
		if (is_byline(s, p[i].len)) {
			p[i].kind = PARA_BYLINE;
			continue;
		}
		if (!headline && is_section_label(s, p[i].len) && i + 1 < np) {
			p[i].kind = PARA_FURNITURE;
			p[i].rule = FURN_SECTION;
			continue;
		}
		if (!headline && i + 1 < np &&
		    ((a->title[0] && same_words(s, p[i].len, a->title, strlen(a->title))) ||
		     headline_shape(s, p[i].len))) {
			p[i].kind = PARA_HEADLINE;
			headline = true;
			continue;
		}
		if (headline && p[i - 1].kind == PARA_HEADLINE && i + 1 < np &&
		    text_words(s, p[i].len) <= 35 && !ends_sentence(s, p[i].len)) {
			p[i].kind = PARA_STANDFIRST;
			continue;
		}
		break; /* the body has begun */
	}

	/* 3. The tail: a rule that ends an article (comment form, copyright,
	 * related stories, appeal, author box) makes the rest furniture when
	 * less of the report's text follows it than precedes it.  A single
	 * link inside the article ("Related: Council votes on budget")
	 * starts no tail unless what follows it is furniture or another
	 * link; the story goes on after it. */
	size_t before = 0, total = 0;
	for (size_t i = 0; i < np; i++)
		total += p[i].len;
	for (size_t i = 0; i < np; i++) {
		if (p[i].kind == PARA_FURNITURE && furniture_starts_tail(p[i].rule) &&
		    before > 0 && total - before - p[i].len < before &&
		    !(inline_link(a->text + p[i].start, p[i].len) && i + 1 < np &&
		      p[i + 1].kind != PARA_FURNITURE && !link_line(a->text + p[i + 1].start,
								   p[i + 1].len))) {
			for (size_t j = i + 1; j < np; j++) {
				if (p[j].kind != PARA_FURNITURE) {
					p[j].kind = PARA_FURNITURE;
					p[j].rule = FURN_TAIL;
				}
			}
			break;
		}
		if (p[i].kind != PARA_FURNITURE)
			before += p[i].len;
	}
}
