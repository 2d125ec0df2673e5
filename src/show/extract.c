#include "show/extract.h"

#include <jansson.h>
#include <string.h>

/* Set key of o to v (which it takes, also on failure). */
static bool set(json_t *o, const char *key, json_t *v)
{
	return v && json_object_set_new(o, key, v) == 0;
}

static enum nd_err print_json(const struct html_doc *d, FILE *out)
{
	json_t *o = json_object(), *paras = json_array();
	bool ok = o && paras && set(o, "outlet", json_string(d->outlet)) &&
		  set(o, "title", json_string(d->title)) && set(o, "date", json_string(d->date)) &&
		  set(o, "author", json_string(d->author)) && set(o, "url", json_string(d->url)) &&
		  set(o, "method", json_string(d->method ? d->method : "")) &&
		  set(o, "short", json_boolean(d->short_body));
	/* the extractor parts paragraphs with one blank line */
	for (const char *p = d->body; ok && p && *p;) {
		const char *e = strstr(p, "\n\n");
		size_t l = e ? (size_t)(e - p) : strlen(p);
		json_t *s = json_stringn(p, l);
		ok = s && json_array_append_new(paras, s) == 0;
		p = e ? e + 2 : p + l;
	}
	if (ok) {
		ok = set(o, "paragraphs", paras);
		paras = NULL;
	}
	enum nd_err err = ok ? ND_E_OK : ND_E_NOMEM;
	if (!err && json_dumpf(o, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0)
		err = ferror(out) ? ND_E_WRITE : ND_E_NOMEM;
	if (!err)
		putc('\n', out);
	json_decref(paras);
	json_decref(o);
	return err;
}

enum nd_err extract_print(const struct html_doc *d, bool json, FILE *out)
{
	if (json)
		return print_json(d, out);
	fprintf(out, "outlet: %s\ntitle: %s\ndate: %s\nauthor: %s\nurl: %s\nmethod: %s%s\n\n%s\n",
		d->outlet, d->title, d->date, d->author, d->url, d->method ? d->method : "",
		d->short_body ? " (suspiciously short)" : "", d->body ? d->body : "");
	return ND_E_OK;
}
