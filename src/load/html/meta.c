/*
 * meta.c - the page's metadata: what the walk notes on its way (<meta>,
 * canonical link, <title>, the first <h1>, <time>, author links and
 * itemprops, JSON-LD scripts, <body>, itemprop=articleBody), and the
 * outlet, title, date, author and URL chosen from it in the end.
 */
#include "load/html/internal.h"

#include <stdlib.h>
#include <string.h>

#include "base/vec.h"

void html_keep_first(struct ctx *c, char **slot, const char *s, size_t n)
{
	if (*slot || !s)
		return;
	char *v = html_clean_field(s, n);
	if (!v) {
		c->oom = true;
		return;
	}
	if (!*v) {
		free(v);
		return;
	}
	*slot = v;
}

/* Ask for the element's text for *slot, unless it holds a value. */
static void want_text(struct wants *w, char **slot)
{
	if (!*slot && w->nslot < (int)(sizeof w->slot / sizeof w->slot[0]))
		w->slot[w->nslot++] = slot;
}

static void collect_meta(struct ctx *c, const struct attrs *a)
{
	const char *key = a->property;
	if (!key)
		key = a->name;
	if (!key)
		key = a->itemprop;
	const char *val = a->content;
	if (!key || !val)
		return;
	size_t vn = strlen(val);
	struct meta *m = &c->meta;
#define IS(name) html_eq_ci(key, name)
	if (IS("og:site_name"))
		html_keep_first(c, &m->site_name, val, vn);
	else if (IS("og:title"))
		html_keep_first(c, &m->og_title, val, vn);
	else if (IS("twitter:title"))
		html_keep_first(c, &m->tw_title, val, vn);
	else if (IS("article:published_time") || IS("og:published_time") || IS("datePublished") ||
		 IS("article:published"))
		html_keep_first(c, &m->pub_time, val, vn);
	else if (IS("date") || IS("pubdate") || IS("publishdate") || IS("publish-date") ||
		 IS("dc.date") || IS("dc.date.issued") || IS("dcterms.created") ||
		 IS("sailthru.date") || IS("parsely-pub-date") || IS("article.published"))
		html_keep_first(c, &m->meta_date, val, vn);
	else if (IS("author") || IS("article:author") || IS("dc.creator") ||
		 IS("sailthru.author") || IS("parsely-author")) {
		/* article:author is often a profile URL, not a name */
		if (!html_starts_ci(val, "http") && !strchr(val, '/'))
			html_keep_first(c, &m->author_meta, val, vn);
	} else if (IS("og:url"))
		html_keep_first(c, &m->og_url, val, vn);
#undef IS
}

void html_keep_jsonld(struct ctx *c, const char *s, size_t n)
{
	/* once a script has not fitted, none is kept after it (the failure
	 * is sticky) */
	if (!n || c->jsonld.len >= c->jsonld.max || buf_error(&c->jsonld))
		return;
	buf_add(&c->jsonld, s, n);
	buf_addc(&c->jsonld, '\0');
	if (buf_error(&c->jsonld) == ND_E_NOMEM)
		c->oom = true;
}

/* Itemprops: where the article body is, and who wrote it. */
static void collect_itemprop(struct ctx *c, const struct attrs *a, uint32_t idx, struct wants *w)
{
	const char *ip = a->itemprop;
	if (!ip)
		return;
	if (strstr(ip, "articleBody") && c->nitemprop < 64) {
		uint32_t *v = vec_reserve(c->itemprop_body, &c->itemprop_cap, c->nitemprop + 1,
					  sizeof *v);
		if (!v) {
			c->oom = true;
			return;
		}
		c->itemprop_body = v;
		v[c->nitemprop++] = idx;
	}
	if (strstr(ip, "author") && !c->meta.itemprop_author) {
		/* <span itemprop="author"><span itemprop="name">..</span></span> */
		const char *content = a->content;
		if (content && *content && !strchr(content, '/'))
			html_keep_first(c, &c->meta.itemprop_author, content, strlen(content));
		else
			want_text(w, &c->meta.itemprop_author);
	}
}

void html_collect_element(struct ctx *c, uint8_t tag, const struct attrs *a, uint32_t idx,
			  struct wants *w)
{
	w->nslot = 0;
	w->jsonld = false;
	switch (tag) {
	case T_META:
		collect_meta(c, a);
		break;
	case T_LINK:
		if (a->rel && a->href && html_eq_ci(a->rel, "canonical"))
			html_keep_first(c, &c->meta.canonical, a->href, strlen(a->href));
		break;
	case T_TITLE:
		want_text(w, &c->meta.title);
		break;
	case T_H1:
		want_text(w, &c->meta.h1);
		break;
	case T_TIME:
		if (a->datetime)
			html_keep_first(c, &c->meta.time_dt, a->datetime, strlen(a->datetime));
		break;
	case T_SCRIPT:
		/* a script cut short is not JSON: none is kept once one has
		 * not fitted */
		w->jsonld = a->type && html_eq_ci(a->type, "application/ld+json") &&
			    c->jsonld.len < c->jsonld.max && !buf_error(&c->jsonld);
		break;
	case T_BODY:
		if (c->body_node == NO_NODE)
			c->body_node = idx;
		break;
	default:
		break;
	}
	collect_itemprop(c, a, idx, w);
	if (tag == T_A && a->rel && strstr(a->rel, "author"))
		want_text(w, &c->meta.byline);
}

void html_meta_release(struct meta *m)
{
	char **fields[] = { &m->site_name, &m->og_title, &m->tw_title, &m->pub_time, &m->meta_date,
			    &m->author_meta, &m->canonical, &m->og_url, &m->title, &m->h1,
			    &m->time_dt, &m->byline, &m->itemprop_author };
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		free(*fields[i]);
		*fields[i] = NULL;
	}
}

/* *host: the host of url without "www.", or NULL when url has none. */
static enum nd_err host_of(const char *url, char **host)
{
	*host = NULL;
	if (!url)
		return ND_E_OK;
	const char *p = strstr(url, "://");
	p = p ? p + 3 : (url[0] == '/' && url[1] == '/' ? url + 2 : NULL);
	if (!p)
		return ND_E_OK;
	size_t n = strcspn(p, "/?#");
	const char *at = memchr(p, '@', n);
	if (at) {
		n -= (size_t)(at + 1 - p);
		p = at + 1;
	}
	const char *colon = memchr(p, ':', n);
	if (colon)
		n = (size_t)(colon - p);
	if (n > 4 && html_starts_ci(p, "www."))
		p += 4, n -= 4;
	if (n == 0)
		return ND_E_OK;
	char *h = html_clean_field(p, n);
	if (!h)
		return ND_E_NOMEM;
	for (char *q = h; *q; q++)
		*q = lower(*q);
	*host = h;
	return ND_E_OK;
}

/* First non-empty of the candidates, as a fresh string ("" if none). */
static char *first_of(char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] && *v[i])
			return html_dup_str(v[i]);
	return html_dup_str("");
}

/* "By Jane Doe" -> "Jane Doe" */
static char *strip_by(char *s)
{
	if (s && html_starts_ci(s, "by ")) {
		size_t n = strlen(s + 3);
		memmove(s, s + 3, n + 1);
	}
	return s;
}

/* The canonical URL when the page gives an absolute one, else url. */
static const char *canonical_url(const struct meta *m, const char *url)
{
	if (m->canonical && html_starts_ci(m->canonical, "http"))
		return m->canonical;
	if (m->og_url && html_starts_ci(m->og_url, "http"))
		return m->og_url;
	return url;
}

enum nd_err html_fill_metadata(struct ctx *c, const char *url, struct html_doc *out)
{
	struct meta *m = &c->meta;
	struct ld *ld = &c->ld;
	char *host;
	if (host_of(url, &host))
		return ND_E_NOMEM;
	char *outlets[] = { m->site_name, ld->publisher, host };
	out->outlet = first_of(outlets, 3);
	free(host);
	char *titles[] = { m->og_title, ld->headline, m->h1, m->title, m->tw_title };
	out->title = first_of(titles, 5);
	char *dates[] = { m->pub_time, ld->date, m->time_dt, m->meta_date };
	char *date = NULL;
	for (size_t i = 0; i < 4 && !date; i++)
		if (html_plausible_date(dates[i]))
			date = dates[i];
	out->date = date ? html_norm_date(date) : html_dup_str("");
	char *authors[] = { ld->author, m->author_meta, m->itemprop_author, m->byline };
	out->author = strip_by(first_of(authors, 4));
	const char *canon = canonical_url(m, url);
	out->url = html_dup_str(canon ? canon : "");
	if (!out->outlet || !out->title || !out->date || !out->author || !out->url)
		return ND_E_NOMEM;
	return ND_E_OK;
}
