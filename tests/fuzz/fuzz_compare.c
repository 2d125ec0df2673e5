/* libFuzzer harness: the whole comparison over several documents.  The
 * input is split at 0x1E bytes into up to 6 reports (text or HTML, as
 * they look), compared, and written in every report format. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "analyse/compare.h"
#include "show/report.h"
#include "load/story.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct story s;
	memset(&s, 0, sizeof s);
	const char *p = (const char *)data, *end = p + size;
	for (int k = 0; k < 6 && p <= end; k++) {
		const char *q = memchr(p, 0x1E, (size_t)(end - p));
		size_t n = q ? (size_t)(q - p) : (size_t)(end - p);
		char name[16];
		snprintf(name, sizeof name, "r%d", k);
		story_add_page(&s, name, p, n, NULL, NULL);
		if (!q)
			break;
		p = q + 1;
	}
	if (story_result(&s) == ND_E_OK) {
		struct comparison c;
		if (compare_story(&s, &c) == ND_E_OK) {
			FILE *nul = fopen("/dev/null", "w");
			if (nul) {
				report_write(&c, REPORT_JSON, nul);
				report_write(&c, REPORT_TEXT, nul);
				report_write(&c, REPORT_MARKDOWN, nul);
				report_write(&c, REPORT_HTML, nul);
				fclose(nul);
			}
			comparison_release(&c);
		}
	}
	story_release(&s);
	return 0;
}
