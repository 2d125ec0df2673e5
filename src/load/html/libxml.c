/*
 * libxml.c - libxml2, opened when the first page is read: the table of
 * the few functions used, the parser call, and an element's attributes.
 *
 * libxml2 and what it brings (ICU, the C++ runtime) would add a third of
 * newsdiff's start-up time and memory, yet most runs read no HTML.  It is
 * opened with dlopen() on the first page and called through html_xml.
 */
#include "load/html/internal.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct html_libxml html_xml;

static void load_libxml(void)
{
	struct html_libxml *lx = &html_xml;
	void *h = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
	if (!h)
		return;
#define SYM(field, name)                                  \
	do {                                              \
		*(void **)(&lx->field) = dlsym(h, name);  \
		if (!lx->field)                           \
			return;                           \
	} while (0)
	SYM(create_ctxt, "htmlCreateMemoryParserCtxt");
	SYM(use_options, "htmlCtxtUseOptions");
	SYM(parse_document, "htmlParseDocument");
	SYM(free_ctxt, "htmlFreeParserCtxt");
	SYM(free_doc, "xmlFreeDoc");
	SYM(stop_parser, "xmlStopParser");
	SYM(switch_encoding, "xmlSwitchToEncoding");
	SYM(find_handler, "xmlFindCharEncodingHandler");
	SYM(close_handler, "xmlCharEncCloseFunc");
	SYM(entity_lookup, "htmlEntityLookup");
#undef SYM
	const char *const *version = dlsym(h, "xmlParserVersion");
	lx->version = version && *version ? atoi(*version) : 0;
	/* the parser's globals set up here, once, before threads parse */
	void (*init)(void) = NULL;
	*(void **)(&init) = dlsym(h, "xmlInitParser");
	if (init)
		init();
	lx->ok = true;
}

bool html_load_libxml(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, load_libxml);
	return html_xml.ok;
}

enum nd_err html_sax_parse(const char *s, size_t n, const char *enc, const xmlSAXHandler *sax,
			   void *user, htmlParserCtxtPtr *ctxt)
{
	/* What htmlReadMemory does, with our callbacks in place of the
	 * tree builder's. */
	htmlParserCtxtPtr px = html_xml.create_ctxt(s, (int)n);
	if (!px || !px->sax) {
		if (px)
			html_xml.free_ctxt(px);
		return ND_E_NOMEM;
	}
	memcpy(px->sax, sax, sizeof *sax);
	px->userData = user;
	*ctxt = px;
	html_xml.use_options(px, HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
					 HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC |
					 HTML_PARSE_NODEFDTD);
	px->html = 1;
	if (enc) {
		xmlCharEncodingHandlerPtr h = html_xml.find_handler(enc);
		if (h)
			html_xml.switch_encoding(px, h);
	}
	html_xml.parse_document(px);
	if (px->myDoc) /* (no callback of ours makes one) */
		html_xml.free_doc(px->myDoc);
	px->myDoc = NULL;
	html_xml.free_ctxt(px);
	*ctxt = NULL;
	return ND_E_OK;
}

void html_read_attrs(const xmlChar **atts, struct attrs *a)
{
	memset(a, 0, sizeof *a);
	for (; atts && atts[0]; atts += 2) {
		const char *k = (const char *)atts[0];
		const char *v = atts[1] ? (const char *)atts[1] : "";
		const char **slot = NULL;
		/* (libxml2 gives attribute names in lower case) */
		switch (k[0]) {
		case 'a':
			slot = strcmp(k, "aria-hidden") == 0 ? &a->aria_hidden : NULL;
			break;
		case 'c':
			slot = strcmp(k, "class") == 0	   ? &a->cls
			       : strcmp(k, "content") == 0 ? &a->content
							   : NULL;
			break;
		case 'd':
			slot = strcmp(k, "datetime") == 0 ? &a->datetime : NULL;
			break;
		case 'h':
			slot = strcmp(k, "href") == 0	  ? &a->href
			       : strcmp(k, "hidden") == 0 ? &a->hidden
							  : NULL;
			break;
		case 'i':
			slot = strcmp(k, "id") == 0	    ? &a->id
			       : strcmp(k, "itemprop") == 0 ? &a->itemprop
							    : NULL;
			break;
		case 'n':
			slot = strcmp(k, "name") == 0 ? &a->name : NULL;
			break;
		case 'p':
			slot = strcmp(k, "property") == 0 ? &a->property : NULL;
			break;
		case 'r':
			slot = strcmp(k, "rel") == 0	 ? &a->rel
			       : strcmp(k, "role") == 0 ? &a->role
							: NULL;
			break;
		case 's':
			slot = strcmp(k, "style") == 0 ? &a->style : NULL;
			break;
		case 't':
			slot = strcmp(k, "type") == 0 ? &a->type : NULL;
			break;
		default:
			break;
		}
		if (slot && !*slot)
			*slot = v;
	}
}
