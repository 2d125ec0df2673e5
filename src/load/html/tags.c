/*
 * tags.c - the HTML elements the reader knows (the HTML_TAGS table of
 * internal.h) and the groups of them the passes ask about.
 */
#include "load/html/internal.h"

#include <stdlib.h>
#include <string.h>

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

const struct tag_info *html_tag_lookup(const char *name)
{
	return bsearch(name, tag_table, NTAGS, sizeof tag_table[0], tag_cmp);
}

bool html_is_para_tag(uint8_t t)
{
	return t == T_P || t == T_PRE || is_heading(t) || t == T_LI || t == T_DT || t == T_DD ||
	       t == T_BLOCKQUOTE || t == T_ADDRESS || t == T_CAPTION || t == T_TR;
}

/* Readability's list, and the containers whose loose text it wraps in
 * paragraphs. */
bool html_is_scored_tag(uint8_t t)
{
	return t == T_P || t == T_PRE || t == T_TD || t == T_SECTION || (is_heading(t) && t != T_H1) ||
	       t == T_DIV || t == T_ARTICLE || t == T_MAIN || t == T_CENTER || t == T_TR;
}

bool html_is_list_tag(uint8_t t)
{
	return t == T_LI || t == T_UL || t == T_OL || t == T_DL || t == T_DD || t == T_DT;
}
