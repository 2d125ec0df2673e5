/*
 * jsonld.c - the page's JSON-LD: the article objects among its scripts
 * (headline, date, authors, publisher, articleBody) read into struct ld,
 * and the HTML character references their strings often carry.
 */
#include "load/html/internal.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"

/* How article-like a JSON-LD @type is: 0 not at all. */
static int article_rank(json_t *type)
{
	static const char *const types[] = {
		"NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
		"OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
		"Article", "BlogPosting", "LiveBlogPosting", "TechArticle", "Report",
		"ScholarlyArticle", "SocialMediaPosting", "Review",
	};
	if (json_is_array(type)) {
		int best = 0;
		size_t i;
		json_t *v;
		json_array_foreach(type, i, v) {
			int r = article_rank(v);
			if (r > best)
				best = r;
		}
		return best;
	}
	if (!json_is_string(type))
		return 0;
	const char *s = json_string_value(type);
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (!strcmp(s, types[i]))
			return (int)(sizeof types / sizeof types[0] - i);
	return 0;
}

/* Names of a JSON-LD author: a string, {name}, or an array of those,
 * appended to b.  A list past b's limit is cut; the caller checks
 * buf_error(b) for running out of memory. */
static void ld_names(json_t *v, struct buf *b, int depth)
{
	if (depth > 3 || !v)
		return;
	if (json_is_string(v)) {
		const char *s = json_string_value(v);
		if (!*s || html_starts_ci(s, "http"))
			return;
		if (b->len)
			buf_adds(b, ", ");
		buf_adds(b, s);
	} else if (json_is_object(v)) {
		ld_names(json_object_get(v, "name"), b, depth + 1);
	} else if (json_is_array(v)) {
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e) {
			if (i >= 8)
				break;
			ld_names(e, b, depth + 1);
		}
	}
}

/* JSON-LD strings often carry HTML character references. */
static void keep_first_decoded(struct ctx *c, char **slot, const char *s, size_t n)
{
	if (*slot)
		return;
	struct buf b;
	buf_init(&b, MAX_FIELD_BYTES * 4);
	if (html_decode_entities(s, n < MAX_FIELD_BYTES * 2 ? n : MAX_FIELD_BYTES * 2, &b) ==
	    ND_E_NOMEM)
		c->oom = true;
	else
		html_keep_first(c, slot, b.data, b.len);
	buf_release(&b);
}

static void ld_take_string(struct ctx *c, char **slot, json_t *v)
{
	if (json_is_string(v))
		keep_first_decoded(c, slot, json_string_value(v), json_string_length(v));
}

static void ld_take_author(struct ctx *c, json_t *author)
{
	if (c->ld.author)
		return;
	struct buf b;
	buf_init(&b, MAX_FIELD_BYTES * 4);
	ld_names(author, &b, 0);
	if (buf_error(&b) == ND_E_NOMEM)
		c->oom = true;
	else if (b.len)
		keep_first_decoded(c, &c->ld.author, b.data, b.len);
	buf_release(&b);
}

/* The articleBody of an object of rank rank, when it beats the one kept:
 * a more article-like object's longer body, or any body twice as long. */
static void ld_take_body(struct ctx *c, json_t *body, int rank)
{
	struct ld *ld = &c->ld;
	if (!json_is_string(body) || json_string_length(body) == 0)
		return;
	size_t bl = json_string_length(body);
	if (ld->body && !(rank > ld->rank && bl > strlen(ld->body)) && bl <= strlen(ld->body) * 2)
		return;
	char *v = malloc(bl + 1);
	if (!v) {
		c->oom = true;
		return;
	}
	memcpy(v, json_string_value(body), bl);
	v[bl] = '\0';
	free(ld->body);
	ld->body = v;
	ld->rank = rank;
}

static void ld_article(struct ctx *c, json_t *o, int rank)
{
	struct ld *ld = &c->ld;
	ld_take_string(c, &ld->headline, json_object_get(o, "headline"));
	ld_take_string(c, &ld->date, json_object_get(o, "datePublished"));
	ld_take_author(c, json_object_get(o, "author"));
	json_t *pub = json_object_get(o, "publisher");
	if (json_is_array(pub))
		pub = json_array_get(pub, 0);
	if (json_is_object(pub))
		ld_take_string(c, &ld->publisher, json_object_get(pub, "name"));
	else
		ld_take_string(c, &ld->publisher, pub);
	ld_take_body(c, json_object_get(o, "articleBody"), rank);
}

/* Walk one JSON-LD value without recursion, reading article objects. */
static void ld_walk(struct ctx *c, json_t *root)
{
	json_t *stack[MAX_JSON_DEPTH * 8];
	int depth[MAX_JSON_DEPTH * 8];
	size_t sp = 0;
	stack[sp] = root;
	depth[sp++] = 0;
	size_t visited = 0;
	while (sp && visited++ < 10000) {
		json_t *v = stack[--sp];
		int d = depth[sp];
		if (d > MAX_JSON_DEPTH)
			continue;
		if (json_is_object(v)) {
			int rank = article_rank(json_object_get(v, "@type"));
			if (rank)
				ld_article(c, v, rank);
			const char *key;
			json_t *child;
			json_object_foreach(v, key, child) {
				if ((json_is_object(child) || json_is_array(child)) &&
				    sp < sizeof stack / sizeof stack[0]) {
					stack[sp] = child;
					depth[sp++] = d + 1;
				}
			}
		} else if (json_is_array(v)) {
			/* pushed in reverse so the first is read first */
			for (size_t i = json_array_size(v); i-- > 0;) {
				json_t *child = json_array_get(v, i);
				if ((json_is_object(child) || json_is_array(child)) &&
				    sp < sizeof stack / sizeof stack[0]) {
					stack[sp] = child;
					depth[sp++] = d + 1;
				}
			}
		}
	}
}

void html_read_jsonld(struct ctx *c)
{
	const char *s = c->jsonld.data;
	size_t n = c->jsonld.len;
	for (size_t i = 0; s && i < n;) {
		size_t len = strlen(s + i);
		const char *t = s + i;
		size_t tl = len;
		t = text_trim(t, &tl);
		/* some pages wrap it in a comment or CDATA */
		if (tl >= 4 && !memcmp(t, "<!--", 4)) {
			t += 4;
			tl -= 4;
		}
		while (tl && *t != '{' && *t != '[') {
			t++;
			tl--;
		}
		while (tl && t[tl - 1] != '}' && t[tl - 1] != ']')
			tl--;
		json_error_t err;
		json_t *root = tl ? json_loadb(t, tl, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err) : NULL;
		if (root) {
			ld_walk(c, root);
			json_decref(root);
		}
		i += len + 1;
	}
}

void html_ld_release(struct ld *ld)
{
	free(ld->headline);
	free(ld->date);
	free(ld->author);
	free(ld->publisher);
	free(ld->body);
	memset(ld, 0, sizeof *ld);
}

/* The code point of the reference name[] ("#38", "#x26", "amp"), or -1. */
static long reference(const char *name)
{
	if (name[0] == '#') {
		char *end;
		long v = (name[1] == 'x' || name[1] == 'X') ? strtol(name + 2, &end, 16)
							    : strtol(name + 1, &end, 10);
		return *end == '\0' && v > 0 && v <= 0x10FFFF ? v : -1;
	}
	const htmlEntityDesc *d = html_xml.entity_lookup((const xmlChar *)name);
	return d ? (long)d->value : -1;
}

enum nd_err html_decode_entities(const char *s, size_t n, struct buf *out)
{
	enum nd_err e = ND_E_OK;
	for (size_t i = 0; i < n && !e;) {
		const char *amp = memchr(s + i, '&', n - i);
		size_t upto = amp ? (size_t)(amp - s) : n;
		if ((e = buf_add(out, s + i, upto - i)) || !amp)
			break;
		i = upto;
		size_t j = i + 1;
		while (j < n && j - i < 32 && s[j] != ';' && s[j] != '&' && !is_space((unsigned char)s[j]))
			j++;
		long cp = -1;
		if (j < n && s[j] == ';' && j > i + 1) {
			char name[40];
			memcpy(name, s + i + 1, j - i - 1);
			name[j - i - 1] = '\0';
			cp = reference(name);
		}
		if (cp < 0) {
			e = buf_addc(out, '&');
			i++;
			continue;
		}
		char tmp[4];
		e = buf_add(out, tmp, text_encode((int32_t)cp, tmp));
		i = j + 1;
	}
	return e;
}
