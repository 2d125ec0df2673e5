/*
 * page.h - the rules that say a report is a web page rather than text: an
 * HTML content type, an HTML file name, bytes that look like HTML; and the
 * character set a Content-Type names.  One home for them, used both when a
 * story is loaded and when --extract reads one page.
 *
 * Owns: nothing.
 * Depends on: html.h (html_sniff).
 */
#ifndef ND_PAGE_H
#define ND_PAGE_H

#include <stdbool.h>
#include <stddef.h>

/* True for a text/html or application/xhtml content type (any case, any
 * parameters). */
bool page_type_is_html(const char *content_type);

/* The charset= parameter of content_type into out[0..cap) ("" when it
 * names none, or content_type is NULL); cut to fit. */
void page_charset(const char *content_type, char *out, size_t cap);

/* True for a .html, .htm or .xhtml file name (any case). */
bool page_html_name(const char *name);

/* True for the file names a directory gives as reports: .txt or HTML
 * names (any case); hidden files are the caller's to skip. */
bool page_report_name(const char *name);

/* A page held in memory: HTML when content_type says so, or when there is
 * none and the bytes look like HTML. */
bool page_is_html(const char *content_type, const char *bytes, size_t n);

/* A report file: HTML when its name says so, or when it is not named .txt
 * and its bytes look like HTML. */
bool page_file_is_html(const char *name, const char *bytes, size_t n);

#endif
