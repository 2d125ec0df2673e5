/* libFuzzer harness: the article file loader (header, sanitising,
 * paragraphs, furniture rules). */
#include <stddef.h>
#include <stdint.h>

#include "load/article.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article a;
	if (article_parse((const char *)data, size, "fuzz.txt", &a) == ND_E_OK)
		article_release(&a);
	return 0;
}
