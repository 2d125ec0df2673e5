#include "load/html.h"

#include <dlfcn.h>
#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/tree.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "load/furniture.h"
#include "base/text.h"

/* ---- libxml2, opened when first needed ----------------------------------
 *
 * libxml2 and what it brings (ICU, the C++ runtime) would add a third of
 * newsdiff's start-up time and memory, yet most runs read no HTML.  It is
 * opened with dlopen() on the first page and the few functions used are
 * called through this table.
 */
static struct {
	bool tried, ok;
	htmlDocPtr (*read_memory)(const char *, int, const char *, const char *, int);
	void (*free_doc)(xmlDocPtr);
	xmlNodePtr (*root_element)(const xmlDoc *);
	xmlCharEncodingHandlerPtr (*find_handler)(const char *);
	int (*close_handler)(xmlCharEncodingHandler *);
	const htmlEntityDesc *(*entity_lookup)(const xmlChar *);
} lx;

static bool load_xml(void)
{
	if (lx.tried)
		return lx.ok;
	lx.tried = true;
	void *h = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
	if (!h)
		return false;
#define SYM(field, name)                                  \
	do {                                              \
		*(void **)(&lx.field) = dlsym(h, name);   \
		if (!lx.field)                            \
			return false;                     \
	} while (0)
	SYM(read_memory, "htmlReadMemory");
	SYM(free_doc, "xmlFreeDoc");
	SYM(root_element, "xmlDocGetRootElement");
	SYM(find_handler, "xmlFindCharEncodingHandler");
	SYM(close_handler, "xmlCharEncCloseFunc");
	SYM(entity_lookup, "htmlEntityLookup");
#undef SYM
	lx.ok = true;
	return true;
}


/*
 * How the body is found.  The page is decoded to clean UTF-8 (charset from
 * a byte-order mark, the HTTP header, <meta>, else UTF-8 when the bytes
 * are valid UTF-8 and windows-1252 otherwise; ISO-8859-1 labels are read
 * as windows-1252, as browsers do), parsed by libxml2 and flattened into
 * an array of nodes in document order, each knowing its parent and the end
 * of its subtree, so that every later pass is a loop over the array (no
 * recursion, whatever the nesting) and subtree sums are one backward sweep.
 *
 * The main content is picked the way Mozilla's Readability does it:
 * paragraphs score their ancestors by length and commas, class and id
 * names add or take away, candidates lose by link density, the best one
 * climbs to a parent whose score rises or that holds several near-best
 * candidates, and takes along the siblings that hold a good candidate or
 * read like paragraphs.  Inside it, boxes that Readability's conditional
 * cleaning finds fishy (link-heavy, image-heavy, forms, embeds), boxes
 * whose class names share bars, related links, captions, bylines,
 * adverts and the like, readers' comments (removed in every mode) and
 * articles nested in the article (teasers of other stories) are left
 * out.  Navigation, asides, footers, figures, forms' controls and hidden
 * elements never count.  If that leaves under 500 characters, the
 * attempt is repeated with fewer rules, as Readability does.
 *
 * Paragraph filters then drop what article containers keep: link lists,
 * the shared furniture phrases (furniture_match), lone URLs, separators,
 * "By ..." bylines, datelines, labels of link boxes, the headline
 * repeated at the top, and headings with nothing after them.
 *
 * JSON-LD articleBody (plain text, HTML or escaped HTML) and
 * itemprop=articleBody elements are used when they hold at least 80% of
 * what the DOM result holds, so a teaser never wins; a JSON-LD body
 * without line breaks is cut where the DOM's paragraphs start.
 */

/* Largest page read, as for report files (ND_MAX_FILE_BYTES). */
#define MAX_PAGE_BYTES ((size_t)16 << 20)
/* Nodes kept from one page; the rest of a bigger page is ignored. */
#define MAX_NODES ((uint32_t)1 << 20)
/* Largest body and metadata string returned. */
#define MAX_BODY_BYTES ((size_t)16 << 20)
#define MAX_FIELD_BYTES 1024
/* JSON-LD nesting followed. */
#define MAX_JSON_DEPTH 24
/* Meta charset declarations are looked for this far into the page. */
#define PRESCAN_BYTES 65536
/* A body shorter than this (characters) is suspicious. */
#define SHORT_BODY_CHARS 500
/* Readability's thresholds. */
#define MIN_PARA_CHARS 25
#define GOOD_RESULT_CHARS 500
#define NTOP 5

/* ---- tags ------------------------------------------------------------- */

enum tclass { INL, BLK, JUNK };

/* X(NAME, "name", class), sorted by name for bsearch.  JUNK elements never
 * hold article text; BLK elements end a paragraph. */
#define HTML_TAGS(X)                                                        \
	X(A, "a", INL) X(ADDRESS, "address", BLK) X(ARTICLE, "article", BLK)   \
	X(ASIDE, "aside", JUNK) X(AUDIO, "audio", JUNK)                      \
	X(BLOCKQUOTE, "blockquote", BLK) X(BODY, "body", BLK) X(BR, "br", BLK) \
	X(BUTTON, "button", JUNK) X(CANVAS, "canvas", JUNK)                  \
	X(CAPTION, "caption", BLK) X(CENTER, "center", BLK) X(CODE, "code", INL) \
	X(COL, "col", INL) X(COLGROUP, "colgroup", INL) X(DD, "dd", BLK)       \
	X(DETAILS, "details", BLK) X(DIALOG, "dialog", JUNK) X(DIV, "div", BLK) \
	X(DL, "dl", BLK) X(DT, "dt", BLK) X(EMBED, "embed", JUNK)              \
	X(FIELDSET, "fieldset", BLK) X(FIGCAPTION, "figcaption", JUNK)       \
	X(FIGURE, "figure", JUNK) X(FOOTER, "footer", JUNK) X(FORM, "form", BLK) \
	X(H1, "h1", BLK) X(H2, "h2", BLK) X(H3, "h3", BLK) X(H4, "h4", BLK)    \
	X(H5, "h5", BLK) X(H6, "h6", BLK) X(HEAD, "head", JUNK)              \
	X(HEADER, "header", BLK) X(HGROUP, "hgroup", BLK) X(HR, "hr", BLK)     \
	X(HTML, "html", BLK) X(IFRAME, "iframe", JUNK) X(IMG, "img", INL)      \
	X(INPUT, "input", JUNK) X(LEGEND, "legend", BLK) X(LI, "li", BLK)      \
	X(LINK, "link", JUNK) X(MAIN, "main", BLK) X(MATH, "math", JUNK)       \
	X(MENU, "menu", BLK) X(META, "meta", JUNK) X(NAV, "nav", JUNK)         \
	X(NOSCRIPT, "noscript", JUNK) X(OBJECT, "object", JUNK) X(OL, "ol", BLK) \
	X(OPTION, "option", JUNK) X(P, "p", BLK) X(PRE, "pre", BLK)            \
	X(SCRIPT, "script", JUNK) X(SECTION, "section", BLK)                   \
	X(SELECT, "select", JUNK) X(STYLE, "style", JUNK)                     \
	X(SUMMARY, "summary", BLK) X(SVG, "svg", JUNK) X(TABLE, "table", BLK)  \
	X(TBODY, "tbody", BLK) X(TD, "td", BLK) X(TEMPLATE, "template", JUNK)  \
	X(TEXTAREA, "textarea", JUNK) X(TFOOT, "tfoot", BLK) X(TH, "th", BLK)  \
	X(THEAD, "thead", BLK) X(TIME, "time", INL) X(TITLE, "title", JUNK)    \
	X(TR, "tr", BLK) X(UL, "ul", BLK) X(VIDEO, "video", JUNK)

enum tag {
	T_OTHER,
	T_TEXT,
#define TAG_ENUM(name, str, cls) T_##name,
	HTML_TAGS(TAG_ENUM)
#undef TAG_ENUM
	T__COUNT
};

struct tag_info {
	const char *name;
	enum tag tag;
	enum tclass cls;
};

static const struct tag_info tag_table[] = {
#define TAG_ROW(name, str, cls) { str, T_##name, cls },
	HTML_TAGS(TAG_ROW)
#undef TAG_ROW
};
#define NTAGS (sizeof tag_table / sizeof tag_table[0])

static int tag_cmp(const void *key, const void *row)
{
	return strcmp(key, ((const struct tag_info *)row)->name);
}

static const struct tag_info *tag_lookup(const char *name)
{
	return bsearch(name, tag_table, NTAGS, sizeof tag_table[0], tag_cmp);
}

static bool is_heading(enum tag t)
{
	return t >= T_H1 && t <= T_H6;
}

/* ---- the flattened page ----------------------------------------------- */

enum {
	F_JUNK = 1u << 0,     /* never article text (script, nav, figure...) */
	F_HIDDEN = 1u << 1,   /* hidden by attribute or style */
	F_UNLIKELY = 1u << 2, /* class, id or role of page furniture */
	F_BLOCK = 1u << 3,    /* ends a paragraph */
	F_HASBLOCK = 1u << 4, /* has a block element below it */
	F_BYLINE = 1u << 5,   /* a byline or dateline box */
	F_BOILER = 1u << 6,   /* class or id of boilerplate: share, related... */
	F_HASHLINK = 1u << 7, /* <a href="#..."> */
	F_DATATABLE = 1u << 8,
	F_SUSPECT = 1u << 9,  /* boilerplate by its class, but maybe a wrapper */
	F_COMMENTS = 1u << 10, /* readers' comments */
};

struct node {
	xmlNode *x;
	uint32_t parent;   /* UINT32_MAX for the root */
	uint32_t end;      /* one past the last node of the subtree */
	uint32_t text_off; /* text nodes: collapsed text in ctx.text */
	uint32_t text_len;
	uint32_t raw_chars; /* characters below, whatever is removed */
	uint16_t flags;
	uint8_t tag;
	int8_t weight;     /* class/id weight: -50..50 */
	uint32_t cls_hash; /* the class attribute, for sibling matching; 0: none */
	uint32_t block;    /* the nearest block at or above it (its paragraph) */
};

/* Sums over a subtree, for the removal mode being tried. */
struct agg {
	uint32_t chars, link_chars, commas;
	uint32_t own_chars, own_commas; /* text whose nearest block is this */
	uint32_t p, img, li, input, embed, heading_chars, list_chars;
	float score;
	float best;   /* the best score in the subtree */
	bool scored;
};

/* One paragraph of output. */
struct opara {
	size_t off, len;   /* in the paragraph text buffer */
	uint32_t chars, link_chars;
	uint8_t tag;       /* the block it came from */
	bool in_list;
	bool drop;
};

struct plist {
	struct buf text;
	struct opara *v;
	size_t n, cap;
};

struct meta {
	char *site_name, *og_title, *tw_title, *pub_time, *meta_date, *author_meta,
		*canonical, *og_url, *title, *h1, *time_dt, *byline, *itemprop_author;
};

struct ld {
	char *headline, *date, *author, *publisher, *body;
	int rank; /* how article-like the object that gave the body is */
};

struct ctx {
	struct node *nodes;
	uint32_t n, cap;
	struct buf text;      /* collapsed text of all text nodes */
	struct agg *agg;
	uint8_t *removed;
	uint8_t *in_link;
	uint8_t *mark;
	uint32_t *stack;
	struct meta meta;
	struct ld ld;
	struct buf jsonld;    /* JSON-LD script texts, NUL-separated */
	uint32_t *itemprop_body;
	size_t nitemprop;
	uint32_t body_node;
	bool oom;
};

/* ---- small string helpers --------------------------------------------- */

static bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
}

static bool starts_ci(const char *s, const char *prefix)
{
	for (; *prefix; s++, prefix++)
		if (lower(*s) != *prefix)
			return false;
	return true;
}

static bool eq_ci(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (lower(*a) != lower(*b))
			return false;
	return *a == *b;
}

/* Case-insensitive search for lower-case needle in hay[0..n). */
static const char *find_ci(const char *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; i + k <= n; i++) {
		if (lower(hay[i]) != needle[0])
			continue;
		size_t j = 1;
		while (j < k && lower(hay[i + j]) == needle[j])
			j++;
		if (j == k)
			return hay + i;
	}
	return NULL;
}

/* Characters (code points) of UTF-8 s[0..n) that are not spaces. */
static uint32_t count_chars(const char *s, size_t n)
{
	uint32_t c = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char b = (unsigned char)s[i];
		if ((b & 0xC0) != 0x80 && b != ' ')
			c++;
	}
	return c;
}

static uint32_t count_commas(const char *s, size_t n)
{
	uint32_t c = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ',')
			c++;
		/* U+FF0C fullwidth comma, U+3001 ideographic comma */
		else if (i + 2 < n && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
			 (unsigned char)s[i + 2] == 0x8C)
			c++;
		else if (i + 2 < n && (unsigned char)s[i] == 0xE3 && (unsigned char)s[i + 1] == 0x80 &&
			 (unsigned char)s[i + 2] == 0x81)
			c++;
		/* U+060C Arabic comma */
		else if (i + 1 < n && (unsigned char)s[i] == 0xD8 && (unsigned char)s[i + 1] == 0x8C)
			c++;
	}
	return c;
}

/*
 * Append s[0..n) to b with white space collapsed: runs of ASCII space and
 * no-break space become one space, zero-width spaces go, and no space is
 * added after a space already at the end of b.
 */
static enum nd_err add_collapsed(struct buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		size_t k = 0;
		if (is_space(c))
			k = 1;
		else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
			k = 2;
		if (k) {
			while (i < n) {
				c = (unsigned char)s[i];
				if (is_space(c))
					i++;
				else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
					i += 2;
				else
					break;
			}
			if (b->len && b->data[b->len - 1] != ' ' && b->data[b->len - 1] != '\n') {
				enum nd_err e = buf_addc(b, ' ');
				if (e)
					return e;
			}
			continue;
		}
		/* U+200B zero width space, U+FEFF */
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0x8B) {
			i += 3;
			continue;
		}
		if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBB &&
		    (unsigned char)s[i + 2] == 0xBF) {
			i += 3;
			continue;
		}
		size_t j = i + 1;
		while (j < n && !is_space((unsigned char)s[j]) && (unsigned char)s[j] != 0xC2 &&
		       (unsigned char)s[j] != 0xE2 && (unsigned char)s[j] != 0xEF)
			j++;
		enum nd_err e = buf_add(b, s + i, j - i);
		if (e)
			return e;
		i = j;
	}
	return ND_E_OK;
}

/* A clean one-line copy of s[0..n): sanitised, white space collapsed,
 * trimmed, at most MAX_FIELD_BYTES long (cut at a character).  NULL on no
 * memory. */
static char *clean_field(const char *s, size_t n)
{
	struct buf a, b;
	buf_init(&a, MAX_BODY_BYTES);
	buf_init(&b, MAX_BODY_BYTES);
	char *r = NULL;
	if (text_sanitize(s ? s : "", s ? n : 0, &a, NULL) != ND_E_OK)
		goto done;
	if (add_collapsed(&b, a.data ? a.data : "", a.len) != ND_E_OK)
		goto done;
	size_t len = b.len;
	const char *t = text_trim(b.data ? b.data : "", &len);
	if (len > MAX_FIELD_BYTES) {
		len = MAX_FIELD_BYTES;
		while (len && ((unsigned char)t[len] & 0xC0) == 0x80)
			len--;
	}
	r = malloc(len + 1);
	if (r) {
		memcpy(r, t, len);
		r[len] = '\0';
	}
done:
	buf_release(&a);
	buf_release(&b);
	return r;
}

static char *dup_str(const char *s)
{
	return clean_field(s, s ? strlen(s) : 0);
}

/* Keep the first value seen: set *slot from s[0..n) unless it has one. */
static void keep_first(struct ctx *c, char **slot, const char *s, size_t n)
{
	if (*slot || !s)
		return;
	char *v = clean_field(s, n);
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

/* ---- character sets --------------------------------------------------- */

enum charset { CS_UNKNOWN, CS_UTF8, CS_1252, CS_OTHER };

/* windows-1252's 0x80..0x9F; 0 where it has no character. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* The charset a label names; *name gets a copy for CS_OTHER. */
static enum charset charset_of(const char *label, size_t n, char name[64])
{
	size_t k = 0;
	while (n && (is_space((unsigned char)*label) || *label == '"' || *label == '\'')) {
		label++;
		n--;
	}
	for (; k < n && k < 63; k++) {
		char ch = lower(label[k]);
		if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' ||
		      ch == '.' || ch == ':'))
			break;
		name[k] = ch;
	}
	name[k] = '\0';
	if (k == 0)
		return CS_UNKNOWN;
	if (!strcmp(name, "utf-8") || !strcmp(name, "utf8") || !strcmp(name, "unicode-1-1-utf-8"))
		return CS_UTF8;
	/* What browsers do: these labels all mean windows-1252. */
	static const char *const w1252[] = {
		"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "windows-1252",
		"cp1252", "x-cp1252", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819",
		"ibm819", "iso-ir-100", "csisolatin1", "iso88591",
	};
	for (size_t i = 0; i < sizeof w1252 / sizeof w1252[0]; i++)
		if (!strcmp(name, w1252[i]))
			return CS_1252;
	return CS_OTHER;
}

/* Look for a charset in <meta charset=...> or <meta http-equiv content=...>
 * near the start of the page. */
static enum charset prescan_meta(const char *s, size_t n, char name[64])
{
	if (n > PRESCAN_BYTES)
		n = PRESCAN_BYTES;
	const char *p = s, *end = s + n;
	while ((p = find_ci(p, (size_t)(end - p), "<meta")) != NULL) {
		const char *gt = memchr(p, '>', (size_t)(end - p));
		const char *tag_end = gt ? gt : end;
		const char *cs = find_ci(p, (size_t)(tag_end - p), "charset");
		if (cs) {
			const char *v = cs + 7;
			while (v < tag_end && is_space((unsigned char)*v))
				v++;
			if (v < tag_end && *v == '=') {
				v++;
				while (v < tag_end && (is_space((unsigned char)*v) || *v == '"' || *v == '\''))
					v++;
				enum charset r = charset_of(v, (size_t)(tag_end - v), name);
				if (r != CS_UNKNOWN)
					return r;
			}
		}
		p += 5;
	}
	return CS_UNKNOWN;
}

static bool valid_utf8(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t k = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
		if (k == 0 || c > 0xF4 || i + k > n)
			return false;
		for (size_t j = 1; j < k; j++)
			if (((unsigned char)s[i + j] & 0xC0) != 0x80)
				return false;
		i += k;
	}
	return true;
}

/* Length of the valid UTF-8 sequence at s[i], or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n, size_t i)
{
	unsigned char c = s[i];
	size_t k;
	uint32_t cp;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) {
		k = 2;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		k = 3;
		cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		k = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (i + k > n)
		return 0;
	for (size_t j = 1; j < k; j++) {
		if ((s[i + j] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i + j] & 0x3F);
	}
	if ((k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return k;
}

/* Decode the page to clean UTF-8 for the parser: invalid bytes become
 * U+FFFD and NUL bytes are dropped, so libxml2 never has to guess. */
static enum nd_err to_utf8(const char *in, size_t n, enum charset cs, struct buf *out)
{
	const unsigned char *s = (const unsigned char *)in;
	static const char repl[] = "\xef\xbf\xbd";
	enum nd_err e = ND_E_OK;
	for (size_t i = 0; i < n && !e;) {
		if (cs == CS_1252) {
			unsigned char c = s[i++];
			uint32_t cp = c >= 0x80 && c < 0xA0 ? cp1252_high[c - 0x80] : c;
			if (c == 0)
				continue;
			if (cp == 0)
				cp = 0xFFFD;
			char tmp[4];
			e = buf_add(out, tmp, text_encode((int32_t)cp, tmp));
			continue;
		}
		size_t j = i;
		while (j < n && s[j] >= 0x01 && s[j] < 0x80)
			j++;
		if (j > i) {
			e = buf_add(out, in + i, j - i);
			i = j;
			continue;
		}
		if (s[i] == 0) {
			i++;
			continue;
		}
		size_t k = utf8_seq(s, n, i);
		if (k == 0) {
			e = buf_add(out, repl, 3);
			i++;
		} else {
			e = buf_add(out, in + i, k);
			i += k;
		}
	}
	return e;
}

/* ---- flattening the parsed page --------------------------------------- */

static const char *attr(xmlNode *x, const char *name)
{
	for (xmlAttr *a = x->properties; a; a = a->next) {
		if (a->name && eq_ci((const char *)a->name, name)) {
			if (a->children && a->children->type == XML_TEXT_NODE && !a->children->next)
				return a->children->content ? (const char *)a->children->content : "";
			return "";
		}
	}
	return NULL;
}

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
		if (eq_ci(role, *r))
			return true;
	return false;
}

static uint32_t hash_str(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h ? h : 1;
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

/* Flags and class weight of element x from its attributes. */
static void element_flags(struct node *nd, xmlNode *x)
{
	const char *cls = attr(x, "class");
	const char *id = attr(x, "id");
	char s[256];
	size_t k = 0;
	for (const char *p = cls; p && *p && k < 200; p++)
		s[k++] = lower(*p);
	s[k++] = ' ';
	for (const char *p = id; p && *p && k < sizeof s - 1; p++)
		s[k++] = lower(*p);
	s[k] = '\0';
	if (cls && *cls)
		nd->cls_hash = hash_str(cls);

	int w = 0;
	if (cls && *cls) {
		char cs[256];
		size_t j = 0;
		for (const char *p = cls; *p && j < sizeof cs - 1; p++)
			cs[j++] = lower(*p);
		cs[j] = '\0';
		if (has_any(cs, negative_words) || has_token(cs, negative_tokens))
			w -= 25;
		if (has_any(cs, positive_words))
			w += 25;
	}
	if (id && *id) {
		char is[128];
		size_t j = 0;
		for (const char *p = id; *p && j < sizeof is - 1; p++)
			is[j++] = lower(*p);
		is[j] = '\0';
		if (has_any(is, negative_words) || has_token(is, negative_tokens))
			w -= 25;
		if (has_any(is, positive_words))
			w += 25;
	}
	nd->weight = (int8_t)w;

	if (k > 1 && has_any(s, unlikely_words) && !has_any(s, maybe_words) && nd->tag != T_BODY &&
	    nd->tag != T_A)
		nd->flags |= F_UNLIKELY;
	if (k > 1 && (has_any(s, boiler_words) || has_token(s, boiler_tokens)))
		nd->flags |= F_SUSPECT;
	if (k > 1 && has_token(s, comment_tokens) && !has_any(s, wrapper_words))
		nd->flags |= F_COMMENTS;
	if (k > 1 && (strstr(s, "byline") || strstr(s, "author") || strstr(s, "dateline") ||
		      strstr(s, "writtenby")))
		nd->flags |= F_BYLINE;

	const char *role = attr(x, "role");
	if (role && role_unlikely(role))
		nd->flags |= F_UNLIKELY;
	const char *rel = attr(x, "rel");
	if (rel && strstr(rel, "author"))
		nd->flags |= F_BYLINE;
	const char *ip = attr(x, "itemprop");
	if (ip && strstr(ip, "author"))
		nd->flags |= F_BYLINE;
	if (attr(x, "hidden"))
		nd->flags |= F_HIDDEN;
	const char *ah = attr(x, "aria-hidden");
	if (ah && eq_ci(ah, "true") && nd->tag != T_BODY && nd->tag != T_HTML)
		nd->flags |= F_HIDDEN;
	const char *st = attr(x, "style");
	if (st)
		style_flags(st, &nd->flags);
	if (nd->tag == T_A) {
		const char *href = attr(x, "href");
		if (href && href[0] == '#')
			nd->flags |= F_HASHLINK;
	}
}

/* Text content of x's subtree (for <title>, <time> etc.), capped. */
static void subtree_text(xmlNode *x, struct buf *b)
{
	xmlNode *cur = x->children;
	while (cur && b->len < MAX_FIELD_BYTES * 4) {
		if ((cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) && cur->content)
			(void)add_collapsed(b, (const char *)cur->content, strlen((const char *)cur->content));
		if (cur->type == XML_ELEMENT_NODE && cur->children) {
			cur = cur->children;
			continue;
		}
		while (cur && cur != x && !cur->next)
			cur = cur->parent;
		if (!cur || cur == x)
			break;
		cur = cur->next;
	}
}

static void keep_subtree_text(struct ctx *c, char **slot, xmlNode *x)
{
	if (*slot)
		return;
	struct buf b;
	buf_init(&b, MAX_BODY_BYTES);
	subtree_text(x, &b);
	keep_first(c, slot, b.data, b.len);
	buf_release(&b);
}

static void collect_meta(struct ctx *c, xmlNode *x)
{
	const char *key = attr(x, "property");
	if (!key)
		key = attr(x, "name");
	if (!key)
		key = attr(x, "itemprop");
	const char *val = attr(x, "content");
	if (!key || !val)
		return;
	size_t vn = strlen(val);
	struct meta *m = &c->meta;
	if (eq_ci(key, "og:site_name"))
		keep_first(c, &m->site_name, val, vn);
	else if (eq_ci(key, "og:title"))
		keep_first(c, &m->og_title, val, vn);
	else if (eq_ci(key, "twitter:title"))
		keep_first(c, &m->tw_title, val, vn);
	else if (eq_ci(key, "article:published_time") || eq_ci(key, "og:published_time") ||
		 eq_ci(key, "datePublished") || eq_ci(key, "article:published"))
		keep_first(c, &m->pub_time, val, vn);
	else if (eq_ci(key, "date") || eq_ci(key, "pubdate") || eq_ci(key, "publishdate") ||
		 eq_ci(key, "publish-date") || eq_ci(key, "dc.date") || eq_ci(key, "dc.date.issued") ||
		 eq_ci(key, "dcterms.created") || eq_ci(key, "sailthru.date") ||
		 eq_ci(key, "parsely-pub-date") || eq_ci(key, "article.published"))
		keep_first(c, &m->meta_date, val, vn);
	else if (eq_ci(key, "author") || eq_ci(key, "article:author") || eq_ci(key, "dc.creator") ||
		 eq_ci(key, "sailthru.author") || eq_ci(key, "parsely-author")) {
		/* article:author is often a profile URL, not a name */
		if (!starts_ci(val, "http") && !strchr(val, '/'))
			keep_first(c, &m->author_meta, val, vn);
	} else if (eq_ci(key, "og:url"))
		keep_first(c, &m->og_url, val, vn);
}

static void collect_element(struct ctx *c, struct node *nd, xmlNode *x, uint32_t idx)
{
	switch (nd->tag) {
	case T_META:
		collect_meta(c, x);
		break;
	case T_LINK: {
		const char *rel = attr(x, "rel");
		const char *href = attr(x, "href");
		if (rel && href && eq_ci(rel, "canonical"))
			keep_first(c, &c->meta.canonical, href, strlen(href));
		break;
	}
	case T_TITLE:
		keep_subtree_text(c, &c->meta.title, x);
		break;
	case T_H1:
		keep_subtree_text(c, &c->meta.h1, x);
		break;
	case T_TIME: {
		const char *dt = attr(x, "datetime");
		if (dt)
			keep_first(c, &c->meta.time_dt, dt, strlen(dt));
		break;
	}
	case T_SCRIPT: {
		const char *type = attr(x, "type");
		if (type && eq_ci(type, "application/ld+json") && c->jsonld.len < (8u << 20)) {
			struct buf b;
			buf_init(&b, 8u << 20);
			for (xmlNode *t = x->children; t; t = t->next)
				if (t->content)
					(void)buf_adds(&b, (const char *)t->content);
			if (b.len && (buf_add(&c->jsonld, b.data, b.len) || buf_addc(&c->jsonld, '\0')))
				c->oom = true;
			buf_release(&b);
		}
		break;
	}
	case T_BODY:
		if (c->body_node == UINT32_MAX)
			c->body_node = idx;
		break;
	default:
		break;
	}
	const char *ip = attr(x, "itemprop");
	if (ip && strstr(ip, "articleBody") && c->nitemprop < 64) {
		uint32_t *v = realloc(c->itemprop_body, (c->nitemprop + 1) * sizeof *v);
		if (!v) {
			c->oom = true;
			return;
		}
		c->itemprop_body = v;
		v[c->nitemprop++] = idx;
	}
	if (ip && strstr(ip, "author") && !c->meta.itemprop_author) {
		/* <span itemprop="author"><span itemprop="name">..</span></span> */
		const char *content = attr(x, "content");
		if (content && *content && !strchr(content, '/'))
			keep_first(c, &c->meta.itemprop_author, content, strlen(content));
		else
			keep_subtree_text(c, &c->meta.itemprop_author, x);
	}
	const char *rel = attr(x, "rel");
	if (nd->tag == T_A && rel && strstr(rel, "author"))
		keep_subtree_text(c, &c->meta.byline, x);
}

static enum nd_err push_node(struct ctx *c, xmlNode *x, uint32_t parent, uint32_t *idx)
{
	if (c->n == c->cap) {
		uint32_t ncap = c->cap ? c->cap * 2 : 4096;
		struct node *v = realloc(c->nodes, ncap * sizeof *v);
		if (!v)
			return ND_E_NOMEM;
		c->nodes = v;
		c->cap = ncap;
	}
	struct node *nd = &c->nodes[c->n];
	memset(nd, 0, sizeof *nd);
	nd->x = x;
	nd->parent = parent;
	*idx = c->n++;
	return ND_E_OK;
}

/* Add text node x: its text collapsed into c->text; a leading space is
 * kept (as one space) because it separates words from what went before. */
static enum nd_err push_text(struct ctx *c, xmlNode *x, uint32_t parent)
{
	const char *raw = (const char *)x->content;
	size_t rn = strlen(raw);
	size_t before = c->text.len;
	enum nd_err e;
	/* a '\n' first, so that add_collapsed adds no space of its own */
	if ((e = buf_addc(&c->text, '\n')) || (e = add_collapsed(&c->text, raw, rn)))
		return e;
	if (c->text.len > UINT32_MAX - 16)
		return ND_E_TOO_LARGE;
	bool lead = rn && (is_space((unsigned char)raw[0]) ||
			   (rn > 1 && (unsigned char)raw[0] == 0xC2 && (unsigned char)raw[1] == 0xA0));
	size_t start = before + 1, len = c->text.len - start;
	if (len == 0 && !lead) {
		c->text.len = before;
		c->text.data[before] = '\0';
		return ND_E_OK;
	}
	uint32_t idx;
	if ((e = push_node(c, x, parent, &idx)))
		return e;
	struct node *nd = &c->nodes[idx];
	nd->tag = T_TEXT;
	if (lead) {
		c->text.data[before] = ' ';
		start--;
		len++;
	}
	nd->text_off = (uint32_t)start;
	nd->text_len = (uint32_t)len;
	nd->raw_chars = count_chars(c->text.data + start, len);
	nd->end = idx + 1;
	return ND_E_OK;
}

/* Walk the libxml2 tree without recursion, building c->nodes. */
static enum nd_err flatten(struct ctx *c, xmlNode *root)
{
	uint32_t parent = UINT32_MAX;
	xmlNode *cur = root;
	enum nd_err e = ND_E_OK;

	while (c->n < MAX_NODES) {
		bool descend = false;
		uint32_t idx = UINT32_MAX;
		if (cur->type == XML_ELEMENT_NODE && cur->name) {
			if ((e = push_node(c, cur, parent, &idx)))
				return e;
			struct node *nd = &c->nodes[idx];
			const struct tag_info *ti = tag_lookup((const char *)cur->name);
			nd->tag = ti ? (uint8_t)ti->tag : T_OTHER;
			if (ti && ti->cls == JUNK)
				nd->flags |= F_JUNK;
			if (ti && ti->cls == BLK)
				nd->flags |= F_BLOCK;
			element_flags(nd, cur);
			collect_element(c, nd, cur, idx);
			if (c->oom)
				return ND_E_NOMEM;
			/* The text of these is never shown (JSON-LD was read
			 * above); head is read for its meta, link and title. */
			if (nd->tag == T_HEAD) {
				for (xmlNode *h = cur->children; h; h = h->next) {
					if (h->type != XML_ELEMENT_NODE || !h->name)
						continue;
					const struct tag_info *hi = tag_lookup((const char *)h->name);
					struct node tmp = { 0 };
					tmp.tag = hi ? (uint8_t)hi->tag : T_OTHER;
					collect_element(c, &tmp, h, UINT32_MAX);
				}
				if (c->oom)
					return ND_E_NOMEM;
			}
			descend = cur->children && nd->tag != T_SCRIPT && nd->tag != T_STYLE &&
				  nd->tag != T_HEAD && nd->tag != T_SVG && nd->tag != T_MATH &&
				  nd->tag != T_TEMPLATE && nd->tag != T_NOSCRIPT;
		} else if ((cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) &&
			   cur->content && parent != UINT32_MAX) {
			if ((e = push_text(c, cur, parent)))
				return e;
		}

		if (descend) {
			parent = idx;
			cur = cur->children;
			continue;
		}
		if (idx != UINT32_MAX)
			c->nodes[idx].end = c->n;
		/* the next sibling, closing the subtrees left on the way up */
		while (cur != root && !cur->next) {
			cur = cur->parent;
			if (parent != UINT32_MAX) {
				c->nodes[parent].end = c->n;
				parent = c->nodes[parent].parent;
			}
		}
		if (cur == root)
			break;
		cur = cur->next;
	}
	/* close what a node cap left open */
	while (parent != UINT32_MAX) {
		c->nodes[parent].end = c->n;
		parent = c->nodes[parent].parent;
	}
	for (uint32_t i = 0; i < c->n; i++)
		if (c->nodes[i].end < i + 1)
			c->nodes[i].end = c->n;

	/* Raw sums, block structure and data tables, bottom up. */
	for (uint32_t i = c->n; i-- > 0;) {
		struct node *nd = &c->nodes[i];
		if (nd->parent == UINT32_MAX)
			continue;
		struct node *p = &c->nodes[nd->parent];
		p->raw_chars += nd->raw_chars;
		if ((nd->flags & (F_BLOCK | F_HASBLOCK)) && !(nd->flags & F_JUNK))
			p->flags |= F_HASBLOCK;
	}
	for (uint32_t i = 0; i < c->n; i++) {
		struct node *nd = &c->nodes[i];
		/* A cell of plain text is part of its row's line. */
		if ((nd->tag == T_TD || nd->tag == T_TH) && !(nd->flags & F_HASBLOCK))
			nd->flags &= (uint16_t)~F_BLOCK;
		nd->block = (nd->flags & F_BLOCK) || nd->parent == UINT32_MAX ? i
							: c->nodes[nd->parent].block;
		if (nd->tag == T_TABLE) {
			const char *role = attr(nd->x, "role");
			if (role && eq_ci(role, "presentation"))
				continue;
			/* (a nested table ends the scan: each node is scanned
			 * once, by its nearest table) */
			uint32_t rows = 0, cells = 0;
			bool header = false, nested = false;
			for (uint32_t j = i + 1; j < nd->end && !nested; j++) {
				uint8_t t = c->nodes[j].tag;
				rows += t == T_TR;
				cells += t == T_TD || t == T_TH;
				header |= t == T_TH || t == T_THEAD || t == T_CAPTION;
				nested = t == T_TABLE;
			}
			if (!nested && (header || rows >= 10 || cells > 10))
				nd->flags |= F_DATATABLE;
		}
	}
	return ND_E_OK;
}

/* ---- scoring ---------------------------------------------------------- */

enum {
	MODE_STRIP_UNLIKELY = 1,
	MODE_WEIGHT_CLASSES = 2,
	MODE_CLEAN = 4,
};

/* Mark what the mode removes, then sum each subtree's text. */
static void prepare(struct ctx *c, unsigned mode)
{
	uint32_t n = c->n;
	memset(c->agg, 0, n * sizeof *c->agg);
	for (uint32_t i = 0; i < n; i++) {
		struct node *nd = &c->nodes[i];
		uint8_t pr = nd->parent == UINT32_MAX ? 0 : c->removed[nd->parent];
		uint8_t pl = nd->parent == UINT32_MAX ? 0 : c->in_link[nd->parent];
		bool rm = pr || (nd->flags & (F_JUNK | F_HIDDEN | F_COMMENTS));
		if (!rm && (mode & MODE_STRIP_UNLIKELY) && (nd->flags & F_UNLIKELY))
			rm = true;
		/* bylines and datelines: short boxes */
		if (!rm && (nd->flags & F_BYLINE) && nd->raw_chars < 100 && nd->tag != T_BODY)
			rm = true;
		c->removed[i] = rm;
		c->in_link[i] = pl ? pl : (nd->tag == T_A ? ((nd->flags & F_HASHLINK) ? 2 : 1) : 0);
	}
	/* children come after their parent: sum backwards */
	for (uint32_t i = n; i-- > 0;) {
		struct node *nd = &c->nodes[i];
		struct agg *a = &c->agg[i];
		bool is_embed = nd->tag == T_IFRAME || nd->tag == T_EMBED || nd->tag == T_OBJECT;
		if (c->removed[i]) {
			/* embeds are junk but still tell a block is a video box */
			if (is_embed && !(nd->flags & F_HIDDEN))
				a->embed = 1;
			if (a->embed && nd->parent != UINT32_MAX)
				c->agg[nd->parent].embed += a->embed;
			a->embed = 0;
			continue;
		}
		if (nd->tag == T_TEXT) {
			const char *t = c->text.data + nd->text_off;
			a->chars = nd->raw_chars;
			a->commas = count_commas(t, nd->text_len);
			if (c->in_link[i])
				a->link_chars = c->in_link[i] == 2 ? (uint32_t)((float)a->chars * 0.3f)
								   : a->chars;
			uint32_t b = nd->block;
			c->agg[b].own_chars += a->chars;
			c->agg[b].own_commas += a->commas;
		} else {
			a->p += nd->tag == T_P;
			a->img += nd->tag == T_IMG;
			a->li += nd->tag == T_LI;
			a->input += nd->tag == T_INPUT;
			if (is_heading(nd->tag))
				a->heading_chars = a->chars;
			if (nd->tag == T_UL || nd->tag == T_OL)
				a->list_chars = a->chars;
		}
		if (nd->parent != UINT32_MAX) {
			struct agg *p = &c->agg[nd->parent];
			p->chars += a->chars;
			p->link_chars += a->link_chars;
			p->commas += a->commas;
			p->p += a->p;
			p->img += a->img;
			p->li += a->li;
			p->input += a->input;
			p->embed += a->embed;
			p->heading_chars += a->heading_chars;
			p->list_chars += a->list_chars;
		}
	}
}

static float link_density(const struct ctx *c, uint32_t i)
{
	const struct agg *a = &c->agg[i];
	return a->chars ? (float)a->link_chars / (float)a->chars : 0.0f;
}

static float base_score(const struct ctx *c, uint32_t i, unsigned mode)
{
	float s = 0;
	switch (c->nodes[i].tag) {
	case T_DIV:
		s = 5;
		break;
	case T_PRE:
	case T_TD:
	case T_BLOCKQUOTE:
		s = 3;
		break;
	case T_ADDRESS:
	case T_OL:
	case T_UL:
	case T_DL:
	case T_DD:
	case T_DT:
	case T_LI:
	case T_FORM:
		s = -3;
		break;
	case T_H1:
	case T_H2:
	case T_H3:
	case T_H4:
	case T_H5:
	case T_H6:
	case T_TH:
		s = -5;
		break;
	default:
		break;
	}
	if (mode & MODE_WEIGHT_CLASSES)
		s += c->nodes[i].weight;
	return s;
}

static void init_score(struct ctx *c, uint32_t i, unsigned mode)
{
	if (!c->agg[i].scored) {
		c->agg[i].scored = true;
		c->agg[i].score = base_score(c, i, mode);
	}
}

/* Number of element children of i that are not removed. */
static uint32_t element_children(const struct ctx *c, uint32_t i, uint32_t *only)
{
	uint32_t k = 0;
	for (uint32_t j = i + 1; j < c->nodes[i].end; j = c->nodes[j].end) {
		if (c->nodes[j].tag == T_TEXT) {
			if (c->nodes[j].raw_chars)
				k++;
			continue;
		}
		k++;
		*only = j;
	}
	return k;
}

static bool is_ancestor(const struct ctx *c, uint32_t a, uint32_t d)
{
	return a <= d && d < c->nodes[a].end;
}

/* Elements that are paragraphs themselves, not containers. */
static bool is_para_tag(uint8_t t)
{
	return t == T_P || t == T_PRE || is_heading(t) || t == T_LI || t == T_DT || t == T_DD ||
	       t == T_BLOCKQUOTE || t == T_ADDRESS || t == T_CAPTION || t == T_TR;
}

/* Blocks whose own text scores their ancestors: Readability's list, and
 * the containers whose loose text it wraps in paragraphs. */
static bool is_scored_tag(uint8_t t)
{
	return t == T_P || t == T_PRE || t == T_TD || t == T_SECTION || (is_heading(t) && t != T_H1) ||
	       t == T_DIV || t == T_ARTICLE || t == T_MAIN || t == T_CENTER || t == T_TR;
}

/* Readability's choice of the main container; UINT32_MAX for none. */
static uint32_t pick_top(struct ctx *c, unsigned mode)
{
	uint32_t n = c->n;
	uint32_t top[NTOP];
	size_t ntop = 0;

	for (uint32_t i = 0; i < n; i++) {
		struct node *nd = &c->nodes[i];
		if (c->removed[i] || nd->tag == T_TEXT || !(nd->flags & F_BLOCK))
			continue;
		const struct agg *a = &c->agg[i];
		if (a->own_chars < MIN_PARA_CHARS || !is_scored_tag(nd->tag))
			continue;
		float content = 1.0f + (float)a->own_commas;
		uint32_t hundreds = a->own_chars / 100;
		content += (float)(hundreds < 3 ? hundreds : 3);
		/* Text loose in a container of blocks is a paragraph of its
		 * own inside it (Readability wraps it in a <p>). */
		uint32_t anc = (nd->flags & F_HASBLOCK) && !is_para_tag(nd->tag) ? i : nd->parent;
		for (int level = 0; level < 5 && anc != UINT32_MAX; level++) {
			if (c->nodes[anc].parent == UINT32_MAX)
				break;
			init_score(c, anc, mode);
			float div = level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f;
			c->agg[anc].score += content / div;
			anc = c->nodes[anc].parent;
		}
	}
	for (uint32_t i = 0; i < n; i++) {
		if (!c->agg[i].scored || c->removed[i])
			continue;
		c->agg[i].score *= 1.0f - link_density(c, i);
		float s = c->agg[i].score;
		size_t k = ntop;
		while (k > 0 && c->agg[top[k - 1]].score < s)
			k--;
		if (k < NTOP) {
			size_t last = ntop < NTOP ? ntop : NTOP - 1;
			for (size_t j = last; j > k; j--)
				top[j] = top[j - 1];
			top[k] = i;
			if (ntop < NTOP)
				ntop++;
		}
	}
	if (ntop == 0)
		return UINT32_MAX;
	for (uint32_t i = n; i-- > 0;) {
		struct agg *a = &c->agg[i];
		if (a->scored && a->score > a->best)
			a->best = a->score;
		uint32_t p = c->nodes[i].parent;
		if (p != UINT32_MAX && a->best > c->agg[p].best)
			c->agg[p].best = a->best;
	}
	uint32_t t = top[0];
	if (c->nodes[t].tag == T_BODY || c->nodes[t].tag == T_HTML)
		return t;

	/* Several near-best candidates under one ancestor: take it. */
	uint32_t alt[NTOP];
	size_t nalt = 0;
	float ts = c->agg[t].score;
	/* (candidates inside the top one say nothing about spread) */
	for (size_t i = 1; i < ntop; i++)
		if (ts > 0 && c->agg[top[i]].score / ts >= 0.75f && !is_ancestor(c, t, top[i]))
			alt[nalt++] = top[i];
	if (nalt >= 3) {
		for (uint32_t p = c->nodes[t].parent;
		     p != UINT32_MAX && c->nodes[p].tag != T_BODY; p = c->nodes[p].parent) {
			size_t k = 0;
			for (size_t i = 0; i < nalt; i++)
				k += is_ancestor(c, p, alt[i]) && p != alt[i];
			if (k >= 3) {
				t = p;
				break;
			}
		}
	}
	init_score(c, t, mode);

	/* Climb while the parents' scores rise. */
	float last = c->agg[t].score;
	float threshold = last / 3;
	for (uint32_t p = c->nodes[t].parent; p != UINT32_MAX && c->nodes[p].tag != T_BODY;
	     p = c->nodes[p].parent) {
		if (!c->agg[p].scored)
			continue;
		float ps = c->agg[p].score;
		if (ps < threshold)
			break;
		if (ps > last) {
			t = p;
			break;
		}
		last = ps;
	}
	/* An only child: its parent is the container. */
	for (;;) {
		uint32_t p = c->nodes[t].parent;
		uint32_t only = UINT32_MAX;
		if (p == UINT32_MAX || c->nodes[p].tag == T_BODY || c->nodes[p].tag == T_HTML)
			break;
		if (element_children(c, p, &only) != 1)
			break;
		t = p;
	}
	init_score(c, t, mode);
	return t;
}

/* Text of the paragraph-like node i ends a sentence: ". " or "." at its end. */
static bool ends_with_period(const struct ctx *c, uint32_t i)
{
	for (uint32_t j = i + 1; j < c->nodes[i].end; j++) {
		const struct node *nd = &c->nodes[j];
		if (nd->tag != T_TEXT || c->removed[j])
			continue;
		const char *t = c->text.data + nd->text_off;
		for (uint32_t k = 0; k < nd->text_len; k++)
			if (t[k] == '.' && (k + 1 == nd->text_len || t[k + 1] == ' '))
				return true;
	}
	return false;
}

/* A paragraph, or wrappers around one paragraph only. */
static bool is_paragraph_like(const struct ctx *c, uint32_t i)
{
	for (int depth = 0; depth < 8; depth++) {
		const struct node *nd = &c->nodes[i];
		if (nd->tag == T_P || (nd->tag == T_DIV && !(nd->flags & F_HASBLOCK)))
			return true;
		if (nd->tag != T_DIV && nd->tag != T_SECTION)
			return false;
		/* the one element child that holds text */
		uint32_t only = UINT32_MAX, k = 0;
		for (uint32_t j = i + 1; j < nd->end; j = c->nodes[j].end) {
			if (c->removed[j] || !c->agg[j].chars)
				continue;
			if (c->nodes[j].tag == T_TEXT)
				return false;
			only = j;
			k++;
		}
		if (k != 1)
			return false;
		i = only;
	}
	return false;
}

/* The top candidate and its good siblings: roots[] of the selection. */
static size_t pick_siblings(struct ctx *c, uint32_t t, uint32_t *roots, size_t max)
{
	uint32_t p = c->nodes[t].parent;
	if (p == UINT32_MAX || c->nodes[t].tag == T_BODY || c->nodes[t].tag == T_HTML) {
		roots[0] = t;
		return 1;
	}
	float ts = c->agg[t].score;
	float threshold = ts * 0.2f > 10 ? ts * 0.2f : 10;
	size_t k = 0;
	for (uint32_t j = p + 1; j < c->nodes[p].end && k < max; j = c->nodes[j].end) {
		if (c->removed[j] || c->nodes[j].tag == T_TEXT)
			continue;
		bool take = j == t;
		if (!take) {
			float bonus = 0;
			if (c->nodes[j].cls_hash && c->nodes[j].cls_hash == c->nodes[t].cls_hash)
				bonus = ts * 0.2f;
			if (c->agg[j].best + bonus >= threshold) {
				take = true;
			} else if (is_paragraph_like(c, j)) {
				float ld = link_density(c, j);
				uint32_t len = c->agg[j].chars;
				if (len > 80 && ld < 0.25f)
					take = true;
				else if (len < 80 && len > 0 && ld == 0 && ends_with_period(c, j))
					take = true;
			}
		}
		if (take)
			roots[k++] = j;
	}
	return k;
}

/* Readability's _cleanConditionally on the selection, plus boilerplate
 * boxes; marks removed[]. */
static void clean_selection(struct ctx *c, const uint32_t *roots, size_t nroots, unsigned mode,
			    uint32_t total_chars)
{
	for (size_t r = 0; r < nroots; r++) {
		uint32_t end = c->nodes[roots[r]].end;
		for (uint32_t i = roots[r]; i < end;) {
			struct node *nd = &c->nodes[i];
			if (c->removed[i]) {
				i = nd->end;
				continue;
			}
			const struct agg *a = &c->agg[i];
			/* inside a data table of the selection: kept */
			uint32_t up = nd->parent;
			bool below = i != roots[r] && up != UINT32_MAX;
			c->mark[i] = 0;
			if (below && ((c->mark[up] & 1) || (c->nodes[up].flags & F_DATATABLE)))
				c->mark[i] |= 1;
			if (below && ((c->mark[up] & 2) || c->nodes[up].tag == T_ARTICLE))
				c->mark[i] |= 2;
			bool in_table = c->mark[i] & 1;
			/* an article inside an article: a teaser of another story */
			bool rm = nd->tag == T_ARTICLE && (c->mark[i] & 2);
			/* Boilerplate boxes: small next to the article. */
			if (!rm && i != roots[r] && (nd->flags & F_SUSPECT) && !in_table &&
			    a->chars * 4 < total_chars + 1 && nd->tag != T_P && !is_heading(nd->tag))
				rm = true;
			if (!rm && (mode & MODE_CLEAN) && i != roots[r] && !in_table &&
			    !(nd->flags & F_DATATABLE) &&
			    (nd->tag == T_FORM || nd->tag == T_FIELDSET || nd->tag == T_TABLE ||
			     nd->tag == T_UL || nd->tag == T_OL || nd->tag == T_DIV || nd->tag == T_SECTION)) {
				bool list = nd->tag == T_UL || nd->tag == T_OL;
				if (!list && a->chars && (float)a->list_chars / (float)a->chars > 0.9f)
					list = true;
				int w = (mode & MODE_WEIGHT_CLASSES) ? nd->weight : 0;
				float ld = link_density(c, i);
				if (w < 0) {
					rm = true;
				} else if (a->commas < 10) {
					int p = (int)a->p, img = (int)a->img, li = (int)a->li - 100;
					int input = (int)a->input;
					float hd = a->chars ? (float)a->heading_chars / (float)a->chars : 0;
					rm = (img > 1 && (float)p / (float)img < 0.5f) ||
					     (!list && li > p) || (input > p / 3) ||
					     (!list && hd < 0.9f && a->chars < 25 && (img == 0 || img > 2)) ||
					     (!list && w < 25 && ld > 0.2f) || (w >= 25 && ld > 0.5f) ||
					     (a->embed == 1 && a->chars < 75) || a->embed > 1;
				}
			}
			if (!rm && (nd->tag == T_H1 || nd->tag == T_H2) && (mode & MODE_WEIGHT_CLASSES) &&
			    nd->weight < 0)
				rm = true;
			if (rm) {
				for (uint32_t j = i; j < nd->end; j++)
					c->removed[j] = 1;
				i = nd->end;
			} else {
				i++;
			}
		}
	}
}

/* ---- output paragraphs ------------------------------------------------ */

static void plist_release(struct plist *pl)
{
	buf_release(&pl->text);
	free(pl->v);
	memset(pl, 0, sizeof *pl);
}

static enum nd_err plist_push(struct plist *pl, size_t off, uint32_t link_chars, uint8_t tag,
			      bool in_list)
{
	size_t len = pl->text.len - off;
	const char *s = pl->text.data ? pl->text.data + off : "";
	const char *t = text_trim(s, &len);
	if (len == 0) {
		pl->text.len = off;
		if (pl->text.data)
			pl->text.data[off] = '\0';
		return ND_E_OK;
	}
	if (pl->n == pl->cap) {
		size_t ncap = pl->cap ? pl->cap * 2 : 64;
		struct opara *v = realloc(pl->v, ncap * sizeof *v);
		if (!v)
			return ND_E_NOMEM;
		pl->v = v;
		pl->cap = ncap;
	}
	struct opara *o = &pl->v[pl->n++];
	o->off = (size_t)(t - pl->text.data);
	o->len = len;
	o->chars = count_chars(t, len);
	o->link_chars = link_chars > o->chars ? o->chars : link_chars;
	o->tag = tag;
	o->in_list = in_list;
	o->drop = false;
	return ND_E_OK;
}

static bool is_list_tag(uint8_t t)
{
	return t == T_LI || t == T_UL || t == T_OL || t == T_DL || t == T_DD || t == T_DT;
}

/*
 * Paragraphs of the selection roots[], skipping what is removed: each
 * block element ends the paragraph before it and starts a new one; text
 * after a nested block belongs to the enclosing block.
 */
static enum nd_err emit(struct ctx *c, const uint32_t *roots, size_t nroots, struct plist *pl)
{
	enum nd_err e = ND_E_OK;
	for (size_t r = 0; r < nroots; r++) {
		uint32_t root = roots[r];
		uint32_t end = c->nodes[root].end;
		size_t depth = 0;     /* open blocks, on c->stack */
		size_t lists = 0;     /* how many of them are lists */
		size_t start = pl->text.len;
		uint32_t links = 0;
		uint32_t cur = root;  /* the block the text goes to */
		bool in_list = false;
		for (uint32_t i = root;;) {
			bool boundary = false;
			while (depth && c->nodes[c->stack[depth - 1]].end <= i) {
				lists -= is_list_tag(c->nodes[c->stack[depth - 1]].tag);
				depth--;
				boundary = true;
			}
			bool at_end = i >= end;
			bool opens = !at_end && !c->removed[i] && c->nodes[i].tag != T_TEXT &&
				     (c->nodes[i].flags & F_BLOCK);
			if (boundary || opens || at_end) {
				if ((e = plist_push(pl, start, links, c->nodes[cur].tag, in_list)))
					goto out;
				start = pl->text.len;
				links = 0;
				cur = depth ? c->stack[depth - 1] : root;
				in_list = lists > 0 || is_list_tag(c->nodes[root].tag);
			}
			if (at_end)
				break;
			const struct node *nd = &c->nodes[i];
			if (c->removed[i]) {
				i = nd->end;
				continue;
			}
			if (nd->tag == T_TEXT) {
				const char *t = c->text.data + nd->text_off;
				uint32_t tl = nd->text_len;
				bool at_space = pl->text.len == start ||
						pl->text.data[pl->text.len - 1] == ' ';
				if (tl && t[0] == ' ' && at_space) {
					t++;
					tl--;
				}
				if ((e = buf_add(&pl->text, t, tl)))
					goto out;
				if (c->in_link[i])
					links += nd->raw_chars;
				i++;
				continue;
			}
			if ((nd->tag == T_TD || nd->tag == T_TH) && pl->text.len > start &&
			    pl->text.data[pl->text.len - 1] != ' ' && (e = buf_addc(&pl->text, ' ')))
				goto out;
			if (opens) {
				c->stack[depth++] = i;
				lists += is_list_tag(nd->tag);
				cur = i;
				in_list = lists > 0 || is_list_tag(c->nodes[root].tag);
			}
			i++;
		}
	}
out:
	/* a body past the size limit is cut, not lost */
	return e == ND_E_TOO_LARGE ? ND_E_OK : e;
}

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
	if (!space && (find_ci(s, n, "://") || find_ci(s, n, "www.") || memchr(s, '@', n) ||
		       find_ci(s, n, ".com/")))
		return true;
	size_t words = text_words(s, n);
	if (words <= 8 && n > 3 && starts_ci(s, "by ") && !memchr(s, '.', n) && !memchr(s, '"', n))
		return true;
	/* a date line, but not the "- Name (@handle) date" under a tweet */
	if (furniture_is_dateline(s, n) && !memchr(s, '@', n) && (unsigned char)s[0] != 0xE2)
		return true;
	if (n < 40) {
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
	}
	return false;
}

/* Paragraph-level furniture that sits inside article containers. */
static void filter_paragraphs(struct plist *pl)
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
		if (tail) {
			o->drop = true;
			continue;
		}
		if (o->tag == T_H1) {
			o->drop = true;
			continue;
		}
		/* link lists and "Read more: <link>" lines */
		if (o->chars && (o->link_chars * 10 > o->chars * 8 ||
				 (o->link_chars * 2 > o->chars && o->chars < 100 &&
				  !ends_sentence(s, o->len)))) {
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

/* The headline repeated at the top of the body: dropped. */
static void drop_title(struct plist *pl, const struct ctx *c)
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

/* Characters kept in pl. */
static size_t plist_chars(const struct plist *pl)
{
	size_t k = 0;
	for (size_t i = 0; i < pl->n; i++)
		if (!pl->v[i].drop)
			k += pl->v[i].chars;
	return k;
}

/* One attempt at the DOM body in a mode. */
static enum nd_err dom_attempt(struct ctx *c, unsigned mode, struct plist *pl)
{
	prepare(c, mode);
	uint32_t t = pick_top(c, mode);
	if (t == UINT32_MAX)
		t = c->body_node != UINT32_MAX ? c->body_node : 0;
	if (c->n == 0)
		return ND_E_OK;
	uint32_t roots[4096];
	size_t nroots = pick_siblings(c, t, roots, sizeof roots / sizeof roots[0]);
	uint32_t total = 0;
	for (size_t i = 0; i < nroots; i++)
		total += c->agg[roots[i]].chars;
	clean_selection(c, roots, nroots, mode, total);
	enum nd_err e = emit(c, roots, nroots, pl);
	if (e)
		return e;
	filter_paragraphs(pl);
	return ND_E_OK;
}

static enum nd_err dom_body(struct ctx *c, struct plist *best)
{
	static const unsigned modes[] = {
		MODE_STRIP_UNLIKELY | MODE_WEIGHT_CLASSES | MODE_CLEAN,
		MODE_WEIGHT_CLASSES | MODE_CLEAN,
		MODE_CLEAN,
		0,
	};
	size_t best_chars = 0;
	bool have = false;
	for (size_t m = 0; m < sizeof modes / sizeof modes[0]; m++) {
		struct plist pl = { 0 };
		buf_init(&pl.text, MAX_BODY_BYTES);
		enum nd_err e = dom_attempt(c, modes[m], &pl);
		if (e) {
			plist_release(&pl);
			return e;
		}
		size_t k = plist_chars(&pl);
		if (!have || k > best_chars) {
			plist_release(best);
			*best = pl;
			best_chars = k;
			have = true;
		} else {
			plist_release(&pl);
		}
		if (best_chars >= GOOD_RESULT_CHARS)
			break;
	}
	return ND_E_OK;
}

/* The paragraphs of the itemprop=articleBody elements. */
static enum nd_err itemprop_body(struct ctx *c, struct plist *pl)
{
	if (!c->nitemprop)
		return ND_E_OK;
	unsigned mode = MODE_WEIGHT_CLASSES | MODE_CLEAN;
	prepare(c, mode);
	uint32_t roots[64];
	size_t k = 0;
	uint32_t total = 0;
	for (size_t i = 0; i < c->nitemprop; i++) {
		uint32_t r = c->itemprop_body[i];
		if (k && is_ancestor(c, roots[k - 1], r))
			continue;
		if (c->removed[r])
			continue;
		roots[k++] = r;
		total += c->agg[r].chars;
	}
	clean_selection(c, roots, k, mode, total);
	enum nd_err e = emit(c, roots, k, pl);
	if (e)
		return e;
	filter_paragraphs(pl);
	return ND_E_OK;
}

static void ctx_release(struct ctx *c);

/* The per-node arrays of the passes. */
static enum nd_err ctx_alloc(struct ctx *c)
{
	c->agg = calloc(c->n, sizeof *c->agg);
	c->removed = calloc(c->n, 1);
	c->in_link = calloc(c->n, 1);
	c->mark = calloc(c->n, 1);
	c->stack = calloc((size_t)c->n + 1, sizeof *c->stack);
	if (!c->agg || !c->removed || !c->in_link || !c->mark || !c->stack)
		return ND_E_NOMEM;
	return ND_E_OK;
}

/* ---- JSON-LD ---------------------------------------------------------- */

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

/* Names of a JSON-LD author: a string, {name}, or an array of those. */
static void ld_names(json_t *v, struct buf *b, int depth)
{
	if (depth > 3 || !v)
		return;
	if (json_is_string(v)) {
		const char *s = json_string_value(v);
		if (!*s || starts_ci(s, "http"))
			return;
		if (b->len)
			(void)buf_adds(b, ", ");
		(void)buf_adds(b, s);
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

static enum nd_err decode_entities(const char *s, size_t n, struct buf *out);

/* JSON-LD strings often carry HTML character references. */
static void keep_first_decoded(struct ctx *c, char **slot, const char *s, size_t n)
{
	if (*slot)
		return;
	struct buf b;
	buf_init(&b, MAX_FIELD_BYTES * 4);
	if (decode_entities(s, n < MAX_FIELD_BYTES * 2 ? n : MAX_FIELD_BYTES * 2, &b) == ND_E_NOMEM)
		c->oom = true;
	else
		keep_first(c, slot, b.data, b.len);
	buf_release(&b);
}

static void ld_take_string(struct ctx *c, char **slot, json_t *v)
{
	if (json_is_string(v))
		keep_first_decoded(c, slot, json_string_value(v), json_string_length(v));
}

static void ld_article(struct ctx *c, json_t *o, int rank)
{
	struct ld *ld = &c->ld;
	ld_take_string(c, &ld->headline, json_object_get(o, "headline"));
	ld_take_string(c, &ld->date, json_object_get(o, "datePublished"));
	if (!ld->author) {
		struct buf b;
		buf_init(&b, MAX_FIELD_BYTES * 4);
		ld_names(json_object_get(o, "author"), &b, 0);
		if (b.len)
			keep_first_decoded(c, &ld->author, b.data, b.len);
		buf_release(&b);
	}
	json_t *pub = json_object_get(o, "publisher");
	if (json_is_array(pub))
		pub = json_array_get(pub, 0);
	if (json_is_object(pub))
		ld_take_string(c, &ld->publisher, json_object_get(pub, "name"));
	else
		ld_take_string(c, &ld->publisher, pub);
	json_t *body = json_object_get(o, "articleBody");
	if (json_is_string(body) && json_string_length(body) > 0) {
		size_t bl = json_string_length(body);
		if (!ld->body || (rank > ld->rank && bl > strlen(ld->body)) ||
		    bl > strlen(ld->body) * 2) {
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
	}
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

static void read_jsonld(struct ctx *c)
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

/* ---- the JSON-LD body as paragraphs ----------------------------------- */

/* Paragraphs of an articleBody string, which may be plain text with
 * newlines or a fragment of HTML. */
/* Append s[0..n) to out with HTML character references decoded. */
static enum nd_err decode_entities(const char *s, size_t n, struct buf *out)
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
			if (name[0] == '#') {
				char *end;
				long v = (name[1] == 'x' || name[1] == 'X') ? strtol(name + 2, &end, 16)
									    : strtol(name + 1, &end, 10);
				if (*end == '\0' && v > 0 && v <= 0x10FFFF)
					cp = v;
			} else {
				const htmlEntityDesc *d = lx.entity_lookup((const xmlChar *)name);
				if (d)
					cp = (long)d->value;
			}
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

static enum nd_err ld_paragraphs(const char *raw, struct plist *pl)
{
	/* entities decoded: some pages give escaped HTML */
	struct buf dec;
	buf_init(&dec, MAX_BODY_BYTES);
	enum nd_err de = decode_entities(raw, strlen(raw), &dec);
	if (de) {
		buf_release(&dec);
		return de;
	}
	const char *body = dec.data ? dec.data : "";
	size_t n = dec.len;
	bool markup = (strstr(body, "</p>") || strstr(body, "<p>") || strstr(body, "<br") ||
		       strstr(body, "</div>"));
	enum nd_err e = ND_E_OK;
	if (markup) {
		/* Parse the fragment and keep the text of its blocks. */
		htmlDocPtr doc = lx.read_memory(body, (int)(n > MAX_PAGE_BYTES ? MAX_PAGE_BYTES : n),
						NULL, "UTF-8",
						HTML_PARSE_RECOVER | HTML_PARSE_NONET |
							HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
							HTML_PARSE_IGNORE_ENC);
		if (doc) {
			struct ctx fc;
			memset(&fc, 0, sizeof fc);
			buf_init(&fc.text, MAX_BODY_BYTES);
			buf_init(&fc.jsonld, 1);
			fc.body_node = UINT32_MAX;
			xmlNode *root = lx.root_element(doc);
			if (root && !(e = flatten(&fc, root)) && fc.n && !(e = ctx_alloc(&fc))) {
				prepare(&fc, 0);
				uint32_t r = 0;
				e = emit(&fc, &r, 1, pl);
			}
			ctx_release(&fc);
			lx.free_doc(doc);
		}
		if (!e)
			filter_paragraphs(pl);
		buf_release(&dec);
		return e;
	}
	/* Plain text: each line a paragraph. */
	for (size_t i = 0; i < n;) {
		const char *nl = memchr(body + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - body) : n;
		size_t start = pl->text.len;
		if ((e = add_collapsed(&pl->text, body + i, end - i)))
			break;
		if ((e = plist_push(pl, start, 0, T_P, false)))
			break;
		i = end + 1;
	}
	if (!e)
		filter_paragraphs(pl);
	buf_release(&dec);
	return e;
}

/*
 * A JSON-LD body is often one string without paragraph breaks.  Where the
 * DOM paragraphs can be found in it, in order, break it there, so the
 * article keeps its paragraphs.
 */
static enum nd_err split_like(struct plist *ld, const struct plist *dom)
{
	if (ld->n != 1 || dom->n < 2)
		return ND_E_OK;
	const char *s = ld->text.data + ld->v[0].off;
	size_t n = ld->v[0].len;
	struct plist out = { 0 };
	buf_init(&out.text, MAX_BODY_BYTES);
	enum nd_err e = ND_E_OK;
	size_t prev = 0, from = 0;
	for (size_t i = 0; i <= dom->n && !e; i++) {
		size_t cut = n;
		if (i < dom->n) {
			const struct opara *o = &dom->v[i];
			if (o->drop || o->len < 20)
				continue;
			size_t k = o->len < 40 ? o->len : 40;
			const char *needle = dom->text.data + o->off;
			const char *hit = NULL;
			for (size_t j = from; j + k <= n && !hit; j++)
				if (s[j] == needle[0] && !memcmp(s + j, needle, k))
					hit = s + j;
			if (!hit)
				continue;
			cut = (size_t)(hit - s);
			from = cut + k;
			if (cut == 0 || s[cut - 1] != ' ')
				continue;
		}
		size_t start = out.text.len;
		if (!(e = buf_add(&out.text, s + prev, cut - prev)))
			e = plist_push(&out, start, 0, T_P, false);
		prev = cut;
	}
	if (e) {
		plist_release(&out);
		return e;
	}
	plist_release(ld);
	*ld = out;
	return ND_E_OK;
}

/* ---- putting it together ---------------------------------------------- */

static void meta_release(struct meta *m)
{
	char **fields[] = { &m->site_name, &m->og_title, &m->tw_title, &m->pub_time, &m->meta_date,
			    &m->author_meta, &m->canonical, &m->og_url, &m->title, &m->h1,
			    &m->time_dt, &m->byline, &m->itemprop_author };
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		free(*fields[i]);
		*fields[i] = NULL;
	}
}

static void ld_release(struct ld *ld)
{
	free(ld->headline);
	free(ld->date);
	free(ld->author);
	free(ld->publisher);
	free(ld->body);
	memset(ld, 0, sizeof *ld);
}

static void ctx_release(struct ctx *c)
{
	free(c->nodes);
	free(c->agg);
	free(c->removed);
	free(c->in_link);
	free(c->mark);
	free(c->stack);
	free(c->itemprop_body);
	buf_release(&c->text);
	buf_release(&c->jsonld);
	meta_release(&c->meta);
	ld_release(&c->ld);
	memset(c, 0, sizeof *c);
}

/* The host of url without "www.", or NULL. */
static char *host_of(const char *url)
{
	if (!url)
		return NULL;
	const char *p = strstr(url, "://");
	p = p ? p + 3 : (url[0] == '/' && url[1] == '/' ? url + 2 : NULL);
	if (!p)
		return NULL;
	size_t n = strcspn(p, "/?#");
	const char *at = memchr(p, '@', n);
	if (at) {
		n -= (size_t)(at + 1 - p);
		p = at + 1;
	}
	const char *colon = memchr(p, ':', n);
	if (colon)
		n = (size_t)(colon - p);
	if (n > 4 && starts_ci(p, "www."))
		p += 4, n -= 4;
	if (n == 0)
		return NULL;
	char *h = clean_field(p, n);
	if (h)
		for (char *q = h; *q; q++)
			*q = lower(*q);
	return h;
}

/* YYYY-MM-DD when s starts with a date (2019-11-18, 2019/11/18,
 * 20191118), else s as given. */
static char *norm_date(const char *s)
{
	if (!s)
		return NULL;
	const char *d = s;
	bool digits4 = d[0] >= '0' && d[0] <= '9' && d[1] >= '0' && d[1] <= '9' && d[2] >= '0' &&
		       d[2] <= '9' && d[3] >= '0' && d[3] <= '9';
	char out[40];
	if (digits4 && (d[4] == '-' || d[4] == '/' || d[4] == '.') && d[5] >= '0' && d[5] <= '9') {
		int mon = 0, day = 0;
		size_t i = 5;
		while (d[i] >= '0' && d[i] <= '9' && i < 7)
			mon = mon * 10 + (d[i++] - '0');
		if (d[i] == d[4] && d[i + 1] >= '0' && d[i + 1] <= '9') {
			i++;
			size_t j = i;
			while (d[i] >= '0' && d[i] <= '9' && i < j + 2)
				day = day * 10 + (d[i++] - '0');
			if (mon >= 1 && mon <= 12 && day >= 1 && day <= 31 &&
			    !(d[i] >= '0' && d[i] <= '9')) {
				snprintf(out, sizeof out, "%.4s-%02d-%02d", d, mon, day);
				return dup_str(out);
			}
		}
	} else if (digits4) {
		size_t i = 4;
		while (i < 8 && d[i] >= '0' && d[i] <= '9')
			i++;
		if (i == 8 && !(d[8] >= '0' && d[8] <= '9')) {
			int mon = (d[4] - '0') * 10 + (d[5] - '0');
			int day = (d[6] - '0') * 10 + (d[7] - '0');
			if (mon >= 1 && mon <= 12 && day >= 1 && day <= 31) {
				snprintf(out, sizeof out, "%.4s-%.2s-%.2s", d, d + 4, d + 6);
				return dup_str(out);
			}
		}
	}
	/* "Mon, 18 Nov 2019 16:07:38 -0600", "November 18, 2019" */
	static const char *const mon[] = { "jan", "feb", "mar", "apr", "may", "jun",
					   "jul", "aug", "sep", "oct", "nov", "dec" };
	int day = 0, month = 0, year = 0, tokens = 0;
	for (const char *p = s; *p && tokens < 5;) {
		while (*p && !((*p >= '0' && *p <= '9') || ((*p | 32) >= 'a' && (*p | 32) <= 'z')))
			p++;
		const char *t = p;
		while ((*p >= '0' && *p <= '9') || ((*p | 32) >= 'a' && (*p | 32) <= 'z'))
			p++;
		size_t k = (size_t)(p - t);
		if (k == 0)
			break;
		tokens++;
		if (t[0] >= '0' && t[0] <= '9') {
			int v = 0;
			for (size_t i = 0; i < k && i < 5; i++)
				v = v * 10 + (t[i] >= '0' && t[i] <= '9' ? t[i] - '0' : 0);
			if (k <= 2 && v >= 1 && v <= 31 && !day)
				day = v;
			else if (k == 4 && v >= 1900 && !year)
				year = v;
			else
				break;
		} else if (k >= 3) {
			for (int m = 0; m < 12; m++)
				if (!month && lower(t[0]) == mon[m][0] && lower(t[1]) == mon[m][1] &&
				    lower(t[2]) == mon[m][2])
					month = m + 1;
		}
		if (day && month && year) {
			snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
			return dup_str(out);
		}
	}
	return dup_str(s);
}

/* A date worth giving: not empty and not a placeholder year like 0001. */
static bool plausible_date(const char *s)
{
	if (!s || !*s)
		return false;
	if (s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9' &&
	    s[3] >= '0' && s[3] <= '9')
		return (s[0] - '0') * 1000 + (s[1] - '0') * 100 >= 1900;
	return true;
}

/* First non-empty of the candidates, as a fresh string ("" if none). */
static char *first_of(char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] && *v[i])
			return dup_str(v[i]);
	return dup_str("");
}

/* "By Jane Doe" -> "Jane Doe" */
static char *strip_by(char *s)
{
	if (s && starts_ci(s, "by ")) {
		size_t n = strlen(s + 3);
		memmove(s, s + 3, n + 1);
	}
	return s;
}

/* Join the kept paragraphs with blank lines, sanitised. */
static enum nd_err join_body(const struct plist *pl, struct html_doc *out)
{
	struct buf raw, clean;
	buf_init(&raw, MAX_BODY_BYTES);
	buf_init(&clean, MAX_BODY_BYTES);
	enum nd_err e = ND_E_OK;
	for (size_t i = 0; i < pl->n && !e; i++) {
		if (pl->v[i].drop)
			continue;
		if (raw.len)
			e = buf_adds(&raw, "\n\n");
		if (!e)
			e = buf_add(&raw, pl->text.data + pl->v[i].off, pl->v[i].len);
	}
	if (e == ND_E_TOO_LARGE)
		e = ND_E_OK; /* keep what fitted */
	if (!e)
		e = text_sanitize(raw.data ? raw.data : "", raw.len, &clean, NULL);
	if (!e) {
		out->body = buf_detach(&clean, &out->body_len);
		if (!out->body)
			e = ND_E_NOMEM;
	}
	buf_release(&raw);
	buf_release(&clean);
	return e;
}

static enum nd_err fill_metadata(struct ctx *c, const char *url, struct html_doc *out)
{
	struct meta *m = &c->meta;
	struct ld *ld = &c->ld;
	char *host = host_of(url);
	char *outlets[] = { m->site_name, ld->publisher, host };
	out->outlet = first_of(outlets, 3);
	free(host);
	char *titles[] = { m->og_title, ld->headline, m->h1, m->title, m->tw_title };
	out->title = first_of(titles, 5);
	char *dates[] = { m->pub_time, ld->date, m->time_dt, m->meta_date };
	char *date = NULL;
	for (size_t i = 0; i < 4 && !date; i++)
		if (plausible_date(dates[i]))
			date = dates[i];
	out->date = date ? norm_date(date) : dup_str("");
	char *authors[] = { ld->author, m->author_meta, m->itemprop_author, m->byline };
	out->author = strip_by(first_of(authors, 4));
	const char *canon = NULL;
	if (m->canonical && starts_ci(m->canonical, "http"))
		canon = m->canonical;
	else if (m->og_url && starts_ci(m->og_url, "http"))
		canon = m->og_url;
	else if (url)
		canon = url;
	out->url = dup_str(canon ? canon : "");
	if (!out->outlet || !out->title || !out->date || !out->author || !out->url)
		return ND_E_NOMEM;
	return ND_E_OK;
}

static uint32_t body_chars(const struct html_doc *d)
{
	return count_chars(d->body, d->body_len);
}

enum nd_err html_extract(const char *bytes, size_t n, const char *charset, const char *url,
			 struct html_doc *out)
{
	struct ctx c;
	struct buf page;
	struct plist dom = { 0 }, ldp = { 0 }, ipp = { 0 };
	htmlDocPtr doc = NULL;
	enum nd_err e = ND_E_OK;

	if (!out)
		return ND_E_USAGE;
	memset(out, 0, sizeof *out);
	memset(&c, 0, sizeof c);
	if (!load_xml())
		return ND_E_HTML_LIB;
	if (!bytes)
		n = 0;
	if (n > MAX_PAGE_BYTES)
		return ND_E_TOO_LARGE;
	c.body_node = UINT32_MAX;
	buf_init(&c.text, (size_t)UINT32_MAX - 64);
	buf_init(&c.jsonld, 8u << 20);
	buf_init(&page, MAX_PAGE_BYTES * 3 + 16);
	buf_init(&dom.text, MAX_BODY_BYTES);
	buf_init(&ldp.text, MAX_BODY_BYTES);
	buf_init(&ipp.text, MAX_BODY_BYTES);

	/* The character set: byte-order mark, then the HTTP header, then
	 * <meta>, then a guess from the bytes. */
	char name[64] = "";
	enum charset cs = CS_UNKNOWN;
	size_t skip = 0;
	const unsigned char *ub = (const unsigned char *)bytes;
	if (n >= 3 && ub[0] == 0xEF && ub[1] == 0xBB && ub[2] == 0xBF) {
		cs = CS_UTF8;
		skip = 3;
	} else if (n >= 2 && ((ub[0] == 0xFF && ub[1] == 0xFE) || (ub[0] == 0xFE && ub[1] == 0xFF))) {
		cs = CS_OTHER;
		strcpy(name, ub[0] == 0xFF ? "UTF-16LE" : "UTF-16BE");
		skip = 2;
	}
	if (cs == CS_UNKNOWN && charset && *charset) {
		const char *v = charset;
		const char *eq = find_ci(charset, strlen(charset), "charset=");
		if (eq)
			v = eq + 8;
		cs = charset_of(v, strlen(v), name);
	}
	if (cs == CS_UNKNOWN)
		cs = prescan_meta(bytes, n, name);
	if (cs == CS_OTHER) {
		xmlCharEncodingHandlerPtr h = lx.find_handler(name);
		if (!h)
			cs = CS_UNKNOWN;
		else
			lx.close_handler(h);
	}
	if (cs == CS_UNKNOWN)
		cs = valid_utf8(bytes, n) ? CS_UTF8 : CS_1252;

	const char *src;
	size_t srclen;
	const char *enc;
	if (cs == CS_OTHER) {
		src = bytes + skip;
		srclen = n - skip;
		enc = name;
	} else {
		if ((e = to_utf8(bytes + skip, n - skip, cs, &page)))
			goto done;
		src = page.data ? page.data : "";
		srclen = page.len;
		enc = "UTF-8";
	}
	if (srclen > (size_t)INT32_MAX) {
		e = ND_E_TOO_LARGE;
		goto done;
	}

	/* Without XML_PARSE_HUGE libxml2 stops at a nesting depth of 256
	 * (keeping what it read): lifting that would let end tags that match
	 * nothing cost a scan of the whole open-element stack each. */
	doc = lx.read_memory(srclen ? src : "<html></html>", srclen ? (int)srclen : 13, NULL, enc,
			     HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
				     HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC);
	if (doc) {
		xmlNode *root = lx.root_element(doc);
		if (root && (e = flatten(&c, root)))
			goto done;
	}
	if (c.n && (e = ctx_alloc(&c)))
		goto done;
	read_jsonld(&c);
	if (c.oom) {
		e = ND_E_NOMEM;
		goto done;
	}

	if (c.n && (e = dom_body(&c, &dom)))
		goto done;
	drop_title(&dom, &c);
	size_t dom_chars = plist_chars(&dom);
	const struct plist *chosen = &dom;
	out->method = "dom";

	/* Structured data, when it is the whole article and not a teaser. */
	if (c.ld.body) {
		if ((e = ld_paragraphs(c.ld.body, &ldp)))
			goto done;
		drop_title(&ldp, &c);
		size_t k = plist_chars(&ldp);
		if ((k >= 200 || k > dom_chars) && (double)k >= 0.8 * (double)dom_chars) {
			if ((e = split_like(&ldp, &dom)))
				goto done;
			chosen = &ldp;
			out->method = "json-ld";
		}
	}
	if (chosen == &dom && c.nitemprop) {
		if ((e = itemprop_body(&c, &ipp)))
			goto done;
		drop_title(&ipp, &c);
		size_t k = plist_chars(&ipp);
		if ((k >= 200 || k > dom_chars) && (double)k >= 0.8 * (double)dom_chars) {
			chosen = &ipp;
			out->method = "itemprop";
		}
	}
	if ((e = join_body(chosen, out)))
		goto done;
	out->short_body = body_chars(out) < SHORT_BODY_CHARS;
	e = fill_metadata(&c, url, out);

done:
	if (doc)
		lx.free_doc(doc);
	ctx_release(&c);
	buf_release(&page);
	plist_release(&dom);
	plist_release(&ldp);
	plist_release(&ipp);
	if (e)
		html_doc_release(out);
	return e;
}

void html_doc_release(struct html_doc *d)
{
	if (!d)
		return;
	free(d->outlet);
	free(d->title);
	free(d->date);
	free(d->author);
	free(d->url);
	free(d->body);
	memset(d, 0, sizeof *d);
}

bool html_sniff(const char *bytes, size_t n)
{
	if (!bytes)
		return false;
	if (n > 1024)
		n = 1024;
	size_t i = 0;
	if (n >= 3 && (unsigned char)bytes[0] == 0xEF && (unsigned char)bytes[1] == 0xBB &&
	    (unsigned char)bytes[2] == 0xBF)
		i = 3;
	/* Markup from the first byte on: plain text that merely mentions
	 * a tag further down is not a page. */
	while (i < n && is_space((unsigned char)bytes[i]))
		i++;
	if (i >= n || bytes[i] != '<')
		return false;
	static const char *const marks[] = { "<!doctype html", "<html", "<head", "<body" };
	for (; i < n; i++) {
		if (bytes[i] != '<')
			continue;
		for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++) {
			size_t k = strlen(marks[m]);
			if (i + k <= n && starts_ci(bytes + i, marks[m])) {
				/* the tag name must end there */
				char next = i + k < n ? bytes[i + k] : '>';
				if (next == '>' || is_space((unsigned char)next) || next == '/')
					return true;
			}
		}
	}
	return false;
}
