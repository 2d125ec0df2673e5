/*
 * libxml.c - libxml2, opened when the first page is read: the table of
 * the few functions used, the parser call, and reading an attribute.
 *
 * libxml2 and what it brings (ICU, the C++ runtime) would add a third of
 * newsdiff's start-up time and memory, yet most runs read no HTML.  It is
 * opened with dlopen() on the first page and called through html_xml.
 */
#include "load/html/internal.h"

#include <dlfcn.h>
#include <pthread.h>

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
	SYM(read_memory, "htmlReadMemory");
	SYM(free_doc, "xmlFreeDoc");
	SYM(root_element, "xmlDocGetRootElement");
	SYM(find_handler, "xmlFindCharEncodingHandler");
	SYM(close_handler, "xmlCharEncCloseFunc");
	SYM(entity_lookup, "htmlEntityLookup");
#undef SYM
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

htmlDocPtr html_parse(const char *s, size_t n, const char *enc)
{
	/* Without XML_PARSE_HUGE libxml2 stops at a nesting depth of 256
	 * (keeping what it read): lifting that would let end tags that match
	 * nothing cost a scan of the whole open-element stack each. */
	return html_xml.read_memory(s, (int)n, NULL, enc,
				    HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
					    HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC);
}

const char *html_attr(xmlNode *x, const char *name)
{
	for (xmlAttr *a = x->properties; a; a = a->next) {
		if (a->name && html_eq_ci((const char *)a->name, name)) {
			if (a->children && a->children->type == XML_TEXT_NODE && !a->children->next)
				return a->children->content ? (const char *)a->children->content : "";
			return "";
		}
	}
	return NULL;
}
