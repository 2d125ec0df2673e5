/*
 * sentence.c - sentence boundaries in report text.
 *
 * The text is read one code point at a time, so that a boundary can never
 * fall inside a UTF-8 sequence.  A candidate end is a run of terminators
 * ('.', '!', '?', U+2026 and the double marks U+203C, U+2047-U+2049),
 * then any closing quotes or brackets (" ' ’ ” » › ) ] }).  The sentence
 * ends after them when:
 *
 *   - the range (the paragraph) ends there, white space aside; or
 *   - white space follows (ASCII, no-break and the Unicode spaces), and
 *     then something that starts a sentence: an upper-case letter, a digit
 *     or an opening quote (“ ‘ „ « ‹ " '), possibly behind '(' or '[';
 *
 * unless one of these says otherwise:
 *
 *   - No white space after the run: "3.5", "$4.5", "example.com", "U.S.-".
 *   - A single '.' after a word of the abbreviation table below:
 *       title (Dr. He Wenli): never an end, since a name follows;
 *       inner (vs. e.g. i.e. approx.): never an end;
 *       number (No. 10): not an end when a digit follows;
 *       trailing (Inc. Ltd. Jr. St. Dec. etc.): an end only before a
 *       common sentence starter (see starters[]) or an opening quote,
 *       since these often close a sentence ("a unit of Apple Inc. The
 *       company said") but more often stand inside one ("Ltd. has").
 *   - A single '.' after a single letter (J. R. Smith) or after single
 *     letters joined by dots (U.S. U.K. a.m. D.C.): handled like a
 *     trailing abbreviation.  So "based in the U.S. and Chile." is one
 *     sentence and "He moved to the U.S. Then he left." is two; "the U.S.
 *     Senate" stays one, being a name and not a starter.
 *   - An ellipsis ("..", "..." or U+2026) inside an open double quotation
 *     that no closing quote ends first: quoted speech with words left out
 *     goes on ("“... a small team … we think"), whatever the case of
 *     the next word.  Outside quotations an ellipsis is a full stop like
 *     any other, so only a lower-case word after it keeps the sentence.
 *   - A closing double quote followed by one to three capitalised words
 *     that are not starters and then "said" or "says" and ',' or '.':
 *     the attribution belongs to the quotation ("“It works.” Roe said.").
 *     The usual form ("... to us all,” said X.") needs no rule: a comma is
 *     no terminator and a lower-case word never starts a sentence.
 *
 * Quotations are not kept whole: 'He said: “It works. It is fast.” Then he
 * left.' is three sentences, the first ending after "works." and the
 * second taking the closing quote.  Later stages want short pieces of
 * evidence, and each piece's bytes are exact.  Only double quotes are
 * tracked as quotations, since ’ is also the apostrophe.
 */
#include "analyse/sentence.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "base/text.h"

enum abbr_kind {
	ABBR_TITLE,     /* before a name: never an end */
	ABBR_INNER,     /* inside a sentence: never an end */
	ABBR_NUMBER,    /* before a number: no end when a digit follows */
	ABBR_TRAILING,  /* an end only before a starter or an opening quote */
};

struct abbr {
	const char *word;  /* as written, without the final dot */
	enum abbr_kind kind;
};

/* General English abbreviations; matched with their case. */
static const struct abbr abbrs[] = {
	{ "Mr", ABBR_TITLE }, { "Mrs", ABBR_TITLE }, { "Ms", ABBR_TITLE },
	{ "Dr", ABBR_TITLE }, { "Prof", ABBR_TITLE }, { "Sen", ABBR_TITLE },
	{ "Rep", ABBR_TITLE }, { "Gov", ABBR_TITLE }, { "Gen", ABBR_TITLE },
	{ "Col", ABBR_TITLE }, { "Lt", ABBR_TITLE }, { "Sgt", ABBR_TITLE },
	{ "Sens", ABBR_TITLE }, { "Reps", ABBR_TITLE }, { "Govs", ABBR_TITLE },
	{ "Capt", ABBR_TITLE }, { "Atty", ABBR_TITLE },
	/* St. is Saint before a name but Street after one. */
	{ "St", ABBR_TRAILING }, { "Jr", ABBR_TRAILING }, { "Sr", ABBR_TRAILING },

	{ "Inc", ABBR_TRAILING }, { "Ltd", ABBR_TRAILING }, { "Co", ABBR_TRAILING },
	{ "Corp", ABBR_TRAILING }, { "Plc", ABBR_TRAILING }, { "LLC", ABBR_TRAILING },

	{ "Jan", ABBR_TRAILING }, { "Feb", ABBR_TRAILING }, { "Mar", ABBR_TRAILING },
	{ "Apr", ABBR_TRAILING }, { "Jun", ABBR_TRAILING }, { "Jul", ABBR_TRAILING },
	{ "Aug", ABBR_TRAILING }, { "Sep", ABBR_TRAILING }, { "Sept", ABBR_TRAILING },
	{ "Oct", ABBR_TRAILING }, { "Nov", ABBR_TRAILING }, { "Dec", ABBR_TRAILING },

	{ "No", ABBR_NUMBER },
	{ "vs", ABBR_INNER }, { "e.g", ABBR_INNER }, { "i.e", ABBR_INNER },
	{ "approx", ABBR_INNER },
	{ "etc", ABBR_TRAILING },
};

/* Words that commonly open a sentence and hardly ever continue a name, so
 * that they end one after a trailing abbreviation ("the U.S. Then"). */
static const char *const starters[] = {
	"A", "After", "And", "As", "At", "But", "He", "Her", "His", "However",
	"I", "If", "In", "It", "Its", "Meanwhile", "On", "Our", "She", "Some",
	"That", "The", "Their", "Then", "There", "These", "They", "This",
	"Those", "We", "When", "While",
};

/* Verbs of an attribution after a quotation ("“It works.” Roe said."). */
static const char *const said_words[] = { "said", "says" };

/* One stretch of text being split: text[lo..hi). */
struct span {
	const char *s;
	uint32_t lo, hi;
};

/* The code point at *i, advancing *i; -1 at the end of the span. */
static inline int32_t next(const struct span *sp, uint32_t *i)
{
	if (*i < sp->hi && (unsigned char)sp->s[*i] < 0x80)
		return (unsigned char)sp->s[(*i)++];
	size_t k = *i;
	int32_t cp = text_next(sp->s, sp->hi, &k);
	*i = (uint32_t)k;
	return cp;
}

/* The code point at i without moving; -1 at the end of the span. */
static int32_t peek(const struct span *sp, uint32_t i)
{
	return next(sp, &i);
}

/* The code point that ends just before i, and its start in *start; -1 at
 * the start of the span. */
static int32_t prev(const struct span *sp, uint32_t i, uint32_t *start)
{
	if (i <= sp->lo)
		return -1;
	uint32_t j = i - 1;
	while (j > sp->lo && ((unsigned char)sp->s[j] & 0xC0) == 0x80)
		j--;
	*start = j;
	return peek(sp, j);
}

static bool is_space(int32_t cp)
{
	switch (cp) {
	case ' ': case '\n': case '\t': case '\r': case '\f': case '\v':
	case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
	case 0x205F: case 0x3000:
	/* Invisible, and no place to start or end a sentence either. */
	case 0x200B: case 0xFEFF:
		return true;
	default:
		return cp >= 0x2000 && cp <= 0x200A;
	}
}

static bool is_digit(int32_t cp)
{
	return cp >= '0' && cp <= '9';
}

/* Upper case is what text_fold lowers; the quotes, dashes and spaces it
 * also changes are no letters. */
static bool is_upper(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	int32_t f = text_fold(cp);
	return f != cp && f != '\'' && f != '"' && f != '-' && f != ' ';
}

/* A letter or digit, near enough: outside ASCII, anything from U+00C0 on
 * that is not general punctuation, a symbol block or CJK punctuation. */
static bool is_word(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || is_digit(cp);
	if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7)
		return false;
	if (cp >= 0x2000 && cp <= 0x2BFF)
		return false;
	if (cp >= 0x3000 && cp <= 0x303F)
		return false;
	return !is_space(cp) && cp != 0xFEFF && cp != 0xFFFD;
}

static bool is_terminator(int32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 ||
	       cp == 0x203C || (cp >= 0x2047 && cp <= 0x2049);
}

static bool is_closing_double(int32_t cp)
{
	return cp == '"' || cp == 0x201D || cp == 0x00BB;
}

static bool is_closer(int32_t cp)
{
	return is_closing_double(cp) || cp == '\'' || cp == 0x2019 || cp == 0x203A ||
	       cp == ')' || cp == ']' || cp == '}';
}

static bool is_opening_double(int32_t cp)
{
	return cp == 0x201C || cp == 0x201E || cp == 0x00AB;
}

/* A quote that may open a sentence, after white space. */
static bool is_opening_quote(int32_t cp)
{
	return is_opening_double(cp) || cp == '"' || cp == '\'' || cp == 0x2018 ||
	       cp == 0x201A || cp == 0x2039;
}

static uint32_t skip_space(const struct span *sp, uint32_t i)
{
	while (i < sp->hi) {
		uint32_t j = i;
		if (!is_space(next(sp, &j)))
			break;
		i = j;
	}
	return i;
}

/* Length of the run of ASCII letters at i. */
static uint32_t ascii_word(const struct span *sp, uint32_t i)
{
	uint32_t j = i;
	while (j < sp->hi && ((sp->s[j] >= 'a' && sp->s[j] <= 'z') ||
			      (sp->s[j] >= 'A' && sp->s[j] <= 'Z')))
		j++;
	return j - i;
}

static bool in_list(const char *w, size_t n, const char *const *list, size_t count)
{
	for (size_t k = 0; k < count; k++)
		if (strlen(list[k]) == n && memcmp(list[k], w, n) == 0)
			return true;
	return false;
}

/* A starter ends at white space or a comma ("However,"); "A-list" or
 * "A. Smith" is no starter. */
static bool is_starter(const struct span *sp, uint32_t i)
{
	uint32_t n = ascii_word(sp, i), j = i + n;
	if (n == 0 || (j < sp->hi && sp->s[j] != ',' && !is_space(peek(sp, j))))
		return false;
	return in_list(sp->s + i, n, starters, sizeof starters / sizeof starters[0]);
}

/* "said" or "says" at i, then a comma, a full stop or the end. */
static bool is_said(const struct span *sp, uint32_t i)
{
	uint32_t n = ascii_word(sp, i), j = i + n;
	if (!in_list(sp->s + i, n, said_words, sizeof said_words / sizeof said_words[0]))
		return false;
	return j >= sp->hi || sp->s[j] == ',' || sp->s[j] == '.';
}

/* Whether the text at i (after white space) opens a sentence: an upper-case
 * letter or a digit, or an opening quote, perhaps behind brackets. */
static bool opens_sentence(const struct span *sp, uint32_t i)
{
	int32_t cp;
	for (;;) {
		uint32_t j = i;
		cp = next(sp, &j);
		if (cp != '(' && cp != '[')
			break;
		i = j;
	}
	return is_opening_quote(cp) || is_upper(cp) || is_digit(cp);
}

/* "Roe said," or "Chief Executive Jane Roe says." at i: one to three
 * capitalised words that are not starters, then a verb of saying and a
 * comma or full stop (or the end). */
static bool attribution_at(const struct span *sp, uint32_t i)
{
	for (int words = 0; words <= 3; words++) {
		if (words > 0 && is_said(sp, i))
			return true;
		if (words == 3 || !is_upper(peek(sp, i)) || is_starter(sp, i))
			return false;
		/* The name, with inner apostrophes, hyphens and dots (O’Brien). */
		uint32_t j = i;
		for (;;) {
			uint32_t k = j;
			int32_t cp = next(sp, &k);
			if (is_word(cp)) {
				j = k;
				continue;
			}
			if ((cp == 0x2019 || cp == '\'' || cp == '-' || cp == '.') &&
			    is_word(peek(sp, k))) {
				j = k;
				continue;
			}
			break;
		}
		if (j >= sp->hi || !is_space(peek(sp, j)))
			return false;
		i = skip_space(sp, j);
	}
	return false;
}

enum stop_kind {
	STOP_PLAIN,
	STOP_NEVER,
	STOP_NUMBER,
	STOP_TRAILING,
};

/* What kind of stop a single '.' at dot is, from the word before it. */
static enum stop_kind classify_dot(const struct span *sp, uint32_t dot)
{
	/* The word before: letters, digits and inner dots (U.S, e.g). */
	uint32_t w = dot, at;
	int32_t cp;
	while ((cp = prev(sp, w, &at)) >= 0 && (is_word(cp) || cp == '.'))
		w = at;
	if (w == dot)
		return STOP_PLAIN;

	size_t len = dot - w;
	for (size_t k = 0; k < sizeof abbrs / sizeof abbrs[0]; k++) {
		if (abbrs[k].word[0] != sp->s[w] || strlen(abbrs[k].word) != len ||
		    memcmp(abbrs[k].word, sp->s + w, len) != 0)
			continue;
		switch (abbrs[k].kind) {
		case ABBR_TITLE:
		case ABBR_INNER:
			return STOP_NEVER;
		case ABBR_NUMBER:
			return STOP_NUMBER;
		case ABBR_TRAILING:
			return STOP_TRAILING;
		}
	}

	/* A single letter (J.), or single letters joined by dots (U.S, a.m):
	 * every piece between dots is one letter. */
	uint32_t i = w;
	while (i < dot) {
		cp = next(sp, &i);
		if (!is_word(cp) || is_digit(cp))
			return STOP_PLAIN;
		if (i < dot) {
			if (sp->s[i] != '.')
				return STOP_PLAIN;
			i++;
			if (i == dot)
				return STOP_PLAIN;  /* "U.." is no abbreviation */
		}
	}
	return STOP_TRAILING;
}

/* A run of terminators and closers just read: text[at..stop). */
struct stop {
	uint32_t at, stop;
	bool single_dot;    /* the run is one '.' */
	bool ellipsis;      /* the run holds "..", "..." or U+2026 */
	bool closed_quote;  /* a closing double quote follows the run */
};

/* Whether the sentence ends after the stop. in_quote is true when a double
 * quotation is still open after it. */
static bool ends_here(const struct span *sp, const struct stop *st, bool in_quote)
{
	uint32_t after = skip_space(sp, st->stop);
	if (after >= sp->hi)
		return true;
	if (after == st->stop)
		return false;  /* 3.5, example.com, U.S.-Chile */
	if (st->ellipsis && in_quote)
		return false;

	if (st->single_dot) {
		switch (classify_dot(sp, st->at)) {
		case STOP_NEVER:
			return false;
		case STOP_NUMBER:
			if (is_digit(peek(sp, after)))
				return false;
			break;
		case STOP_TRAILING:
			return is_starter(sp, after) || is_opening_quote(peek(sp, after));
		case STOP_PLAIN:
			break;
		}
	}
	if (!opens_sentence(sp, after))
		return false;
	if (st->closed_quote && attribution_at(sp, after))
		return false;
	return true;
}

static enum nd_err push_one(struct arena *arena, struct sentences *out, size_t *cap,
			    struct sentence s);

/* A run-on "sentence" longer than ND_MAX_SENTENCE_BYTES is cut at spaces
 * into pieces no longer than that, so that evidence stays readable and no
 * rule reads more than a sentence's worth of text at once. */
static enum nd_err push_text(const char *text, struct arena *arena, struct sentences *out,
			     size_t *cap, struct sentence s)
{
	while (s.end - s.start > ND_MAX_SENTENCE_BYTES) {
		uint32_t cut = s.start + ND_MAX_SENTENCE_BYTES;
		while (cut > s.start && text[cut] != ' ')
			cut--;
		if (cut == s.start) { /* no space: cut at a character boundary */
			cut = s.start + ND_MAX_SENTENCE_BYTES;
			while (cut > s.start && ((unsigned char)text[cut] & 0xC0) == 0x80)
				cut--;
		}
		struct sentence head = { s.start, cut, s.para };
		enum nd_err err = push_one(arena, out, cap, head);
		if (err)
			return err;
		s.start = cut;
		while (s.start < s.end && (text[s.start] == ' ' || text[s.start] == '\n'))
			s.start++;
	}
	return s.end > s.start ? push_one(arena, out, cap, s) : ND_E_OK;
}

static enum nd_err push_one(struct arena *arena, struct sentences *out, size_t *cap,
			    struct sentence s)
{
	struct sentence *v = arena_reserve(arena, out->v, out->n, cap, out->n + 1, sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	out->v = v;
	out->v[out->n++] = s;
	return ND_E_OK;
}

/* An ASCII byte that the loop below reads as nothing but a character of
 * the sentence: no white space or control, no terminator, not '"'. */
static inline bool plain_ascii(char c)
{
	/* by bit: 0x21 to 0x7E but for '!', '"', '.' and '?' */
	static const uint64_t plain[2] = { 0x7FFFBFF800000000ull, 0x7FFFFFFFFFFFFFFFull };
	unsigned char b = (unsigned char)c;
	return b < 0x80 && (plain[b >> 6] >> (b & 63)) & 1;
}

enum nd_err sentences_split_range(const char *text, uint32_t start, uint32_t end,
				  uint32_t para, struct arena *arena,
				  struct sentences *out, size_t *cap)
{
	const struct span sp = { text, start, end };
	bool in_quote = false;
	uint32_t i = skip_space(&sp, start);

	while (i < end) {
		uint32_t first = i, last = i;
		bool done = false;
		while (i < end && !done) {
			/* a run of ASCII that is no space, stop or double quote,
			 * with single spaces between (most of the text), only
			 * moves the sentence's end: the run ends on no space */
			if (plain_ascii(text[i])) {
				while (++i < end && (plain_ascii(text[i]) ||
						     (text[i] == ' ' && i + 1 < end && plain_ascii(text[i + 1]))))
					;
				last = i;
				continue;
			}
			uint32_t at = i;
			int32_t cp = next(&sp, &i);
			if (!is_space(cp))
				last = i;
			if (is_opening_double(cp))
				in_quote = true;
			else if (cp == 0x201D || cp == 0x00BB)
				in_quote = false;
			else if (cp == '"')
				in_quote = !in_quote;
			if (!is_terminator(cp))
				continue;

			struct stop st = { .at = at, .ellipsis = cp == 0x2026 };
			int dots = cp == '.';
			uint32_t j = i;
			while (is_terminator(cp = next(&sp, &j))) {
				i = j;
				dots = cp == '.' ? dots + 1 : 0;
				if (dots >= 2 || cp == 0x2026)
					st.ellipsis = true;
			}
			st.single_dot = text[at] == '.' && i == at + 1;
			/* A straight quote right after a terminator closes. */
			j = i;
			while (is_closer(cp = next(&sp, &j))) {
				i = j;
				if (is_closing_double(cp)) {
					st.closed_quote = true;
					in_quote = false;
				}
			}
			st.stop = last = i;
			done = ends_here(&sp, &st, in_quote);
		}
		enum nd_err err = push_text(text, arena, out, cap, (struct sentence){ first, last, para });
		if (err)
			return err;
		i = skip_space(&sp, last);
	}
	return ND_E_OK;
}

enum nd_err sentences_split(const struct article *a, struct arena *arena,
			    struct sentences *out)
{
	out->v = NULL;
	out->n = 0;
	/* Offsets are 32 bits; reports are far smaller (ND_MAX_FILE_BYTES). */
	if (a->len > UINT32_MAX)
		return ND_E_TOO_LARGE;
	size_t cap = 0;
	for (size_t k = 0; k < a->npara; k++) {
		const struct para *p = &a->paras[k];
		if (!para_is_content(p))
			continue;
		enum nd_err err = sentences_split_range(a->text, (uint32_t)p->start,
							(uint32_t)(p->start + p->len),
							(uint32_t)k, arena, out, &cap);
		if (err)
			return err;
	}
	return ND_E_OK;
}
