/*
 * classes.c - what an element's class, id, role, style and other
 * attributes say about it: Readability's unlikely, positive and negative
 * names, boilerplate boxes, readers' comments, bylines, hidden elements.
 */
#include "load/html/internal.h"

#include <string.h>

/* Any of the lower-case words in list within s. */
static bool has_any(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (strstr(s, *list))
			return true;
	return false;
}

/* Any of list as a whole token of s (tokens split at anything but letters
 * and digits). */
static bool has_token(const char *s, const char *const *list)
{
	for (const char *p = s; *p;) {
		while (*p && !((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
			p++;
		const char *t = p;
		while ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
			p++;
		size_t k = (size_t)(p - t);
		if (k == 0)
			continue;
		for (const char *const *l = list; *l; l++)
			if (strlen(*l) == k && memcmp(*l, t, k) == 0)
				return true;
	}
	return false;
}

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
	if (has_any(s, negative_words) || has_token(s, negative_tokens))
		w -= 25;
	if (has_any(s, positive_words))
		w += 25;
	return w;
}

/* Flags from "class id" in lower case (s[0..k)). */
static void name_flags(struct node *nd, const char *s, size_t k)
{
	if (k <= 1)
		return;
	if (has_any(s, unlikely_words) && !has_any(s, maybe_words) && nd->tag != T_BODY &&
	    nd->tag != T_A)
		nd->flags |= F_UNLIKELY;
	if (has_any(s, boiler_words) || has_token(s, boiler_tokens))
		nd->flags |= F_SUSPECT;
	if (has_token(s, comment_tokens) && !has_any(s, wrapper_words))
		nd->flags |= F_COMMENTS;
	if (strstr(s, "byline") || strstr(s, "author") || strstr(s, "dateline") ||
	    strstr(s, "writtenby"))
		nd->flags |= F_BYLINE;
}

/* Flags from role, rel, itemprop, hidden, aria-hidden, style and href. */
static void attribute_flags(struct node *nd, xmlNode *x)
{
	const char *role = html_attr(x, "role");
	if (role && role_unlikely(role))
		nd->flags |= F_UNLIKELY;
	if (role && nd->tag == T_TABLE && html_eq_ci(role, "presentation"))
		nd->flags |= F_LAYOUT;
	const char *rel = html_attr(x, "rel");
	if (rel && strstr(rel, "author"))
		nd->flags |= F_BYLINE;
	const char *ip = html_attr(x, "itemprop");
	if (ip && strstr(ip, "author"))
		nd->flags |= F_BYLINE;
	if (html_attr(x, "hidden"))
		nd->flags |= F_HIDDEN;
	const char *ah = html_attr(x, "aria-hidden");
	if (ah && html_eq_ci(ah, "true") && nd->tag != T_BODY && nd->tag != T_HTML)
		nd->flags |= F_HIDDEN;
	const char *st = html_attr(x, "style");
	if (st)
		style_flags(st, &nd->flags);
	if (nd->tag == T_A) {
		const char *href = html_attr(x, "href");
		if (href && href[0] == '#')
			nd->flags |= F_HASHLINK;
	}
}

void html_element_flags(struct node *nd, xmlNode *x)
{
	const char *cls = html_attr(x, "class");
	const char *id = html_attr(x, "id");
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
	attribute_flags(nd, x);
}
