/* Unit tests: the fact engine (facts.c) - people, what happened to them,
 * counts, quotations, outlets, documents, places and outcomes - each rule
 * on short texts written for the tests (invented people, companies and
 * places).
 *
 * Every text goes through what the program does with a report: article_parse,
 * sentences_split, facts_extract.  People whose mentions were dropped
 * (mentions == 0) are what the user never sees, so the helpers skip them.
 *
 * A test marked "FAILS:" asserts the behaviour that facts.c documents and
 * the rule does not (yet) give. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>

#include "base/arena.h"
#include "analyse/facts.h"
#include "helpers.h"
#include "analyse/sentence.h"

/* ---- the helper: one report, parsed, split and read ------------------- */

struct fx {
	struct article a;
	struct arena ar;
	struct sentences s;
	struct report_facts f;
};

static int setup(void **state)
{
	struct fx *x = calloc(1, sizeof *x);
	if (!x)
		return -1;
	arena_init(&x->ar);
	*state = x;
	return 0;
}

static void fx_release(struct fx *x)
{
	arena_release(&x->ar);
	article_release(&x->a);
	memset(&x->s, 0, sizeof x->s);
	memset(&x->f, 0, sizeof x->f);
}

static int teardown(void **state)
{
	struct fx *x = *state;
	fx_release(x);
	free(x);
	return 0;
}

/* The facts of text (a report without a header).  Each call replaces the
 * facts of the call before. */
static const struct report_facts *facts_of(void **state, const char *text)
{
	struct fx *x = *state;
	fx_release(x);
	assert_int_equal(article_parse(text, strlen(text), "facts-test.txt", &x->a), ND_E_OK);
	assert_int_equal(sentences_split(&x->a, &x->ar, &x->s), ND_E_OK);
	assert_int_equal(facts_extract(&x->a, 0, &x->s, &x->ar, &x->f), ND_E_OK);
	return &x->f;
}

/* The bytes a where covers, compared with want. */
static void assert_span(void **state, struct where w, const char *want)
{
	const struct fx *x = *state;
	assert_true(w.start <= w.end && w.end <= x->a.len);
	char got[256];
	size_t n = w.end - w.start < sizeof got - 1 ? w.end - w.start : sizeof got - 1;
	memcpy(got, x->a.text + w.start, n);
	got[n] = '\0';
	assert_string_equal(got, want);
}

/* People the report shows (dropped names have no mentions). */
static size_t people_seen(const struct report_facts *f)
{
	size_t n = 0;
	for (size_t i = 0; i < f->npeople; i++)
		n += f->people[i].mentions > 0;
	return n;
}

static const struct person *person_named(const struct report_facts *f, const char *name)
{
	for (size_t i = 0; i < f->npeople; i++)
		if (f->people[i].mentions && f->people[i].name && strcmp(f->people[i].name, name) == 0)
			return &f->people[i];
	fail_msg("no person named \"%s\"", name);
	return NULL;
}

static int index_of(const struct report_facts *f, const struct person *p)
{
	return (int)(p - f->people);
}

/* The only person named by role alone. */
static const struct person *unnamed_person(const struct report_facts *f)
{
	const struct person *hit = NULL;
	for (size_t i = 0; i < f->npeople; i++)
		if (f->people[i].mentions && !f->people[i].name) {
			assert_null(hit);
			hit = &f->people[i];
		}
	assert_non_null(hit);
	return hit;
}

static const struct quantity *only_count(const struct report_facts *f)
{
	assert_int_equal(f->ncounts, 1);
	return &f->counts[0];
}

static void assert_value(const struct quantity *q, double want)
{
	assert_false(isnan(q->value));
	assert_float_equal(q->value, want, 0.001);
}

static void assert_count(const struct quantity *q, const char *text, double value,
			 const char *qual, const char *noun, const char *event)
{
	assert_string_equal(q->text, text);
	if (isnan(value))
		assert_true(isnan(q->value));
	else
		assert_value(q, value);
	assert_string_equal(qual_label(q->qual), qual);
	assert_string_equal(noun_class_label(q->noun), noun);
	assert_string_equal(event_label(q->event), event);
}

static const struct outlet_ref *outlet_named(const struct report_facts *f, const char *name)
{
	for (size_t i = 0; i < f->noutlets; i++)
		if (strcmp(f->outlets[i].name, name) == 0)
			return &f->outlets[i];
	fail_msg("no outlet \"%s\"", name);
	return NULL;
}

/* ---- people: names ------------------------------------------------------ */

static void title_before_a_name_makes_a_person(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The board met on Monday, and chief executive Marta Quillon said the "
		"results were strong.\n");
	assert_int_equal(people_seen(f), 1);
	const struct person *p = person_named(f, "Marta Quillon");
	assert_string_equal(p->first, "marta");
	assert_string_equal(p->surname, "quillon");
	assert_true(p->cued);
	assert_int_equal(p->mentions, 1);
	assert_string_equal(p->role, "chief executive");
	assert_string_equal(p->role_text, "chief executive");
	assert_null(p->org);
	assert_int_equal(p->fate, EVENT_NONE);
	assert_span(state, p->first_at, "Marta Quillon");
}

static void organisation_and_abbreviated_title_before_a_name(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Vexor CEO Marta Quillon spoke at the meeting on Tuesday.\n");
	assert_int_equal(people_seen(f), 1);
	const struct person *p = person_named(f, "Marta Quillon");
	assert_string_equal(p->role, "chief executive"); /* CEO, canonical */
	assert_string_equal(p->role_text, "CEO");
	assert_string_equal(p->org, "Vexor");
	assert_true(p->org_first);
}

/* "Kim June": a month that is also a surname ends a name after a first
 * name, unless a day follows; "Is" opening a question is no name. */
static void month_surnames_and_question_words(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Prime Minister Ada June said the quay would reopen in June.\n");
	const struct person *p = person_named(f, "Ada June");
	assert_string_equal(p->role, "prime minister");
	f = facts_of(state, "Is Tomas Garrow next? the mayor asked. Tomas Garrow said no.\n");
	assert_non_null(person_named(f, "Tomas Garrow"));
	for (size_t i = 0; i < f->npeople; i++)
		assert_true(f->people[i].name == NULL || strncmp(f->people[i].name, "Is ", 3) != 0);
	/* a body's head after a role word is no person known by surname */
	f = facts_of(state, "It was aimed at the Harbour Guard Corps on Monday.\n");
	assert_int_equal(people_seen(f), 0);
	f = facts_of(state, "Receiving Harbour President Ada Roe, the mayor spoke.\n");
	p = person_named(f, "Ada Roe");
	assert_string_equal(p->org, "Harbour");
}

/* A surname that heads the names of places ("Park", "Hill") is a
 * surname after a first name, with a cue only people have (a title, an
 * age), and so is the word alone later with a person's cue; "in Hyde Park", "10 Downing Street" and "Linda
 * Park Avenue" name no one, and "in May" is no mention of a May. */
static void place_words_as_surnames(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Mayor Linda Park opened the bridge on Monday. \"It is a great day,\" Park said.\n");
	const struct person *p = person_named(f, "Linda Park");
	assert_string_equal(p->role, "mayor");
	assert_int_equal(p->mentions, 2);
	assert_int_equal(f->nquotes, 1);
	assert_int_equal(f->quotes[0].speaker, index_of(f, p));
	f = facts_of(state, "Tom Hill, 47, said the quay was safe.\n");
	assert_non_null(person_named(f, "Tom Hill"));
	static const char *const none[] = {
		"Visitors in Hyde Park said the quay was safe.\n",
		"The office at 10 Downing Street said the quay was safe.\n",
		"Protesters marched down Linda Park Avenue and said the quay was unsafe.\n",
		/* "said" is no cue only people have */
		"A spokesperson for Victoria Park said the quay was safe.\n",
		"A statement from Jordan Hall said the quay was safe.\n",
		"Grace Church said in a statement that the quay was safe.\n",
	};
	for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
		f = facts_of(state, none[i]);
		assert_int_equal(people_seen(f), 0);
	}
	f = facts_of(state, "Prime Minister Ada June spoke on Monday. In June, the quay closed.\n");
	assert_int_equal(person_named(f, "Ada June")->mentions, 1);
}

/* "Acting Harbour Board Chief of Staff", "then-acting harbour master",
 * "former Port Authority director": the qualifier stays in the title. */
static void qualifiers_stay_in_the_title(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Acting Harbour Board Chief of Staff Tomas Garrow said the quay would reopen.\n");
	const struct person *p = person_named(f, "Tomas Garrow");
	assert_string_equal(p->role_text, "Acting Harbour Board Chief of Staff");
	assert_string_equal(p->org, "Harbour Board");
	assert_true(p->org_inside);
	f = facts_of(state, "The then-acting director Tomas Garrow said so.\n");
	p = person_named(f, "Tomas Garrow");
	assert_string_equal(p->role_text, "then-acting director");
	f = facts_of(state, "National Harbour Association chief executive Tomas Garrow said so.\n");
	p = person_named(f, "Tomas Garrow");
	assert_string_equal(p->org, "National Harbour Association");
	f = facts_of(state, "The former H.A.B. director Tomas Garrow said so.\n");
	p = person_named(f, "Tomas Garrow");
	assert_string_equal(p->org, "H.A.B.");
	assert_string_equal(p->role_text, "former H.A.B. director");
	f = facts_of(state, "Central Harbour Agency Director Tomas Garrow said so.\n");
	p = person_named(f, "Tomas Garrow");
	assert_string_equal(p->org, "Central Harbour Agency");
	/* an adverb opening the sentence is no organisation */
	f = facts_of(state, "Still President Tomas Garrow, who lambasted the plan, said little.\n");
	p = person_named(f, "Tomas Garrow");
	assert_null(p->org);
	assert_string_equal(p->role_text, "President");
}

/* "New Hampton mayor": the organisation before a role may open with a
 * place word that is no name on its own. */
static void place_word_opens_an_organisation(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The harbour deal was backed by former New Hampton mayor Tomas Garrow on "
		"Tuesday.\n");
	const struct person *p = person_named(f, "Tomas Garrow");
	assert_string_equal(p->role, "former mayor");
	assert_string_equal(p->role_text, "former New Hampton mayor");
	assert_string_equal(p->org, "New Hampton");
	assert_true(p->org_inside);
}

/* A name met once, with nothing else to say it is a person, is one when
 * something that happens to people happens to it. */
static void what_happens_to_people_makes_a_person(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The talks stalled as Tomas Garrow was fired as harbour master on Monday.\n");
	const struct person *p = person_named(f, "Tomas Garrow");
	assert_int_equal(p->fate, EVENT_DISMISSED);
	f = facts_of(state, "The ferries stopped at Ferry Lane closed to traffic.\n");
	assert_int_equal(people_seen(f), 0);
}

/* "Republican governor" holds the role of governor: the party stays in
 * the words as written, not in the role compared across reports. */
static void party_is_not_part_of_the_role(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The Republican governor Tomas Garrow signed the harbour bill on Tuesday.\n");
	const struct person *p = person_named(f, "Tomas Garrow");
	assert_string_equal(p->role, "governor");
	assert_string_equal(p->role_text, "Republican governor");
}

static void possessive_organisation_and_role_with_of(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Vexor's head of sales Bram Hesketh spoke at the meeting on Tuesday.\n");
	assert_int_equal(people_seen(f), 1);
	const struct person *p = person_named(f, "Bram Hesketh");
	assert_string_equal(p->role, "head of sales");
	assert_string_equal(p->role_text, "head of sales");
	assert_string_equal(p->org, "Vexor");
	assert_span(state, p->role_at, "head of sales");
}

/* "Sen. Ada Roe": the abbreviated title is the role it stands for;
 * "Mr." is none. */
static void an_abbreviated_title_is_a_role(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The harbour bill was written by Sen. Ada Roe, Mr. Kit Varley and former Gov. "
		"Tomas Garrow on Monday.\n");
	const struct person *p = person_named(f, "Ada Roe");
	assert_string_equal(p->role, "senator");
	assert_string_equal(p->role_text, "Sen.");
	assert_span(state, p->role_at, "Sen.");
	assert_null(person_named(f, "Kit Varley")->role);
	p = person_named(f, "Tomas Garrow");
	assert_string_equal(p->role, "former governor");
	assert_string_equal(p->role_text, "former Gov.");
	/* a plural title heads a list of names; a singular one its first */
	f = facts_of(state, "The letter was signed by Sens. Ada Roe of Ohio, Kim Lund (D-Maine) and "
			    "Tomas Garrow. Sen. Petra Olsund, Kit Varley and others objected. Roe, "
			    "Lund, Garrow, Olsund and Varley spoke.\n");
	assert_string_equal(person_named(f, "Ada Roe")->role, "senator");
	assert_string_equal(person_named(f, "Kim Lund")->role, "senator");
	assert_string_equal(person_named(f, "Tomas Garrow")->role, "senator");
	assert_string_equal(person_named(f, "Petra Olsund")->role, "senator");
	assert_null(person_named(f, "Kit Varley")->role);
}

/* Abbreviated titles: a plural one ("Sens.") reads as the title of each
 * name of its list ("Senator"); capitalised role words before one are
 * part of it ("Deputy Attorney Gen."), a party is not; after one, a
 * capitalised role word before a name is a first name ("Sen. Dean
 * Olsund"); a first initial opens a name ("L. Kit Varley") and "King"
 * after a first name ends it ("Sen. Ada King"). */
static void names_and_titles_after_abbreviations(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The bill was backed by Sens. Ada Roe and Kim Lund, and Deputy Attorney Gen. "
		"Tomas Garrow said it was lawful. Sen. Dean Olsund, Republican Sen. Ada King and "
		"harbour director L. Kit Varley objected.\n");
	const struct person *p = person_named(f, "Ada Roe");
	assert_string_equal(p->role, "senator");
	assert_string_equal(p->role_text, "Senator");
	assert_span(state, p->role_at, "Sens.");
	assert_string_equal(person_named(f, "Kim Lund")->role_text, "Senator");
	p = person_named(f, "Tomas Garrow");
	assert_string_equal(p->role, "deputy attorney general");
	assert_string_equal(p->role_text, "Deputy Attorney Gen.");
	p = person_named(f, "Dean Olsund");
	assert_string_equal(p->first, "dean");
	assert_string_equal(p->role, "senator");
	p = person_named(f, "Ada King");
	assert_string_equal(p->surname, "king");
	assert_string_equal(p->role_text, "Sen.");
	p = person_named(f, "L. Kit Varley");
	assert_string_equal(p->first, "kit");
	assert_string_equal(p->surname, "varley");
	assert_string_equal(p->role, "director");
}

/* Titles of local government ("Alderwoman Robin Kit Varley", "council
 * member") are titles, not the first word of a name, and each has one
 * form whatever the speaker's sex. */
static void a_local_councillors_title(void **state)
{
	const struct report_facts *f = facts_of(state,
		"\"It is a first step,\" said Alderwoman Robin Kit Varley, who represents the "
		"ward. Councilman Tomas Garrow agreed.\n");
	const struct person *p = person_named(f, "Robin Kit Varley");
	assert_string_equal(p->role, "alderperson");
	assert_string_equal(p->role_text, "Alderwoman");
	assert_string_equal(person_named(f, "Tomas Garrow")->role, "council member");
	/* "council member" in two words, after "said": the speaker */
	f = facts_of(state, "\"It is a great day,\" said council member Tom Reyes on Monday.\n");
	assert_string_equal(person_named(f, "Tom Reyes")->role, "council member");
	assert_int_equal(f->nquotes, 1);
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Tom Reyes")));
	/* a capitalised body before "Member" is the organisation's name */
	f = facts_of(state, "Harbour Board Member Tom Reyes resigned on Monday.\n");
	assert_string_equal(person_named(f, "Tom Reyes")->role, "member");
}

/* "presumptive", "business", "longtime" belong to the title they stand
 * before: "his business partner" and "his longtime partner" differ. */
static void words_a_title_keeps(void **state)
{
	const struct report_facts *f = facts_of(state,
		"On Monday presumptive Democratic nominee Ada Roe and his business partner, Kit Varley, "
		"met.\n");
	assert_string_equal(person_named(f, "Ada Roe")->role, "presumptive nominee");
	assert_string_equal(person_named(f, "Kit Varley")->role, "business partner");
}

/* "top Justice Department official": a title word naming a department is
 * part of the organisation, not where it stops. */
static void a_department_named_by_a_title_word(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The notes came from top Justice Department official Kit Varley on Monday.\n");
	const struct person *p = person_named(f, "Kit Varley");
	assert_string_equal(p->role, "official");
	assert_string_equal(p->org, "Justice Department");
}

/* "Roe, former Governor Kim Lund": the title after the comma is of the
 * name that follows it, not of Roe. */
static void a_title_before_the_next_name_is_not_mine(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Voters say Ada Roe, former Governor Kim Lund or Tomas Garrow could win the "
		"harbour seat.\n");
	assert_null(person_named(f, "Ada Roe")->role);
	assert_string_equal(person_named(f, "Kim Lund")->role, "former governor");
}

/* "Name, the Vexor chief executive,": the organisation before the role;
 * a place there is none ("the Ohio director of Harbour Watch": the
 * organisation is the one after "of"). */
static void organisation_before_a_role_after_a_comma(void **state)
{
	const struct report_facts *f = facts_of(state,
		"On Monday, Ilse Brandvold, the Vexor chief executive, said the deal was done.\n");
	const struct person *p = person_named(f, "Ilse Brandvold");
	assert_string_equal(p->role, "chief executive");
	assert_string_equal(p->org, "Vexor");
	f = facts_of(state, "\"We will be heard,\" said Ilse Brandvold, the Ohio director of Harbour "
			    "Watch, a charity.\n");
	p = person_named(f, "Ilse Brandvold");
	assert_string_equal(p->role, "director");
	assert_string_equal(p->org, "Harbour Watch");
}

/* "Roe, the mayor's harbour director pick,": a nominee, not yet in the
 * post; "personal attorney" and "personal lawyer" are one role; "New
 * York City Mayor" holds the city in its organisation. */
static void nominees_lawyers_and_cities(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Ada Roe, the mayor's secretary of Harbours pick, said little.\n");
	const struct person *p = person_named(f, "Ada Roe");
	assert_string_equal(p->role, "secretary nominee");
	assert_string_equal(p->role_text, "secretary of Harbours pick");
	assert_true(p->org_inside);
	f = facts_of(state, "Tomas Garrow, a personal attorney, said little.\n");
	assert_string_equal(person_named(f, "Tomas Garrow")->role, "personal lawyer");
	f = facts_of(state, "Attorney General Kim Lund said little.\n");
	assert_string_equal(person_named(f, "Kim Lund")->role, "attorney general");
	f = facts_of(state, "It was won by former New York City Mayor Kit Varley on Monday.\n");
	p = person_named(f, "Kit Varley");
	assert_string_equal(p->role, "former mayor");
	assert_string_equal(p->org, "New York City");
}

static void role_after_a_comma(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Ilse Brandvold, Vexor's general counsel, said the deal was done.\n");
	assert_int_equal(people_seen(f), 1);
	const struct person *p = person_named(f, "Ilse Brandvold");
	assert_true(p->cued);
	assert_string_equal(p->role, "general counsel");
	assert_string_equal(p->role_text, "general counsel");
	assert_string_equal(p->org, "Vexor");
	assert_false(p->org_first);
}

/* "Tomas Garrow, Ilse Brandvold's general counsel": a person's, not an
 * organisation. */
static void a_persons_possessive_is_no_organisation(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Mayor Ilse Brandvold spoke first. Tomas Garrow, Brandvold's general counsel, "
		"said the deal was done.\n");
	const struct person *p = person_named(f, "Tomas Garrow");
	assert_string_equal(p->role, "general counsel");
	assert_null(p->org);
}

static void roles_respectively_go_to_names_in_order(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The messages were sent by Vexor's general counsel and chief executive, "
		"Ilse Brandvold and Tomas Garrow respectively.\n");
	assert_int_equal(people_seen(f), 2);
	const struct person *a = person_named(f, "Ilse Brandvold");
	const struct person *b = person_named(f, "Tomas Garrow");
	assert_string_equal(a->role, "general counsel");
	assert_string_equal(a->org, "Vexor");
	assert_string_equal(b->role, "chief executive");
	assert_string_equal(b->org, "Vexor");
}

static void surname_alone_is_a_later_mention(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Chief executive Marta Quillon spoke on Monday.\n\n"
		"Quillon added that the deal was done.\n");
	assert_int_equal(people_seen(f), 1);
	const struct person *p = person_named(f, "Marta Quillon");
	assert_int_equal(p->mentions, 2);
	assert_null(p->variant);
}

static void surname_one_letter_off_is_a_variant(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Chief executive Marta Quillon spoke on Monday.\n\n"
		"Later, Quillan added that the deal was done.\n");
	assert_int_equal(people_seen(f), 1);
	const struct person *p = person_named(f, "Marta Quillon");
	assert_int_equal(p->mentions, 2);
	assert_string_equal(p->variant, "Quillan");
	assert_int_equal(p->variant_at.sent, 1);
	assert_span(state, p->variant_at, "Quillan");
}

static void the_before_a_capitalised_pair_is_not_a_person(void **state)
{
	/* "said" after it would be a cue; "the" before it says it is a place. */
	const struct report_facts *f = facts_of(state,
		"Residents of the Brindle Copse said the water was cold.\n");
	assert_int_equal(people_seen(f), 0);
	f = facts_of(state, "The van was parked on the Harbour Lane, said engineer Kit Varley.\n");
	assert_int_equal(people_seen(f), 1);
	assert_string_equal(person_named(f, "Kit Varley")->role, "engineer");
}

/* "the Brenmouth Care Act", "the Harbour Powers Resolution", "the Blue
 * Anchor and Blue Pennant Association": capitalised words just before
 * the noun that ends the name of a law, a document or a body are that
 * thing's name, however often the report writes it and whatever verb
 * follows; a person's name before a lower-case "act" is still one. */
static void a_run_before_a_law_or_a_body_is_no_person(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The Brenmouth Care Act passed. Kim Lund said the Brenmouth Care Act would help. "
		"Lawmakers invoked the Harbour Powers Resolution. It was a use of the Harbour "
		"Powers Resolution of 1973, said Ada Roe. Tomas Garrow, a senior vice president of "
		"the Blue Anchor and Blue Pennant Association, said rates had risen. The Blue "
		"Pennant Association said so too.\n");
	assert_int_equal(people_seen(f), 3);
	assert_non_null(person_named(f, "Kim Lund"));
	assert_non_null(person_named(f, "Ada Roe"));
	assert_non_null(person_named(f, "Tomas Garrow"));
	f = facts_of(state, "The mayor said Kim Lund acted alone. Kim Lund said the act was legal.\n");
	assert_non_null(person_named(f, "Kim Lund"));
	/* an event's name: "the Harbour Voters Summit" */
	f = facts_of(state,
		"Harbour row\n\nWhen news of the vote filtered into the Brenmouth Voter Summit on "
		"Friday, Governor Ada Roe used the occasion to speak.\n\"It is your turn,\" Roe "
		"told receptive attendees at the conservative Brenmouth Voter Summit on Friday.\n");
	for (size_t i = 0; i < f->npeople; i++)
		assert_null(strstr(f->people[i].name ? f->people[i].name : "", "Voter"));
	assert_non_null(person_named(f, "Ada Roe"));
}

/* Titles around a run of capitalised words: "the Lundish Crown Prince
 * Kim Lund" (the run before a title and a name is the title's place, no
 * person); "Justices Ada Roe and Tomas Garrow" (a title's plural heads
 * the names, in none of them); "Cardinal Kit Varley"; and an editor's
 * bracket closed inside a name, "(Brenmouth Mayor Petra) Olsund". */
static void titles_around_a_run_of_capitals(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The order came from Lundish Crown Prince Kim Lund. Officials said Lundish "
		"Crown Prince Kim Lund knew.\n");
	assert_int_equal(people_seen(f), 1);
	assert_non_null(person_named(f, "Kim Lund"));
	f = facts_of(state, "Justices Ada Roe and Tomas Garrow dissented. Cardinal Kit Varley "
			    "agreed with them.\n");
	assert_int_equal(people_seen(f), 3);
	assert_non_null(person_named(f, "Ada Roe"));
	assert_non_null(person_named(f, "Tomas Garrow"));
	assert_non_null(person_named(f, "Kit Varley"));
	f = facts_of(state, "He said that (Brenmouth Mayor Petra) Olsund had told him so.\n");
	assert_int_equal(people_seen(f), 1);
	const struct person *p = person_named(f, "Petra Olsund");
	assert_string_equal(p->first, "petra");
	assert_string_equal(p->surname, "olsund");
}

/* Capitalised words that name no one however often they are written:
 * groups ("Congressional Democrats", "Runaway Harbour Republicans"),
 * places of two words ("Los Angeles"), a body ("Harbour Affairs"), page
 * furniture ("Advertisement") and "I" with its verb ("Obviously I'm"). */
static void groups_places_and_furniture_are_no_people(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Kim Lund said the harbour bill would pass. Congressional Democrats said so. "
		"Congressional Democrats voted for it. Runaway Harbour Republicans said no. "
		"Runaway Harbour Republicans left. Ada Roe said she flew to Los Angeles on Monday and "
		"left Los Angeles on Friday. The Brenmouth Affairs office said so; the Brenmouth "
		"Affairs office agreed.\n\n"
		"Advertisement Lund said Wednesday that it would.\n\n"
		"\"Obviously I\xe2\x80\x99m glad,\" Lund said.\n");
	assert_int_equal(people_seen(f), 2);
	assert_int_equal(person_named(f, "Kim Lund")->mentions, 3);
	assert_non_null(person_named(f, "Ada Roe"));
}

/* A place whose name starts with an abbreviation ("St. Louis") is a
 * place, not an honorific and a name; "Sen. Roe" still is one. */
static void a_place_after_an_abbreviation_is_no_person(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Kim Lund flew to St. Louis on Monday. Lund said St. Louis was cold. "
		"Sen. Roe met her there.\n");
	assert_int_equal(people_seen(f), 2);
	assert_int_equal(person_named(f, "Kim Lund")->mentions, 2);
	assert_non_null(person_named(f, "Roe"));
}

/* A sentence in title case (a caption: eight long words, all capitalised)
 * names no one new, not even a lone word after a title ("Prime Minister
 * Kitty" of "Kitty May"); the people it names elsewhere are still found. */
static void a_caption_in_title_case_names_no_one_new(void **state)
{
	const struct report_facts *f = facts_of(state,
		"President Tomas Garrow and Prime Minister Kitty May of Brenmouth at the White "
		"House in 2017.\n\n"
		"Tomas Garrow said the talks went well.\n");
	assert_int_equal(people_seen(f), 1);
	assert_non_null(person_named(f, "Tomas Garrow"));
}

/* Words that go on the name of a body after "of" or "for" ("the Office
 * of Harbour Management", "the Center for Ferry and Harbour Safety") are
 * no person; a title on the way back stops the rule ("the Institute of
 * Brenmouth Professor Ada Roe").  A storm and an assembly are no people
 * either ("Hurricane Tomas", "the General Assembly"). */
static void words_of_a_bodys_name_are_no_person(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The Office of Harbour Management said the ferry was safe. The Office of Harbour "
		"Management said so again. The Center for Ferry and Harbour Safety agreed, said "
		"Kim Lund, who spoke to the General Assembly on Monday. The Center for Ferry and "
		"Harbour Safety said it would. Hurricane Tomas hit the coast; Hurricane Tomas "
		"left. The Institute of Brenmouth Professor Ada Roe said so.\n");
	assert_int_equal(people_seen(f), 2);
	assert_non_null(person_named(f, "Kim Lund"));
	assert_string_equal(person_named(f, "Ada Roe")->role, "professor");
}

/* A run two capitalised words before the noun that ends a body's name
 * ("the Brenmouth Ferry Safety Administration", "Lundish Revolutionary
 * Guard Corps"), a plan ("the Clean Ferry Plan"), a branch of government
 * and "Jr." after a surname name no person. */
static void more_words_of_things_names(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The Brenmouth Ferry Safety Administration said the ferry was safe; the Brenmouth "
		"Ferry Safety Administration said so again. Lundish Revolutionary Guard Corps ships "
		"left; Lundish Revolutionary Guard Corps ships returned. The Clean Ferry Plan passed, "
		"and the Clean Ferry Plan was signed. Power was split with the federal Executive "
		"Branch, said Kim Lund, who honoured Ada King Jr. on Monday.\n");
	assert_int_equal(people_seen(f), 1);
	assert_non_null(person_named(f, "Kim Lund"));
}

/* "the former governor of Ohio Kim Lund": a place after "of" opens no
 * name; a title after a comma ends on its head ("deputy leader and
 * Foreign Ferries spokesperson" is no title "deputy leader and Foreign"). */
static void a_place_before_a_name_and_a_title_cut_at_its_head(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The bill was backed by the former governor of Ohio Kim Lund on Monday, said Ada "
		"Roe, Brenmouth Party deputy leader and Foreign Ferries spokesperson. Kim Lund "
		"agreed, Lund said.\n");
	assert_non_null(person_named(f, "Kim Lund"));
	const struct person *p = person_named(f, "Ada Roe");
	assert_string_equal(p->role_text, "deputy leader");
}

static void unconfirmed_capitalised_pair_is_dropped(void **state)
{
	/* No title, role, reporting verb or second mention. */
	const struct report_facts *f = facts_of(state,
		"The office near Pellow Grange was closed for the day.\n");
	assert_int_equal(people_seen(f), 0);
}

static void title_word_as_first_name_after_a_title(void **state)
{
	/* "Dean" is a title word, but after "supervisor" it is a first name. */
	const struct report_facts *f = facts_of(state,
		"The team was led by supervisor Dean Mallory for a year.\n");
	assert_int_equal(people_seen(f), 1);
	const struct person *p = person_named(f, "Dean Mallory");
	assert_string_equal(p->first, "dean");
	assert_string_equal(p->surname, "mallory");
	assert_string_equal(p->role, "supervisor");
}

/* ---- what happened to people ------------------------------------------- */

static void fired_let_go_and_laid_off_are_dismissals(void **state)
{
	static const char *const texts[][2] = {
		{ "Finance director Oskar Vendt was fired on Friday.\n", "fired" },
		{ "Finance director Oskar Vendt was let go on Friday.\n", "let go" },
		{ "Finance director Oskar Vendt was laid off in May.\n", "laid off" },
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		const struct report_facts *f = facts_of(state, texts[i][0]);
		const struct person *p = person_named(f, "Oskar Vendt");
		assert_string_equal(p->role, "finance director");
		assert_string_equal(event_label(p->fate), "dismissed");
		assert_string_equal(p->fate_text, texts[i][1]);
		assert_span(state, p->fate_at, texts[i][1]);
	}
}

static void resigned_is_a_resignation(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Finance director Oskar Vendt resigned last week.\n");
	const struct person *p = person_named(f, "Oskar Vendt");
	assert_string_equal(event_label(p->fate), "resigned");
	assert_string_equal(p->fate_text, "resigned");
}

static void has_left_the_company_is_left(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Finance director Oskar Vendt has left the company.\n");
	const struct person *p = person_named(f, "Oskar Vendt");
	assert_string_equal(event_label(p->fate), "left");
	assert_string_equal(p->fate_text, "has left");
	/* replaced: gone, without saying how */
	f = facts_of(state,
		"Finance director Oskar Vendt was replaced last week by treasurer Anders Fjell.\n");
	assert_string_equal(event_label(person_named(f, "Oskar Vendt")->fate), "left");
	assert_int_equal(person_named(f, "Anders Fjell")->fate, EVENT_NONE);
}

/* Names written family name first: a given name of two syllables joined
 * by a hyphen ("Han Soo-min"), or of two short words in a report that
 * never writes the last alone ("Cho Ji Ho ... Cho said"); later the
 * family name alone is the person.  Not a name ending in an initial or
 * a Western name whose surname the report writes alone. */
static void family_names_written_first(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Harbour chief Han Soo-min met the board on Monday.\n\n"
		"Han said the quay would reopen.\n");
	const struct person *p = person_named(f, "Han Soo-min");
	assert_string_equal(p->surname, "han");
	assert_int_equal(people_seen(f), 1);
	assert_int_equal(p->mentions, 2);
	f = facts_of(state,
		"Harbour chief Cho Ji Ho met the board on Monday.\n\n"
		"Cho said the quay would reopen. Cho's deputy agreed.\n");
	p = person_named(f, "Cho Ji Ho");
	assert_string_equal(p->surname, "cho");
	assert_int_equal(people_seen(f), 1);
	f = facts_of(state,
		"Harbour chief Mary Ann Lee met the board on Monday.\n\n"
		"Lee said the quay would reopen.\n");
	assert_string_equal(person_named(f, "Mary Ann Lee")->surname, "lee");
	f = facts_of(state,
		"Harbour chief Tomas E. Berg met the board on Monday.\n\n"
		"Tomas said nothing.\n");
	assert_string_equal(person_named(f, "Tomas E. Berg")->surname, "berg");
	/* a name ending in an abstract noun is a body's or a programme's */
	f = facts_of(state,
		"Officers of Harbour Enforcement met Lundish Charities, said Harbour Chief "
		"Ada Roe.\n\nHarbour Enforcement and Lundish Charities declined to comment.\n");
	assert_int_equal(people_seen(f), 1);
	/* a Western name the report follows with pronouns only, or with a
	 * suffix, keeps its surname; "Co-op" is no given name */
	f = facts_of(state,
		"Harbour chief Ana Mae Roe met the board on Monday.\n\nShe said the quay would reopen.\n");
	assert_string_equal(person_named(f, "Ana Mae Roe")->surname, "roe");
	f = facts_of(state,
		"Harbour chief Tomas Lee Jr. met the board on Monday.\n\nTomas spoke first.\n");
	assert_string_not_equal(person_named(f, "Tomas Lee Jr")->surname, "tomas");
	f = facts_of(state, "The Brenmouth Co-op said fares would rise. Pilots met Brenmouth Co-op.\n");
	assert_int_equal(people_seen(f), 0);
	/* two of one family name: "Cho" alone is neither, whichever is
	 * named first */
	f = facts_of(state,
		"Harbour chief Cho Ji Ho met pilot Cho Min Su on Monday.\n\n"
		"Cho said the quay would reopen. Cho spoke.\n");
	assert_int_equal(person_named(f, "Cho Ji Ho")->mentions, 1);
	assert_int_equal(person_named(f, "Cho Min Su")->mentions, 1);
	/* a word joined to a place is no given name */
	f = facts_of(state, "The Lisbon-based firm hired pilots. Pilots met Vexor-based staff.\n");
	assert_int_equal(people_seen(f), 0);
}

/* "lead lawyer in the fraud inquiry, Kim Lund": the phrase saying where
 * the role is held sits between the role and the name. */
static void a_role_with_where_it_is_held(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The board met Lundco's former lead lawyer in the fraud inquiry, Oskar Vendt, in March.\n\n"
		"Vendt declined to comment.\n");
	const struct person *p = person_named(f, "Oskar Vendt");
	assert_non_null(p->role);
	assert_string_equal(p->role_text, "former lead lawyer");
	/* a phrase with no role head before it is no role, nor one of a
	 * clause before the name: the name is the subject of its own */
	static const char *const none[] = {
		"The board met in the fraud inquiry, Oskar Vendt said.\n\nVendt spoke for an hour.\n",
		"Ada Roe served as mayor for a decade, Oskar Vendt told the Ledger.\n\n"
		"Vendt spoke for an hour.\n",
		"Ada Roe hired a lawyer in the fraud inquiry, Oskar Vendt said.\n\n"
		"Vendt spoke for an hour.\n",
		"Ada Roe hired a lawyer in May, Oskar Vendt, a pilot, said.\n\n"
		"Vendt spoke for an hour.\n",
	};
	for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
		f = facts_of(state, none[i]);
		const struct person *who = person_named(f, "Oskar Vendt");
		if (who->role && (strstr(who->role, "lawyer") || strstr(who->role, "mayor")))
			fail_msg("%s: role %s", none[i], who->role);
	}
}

/* "the lawyer" stands for the one person of the report who is a lawyer,
 * and what happens to "the lawyer" happens to them. */
static void the_role_stands_for_the_one_person_holding_it(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Lundco's lead lawyer, Oskar Vendt, met the board in May.\n\n"
		"Vendt had urged the board to wait. But the lawyer resigned later in May.\n\n"
		"Vendt was replaced last week by treasurer Anders Fjell.\n");
	const struct person *p = person_named(f, "Oskar Vendt");
	assert_string_equal(event_label(p->fate), "resigned");
	assert_int_equal(person_named(f, "Anders Fjell")->fate, EVENT_NONE);
	/* two lawyers: "the lawyer" may be either, and is neither */
	f = facts_of(state,
		"Lundco's lead lawyer, Oskar Vendt, met the board in May.\n\n"
		"Brenmouth's lawyer, Ada Roe, was there too.\n\n"
		"But the lawyer resigned later in May.\n\n"
		"Vendt was replaced last week by treasurer Anders Fjell.\n");
	assert_string_equal(event_label(person_named(f, "Oskar Vendt")->fate), "left");
	assert_int_equal(person_named(f, "Ada Roe")->fate, EVENT_NONE);
	/* a lawyer last named further back than the sentence before: no one
	 * sure */
	f = facts_of(state,
		"Lundco's lead lawyer, Oskar Vendt, met the board in May.\n\n"
		"Vendt urged the board to wait.\n\n"
		"The board met again in June.\n\n"
		"But the lawyer resigned later in June.\n");
	assert_int_equal(person_named(f, "Oskar Vendt")->fate, EVENT_NONE);
	/* "the lawyer" as an object ("who hired the lawyer") is not the one
	 * who speaks or resigns */
	f = facts_of(state,
		"Lundco's lead lawyer, Oskar Vendt, met the board in May.\n\n"
		"Petra Olsund, who had hired the lawyer, resigned in June.\n");
	assert_int_equal(person_named(f, "Oskar Vendt")->fate, EVENT_NONE);
	f = facts_of(state,
		"Lundco's lead lawyer, Oskar Vendt, met the board in May.\n\n"
		"Petra Olsund, who hired the lawyer, said: \"The harbour stays open every day.\"\n");
	assert_int_equal(f->nquotes, 1);
	assert_int_not_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Oskar Vendt")));
	/* after a quotation, the title is the speaker's */
	f = facts_of(state,
		"Lundco's lead lawyer, Oskar Vendt, met the board in May.\n\n"
		"\"The harbour stays open every day of the year,\" the lawyer said.\n");
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Oskar Vendt")));
	/* "the lawyer of ...", or a role nobody was given: no one */
	f = facts_of(state,
		"Lundco's lead lawyer, Oskar Vendt, met the board in May.\n\n"
		"But the lawyer of the bank resigned later in May, and the treasurer resigned too.\n");
	assert_int_equal(person_named(f, "Oskar Vendt")->fate, EVENT_NONE);
}

/* "Texas Gov.", "Former Ohio Gov.": the state is written with the title
 * but is no part of the role; a qualifier before it is. */
static void a_place_before_an_abbreviated_title(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Former Ohio Gov. Tomas Garrow disagreed, as did Texas Gov. Jon Brek and "
		"U.S. Sen. Ada Roe.\n");
	const struct person *p = person_named(f, "Tomas Garrow");
	assert_string_equal(p->role_text, "Former Ohio Gov.");
	assert_string_equal(p->role, "former governor");
	p = person_named(f, "Jon Brek");
	assert_string_equal(p->role_text, "Texas Gov.");
	assert_string_equal(p->role, "governor");
	p = person_named(f, "Ada Roe");
	assert_string_equal(p->role_text, "U.S. Sen.");
	assert_string_equal(p->role, "senator");
}

/* "chief of staff": a lower-case field after "of" is part of the title
 * after a name. */
static void a_field_after_of_is_part_of_the_title(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Lars Moen, the mayor's chief of staff, said nothing. Anna Holt, the former deputy "
		"chief of staff, said more.\n");
	assert_string_equal(person_named(f, "Lars Moen")->role, "chief of staff");
	assert_string_equal(person_named(f, "Anna Holt")->role_text, "former deputy chief of staff");
}

/* A time zone before a title is no organisation ("at 5 p.m. ET Harbour
 * Master Kim Lund"). */
static void a_time_zone_is_no_organisation(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The talk starts at 5 p.m. ET Businessman Kim Lund, who will speak first, said so.\n");
	const struct person *p = person_named(f, "Kim Lund");
	assert_null(p->org);
}

/* Middle initials belong to the name: "Mary J. Castell" is one person,
 * not "Mary J" and a sentence end. */
static void middle_initials_stay_in_the_name(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Prosecutor Anselm K. Dorrit questioned Mary J. Castell on Monday, "
		"said Deputy Mayor Tobias R. Quillan.\n"
		"Castell said nothing, Dorrit said.\n");
	assert_int_equal(people_seen(f), 3);
	const struct person *p = person_named(f, "Anselm K. Dorrit");
	assert_string_equal(p->first, "anselm");
	assert_string_equal(p->surname, "dorrit");
	assert_int_equal(p->mentions, 2);
	assert_string_equal(person_named(f, "Mary J. Castell")->surname, "castell");
	assert_string_equal(person_named(f, "Tobias R. Quillan")->role, "deputy mayor");
}

/* The person after an active verb is the one it happened to; the subject
 * only did it. */
static void the_object_of_fired_is_the_one_fired(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Mayor Petra Olsund fired police chief Anders Fjell on Tuesday.\n");
	assert_int_equal(person_named(f, "Petra Olsund")->fate, EVENT_NONE);
	const struct person *p = person_named(f, "Anders Fjell");
	assert_string_equal(event_label(p->fate), "dismissed");
	f = facts_of(state,
		"The board fired its safety manager, Anders Fjell, on Tuesday, said Petra Olsund.\n");
	assert_string_equal(event_label(person_named(f, "Anders Fjell")->fate), "dismissed");
	assert_int_equal(person_named(f, "Petra Olsund")->fate, EVENT_NONE);
	/* "Mr." between the verb and the name */
	f = facts_of(state,
		"Police chief Anders Fjell spoke on Monday.\n"
		"Mayor Petra Olsund told Mr. Tarrow she had fired Mr. Fjell.\n");
	assert_string_equal(event_label(person_named(f, "Anders Fjell")->fate), "dismissed");
	assert_int_equal(person_named(f, "Petra Olsund")->fate, EVENT_NONE);
}

/* "dismissed the claims": what the subject did, not a dismissal; nor is a
 * person merely later in the sentence the one who resigned. */
static void active_verbs_with_other_objects_are_no_fate(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Mayor Petra Olsund has often dismissed the allegations against her.\n");
	assert_int_equal(person_named(f, "Petra Olsund")->fate, EVENT_NONE);
	f = facts_of(state,
		"Mayor Petra Olsund was dismissed the next day.\n");
	assert_string_equal(event_label(person_named(f, "Petra Olsund")->fate), "dismissed");
	f = facts_of(state,
		"The treasurer resigned in May amid reports that Mayor Petra Olsund had ignored "
		"his advice.\n");
	assert_int_equal(person_named(f, "Petra Olsund")->fate, EVENT_NONE);
	/* a plural noun, or what a person owns, as the object; after a
	 * comma too */
	static const char *const objects[] = {
		"Mayor Petra Olsund dismissed concerns about the harbour.\n",
		"Petra Olsund, the mayor, dismissed the criticism.\n",
		"Petra Olsund, the mayor, dismissed concerns about the harbour.\n",
		"Kim Lund, an adviser to Mayor Petra Olsund, dismissed Mr. Fjell's attacks on Friday.\n",
		/* someone else left, something else dismissed */
		"Mayor Petra Olsund, whose record of remarks has left her at a disadvantage, spoke.\n",
		"Mayor Petra Olsund agreed with the dismissal of the case.\n",
		/* what is planned, unlikely or asked for has not happened */
		"Mayor Petra Olsund is unlikely to resign her seat.\n",
		"Mayor Petra Olsund made no mention of plans to step down.\n",
		"Mayor Petra Olsund had to ask for his resignation.\n",
	};
	for (size_t i = 0; i < sizeof objects / sizeof objects[0]; i++) {
		f = facts_of(state, objects[i]);
		const struct person *p = person_named(f, "Petra Olsund");
		if (p->fate != EVENT_NONE)
			fail_msg("%s: fate %s", objects[i], event_label(p->fate));
	}
	/* and what happens to the person stays hers: her post, her own
	 * accord, a time of several words after a comma */
	static const char *const fates[][2] = {
		{ "Mayor Petra Olsund, dismissed on Friday, left the harbour.\n", "dismissed" },
		{ "Mayor Petra Olsund resigned her post on Monday.\n", "resigned" },
		{ "Mayor Petra Olsund resigned of her own accord.\n", "resigned" },
		{ "Mayor Petra Olsund, fired a few weeks ago, spoke.\n", "dismissed" },
		{ "Mayor Petra Olsund, dismissed an hour after the vote, left.\n", "dismissed" },
	};
	for (size_t i = 0; i < sizeof fates / sizeof fates[0]; i++) {
		f = facts_of(state, fates[i][0]);
		const struct person *who = person_named(f, "Petra Olsund");
		if (who->fate == EVENT_NONE || strcmp(event_label(who->fate), fates[i][1]) != 0)
			fail_msg("%s: fate %s", fates[i][0], event_label(who->fate));
	}
}

/* "fired back", "dismissed as a hoax": the verb in another sense; and a
 * list of the fired ends at a verb in -ing ("leaving C in charge"). */
static void fate_words_in_other_senses(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Mayor Petra Olsund fired back at her critics on Monday.\n");
	assert_int_equal(person_named(f, "Petra Olsund")->fate, EVENT_NONE);
	f = facts_of(state,
		"Mayor Petra Olsund said the inquiry was dismissed as a partisan stunt.\n");
	assert_int_equal(person_named(f, "Petra Olsund")->fate, EVENT_NONE);
	f = facts_of(state,
		"Mayor Petra Olsund was dismissed as harbour chief on Monday.\n");
	assert_string_equal(event_label(person_named(f, "Petra Olsund")->fate), "dismissed");
	f = facts_of(state,
		"The mayor has fired director Anders Fjell and treasurer Ada Roe, leaving deputy "
		"Tomas Garrow as the only senior official.\n");
	assert_string_equal(event_label(person_named(f, "Anders Fjell")->fate), "dismissed");
	assert_string_equal(event_label(person_named(f, "Ada Roe")->fate), "dismissed");
	assert_int_equal(person_named(f, "Tomas Garrow")->fate, EVENT_NONE);
}

/* "Name, the governor's new spokesman and a critic of ...": the role is
 * the spokesman. */
static void possessive_role_after_a_comma(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Reporters met Halvard Brune, the governor's new spokesman and a longtime critic "
		"of the plan, on Friday.\n");
	const struct person *p = person_named(f, "Halvard Brune");
	assert_string_equal(p->role_text, "spokesman");
}

/* Capitals in a headline in title case, and the names of places and
 * bodies, make no people. */
static void title_case_and_place_names_make_no_people(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Governor Halvard Brune Quietly Visits Harbour Works Before Storm\n"
		"\n"
		"Governor Halvard Brune visited the Coastal Defence Zone and the Regional "
		"Command on Monday, a spokesman said.\n");
	assert_int_equal(people_seen(f), 1);
	assert_string_equal(person_named(f, "Halvard Brune")->role, "governor");
	/* a headline with a full stop, every long word capitalised */
	f = facts_of(state,
		"Harbour director Halvard Brune visited the quays on Monday.\n"
		"\n"
		"Harbour Director Halvard Brune Quietly Visits Storm Damaged Western Quays.\n");
	assert_int_equal(people_seen(f), 1);
	/* a sentence opening with a verb in -ing */
	f = facts_of(state,
		"Praising Harbourton's great history, Mayor Halvard Brune said the works were "
		"done. Praising Harbourton was easy, Brune said.\n");
	assert_int_equal(people_seen(f), 1);
	/* a list of names is prose, full stop and capitals notwithstanding */
	f = facts_of(state,
		"Senators Marta Quell and Ivor Blane and Tessa Moorcroft spoke.\n"
		"Quell, Blane and Moorcroft said nothing more.\n");
	assert_int_equal(people_seen(f), 3);
}

/* The speaker named right after a quotation, with a description between
 * commas before "said", is the speaker: not the speaker of the quotation
 * before, nor a name inside the quoted words. */
static void speaker_with_a_description_after_the_quotation(void **state)
{
	const struct report_facts *f = facts_of(state,
		"\"We will not close the bridge,\" Mayor Petra Olsund said on Monday.\n"
		"\n"
		"\"When Petra Olsund comes to the harbour, we will all be there to meet her,\" "
		"Kim Lund, the harbour's director of works, said in an interview.\n");
	assert_int_equal(f->nquotes, 2);
	int kl = index_of(f, person_named(f, "Kim Lund"));
	assert_int_equal(f->quotes[1].speaker, kl);
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Petra Olsund")));
}

/* What is asked about, called for or threatened has not happened. */
static void hedged_fate_is_ignored(void **state)
{
	static const char *const texts[] = {
		"Critics asked whether Mayor Petra Olsund will be forced to resign.\n",
		"Finance director Oskar Vendt threatened to resign, the board said.\n",
		"Finance director Oskar Vendt could be fired next week, the board said.\n",
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		const struct report_facts *f = facts_of(state, texts[i]);
		for (size_t k = 0; k < f->npeople; k++)
			assert_int_equal(f->people[k].fate, EVENT_NONE);
	}
	const struct report_facts *f = facts_of(state,
		"Finance director Oskar Vendt resigned on Friday, the board said.\n");
	assert_string_equal(event_label(person_named(f, "Oskar Vendt")->fate), "resigned");
}

/* "he said" stands for the one person who fits, or is unclear: never a
 * person named earlier when someone else was named since. */
static void pronoun_speakers_only_when_one_person_fits(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Mayor Petra Olsund opened the bridge on Monday.\n"
		"\n"
		"\"We kept our promise to every family in the valley,\" she said.\n");
	assert_int_equal(f->nquotes, 1);
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Petra Olsund")));
	/* someone the report names only as "Mr. Roe" came in between: he
	 * is the one who fits (a person known by surname) */
	f = facts_of(state,
		"Mayor Petra Olsund opened the bridge on Monday.\n"
		"\n"
		"Later Mr. Tarrow praised the work of the engineers.\n"
		"\n"
		"\"We kept our promise to every family in the valley,\" he said.\n");
	assert_int_equal(f->nquotes, 1);
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Tarrow")));
	/* and with both in the sentence before, nobody fits */
	f = facts_of(state,
		"Mayor Petra Olsund and Mr. Tarrow opened the bridge on Monday.\n"
		"\n"
		"\"We kept our promise to every family in the valley,\" he said.\n");
	assert_int_equal(f->quotes[0].speaker, -1);
	assert_non_null(strstr(f->quotes[0].speaker_text, "unclear who"));
	/* two people named in the sentence before */
	f = facts_of(state,
		"Mayor Petra Olsund met treasurer Anders Fjell on Monday.\n"
		"\n"
		"\"We kept our promise to every family in the valley,\" she said.\n");
	assert_int_equal(f->quotes[0].speaker, -1);
}

/* Found on real stories: names that end in a short capitalised word, place
 * compounds with an abbreviation, titles in quotation marks and headlines
 * whose function words are capitalised. */
static void name_shapes_from_real_stories(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Coastal President Hwang Dae In said the talks would go on.\n");
	assert_non_null(person_named(f, "Hwang Dae In"));
	f = facts_of(state,
		"Before any U.S.-Norway summit, the envoy said, both sides must agree.\n"
		"The crowd sang \"Bring Summer Home\" when Mayor Petra Olsund said the works "
		"were done.\n");
	assert_int_equal(people_seen(f), 1);
	assert_non_null(person_named(f, "Petra Olsund"));
	f = facts_of(state,
		"Governor Halvard Brune Is Coming to Harbourton. Here Is What He Wants.\n"
		"\n"
		"Mayor Petra Olsund said the visit was welcome.\n");
	assert_int_equal(people_seen(f), 1);
	assert_true(lex_tables_sorted());
}

/* A first name one letter off a known one, or a name that holds a known
 * person's first name after a word the rules do not know as a title, is
 * that person: not a second person with the same surname. */
static void first_name_slips_are_one_person(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Harbour director Halvard Brune said the quay would open. On Friday Halvord Brune "
		"said it again, and Brune left.\n");
	assert_int_equal(people_seen(f), 1);
	f = facts_of(state,
		"Coastal Attorney Generel Petra Olsund said the case was closed. Mayor Petra Olsund "
		"spoke next.\n");
	assert_int_equal(people_seen(f), 1);
	/* two people who share a surname stay two */
	f = facts_of(state,
		"Mayor Petra Olsund said the case was closed. Her brother, treasurer Anders Olsund, "
		"said nothing.\n");
	assert_int_equal(people_seen(f), 2);
}

/* Found on real stories: the speaker named after a long description, not
 * someone an earlier sentence of the paragraph asked; "he" never stands
 * for a name inside a quotation, nor for a person named only as an owner
 * ("Roe's lawyer"), nor for one of two people the sentence before speaks
 * of; a surname two people share is neither's. */
static void speakers_found_on_real_stories(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The council's chairman asked Mayor Petra Olsund on Monday to appear before it. "
		"Olsund's \"plan for the harbour is highly unusual, if not unheard of,\" the "
		"council's chairman, Councillor Kim Lund, Liberal of Brenmouth, wrote in a letter.\n");
	assert_int_equal(f->nquotes, 1);
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Kim Lund")));
	f = facts_of(state,
		"Treasurer Anders Fjell spoke on Monday.\n"
		"\n"
		"\"Crooked Petra Olsund is the worst mayor this valley has ever had,\" he said.\n");
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Anders Fjell")));
	f = facts_of(state,
		"Treasurer Anders Fjell said Mayor Petra Olsund would resign.\n"
		"\n"
		"\"We will not let the harbour close for a single day,\" he said.\n");
	assert_int_equal(f->quotes[0].speaker, -1);
	/* "President Fjell" before any Fjell is named in full is someone
	 * the report knows by surname, not the "Anna Fjell" named after */
	f = facts_of(state,
		"President Fjell and Anna Fjell, his wife, welcomed the mayor on Monday.\n"
		"\n"
		"\"We will keep the harbour open every day of the year,\" Mr. Fjell said.\n");
	assert_int_equal(f->nquotes, 1);
	assert_true(f->quotes[0].speaker < 0 ||
		    strcmp(f->people[f->quotes[0].speaker].name, "Anna Fjell") != 0);
	/* a straight mark glued to "said" after a comma closes a quotation
	 * of the paragraph before: the narration after it is no quotation */
	f = facts_of(state,
		"\"We will keep the harbour open every day of the year.\n"
		"\n"
		"And we will keep the ferries running, \"said Mayor Petra Olsund, who met the "
		"council on Monday and spoke for an hour about the quays.\n");
	for (size_t k = 0; k < f->nquotes; k++)
		assert_null(strstr(f->quotes[k].text, "said Mayor"));
	/* the same with a space between the mark and "said" */
	f = facts_of(state,
		"\"We will keep the harbour open every day of the year.\n"
		"\n"
		"And we will keep the ferries running,\" said Mayor Petra Olsund. The quays "
		"were built in the last century and cost the town a great deal.\n");
	for (size_t k = 0; k < f->nquotes; k++) {
		assert_null(strstr(f->quotes[k].text, "said Mayor"));
		assert_null(strstr(f->quotes[k].text, "The quays"));
	}
	f = facts_of(state,
		"Mayor Petra Olsund met her husband, Harbour Director Tomas Olsund, on Monday.\n"
		"\n"
		"\"We will keep the harbour open every day of the year,\" Olsund said.\n");
	assert_int_equal(f->quotes[0].speaker, -1);
}

/* The one written to before the verb ("wrote to the mayor and said") is
 * not the speaker, by name or by a title standing for them; "according
 * to" still names one. */
static void whom_a_speaker_writes_to_is_not_the_speaker(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Mayor Petra Olsund met treasurer Anders Fjell on Monday.\n"
		"\n"
		"He also wrote to the mayor and said, \"The harbour must stay open every day.\"\n");
	assert_int_equal(f->nquotes, 1);
	assert_int_equal(f->quotes[0].speaker, -1);
	f = facts_of(state,
		"Mayor Petra Olsund met treasurer Anders Fjell on Monday.\n"
		"\n"
		"He also wrote to Olsund and said, \"The harbour must stay open every day.\"\n");
	assert_int_equal(f->quotes[0].speaker, -1);
	f = facts_of(state,
		"Mayor Petra Olsund met treasurer Anders Fjell on Monday.\n"
		"\n"
		"The harbour must stay open, according to Fjell, who said, \"Every day of the year.\"\n");
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Anders Fjell")));
}

/* Names listed with semicolons, each with a party and a state, speak
 * together; whose memos are quoted ("that Roe's memos ...") is not who
 * speaks, nor whose official speaks ("a Roe campaign official"). */
static void a_list_with_semicolons_speaks_together(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Harbour Chairman Kim Lund, R-Va.; Port Chairman Petra Olsund, R-S.C.; and "
		"Treasurer Anders Fjell, R-Calif., said in a joint statement that Ada Roe's memos "
		"\"show the harbour was never closed to any boat in the valley.\"\n");
	assert_int_equal(f->nquotes, 1);
	const struct quote *q = &f->quotes[0];
	assert_int_equal(q->speaker, index_of(f, person_named(f, "Kim Lund")));
	assert_int_equal(q->njoint, 2);
	assert_int_equal(q->joint[0], index_of(f, person_named(f, "Petra Olsund")));
	assert_int_equal(q->joint[1], index_of(f, person_named(f, "Anders Fjell")));
	/* a bare semicolon ends a clause: who comes after it is no
	 * speaker */
	f = facts_of(state,
		"\"We will keep the harbour open every day of the year,\" said Harbour Chief "
		"Kim Lund; Ada Roe declined to comment.\n\nRoe and Lund met later.\n");
	assert_int_equal(f->nquotes, 1);
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Kim Lund")));
	assert_int_equal(f->quotes[0].njoint, 0);
	/* the subject too far from the verb: the memos' writer is still
	 * not the one who speaks */
	f = facts_of(state,
		"Pilot Ada Roe wrote the memos in May.\n\n"
		"Treasurer Anders Fjell, who ran the harbour for ten long years, said that Ada "
		"Roe's memos \"show the harbour was never closed to any boat in the valley.\"\n");
	assert_int_equal(f->nquotes, 1);
	assert_int_not_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Ada Roe")));
	/* a subject of its own after the comma: the aide speaks, not Roe;
	 * a description between commas is Roe's own */
	f = facts_of(state,
		"Pilot Ada Roe wrote the memos in May.\n\n"
		"Asked whether Roe backed the plan, an aide told the Ledger: "
		"\"Of course she does.\"\n");
	assert_int_equal(f->nquotes, 1);
	assert_int_not_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Ada Roe")));
	f = facts_of(state,
		"Pilot Ada Roe wrote the memos in May.\n\n"
		"Roe, the harbour's chief pilot, told the Ledger: \"Of course we do.\"\n");
	assert_int_equal(f->nquotes, 1);
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Ada Roe")));
	/* "a Roe campaign official told": the official speaks, not Roe */
	f = facts_of(state,
		"Pilot Ada Roe wrote the memos in May.\n\n"
		"When asked whether Roe supported sending pilots back to the harbour in the fall, "
		"a Roe campaign official told the Ledger: "
		"\"Of course she does.\"\n");
	assert_int_equal(f->nquotes, 1);
	assert_int_not_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Ada Roe")));
}

/* A joint statement is spoken by everyone it names; a quotation that opens
 * a paragraph with an attribution of its own that the rules cannot follow
 * does not borrow the speaker of the quotation before. */
static void joint_statements_keep_every_speaker(void **state)
{
	const struct report_facts *f = facts_of(state,
		"\"The harbour stays open to every boat in the valley,\" read a joint statement "
		"from Harbour Chairman Kim Lund, Mayor Petra Olsund, and Treasurer Anders Fjell.\n");
	assert_int_equal(f->nquotes, 1);
	const struct quote *q = &f->quotes[0];
	assert_int_equal(q->speaker, index_of(f, person_named(f, "Kim Lund")));
	assert_int_equal(q->njoint, 2);
	assert_int_equal(q->joint[0], index_of(f, person_named(f, "Petra Olsund")));
	assert_int_equal(q->joint[1], index_of(f, person_named(f, "Anders Fjell")));
	/* a few quoted words inside a sentence naming no speaker are a
	 * slogan or a name, not more of the remark before */
	f = facts_of(state,
		"\"We will keep every ferry route open,\" Mayor Petra Olsund said on Monday. The "
		"plan is sold as \"Open Harbour for Every Family\" in the town. \"It will cost "
		"little and help many families along the coast,\" she added.\n");
	assert_int_equal(f->nquotes, 3);
	assert_int_equal(f->quotes[1].speaker, -1);
	assert_int_equal(f->quotes[2].speaker, index_of(f, person_named(f, "Petra Olsund")));
	/* a title of the speaker naming an organisation: one speaker */
	f = facts_of(state,
		"\"The harbour stays open to every boat in the valley,\" said Dr. Petra Olsund, "
		"president of Planned Harbours of America.\n");
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Petra Olsund")));
	assert_int_equal(f->quotes[0].njoint, 0);
	/* a name that owns the speaker's title: one speaker */
	f = facts_of(state,
		"\"The harbour stays open to every boat in the valley,\" said Kim Lund, former "
		"Mayor Petra Olsund's chief adviser.\n");
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Kim Lund")));
	assert_int_equal(f->quotes[0].njoint, 0);
	/* two names that are not one list: one speaker */
	f = facts_of(state,
		"\"The harbour stays open to every boat in the valley,\" Mayor Petra Olsund said "
		"after she met Anders Fjell, the treasurer.\n");
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Petra Olsund")));
	assert_int_equal(f->quotes[0].njoint, 0);
	f = facts_of(state,
		"\"We kept our promise to every family in the valley,\" Mayor Petra Olsund said.\n"
		"\n"
		"\"The bridge will carry trucks from next spring,\" ran the line printed under "
		"the council's seal in every newspaper.\n");
	assert_int_equal(f->nquotes, 2);
	assert_int_equal(f->quotes[1].speaker, -1);
	/* a paragraph that is all quotation carries on the speaker before */
	f = facts_of(state,
		"\"We kept our promise to every family in the valley,\" Mayor Petra Olsund said.\n"
		"\n"
		"\"The bridge will carry trucks from next spring.\"\n");
	assert_int_equal(f->nquotes, 2);
	assert_int_equal(f->quotes[1].speaker, index_of(f, person_named(f, "Petra Olsund")));
}

/* Found in review: the object of a verb never reaches into the next
 * clause or a possessor, a list of objects all share the fate, and a
 * hedge must stand in the event's own clause. */
static void objects_stay_in_their_clause(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Harbour director Kim Lund was fired and engineer Maria Castell was appointed "
		"in his place, the board said.\n");
	assert_string_equal(event_label(person_named(f, "Kim Lund")->fate), "dismissed");
	assert_int_equal(person_named(f, "Maria Castell")->fate, EVENT_NONE);
	f = facts_of(state,
		"The board fired director Kim Lund and engineer Maria Castell on Monday.\n");
	assert_string_equal(event_label(person_named(f, "Kim Lund")->fate), "dismissed");
	assert_string_equal(event_label(person_named(f, "Maria Castell")->fate), "dismissed");
	f = facts_of(state,
		"The board suspended director Kim Lund's deputy, engineer Maria Castell, on Monday.\n");
	assert_int_equal(person_named(f, "Kim Lund")->fate, EVENT_NONE);
	f = facts_of(state,
		"Director Kim Lund, sacked this week by the board, said he would appeal.\n");
	assert_string_equal(event_label(person_named(f, "Kim Lund")->fate), "dismissed");
	f = facts_of(state, "The board called a meeting and fired director Kim Lund.\n");
	assert_string_equal(event_label(person_named(f, "Kim Lund")->fate), "dismissed");
	/* a building after a title word is no unknown person */
	f = facts_of(state,
		"Director Kim Lund visited the Police Headquarters on Monday. "
		"\xe2\x80\x9cWe have failed the town,\xe2\x80\x9d he said.\n");
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Kim Lund")));
	/* a full stop inside closing quotes still ends prose */
	f = facts_of(state, "Harbour Director Maria Castell said: \xe2\x80\x9c" "Enough.\xe2\x80\x9d\n");
	assert_int_equal(people_seen(f), 1);
}

static void negated_fate_is_ignored(void **state)
{
	static const char *const texts[] = {
		"Finance director Oskar Vendt did not resign, the board said.\n",
		"Finance director Oskar Vendt wasn't fired, the board said.\n",
		"Finance director Oskar Vendt was never fired.\n",
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		const struct report_facts *f = facts_of(state, texts[i]);
		const struct person *p = person_named(f, "Oskar Vendt");
		assert_int_equal(p->fate, EVENT_NONE);
		assert_null(p->fate_text);
	}
}

static void the_speaker_is_not_the_one_fired(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Spokesperson Oskar Vendt said the auditor was fired.\n");
	assert_int_equal(people_seen(f), 1);
	assert_int_equal(person_named(f, "Oskar Vendt")->fate, EVENT_NONE);
	f = facts_of(state, "Oskar Vendt said two managers were fired.\n");
	assert_int_equal(person_named(f, "Oskar Vendt")->fate, EVENT_NONE);
	assert_count(only_count(f), "two managers", 2, "", "employees", "dismissed");
}

static void everyone_listed_after_the_verb_shares_the_fate(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Engineer Oskar Vendt and analyst Lina Marsk built the tool.\n\n"
		"Among those let go were Oskar Vendt, Lina Marsk and two others.\n");
	assert_int_equal(people_seen(f), 2);
	const struct person *a = person_named(f, "Oskar Vendt");
	const struct person *b = person_named(f, "Lina Marsk");
	assert_string_equal(event_label(a->fate), "dismissed");
	assert_string_equal(a->fate_text, "let go");
	assert_int_equal(a->fate_at.sent, 1);
	assert_string_equal(event_label(b->fate), "dismissed");
	assert_string_equal(b->fate_text, "let go");
}

static void person_named_by_role_alone_gets_the_fate(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Chief executive Oskar Vendt spoke on Friday.\n\n"
		"The company's chief auditor has also been fired.\n");
	assert_int_equal(people_seen(f), 2);
	assert_int_equal(person_named(f, "Oskar Vendt")->fate, EVENT_NONE);
	const struct person *p = unnamed_person(f);
	assert_null(p->surname);
	assert_string_equal(p->role, "chief auditor");
	assert_string_equal(p->role_text, "chief auditor");
	assert_string_equal(event_label(p->fate), "dismissed");
	assert_string_equal(p->fate_text, "fired");
	assert_int_equal(p->rel, REL_NONE);
}

static void his_manager_is_the_manager_of_the_person_before(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Engineer Oskar Vendt was fired in May.\n\nHis manager resigned.\n");
	assert_int_equal(people_seen(f), 2);
	const struct person *v = person_named(f, "Oskar Vendt");
	assert_string_equal(event_label(v->fate), "dismissed");
	const struct person *m = unnamed_person(f);
	assert_string_equal(m->role, "manager");
	assert_string_equal(m->role_text, "His manager");
	assert_int_equal(m->rel, REL_MANAGER_OF);
	assert_int_equal(m->rel_to, index_of(f, v));
	assert_string_equal(event_label(m->fate), "resigned");
}

/* ---- counts ------------------------------------------------------------- */

static void count_in_digits(void **state)
{
	const struct report_facts *f = facts_of(state, "The company fired 12 employees in March.\n");
	const struct quantity *q = only_count(f);
	assert_count(q, "12 employees", 12, "", "employees", "dismissed");
	assert_null(q->note);
	assert_int_equal(q->at.sent, 0);
	assert_span(state, q->at, "12 employees");
}

static void count_in_words(void **state)
{
	const struct report_facts *f = facts_of(state, "The company fired four employees in March.\n");
	assert_count(only_count(f), "four employees", 4, "", "employees", "dismissed");
	f = facts_of(state, "Thirty-eight workers were laid off.\n");
	assert_count(only_count(f), "Thirty-eight workers", 38, "", "employees", "dismissed");
	f = facts_of(state, "At least 2,500 residents were evacuated.\n");
	assert_count(only_count(f), "At least 2,500 residents", 2500, "at least", "residents",
		     "evacuated");
	/* scale words multiply, after digits or words */
	f = facts_of(state, "The storm forced 1.5 million residents to be evacuated.\n");
	assert_value(only_count(f), 1500000);
	f = facts_of(state, "Two hundred thousand residents were evacuated.\n");
	assert_value(only_count(f), 200000);
}

static void qualifiers_of_counts(void **state)
{
	static const struct {
		const char *text, *count, *qual;
		double value;
	} cases[] = {
		{ "At least four employees were fired.\n", "At least four employees", "at least", 4 },
		{ "Around 40 workers were laid off.\n", "Around 40 workers", "around", 40 },
		{ "More than 200 staff were suspended.\n", "More than 200 staff", "more than", 200 },
		{ "All four engineers were fired.\n", "All four engineers", "all", 4 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct report_facts *f = facts_of(state, cases[i].text);
		const struct quantity *q = only_count(f);
		assert_string_equal(q->text, cases[i].count);
		assert_string_equal(qual_label(q->qual), cases[i].qual);
		assert_value(q, cases[i].value);
		assert_string_equal(noun_class_label(q->noun), "employees");
	}
	/* a range is no count (the values read it), nor is its upper end */
	const struct report_facts *f = facts_of(state, "Between 10 and 12 workers were laid off.\n");
	assert_int_equal(f->ncounts, 0);
	f = facts_of(state, "Between ten and twelve workers were laid off.\n");
	assert_int_equal(f->ncounts, 0);
	f = facts_of(state, "Between 10 and 12 thousand workers were laid off.\n");
	assert_int_equal(f->ncounts, 0);
}

static void vague_counts_have_no_number(void **state)
{
	const struct report_facts *f = facts_of(state, "Several employees were fired.\n");
	assert_count(only_count(f), "Several employees", NAN, "unspecified number", "employees",
		     "dismissed");
	f = facts_of(state, "A number of employees were fired.\n");
	assert_count(only_count(f), "A number of employees", NAN, "unspecified number",
		     "employees", "dismissed");
}

static void undisclosed_count(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The company did not disclose how many of its staff had been laid off.\n");
	assert_count(only_count(f), "did not disclose how many", NAN, "not disclosed", "employees",
		     "dismissed");
	/* "how many had been laid off" is a count, not something that happened
	 * to the person named before it */
	f = facts_of(state,
		"Chief executive Marta Quillon did not disclose how many had been laid off.\n");
	assert_int_equal(person_named(f, "Marta Quillon")->fate, EVENT_NONE);
}

static void counted_doers_and_counted_targets(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Several employees had accessed the data of two journalists.\n");
	assert_int_equal(f->ncounts, 2);
	const struct quantity *doers = &f->counts[0], *targets = &f->counts[1];
	assert_count(doers, "Several employees", NAN, "unspecified number", "employees", "tracked");
	assert_true(doers->agent);
	assert_count(targets, "two journalists", 2, "", "journalists", "tracked");
	assert_false(targets->agent);
	/* a death toll counts the people killed, with no noun after it;
	 * "the toll road" is no toll */
	f = facts_of(state, "The death toll has risen to 41, officials said.\n");
	assert_count(only_count(f), "41", 41, "", "people", "killed");
	f = facts_of(state, "The toll rose to nine on Friday, as more bodies were found.\n");
	assert_count(only_count(f), "nine", 9, "", "people", "killed");
	f = facts_of(state, "The death toll has risen to at least 41.\n");
	assert_count(only_count(f), "at least 41", 41, "at least", "people", "killed");
	/* no toll of the dead: a road, a fee, a forecast, a toll with no
	 * dead in its sentence */
	static const char *const none[] = {
		"The toll road fee rose to 12 on Friday.\n",
		"The toll is 5 euros for cars.\n",
		"Officials fear the death toll could rise to 100.\n",
		"On the new bridge the toll rose to 4.\n",
	};
	for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
		f = facts_of(state, none[i]);
		assert_int_equal(f->ncounts, 0);
	}
	/* "Twelve gunmen left 30 people dead": the 30 are the people, the
	 * twelve count no noun the rules know */
	f = facts_of(state, "Twelve gunmen left 30 people dead in the attack.\n");
	assert_count(only_count(f), "30 people", 30, "", "people", "killed");
	/* an event after a count is near it from the count's end: the
	 * officers suffered the injuries, the people were detained */
	f = facts_of(state, "Twenty-three people were detained and eight police officers suffered "
			    "minor injuries.\n");
	assert_int_equal(f->ncounts, 2);
	assert_string_equal(event_label(f->counts[0].event), "arrested");
	assert_string_equal(event_label(f->counts[1].event), "injured");
	assert_false(f->counts[1].agent);
	/* "died", "are feared dead": the people counted undergo it, as
	 * those "killed" do */
	static const char *const undergone[] = {
		"At least 12 people died when the ferry capsized.\n",
		"Around 12 people are feared dead after the ferry sank.\n",
		"Fifteen people were killed when the ferry sank.\n",
	};
	for (size_t i = 0; i < 3; i++) {
		f = facts_of(state, undergone[i]);
		assert_string_equal(event_label(only_count(f)->event), "killed");
		assert_false(only_count(f)->agent);
	}
}

static void part_of_a_group_is_not_a_count(void **state)
{
	const struct report_facts *f = facts_of(state, "One of the reporters was tracked by the firm.\n");
	assert_int_equal(f->ncounts, 0);
	f = facts_of(state, "Two of the people were fired.\n");
	assert_int_equal(f->ncounts, 0);
}

static void as_well_as_is_not_a_total(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The firm tracked five reporters as well as two writers.\n");
	assert_count(only_count(f), "five reporters", 5, "", "journalists", "tracked");
}

static void named_people_and_others_count_together(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Engineer Oskar Vendt and analyst Lina Marsk built the tool.\n\n"
		"Oskar Vendt, Lina Marsk and two others were suspended.\n");
	const struct quantity *q = only_count(f);
	assert_count(q, "Oskar Vendt, Lina Marsk and two others", 4, "", "people", "suspended");
	assert_string_equal(q->note, "2 named and two more");
	assert_int_equal(q->at.sent, 1);
}

static void my_location_and_two_colleagues_is_three(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Engineers tracked my location and the locations of two of my colleagues, "
		"the reporter wrote.\n");
	const struct quantity *q = only_count(f);
	assert_count(q, "my location and the locations of two of my colleagues", 3, "", "people",
		     "tracked");
	assert_string_equal(q->note, "counting the speaker and the colleagues named");
}

static void event_of_a_count_in_the_next_sentence(void **state)
{
	const struct report_facts *f = facts_of(state,
		"An audit found four members of staff had access. They have since been fired.\n");
	const struct quantity *q = only_count(f);
	assert_count(q, "four members of staff", 4, "", "employees", "dismissed");
	assert_false(q->agent);
	assert_int_equal(q->at.sent, 0);
	assert_string_equal(q->note, "the event is in the next sentence (\"they\")");
}

static void year_is_not_a_count(void **state)
{
	const struct report_facts *f = facts_of(state, "In 2021 employees were fired.\n");
	assert_int_equal(f->ncounts, 0);
	f = facts_of(state, "By 2023, 40 residents were evacuated.\n");
	assert_count(only_count(f), "40 residents", 40, "", "residents", "evacuated");
}

/* FAILS: "At 10:30 staff were evacuated from the building." gives a count
 * "30 staff" (30, employees, evacuated).  counts() skips the hour ("10" is
 * followed by ':') but then reads the minutes "30" as a number of staff;
 * its comment says "a year, a time or an amount is not a count of people".
 * A number right after ':' (the minutes) should not be a count either. */
static void time_is_not_a_count(void **state)
{
	const struct report_facts *f = facts_of(state,
		"At 10:30 staff were evacuated from the building.\n");
	assert_int_equal(f->ncounts, 0);
}

static void count_of_people_with_no_event_is_kept(void **state)
{
	const struct report_facts *f = facts_of(state, "Around 60 households live on the estate.\n");
	assert_count(only_count(f), "Around 60 households", 60, "around", "families", "");
	f = facts_of(state, "About 30 employees work at the plant.\n");
	assert_count(only_count(f), "About 30 employees", 30, "around", "employees", "");
}

/* FAILS: "About 200 people gathered in the square." gives no count.
 * add_count's comment: 'A count of people with no event is still a count
 * ("about 200 people", "around 40 families")', but its test
 * `ev == EVENT_NONE && (!person_class(nc) || nc == NOUN_PEOPLE)` drops
 * exactly the NOUN_PEOPLE counts that have no event. */
static void about_200_people_is_a_count_without_an_event(void **state)
{
	const struct report_facts *f = facts_of(state, "About 200 people gathered in the square.\n");
	assert_count(only_count(f), "About 200 people", 200, "around", "people", "");
}

static void count_ignores_the_event_of_another_clause(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Engineer Oskar Vendt has left the company, while all four workers stayed on.\n");
	assert_count(only_count(f), "all four workers", 4, "all", "employees", "");
	assert_string_equal(event_label(person_named(f, "Oskar Vendt")->fate), "left");
	/* the count's own clause has the event: taken */
	f = facts_of(state, "Engineer Oskar Vendt left in May, while all four workers were fired.\n");
	assert_count(only_count(f), "all four workers", 4, "all", "employees", "dismissed");
}

static void fate_ignores_the_event_of_another_clause(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Engineer Oskar Vendt left in May, while all four workers were fired.\n");
	assert_int_equal(person_named(f, "Oskar Vendt")->fate, EVENT_NONE);
	f = facts_of(state, "Engineer Oskar Vendt stayed on, while the auditor was fired.\n");
	assert_int_equal(person_named(f, "Oskar Vendt")->fate, EVENT_NONE);
}

/* ---- quotations --------------------------------------------------------- */

static void speaker_after_the_quotation(void **state)
{
	const struct report_facts *f = facts_of(state,
		"\xe2\x80\x9cWe did nothing wrong at all,\xe2\x80\x9d said Jane Holloway.\n");
	assert_int_equal(f->nquotes, 1);
	const struct quote *q = &f->quotes[0];
	assert_string_equal(q->text, "We did nothing wrong at all,");
	assert_int_equal(q->speaker, index_of(f, person_named(f, "Jane Holloway")));
	assert_string_equal(q->speaker_text, "Jane Holloway");
	assert_int_equal(q->at.sent, 0);
	assert_span(state, q->at, "We did nothing wrong at all,");
}

/* "Lund said of Garrow": the one spoken of is not the speaker. */
static void the_one_spoken_of_is_not_the_speaker(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Mayor Tomas Garrow and Jane Holloway met. \xe2\x80\x9cHe has always been a slippery "
		"character,\xe2\x80\x9d Holloway said of Garrow.\n");
	assert_int_equal(f->nquotes, 1);
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Jane Holloway")));
	f = facts_of(state,
		"Mayor Tomas Garrow and Jane Holloway met. \xe2\x80\x9cHe has always been a slippery "
		"character,\xe2\x80\x9d the chairman said of Garrow.\n");
	assert_int_equal(f->nquotes, 1);
	assert_int_not_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Tomas Garrow")));
}

static void speaker_before_with_a_colon(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Chief executive Jane Holloway spoke on Monday.\n\n"
		"Holloway wrote: \xe2\x80\x9cThe review will be finished this year.\xe2\x80\x9d\n");
	assert_int_equal(f->nquotes, 1);
	assert_string_equal(f->quotes[0].text, "The review will be finished this year.");
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Jane Holloway")));
	assert_int_equal(f->quotes[0].at.sent, 1);
}

static void bare_name_and_colon_is_not_a_speaker(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Chief executive Jane Holloway spoke on Monday.\n\n"
		"Holloway: \xe2\x80\x9cThe review will be finished this year.\xe2\x80\x9d\n");
	assert_int_equal(f->nquotes, 1);
	assert_int_equal(f->quotes[0].speaker, -1);
	assert_null(f->quotes[0].speaker_text);
}

/* "He" after a sentence naming two people could be either: newsdiff does
 * not guess (it used to take the last one named). */
static void pronoun_speaker_is_the_person_named_before(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Analyst Lina Marsk and chief executive Tomas Garrow met on Monday.\n\n"
		"He added, \xe2\x80\x9cThe review will be finished this year.\xe2\x80\x9d\n");
	assert_int_equal(f->nquotes, 1);
	assert_int_equal(f->quotes[0].speaker, -1);
	f = facts_of(state,
		"Chief executive Tomas Garrow spoke on Monday.\n\n"
		"He added, \xe2\x80\x9cThe review will be finished this year.\xe2\x80\x9d\n");
	assert_int_equal(f->quotes[0].speaker, index_of(f, person_named(f, "Tomas Garrow")));
	assert_string_equal(f->quotes[0].speaker_text, "Tomas Garrow");
}

static void second_quotation_in_a_paragraph_takes_the_first_speaker(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Chief executive Jane Holloway spoke on Monday.\n\n"
		"Holloway said: \xe2\x80\x9cWe did nothing wrong at all.\xe2\x80\x9d The board "
		"met twice in June. \xe2\x80\x9cThe review will be finished this year.\xe2\x80\x9d\n");
	assert_int_equal(f->nquotes, 2);
	int jh = index_of(f, person_named(f, "Jane Holloway"));
	assert_string_equal(f->quotes[0].text, "We did nothing wrong at all.");
	assert_int_equal(f->quotes[0].speaker, jh);
	assert_string_equal(f->quotes[1].text, "The review will be finished this year.");
	assert_int_equal(f->quotes[1].speaker, jh);
	assert_int_equal(f->quotes[1].at.sent, 3);
}

static void quotation_over_two_paragraphs_is_one(void **state)
{
	const struct report_facts *f = facts_of(state,
		"\xe2\x80\x9cWe did nothing wrong at all,\xe2\x80\x9d said chief executive Jane "
		"Holloway. \xe2\x80\x9cThe review will be finished this year and\n\n"
		"\xe2\x80\x9cwe will publish every page of it in full.\xe2\x80\x9d\n");
	assert_int_equal(f->nquotes, 2);
	int jh = index_of(f, person_named(f, "Jane Holloway"));
	assert_string_equal(f->quotes[0].text, "We did nothing wrong at all,");
	assert_string_equal(f->quotes[1].text,
			    "The review will be finished this year and we will publish every "
			    "page of it in full.");
	assert_int_equal(f->quotes[1].speaker, jh);
	assert_int_equal(f->quotes[1].at.sent, 1);
}

/* A paragraph that opens inside a quotation, with no mark of its own at
 * the start: its first mark, written as a closing one, ends the quotation
 * of the paragraph before and opens nothing, so the narration after it
 * is no quotation. */
static void quotation_closed_in_the_next_paragraph(void **state)
{
	const struct report_facts *f = facts_of(state,
		"\"We did nothing wrong at all,\" said chief executive Jane Holloway. \"The "
		"review will be finished this year\n\n"
		"and we will publish every page of it.\" The board met for an hour on Monday. "
		"\"It will cost very little in the end,\" Holloway added.\n");
	assert_int_equal(f->nquotes, 3);
	assert_string_equal(f->quotes[1].text,
			    "The review will be finished this year and we will publish every "
			    "page of it.");
	assert_string_equal(f->quotes[2].text, "It will cost very little in the end,");
	for (size_t k = 0; k < f->nquotes; k++)
		assert_null(strstr(f->quotes[k].text, "The board"));
	/* a closing mark in a paragraph after no open quotation starts none */
	f = facts_of(state,
		"The board met on Monday.\n\n"
		"and the rest was done.\" The board met for an hour on Monday and then it "
		"left the hall for good.\n");
	assert_int_equal(f->nquotes, 0);
}

/* The name of a programme after an owner's "'s" or "on" is no quotation;
 * a remark in title case is one. */
static void a_programme_in_quotation_marks_is_no_quotation(void **state)
{
	const struct report_facts *f = facts_of(state,
		"\"This has got to be done soon and we know it,\" Ada Roe told Channel 9's "
		"\"State of the Harbour.\" Kim Lund said on \"Face the Town Tonight\" that the "
		"plan was fine. \"We Will Never Give Up On This Town,\" Kim Lund said.\n");
	assert_int_equal(f->nquotes, 2);
	assert_string_equal(f->quotes[0].text, "This has got to be done soon and we know it,");
	assert_string_equal(f->quotes[1].text, "We Will Never Give Up On This Town,");
}

static void short_scare_quotes_are_not_quotations(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The plan was a \xe2\x80\x9creal mess\xe2\x80\x9d and a \xe2\x80\x9c" "deeply flawed "
		"process\xe2\x80\x9d, said chief executive Jane Holloway.\n");
	assert_int_equal(f->nquotes, 0);
	/* four words are a quotation */
	f = facts_of(state,
		"The plan was a \xe2\x80\x9ctotal and utter failure\xe2\x80\x9d in the end.\n");
	assert_int_equal(f->nquotes, 1);
	assert_string_equal(f->quotes[0].text, "total and utter failure");
	assert_int_equal(f->quotes[0].speaker, -1);
}

static void spokesperson_is_a_speaker_without_a_name(void **state)
{
	const struct report_facts *f = facts_of(state,
		"A spokesperson told us: \xe2\x80\x9cWe are reviewing the matter with great "
		"care.\xe2\x80\x9d\n");
	assert_int_equal(f->nquotes, 1);
	assert_string_equal(f->quotes[0].text, "We are reviewing the matter with great care.");
	assert_int_equal(f->quotes[0].speaker, -1);
	assert_string_equal(f->quotes[0].speaker_text, "a spokesperson");
}

/* An organisation that speaks is every capitalised word of its name. */
static void organisation_is_a_speaker_without_a_name(void **state)
{
	const struct report_facts *f = facts_of(state,
		"\"The ferry will keep to its timetable all winter,\" KV Ferrostal said.\n");
	assert_int_equal(f->nquotes, 1);
	assert_int_equal(f->quotes[0].speaker, -1);
	assert_string_equal(f->quotes[0].speaker_text, "KV Ferrostal");
}

/* ---- outlets and documents --------------------------------------------- */

static void outlet_that_employs_journalists(void **state)
{
	const struct report_facts *f = facts_of(state, "The firm tracked a Reuters reporter last year.\n");
	assert_int_equal(f->noutlets, 1);
	assert_string_equal(f->outlets[0].name, "Reuters");
	assert_int_equal(f->outlets[0].part, ORG_EMPLOYER);
	assert_span(state, f->outlets[0].at, "Reuters");

	f = facts_of(state, "The firm tracked journalists for Bloomberg and the BBC last year.\n");
	assert_int_equal(f->noutlets, 2);
	assert_int_equal(outlet_named(f, "Bloomberg")->part, ORG_EMPLOYER);
	assert_int_equal(outlet_named(f, "BBC")->part, ORG_EMPLOYER);

	f = facts_of(state, "Analyst Lina Marsk once worked for Reuters in the region.\n");
	assert_int_equal(f->noutlets, 1);
	assert_int_equal(outlet_named(f, "Reuters")->part, ORG_EMPLOYER);

	/* an outlet of two capitalised words before a writer is no person */
	f = facts_of(state, "Washington Examiner writer Lina Marsk called the plan a mistake.\n");
	assert_int_equal(outlet_named(f, "Washington Examiner")->part, ORG_EMPLOYER);
	for (size_t i = 0; i < f->npeople; i++)
		assert_null(strstr(f->people[i].name ? f->people[i].name : "", "Examiner"));
	assert_non_null(person_named(f, "Lina Marsk"));
}

static void outlet_cited_as_source(void **state)
{
	static const char *const texts[][2] = {
		{ "A spokesperson told Reuters the review was complete.\n", "Reuters" },
		{ "The review was complete, according to the Guardian.\n", "The Guardian" },
		{ "The Guardian reported that the review was complete.\n", "The Guardian" },
		{ "The firm denied the claims in emails obtained by Bloomberg.\n", "Bloomberg" },
		{ "The lawyer told MSNBC the review was complete.\n", "MSNBC" },
		{ "The review was complete, the Boston Globe reported.\n", "The Boston Globe" },
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		const struct report_facts *f = facts_of(state, texts[i][0]);
		assert_int_equal(f->noutlets, 1);
		assert_string_equal(f->outlets[0].name, texts[i][1]);
		assert_int_equal(f->outlets[0].part, ORG_SOURCE);
	}
}

/* A news agency no list knows is an outlet by its shape; "The" is not part
 * of its name. */
static void news_agency_by_its_shape(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The Harbour Central News Agency said the port would reopen.\n");
	assert_int_equal(f->noutlets, 1);
	assert_string_equal(f->outlets[0].name, "Harbour Central News Agency");
	assert_int_equal(f->outlets[0].part, ORG_SOURCE);
	f = facts_of(state, "The Harbour Council said the port would reopen.\n");
	assert_int_equal(f->noutlets, 0);
}

static void outlet_only_mentioned(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The firm was founded the same year as Bloomberg.\n");
	assert_int_equal(f->noutlets, 1);
	assert_string_equal(f->outlets[0].name, "Bloomberg");
	assert_int_equal(f->outlets[0].part, ORG_MENTIONED);
	/* an outlet that is not in the table is no outlet */
	f = facts_of(state, "The firm tracked a Daily Planet reporter last year.\n");
	assert_int_equal(f->noutlets, 0);
}

static void document_cited(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The review began last year, according to an internal email.\n");
	assert_int_equal(f->ndocs, 1);
	assert_string_equal(f->docs[0].kind, "internal emails");
	assert_span(state, f->docs[0].at, "internal email");
	/* a document that nothing is attributed to is not cited */
	f = facts_of(state, "The firm sent an email to staff on Monday.\n");
	assert_int_equal(f->ndocs, 0);
	f = facts_of(state, "The mayor said in a statement on Monday that the quay would reopen.\n");
	assert_int_equal(f->ndocs, 1);
	/* a verb, a word of a compound, a word quoted, a document far from
	 * any attribution: none is relied on */
	f = facts_of(state, "The lawyer said the council did not need to interview the mayor.\n");
	assert_int_equal(f->ndocs, 0);
	f = facts_of(state, "The mayor said she had used a personal email account for years.\n");
	assert_int_equal(f->ndocs, 0);
	f = facts_of(state, "\xe2\x80\x9cWe have seen no report of it,\xe2\x80\x9d the mayor said.\n");
	assert_int_equal(f->ndocs, 0);
	f = facts_of(state, "The mayor said the harbour board, which met on Monday for hours, would "
			    "publish a report next year.\n");
	assert_int_equal(f->ndocs, 0);
}

/* ---- places and outcomes ------------------------------------------------ */

static void staff_based_in_two_countries(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The staff who accessed the data were based in both the U.S. and China.\n");
	assert_int_equal(f->nplaces, 2);
	assert_string_equal(noun_class_label(f->places[0].group), "employees");
	assert_string_equal(f->places[0].country, "United States");
	assert_span(state, f->places[0].at, "U.S.");
	assert_string_equal(noun_class_label(f->places[1].group), "employees");
	assert_string_equal(f->places[1].country, "China");
}

/* "Roe told reporters that none of the sites were in Canada": the group
 * is not the subject, and the clause denies it. */
static void a_denied_place_is_no_place(void **state)
{
	const struct report_facts *f = facts_of(state,
		"Ada Roe told reporters on Tuesday that five sites were being weighed for the "
		"talks, but that none of them were in Canada.\n");
	assert_int_equal(f->nplaces, 0);
	f = facts_of(state, "The staff were not based in Canada.\n");
	assert_int_equal(f->nplaces, 0);
}

static void attributive_based_is_not_a_place_of_the_group(void **state)
{
	/* By design: "China-based employees" describes, it does not place. */
	const struct report_facts *f = facts_of(state,
		"The firm said China-based employees had accessed the files.\n");
	assert_int_equal(f->nplaces, 0);
}

static void failed_effort_is_an_outcome(void **state)
{
	const struct report_facts *f = facts_of(state, "The plan failed within a week.\n");
	assert_int_equal(f->noutcomes, 1);
	assert_false(f->outcomes[0].success);
	assert_string_equal(f->outcomes[0].text, "failed");
	/* "failed" with no effort named is not the story's outcome */
	f = facts_of(state, "The firm failed.\n");
	assert_int_equal(f->noutcomes, 0);
}

static void nothing_came_of_it_is_a_failure(void **state)
{
	const struct report_facts *f = facts_of(state, "Nothing came of it in the end.\n");
	assert_int_equal(f->noutcomes, 1);
	assert_false(f->outcomes[0].success);
	assert_string_equal(f->outcomes[0].text, "Nothing came of");
}

static const struct report_facts *facts_dated(void **state, const char *date, const char *text)
{
	char *full = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&full, &n);
	fprintf(f, "Date: %s\n\n%s", date, text);
	fclose(f);
	const struct report_facts *r = facts_of(state, full);
	free(full);
	return r;
}

static void dates_of_fates(void **state)
{
	/* 2024-05-10 is a Friday: "on Tuesday" is 2024-05-07 */
	const struct report_facts *f = facts_dated(state, "2024-05-10",
		"Acme fired its finance director, Jo Brandt, on Tuesday, the company said.\n");
	assert_int_equal(f->npeople, 1);
	assert_string_equal(f->people[0].fate_when, "on Tuesday");
	assert_string_equal(f->people[0].fate_date, "2024-05-07");
	/* a date with its year; no report date needed */
	f = facts_of(state, "Finance director Jo Brandt resigned on 3 March 2021, Acme said.\n");
	assert_string_equal(f->people[0].fate_date, "2021-03-03");
	/* a weekday with no report date cannot be worked out */
	f = facts_of(state, "Finance director Jo Brandt resigned on Friday, Acme said.\n");
	assert_string_equal(f->people[0].fate_when, "on Friday");
	assert_null(f->people[0].fate_date);
	/* the report's own weekday is that day; any other, the one before */
	f = facts_dated(state, "2024-05-10",
		"Finance director Jo Brandt resigned on Friday, Acme said.\n");
	assert_string_equal(f->people[0].fate_date, "2024-05-10");
	f = facts_dated(state, "2024-05-13",
		"Finance director Jo Brandt resigned on Tuesday, Acme said.\n");
	assert_string_equal(f->people[0].fate_date, "2024-05-07");
	f = facts_dated(state, "2024-05-12",
		"Finance director Jo Brandt resigned on Saturday, Acme said.\n");
	assert_string_equal(f->people[0].fate_date, "2024-05-11");
	/* a month in three letters takes the report's year */
	f = facts_dated(state, "2024-05-10",
		"Finance director Jo Brandt resigned on 30 Apr, Acme said.\n");
	assert_string_equal(f->people[0].fate_when, "on 30 Apr");
	assert_string_equal(f->people[0].fate_date, "2024-04-30");
}

/* Months and weekdays never begin a name, in the forms reports write
 * them; weekdays only in full. */
static void dates_are_not_names(void **state)
{
	static const char *const words[] = { "january", "may", "sep", "sept", "dec",
					     "wednesday", "sunday", "today" };
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		assert_true(lex_not_name(words[i]));
	assert_false(lex_not_name("wed"));
	assert_false(lex_not_name("septa"));
	assert_false(lex_not_name("brandt"));
}

static void technical_terms(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The hackers read GPS coordinates and SMS messages of the staff.\n\n"
		"The FBI Director said the US government and the BBC were told.\n");
	assert_int_equal(f->nterms, 2);
	assert_string_equal(f->terms[0].text, "GPS coordinates");
	assert_string_equal(f->terms[0].key, "gps coordinate");
	assert_string_equal(f->terms[1].key, "sms message");
	/* words marked as a name: in quotation marks after a determiner,
	 * or after "so-called"; not words quoted from someone, nor a
	 * numeral after a name */
	f = facts_of(state, "It will be a \"working visit\" to the port. The so-called harbour "
			    "tax falls. She called it \"a disaster\". Queen Ada II visited.\n");
	assert_int_equal(f->nterms, 2);
	assert_string_equal(f->terms[0].key, "working visit");
	assert_true(f->terms[0].marked);
	assert_string_equal(f->terms[1].key, "harbour tax");
	/* numbered parts of a law, and amendments */
	f = facts_of(state, "The harbour act fails to repeal Section 230 or Title IX, and the "
			    "25th Amendment and the Second Amendment were cited. In 2020 Section "
			    "chiefs met.\n");
	assert_int_equal(f->nterms, 4);
	assert_string_equal(f->terms[0].text, "Section 230");
	assert_string_equal(f->terms[1].key, "title ix");
	assert_string_equal(f->terms[2].key, "25th amendment");
	assert_string_equal(f->terms[3].key, "second amendment");
	/* a name before the acronym is part of the term */
	f = facts_of(state, "Work on the Northway HX pipeline stopped in May.\n");
	assert_int_equal(f->nterms, 1);
	assert_string_equal(f->terms[0].text, "Northway HX pipeline");
	assert_string_equal(f->terms[0].key, "northway hx pipeline");
}

static void failed_to_respond_is_not_an_outcome(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The firm failed to respond to a request for comment.\n");
	assert_int_equal(f->noutcomes, 0);
	f = facts_of(state, "The plan failed to win support.\n");
	assert_int_equal(f->noutcomes, 0);
}

/* ---- furniture never yields facts --------------------------------------- */

static const char furniture_text[] =
	"The council met on Monday to discuss the bridge.\n\n"
	"Advert\n\n"
	"The bridge will reopen next spring, officials said.\n\n"
	"Topics: Chief executive Maria Pollard, 40 workers fired, Town hall\n\n"
	"Sam, 40, is a writer who says four reporters were tracked by chief executive "
	"Maria Pollard.\n\n"
	"\xc2\xa9 2024 Acme Ltd. \xe2\x80\x9cWe did what we had to do,\xe2\x80\x9d said "
	"chief executive Maria Pollard.\n";

static void furniture_yields_no_facts(void **state)
{
	const struct report_facts *f = facts_of(state, furniture_text);
	const struct fx *x = *state;
	assert_int_equal(x->a.npara, 6);
	assert_int_equal(x->a.paras[1].rule, FURN_ADVERT);
	assert_int_equal(x->a.paras[3].rule, FURN_TAGS);
	assert_int_equal(x->a.paras[4].rule, FURN_BIO);
	assert_int_equal(x->a.paras[5].rule, FURN_COPYRIGHT);
	assert_int_equal(people_seen(f), 0);
	assert_int_equal(f->ncounts, 0);
	assert_int_equal(f->nquotes, 0);
	assert_int_equal(f->noutlets, 0);
}

/* The control: the same words in body paragraphs do give facts, so the
 * test above shows furniture being skipped, not rules that find nothing. */
static void the_same_words_in_the_body_give_facts(void **state)
{
	const struct report_facts *f = facts_of(state,
		"The council met on Monday to discuss the bridge.\n\n"
		"Chief executive Maria Pollard said 40 workers were fired.\n\n"
		"Officials say four reporters were tracked by chief executive Maria Pollard.\n\n"
		"\xe2\x80\x9cWe did what we had to do,\xe2\x80\x9d said chief executive Maria "
		"Pollard.\n");
	assert_int_equal(people_seen(f), 1);
	assert_int_equal(f->ncounts, 2);
	assert_int_equal(f->nquotes, 1);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(title_before_a_name_makes_a_person),
		T(organisation_and_abbreviated_title_before_a_name),
		T(a_local_councillors_title),
		T(words_a_title_keeps),
		T(a_department_named_by_a_title_word),
		T(party_is_not_part_of_the_role),
		T(what_happens_to_people_makes_a_person),
		T(place_word_opens_an_organisation),
		T(qualifiers_stay_in_the_title),
		T(month_surnames_and_question_words),
		T(place_words_as_surnames),
		T(possessive_organisation_and_role_with_of),
		T(an_abbreviated_title_is_a_role),
		T(names_and_titles_after_abbreviations),
		T(a_title_before_the_next_name_is_not_mine),
		T(organisation_before_a_role_after_a_comma),
		T(nominees_lawyers_and_cities),
		T(role_after_a_comma),
		T(family_names_written_first),
		T(a_role_with_where_it_is_held),
		T(the_role_stands_for_the_one_person_holding_it),
		T(a_persons_possessive_is_no_organisation),
		T(roles_respectively_go_to_names_in_order),
		T(surname_alone_is_a_later_mention),
		T(surname_one_letter_off_is_a_variant),
		T(the_before_a_capitalised_pair_is_not_a_person),
		T(unconfirmed_capitalised_pair_is_dropped),
		T(a_run_before_a_law_or_a_body_is_no_person),
		T(titles_around_a_run_of_capitals),
		T(groups_places_and_furniture_are_no_people),
		T(a_place_after_an_abbreviation_is_no_person),
		T(a_caption_in_title_case_names_no_one_new),
		T(words_of_a_bodys_name_are_no_person),
		T(more_words_of_things_names),
		T(a_place_before_a_name_and_a_title_cut_at_its_head),
		T(title_word_as_first_name_after_a_title),
		T(fired_let_go_and_laid_off_are_dismissals),
		T(resigned_is_a_resignation),
		T(has_left_the_company_is_left),
		T(middle_initials_stay_in_the_name),
		T(a_time_zone_is_no_organisation),
		T(a_field_after_of_is_part_of_the_title),
		T(a_place_before_an_abbreviated_title),
		T(the_object_of_fired_is_the_one_fired),
		T(active_verbs_with_other_objects_are_no_fate),
		T(fate_words_in_other_senses),
		T(possessive_role_after_a_comma),
		T(title_case_and_place_names_make_no_people),
		T(speaker_with_a_description_after_the_quotation),
		T(hedged_fate_is_ignored),
		T(pronoun_speakers_only_when_one_person_fits),
		T(whom_a_speaker_writes_to_is_not_the_speaker),
		T(joint_statements_keep_every_speaker),
		T(a_list_with_semicolons_speaks_together),
		T(name_shapes_from_real_stories),
		T(first_name_slips_are_one_person),
		T(speakers_found_on_real_stories),
		T(objects_stay_in_their_clause),
		T(negated_fate_is_ignored),
		T(the_speaker_is_not_the_one_fired),
		T(everyone_listed_after_the_verb_shares_the_fate),
		T(person_named_by_role_alone_gets_the_fate),
		T(his_manager_is_the_manager_of_the_person_before),
		T(count_in_digits),
		T(count_in_words),
		T(qualifiers_of_counts),
		T(vague_counts_have_no_number),
		T(undisclosed_count),
		T(counted_doers_and_counted_targets),
		T(part_of_a_group_is_not_a_count),
		T(as_well_as_is_not_a_total),
		T(named_people_and_others_count_together),
		T(my_location_and_two_colleagues_is_three),
		T(event_of_a_count_in_the_next_sentence),
		T(year_is_not_a_count),
		T(time_is_not_a_count),
		T(count_of_people_with_no_event_is_kept),
		T(about_200_people_is_a_count_without_an_event),
		T(count_ignores_the_event_of_another_clause),
		T(fate_ignores_the_event_of_another_clause),
		T(speaker_after_the_quotation),
		T(the_one_spoken_of_is_not_the_speaker),
		T(speaker_before_with_a_colon),
		T(bare_name_and_colon_is_not_a_speaker),
		T(pronoun_speaker_is_the_person_named_before),
		T(second_quotation_in_a_paragraph_takes_the_first_speaker),
		T(quotation_over_two_paragraphs_is_one),
		T(quotation_closed_in_the_next_paragraph),
		T(a_programme_in_quotation_marks_is_no_quotation),
		T(short_scare_quotes_are_not_quotations),
		T(spokesperson_is_a_speaker_without_a_name),
		T(organisation_is_a_speaker_without_a_name),
		T(outlet_that_employs_journalists),
		T(outlet_cited_as_source),
		T(news_agency_by_its_shape),
		T(outlet_only_mentioned),
		T(document_cited),
		T(staff_based_in_two_countries),
		T(a_denied_place_is_no_place),
		T(attributive_based_is_not_a_place_of_the_group),
		T(failed_effort_is_an_outcome),
		T(nothing_came_of_it_is_a_failure),
		T(technical_terms),
		T(dates_of_fates),
		T(dates_are_not_names),
		T(failed_to_respond_is_not_an_outcome),
		T(furniture_yields_no_facts),
		T(the_same_words_in_the_body_give_facts),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
