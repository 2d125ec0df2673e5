/*
 * extract.h - print what was read from one web page (--extract): its
 * metadata, how the article was found, and the article's paragraphs, as
 * text or as JSON.
 *
 * Owns: nothing; the page stays the caller's.
 * Depends on: html.h (struct html_doc), jansson.
 *
 * The page's texts were sanitised by the extractor.  A write error shows
 * in ferror(out), which the caller checks.
 */
#ifndef ND_EXTRACT_H
#define ND_EXTRACT_H

#include <stdbool.h>
#include <stdio.h>

#include "load/html.h"

/* Print d to out: "key: value" lines, a blank line and the body; or, with
 * json, one object holding the same and the paragraphs as an array. */
void extract_print(const struct html_doc *d, bool json, FILE *out);

#endif
