/* libFuzzer harness: sentences and facts of one report. */
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "load/article.h"
#include "analyse/facts.h"
#include "analyse/sentence.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article a;
	if (article_parse((const char *)data, size, "fuzz.txt", &a) != ND_E_OK)
		return 0;
	struct arena ar;
	arena_init(&ar);
	struct sentences s;
	struct report_facts f;
	if (sentences_split(&a, &ar, &s) == ND_E_OK)
		facts_extract(&a, 0, &s, &ar, &f);
	arena_release(&ar);
	article_release(&a);
	return 0;
}
