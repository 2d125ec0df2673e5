/*
 * report_json.h - the JSON report (--format=json and jsonl), written a
 * row at a time as it is made (jsonw.h).  Private to src/show/:
 * report_write (report.h) is the way in.
 *
 * Owns: nothing it returns; what it builds is freed before it returns.
 * Depends on: report.h (the data, read defensively), jsonw.h (the
 * bytes), agreement.h and coverage.h (the sections after the rows),
 * compare.h, error.h.
 */
#ifndef ND_SHOW_REPORT_JSON_H
#define ND_SHOW_REPORT_JSON_H

#include <stdbool.h>
#include <stdio.h>

#include "analyse/compare.h"
#include "base/error.h"

/* Write comparison c to out as JSON (one_line: JSON Lines) and a newline,
 * as report_write describes.  Part of it may have been written when it
 * fails. */
enum nd_err report_json(const struct comparison *c, bool one_line, FILE *out);

#endif
