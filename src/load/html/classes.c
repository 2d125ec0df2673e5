/*
 * classes.c - what an element's class, id, role, style and other
 * attributes say about it: Readability's unlikely, positive and negative
 * names, boilerplate boxes, readers' comments, bylines, hidden elements.
 * The word lists are found in a name in one pass over it (lists_in), not
 * one strstr for each word: the same answers, at every element.
 */
#include "load/html/internal.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>


/* Readability's patterns, on "class id" in lower case. */
static const char *const unlikely_words[] = {
	"-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community",
	"cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu",
	"related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
	"social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager",
	"popup", "yom-remote", NULL,
};
static const char *const maybe_words[] = {
	"and", "article", "body", "column", "content", "main", "shadow", NULL,
};
static const char *const positive_words[] = {
	"article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
	"pagination", "post", "text", "blog", "story", NULL,
};
static const char *const negative_words[] = {
	"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot",
	"footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related",
	"scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
	"tags", "tool", "widget", NULL,
};
static const char *const negative_tokens[] = { "hid", NULL };

/* Boilerplate inside article containers, removed whatever the mode. */
static const char *const boiler_words[] = {
	"share", "social", "related", "newsletter", "subscri", "promo", "advert",
	"outbrain", "taboola", "comment", "breadcrumb", "toolbar", "recommend",
	"trending", "popular", "signup", "sign-up", "cookie", "consent", "modal",
	"popup", "sponsor", "caption", "byline", "author", "dateline", "timestamp",
	"read-more", "readmore", "more-stories", "morestories", "further-reading",
	"jump-link", "tags", "tag-list", "taglist", "keywords", "disclaimer", "donate",
	"paywall", "follow", "print", "pagination", "nav", "menu", "footer", "masthead",
	"inline-link", "gallery", "slideshow", "credit", NULL,
};
static const char *const boiler_tokens[] = {
	"ad", "ads", "adv", "advert", "advertisement", "adslot", "dfp", "gpt", "tag",
	"meta", "date", "time", "hidden", "hide", "sr", "visually", "screen", "share",
	"teaser", "aside", "rail", "widget", "sidebar", "related", "links", NULL,
};

/* Readers' comments, removed in every mode. */
static const char *const comment_tokens[] = {
	"comment", "comments", "commentlist", "commentslist", "disqus", "respond",
	"replies", "comentarios", "kommentare", "commentaires", NULL,
};
static const char *const wrapper_words[] = {
	"article", "content", "main", "story", "entry", NULL,
};

static const char *const byline_words[] = {
	"byline", "author", "dateline", "writtenby", NULL,
};

/* Which of the word lists above a string holds a word of (as strstr
 * would find it), and which of the token lists a whole token of (tokens
 * split at anything but letters and digits), found in one pass: every
 * word is filed under its first two letters, and each place of the
 * string looks up only the words filed there. */
enum { W_UNLIKELY = 1, W_MAYBE = 2, W_POSITIVE = 4, W_NEGATIVE = 8, W_BOILER = 16,
       W_WRAPPER = 32, W_BYLINE = 64, T_NEGATIVE = 128, T_BOILER = 256, T_COMMENT = 512 };

struct filed {
	const char *word;
	uint8_t len;
	uint16_t any;   /* lists found wherever the word is */
	uint16_t token; /* lists found when it is a whole token */
};

#define NBUCKETS 1024
static struct filed filed[256];            /* the words, by bucket */
static uint16_t first_of[NBUCKETS + 1];    /* bucket k: filed[first_of[k]..first_of[k+1]) */

static unsigned key2(const char *w)
{
	return ((unsigned)(unsigned char)w[0] * 31u + (unsigned char)w[1]) & (NBUCKETS - 1);
}

static int cmp_filed(const void *a, const void *b)
{
	const struct filed *x = a, *y = b;
	unsigned kx = key2(x->word), ky = key2(y->word);
	return kx != ky ? (kx < ky ? -1 : 1) : strcmp(x->word, y->word);
}

static void file_words(void)
{
	static const struct {
		const char *const *list;
		uint16_t bit;
		bool token;
	} lists[] = {
		{ unlikely_words, W_UNLIKELY, false }, { maybe_words, W_MAYBE, false },
		{ positive_words, W_POSITIVE, false }, { negative_words, W_NEGATIVE, false },
		{ boiler_words, W_BOILER, false },     { wrapper_words, W_WRAPPER, false },
		{ byline_words, W_BYLINE, false },     { negative_tokens, T_NEGATIVE, true },
		{ boiler_tokens, T_BOILER, true },     { comment_tokens, T_COMMENT, true },
	};
	size_t n = 0;
	for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
		for (const char *const *w = lists[l].list; *w; w++) {
			size_t i = 0;
			while (i < n && strcmp(filed[i].word, *w) != 0)
				i++;
			if (i == n && n < sizeof filed / sizeof filed[0])
				filed[n++] = (struct filed){ *w, (uint8_t)strlen(*w), 0, 0 };
			if (i < n && lists[l].token)
				filed[i].token |= lists[l].bit;
			else if (i < n)
				filed[i].any |= lists[l].bit;
		}
	qsort(filed, n, sizeof *filed, cmp_filed);
	size_t i = 0;
	for (unsigned k = 0; k <= NBUCKETS; k++) {
		while (i < n && key2(filed[i].word) < k)
			i++;
		first_of[k] = (uint16_t)i;
	}
}

static bool alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* The lists a word of which s (in lower case) holds. */
static unsigned lists_in(const char *s)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, file_words);
	unsigned found = 0;
	for (const char *p = s; p[0] && p[1]; p++) {
		unsigned k = key2(p);
		for (unsigned i = first_of[k]; i < first_of[k + 1]; i++) {
			const struct filed *f = &filed[i];
			if (f->word[0] != p[0] || f->word[1] != p[1] ||
			    strncmp(p + 2, f->word + 2, f->len - 2u) != 0)
				continue;
			found |= f->any;
			if (f->token && (p == s || !alnum(p[-1])) && !alnum(p[f->len]))
				found |= f->token;
		}
	}
	return found;
}

static bool role_unlikely(const char *role)
{
	static const char *const roles[] = {
		"menu", "menubar", "complementary", "navigation", "alert", "alertdialog",
		"dialog", "banner", "contentinfo", "search", NULL,
	};
	for (const char *const *r = roles; *r; r++)
		if (html_eq_ci(role, *r))
			return true;
	return false;
}

static void style_flags(const char *style, uint16_t *flags)
{
	char t[256];
	size_t k = 0;
	for (const char *p = style; *p && k < sizeof t - 1; p++)
		if (!is_space((unsigned char)*p))
			t[k++] = lower(*p);
	t[k] = '\0';
	if (strstr(t, "display:none") || strstr(t, "visibility:hidden"))
		*flags |= F_HIDDEN;
}

/* Readability's class weight of one name (class or id): -25, 0 or 25. */
static int name_weight(const char *name, size_t max)
{
	char s[256];
	size_t j = 0;
	for (const char *p = name; *p && j < max - 1; p++)
		s[j++] = lower(*p);
	s[j] = '\0';
	int w = 0;
	unsigned in = lists_in(s);
	if (in & (W_NEGATIVE | T_NEGATIVE))
		w -= 25;
	if (in & W_POSITIVE)
		w += 25;
	return w;
}

/* Flags from "class id" in lower case (s[0..k)). */
static void name_flags(struct node *nd, const char *s, size_t k)
{
	if (k <= 1)
		return;
	unsigned in = lists_in(s);
	if ((in & W_UNLIKELY) && !(in & W_MAYBE) && nd->tag != T_BODY && nd->tag != T_A)
		nd->flags |= F_UNLIKELY;
	if (in & (W_BOILER | T_BOILER))
		nd->flags |= F_SUSPECT;
	if ((in & T_COMMENT) && !(in & W_WRAPPER))
		nd->flags |= F_COMMENTS;
	if (in & W_BYLINE)
		nd->flags |= F_BYLINE;
}

/* Flags from role, rel, itemprop, hidden, aria-hidden, style and href. */
static void attribute_flags(struct node *nd, const struct attrs *a)
{
	const char *role = a->role;
	if (role && role_unlikely(role))
		nd->flags |= F_UNLIKELY;
	if (role && nd->tag == T_TABLE && html_eq_ci(role, "presentation"))
		nd->flags |= F_LAYOUT;
	if (a->rel && strstr(a->rel, "author"))
		nd->flags |= F_BYLINE;
	if (a->itemprop && strstr(a->itemprop, "author"))
		nd->flags |= F_BYLINE;
	if (a->hidden)
		nd->flags |= F_HIDDEN;
	const char *ah = a->aria_hidden;
	if (ah && html_eq_ci(ah, "true") && nd->tag != T_BODY && nd->tag != T_HTML)
		nd->flags |= F_HIDDEN;
	if (a->style)
		style_flags(a->style, &nd->flags);
	if (nd->tag == T_A && a->href && a->href[0] == '#')
		nd->flags |= F_HASHLINK;
}

void html_element_flags(struct node *nd, const struct attrs *a)
{
	const char *cls = a->cls;
	const char *id = a->id;
	char s[256];
	size_t k = 0;
	for (const char *p = cls; p && *p && k < 200; p++)
		s[k++] = lower(*p);
	s[k++] = ' ';
	for (const char *p = id; p && *p && k < sizeof s - 1; p++)
		s[k++] = lower(*p);
	s[k] = '\0';
	if (cls && *cls)
		nd->cls_hash = html_hash_str(cls);

	int w = 0;
	if (cls && *cls)
		w += name_weight(cls, 256);
	if (id && *id)
		w += name_weight(id, 128);
	nd->weight = (int8_t)w;
	name_flags(nd, s, k);
	attribute_flags(nd, a);
}
