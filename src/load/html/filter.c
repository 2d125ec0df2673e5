/*
 * filter.c - paragraph filters: what article containers keep that is not
 * the article (link lists, the shared furniture phrases, lone URLs,
 * separators, bylines, datelines, labels of link boxes, the headline
 * repeated at the top, headings with nothing after them).
 */
#include "load/html/internal.h"

#include <string.h>

#include "base/text.h"
#include "load/furniture.h"

/* s[0..n) ends like a sentence: . ! or ? perhaps inside quotes. */
static bool ends_sentence(const char *s, size_t n)
{
	for (;;) {
		while (n && (s[n - 1] == ' ' || s[n - 1] == '"' || s[n - 1] == '\'' || s[n - 1] == ')'))
			n--;
		/* closing curly quotes */
		if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
		    ((unsigned char)s[n - 1] == 0x9D || (unsigned char)s[n - 1] == 0x99)) {
			n -= 3;
			continue;
		}
		break;
	}
	return n && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?');
}

/* Labels of boxes of links to other stories, in a few languages. */
static const char *const link_labels[] = {
	"don't miss", "dont miss", "read also", "also read", "read more", "see also",
	"more", "more:", "related news", "related posts", "related reading",
	"you may also be interested in", "leggi anche", "lesen sie auch", "lees ook",
	"a lire aussi", "\xc3\xa0 lire aussi", "lire aussi", "lea tambi\xc3\xa9n",
	"leia tamb\xc3\xa9m", "veja tamb\xc3\xa9m", "tags", "share this:", "advertisement",
	NULL,
};

/* A short line that is a label of a link box. */
static bool is_link_label(const char *s, size_t n)
{
	if (n >= 40)
		return false;
	char f[48];
	size_t k = 0;
	for (size_t i = 0; i < n && k < sizeof f - 1; i++)
		f[k++] = lower(s[i]);
	while (k && (f[k - 1] == ' ' || f[k - 1] == '.' || f[k - 1] == '!'))
		k--;
	f[k] = '\0';
	for (const char *const *l = link_labels; *l; l++)
		if (!strcmp(f, *l))
			return true;
	return false;
}

/*
 * Clutter a container keeps: a lone URL or e-mail address, a separator
 * line, a byline ("By Jane Doe"), a dateline, a label of a link box.
 */
static bool is_clutter(const char *s, size_t n)
{
	bool alnum = false, space = false;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		/* "___" separates the parts of some agencies' stories */
		if (ch >= 0x80 || (ch >= '0' && ch <= '9') || ((ch | 32) >= 'a' && (ch | 32) <= 'z') ||
		    ch == '_')
			alnum = true;
		if (ch == ' ')
			space = true;
	}
	if (!alnum)
		return true;
	if (!space && (html_find_ci(s, n, "://") || html_find_ci(s, n, "www.") || memchr(s, '@', n) ||
		       html_find_ci(s, n, ".com/")))
		return true;
	size_t words = text_words(s, n);
	if (words <= 8 && n > 3 && html_starts_ci(s, "by ") && !memchr(s, '.', n) &&
	    !memchr(s, '"', n))
		return true;
	/* a date line, but not the "- Name (@handle) date" under a tweet */
	if (furniture_is_dateline(s, n) && !memchr(s, '@', n) && (unsigned char)s[0] != 0xE2)
		return true;
	return is_link_label(s, n);
}

/* Link lists and "Read more: <link>" lines. */
static bool mostly_links(const struct opara *o, const char *s)
{
	return o->chars && (o->link_chars * 10 > o->chars * 8 ||
			    (o->link_chars * 2 > o->chars && o->chars < 100 && !ends_sentence(s, o->len)));
}

void html_filter_paragraphs(struct plist *pl)
{
	size_t total = 0;
	for (size_t i = 0; i < pl->n; i++)
		total += pl->v[i].chars;
	size_t seen = 0;
	bool tail = false;
	for (size_t i = 0; i < pl->n; i++) {
		struct opara *o = &pl->v[i];
		const char *s = pl->text.data + o->off;
		seen += o->chars;
		if (tail || o->tag == T_H1 || mostly_links(o, s)) {
			o->drop = true;
			continue;
		}
		enum furn_rule r = furniture_match(s, o->len);
		if (r != FURN_NONE) {
			o->drop = true;
			if (furniture_starts_tail(r) && seen * 2 > total)
				tail = true;
			continue;
		}
		if (is_clutter(s, o->len))
			o->drop = true;
	}
	/* headings with nothing of theirs after them */
	for (size_t i = pl->n; i-- > 0;) {
		struct opara *o = &pl->v[i];
		if (o->drop)
			continue;
		if (is_heading(o->tag))
			o->drop = true;
		else
			break;
	}
}

void html_drop_title(struct plist *pl, const struct ctx *c)
{
	const char *titles[] = { c->meta.og_title, c->meta.h1, c->ld.headline, c->meta.title,
				 c->meta.tw_title };
	size_t seen = 0;
	for (size_t i = 0; i < pl->n && seen < 3; i++) {
		struct opara *o = &pl->v[i];
		if (o->drop)
			continue;
		seen++;
		for (size_t t = 0; t < sizeof titles / sizeof titles[0]; t++) {
			if (!titles[t] || strlen(titles[t]) != o->len)
				continue;
			size_t k = 0;
			while (k < o->len && lower(titles[t][k]) == lower(pl->text.data[o->off + k]))
				k++;
			if (k == o->len) {
				o->drop = true;
				break;
			}
		}
	}
}
