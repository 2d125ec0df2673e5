#include "show/extract.h"

#include <jansson.h>
#include <string.h>

static void print_json(const struct html_doc *d, FILE *out)
{
	json_t *o = json_object(), *paras = json_array();
	json_object_set_new(o, "outlet", json_string(d->outlet));
	json_object_set_new(o, "title", json_string(d->title));
	json_object_set_new(o, "date", json_string(d->date));
	json_object_set_new(o, "author", json_string(d->author));
	json_object_set_new(o, "url", json_string(d->url));
	json_object_set_new(o, "method", json_string(d->method ? d->method : ""));
	json_object_set_new(o, "short", json_boolean(d->short_body));
	/* the extractor parts paragraphs with one blank line */
	for (const char *p = d->body; p && *p;) {
		const char *e = strstr(p, "\n\n");
		size_t l = e ? (size_t)(e - p) : strlen(p);
		json_array_append_new(paras, json_stringn(p, l));
		p = e ? e + 2 : p + l;
	}
	json_object_set_new(o, "paragraphs", paras);
	json_dumpf(o, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	putc('\n', out);
	json_decref(o);
}

void extract_print(const struct html_doc *d, bool json, FILE *out)
{
	if (json) {
		print_json(d, out);
		return;
	}
	fprintf(out, "outlet: %s\ntitle: %s\ndate: %s\nauthor: %s\nurl: %s\nmethod: %s%s\n\n%s\n",
		d->outlet, d->title, d->date, d->author, d->url, d->method ? d->method : "",
		d->short_body ? " (suspiciously short)" : "", d->body ? d->body : "");
}
