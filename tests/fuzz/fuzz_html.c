/* libFuzzer harness: the HTML page reader with its metadata. */
#include <stddef.h>
#include <stdint.h>

#include "load/html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct html_doc d;
	if (html_extract((const char *)data, size, NULL, "https://fuzz.example/page", &d) == ND_E_OK)
		html_doc_release(&d);
	(void)html_sniff((const char *)data, size);
	return 0;
}
