#include "load/page.h"

#include <string.h>
#include <strings.h>

#include "load/html.h"

bool page_type_is_html(const char *content_type)
{
	return strncasecmp(content_type, "text/html", 9) == 0 ||
	       strncasecmp(content_type, "application/xhtml", 17) == 0;
}

void page_charset(const char *content_type, char *out, size_t cap)
{
	if (cap == 0)
		return;
	out[0] = '\0';
	for (const char *q = content_type; q && *q; q++) {
		if (strncasecmp(q, "charset=", 8) == 0) {
			q += 8;
			size_t k = 0;
			while (q[k] && q[k] != ';' && q[k] != ' ' && q[k] != '"' && k + 1 < cap) {
				out[k] = q[k];
				k++;
			}
			out[k] = '\0';
			return;
		}
	}
}

static bool has_ext(const char *name, const char *ext)
{
	size_t n = strlen(name), e = strlen(ext);
	return n > e && strcasecmp(name + n - e, ext) == 0;
}

bool page_html_name(const char *name)
{
	return has_ext(name, ".html") || has_ext(name, ".htm") || has_ext(name, ".xhtml");
}

bool page_report_name(const char *name)
{
	return has_ext(name, ".txt") || page_html_name(name);
}

bool page_is_html(const char *content_type, const char *bytes, size_t n)
{
	return content_type ? page_type_is_html(content_type) : html_sniff(bytes, n);
}

bool page_file_is_html(const char *name, const char *bytes, size_t n)
{
	return page_html_name(name) || (!has_ext(name, ".txt") && n && html_sniff(bytes, n));
}
