/*
 * html/internal.h - PRIVATE to src/load/html/: what the pieces of the page
 * reader share.  Nothing outside src/load/html/ may include it; the public
 * interface is load/html.h.
 *
 * Owns: the types of one page being read (struct ctx: the flattened page,
 * its metadata and its JSON-LD; struct plist: paragraphs of output) and
 * the names the files of src/load/html/ call each other by.
 * Depends on: libxml2 (this folder is the only place that includes it),
 * load/html.h, base/buf.h, base/error.h.
 *
 * How the body is found.  The page is decoded to clean UTF-8 (charset.c),
 * the text of its scripts and style sheets is left out (rawtext.c: half
 * of a page's bytes, never shown) and it is parsed by libxml2's HTML
 * parser (libxml.c), whose events (start tag, text, end tag: no tree is
 * built) become an array of nodes in document order, each knowing its
 * parent and the end of its subtree (flatten.c), so that every later
 * pass is a loop over the array (no recursion, whatever the nesting) and
 * subtree sums are one backward sweep.  Metadata and JSON-LD are picked up on the way (meta.c).
 *
 * The main content is picked the way Mozilla's Readability does it
 * (score.c): paragraphs score their ancestors by length and commas, class
 * and id names add or take away (classes.c), candidates lose by link
 * density, the best one climbs to a parent whose score rises or that
 * holds several near-best candidates, and takes along the siblings that
 * hold a good candidate or read like paragraphs (select.c).  Inside it,
 * boxes that Readability's conditional cleaning finds fishy (link-heavy,
 * image-heavy, forms, embeds), boxes whose class names say share bars,
 * related links, captions, bylines, adverts and the like, readers'
 * comments (removed in every mode) and articles nested in the article
 * (teasers of other stories) are left out.  Navigation, asides, footers,
 * figures, forms' controls and hidden elements never count.  If that
 * leaves under 500 characters, the attempt is repeated with fewer rules,
 * as Readability does (body.c).
 *
 * Paragraph filters (filter.c) then drop what article containers keep:
 * link lists, the shared furniture phrases (furniture_match), lone URLs,
 * separators, "By ..." bylines, datelines, labels of link boxes, the
 * headline repeated at the top, and headings with nothing after them.
 *
 * JSON-LD articleBody (plain text, HTML or escaped HTML; jsonld.c,
 * ld_body.c) and itemprop=articleBody elements are used when they hold at
 * least 80% of what the DOM result holds, so a teaser never wins; a
 * JSON-LD body without line breaks is cut where the DOM's paragraphs
 * start.
 */
#ifndef ND_HTML_INTERNAL_H
#define ND_HTML_INTERNAL_H

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/tree.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "base/error.h"
#include "load/html.h"

/* Open elements followed: libxml2's own tree stops at this depth, and
 * past it an end tag that matches nothing costs a scan of every open
 * element. */
#define MAX_DEPTH 256
/* The longest run of text read: past it the rest of the page is left
 * out, as libxml2's own tree builder does (XML_MAX_TEXT_LENGTH). */
#define MAX_TEXT_RUN ((size_t)10000000)
/* Text of an element kept for a metadata field (<title>, <h1>...). */
#define MAX_WANTED_TEXT ((size_t)MAX_FIELD_BYTES * 4)
/* Largest page read, as for report files (ND_MAX_FILE_BYTES). */
#define MAX_PAGE_BYTES ((size_t)16 << 20)
/* Nodes kept from one page; the rest of a bigger page is ignored. */
#define MAX_NODES ((uint32_t)1 << 20)
/* Largest body and metadata string returned. */
#define MAX_BODY_BYTES ((size_t)16 << 20)
#define MAX_FIELD_BYTES 1024
/* JSON-LD script text kept from one page. */
#define MAX_JSONLD_BYTES ((size_t)8 << 20)
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
/* No node: the parent of the root, a page without <body>. */
#define NO_NODE UINT32_MAX

/* ---- libxml2, opened when first needed (libxml.c) ---------------------- */

/* The few libxml2 functions used, called through this table.  The page
 * is read with libxml2's HTML parser and SAX callbacks (flatten.c): no
 * tree is built. */
struct html_libxml {
	bool ok;
	int version;          /* LIBXML_VERSION of the library opened, 0 if unknown */
	htmlParserCtxtPtr (*create_ctxt)(const char *, int);
	int (*use_options)(htmlParserCtxtPtr, int);
	int (*parse_document)(htmlParserCtxtPtr);
	void (*free_ctxt)(htmlParserCtxtPtr);
	void (*free_doc)(xmlDocPtr);
	void (*stop_parser)(xmlParserCtxtPtr);
	int (*switch_encoding)(xmlParserCtxtPtr, xmlCharEncodingHandlerPtr);
	xmlCharEncodingHandlerPtr (*find_handler)(const char *);
	int (*close_handler)(xmlCharEncodingHandler *);
	const htmlEntityDesc *(*entity_lookup)(const xmlChar *);
};
extern struct html_libxml html_xml;

/* Open libxml2 on the first call; false when it cannot be. */
bool html_load_libxml(void);
/* Parse the HTML document s[0..n) (UTF-8 unless enc says otherwise),
 * network access and error output off, calling sax's callbacks with
 * user data.  The callbacks may stop the parse (html_xml.stop_parser on
 * *ctxt, which is set before the first callback).  ND_E_NOMEM when the
 * parser could not be set up. */
enum nd_err html_sax_parse(const char *s, size_t n, const char *enc, const xmlSAXHandler *sax,
			   void *user, htmlParserCtxtPtr *ctxt);

/* The attributes of an element the passes read, each its value, "" when
 * it is given without one, NULL when the element has none (the first of
 * a repeated name counts; libxml2 drops the others anyway). */
struct attrs {
	const char *cls, *id, *role, *rel, *itemprop, *hidden, *aria_hidden, *style, *href,
		*property, *name, *content, *type, *datetime;
};
/* Read libxml2's NULL-ended name/value list into a, in one pass. */
void html_read_attrs(const xmlChar **atts, struct attrs *a);

/* ---- tags (tags.c) ------------------------------------------------------ */

enum tclass { INL, BLK, JUNK };

/* X(NAME, "name", class), in order of name.  JUNK elements never
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

/* The row of a lower-case element name, or NULL for one not listed. */
const struct tag_info *html_tag_lookup(const char *name);
/* Elements that are paragraphs themselves, not containers. */
bool html_is_para_tag(uint8_t t);
/* Blocks whose own text scores their ancestors. */
bool html_is_scored_tag(uint8_t t);
/* Lists and their items. */
bool html_is_list_tag(uint8_t t);

static inline bool is_heading(enum tag t)
{
	return t >= T_H1 && t <= T_H6;
}

/* ---- the flattened page ------------------------------------------------- */

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
	F_LAYOUT = 1u << 11,  /* a table with role="presentation" */
};

/* One element or text node of the page. */
struct node {
	uint32_t parent;   /* NO_NODE for the root */
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

/* Metadata read on the way; each field the first value seen, or NULL. */
struct meta {
	char *site_name, *og_title, *tw_title, *pub_time, *meta_date, *author_meta,
		*canonical, *og_url, *title, *h1, *time_dt, *byline, *itemprop_author;
};

/* What the page's JSON-LD article objects say; NULL where nothing. */
struct ld {
	char *headline, *date, *author, *publisher, *body;
	int rank; /* how article-like the object that gave the body is */
};

/* One page being read: html_ctx_init, then html_flatten, html_ctx_alloc,
 * the passes, html_ctx_release. */
struct ctx {
	struct node *nodes;
	uint32_t n;
	size_t cap;
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
	size_t nitemprop, itemprop_cap;
	uint32_t body_node;
	bool oom;
};

/* Set up an empty c: its text may grow to text_max bytes, the JSON-LD
 * scripts kept to jsonld_max. */
void html_ctx_init(struct ctx *c, size_t text_max, size_t jsonld_max);
/* Free everything c holds; c is zeroed. */
void html_ctx_release(struct ctx *c);
/* Allocate the per-node arrays of the passes (after html_flatten). */
enum nd_err html_ctx_alloc(struct ctx *c);

/* Parse the HTML document s[0..n) (UTF-8 unless enc says otherwise) into
 * c->nodes in document order, filling c->text, the metadata and the
 * JSON-LD texts.  Past MAX_NODES nodes or MAX_DEPTH open elements the
 * rest of the page is ignored, and past a run of text of MAX_TEXT_RUN
 * bytes. */
enum nd_err html_flatten(struct ctx *c, const char *s, size_t n, const char *enc);

/* Flags and class weight of an element from its class, id, role, style
 * and other attributes (classes.c). */
void html_element_flags(struct node *nd, const struct attrs *a);

static inline bool is_ancestor(const struct ctx *c, uint32_t a, uint32_t d)
{
	return a <= d && d < c->nodes[a].end;
}

/* ---- metadata (meta.c) -------------------------------------------------- */

/* What the walk is to gather from the text inside an element for meta.c:
 * the fields to fill with its text (html_keep_first at its end), and
 * whether it is a JSON-LD script (html_keep_jsonld at its end). */
struct wants {
	char **slot[4];
	int nslot;
	bool jsonld;
};
/* Note what an element with tag and attributes a (node index idx, or
 * NO_NODE for one of the head's) says about the page: metadata, <body>,
 * itemprop=articleBody; *w what its text is wanted for.  Sets c->oom
 * when memory runs out. */
void html_collect_element(struct ctx *c, uint8_t tag, const struct attrs *a, uint32_t idx,
			  struct wants *w);
/* The text of a JSON-LD script, at its end: kept NUL-separated in
 * c->jsonld for html_read_jsonld. */
void html_keep_jsonld(struct ctx *c, const char *s, size_t n);
/* Set *slot to a clean copy of s[0..n) unless it holds a value already;
 * an empty value is not kept.  Sets c->oom when memory runs out. */
void html_keep_first(struct ctx *c, char **slot, const char *s, size_t n);
void html_meta_release(struct meta *m);
/* The outlet, title, date, author and URL of out, from what the page
 * said; url is the address it came from (may be NULL). */
enum nd_err html_fill_metadata(struct ctx *c, const char *url, struct html_doc *out);

/* ---- scoring and selection (score.c, select.c) --------------------------- */

enum {
	MODE_STRIP_UNLIKELY = 1,
	MODE_WEIGHT_CLASSES = 2,
	MODE_CLEAN = 4,
};

/* Mark what the mode removes, then sum each subtree's text. */
void html_prepare(struct ctx *c, unsigned mode);
/* Readability's choice of the main container; NO_NODE for none. */
uint32_t html_pick_top(struct ctx *c, unsigned mode);
/* The top candidate t and its good siblings: roots[] of the selection. */
size_t html_pick_siblings(struct ctx *c, uint32_t t, uint32_t *roots, size_t max);
/* Readability's conditional cleaning of the selection, plus boilerplate
 * boxes: marks c->removed. */
void html_clean_selection(struct ctx *c, const uint32_t *roots, size_t nroots, unsigned mode,
			  uint32_t total_chars);

static inline float link_density(const struct ctx *c, uint32_t i)
{
	const struct agg *a = &c->agg[i];
	return a->chars ? (float)a->link_chars / (float)a->chars : 0.0f;
}

/* ---- paragraphs of output (paragraphs.c, filter.c) ----------------------- */

/* One paragraph of output. */
struct opara {
	size_t off, len;   /* in the paragraph text buffer */
	uint32_t chars, link_chars;
	uint8_t tag;       /* the block it came from */
	bool in_list;
	bool drop;
};

/* Paragraphs: their text in one buffer.  Set up with html_plist_init. */
struct plist {
	struct buf text;
	struct opara *v;
	size_t n, cap;
};

void html_plist_init(struct plist *pl);
void html_plist_release(struct plist *pl);
/* End the paragraph that started at pl->text[off]: trimmed, kept unless
 * empty. */
enum nd_err html_plist_push(struct plist *pl, size_t off, uint32_t link_chars, uint8_t tag,
			    bool in_list);
/* Characters of the paragraphs not dropped. */
size_t html_plist_chars(const struct plist *pl);
/* Paragraphs of the selection roots[], skipping what is removed. */
enum nd_err html_emit(struct ctx *c, const uint32_t *roots, size_t nroots, struct plist *pl);
/* Join the kept paragraphs with blank lines, sanitised, into out->body. */
enum nd_err html_join_body(const struct plist *pl, struct html_doc *out);

/* Mark the furniture that sits inside article containers as dropped. */
void html_filter_paragraphs(struct plist *pl);
/* Drop the headline repeated at the top of the body. */
void html_drop_title(struct plist *pl, const struct ctx *c);

/* ---- the bodies (body.c, ld_body.c) -------------------------------------- */

/* Find the body of the page in c: out->body, body_len, short_body and
 * method. */
enum nd_err html_choose_body(struct ctx *c, struct html_doc *out);
/* The paragraphs of a JSON-LD articleBody (plain text or HTML). */
enum nd_err html_ld_paragraphs(const char *raw, struct plist *pl);
/* Cut a one-paragraph JSON-LD body where the DOM's paragraphs start. */
enum nd_err html_split_like(struct plist *ld, const struct plist *dom);

/* ---- JSON-LD (jsonld.c) --------------------------------------------------- */

/* Read the article objects of the JSON-LD scripts kept in c->jsonld into
 * c->ld.  Sets c->oom when memory runs out. */
void html_read_jsonld(struct ctx *c);
void html_ld_release(struct ld *ld);
/* Append s[0..n) to out with HTML character references decoded. */
enum nd_err html_decode_entities(const char *s, size_t n, struct buf *out);

/* ---- raw text (rawtext.c) ------------------------------------------------ */

/* The page s[0..n) (UTF-8) into out with the text of its script elements
 * (but JSON-LD) and style elements left out; false, out untouched, when
 * nothing was left out or memory ran out. */
bool html_drop_raw_text(const char *s, size_t n, struct buf *out);
/* Whether the libxml2 opened reads raw text as html_drop_raw_text was
 * checked against (2.9.14, whose HTML parser later releases rewrote). */
static inline bool html_cut_raw_text(void)
{
	return html_xml.version >= 20914 && html_xml.version < 21000;
}

/* ---- character sets (charset.c) ------------------------------------------- */

/* The page bytes[0..n) ready for the parser: *src (bytes itself or the
 * UTF-8 decoding in page), *len and the encoding name *enc (pointing at
 * "UTF-8" or into name). */
enum nd_err html_decode_page(const char *bytes, size_t n, const char *charset, struct buf *page,
			     char name[64], const char **src, size_t *len, const char **enc);

/* ---- dates (pubdate.c, reading them with base/date) ----------------------- */

/* YYYY-MM-DD when s starts with a date, else a clean copy of s; NULL on
 * no memory.  The caller frees it. */
char *html_norm_date(const char *s);
/* A date worth giving: not empty and not a placeholder year like 0001. */
bool html_plausible_date(const char *s);

/* ---- small string helpers (strings.c) -------------------------------------- */

static inline bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static inline char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
}

/* s starts with lower-case prefix, in any case. */
bool html_starts_ci(const char *s, const char *prefix);
bool html_eq_ci(const char *a, const char *b);
/* Case-insensitive search for lower-case needle in hay[0..n). */
const char *html_find_ci(const char *hay, size_t n, const char *needle);
/* Characters (code points) of UTF-8 s[0..n) that are not spaces. */
uint32_t html_count_chars(const char *s, size_t n);
/* Commas of s[0..n), in a few scripts. */
uint32_t html_count_commas(const char *s, size_t n);
/* Append s[0..n) to b with white space collapsed. */
enum nd_err html_add_collapsed(struct buf *b, const char *s, size_t n);
/* A clean one-line copy of s[0..n), at most MAX_FIELD_BYTES; NULL on no
 * memory.  The caller frees it. */
char *html_clean_field(const char *s, size_t n);
/* html_clean_field of a C string (NULL reads as ""). */
char *html_dup_str(const char *s);
/* A non-zero hash of s. */
uint32_t html_hash_str(const char *s);

#endif
