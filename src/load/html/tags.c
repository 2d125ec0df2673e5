/*
 * tags.c - the HTML elements the reader knows (the HTML_TAGS table of
 * internal.h) and the groups of them the passes ask about.
 */
#include "load/html/internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static const struct tag_info tag_table[] = {
#define TAG_ROW(name, str, cls) { str, T_##name, cls },
	HTML_TAGS(TAG_ROW)
#undef TAG_ROW
};
#define NTAGS (sizeof tag_table / sizeof tag_table[0])

/* The rows by a hash of the name, open addressing: one look-up an
 * element of the page, most of them a single comparison. */
#define NSLOTS 256
static const struct tag_info *slots[NSLOTS];

static unsigned tag_hash(const char *s)
{
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h & (NSLOTS - 1);
}

static void fill_slots(void)
{
	for (size_t i = 0; i < NTAGS; i++) {
		unsigned k = tag_hash(tag_table[i].name);
		while (slots[k])
			k = (k + 1) & (NSLOTS - 1);
		slots[k] = &tag_table[i];
	}
}

const struct tag_info *html_tag_lookup(const char *name)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, fill_slots);
	for (unsigned k = tag_hash(name); slots[k]; k = (k + 1) & (NSLOTS - 1))
		if (strcmp(slots[k]->name, name) == 0)
			return slots[k];
	return NULL;
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
