/*
 * keys.h - the one table of what the screen does and which keys do it.
 * The help screen, the man page and README list the same keys; a test
 * checks the man page names every key in this table.
 *
 * Owns: nothing.  Included only by code under src/tui/ (it names curses
 * key codes).
 * Depends on: <curses.h>, included before it (screen.h does).
 */
#ifndef ND_TUI_KEYS_H
#define ND_TUI_KEYS_H

/* X(NAME, help text) */
#define ND_ACTIONS(X)                                              \
	X(DOWN, "scroll down one line")                            \
	X(UP, "scroll up one line")                                \
	X(PAGE_DOWN, "scroll down one page")                       \
	X(PAGE_UP, "scroll up one page")                           \
	X(HALF_DOWN, "scroll down half a page")                    \
	X(HALF_UP, "scroll up half a page")                        \
	X(TOP, "go to the top")                                    \
	X(BOTTOM, "go to the end")                                 \
	X(NEXT_COL, "focus the next report")                       \
	X(PREV_COL, "focus the previous report")                   \
	X(SYNC, "scroll all reports together (on/off)")            \
	X(FURNITURE, "show or fold page furniture")                \
	X(SEARCH, "search every report")                           \
	X(NEXT_MATCH, "next match of the last search")             \
	X(PREV_MATCH, "previous match of the last search")         \
	X(FACTS, "show or hide the facts panel")                   \
	X(FILTER, "which facts the panel lists: all, disagreements, differences, all but single, both of two reports") \
	X(PAIR, "make the focused report the second of the two (c) compares, or undo it") \
	X(NEXT_DISAGREE, "go to the next disagreement")            \
	X(PREV_DISAGREE, "go to the previous disagreement")        \
	X(DETAIL, "the detail of the chosen fact: each outlet's value and sentence; in the text, of the first marked fact in view") \
	X(QUOTE, "the chosen quotation, outlet by outlet (other facts: the detail)") \
	X(MARKS, "facts marked by verdict (on/off)")     \
	X(ERRORS, "the reports that could not be loaded, and why; warnings") \
	X(AGREEMENT, "who agrees with whom: each pair of reports, the facts both state; which report states which fact") \
	X(NAMES, "how each outlet names them: the words written with each name; ]/[ choose one, Enter its sentences") \
	X(TOUR, "the guided tour, one difference at a time: Space or ] on, Backspace or [ back, q leaves") \
	X(BROWSE, "open the focused report's page in the browser ($BROWSER)") \
	X(EXPORT, "write the facts the panel lists to a file: .md, .json, .html (a handout) or text") \
	X(THEME, "the next colour theme: default, high-contrast, light, mono") \
	X(HELP, "show or close this help")                         \
	X(REDRAW, "redraw the screen")                             \
	X(CLOSE, "close the view on top: help, detail, facts panel") \
	X(QUIT, "close the view on top; quit when none is open")

enum tui_action {
	ACT_NONE,
#define ND_ACT_ENUM(name, help) ACT_##name,
	ND_ACTIONS(ND_ACT_ENUM)
#undef ND_ACT_ENUM
	ACT__COUNT
};

/* X(is function key, code, name shown in help, action) */
#define ND_BINDINGS(X)                                 \
	X(0, 'j', "j", DOWN)                           \
	X(1, KEY_DOWN, "Down", DOWN)                   \
	X(0, 'k', "k", UP)                             \
	X(1, KEY_UP, "Up", UP)                         \
	X(1, KEY_NPAGE, "PgDn", PAGE_DOWN)             \
	X(0, ' ', "Space", PAGE_DOWN)                  \
	X(1, KEY_PPAGE, "PgUp", PAGE_UP)               \
	X(0, 'b', "b", PAGE_UP)                        \
	X(0, 6, "Ctrl-F", PAGE_DOWN)                   \
	X(0, 2, "Ctrl-B", PAGE_UP)                     \
	X(0, 4, "Ctrl-D", HALF_DOWN)                   \
	X(0, 21, "Ctrl-U", HALF_UP)                    \
	X(0, 'g', "g", TOP)                            \
	X(1, KEY_HOME, "Home", TOP)                    \
	X(0, 'G', "G", BOTTOM)                         \
	X(1, KEY_END, "End", BOTTOM)                   \
	X(0, 'l', "l", NEXT_COL)                       \
	X(1, KEY_RIGHT, "Right", NEXT_COL)             \
	X(0, '\t', "Tab", NEXT_COL)                    \
	X(0, 'h', "h", PREV_COL)                       \
	X(1, KEY_LEFT, "Left", PREV_COL)               \
	X(1, KEY_BTAB, "Shift-Tab", PREV_COL)          \
	X(0, 's', "s", SYNC)                           \
	X(0, 'f', "f", FURNITURE)                      \
	X(0, '/', "/", SEARCH)                         \
	X(0, 'n', "n", NEXT_MATCH)                     \
	X(0, 'N', "N", PREV_MATCH)                     \
	X(0, 'F', "F", FACTS)                          \
	X(0, 'c', "c", FILTER)                         \
	X(0, 'p', "p", PAIR)                           \
	X(0, ']', "]", NEXT_DISAGREE)                  \
	X(0, '[', "[", PREV_DISAGREE)                  \
	X(0, '\r', "Enter", DETAIL)                    \
	X(0, 'v', "v", QUOTE)                          \
	X(0, 'm', "m", MARKS)                          \
	X(0, 'E', "E", ERRORS)                         \
	X(0, 'a', "a", AGREEMENT)                      \
	X(0, 'd', "d", NAMES)                          \
	X(0, 't', "t", TOUR)                           \
	X(0, 'o', "o", BROWSE)                         \
	X(0, 'e', "e", EXPORT)                         \
	X(0, 'T', "T", THEME)                          \
	X(0, '?', "?", HELP)                           \
	X(1, KEY_F(1), "F1", HELP)                     \
	X(0, 12, "Ctrl-L", REDRAW)                     \
	X(0, 27, "Esc", CLOSE)                         \
	X(0, 'q', "q", QUIT)

#endif
