/*
 * extract.h - print what was read from one web page (--extract): its
 * metadata, how the article was found, and the article's paragraphs, as
 * text or as JSON.
 *
 * Owns: nothing; the page stays the caller's.
 * Depends on: html.h (struct html_doc), error.h, jansson.
 *
 * The page's texts were sanitised by the extractor.  A write error shows
 * in ferror(out), which the caller checks.
 */
#ifndef ND_EXTRACT_H
#define ND_EXTRACT_H

#include <stdbool.h>
#include <stdio.h>

#include "base/error.h"
#include "load/html.h"

/* Print d to out: "key: value" lines, a blank line and the body; or, with
 * json, one object holding the same and the paragraphs as an array.
 * ND_E_NOMEM when the JSON could not be built, ND_E_WRITE when jansson
 * could not write it (other write errors show in ferror(out)). */
enum nd_err extract_print(const struct html_doc *d, bool json, FILE *out);

#endif
