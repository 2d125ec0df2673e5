/*
 * html.h - the comparison as one printable HTML page, a handout for a
 * class (--report --format=html): the story and its outlets, the reports
 * side by side with each fact's value marked in the text by verdict, the
 * facts with their sentences, who agrees with whom, which outlet states
 * which fact (what each leaves out), and how each outlet names the
 * people, organisations and groups several mention.
 *
 * The page stands alone: inline CSS, no script, no fonts, images or
 * anything else to fetch.  Marks read without colour too: each verdict
 * has its own underline and the verdict's mark (verdict.h) with the
 * fact's number beside the value; @media print keeps it readable on A4
 * and Letter.
 *
 * Owns: nothing it returns; what it builds to mark the texts is freed
 * before html_handout returns.  The comparison and its story stay the
 * caller's.
 * Depends on: compare.h (rows, cells, verdicts), story.h, article.h and
 * para.h (the reports, their texts and paragraphs), agreement.h (who
 * agrees with whom), coverage.h (who states which fact), naming.h (how the outlets name them), report.h (a
 * cell's value as every format writes it),
 * text.h, buf.h, error.h.  Must not depend on curses.
 *
 * Every string taken from a report is escaped (& < > " ') and made safe as
 * the text report makes it: a newline or tab becomes a space, C0 and C1
 * controls, DEL, bidirectional overrides, noncharacters and invalid UTF-8
 * become U+FFFD.
 */
#ifndef ND_SHOW_HTML_H
#define ND_SHOW_HTML_H

#include "analyse/compare.h"
#include "base/buf.h"
#include "base/error.h"

/*
 * Append the page for comparison c (its rows, and every report of
 * c->story) to b.  Returns ND_E_OK, or the first error of an append
 * (ND_E_NOMEM when memory ran out); b then holds a partial page the
 * caller throws away.  Evidence offsets past the end of a text are
 * clamped to it.
 */
enum nd_err html_handout(const struct comparison *c, struct buf *b);

#endif
