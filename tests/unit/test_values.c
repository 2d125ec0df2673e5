/* Unit tests: typed values of one sentence, their comparison and their
 * normalized form (values.c).  Sentences are invented. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "analyse/lexicon.h"
#include "analyse/values.h"
#include "base/date.h"

static struct arena ar;
static struct tokens tk;
static const char *text;

/* The values of sentence s, the report dated day (NAN: none). */
static struct values find(const char *s, double day)
{
	struct values out = { 0 };
	size_t cap = 0;
	text = s;
	assert_int_equal(tokens_split(s, 0, (uint32_t)strlen(s), &ar, &tk), ND_E_OK);
	assert_int_equal(values_find(s, &tk, day, &ar, &out, &cap), ND_E_OK);
	return out;
}

static double ymd(long y, unsigned m, unsigned d)
{
	return (double)date_days_from_civil(y, m, d);
}

/* The report day of most tests: Thursday 8 November 2029. */
#define DAY ymd(2029, 11, 8)

/* The only value of s. */
static struct value one(const char *s, double day)
{
	struct values vs = find(s, day);
	if (vs.n != 1)
		fail_msg("%zu values in \"%s\"", vs.n, s);
	return vs.v[0];
}

static const char *norm_of(const char *s, double day);

/* Text of tokens a..b of the last sentence. */
static const char *span(size_t a, size_t b)
{
	if (a == SIZE_MAX)
		return "";
	return arena_strndup(&ar, text + tk.t[a].start, tk.t[b].end - tk.t[a].start);
}

static const char *written(const struct value *v)
{
	return span(v->first, v->last);
}

static const char *noun(const struct value *v)
{
	return span(v->noun_first, v->noun_last);
}

static const char *norm(const struct value *v)
{
	return value_normalized(v, &ar);
}

static void check(const char *s, enum value_type type, enum value_qual qual, const char *normalized,
		  const char *as_written, const char *noun_phrase)
{
	struct value v = one(s, DAY);
	if (v.type != type || v.qual != qual || strcmp(norm(&v), normalized) != 0 ||
	    strcmp(written(&v), as_written) != 0 || strcmp(noun(&v), noun_phrase) != 0)
		fail_msg("\"%s\": %s %s \"%s\" [%s] noun [%s]", s, value_type_name(v.type),
			 value_qual_label(v.qual), norm(&v), written(&v), noun(&v));
}

#define X VQUAL_EXACT

static void counts(void **state)
{
	check("The filing ran to 15 pages.", VALUE_COUNT, X, "15", "15 pages", "pages");
	check("Inspectors visited five locations.", VALUE_COUNT, X, "5", "five locations", "locations");
	/* counted in dozens: a round number, about that many */
	check("She faced four dozen questions.", VALUE_COUNT, VQUAL_ABOUT, "48", "four dozen questions",
	      "questions");
	check("The plan covers 1.8 million people.", VALUE_COUNT, X, "1800000", "1.8 million people",
	      "people");
	check("He wrote to 47 Republican senators on it.", VALUE_COUNT, X, "47",
	      "47 Republican senators", "Republican senators");
	check("Three of the journalists left.", VALUE_COUNT, X, "3", "Three of the journalists",
	      "journalists");
	check("The vessel carried a dozen crew.", VALUE_COUNT, VQUAL_ABOUT, "12", "a dozen crew",
	      "crew");
	check("Twenty-five students signed.", VALUE_COUNT, X, "25", "Twenty-five students", "students");
	check("Only one person objected.", VALUE_COUNT, X, "1", "Only one person", "person");
	struct value v = one("The total reached 340.", DAY);
	assert_int_equal(v.type, VALUE_COUNT);
	assert_true(v.noun_first == SIZE_MAX && v.head == NULL);
	v = one("The council named 12 new trustees on it.", NAN);
	assert_string_equal(v.head, "trustees");
	/* a number word must count something */
	assert_int_equal(find("One said the one that won was theirs.", DAY).n, 0);
	assert_int_equal(find("One of the largest rivers flooded.", DAY).n, 0);
	assert_int_equal(find("At one point the talks stalled.", DAY).n, 0);
	assert_int_equal(find("It was one of the talks.", DAY).n, 0);
	assert_int_equal(find("He sometimes had one chance sometimes.", DAY).n, 1);
	check("It named two Hollins reporters.", VALUE_COUNT, X, "2", "two Hollins reporters",
	      "Hollins reporters");
	/* words that end the noun phrase: verbs, prepositions */
	check("Nine inspectors arrived in town.", VALUE_COUNT, X, "9", "Nine inspectors", "inspectors");
	/* "other", "more" go on to the noun */
	check("More than a dozen other states passed bills.", VALUE_COUNT, VQUAL_MORE_THAN, "12",
	      "More than a dozen other states", "other states");
	check("Five more boats came in.", VALUE_COUNT, X, "5", "Five more boats", "more boats");
	/* "the two nations": named before, not counted here */
	assert_int_equal(find("The two nations agreed to talk.", DAY).n, 0);
	check("The 15 pages were released.", VALUE_COUNT, X, "15", "15 pages", "pages");
	/* "their 2015 rates": a year before a noun */
	struct value y = one("Insurers set their 2015 rates.", DAY);
	assert_int_equal(y.type, VALUE_YEAR);
	/* plurals in -men */
	check("The storm left 22 fishermen stranded.", VALUE_COUNT, X, "22", "22 fishermen",
	      "fishermen");
}

static void adverbs_in_noun_phrases(void **state)
{
	check("It backed nine mostly centrist Democrats.", VALUE_COUNT, X, "9",
	      "nine mostly centrist Democrats", "mostly centrist Democrats");
	check("Two newly elected senators spoke.", VALUE_COUNT, X, "2", "Two newly elected senators",
	      "newly elected senators");
	check("Three heavily armed men fled.", VALUE_COUNT, X, "3", "Three heavily armed men",
	      "heavily armed men");
	check("Four family members came.", VALUE_COUNT, X, "4", "Four family members",
	      "family members");
	check("It hired 40 largely unpaid interns.", VALUE_COUNT, X, "40", "40 largely unpaid interns",
	      "largely unpaid interns");
	struct value v = one("It backed nine mostly centrist Democrats.", DAY);
	assert_string_equal(v.head, "democrats");
	/* an adverb before a verb keeps the verb out */
	assert_int_equal(find("The five quickly left.", DAY).n, 0);
	assert_int_equal(find("The five quickly ran off.", DAY).n, 0);
	assert_int_equal(find("The two quickly signed contracts.", DAY).n, 0);
	assert_int_equal(find("The three slowly moved on.", DAY).n, 0);
	check("The 12 quickly agreed.", VALUE_COUNT, X, "12", "12", "");
	/* where a singular may end the phrase, an -s word after the adverb is a verb */
	check("The second generally holds.", VALUE_ORDINAL, X, "2nd", "second", "");
	check("It was the third mostly symbolic vote.", VALUE_ORDINAL, X, "3rd",
	      "third mostly symbolic vote", "mostly symbolic vote");
}

static void vague_counts(void **state)
{
	check("Dozens of volunteers came.", VALUE_COUNT, VQUAL_VAGUE, "24..143", "Dozens of volunteers",
	      "volunteers");
	check("Hundreds of thousands of residents fled.", VALUE_COUNT, VQUAL_VAGUE, "200000..999000",
	      "Hundreds of thousands of residents", "residents");
	check("It cost millions of dollars.", VALUE_MONEY, VQUAL_VAGUE, "usd 2000000..9990000",
	      "millions of dollars", "");
	check("Several hundred marchers came.", VALUE_COUNT, VQUAL_VAGUE, "200..999",
	      "Several hundred marchers", "marchers");
	check("A few dozen marchers came.", VALUE_COUNT, VQUAL_VAGUE, "24..143", "A few dozen marchers",
	      "marchers");
	/* "several", "a few", "a number of" before a plural noun: a vague
	 * count from two up; "many" alone: no value */
	check("Several families on the lane left.", VALUE_COUNT, VQUAL_VAGUE, "2..1000000000",
	      "Several families", "families");
	check("A number of states banned it.", VALUE_COUNT, VQUAL_VAGUE, "2..1000000000",
	      "A number of states", "states");
	assert_int_equal(find("Many others waited.", DAY).n, 0);
}

static void money(void **state)
{
	check("The grant was $2.5 million.", VALUE_MONEY, X, "usd 2500000", "$2.5 million", "");
	check("It lost $1.8bn last quarter.", VALUE_MONEY, X, "usd 1800000000", "$1.8bn", "");
	check("Each ticket costs US$3 here.", VALUE_MONEY, X, "usd 3", "US$3", "");
	check("The fine was £400.", VALUE_MONEY, X, "gbp 400", "£400", "");
	check("They raised €5m.", VALUE_MONEY, X, "eur 5000000", "€5m", "");
	check("They paid 2 million dollars.", VALUE_MONEY, X, "usd 2000000", "2 million dollars", "");
	check("The fund holds 5 billion euros.", VALUE_MONEY, X, "eur 5000000000", "5 billion euros", "");
	/* dollars of a country named after the number, with or without "$" */
	check("The port will cost 4 million Canadian dollars.", VALUE_MONEY, X, "cad 4000000",
	      "4 million Canadian dollars", "");
	check("It cost $1.3bn Canadian dollars in all.", VALUE_MONEY, X, "cad 1300000000",
	      "$1.3bn Canadian dollars", "");
	check("They paid 3 million US dollars.", VALUE_MONEY, X, "usd 3000000", "3 million US dollars",
	      "");
	check("Farmers got $10,000 grants.", VALUE_MONEY, X, "usd 10000", "$10,000 grants", "grants");
	/* an -s word after the head and before "the" is the verb */
	check("The $740 billion bill funds the navy.", VALUE_MONEY, X, "usd 740000000000",
	      "$740 billion bill", "bill");
	check("The town set a $3 million budget.", VALUE_MONEY, X, "usd 3000000", "$3 million budget",
	      "budget");
	check("Workers earn $15 an hour.", VALUE_MONEY, X, "usd 15", "$15 an hour", "");
	check("A coffee cost 50 cents.", VALUE_MONEY, X, "usd 0.5", "50 cents", "");
	/* "5m" with no currency: metres or millions?  No value. */
	assert_int_equal(find("The wall is 5m high.", DAY).n, 0);
}

static void percentages(void **state)
{
	check("Prices rose 12%.", VALUE_PERCENT, X, "12%", "12%", "");
	check("Prices rose 12 percent.", VALUE_PERCENT, X, "12%", "12 percent", "");
	check("Prices rose 12.5 per cent.", VALUE_PERCENT, X, "12.5%", "12.5 per cent", "");
	check("It ordered a 1.9 percent cut.", VALUE_PERCENT, X, "1.9%", "1.9 percent cut", "cut");
	check("She won 61% of caucus-goers.", VALUE_PERCENT, X, "61%", "61% of caucus-goers",
	      "caucus-goers");
	check("Support fell 3 percentage points.", VALUE_PERCENT, X, "3 point", "3 percentage points",
	      "");
	check("Rates rose 25 basis points.", VALUE_PERCENT, X, "25 bp", "25 basis points", "");
}

/* "six in 10 voters", "one in five", "three out of four": shares. */
static void shares_in_words(void **state)
{
	check("Nearly six in 10 voters stayed home.", VALUE_PERCENT, VQUAL_NEARLY, "60%",
	      "Nearly six in 10 voters", "voters");
	check("One in five ferries was late.", VALUE_PERCENT, X, "20%", "One in five ferries",
	      "ferries");
	check("Three out of four pilots agreed.", VALUE_PERCENT, X, "75%", "Three out of four pilots",
	      "pilots");
	/* not a share: "in" a year, or more than the whole */
	struct values y = find("He won 3 races in 2015.", DAY);
	assert_int_equal(y.n, 2);
	assert_int_equal(y.v[0].type, VALUE_COUNT);
	struct values z = find("Twelve in 10 ferries sank.", DAY);
	for (size_t i = 0; i < z.n; i++)
		assert_int_not_equal(z.v[i].type, VALUE_PERCENT);
}

static void measures(void **state)
{
	check("The pipe runs 1,179 miles.", VALUE_MEASURE, X, "1179 mile", "1,179 miles", "");
	check("The car gets 54.5 mpg.", VALUE_MEASURE, X, "54.5 mpg", "54.5 mpg", "");
	check("The car gets 40.4 miles per gallon.", VALUE_MEASURE, X, "40.4 mpg",
	      "40.4 miles per gallon", "");
	check("The field pumps 830,000 barrels a day.", VALUE_MEASURE, X, "830000 barrel",
	      "830,000 barrels a day", "");
	check("The fire burned 12 square miles.", VALUE_MEASURE, X, "12 sq mile", "12 square miles", "");
	check("They bought 300 acres of farmland.", VALUE_MEASURE, X, "300 acre",
	      "300 acres of farmland", "farmland");
	check("The truck carried 20 tons.", VALUE_MEASURE, X, "20 ton", "20 tons", "");
	/* pounds by the million are money, unless of something or weighed */
	struct value p = one("The retailer reported a loss of 96 million pounds.", DAY);
	assert_int_equal(p.type, VALUE_MONEY);
	assert_string_equal(p.unit, "gbp");
	assert_int_equal(one("The plant recalled 2 million pounds of beef.", DAY).type, VALUE_MEASURE);
	assert_int_equal(one("The rocket weighs 1.2 million pounds.", DAY).type, VALUE_MEASURE);
	assert_int_equal(one("The truck carried 400 pounds.", DAY).type, VALUE_MEASURE);
	/* with no word of money before them, a weight */
	assert_int_equal(one("The company recalled about 2.5 million pounds.", DAY).type,
			 VALUE_MEASURE);
	assert_int_equal(one("Fishermen landed 40 million pounds this season.", DAY).type,
			 VALUE_MEASURE);
	check("The wall is 40 feet high.", VALUE_MEASURE, X, "40 foot", "40 feet", "");
	check("They built a 40-mile fence.", VALUE_MEASURE, X, "40 mile", "40-mile", "");
	check("The route is 12 km.", VALUE_MEASURE, X, "12 km", "12 km", "");
}

static void ages(void **state)
{
	check("Ann Quill, 73, said no.", VALUE_AGE, X, "73 year", "73", "");
	check("A 73-year-old man was hurt.", VALUE_AGE, X, "73 year", "73-year-old", "");
	check("A man aged 73 was hurt.", VALUE_AGE, X, "73 year", "73", "");
	check("The man is 73 years old.", VALUE_AGE, X, "73 year", "73 years old", "");
	check("A six-month-old lamb was found.", VALUE_AGE, X, "6 month", "six-month-old", "");
	/* a number between commas after a place is a count, not an age */
	check("In Dunmore, 300 people marched.", VALUE_COUNT, X, "300", "300 people", "people");
}

static void durations(void **state)
{
	check("The talks lasted six weeks.", VALUE_DURATION, X, "6 week", "six weeks", "");
	check("She served for a year.", VALUE_DURATION, X, "1 year", "a year", "");
	check("He won a two-year term.", VALUE_DURATION, X, "2 year", "two-year", "");
	check("It ran over six weeks.", VALUE_DURATION, X, "6 week", "six weeks", "");
	check("It took nearly a decade.", VALUE_DURATION, VQUAL_NEARLY, "1 decade", "nearly a decade", "");
	check("It took 36 hours.", VALUE_DURATION, X, "36 hour", "36 hours", "");
	/* "a year" needs a preposition or a qualifier before it */
	assert_int_equal(find("They meet once a year.", DAY).n, 0);
}

static void ordinals(void **state)
{
	check("It was his third attempt.", VALUE_ORDINAL, X, "3rd", "third attempt", "attempt");
	check("The club won the 12th title.", VALUE_ORDINAL, X, "12th", "12th title", "title");
	check("It was the fourth consecutive win.", VALUE_ORDINAL, X, "4th", "fourth consecutive win",
	      "consecutive win");
	check("This is her second veto.", VALUE_ORDINAL, X, "2nd", "second veto", "veto");
	check("The twenty-first meeting began.", VALUE_ORDINAL, X, "21st", "twenty-first meeting",
	      "meeting");
	struct value v = one("It was her second consecutive loss.", DAY);
	assert_string_equal(v.head, "loss");
	/* names: "the Second Amendment", "the 14th Amendment" */
	assert_int_equal(find("They cited the Second Amendment and the 14th Amendment.", DAY).n, 0);
	/* "its first 10 years": the ordinal is of the count after it */
	check("Its first 10 years were hard.", VALUE_DURATION, X, "10 year", "10 years", "");
	assert_int_equal(find("In the first two weeks it lost money.", DAY).n, 1);
	/* no determiner: "first" and "second" are adverbs */
	assert_int_equal(find("It first appeared here.", DAY).n, 0);
}

static void tallies(void **state)
{
	check("The chamber voted 52-48 to pass it.", VALUE_TALLY, X, "52-48", "52-48", "");
	check("It passed in a 62-36 vote.", VALUE_TALLY, X, "62-36", "62-36", "");
	check("It passed by a vote of 62 to 36.", VALUE_TALLY, X, "62-36", "62 to 36", "");
	check("The board voted 5-2 against.", VALUE_TALLY, X, "5-2", "5-2", "");
	check("It passed 36 votes to 62 overall.", VALUE_TALLY, X, "62-36", "36 votes to 62", "");
	struct value v = one("The chamber voted 48-52.", DAY);
	assert_true(v.lo == 52 && v.hi == 48);
	/* a score, a year span and a phone number are not tallies */
	assert_int_equal(find("They won 3-1 at home.", DAY).n, 0);
	check("The plan ran in 2015-2016.", VALUE_YEAR, X, "2015..2016", "2015-2016", "");
	assert_int_equal(find("Call 555-0100 now.", DAY).n, 0);
}

static void tallies_after_was(void **state)
{
	check("In the end the vote was 62 to 36.", VALUE_TALLY, X, "62-36", "62 to 36", "");
	check("The final tally was 251-174.", VALUE_TALLY, X, "251-174", "251-174", "");
	check("The vote was 8-1.", VALUE_TALLY, X, "8-1", "8-1", "");
	check("The margin was 30 to 45 against.", VALUE_TALLY, X, "45-30", "30 to 45", "");
	check("The count stood at 12-9 and the tally stood at 14-7.", VALUE_TALLY, X, "14-7",
	      "14-7", "");
	struct value v = one("The tally is 3-5.", DAY);
	assert_true(v.type == VALUE_TALLY && v.lo == 5 && v.hi == 3);
	/* a range of points is no tally; nor a score with no vote */
	check("The margin was 5 to 10 percent.", VALUE_PERCENT, X, "5..10%", "5 to 10 percent", "");
	check("The margin was 5-10 percent.", VALUE_PERCENT, X, "5..10%", "5-10 percent", "");
	assert_int_equal(find("The score was 3-1.", DAY).n, 0);
	/* words of the vote's own between the noun and "was" */
	struct values vs = find("The Senate vote last month was 54-46.", DAY);
	assert_int_equal(vs.n, 2);
	assert_int_equal(vs.v[1].type, VALUE_TALLY);
	assert_string_equal(written(&vs.v[1]), "54-46");
	check("The vote in committee was 8 to 1.", VALUE_TALLY, X, "8-1", "8 to 1", "");
	/* but not across a mark or a number */
	assert_int_equal(find("After the vote, the score was 3-1.", DAY).n, 0);
	/* the sentence ends before the second number */
	assert_int_equal(find("The vote was 7 to", DAY).n, 1);
	assert_int_equal(find("It passed by 7 to", DAY).n, 1);
}

static void years(void **state)
{
	check("It opened in 2012.", VALUE_YEAR, X, "2012", "2012", "");
	/* a year between a name and its noun after "the" is a year, and the
	 * thing it names is its noun */
	check("The board said the Olsund 2012 rule was strict.", VALUE_YEAR, X, "2012", "2012", "rule");
	check("It cited its 2019 harbour report.", VALUE_YEAR, X, "2019", "2019", "harbour report");
	check("It was dry in 2015 too.", VALUE_YEAR, X, "2015", "2015", "");
	check("2015 was a dry year.", VALUE_YEAR, X, "2015", "2015", "");
	check("Prices fell in the 1990s.", VALUE_YEAR, X, "1990..1999", "1990s", "");
	check("Prices fell in the mid-1990s.", VALUE_YEAR, X, "1990..1999", "mid-1990s", "");
	check("The budget for fiscal 2015 passed.", VALUE_YEAR, X, "2015", "2015", "");
	check("It ran in 2015-16 only.", VALUE_YEAR, X, "2015..2016", "2015-16", "");
	check("It grew between 2010 and 2015.", VALUE_YEAR, X, "2010..2015", "between 2010 and 2015", "");
	check("Residents between the period of 1919 and 1969 qualify.", VALUE_YEAR, X, "1919..1969",
	      "between the period of 1919 and 1969", "");
	check("It grew between the years 1990 and 1995.", VALUE_YEAR, X, "1990..1995",
	      "between the years 1990 and 1995", "");
	check("The 2014 Elections ended.", VALUE_YEAR, X, "2014", "2014", "");
	/* a year-like number that counts something */
	check("They hired 2000 workers.", VALUE_COUNT, X, "2000", "2000 workers", "workers");
}

static void dates(void **state)
{
	check("Polls opened on Nov. 6.", VALUE_DATE, X, "2029-11-06", "Nov. 6", "");
	check("Polls opened on November 6, 2012.", VALUE_DATE, X, "2012-11-06", "November 6, 2012", "");
	check("Polls opened on 6 November 2012.", VALUE_DATE, X, "2012-11-06", "6 November 2012", "");
	check("Polls opened on Nov. 6th.", VALUE_DATE, X, "2029-11-06", "Nov. 6th", "");
	check("It opened in March 2018.", VALUE_DATE, X, "2018-03", "March 2018", "");
	check("It opened Tuesday, Nov. 6, 2012.", VALUE_DATE, X, "2012-11-06",
	      "Tuesday, Nov. 6, 2012", "");
	/* "Nov. 6" nearest the report: a date in January reads it as last year */
	struct value v = one("Polls opened on Nov. 6.", ymd(2030, 1, 10));
	assert_true(v.lo == ymd(2029, 11, 6) && v.prec == DPREC_DAY);
	/* a month alone: the one nearest the report day */
	v = one("It opened in March.", ymd(2029, 5, 1));
	assert_true(v.lo == ymd(2029, 3, 1) && v.prec == DPREC_MONTH);
	v = one("It opens in January.", ymd(2029, 11, 20));
	assert_true(v.lo == ymd(2030, 1, 1));
	/* no report date: what has no year cannot be placed */
	v = one("Polls opened on Nov. 6.", NAN);
	assert_true(isnan(v.lo) && v.prec == DPREC_DAY);
	assert_string_equal(norm(&v), "11-06");
	v = one("Polls opened on November 6, 2012.", NAN);
	assert_true(v.lo == ymd(2012, 11, 6));
	/* "May" the name is no month */
	assert_int_equal(find("Officials told Jo May about it.", DAY).n, 0);
}

static void relative_dates(void **state)
{
	/* the report day, 2029-11-08, is a Thursday */
	check("It happened on Tuesday.", VALUE_DATE, X, "2029-11-06", "Tuesday", "");
	check("It happened on Thursday.", VALUE_DATE, X, "2029-11-08", "Thursday", "");
	check("It happened last Thursday.", VALUE_DATE, X, "2029-11-01", "last Thursday", "");
	check("It happens next Tuesday.", VALUE_DATE, X, "2029-11-13", "next Tuesday", "");
	check("It happened yesterday.", VALUE_DATE, X, "2029-11-07", "yesterday", "");
	check("It happens today.", VALUE_DATE, X, "2029-11-08", "today", "");
	check("It happens tomorrow.", VALUE_DATE, X, "2029-11-09", "tomorrow", "");
	check("It happened last night.", VALUE_DATE, X, "2029-11-07", "last night", "");
	/* weeks: Monday to Sunday, a range of days */
	/* what is to come: the next such day */
	check("A vote is set for Tuesday.", VALUE_DATE, X, "2029-11-13", "Tuesday", "");
	check("The leader sets a vote for Tuesday.", VALUE_DATE, X, "2029-11-13", "Tuesday", "");
	check("On Tuesday, the council will vote.", VALUE_DATE, X, "2029-11-13", "Tuesday", "");
	check("The two will meet on Saturday in the week ahead.", VALUE_DATE, X, "2029-11-10",
	      "Saturday", "");
	check("Officials are preparing to release the report on Tuesday.", VALUE_DATE, X,
	      "2029-11-13", "Tuesday", "");
	check("The report coming up on Tuesday is the last.", VALUE_DATE, X, "2029-11-13", "Tuesday",
	      "");
	check("The council voted on Tuesday, and will meet again.", VALUE_DATE, X, "2029-11-06",
	      "Tuesday", "");
	/* a day a report was made or a thing said is gone, whatever it
	 * reports is to come */
	check("The paper reported Tuesday that the office is preparing charges.", VALUE_DATE, X,
	      "2029-11-06", "Tuesday", "");
	check("Aides said Tuesday afternoon that officials will bring charges.", VALUE_DATE, X,
	      "2029-11-06", "Tuesday", "");
	check("It happened last week.", VALUE_DATE, X, "2029-10-29..2029-11-04", "last week", "");
	check("It happens this week.", VALUE_DATE, X, "2029-11-05..2029-11-11", "this week", "");
	check("It happened last month.", VALUE_DATE, X, "2029-10", "last month", "");
	check("It happens next month.", VALUE_DATE, X, "2029-12", "next month", "");
	check("It happened last year.", VALUE_YEAR, X, "2028", "last year", "");
	/* "ago": a day before the report's, not a span of time */
	check("It happened three days ago.", VALUE_DATE, X, "2029-11-05", "three days ago", "");
	check("It happened two weeks ago.", VALUE_DATE, X, "2029-10-22..2029-10-28",
	      "two weeks ago", "");
	check("It happened 14 months ago.", VALUE_DATE, X, "2028-09", "14 months ago", "");
	check("It happened five years ago.", VALUE_YEAR, X, "2024", "five years ago", "");
	check("It ran for two weeks.", VALUE_DURATION, X, "2 week", "two weeks", "");
	assert_string_equal(norm_of("It happened two weeks ago.", NAN), "rel:week-2");
	struct value v = one("It happened on Tuesday.", NAN);
	assert_true(isnan(v.lo) && v.type == VALUE_DATE && v.prec == DPREC_DAY);
	/* no report date: the coming Tuesday is "next Tuesday" all the same */
	assert_string_equal(norm_of("It happened on Tuesday.", NAN), "weekday:2");
	assert_string_equal(norm_of("The two will meet on Tuesday.", NAN), "next weekday:2");
	assert_string_equal(norm_of("The two meet next Tuesday.", NAN), "next weekday:2");
	v = one("It happened last month.", ymd(2030, 1, 15));
	assert_true(v.lo == ymd(2029, 12, 1) && v.prec == DPREC_MONTH);
	/* "the last year" is a span, not last year; "Super Tuesday" a name */
	assert_int_equal(find("Over the last year it grew.", DAY).n, 0);
	assert_int_equal(find("It was Super Tuesday.", DAY).n, 0);
}

/* The only value of s, for the report dated day: its normalized form. */
static const char *norm_of(const char *s, double day)
{
	struct value v = one(s, day);
	return norm(&v);
}

static void parts_of_months(void **state)
{
	double mar = ymd(2029, 3, 1);
	struct value v = one("They meet in May or early June.", mar);
	assert_true(v.type == VALUE_DATE && v.prec == DPREC_DAY);
	assert_true(v.lo == ymd(2029, 5, 1) && v.hi == ymd(2029, 6, 10));
	assert_string_equal(written(&v), "May or early June");
	assert_string_equal(norm_of("They meet in early June.", mar), "2029-06-01..2029-06-10");
	assert_string_equal(norm_of("They meet in mid-June.", mar), "2029-06-11..2029-06-20");
	assert_string_equal(norm_of("They meet in mid June.", mar), "2029-06-11..2029-06-20");
	assert_string_equal(norm_of("They meet in late June.", mar), "2029-06-21..2029-06-30");
	assert_string_equal(norm_of("They meet in late February.", ymd(2028, 1, 5)),
			    "2028-02-21..2028-02-29");
	v = one("It ends by the end of June.", mar);
	assert_string_equal(written(&v), "the end of June");
	assert_string_equal(norm(&v), "2029-06-21..2029-06-30");
	assert_string_equal(norm_of("It starts at the beginning of June.", mar),
			    "2029-06-01..2029-06-10");
	assert_string_equal(norm_of("It ran through early June 2031.", mar), "2031-06-01..2031-06-10");
	assert_string_equal(norm_of("It opens late May to early June.", mar),
			    "2029-05-21..2029-06-10");
	/* whole months: a span of months, prec MONTH */
	v = one("It happens between May and July.", mar);
	assert_true(v.prec == DPREC_MONTH && v.lo == ymd(2029, 5, 1) && v.hi == ymd(2029, 7, 1));
	assert_string_equal(written(&v), "between May and July");
	assert_string_equal(norm(&v), "2029-05..2029-07");
	assert_string_equal(norm_of("It ran between February and December 2027.", mar),
			    "2027-02..2027-12");
	/* across the turn of the year */
	assert_string_equal(norm_of("It opens in late December or early January.", ymd(2029, 11, 1)),
			    "2029-12-21..2030-01-10");
	/* "from May to July" is a change, not a span; "June or May" no span */
	struct values vs = find("It moved from May to July.", mar);
	assert_true(vs.n == 1 && vs.v[0].prec == DPREC_MONTH && vs.v[0].lo == ymd(2029, 5, 1));
	assert_int_equal(find("Jo May or June Lee called.", mar).n, 0);
	/* a span that runs backwards is two dates */
	vs = find("It ran between May 2030 and July 2029.", mar);
	assert_int_equal(vs.n, 2);
	assert_string_equal(written(&vs.v[0]), "May 2030");
	assert_string_equal(norm(&vs.v[1]), "2029-07");
	assert_int_equal(find("The late June Lee called.", mar).n, 0);
	assert_string_equal(norm_of("In November Democrats won.", mar), "2028-11");
	/* a year and a date in it can both be true; a date of another year not */
	struct value y17 = one("It ends in 2017.", mar), j17 = one("It ends in January 2017.", mar);
	struct value m16 = one("It ended in March 2016.", mar);
	assert_true(values_comparable(&y17, &j17));
	assert_true(values_compatible(&y17, &j17));
	assert_true(values_compatible(&j17, &y17));
	assert_false(values_compatible(&y17, &m16));
	/* spans of days */
	v = one("Funds run out between Feb. 15 and March 1.", mar);
	assert_string_equal(written(&v), "between Feb. 15 and March 1");
	assert_string_equal(norm(&v), "2029-02-15..2029-03-01");
	assert_string_equal(norm_of("The forum is on September 19 and 20, 2031.", mar),
			    "2031-09-19..2031-09-20");
	assert_string_equal(norm_of("It runs May 3 through 9.", mar), "2029-05-03..2029-05-09");
	/* two days that do not follow each other, and a change, are two */
	assert_int_equal(find("It met on March 3 and 10.", mar).n, 2);
	assert_int_equal(find("It moved from May 3 to May 9.", mar).n, 2);
}

static void month_spans_compared(void **state)
{
	double mar = ymd(2029, 3, 1);
	/* the days of a span contain a day inside them */
	struct value may = one("They meet in May or early June.", mar);
	struct value d = one("They met on June 5.", mar);
	struct value d2 = one("They met on June 15.", mar);
	struct value jun = one("They met in June.", mar);
	assert_true(values_compatible(&may, &d));
	assert_false(values_compatible(&may, &d2));
	struct value early = one("They meet in early June.", mar);
	assert_true(values_compatible(&may, &early));
	struct value mj = one("It happens between May and July.", mar);
	assert_true(values_compatible(&mj, &d2));
	assert_true(values_compatible(&mj, &jun));
	struct value aug = one("It happened on Aug. 2.", mar);
	assert_false(values_compatible(&mj, &aug));
	/* no report date: nothing placed, the words kept */
	struct value v = one("They meet in May or early June.", NAN);
	assert_true(isnan(v.lo) && v.unit == NULL);
	assert_string_equal(norm(&v), "05-01..06-10");
	assert_string_equal(norm_of("They meet in late June.", NAN), "06-21..06-30");
	assert_string_equal(norm_of("It happens between May and July.", NAN), "month:05..07");
}

static void holidays(void **state)
{
	/* the report day, 2029-11-08, is a Thursday */
	check("They met on Thanksgiving.", VALUE_DATE, X, "2029-11-22", "Thanksgiving", "");
	check("They met on Christmas Eve.", VALUE_DATE, X, "2029-12-24", "Christmas Eve", "");
	check("They met on Christmas Day.", VALUE_DATE, X, "2029-12-25", "Christmas Day", "");
	check("They met at Christmas.", VALUE_DATE, X, "2029-12-25", "Christmas", "");
	check("They met on New Year's Eve.", VALUE_DATE, X, "2029-12-31", "New Year's Eve", "");
	check("They met on New Year's Day.", VALUE_DATE, X, "2030-01-01", "New Year's Day", "");
	check("They met on Halloween.", VALUE_DATE, X, "2029-10-31", "Halloween", "");
	check("They met over Christmas week.", VALUE_DATE, X, "2029-12-24..2029-12-30",
	      "Christmas week", "");
	check("They met over the Christmas weekend.", VALUE_DATE, X, "2029-12-22..2029-12-25",
	      "Christmas weekend", "");
	check("They met over Thanksgiving weekend.", VALUE_DATE, X, "2029-11-22..2029-11-25",
	      "Thanksgiving weekend", "");
	check("They met last Christmas.", VALUE_DATE, X, "2028-12-25", "last Christmas", "");
	check("They met at Christmas 2019.", VALUE_DATE, X, "2019-12-25", "Christmas 2019", "");
	double apr = ymd(2029, 4, 10);
	assert_string_equal(norm_of("They met on Easter.", apr), "2029-04-01");
	assert_string_equal(norm_of("They met on Easter Sunday.", apr), "2029-04-01");
	assert_string_equal(norm_of("They met on Good Friday.", apr), "2029-03-30");
	assert_string_equal(norm_of("They met on Easter Monday.", apr), "2029-04-02");
	assert_string_equal(norm_of("They met over Easter weekend.", apr), "2029-03-30..2029-04-02");
	assert_string_equal(norm_of("They met at Easter 2024.", apr), "2024-03-31");
	assert_string_equal(norm_of("They met at Easter 2025.", apr), "2025-04-20");
	assert_string_equal(norm_of("They met at Easter 2019.", apr), "2019-04-21");
	assert_string_equal(norm_of("They met at Easter 2038.", apr), "2038-04-25");
	double jun = ymd(2029, 6, 20);
	assert_string_equal(norm_of("They met on Memorial Day.", jun), "2029-05-28");
	assert_string_equal(norm_of("They met over Memorial Day weekend.", jun),
			    "2029-05-26..2029-05-28");
	assert_string_equal(norm_of("They meet on Labor Day.", jun), "2029-09-03");
	assert_string_equal(norm_of("They meet on Independence Day.", jun), "2029-07-04");
	assert_string_equal(norm_of("They meet on the Fourth of July.", jun), "2029-07-04");
	/* the nearest one: Christmas seen from February is last year's */
	assert_string_equal(norm_of("They met after Christmas.", ymd(2030, 2, 1)), "2029-12-25");
}

static void holidays_not_dates_and_undated(void **state)
{
	/* a thing named for a holiday is no date */
	static const char *const none[] = {
		"He left for his Christmas getaway.", "They went on Easter Island walks.",
		"They held a Christmas party.", "It's Thanksgiving, he said.",
		"They bought Christmas trees.", "They met during the Lunar New Year.",
		"They met on Easter Island.",
	};
	for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
		if (find(none[i], DAY).n)
			fail_msg("\"%s\": a date", none[i]);
	/* no report date: lo NAN, the holiday's key in unit */
	struct value v = one("They met over Easter weekend.", NAN);
	assert_true(isnan(v.lo) && v.type == VALUE_DATE);
	assert_string_equal(v.unit, "easter");
	assert_string_equal(norm(&v), "holiday:easter weekend");
	v = one("They met on Easter.", NAN);
	assert_string_equal(v.unit, "easter");
	assert_string_equal(norm(&v), "holiday:easter");
	v = one("They met on Christmas Eve.", NAN);
	assert_string_equal(v.unit, "christmas-eve");
	v = one("They met on Thanksgiving Day.", NAN);
	assert_string_equal(v.unit, "thanksgiving");
	assert_false(values_comparable(&v, &v));
	/* placed, a holiday has no unit */
	v = one("They met on Easter.", ymd(2029, 4, 10));
	assert_null(v.unit);
}

static void undated_normalized(void **state)
{
	/* the same date however written normalises the same */
	assert_string_equal(norm_of("It opened on June 13.", NAN), "06-13");
	assert_string_equal(norm_of("It opened on 13 June.", NAN), "06-13");
	assert_string_equal(norm_of("It opened on the 13th of June.", NAN), "06-13");
	assert_string_equal(norm_of("It opened in June.", NAN), "month:06");
	assert_string_equal(norm_of("It opened on Tuesday.", NAN), "weekday:2");
	assert_string_equal(norm_of("It opened on Wednesday.", NAN), "weekday:3");
	assert_string_equal(norm_of("It opened on Sunday.", NAN), "weekday:7");
	assert_string_equal(norm_of("It opened last Tuesday.", NAN), "last weekday:2");
	assert_string_equal(norm_of("It opens next Tuesday.", NAN), "next weekday:2");
	assert_string_equal(norm_of("It opened yesterday.", NAN), "rel:day-1");
	assert_string_equal(norm_of("It opens today.", NAN), "rel:day+0");
	assert_string_equal(norm_of("It opened last week.", NAN), "rel:week-1");
	assert_string_equal(norm_of("It opens next month.", NAN), "rel:month+1");
	assert_string_equal(norm_of("It opened last year.", NAN), "rel:year-1");
	/* "January last year" is not this January */
	assert_string_equal(norm_of("It was invited in January last year.", NAN),
			    "last year month:01");
	assert_string_equal(norm_of("It opened on June 13 last year.", NAN), "last year 06-13");
	assert_string_equal(norm_of("It was invited in January last year.", DAY), "2028-01");
	/* a year written is placed even so */
	assert_string_equal(norm_of("It opened on June 13, 2027.", NAN), "2027-06-13");
}

/* Places an event happens in: after a preposition of place, from the
 * lexicon's countries, states and big cities; not names that go on, not
 * a place describing a noun, not a country's adjective. */
static void places(void **state)
{
	check("The ferry sank off the coast near Portugal.", VALUE_PLACE, X,
	      "place:Portugal", "Portugal", "");
	check("The talks were held in Pittsburgh, officials said.", VALUE_PLACE, X,
	      "place:Pittsburgh", "Pittsburgh", "");
	check("The plane flew to the United Kingdom.", VALUE_PLACE, X,
	      "place:United Kingdom", "United Kingdom", "");
	check("The talks moved to New York.", VALUE_PLACE, X, "place:New York",
	      "New York", "");
	assert_int_equal(find("He withdrew from Paris climate talks.", DAY).n, 0);
	/* where something comes from is not where it happens */
	assert_int_equal(find("Donations may come from Australia.", DAY).n, 0);
	assert_int_equal(find("She works in Texas Instruments offices.", DAY).n, 0);
	assert_int_equal(find("He spoke in French to them.", DAY).n, 0);
	assert_int_equal(find("The report appeared in The New York Times.", DAY).n, 0);
	struct value a = one("The talks were held in Pittsburgh, officials said.", DAY);
	struct value b = one("The talks were held in Philadelphia, officials said.", DAY);
	assert_true(values_comparable(&a, &b));
	assert_false(values_compatible(&a, &b));
	assert_true(values_compatible(&a, &a));
	/* a city and the state it is in can both be true; another state not */
	struct value pa = one("The talks were held in Pennsylvania, officials said.", DAY);
	struct value oh = one("The talks were held in Ohio, officials said.", DAY);
	assert_true(values_compatible(&a, &pa));
	assert_true(values_compatible(&pa, &a));
	assert_false(values_compatible(&a, &oh));
}

static void times(void **state)
{
	check("It began at 3 p.m. sharp.", VALUE_TIME, X, "15:00", "3 p.m.", "");
	check("It began at 10:30 a.m.", VALUE_TIME, X, "10:30", "10:30 a.m.", "");
	check("It began at 3pm.", VALUE_TIME, X, "15:00", "3pm", "");
	check("It began at noon.", VALUE_TIME, X, "12:00", "noon", "");
	check("It began at midnight.", VALUE_TIME, X, "00:00", "midnight", "");
	check("It began at 12 a.m.", VALUE_TIME, X, "00:00", "12 a.m.", "");
	check("It began at 21:45.", VALUE_TIME, X, "21:45", "21:45", "");
	assert_int_equal(find("The odds were 3:1 against.", DAY).n, 0);
}

static void qualifiers(void **state)
{
	check("About 150 came.", VALUE_COUNT, VQUAL_ABOUT, "150", "About 150", "");
	check("Some 40 people came.", VALUE_COUNT, VQUAL_ABOUT, "40", "Some 40 people", "people");
	check("Roughly 30 people came.", VALUE_COUNT, VQUAL_ABOUT, "30", "Roughly 30 people", "people");
	check("Nearly 50 people came.", VALUE_COUNT, VQUAL_NEARLY, "50", "Nearly 50 people", "people");
	check("Almost 60 people came.", VALUE_COUNT, VQUAL_NEARLY, "60", "Almost 60 people", "people");
	check("More than 70 people came.", VALUE_COUNT, VQUAL_MORE_THAN, "70", "More than 70 people",
	      "people");
	check("Over 80 people came.", VALUE_COUNT, VQUAL_MORE_THAN, "80", "Over 80 people", "people");
	check("At least 4 people came.", VALUE_COUNT, VQUAL_AT_LEAST, "4", "At least 4 people", "people");
	check("At most 5 people came.", VALUE_COUNT, VQUAL_AT_MOST, "5", "At most 5 people", "people");
	check("Up to 6 people came.", VALUE_COUNT, VQUAL_AT_MOST, "6", "Up to 6 people", "people");
	check("As many as 6 people came.", VALUE_COUNT, VQUAL_AT_MOST, "6", "As many as 6 people",
	      "people");
	/* "twice as many as 6": the 6 is multiplied, no amount of its own */
	struct values tw = find("Twice as many as 6 people came.", DAY);
	for (size_t i = 0; i < tw.n; i++)
		assert_int_not_equal(tw.v[i].type, VALUE_COUNT);
	check("Fewer than 7 people came.", VALUE_COUNT, VQUAL_LESS_THAN, "7", "Fewer than 7 people",
	      "people");
	check("Under 9 people came.", VALUE_COUNT, VQUAL_LESS_THAN, "9", "Under 9 people", "people");
	check("Just over 10 people came.", VALUE_COUNT, VQUAL_MORE_THAN, "10", "Just over 10 people",
	      "people");
	check("Just under 11 people came.", VALUE_COUNT, VQUAL_LESS_THAN, "11", "Just under 11 people",
	      "people");
	check("It took 50 people or more.", VALUE_COUNT, VQUAL_AT_LEAST, "50", "50 people or more",
	      "people");
	check("It took 50 or more people.", VALUE_COUNT, VQUAL_AT_LEAST, "50", "50 or more people",
	      "people");
	check("It took 50-plus volunteers.", VALUE_COUNT, VQUAL_AT_LEAST, "50", "50-plus volunteers",
	      "volunteers");
	check("It cost about $5 million.", VALUE_MONEY, VQUAL_ABOUT, "usd 5000000", "about $5 million",
	      "");
}

static void ranges(void **state)
{
	check("Between 10 and 12 people came.", VALUE_COUNT, X, "10..12", "Between 10 and 12 people",
	      "people");
	check("It took 10 to 12 people.", VALUE_COUNT, X, "10..12", "10 to 12 people", "people");
	check("It took 10-12 people.", VALUE_COUNT, X, "10..12", "10-12 people", "people");
	check("It took 10 or 11 days.", VALUE_DURATION, X, "10..11 day", "10 or 11 days", "");
	check("It took one or two people.", VALUE_COUNT, X, "1..2", "one or two people", "people");
	check("It took 2 to 3 million people.", VALUE_COUNT, X, "2000000..3000000",
	      "2 to 3 million people", "people");
	check("It cost $2 million to $3 million.", VALUE_MONEY, X, "usd 2000000..3000000",
	      "$2 million to $3 million", "");
	/* "from 10 to 12" is a change: two values */
	struct values vs = find("Staff rose from 10 to 12.", DAY);
	assert_int_equal(vs.n, 2);
	assert_true(vs.v[0].lo == 10 && vs.v[1].lo == 12);
}

static void not_values(void **state)
{
	static const char *const none[] = {
		"The Boeing 737 jets flew.", "They drove Route 66 twice.",
		"It falls under Section 230 rules.", "After COVID-19 it changed.",
		"The G7 met.", "The F-35 flew.", "Title IX applies.", "After 9/11 it changed.",
		"Call (202) 555-0199 today please.", "Windows 10 users complained.",
		"It ranked No. 1 again.", "It ranked #2 again.", "Version 2.0.1 shipped.",
		"1. The opening item",
	};
	for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
		struct values vs = find(none[i], NAN);
		for (size_t k = 0; k < vs.n; k++)
			if (vs.v[k].type != VALUE_DATE)
				fail_msg("\"%s\": %s \"%s\"", none[i], value_type_name(vs.v[k].type),
					 written(&vs.v[k]));
	}
}

static void many_in_order(void **state)
{
	struct values vs = find("On Nov. 6, about 1,200 of 3,000 voters, or 40%, paid $5 each "
				"after a 52-48 vote.", DAY);
	enum value_type want[] = { VALUE_DATE, VALUE_COUNT, VALUE_COUNT, VALUE_PERCENT,
				   VALUE_MONEY, VALUE_TALLY };
	assert_int_equal(vs.n, 6);
	for (size_t i = 0; i < vs.n; i++) {
		assert_int_equal(vs.v[i].type, want[i]);
		assert_true(vs.v[i].first <= vs.v[i].last);
		if (i)
			assert_true(vs.v[i].first > vs.v[i - 1].last);
	}
	assert_int_equal(vs.v[1].qual, VQUAL_ABOUT);
	assert_string_equal(vs.v[2].head, "voters");
	/* values append to what out holds */
	struct values out = { 0 };
	size_t cap = 0;
	for (int r = 0; r < 20; r++)
		assert_int_equal(values_find(text, &tk, DAY, &ar, &out, &cap), ND_E_OK);
	assert_int_equal(out.n, 120);
	assert_int_equal(out.v[119].type, VALUE_TALLY);
}

static struct value mk(enum value_type t, enum value_qual q, double lo, double hi, const char *unit)
{
	struct value v = { .type = t, .qual = q, .lo = lo, .hi = hi, .unit = unit,
			   .noun_first = SIZE_MAX, .noun_last = SIZE_MAX };
	return v;
}

static bool compat(struct value a, struct value b)
{
	bool r = values_compatible(&a, &b);
	assert_true(r == values_compatible(&b, &a));
	return r;
}

static void compatibility(void **state)
{
	enum value_type C = VALUE_COUNT;
	assert_true(compat(mk(C, X, 17, 17, NULL), mk(C, X, 17, 17, NULL)));
	assert_false(compat(mk(C, X, 17, 17, NULL), mk(C, X, 18, 18, NULL)));
	assert_true(compat(mk(C, X, 10, 12, NULL), mk(C, X, 11, 11, NULL)));
	assert_false(compat(mk(C, X, 10, 12, NULL), mk(C, X, 13, 13, NULL)));
	assert_true(compat(mk(C, VQUAL_AT_LEAST, 4, 4, NULL), mk(C, X, 6, 6, NULL)));
	assert_false(compat(mk(C, VQUAL_AT_LEAST, 4, 4, NULL), mk(C, X, 3, 3, NULL)));
	assert_true(compat(mk(C, VQUAL_AT_LEAST, 4, 4, NULL), mk(C, X, 4, 4, NULL)));
	assert_false(compat(mk(C, VQUAL_MORE_THAN, 4, 4, NULL), mk(C, X, 4, 4, NULL)));
	assert_false(compat(mk(C, VQUAL_LESS_THAN, 4, 4, NULL), mk(C, X, 4, 4, NULL)));
	assert_true(compat(mk(C, VQUAL_AT_MOST, 4, 4, NULL), mk(C, X, 3, 3, NULL)));
	assert_true(compat(mk(C, VQUAL_AT_MOST, 20, 20, NULL), mk(C, X, 20, 20, NULL)));
	/* "up to 20" and "25": the ceiling is passed (an open lower end is
	 * no reason for an endless tolerance) */
	assert_false(compat(mk(C, VQUAL_AT_MOST, 20, 20, NULL), mk(C, X, 25, 25, NULL)));
	assert_false(compat(mk(C, X, 25, 25, NULL), mk(C, VQUAL_AT_MOST, 20, 20, NULL)));
	assert_false(compat(mk(VALUE_MEASURE, VQUAL_AT_MOST, 100, 100, "mile"),
			    mk(VALUE_MEASURE, X, 200, 200, "km")));
	assert_true(compat(mk(C, VQUAL_ABOUT, 150, 150, NULL), mk(C, X, 152, 152, NULL)));
	assert_false(compat(mk(C, VQUAL_ABOUT, 150, 150, NULL), mk(C, VQUAL_ABOUT, 200, 200, NULL)));
	assert_true(compat(mk(C, VQUAL_NEARLY, 50, 50, NULL), mk(C, X, 48, 48, NULL)));
	assert_false(compat(mk(C, VQUAL_NEARLY, 50, 50, NULL), mk(C, X, 51, 51, NULL)));
	assert_true(compat(mk(C, VQUAL_VAGUE, 24, 143, NULL), mk(C, X, 40, 40, NULL)));
	assert_false(compat(mk(C, VQUAL_VAGUE, 24, 143, NULL), mk(C, X, 3, 3, NULL)));
	/* money: "$2bn" and "$2,000 million" are one amount; currencies differ */
	struct values a = find("It cost $2bn.", DAY), b = find("It cost $2,000 million.", DAY);
	assert_true(values_compatible(&a.v[0], &b.v[0]));
	assert_false(compat(mk(VALUE_MONEY, X, 5, 5, "usd"), mk(VALUE_MONEY, X, 5, 5, "eur")));
	/* tallies match exactly */
	assert_true(compat(mk(VALUE_TALLY, X, 52, 48, NULL), mk(VALUE_TALLY, X, 52, 48, NULL)));
	assert_false(compat(mk(VALUE_TALLY, X, 52, 48, NULL), mk(VALUE_TALLY, X, 52, 47, NULL)));
	/* percent and percentage points differ */
	assert_false(compat(mk(VALUE_PERCENT, X, 3, 3, NULL), mk(VALUE_PERCENT, X, 3, 3, "point")));
	/* durations and lengths convert */
	assert_true(compat(mk(VALUE_DURATION, X, 6, 6, "week"), mk(VALUE_DURATION, X, 42, 42, "day")));
	assert_false(compat(mk(VALUE_DURATION, X, 6, 6, "week"), mk(VALUE_DURATION, X, 6, 6, "month")));
	assert_true(compat(mk(VALUE_MEASURE, X, 100, 100, "mile"), mk(VALUE_MEASURE, X, 161, 161, "km")));
	assert_false(compat(mk(VALUE_MEASURE, X, 100, 100, "mile"), mk(VALUE_MEASURE, X, 100, 100, "km")));
	/* years: a decade holds its years */
	assert_true(compat(mk(VALUE_YEAR, X, 1990, 1999, NULL), mk(VALUE_YEAR, X, 1994, 1994, NULL)));
	assert_false(compat(mk(VALUE_YEAR, X, 2012, 2012, NULL), mk(VALUE_YEAR, X, 2013, 2013, NULL)));
}

static void date_compatibility(void **state)
{
	struct value nov = mk(VALUE_DATE, X, ymd(2012, 11, 1), ymd(2012, 11, 1), NULL);
	struct value day6 = mk(VALUE_DATE, X, ymd(2012, 11, 6), ymd(2012, 11, 6), NULL);
	struct value day7 = mk(VALUE_DATE, X, ymd(2012, 11, 7), ymd(2012, 11, 7), NULL);
	struct value dec = mk(VALUE_DATE, X, ymd(2012, 12, 1), ymd(2012, 12, 1), NULL);
	struct value y12 = mk(VALUE_DATE, X, ymd(2012, 1, 1), ymd(2012, 1, 1), NULL);
	struct value week = mk(VALUE_DATE, X, ymd(2012, 11, 5), ymd(2012, 11, 11), NULL);
	nov.prec = dec.prec = DPREC_MONTH, y12.prec = DPREC_YEAR;
	day6.prec = day7.prec = week.prec = DPREC_DAY;
	assert_true(compat(nov, day6));
	assert_true(compat(day6, day6));
	assert_false(compat(day6, day7));
	assert_false(compat(dec, day6));
	assert_true(compat(y12, dec));
	assert_true(compat(week, day7));
	assert_false(compat(week, mk(VALUE_DATE, X, ymd(2012, 11, 12), ymd(2012, 11, 12), NULL)));
	struct value lost = mk(VALUE_DATE, X, NAN, NAN, NULL);
	lost.prec = DPREC_DAY;
	assert_false(values_comparable(&lost, &day6));
	assert_false(values_compatible(&lost, &day6));
	assert_false(compat(lost, lost));
}

static void comparability(void **state)
{
	struct value c = mk(VALUE_COUNT, X, 5, 5, NULL), p = mk(VALUE_PERCENT, X, 5, 5, NULL);
	assert_true(values_comparable(&c, &c));
	assert_false(values_comparable(&c, &p));
	struct value usd = mk(VALUE_MONEY, X, 5, 5, "usd"), gbp = mk(VALUE_MONEY, X, 5, 5, "gbp");
	assert_false(values_comparable(&usd, &gbp));
	struct value mi = mk(VALUE_MEASURE, X, 5, 5, "mile"), km = mk(VALUE_MEASURE, X, 5, 5, "km");
	struct value kg = mk(VALUE_MEASURE, X, 5, 5, "kg"), mpg = mk(VALUE_MEASURE, X, 5, 5, "mpg");
	assert_true(values_comparable(&mi, &km));
	assert_false(values_comparable(&mi, &kg));
	assert_false(values_comparable(&mi, &mpg));
	assert_true(values_comparable(&mpg, &mpg));
	struct value y = mk(VALUE_YEAR, X, NAN, NAN, NULL);
	assert_false(values_comparable(&y, &y));
}

static void normalized_and_names(void **state)
{
	struct value v = mk(VALUE_MONEY, X, 2e9, 2e9, "usd");
	assert_string_equal(norm(&v), "usd 2000000000");
	v = mk(VALUE_PERCENT, X, 12.5, 12.5, NULL);
	assert_string_equal(norm(&v), "12.5%");
	v = mk(VALUE_DATE, X, ymd(2012, 11, 6), ymd(2012, 11, 6), NULL);
	v.prec = DPREC_DAY;
	assert_string_equal(norm(&v), "2012-11-06");
	v.prec = DPREC_MONTH;
	assert_string_equal(norm(&v), "2012-11");
	v.prec = DPREC_YEAR;
	assert_string_equal(norm(&v), "2012");
	v = mk(VALUE_TALLY, X, 52, 48, NULL);
	assert_string_equal(norm(&v), "52-48");
	v = mk(VALUE_ORDINAL, X, 13, 13, NULL);
	assert_string_equal(norm(&v), "13th");
	v = mk(VALUE_ORDINAL, X, 22, 22, NULL);
	assert_string_equal(norm(&v), "22nd");
	v = mk(VALUE_TIME, X, 615, 615, NULL);
	assert_string_equal(norm(&v), "10:15");
	v = mk(VALUE_COUNT, X, 1800000, 1800000, NULL);
	assert_string_equal(norm(&v), "1800000");
	/* an unplaced value that says nothing more: "?" */
	v = mk(VALUE_DATE, X, NAN, NAN, NULL);
	assert_string_equal(norm(&v), "?");
	v = mk(VALUE_COUNT, X, NAN, NAN, NULL);
	assert_string_equal(norm(&v), "?");
	assert_string_equal(value_type_name(VALUE_COUNT), "count");
	assert_string_equal(value_type_name(VALUE_TALLY), "tally");
	assert_string_equal(value_type_name(VALUE_TIME), "time");
	assert_string_equal(value_type_name(VALUE__COUNT), "");
	assert_string_equal(value_qual_label(VQUAL_EXACT), "");
	assert_string_equal(value_qual_label(VQUAL_AT_LEAST), "at least");
	assert_string_equal(value_qual_label(VQUAL_VAGUE), "vague");
	assert_string_equal(value_qual_label(VQUAL__COUNT), "");
}

/* A sentence's words carry their number in the lexicon from the split,
 * and every phrase table reads them by it: the first word of a phrase
 * picks the phrase, the words after it are matched one by one. */
/* A soft hyphen or a zero-width joiner inside a word joins it: one token,
 * folded without it, so "La\u00ADPierre" is the name "LaPierre"; one
 * between words is no token. */
static void joiners_inside_a_word(void **state)
{
	const char *s = "Sam La\xc2\xadPierre met Kim Lund\xe2\x80\x8d" "berg \xc2\xad today.";
	assert_int_equal(tokens_split(s, 0, (uint32_t)strlen(s), &ar, &tk), ND_E_OK);
	assert_int_equal(tk.n, 7);
	assert_string_equal(tk.t[1].f, "lapierre");
	assert_true(tk.t[1].cap);
	assert_string_equal(tk.t[4].f, "lundberg");
	assert_string_equal(tk.t[5].f, "today");
	assert_string_equal(tk.t[6].f, ".");
}

/* Each word's marks: a capital first, all capitals, a capital inside
 * (not after a name's prefix, a dot or an apostrophe), a number; ASCII
 * words and others alike. */
static void token_marks(void **state)
{
	(void)state;
	const char *s = "WidgetCo McDonald U.S. iPhone NASA Zo\xc3\xab O'Brien LaPierre F.B.I. "
			"e.g. 12,500 ville\xc3\x89tat \xc3\x89" "coleNormale Kim-Lund ab.Cd.";
	static const struct {
		const char *f;
		bool cap, allcaps, camel, num;
	} want[] = {
		{ "widgetco", 1, 0, 1, 0 }, { "mcdonald", 1, 0, 0, 0 }, { "u.s.", 1, 0, 0, 0 },
		{ "iphone", 0, 0, 1, 0 },   { "nasa", 1, 1, 0, 0 },     { "zo\xc3\xab", 1, 0, 0, 0 },
		{ "o'brien", 1, 0, 0, 0 },  { "lapierre", 1, 0, 0, 0 }, { "f.b.i.", 1, 1, 0, 0 },
		{ "e.g.", 0, 0, 0, 0 },     { "12,500", 0, 0, 0, 1 },   { "ville\xc3\xa9tat", 0, 0, 1, 0 },
		{ "\xc3\xa9" "colenormale", 1, 0, 1, 0 }, { "kim-lund", 1, 0, 0, 0 },
	};
	assert_int_equal(tokens_split(s, 0, (uint32_t)strlen(s), &ar, &tk), ND_E_OK);
	size_t w = 0;
	for (size_t i = 0; i < tk.n && w < sizeof want / sizeof *want; i++) {
		if (!tk.t[i].word)
			continue;
		assert_string_equal(tk.t[i].f, want[w].f);
		assert_int_equal(tk.t[i].cap, want[w].cap);
		assert_int_equal(tk.t[i].allcaps, want[w].allcaps);
		assert_int_equal(tk.t[i].camel, want[w].camel);
		assert_int_equal(tk.t[i].num, want[w].num);
		w++;
	}
	assert_int_equal(w, sizeof want / sizeof *want);
}

static void phrase_tables_read_token_numbers(void **state)
{
	const char *s = "At least five rail workers left the company in the United Kingdom.";
	assert_int_equal(tokens_split(s, 0, (uint32_t)strlen(s), &ar, &tk), ND_E_OK);
	assert_int_not_equal(tk.t[0].lex, 0);                /* "at" */
	assert_int_equal(tk.t[3].lex, 0);                    /* "rail" starts no phrase */
	assert_int_equal(tk.t[0].lex, lex_word_id("at"));
	enum qual q = QUAL_NONE;
	assert_int_equal(lex_qualifier(tk.t, tk.n, 0, &q), 2);
	assert_int_equal(q, QUAL_AT_LEAST);
	double v = 0;
	assert_int_equal(lex_number(tk.t, tk.n, 2, &v), 1);
	assert_true(v == 5);
	enum noun_class nc = NOUN_NONE;
	assert_int_equal(lex_noun(tk.t, tk.n, 4, &nc), 1);
	assert_int_equal(nc, NOUN_EMPLOYEES);
	enum event_class ev = EVENT_NONE;
	assert_int_equal(lex_event(tk.t, tk.n, 5, &ev), 3);  /* "left the company" */
	assert_int_equal(ev, EVENT_LEFT);
	const char *canon = NULL;
	/* "the" starts "the united states", which goes on otherwise */
	assert_int_not_equal(tk.t[9].lex, 0);
	assert_int_equal(lex_country(tk.t, tk.n, 9, &canon), 0);
	assert_int_equal(lex_country(tk.t, tk.n, 10, &canon), 2);
	assert_string_equal(canon, "United Kingdom");
	/* a phrase cut off by the end of the sentence does not match */
	assert_int_equal(lex_event(tk.t, 7, 5, &ev), 0);
	assert_int_equal(lex_number(tk.t, tk.n, 3, &v), 0);
	assert_true(lex_number_word("dozen", &v) && v == 12);
	assert_false(lex_number_word("a dozen", &v));
	assert_false(lex_number_word("rail", &v));
	(void)state;
}

/* The word w read both ways: by its number in the lexicon (a token's
 * tok.lex) and by date.c and lex_ordinal themselves. */
static void same_answers(const char *w)
{
	static const unsigned forms[] = {
		DATE_FULL, DATE_ABBR3, DATE_ABBR_OTHER, DATE_FULL | DATE_ABBR3,
		DATE_FULL | DATE_ABBR3 | DATE_ABBR_OTHER, ~0u,
	};
	struct tok t = { .f = w, .lex = lex_word_id(w) };
	size_t n = strlen(w);
	for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		if (lex_tok_month(&t, forms[i]) != (date_month_word(w, n, forms[i]) != 0) ||
		    lex_tok_weekday(&t, forms[i]) != (date_weekday_word(w, n, forms[i]) >= 0))
			fail_msg("\"%s\" in forms %u: the lexicon and date.c disagree", w, forms[i]);
	}
	if (lex_tok_ordinal(&t) != (lex_ordinal(w) != 0))
		fail_msg("\"%s\": lex_tok_ordinal and lex_ordinal disagree", w);
	if (lex_tok_not_name(&t) != lex_not_name(w))
		fail_msg("\"%s\": lex_tok_not_name and lex_not_name disagree", w);
}

/* The lexicon lists the month and weekday words date.c reads, form by
 * form, and no other: every word of up to four letters (each
 * abbreviation date.c takes has three to five), and every full name and
 * ordinal with its letters cut off one by one, one more letter, or one
 * letter changed. */
static void month_and_weekday_words_agree(void **state)
{
	char w[16];
	for (size_t len = 1; len <= 4; len++) {
		size_t total = 1;
		for (size_t i = 0; i < len; i++)
			total *= 26;
		for (size_t x = 0; x < total; x++) {
			size_t v = x;
			for (size_t i = 0; i < len; i++, v /= 26)
				w[len - 1 - i] = (char)('a' + v % 26);
			w[len] = '\0';
			same_answers(w);
		}
	}
	static const char *const names[] = {
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "sunday", "monday", "tuesday",
		"wednesday", "thursday", "friday", "saturday", "first", "second", "third",
		"fifth", "twelfth", "twentieth", "thirtieth", "ninetieth", "hundredth", "zeroth",
	};
	for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
		size_t len = strlen(names[k]);
		for (size_t cut = 1; cut <= len; cut++) {
			memcpy(w, names[k], cut);
			w[cut] = '\0';
			same_answers(w);
		}
		for (char c = 'a'; c <= 'z'; c++) {
			memcpy(w, names[k], len);
			w[len] = c;
			w[len + 1] = '\0';
			same_answers(w);
			for (size_t i = 0; i < len; i++) {
				memcpy(w, names[k], len + 1);
				w[i] = c;
				same_answers(w);
			}
		}
	}
	(void)state;
}

static int teardown(void **state)
{
	arena_release(&ar);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(counts),
		cmocka_unit_test(joiners_inside_a_word),
		cmocka_unit_test(token_marks),
		cmocka_unit_test(phrase_tables_read_token_numbers),
		cmocka_unit_test(month_and_weekday_words_agree),
		cmocka_unit_test(adverbs_in_noun_phrases),
		cmocka_unit_test(vague_counts),
		cmocka_unit_test(money),
		cmocka_unit_test(percentages),
		cmocka_unit_test(shares_in_words),
		cmocka_unit_test(measures),
		cmocka_unit_test(ages),
		cmocka_unit_test(durations),
		cmocka_unit_test(ordinals),
		cmocka_unit_test(tallies),
		cmocka_unit_test(tallies_after_was),
		cmocka_unit_test(years),
		cmocka_unit_test(dates),
		cmocka_unit_test(relative_dates),
		cmocka_unit_test(parts_of_months),
		cmocka_unit_test(month_spans_compared),
		cmocka_unit_test(holidays),
		cmocka_unit_test(holidays_not_dates_and_undated),
		cmocka_unit_test(undated_normalized),
		cmocka_unit_test(places),
		cmocka_unit_test(times),
		cmocka_unit_test(qualifiers),
		cmocka_unit_test(ranges),
		cmocka_unit_test(not_values),
		cmocka_unit_test(many_in_order),
		cmocka_unit_test(compatibility),
		cmocka_unit_test(date_compatibility),
		cmocka_unit_test(comparability),
		cmocka_unit_test(normalized_and_names),
	};
	return cmocka_run_group_tests(tests, NULL, teardown);
}
