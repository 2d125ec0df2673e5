/*
 * tokens.c - split a sentence into tokens.  See tokens.h.
 */
#include "analyse/tokens.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "analyse/lexicon.h"
#include "base/text.h"

static struct tok *push(struct arena *ar, struct tok **arr, size_t *n, size_t *cap)
{
	struct tok *v = *n < *cap ? *arr : arena_reserve(ar, *arr, *n, cap, *n + 1, sizeof **arr);
	if (!v)
		return NULL;
	*arr = v;
	struct tok *e = &v[*n];
	memset(e, 0, sizeof *e);
	(*n)++;
	return e;
}

/* ASCII letters and digits (isalnum's answer below 0x80), by bit. */
static const uint32_t ascii_alnum[4] = { 0, 0x03FF0000u, 0x07FFFFFEu, 0x07FFFFFEu };

static inline bool is_ascii_alnum(int32_t cp)
{
	return (ascii_alnum[cp >> 5] >> (cp & 31)) & 1;
}

static bool is_word_cp_wide(int32_t cp);

static inline bool is_word_cp(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 0 && is_ascii_alnum(cp);
	return is_word_cp_wide(cp);
}

static bool is_word_cp_wide(int32_t cp)
{
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_MN:
		return true;
	default:
		return false;
	}
}

static bool is_upper_cp(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	int c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static bool is_lower_cp(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* text_next, with an ASCII byte decoded in place. */
static inline int32_t next_cp(const char *s, size_t n, size_t *i)
{
	if (*i < n && (unsigned char)s[*i] < 0x80)
		return (unsigned char)s[(*i)++];
	return text_next(s, n, i);
}

static inline int32_t peek(const char *s, size_t n, size_t i)
{
	if (i >= n)
		return -1;
	if ((unsigned char)s[i] < 0x80)
		return (unsigned char)s[i];
	return text_next(s, n, &i);
}

/* A character that joins the letters around it and shows nothing (or a
 * hyphen only at a line's end): the soft hyphen, the zero-width joiner
 * and non-joiner, the word joiner.  Pages put them inside names
 * ("La\u00ADPierre") to say where a word may break. */
static bool joiner(int32_t cp)
{
	return cp == 0x00AD || cp == 0x200C || cp == 0x200D || cp == 0x2060;
}

/* The most a folded token holds (with its NUL); a longer one is cut. */
#define FOLD_MAX 256

/* Fold text[start..end) into the arena, joiners left out; its length in
 * *len.  Written in place (arena_room): most tokens are short. */
static const char *fold(struct arena *ar, const char *s, uint32_t start, uint32_t end,
			size_t *len)
{
	char *tmp = arena_room(ar, FOLD_MAX);
	if (!tmp)
		return NULL;
	size_t o = 0;
	for (size_t i = start; i < end && o + 4 < FOLD_MAX;) {
		unsigned char b = (unsigned char)s[i];
		if (b < 0x80) {  /* most bytes: text_fold's answer for ASCII, at once */
			tmp[o++] = b >= 'A' && b <= 'Z' ? (char)(b + ('a' - 'A')) : b == '\n' ? ' ' : (char)b;
			i++;
			continue;
		}
		int32_t cp = text_fold(text_next(s, end, &i));
		if (!joiner(cp))
			o += text_encode(cp, tmp + o);
	}
	tmp[o] = '\0';
	arena_keep(ar, o + 1);
	*len = o;
	return tmp;
}

/* Camel case inside a word, other than name prefixes (McX, MacX, DeX,
 * LaX, LeX, DiX, DaX, O'X). */
static bool camel(const char *s, uint32_t start, uint32_t end)
{
	/* an ASCII word with no capital after its first letter has none
	 * inside: most words, answered without decoding */
	bool plain = true;
	for (size_t q = start + 1; q < end && plain; q++)
		plain = (unsigned char)s[q] < 0x80 && !(s[q] >= 'A' && s[q] <= 'Z');
	if (plain && (unsigned char)s[start] < 0x80)
		return false;
	size_t i = start, k = 0;
	int32_t prev = -1;
	while (i < end) {
		int32_t cp = text_next(s, end, &i);
		k++;
		if (k > 1 && is_upper_cp(cp) && is_lower_cp(prev)) {
			size_t plen = k - 1;
			char pre[8] = "";
			size_t j = start, o = 0;
			for (size_t q = 0; q < plen && o + 1 < sizeof pre; q++) {
				int32_t x = text_next(s, end, &j);
				pre[o++] = x < 0x80 ? (char)x : '?';
			}
			pre[o] = '\0';
			static const char *const ok[] = { "Mc", "Mac", "De", "La", "Le", "Di", "Da", "Van", "Von" };
			bool allowed = false;
			for (size_t q = 0; q < sizeof ok / sizeof ok[0]; q++)
				if (strcmp(pre, ok[q]) == 0)
					allowed = true;
			if (!allowed)
				return true;
		}
		if (cp == '-' || cp == '\'')
			k = 0;
		prev = cp;
	}
	return false;
}

/* Tokens are gathered in an array on the stack while a sentence is
 * split (in the arena only past this many), then copied to the arena at
 * their size: an array grown by doubling in the arena would leave each
 * smaller copy behind, zeroed, until the comparison goes. */
#define LOCAL_TOKS 256

static enum nd_err split(const char *s, uint32_t start, uint32_t end, struct arena *ar,
			 struct tokens *out, size_t cap)
{
	size_t n = end;
	size_t i = start;
	while (i < n) {
		size_t at = i;
		int32_t cp = next_cp(s, n, &i);
		if (cp == ' ' || cp == '\n' || cp == 0xA0 || joiner(cp))
			continue;
		struct tok *t = push(ar, &out->t, &out->n, &cap);
		if (!t)
			return ND_E_NOMEM;
		t->start = (uint32_t)at;
		if (!is_word_cp(cp)) {
			t->end = (uint32_t)i;
			int32_t fcp = text_fold(cp);
			t->quote = fcp == '"' || cp == 0x201C || cp == 0x201D;
			/* "'s" after a word: the possessive, its own token */
			if (fcp == '\'' && at > start && is_word_cp(peek(s, n, at - 1 < n ? at - 1 : at)) &&
			    (peek(s, n, i) == 's' || peek(s, n, i) == 'S') &&
			    (i + 1 >= n || !is_word_cp(peek(s, n, i + 1)))) {
				i++;
				t->end = (uint32_t)i;
				t->f = "'s";
				t->word = 1;
				t->lex = lex_word_id_len("'s", 2);
				continue;
			}
			size_t flen;
			t->f = fold(ar, s, t->start, t->end, &flen);
			t->lex = t->f ? lex_word_id_len(t->f, flen) : lex_word_id("");
			continue;
		}
		bool digits = cp >= '0' && cp <= '9';
		t->cap = is_upper_cp(cp);
		size_t letters = !digits, uppers = t->cap;
		bool wide = cp >= 0x80;  /* a character past ASCII in the word */
		for (;;) {
			/* a run of ASCII letters and digits, most of a word, at once */
			while (i < n && (unsigned char)s[i] < 0x80 && is_ascii_alnum((unsigned char)s[i])) {
				unsigned char b = (unsigned char)s[i++];
				if (!(b >= '0' && b <= '9')) {
					letters++;
					uppers += b >= 'A' && b <= 'Z';
				}
			}
			size_t j = i;
			int32_t x = peek(s, n, j);
			if (x < 0)
				break;
			wide |= x >= 0x80;
			if (is_word_cp(x)) {
				next_cp(s, n, &j);
				if (!(x >= '0' && x <= '9')) {
					letters++;
					uppers += is_upper_cp(x);
				}
				i = j;
				continue;
			}
			size_t k = j;
			next_cp(s, n, &k);
			int32_t y = peek(s, n, k);
			int32_t fx = text_fold(x);
			/* Inside a word: apostrophes (not the possessive 's), hyphens,
			 * dots of U.S.-style abbreviations, digit groups 12,500 and 3.5 */
			if (fx == '\'' && is_word_cp(y) &&
			    !((y == 's' || y == 'S') && !is_word_cp(peek(s, n, k + 1)))) {
				i = k;
				continue;
			}
			if ((x == '-' || x == 0x2010 || joiner(x)) && is_word_cp(y)) {
				i = k;
				continue;
			}
			if (digits && (x == ',' || x == '.') && y >= '0' && y <= '9') {
				i = k;
				continue;
			}
			if (x == '.' && !digits && letters >= 1 && (i - t->start) <= 3 &&
			    ((y >= 'A' && y <= 'Z') || (y >= 'a' && y <= 'z'))) {
				size_t k2 = k;
				text_next(s, n, &k2);
				if (peek(s, n, k2) == '.') { /* U.S. and the like */
					i = k2 + 1;
					continue;
				}
			}
			/* the last dot of "F.B.I.": a letter after a dot */
			if (x == '.' && !digits && i - t->start >= 3 && s[i - 2] == '.' &&
			    !is_word_cp(y)) {
				i = k;
				continue;
			}
			break;
		}
		t->end = (uint32_t)i;
		t->word = 1;
		t->num = digits;
		t->allcaps = letters >= 2 && uppers == letters;
		/* camel case needs a capital after a small letter, and every
		 * capital after the first letter not just after a dot is
		 * counted in uppers (an ASCII word with none has none) */
		t->camel = !digits && (wide || uppers != t->cap) && camel(s, t->start, t->end);
		size_t flen;
		t->f = fold(ar, s, t->start, t->end, &flen);
		if (!t->f)
			return ND_E_NOMEM;
		t->lex = lex_word_id_len(t->f, flen);
		if (digits) {
			char tmp[64];
			size_t o = 0;
			for (size_t q = t->start; q < t->end && o + 1 < sizeof tmp; q++)
				if (s[q] != ',')
					tmp[o++] = s[q];
			tmp[o] = '\0';
			t->value = strtod(tmp, NULL);
		}
	}
	return ND_E_OK;
}

enum nd_err tokens_split(const char *s, uint32_t start, uint32_t end,
			 struct arena *ar, struct tokens *out)
{
	struct tok local[LOCAL_TOKS];
	memset(out, 0, sizeof *out);
	out->t = local;
	enum nd_err err = split(s, start, end, ar, out, LOCAL_TOKS);
	if (!err && out->t == local) {
		/* one more, zeroed, as the arena's room past the last used to
		 * be; the others are copied over, so not zeroed first */
		struct tok *t = arena_alloc_raw(ar, (out->n + 1) * sizeof *t);
		if (t) {
			memcpy(t, local, out->n * sizeof *t);
			memset(&t[out->n], 0, sizeof *t);
		} else {
			err = ND_E_NOMEM;
		}
		out->t = t;
	}
	if (!err)
		out->w = arena_alloc_raw(ar, (out->n + 1) * sizeof *out->w);
	if (!err && !out->w)
		err = ND_E_NOMEM;
	if (!err)
		out->w[out->n] = NULL;
	if (err) {
		memset(out, 0, sizeof *out);
		return err;
	}
	/* each token's lex was set as it was made, from its folded form */
	for (size_t k = 0; k < out->n; k++)
		out->w[k] = out->t[k].f ? out->t[k].f : "";
	return ND_E_OK;
}

/* Is quotation mark token k a closing one?  Curly marks say so; a
 * straight one closes when it touches the word or mark before it. */
static bool closing_mark(const char *text, const struct tok *t)
{
	unsigned char b = (unsigned char)text[t->start];
	if (b == 0xE2) /* U+201C opens, U+201D closes */
		return (unsigned char)text[t->start + 2] == 0x9D;
	return t->start > 0 && text[t->start - 1] != ' ' && text[t->start - 1] != '\n' &&
	       text[t->start - 1] != '(';
}

/* Is token i inside a quotation: after an opening mark, or before a
 * closing one with no mark between (a quotation carried on from the
 * sentence before)? */
bool tokens_quoted(const char *text, const struct tokens *st, size_t i)
{
	for (size_t k = i + 1; k-- > 0;)
		if (st->t[k].quote)
			return !closing_mark(text, &st->t[k]);
	for (size_t k = i + 1; k < st->n; k++)
		if (st->t[k].quote)
			return closing_mark(text, &st->t[k]);
	return false;
}
