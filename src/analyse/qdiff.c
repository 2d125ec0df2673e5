#include "analyse/qdiff.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base/buf.h"
#include "base/text.h"
#include "base/vec.h"

/* ------------------------------------------------------------------ */
/* Words                                                               */

enum wclass {
	WC_OTHER,   /* ends a word */
	WC_WORD,    /* letter or combining mark */
	WC_DIGIT,
	WC_IDEO,    /* a word by itself */
	WC_APOS,    /* kept between word characters */
	WC_JOIN,    /* soft hyphen, zero-width joiners: kept between word characters */
	WC_DIGSEP   /* '.' ',': kept between digits */
};

static bool is_ideograph(int32_t cp)
{
	return (cp >= 0x3040 && cp <= 0x30FF) ||   /* hiragana, katakana */
	       (cp >= 0x31F0 && cp <= 0x31FF) ||   /* katakana extensions */
	       (cp >= 0x3400 && cp <= 0x4DBF) ||   /* CJK extension A */
	       (cp >= 0x4E00 && cp <= 0x9FFF) ||   /* CJK unified ideographs */
	       (cp >= 0xF900 && cp <= 0xFAFF) ||   /* compatibility ideographs */
	       (cp >= 0x20000 && cp <= 0x3FFFF);   /* supplementary ideographs */
}

static bool is_apostrophe(int32_t cp)
{
	return cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x02BC;
}

static enum wclass wclass(int32_t cp)
{
	if (cp < 0x80) {
		if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
			return WC_WORD;
		if (cp >= '0' && cp <= '9')
			return WC_DIGIT;
		if (cp == '\'')
			return WC_APOS;
		if (cp == '.' || cp == ',')
			return WC_DIGSEP;
		return WC_OTHER;
	}
	if (is_apostrophe(cp))
		return WC_APOS;
	if (cp == 0x00AD || cp == 0x200C || cp == 0x200D || cp == 0x2060)
		return WC_JOIN;
	if (is_ideograph(cp))
		return WC_IDEO;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return WC_WORD;
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return WC_DIGIT;
	default:
		return WC_OTHER;
	}
}

static bool is_mark(int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC ||
	       c == UTF8PROC_CATEGORY_ME;
}

/* wclass of each ASCII code point, so that the usual byte is classed
 * without decoding it. */
static const unsigned char ascii_class[128] = {
	['0'] = WC_DIGIT, ['1'] = WC_DIGIT, ['2'] = WC_DIGIT, ['3'] = WC_DIGIT, ['4'] = WC_DIGIT,
	['5'] = WC_DIGIT, ['6'] = WC_DIGIT, ['7'] = WC_DIGIT, ['8'] = WC_DIGIT, ['9'] = WC_DIGIT,
	['\''] = WC_APOS, ['.'] = WC_DIGSEP, [','] = WC_DIGSEP,
#define L(c) [c] = WC_WORD, [c - 'a' + 'A'] = WC_WORD
	L('a'), L('b'), L('c'), L('d'), L('e'), L('f'), L('g'), L('h'), L('i'), L('j'), L('k'),
	L('l'), L('m'), L('n'), L('o'), L('p'), L('q'), L('r'), L('s'), L('t'), L('u'), L('v'),
	L('w'), L('x'), L('y'), L('z'),
#undef L
};

/* Class and byte length of the code point at s[i] (WC_OTHER past the end). */
static inline enum wclass peek(const char *s, size_t n, size_t i, int32_t *cp, size_t *len)
{
	if (i < n && (unsigned char)s[i] < 0x80) {
		*cp = (unsigned char)s[i];
		*len = 1;
		return (enum wclass)ascii_class[(unsigned char)s[i]];
	}
	size_t j = i;
	*cp = text_next(s, n, &j);
	*len = j - i;
	return *cp < 0 ? WC_OTHER : wclass(*cp);
}

/* Find the next word in s[*i..n): its bounds in *start, *end; false when
 * there is none.  *i moves past it. */
static bool next_word(const char *s, size_t n, size_t *i, size_t *start, size_t *end)
{
	int32_t cp;
	size_t len;
	enum wclass c = WC_OTHER;
	while (*i < n) {
		c = peek(s, n, *i, &cp, &len);
		if (c == WC_WORD || c == WC_DIGIT || c == WC_IDEO)
			break;
		*i += len;
	}
	if (*i >= n)
		return false;
	*start = *i;
	*i += len;
	if (c == WC_IDEO) {
		/* One character, with any combining marks after it. */
		while (*i < n && peek(s, n, *i, &cp, &len) == WC_WORD && is_mark(cp))
			*i += len;
		*end = *i;
		return true;
	}
	enum wclass prev = c;
	while (*i < n) {
		c = peek(s, n, *i, &cp, &len);
		if (c == WC_WORD || c == WC_DIGIT) {
			prev = c;
			*i += len;
			continue;
		}
		if (c != WC_APOS && c != WC_JOIN && c != WC_DIGSEP)
			break;
		/* A connector: kept only when a fitting character follows. */
		int32_t ncp;
		size_t nlen;
		enum wclass next = peek(s, n, *i + len, &ncp, &nlen);
		bool keep = c == WC_DIGSEP ? prev == WC_DIGIT && next == WC_DIGIT
					   : next == WC_WORD || next == WC_DIGIT;
		if (!keep)
			break;
		*i += len + nlen;
		prev = next;
	}
	*end = *i;
	return true;
}

static utf8proc_int32_t fold_cp(utf8proc_int32_t cp, void *data)
{
	(void)data;
	return is_apostrophe(cp) ? '\'' : text_fold(cp);
}

/* The folded form of the word s[0..n), in the arena. */
static const char *fold_word(const char *s, size_t n, struct arena *a)
{
	bool ascii = true;
	for (size_t i = 0; i < n && ascii; i++)
		ascii = (unsigned char)s[i] < 0x80;
	if (ascii) {
		char *f = arena_alloc(a, n + 1);
		if (!f)
			return NULL;
		for (size_t i = 0; i < n; i++)
			f[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a') : s[i];
		return f;
	}
	utf8proc_uint8_t *m = NULL;
	utf8proc_ssize_t k = utf8proc_map_custom(
		(const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
		UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_IGNORE, fold_cp, NULL);
	if (k >= 0) {
		char *f = arena_strndup(a, (const char *)m, (size_t)k);
		free(m);
		return f;
	}
	free(m);
	if (k == UTF8PROC_ERROR_NOMEM)
		return NULL;
	/* Cannot happen for words of valid UTF-8; fold code point by code
	 * point all the same. */
	char *f = arena_alloc(a, 4 * n + 1), *p = f;
	if (!f)
		return NULL;
	for (size_t i = 0; i < n;)
		p += text_encode(fold_cp(text_next(s, n, &i), NULL), p);
	return f;
}

enum nd_err qdiff_words(const char *s, size_t n, struct arena *a,
			struct qwords *out)
{
	out->v = NULL;
	out->n = 0;
	if (n > UINT32_MAX)
		return ND_E_TOO_LARGE;
	/* the words' spans (start, end), found once */
	uint32_t *span = NULL;
	size_t count = 0, cap = 0, bytes = 0, i = 0, start, end;
	while (next_word(s, n, &i, &start, &end)) {
		uint32_t *grown = vec_reserve(span, &cap, 2 * count + 2, sizeof *span);
		if (!grown) {
			free(span);
			return ND_E_NOMEM;
		}
		span = grown;
		span[2 * count] = (uint32_t)start;
		span[2 * count + 1] = (uint32_t)end;
		count++;
		bytes += end - start + 1;
	}
	struct qword *v = count ? arena_alloc(a, count * sizeof *v) : NULL;
	/* the folded forms of the ASCII words one after another in one
	 * block (others each in their own, fold_word) */
	char *folds = count ? arena_alloc_raw(a, bytes) : NULL;
	enum nd_err err = count && (!v || !folds) ? ND_E_NOMEM : ND_E_OK;
	for (size_t w = 0; w < count && !err; w++) {
		start = span[2 * w];
		end = span[2 * w + 1];
		size_t len = end - start;
		v[w].off = (uint32_t)start;
		v[w].len = (uint32_t)len;
		bool ascii = true;
		for (size_t k = 0; k < len && ascii; k++)
			ascii = (unsigned char)s[start + k] < 0x80;
		if (ascii) {
			for (size_t k = 0; k < len; k++) {
				char ch = s[start + k];
				folds[k] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
			}
			folds[len] = '\0';
			v[w].fold = folds;
			folds += len + 1;
		} else {
			v[w].fold = fold_word(s + start, len, a);
		}
		if (!v[w].fold)
			err = ND_E_NOMEM;
	}
	free(span);
	if (err || count == 0)
		return err;
	out->v = v;
	out->n = count;
	return ND_E_OK;
}

/* ------------------------------------------------------------------ */
/* Overlap                                                             */

static bool same_word(const struct qword *x, const struct qword *y)
{
	return x->fold[0] == y->fold[0] && strcmp(x->fold, y->fold) == 0;
}

size_t qdiff_longest_run(const struct qwords *x, const struct qwords *y)
{
	if (!x || !y || x->n == 0 || y->n == 0)
		return 0;
	size_t best = 0;
	/* Walk every diagonal (a fixed shift between x and y) and count its
	 * runs of equal words: each pair of words is compared once. */
	for (size_t d = 0; d < x->n + y->n - 1; d++) {
		size_t i = d < y->n ? 0 : d - (y->n - 1);
		size_t j = d < y->n ? y->n - 1 - d : 0;
		/* Nothing longer than best left on this diagonal. */
		size_t left = x->n - i < y->n - j ? x->n - i : y->n - j;
		if (left <= best)
			continue;
		size_t run = 0;
		for (; i < x->n && j < y->n; i++, j++) {
			if (same_word(&x->v[i], &y->v[j])) {
				if (++run > best)
					best = run;
			} else {
				run = 0;
			}
		}
	}
	return best;
}

bool qdiff_same_quote(const struct qwords *x, const struct qwords *y)
{
	size_t shorter = x->n < y->n ? x->n : y->n;
	size_t run = qdiff_longest_run(x, y);
	return run >= QDIFF_MIN_RUN || (shorter >= QDIFF_MIN_WHOLE && run == shorter);
}

/* ------------------------------------------------------------------ */
/* Diff                                                                */

#define MAX_CELLS ((size_t)4 << 20)

/* Ops being built, on the heap. */
struct oplist {
	struct qop *v;
	size_t n, cap;
	bool nomem;
};

/* Append a run, merging it into the last one when it continues it. */
static void emit(struct oplist *l, enum qop_kind k, size_t af, size_t ac,
		 size_t bf, size_t bc)
{
	if (l->nomem || (ac == 0 && bc == 0))
		return;
	if (l->n) {
		struct qop *p = &l->v[l->n - 1];
		if (p->kind == k && p->a_first + p->a_count == af &&
		    p->b_first + p->b_count == bf) {
			p->a_count += (uint32_t)ac;
			p->b_count += (uint32_t)bc;
			return;
		}
	}
	struct qop *v = vec_reserve(l->v, &l->cap, l->n + 1, sizeof *v);
	if (!v) {
		l->nomem = true;
		return;
	}
	l->v = v;
	l->v[l->n++] = (struct qop){ k, (uint32_t)af, (uint32_t)ac,
				     (uint32_t)bf, (uint32_t)bc };
}

/* The ops of a against b, on the heap (the caller frees l->v). */
static enum nd_err diff_heap(const struct qwords *a, const struct qwords *b,
			     struct oplist *l)
{
	memset(l, 0, sizeof *l);
	size_t na = a ? a->n : 0, nb = b ? b->n : 0;
	if (na > UINT32_MAX || nb > UINT32_MAX)
		return ND_E_TOO_LARGE;

	/* The common beginning and end need no table. */
	size_t pre = 0, suf = 0;
	while (pre < na && pre < nb && same_word(&a->v[pre], &b->v[pre]))
		pre++;
	while (suf < na - pre && suf < nb - pre &&
	       same_word(&a->v[na - 1 - suf], &b->v[nb - 1 - suf]))
		suf++;
	emit(l, QOP_SAME, 0, pre, 0, pre);

	size_t n = na - pre - suf, m = nb - pre - suf;
	const struct qword *x = n ? a->v + pre : NULL, *y = m ? b->v + pre : NULL;
	if (n == 0 || m == 0 || (n + 1) > MAX_CELLS / (m + 1)) {
		emit(l, QOP_ONLY_A, pre, n, pre, 0);
		emit(l, QOP_ONLY_B, pre + n, 0, pre, m);
	} else {
		/* t[i][j]: length of the LCS of x[i..n) and y[j..m). */
		size_t w = m + 1;
		uint32_t *t = calloc((n + 1) * w, sizeof *t);
		if (!t) {
			free(l->v);  /* the common beginning, emitted above */
			memset(l, 0, sizeof *l);
			return ND_E_NOMEM;
		}
		for (size_t i = n; i-- > 0;)
			for (size_t j = m; j-- > 0;) {
				uint32_t down = t[(i + 1) * w + j], right = t[i * w + j + 1];
				t[i * w + j] = same_word(&x[i], &y[j]) ? t[(i + 1) * w + j + 1] + 1
						: down >= right ? down : right;
			}
		/* Walk it: words skipped between two matches form one gap,
		 * emitted as ONLY_A then ONLY_B. */
		size_t i = 0, j = 0, gi = 0, gj = 0;
		while (i < n || j < m) {
			if (i < n && j < m && same_word(&x[i], &y[j])) {
				emit(l, QOP_ONLY_A, pre + gi, i - gi, pre + gj, 0);
				emit(l, QOP_ONLY_B, pre + i, 0, pre + gj, j - gj);
				emit(l, QOP_SAME, pre + i, 1, pre + j, 1);
				gi = ++i;
				gj = ++j;
			} else if (j >= m || (i < n && t[(i + 1) * w + j] >= t[i * w + j + 1])) {
				i++;
			} else {
				j++;
			}
		}
		emit(l, QOP_ONLY_A, pre + gi, n - gi, pre + gj, 0);
		emit(l, QOP_ONLY_B, pre + n, 0, pre + gj, m - gj);
		free(t);
	}
	emit(l, QOP_SAME, pre + n, suf, pre + m, suf);
	if (l->nomem) {
		free(l->v);
		memset(l, 0, sizeof *l);
		return ND_E_NOMEM;
	}
	return ND_E_OK;
}

enum nd_err qdiff_diff(const struct qwords *a, const struct qwords *b,
		       struct arena *ar, struct qop **ops, size_t *nops)
{
	struct oplist l;
	*ops = NULL;
	*nops = 0;
	enum nd_err err = diff_heap(a, b, &l);
	if (err)
		return err;
	if (l.n) {
		*ops = arena_alloc(ar, l.n * sizeof **ops);
		if (!*ops) {
			free(l.v);
			return ND_E_NOMEM;
		}
		memcpy(*ops, l.v, l.n * sizeof **ops);
		*nops = l.n;
	}
	free(l.v);
	return ND_E_OK;
}

enum qrel qdiff_relation(const struct qop *ops, size_t nops)
{
	bool only_a = false, only_b = false;
	for (size_t i = 0; i < nops; i++) {
		only_a |= ops[i].kind == QOP_ONLY_A;
		only_b |= ops[i].kind == QOP_ONLY_B;
	}
	if (only_a && only_b)
		return QREL_CHANGED;
	return only_a ? QREL_B_IN_A : only_b ? QREL_A_IN_B : QREL_SAME;
}

const char *qdiff_relation_name(enum qrel r)
{
	switch (r) {
	case QREL_SAME: return "same";
	case QREL_A_IN_B: return "a in b";
	case QREL_B_IN_A: return "b in a";
	case QREL_CHANGED: return "changed";
	}
	return "?";
}

/* ------------------------------------------------------------------ */
/* Description                                                         */

#define SHOW_MAX 3        /* changes listed before "and N more" */
#define RUN_MAX 7         /* longer runs are shortened ... */
#define RUN_HEAD 4        /* ... to their first RUN_HEAD words */
#define RUN_TAIL 2        /* ... and their last RUN_TAIL words */

/* Append text[from..to) with line breaks as spaces. */
static enum nd_err add_text(struct buf *out, const char *text, size_t from, size_t to)
{
	enum nd_err err = ND_E_OK;
	for (size_t i = from; i < to && !err; i++)
		err = buf_addc(out, text[i] == '\n' ? ' ' : text[i]);
	return err;
}

/* Append “words first..first+count of w, as written in text”. */
static enum nd_err add_run(struct buf *out, const struct qwords *w, const char *text,
			   size_t first, size_t count)
{
	const struct qword *v = w->v + first;
	enum nd_err err = buf_adds(out, "\xe2\x80\x9c");
	if (count > RUN_MAX) {
		if (!err)
			err = add_text(out, text, v[0].off,
				       v[RUN_HEAD - 1].off + v[RUN_HEAD - 1].len);
		if (!err)
			err = buf_adds(out, " \xe2\x80\xa6 ");
		if (!err)
			err = add_text(out, text, v[count - RUN_TAIL].off,
				       v[count - 1].off + v[count - 1].len);
	} else if (!err) {
		err = add_text(out, text, v[0].off, v[count - 1].off + v[count - 1].len);
	}
	if (!err)
		err = buf_adds(out, "\xe2\x80\x9d");
	return err;
}

/* One difference: a gap between two SAME runs. */
struct change {
	int kind;               /* 0 replaced, 1 cut (only in b), 2 added (only in a) */
	size_t af, ac, bf, bc;
};

const char *qdiff_describe(const struct qwords *a, const char *atext,
			   const struct qwords *b, const char *btext,
			   struct arena *ar)
{
	struct oplist l;
	if (diff_heap(a, b, &l))
		return NULL;

	/* Gaps, in text order. */
	struct change *ch = l.n ? malloc(l.n * sizeof *ch) : NULL;
	size_t nch = 0;
	if (l.n && !ch) {
		free(l.v);
		return NULL;
	}
	for (size_t i = 0; i < l.n; i++) {
		const struct qop *o = &l.v[i];
		if (o->kind == QOP_SAME)
			continue;
		if (o->kind == QOP_ONLY_A && i + 1 < l.n && l.v[i + 1].kind == QOP_ONLY_B) {
			const struct qop *p = &l.v[++i];
			ch[nch++] = (struct change){ 0, o->a_first, o->a_count,
						     p->b_first, p->b_count };
		} else if (o->kind == QOP_ONLY_A) {
			ch[nch++] = (struct change){ 2, o->a_first, o->a_count, 0, 0 };
		} else {
			ch[nch++] = (struct change){ 1, 0, 0, o->b_first, o->b_count };
		}
	}
	free(l.v);
	if (nch == 0) {
		free(ch);
		return arena_strdup(ar, "same words");
	}

	static const char *const heads[] = { "changed: ", "cuts: ", "adds: " };
	struct buf out;
	buf_init(&out, 1 << 16);
	enum nd_err err = ND_E_OK;
	size_t shown = 0;
	for (int kind = 0; kind < 3 && !err; kind++) {
		bool first = true;
		for (size_t i = 0; i < nch && shown < SHOW_MAX && !err; i++) {
			const struct change *c = &ch[i];
			if (c->kind != kind)
				continue;
			if (first && out.len)
				err = buf_adds(&out, "; ");
			if (!err)
				err = buf_adds(&out, first ? heads[kind] : ", ");
			first = false;
			if (!err && c->ac)
				err = add_run(&out, a, atext, c->af, c->ac);
			if (!err && c->ac && c->bc)
				err = buf_adds(&out, " for ");
			if (!err && c->bc)
				err = add_run(&out, b, btext, c->bf, c->bc);
			shown++;
		}
	}
	if (!err && shown < nch)
		err = buf_addf(&out, " and %zu more", nch - shown);
	free(ch);
	const char *s = err ? NULL : arena_strndup(ar, out.data, out.len);
	buf_release(&out);
	return s;
}
