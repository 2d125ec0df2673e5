/*
 * values_noun.c - the noun phrase a value counts or is of ("47 Republican
 * senators", "61% of caucus-goers"), and the words that end one.  See
 * values.h; values_num.c asks for the phrase after a number.
 *
 * A phrase is a few words after the number, none of them a function word,
 * a reporting verb or a past tense, ending at its head: the first plural
 * or, where a singular may do, the last word before a stop.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/lexicon.h"
#include "analyse/values.h"
#include "analyse/values_scan.h"
#include "base/date.h"
#include "base/text.h"

/* Words that end a noun phrase: function words, titles before names and
 * the commonest irregular past tenses (regular ones end in -ed). */
static const char *const stops[] = {
	"a", "about", "above", "across", "after", "afterwards", "against", "ago", "all", "also",
	"always", "among", "an", "and", "another", "any", "apiece", "are", "around", "as", "at",
	"ate", "away", "back", "be", "became", "because", "been", "before", "began", "being",
	"below", "besides", "between", "both", "bought", "broke", "brought", "built", "but", "by",
	"came", "can", "caught", "chose", "could", "did", "do", "does", "down", "dr", "drew",
	"drove", "during", "each", "earlier", "either", "else", "ever", "every", "fell", "few",
	"fewer", "flew", "for", "found", "from", "gave", "got", "grew", "had", "has", "have",
	"having", "he", "held", "her", "here", "him", "his", "hit", "how", "i", "if", "in",
	"including", "into", "is", "it", "its", "just", "kept", "knew", "last", "later", "least",
	"led", "left", "less", "like", "lost", "made", "may", "me", "meant", "met", "might",
	"more", "most", "mr", "mrs", "ms", "much", "must", "my", "near", "nearly", "neither",
	"nevertheless", "next", "no", "nor", "not", "now", "of", "off", "on", "once", "one",
	"only", "onto", "or", "other", "our", "out", "over", "own", "paid", "past", "per",
	"perhaps", "plus", "put", "ran", "rather", "rose", "said", "same", "sat", "saw", "say",
	"says", "sent", "set", "several", "she", "shot", "should", "since", "so", "sold", "some",
	"sometimes", "spent", "spoke", "stood", "struck", "such", "than", "that", "the", "their",
	"them", "then", "there", "these", "they", "this", "those", "threw", "through", "thus",
	"to", "told", "too", "took", "toward", "towards", "under", "unless", "until", "up",
	"upon", "us", "very", "via", "was", "we", "went", "were", "what", "when", "where",
	"whereas", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
	"within", "without", "won", "wore", "would", "wrote", "yet", "you", "your",
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

bool values_stop_word(const char *w)
{
	return bsearch(&w, stops, N(stops), sizeof stops[0], cmp_str) != NULL;
}

bool values_plural(const char *w)
{
	size_t n = strlen(w);
	if (IN(w, "people", "men", "women", "children", "staff", "police", "personnel",
	       "feet", "crew", "cattle", "aircraft", "youth", "clergy"))
		return true;
	/* fishermen, congressmen, businesswomen */
	if (n >= 6 && (text_same(w + n - 3, "men")))
		return true;
	return n >= 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
	       w[n - 2] != 'i' && w[n - 2] != '\'' && isalpha((unsigned char)w[0]);
}

/* Word i ends in suffix x and is longer than three letters. */
static bool ends(const struct scan *s, size_t i, const char *x)
{
	size_t n = strlen(s->w[i]), l = strlen(x);
	return n > 3 && n > l && strcmp(s->w[i] + n - l, x) == 0;
}

/* A word that may stand in a noun phrase after a number, leaving aside
 * -ly words and, lower case, -ed words (adverbs and verbs, most often). */
static bool np_word(const struct scan *s, size_t i)
{
	if (i >= s->n || !s->t[i].word || s->t[i].num)
		return false;
	const char *w = s->w[i];
	size_t n = strlen(w);
	if (!isalpha((unsigned char)w[0]) || values_stop_word(w) || lex_reporting_verb(s->t, s->n, i))
		return false;
	if (ends(s, i, "ly") || (ends(s, i, "ed") && !s->t[i].cap))
		return false;
	return !date_month_word(w, n, DATE_FULL) && date_weekday_word(w, n, DATE_FULL) < 0;
}

/* Adverbs that tell how or when something was done, not what kind of
 * thing it is: before a participle they make a verb ("the two quickly
 * signed contracts"), never a noun phrase. */
static bool verb_adverb(const char *w)
{
	return IN(w, "quickly", "immediately", "finally", "eventually", "subsequently", "later",
		  "unanimously", "jointly", "quietly", "promptly", "swiftly", "repeatedly",
		  "successfully", "publicly", "privately", "formally", "briefly", "initially");
}

/* An -ly word that leads on inside a noun phrase: to a word of the
 * phrase ("mostly centrist Democrats", "family members") or to a
 * participle that is one ("newly elected senators", "heavily armed men").
 * "five quickly left" has none: "left" is a verb.  Straight before an -s
 * word it leads on only where the phrase must be plural: after "the
 * second", "generally prohibits" is a verb. */
static bool ly_lead(const struct scan *s, size_t i, enum np mode)
{
	if (i >= s->n || !s->t[i].word || s->t[i].num || !ends(s, i, "ly") ||
	    !isalpha((unsigned char)s->w[i][0]) || values_stop_word(s->w[i]) ||
	    lex_reporting_verb(s->t, s->n, i))
		return false;
	if (np_word(s, i + 1))
		return mode == NP_PLURAL || !values_plural(s->w[i + 1]);
	return i + 2 < s->n && !verb_adverb(s->w[i]) && ends(s, i + 1, "ed") &&
	       !s->t[i + 1].cap && np_word(s, i + 2);
}

/* Word i belongs to a noun phrase after a number. */
static bool phrase_word(const struct scan *s, size_t i, enum np mode)
{
	if (np_word(s, i) || ly_lead(s, i, mode))
		return true;
	return i > 0 && i < s->n && ends(s, i, "ed") && !s->t[i].cap && ly_lead(s, i - 1, mode);
}

/* See values_scan.h. */
size_t values_noun_at(const struct scan *s, size_t j, enum np mode, size_t *first)
{
	size_t k = j, end = NONE;
	if (is(s, k, "of")) {
		k++;
		if (IN(W(s, k), "the", "those", "these", "its", "their", "his", "her", "our", "a", "an"))
			k++;
		size_t l = strlen(W(s, k));
		if (l > 4 && text_same(s->w[k] + l - 3, "est"))
			return NONE;   /* "one of the largest": a superlative */
	}
	*first = k;
	/* "a dozen other states", "five more boats": the phrase goes on */
	if (k == j && IN(W(s, k), "other", "more", "additional") && phrase_word(s, k + 1, mode))
		k++;
	for (size_t c = 0; c < 4 && phrase_word(s, k, mode); c++, k++) {
		/* "the $740 billion bill funds the navy": an -s word after
		 * the head and before "the" is the verb */
		if (c > 0 && end != NONE && values_plural(s->w[k]) && !s->t[k].cap &&
		    IN(W(s, k + 1), "the", "a", "an", "its", "their", "his", "her", "our", "this",
		       "these", "those"))
			return end;
		/* "two Acme writers": a name ending in s is no head */
		if (values_plural(s->w[k]) && !(s->t[k].cap && phrase_word(s, k + 1, mode)))
			return mode == NP_ONE ? end : k;
		if (mode != NP_PLURAL && c < 3 && np_word(s, k))
			end = k;
	}
	return end;
}

void values_set_noun(const struct scan *s, struct value *v, size_t j, enum np mode)
{
	size_t f, l = values_noun_at(s, j, mode, &f);
	if (l == NONE)
		return;
	v->noun_first = f, v->noun_last = l, v->head = s->w[l];
	v->last = l;
}
