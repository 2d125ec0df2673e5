/*
 * lexicon.c - the word lists.  One row per entry: add a row to teach
 * newsdiff a new word.  Phrases are lower case with single spaces; a
 * phrase matches a run of folded words of a sentence.
 */
#include "analyse/lexicon.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <pthread.h>

#include "base/date.h"
#include "base/text.h"

struct entry {
	const char *phrase;
	int value;
	const char *canon;  /* canonical form, where the table has one */
};

#define N(a) (sizeof a / sizeof a[0])

/* ---- the tables --------------------------------------------------------- */

static const struct entry numbers[] = {
	{ "zero", 0, 0 }, { "one", 1, 0 }, { "two", 2, 0 }, { "three", 3, 0 },
	{ "four", 4, 0 }, { "five", 5, 0 }, { "six", 6, 0 }, { "seven", 7, 0 },
	{ "eight", 8, 0 }, { "nine", 9, 0 }, { "ten", 10, 0 }, { "eleven", 11, 0 },
	{ "twelve", 12, 0 }, { "thirteen", 13, 0 }, { "fourteen", 14, 0 },
	{ "fifteen", 15, 0 }, { "sixteen", 16, 0 }, { "seventeen", 17, 0 },
	{ "eighteen", 18, 0 }, { "nineteen", 19, 0 }, { "twenty", 20, 0 },
	{ "thirty", 30, 0 }, { "forty", 40, 0 }, { "fifty", 50, 0 }, { "sixty", 60, 0 },
	{ "seventy", 70, 0 }, { "eighty", 80, 0 }, { "ninety", 90, 0 },
	{ "hundred", 100, 0 }, { "a hundred", 100, 0 }, { "one hundred", 100, 0 },
	{ "thousand", 1000, 0 }, { "a thousand", 1000, 0 },
	{ "dozen", 12, 0 }, { "a dozen", 12, 0 }, { "half a dozen", 6, 0 },
	{ "a pair of", 2, 0 }, { "a couple of", 2, 0 }, { "both", 2, 0 },
	{ "a single", 1, 0 }, { "an individual", 1, 0 },
};

static const struct entry qualifiers[] = {
	{ "at least", QUAL_AT_LEAST, 0 }, { "no fewer than", QUAL_AT_LEAST, 0 },
	{ "a minimum of", QUAL_AT_LEAST, 0 },
	{ "at most", QUAL_AT_MOST, 0 }, { "up to", QUAL_AT_MOST, 0 },
	{ "no more than", QUAL_AT_MOST, 0 }, { "as many as", QUAL_AT_MOST, 0 },
	{ "as much as", QUAL_AT_MOST, 0 },
	{ "more than", QUAL_MORE_THAN, 0 }, { "over", QUAL_MORE_THAN, 0 },
	{ "upwards of", QUAL_MORE_THAN, 0 },
	{ "fewer than", QUAL_FEWER_THAN, 0 }, { "less than", QUAL_FEWER_THAN, 0 },
	{ "under", QUAL_FEWER_THAN, 0 },
	{ "around", QUAL_ABOUT, 0 }, { "about", QUAL_ABOUT, 0 },
	{ "roughly", QUAL_ABOUT, 0 }, { "approximately", QUAL_ABOUT, 0 },
	{ "some", QUAL_ABOUT, 0 }, { "nearly", QUAL_ABOUT, 0 },
	{ "almost", QUAL_ABOUT, 0 }, { "close to", QUAL_ABOUT, 0 },
	{ "an estimated", QUAL_ABOUT, 0 }, { "estimated", QUAL_ABOUT, 0 },
	{ "all", QUAL_ALL, 0 }, { "all of the", QUAL_ALL, 0 }, { "all the", QUAL_ALL, 0 },
	{ "all of", QUAL_ALL, 0 },
	{ "exactly", QUAL_EXACT, 0 }, { "only", QUAL_EXACT, 0 }, { "just", QUAL_EXACT, 0 },
};

/* Counts with no number in them. */
static const struct entry vague[] = {
	{ "several", 1, 0 }, { "a number of", 1, 0 }, { "some", 1, 0 },
	{ "many", 1, 0 }, { "a few", 1, 0 }, { "multiple", 1, 0 },
	{ "numerous", 1, 0 }, { "dozens of", 1, 0 }, { "scores of", 1, 0 },
	{ "hundreds of", 1, 0 }, { "thousands of", 1, 0 }, { "a handful of", 1, 0 },
	{ "a group of", 1, 0 }, { "a string of", 1, 0 }, { "various", 1, 0 },
	{ "a series of", 1, 0 },
};

/* A count that the report says is not known or not given. */
static const struct entry undisclosed[] = {
	{ "did not disclose how many", 1, 0 }, { "didn't disclose how many", 1, 0 },
	{ "would not disclose how many", 1, 0 }, { "declined to say how many", 1, 0 },
	{ "did not say how many", 1, 0 }, { "didn't say how many", 1, 0 },
	{ "would not say how many", 1, 0 }, { "declined to disclose how many", 1, 0 },
	{ "an undisclosed number of", 1, 0 }, { "an unknown number of", 1, 0 },
	{ "undisclosed number of", 1, 0 }, { "unspecified number of", 1, 0 },
	{ "an unspecified number of", 1, 0 }, { "it is not known how many", 1, 0 },
	{ "it is unclear how many", 1, 0 }, { "it was unclear how many", 1, 0 },
};

static const struct entry nouns[] = {
	{ "people", NOUN_PEOPLE, 0 }, { "persons", NOUN_PEOPLE, 0 }, { "person", NOUN_PEOPLE, 0 },
	{ "individuals", NOUN_PEOPLE, 0 }, { "individual", NOUN_PEOPLE, 0 },
	{ "others", NOUN_PEOPLE, 0 }, { "other people", NOUN_PEOPLE, 0 },
	{ "men", NOUN_PEOPLE, 0 }, { "women", NOUN_PEOPLE, 0 }, { "children", NOUN_PEOPLE, 0 },
	{ "colleagues", NOUN_PEOPLE, 0 }, { "of them", NOUN_PEOPLE, 0 },
	{ "employees", NOUN_EMPLOYEES, 0 }, { "employee", NOUN_EMPLOYEES, 0 },
	{ "staff", NOUN_EMPLOYEES, 0 }, { "staffers", NOUN_EMPLOYEES, 0 },
	{ "staffer", NOUN_EMPLOYEES, 0 }, { "staff members", NOUN_EMPLOYEES, 0 },
	{ "members of staff", NOUN_EMPLOYEES, 0 }, { "workers", NOUN_EMPLOYEES, 0 },
	{ "worker", NOUN_EMPLOYEES, 0 }, { "personnel", NOUN_EMPLOYEES, 0 },
	{ "engineers", NOUN_EMPLOYEES, 0 }, { "contractors", NOUN_EMPLOYEES, 0 },
	{ "managers", NOUN_EMPLOYEES, 0 }, { "executives", NOUN_EMPLOYEES, 0 },
	{ "crew", NOUN_EMPLOYEES, 0 }, { "crew members", NOUN_EMPLOYEES, 0 },
	{ "journalists", NOUN_JOURNALISTS, 0 }, { "journalist", NOUN_JOURNALISTS, 0 },
	{ "reporters", NOUN_JOURNALISTS, 0 }, { "reporter", NOUN_JOURNALISTS, 0 },
	{ "writers", NOUN_JOURNALISTS, 0 }, { "correspondents", NOUN_JOURNALISTS, 0 },
	{ "editors", NOUN_JOURNALISTS, 0 }, { "photographers", NOUN_JOURNALISTS, 0 },
	{ "officials", NOUN_OFFICIALS, 0 }, { "officers", NOUN_OFFICIALS, 0 },
	{ "police officers", NOUN_OFFICIALS, 0 }, { "firefighters", NOUN_OFFICIALS, 0 },
	{ "lawmakers", NOUN_OFFICIALS, 0 }, { "senators", NOUN_OFFICIALS, 0 },
	{ "users", NOUN_USERS, 0 }, { "customers", NOUN_USERS, 0 },
	{ "accounts", NOUN_USERS, 0 }, { "subscribers", NOUN_USERS, 0 },
	{ "residents", NOUN_RESIDENTS, 0 }, { "households", NOUN_FAMILIES, 0 },
	{ "families", NOUN_FAMILIES, 0 }, { "homes", NOUN_FAMILIES, 0 },
	{ "states", NOUN_STATES, 0 }, { "u.s. states", NOUN_STATES, 0 },
	{ "us states", NOUN_STATES, 0 }, { "american states", NOUN_STATES, 0 },
	{ "countries", NOUN_COUNTRIES, 0 }, { "nations", NOUN_COUNTRIES, 0 },
	{ "companies", NOUN_COMPANIES, 0 }, { "firms", NOUN_COMPANIES, 0 },
	{ "victims", NOUN_VICTIMS, 0 }, { "passengers", NOUN_PEOPLE, 0 },
	{ "patients", NOUN_PEOPLE, 0 }, { "students", NOUN_PEOPLE, 0 },
	{ "pupils", NOUN_PEOPLE, 0 }, { "protesters", NOUN_PEOPLE, 0 },
	{ "soldiers", NOUN_OFFICIALS, 0 }, { "troops", NOUN_OFFICIALS, 0 },
};

/* Verbs and phrases of events, in the forms news text uses. */
static const struct entry events[] = {
	{ "fired", EVENT_DISMISSED, 0 }, { "firing", EVENT_DISMISSED, 0 },
	{ "sacked", EVENT_DISMISSED, 0 }, { "sacking", EVENT_DISMISSED, 0 },
	{ "dismissed", EVENT_DISMISSED, 0 }, { "dismissal", EVENT_DISMISSED, 0 },
	{ "let go", EVENT_DISMISSED, 0 }, { "laid off", EVENT_DISMISSED, 0 },
	{ "lay off", EVENT_DISMISSED, 0 }, { "layoffs", EVENT_DISMISSED, 0 },
	{ "terminated", EVENT_DISMISSED, 0 }, { "ousted", EVENT_DISMISSED, 0 },
	{ "axed", EVENT_DISMISSED, 0 }, { "removed from their posts", EVENT_DISMISSED, 0 },
	{ "no longer employed", EVENT_DISMISSED, 0 },
	{ "resigned", EVENT_RESIGNED, 0 }, { "resign", EVENT_RESIGNED, 0 },
	{ "resigns", EVENT_RESIGNED, 0 }, { "resignation", EVENT_RESIGNED, 0 },
	{ "quit", EVENT_RESIGNED, 0 }, { "stepped down", EVENT_RESIGNED, 0 },
	{ "step down", EVENT_RESIGNED, 0 }, { "steps down", EVENT_RESIGNED, 0 },
	{ "left the company", EVENT_LEFT, 0 }, { "left the firm", EVENT_LEFT, 0 },
	{ "left the business", EVENT_LEFT, 0 }, { "left the organisation", EVENT_LEFT, 0 },
	{ "left the organization", EVENT_LEFT, 0 }, { "has left", EVENT_LEFT, 0 },
	{ "have left", EVENT_LEFT, 0 }, { "departed", EVENT_LEFT, 0 },
	{ "was replaced", EVENT_LEFT, 0 }, { "were replaced", EVENT_LEFT, 0 },
	{ "has been replaced", EVENT_LEFT, 0 }, { "have been replaced", EVENT_LEFT, 0 },
	{ "suspended", EVENT_SUSPENDED, 0 }, { "placed on leave", EVENT_SUSPENDED, 0 },
	{ "hired", EVENT_HIRED, 0 }, { "appointed", EVENT_HIRED, 0 },
	{ "tracked", EVENT_TRACKED, 0 }, { "track", EVENT_TRACKED, 0 },
	{ "tracking", EVENT_TRACKED, 0 }, { "spied on", EVENT_TRACKED, 0 },
	{ "spy on", EVENT_TRACKED, 0 }, { "spying on", EVENT_TRACKED, 0 },
	{ "targeted", EVENT_TRACKED, 0 }, { "surveilled", EVENT_TRACKED, 0 },
	{ "monitored", EVENT_TRACKED, 0 }, { "snooped on", EVENT_TRACKED, 0 },
	{ "accessed the data of", EVENT_TRACKED, 0 }, { "had their data accessed", EVENT_TRACKED, 0 },
	{ "whose data was accessed", EVENT_TRACKED, 0 }, { "hacked", EVENT_TRACKED, 0 },
	{ "banned", EVENT_BANNED, 0 }, { "ban", EVENT_BANNED, 0 },
	{ "banning", EVENT_BANNED, 0 }, { "bans", EVENT_BANNED, 0 },
	{ "barred", EVENT_BANNED, 0 }, { "prohibited", EVENT_BANNED, 0 },
	{ "arrested", EVENT_ARRESTED, 0 }, { "detained", EVENT_ARRESTED, 0 },
	{ "charged", EVENT_CHARGED, 0 }, { "indicted", EVENT_CHARGED, 0 },
	{ "killed", EVENT_KILLED, 0 }, { "died", EVENT_KILLED, 0 },
	{ "dead", EVENT_KILLED, 0 }, { "deaths", EVENT_KILLED, 0 },
	{ "injured", EVENT_INJURED, 0 }, { "hurt", EVENT_INJURED, 0 },
	{ "wounded", EVENT_INJURED, 0 }, { "hospitalised", EVENT_INJURED, 0 },
	{ "hospitalized", EVENT_INJURED, 0 }, { "treated for", EVENT_INJURED, 0 },
	{ "taken to hospital", EVENT_INJURED, 0 }, { "rushed to hospital", EVENT_INJURED, 0 },
	{ "admitted to hospital", EVENT_INJURED, 0 }, { "taken to the hospital", EVENT_INJURED, 0 },
	{ "treated in hospital", EVENT_INJURED, 0 },
	{ "suffered injuries", EVENT_INJURED, 0 }, { "suffered minor injuries", EVENT_INJURED, 0 },
	{ "suffered serious injuries", EVENT_INJURED, 0 },
	{ "evacuated", EVENT_EVACUATED, 0 }, { "evacuate", EVENT_EVACUATED, 0 },
	{ "ordered out of their homes", EVENT_EVACUATED, 0 }, { "moved out", EVENT_EVACUATED, 0 },
	{ "forced from their homes", EVENT_EVACUATED, 0 }, { "displaced", EVENT_EVACUATED, 0 },
	{ "rescued", EVENT_RESCUED, 0 },
};

static const struct entry reporting[] = {
	{ "said", 1, 0 }, { "says", 1, 0 }, { "say", 1, 0 }, { "told", 1, 0 },
	{ "tells", 1, 0 }, { "wrote", 1, 0 }, { "writes", 1, 0 }, { "added", 1, 0 },
	{ "adds", 1, 0 }, { "stated", 1, 0 }, { "explained", 1, 0 },
	{ "announced", 1, 0 }, { "noted", 1, 0 }, { "confirmed", 1, 0 },
	{ "acknowledged", 1, 0 }, { "insisted", 1, 0 }, { "claimed", 1, 0 },
	{ "tweeted", 1, 0 }, { "posted", 1, 0 }, { "warned", 1, 0 },
	{ "argued", 1, 0 }, { "continued", 1, 0 }, { "replied", 1, 0 },
	{ "asked", 1, 0 }, { "admitted", 1, 0 }, { "recalled", 1, 0 },
	{ "according to", 1, 0 }, { "telling", 1, 0 }, { "saying", 1, 0 },
	{ "writing", 1, 0 }, { "recounts", 1, 0 }, { "recounted", 1, 0 }, { "recalls", 1, 0 },
	{ "explains", 1, 0 }, { "notes", 1, 0 }, { "testified", 1, 0 }, { "responded", 1, 0 },
};

/* Attribution to an outlet: value 1 when the outlet comes after the
 * phrase ("told X", "according to X"), 0 when before ("X reported"). */
static const struct entry source_verbs[] = {
	{ "told", 1, 0 }, { "telling", 1, 0 }, { "according to", 1, 0 },
	{ "obtained by", 1, 0 }, { "seen by", 1, 0 }, { "shared with", 1, 0 },
	{ "reviewed by", 1, 0 }, { "leaked to", 1, 0 }, { "provided to", 1, 0 },
	{ "in a statement to", 1, 0 }, { "speaking to", 1, 0 }, { "said to", 1, 0 },
	{ "first reported by", 1, 0 }, { "reported by", 1, 0 }, { "cited by", 1, 0 },
	{ "in an interview with", 1, 0 },
	{ "reported", 0, 0 }, { "reports", 0, 0 }, { "said", 0, 0 }, { "says", 0, 0 },
	{ "revealed", 0, 0 }, { "cited", 0, 0 }, { "has reported", 0, 0 },
	{ "first reported", 0, 0 }, { "explains", 0, 0 }, { "explained", 0, 0 },
};

static const struct entry journalist_nouns[] = {
	{ "reporter", 1, 0 }, { "reporters", 1, 0 }, { "journalist", 1, 0 },
	{ "journalists", 1, 0 }, { "writer", 1, 0 }, { "writers", 1, 0 },
	{ "correspondent", 1, 0 }, { "correspondents", 1, 0 }, { "editor", 1, 0 },
	{ "editors", 1, 0 }, { "columnist", 1, 0 }, { "photographer", 1, 0 },
	{ "staff writer", 1, 0 }, { "contributor", 1, 0 },
};

/* Whether an effort worked: value 1 success, 0 failure. */
static const struct entry outcomes[] = {
	{ "was unsuccessful", 0, 0 }, { "were unsuccessful", 0, 0 },
	{ "unsuccessful", 0, 0 }, { "failed", 0, 0 }, { "nothing came of", 0, 0 },
	{ "came to nothing", 0, 0 }, { "did not work", 0, 0 }, { "didn't work", 0, 0 },
	{ "to no avail", 0, 0 }, { "fell through", 0, 0 }, { "was fruitless", 0, 0 },
	{ "proved fruitless", 0, 0 }, { "came up empty", 0, 0 }, { "in vain", 0, 0 },
	{ "was successful", 1, 0 }, { "were successful", 1, 0 }, { "succeeded", 1, 0 },
	{ "paid off", 1, 0 },
};

/* Kinds of document a report may rest on. */
static const struct entry documents[] = {
	{ "internal emails", 1, "internal emails" }, { "internal email", 1, "internal emails" },
	{ "leaked emails", 1, "leaked emails" }, { "leaked email", 1, "leaked emails" },
	{ "emails", 1, "emails" }, { "email", 1, "emails" }, { "e-mails", 1, "emails" },
	{ "memo", 1, "a memo" }, { "internal memo", 1, "a memo" },
	{ "statement", 1, "a statement" }, { "court documents", 1, "court documents" },
	{ "documents", 1, "documents" }, { "leaked material", 1, "leaked material" },
	{ "press release", 1, "a press release" }, { "filing", 1, "a filing" },
	{ "report", 1, "a report" }, { "audit", 1, "an audit" },
	{ "interview", 1, "an interview" }, { "tweet", 1, "a social media post" },
	{ "post on", 1, "a social media post" },
};

/* Words that make up job titles.  Heads end a title. */
static const char *const role_heads[] = {
	"ceo", "cfo", "coo", "cto", "executive", "exec", "counsel", "spokesperson",
	"spokesman", "spokeswoman", "director", "senator", "president", "chairman",
	"chairwoman", "chair", "founder", "co-founder", "cofounder", "head", "manager",
	"boss", "auditor", "officer", "minister", "secretary", "governor", "mayor",
	"editor", "lawyer", "attorney", "analyst", "professor", "commissioner",
	"superintendent", "supervisor", "engineer", "leader", "representative",
	"congressman", "congresswoman", "chief", "deputy", "owner", "partner",
	"researcher", "scientist", "inspector", "judge", "prosecutor", "sheriff",
	"administrator", "coordinator", "consultant", "adviser", "advisor", "aide",
	"investigator", "treasurer", "ambassador", "general", "captain", "chancellor",
	"premier", "councillor", "councilor", "councilman", "councilwoman",
	"councilmember", "alderman", "alderwoman", "alderperson", "assemblyman",
	"assemblywoman", "assemblymember", "legislator", "comptroller",
	"trustee", "principal", "dean", "physician", "doctor", "nurse", "surgeon", "pilot", "commander", "reporter",
	"journalist", "correspondent", "columnist", "writer", "controller",
	"operator", "technician", "guard", "driver", "clerk", "accountant",
	"teacher", "designer", "architect", "developer", "producer", "economist", "strategist", "specialist", "expert", "official",
	"virologist", "epidemiologist",
	"speaker", "whip", "nominee", "lieutenant", "president-elect", "fellow", "analyst",
	"lawyer", "attorney", "professor", "lecturer", "historian", "activist", "lobbyist",
	"member",
	/* descriptions outlets put where a title goes: rows of how each names a person */
	"dictator", "strongman", "despot", "tyrant", "autocrat", "ruler", "tycoon", "mogul",
	"businessman", "businesswoman", "billionaire",
};

static const char *const role_mods[] = {
	"chief", "senior", "deputy", "internal", "external", "former", "acting",
	"presumptive", "business", "longtime",
	"general", "executive", "vice", "assistant", "associate", "lead", "principal",
	"managing", "regional", "global", "interim", "financial", "operating",
	"technology", "technical", "legal", "audit", "compliance", "security",
	"communications", "press", "public", "policy", "risk", "control", "and",
	"of", "information", "marketing", "sales", "human", "resources", "operations",
	"product", "plant", "site", "project", "safety", "health", "news", "state",
	"federal", "district", "police", "fire", "county", "city", "national", "foreign",
	"defence", "defense", "finance", "trade", "interior", "justice", "republican",
	"democratic", "democrat", "labour", "conservative", "liberal", "independent",
	"staff", "data", "privacy", "science", "research", "sports", "political",
	"managing", "co", "top", "junior", "company", "corporate", "group", "union",
	"majority", "minority", "campaign", "personal", "prime",
};

static const struct { const char *from, *to; } role_synonyms[] = {
	{ "ceo", "chief executive" },
	{ "chief executive officer", "chief executive" },
	{ "cfo", "chief financial officer" },
	{ "coo", "chief operating officer" },
	{ "cto", "chief technology officer" },
	{ "exec", "executive" },
	{ "boss", "manager" },
	{ "attorney", "lawyer" },
	{ "attorney general", "attorney general" },
	{ "district attorney", "district attorney" },
	{ "attorney-at-law", "lawyer" },
	{ "spokesman", "spokesperson" },
	{ "spokeswoman", "spokesperson" },
	{ "cofounder", "co-founder" },
	{ "advisor", "adviser" },
	{ "councilor", "councillor" },
	{ "alderman", "alderperson" },
	{ "alderwoman", "alderperson" },
	{ "councilman", "council member" },
	{ "councilwoman", "council member" },
	{ "councilmember", "council member" },
	{ "assemblyman", "assembly member" },
	{ "assemblywoman", "assembly member" },
	{ "assemblymember", "assembly member" },
};

static const char *const honorifics[] = {
	"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady",
	"sen", "sens", "rep", "reps", "gov", "govs", "gen", "col", "capt", "lt", "sgt", "judge",
	"justice",
	"president", "senator", "governor", "mayor", "minister", "secretary",
	"representative", "congressman", "congresswoman", "officer", "detective",
	"alderman", "alderwoman", "councilman", "councilwoman", "councilmember",
	"assemblyman", "assemblywoman", "assemblymember",
	"inspector", "chancellor", "premier", "king", "queen", "prince", "princess",
	"pope", "rev", "father", "sister", "brother", "saint", "st",
	"cardinal", "archbishop", "ayatollah", "sheikh", "emir", "imam", "rabbi",
};

/* Capitalised words that do not begin or make up a person's name (and
 * the names of months and weekdays: see lex_not_name). */
static const char *const not_names[] = {
	"the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "of", "for",
	"to", "from", "with", "by", "as", "after", "before", "while", "when",
	"where", "who", "what", "why", "how", "this", "that", "these", "those",
	"it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
	"is", "are", "was", "were", "will", "can", "does", "did", "has", "have", "should",
	"could", "would", "why", "where",
	"our", "my", "your", "there", "here", "then", "however", "although",
	"meanwhile", "among", "both", "none", "one", "two", "all", "some", "many",
	"several", "more", "most", "other", "another", "each", "every", "no", "not",
	"back", "today", "yesterday", "tomorrow", "according", "taking", "speaking",
	"writing", "report", "update", "updated", "photo", "video", "advert",
	"breaking", "exclusive", "analysis", "opinion", "news", "read", "more",
	"also", "even", "only", "just", "so", "yet", "still", "now", "since",
	"during", "despite", "because", "unlike", "like", "about", "over", "under",
	"into", "through", "between", "against", "without", "within", "upon",
	"government", "company", "state", "states", "house", "senate", "congress",
	"parliament", "court", "police", "department", "ministry", "agency",
	"office", "party", "university", "group", "inc", "ltd", "corp", "co", "llc",
	"plc", "times", "post", "journal", "daily", "weekly", "herald", "gazette",
	"tribune", "telegraph", "guardian", "observer", "independent", "radio",
	"tv", "television", "channel", "online", "media", "press", "network",
	"communist", "republic", "people's", "united", "kingdom", "national",
	"federal", "international", "global", "north", "south", "east", "west",
	"northern", "southern", "eastern", "western", "central", "new", "old",
	"city", "county", "street", "road", "avenue", "lane", "drive", "estate",
	"crescent", "terrace", "way", "close", "hill", "valley", "harbour", "harbor",
	"quay", "quayside", "port", "bay", "beach", "forest", "field", "fields", "square", "bridge", "river",
	"lake", "mount", "island", "airport", "station", "hospital", "school",
	"church", "center", "centre", "museum", "park", "hall", "tower", "plaza",
	"app", "apps", "internet", "web", "twitter", "facebook", "instagram",
	"youtube", "google", "apple", "microsoft", "amazon", "oracle", "ip", "ai",
	"code", "conduct", "act", "bill", "law", "rule", "rules", "policy",
	"christmas", "easter", "covid", "coronavirus", "sources", "officials",
	"chinese", "american", "british", "european", "russian", "french",
	"german", "japanese", "indian", "korean", "republican", "democrat",
	"democratic", "labour", "conservative", "liberal", "bipartisan",
	"administration", "commission", "committee", "council", "board", "union",
	"authority", "service", "services", "force", "army", "navy", "reserve",
	"bank", "fund", "market", "markets", "exchange", "index", "team", "club",
	"league", "cup", "championship", "games", "olympics", "world", "global",
	/* heads of the names of places, bodies, events and agreements */
	"zone", "command", "corps", "brigade", "regiment", "battalion", "division", "society",
	"federation", "region", "province", "district", "territory", "border",
	"peninsula", "embassy", "consulate", "military", "forces", "coalition",
	"alliance", "organization", "organisation", "institute", "foundation",
	"association", "corporation", "summit", "treaty", "accord", "agreement",
	"conference", "convention", "festival", "forum", "championship", "tournament", "awards",
	"expo",
	"talks", "war", "test", "tests", "program", "programme", "initiative",
	/* laws and documents: "the Harbour Powers Resolution", "the Fifth Amendment" */
	"resolution", "amendment", "constitution", "charter", "protocol", "doctrine",
	"affairs", "fort", "lakes",
	/* groups of people: "Brenmouth Democrats", "Older Americans" */
	"democrats", "republicans", "conservatives", "liberals", "progressives", "americans",
	/* page furniture and "I" with a verb: "Advertisement", "Sadly I'm" */
	"advertisement", "i'm", "i've", "i'd", "i'll",
	/* bodies, plans and storms: "the Harbour Assembly", "the Ferry
	 * Branch", "Harbour Dept", "Hurricane Kim" */
	"bureau", "assembly", "magazine", "hurricane", "storm", "typhoon", "cyclone",
	"branch", "dept", "plan", "corps",
	/* "Jr." after a name is no name of its own ("Ada King Jr.") */
	"jr", "sr",
};

/* Nouns that end the name of a law, a document, a body or a group of
 * people: a capitalised phrase just before one of them is part of that
 * thing's name ("the Brenmouth Care Act", "the Blue Anchor and Blue
 * Pennant Association", "Runaway Harbour Democrats"), not a person's name.
 * Each is also a word of not_names. */
static const char *const thing_heads[] = {
	"act", "bill", "law", "code", "resolution", "amendment", "treaty", "accord",
	"agreement", "constitution", "charter", "protocol", "doctrine",
	"association", "foundation", "institute", "committee", "commission", "council",
	"coalition", "alliance", "federation", "society", "corporation", "organization",
	"organisation", "agency", "department", "program", "programme", "initiative",
	"democrats", "republicans", "conservatives", "liberals", "progressives", "americans",
	"center", "centre", "office", "bureau", "assembly", "board", "force", "corps",
	"administration", "dept", "plan",
	/* events: "the Harbour Voters Summit", "the Brenmouth Film Festival" */
	"summit", "conference", "convention", "festival", "forum", "championship",
	"tournament", "awards", "expo",
};

static const struct entry outlets[] = {
	{ "reuters", 0, "Reuters" }, { "afp", 0, "AFP" },
	{ "agence france-presse", 0, "AFP" }, { "agence france presse", 0, "AFP" },
	{ "associated press", 0, "Associated Press" }, { "the associated press", 0, "Associated Press" },
	{ "ap", 0, "Associated Press" }, { "bloomberg", 0, "Bloomberg" },
	{ "bloomberg news", 0, "Bloomberg" }, { "bbc", 0, "BBC" }, { "the bbc", 0, "BBC" },
	{ "bbc news", 0, "BBC" }, { "cnn", 0, "CNN" }, { "cnbc", 0, "CNBC" },
	{ "fox news", 0, "Fox News" }, { "nbc news", 0, "NBC News" }, { "nbc", 0, "NBC News" },
	{ "cbs news", 0, "CBS News" }, { "cbs", 0, "CBS News" }, { "abc news", 0, "ABC News" },
	{ "npr", 0, "NPR" }, { "the guardian", 0, "The Guardian" }, { "guardian", 0, "The Guardian" },
	{ "the observer", 0, "The Observer" },
	{ "the new york times", 0, "The New York Times" }, { "new york times", 0, "The New York Times" },
	{ "the washington post", 0, "The Washington Post" }, { "washington post", 0, "The Washington Post" },
	{ "the wall street journal", 0, "The Wall Street Journal" },
	{ "wall street journal", 0, "The Wall Street Journal" }, { "wsj", 0, "The Wall Street Journal" },
	{ "the financial times", 0, "Financial Times" }, { "financial times", 0, "Financial Times" },
	{ "ft", 0, "Financial Times" }, { "forbes", 0, "Forbes" },
	{ "buzzfeed", 0, "BuzzFeed" }, { "buzzfeed news", 0, "BuzzFeed" },
	{ "the verge", 0, "The Verge" }, { "techcrunch", 0, "TechCrunch" }, { "wired", 0, "Wired" },
	{ "the register", 0, "The Register" }, { "the times", 0, "The Times" },
	{ "the sunday times", 0, "The Sunday Times" }, { "the telegraph", 0, "The Telegraph" },
	{ "the daily telegraph", 0, "The Telegraph" }, { "the independent", 0, "The Independent" },
	{ "daily mail", 0, "Daily Mail" }, { "the daily mail", 0, "Daily Mail" },
	{ "mailonline", 0, "Daily Mail" }, { "the sun", 0, "The Sun" }, { "the mirror", 0, "The Mirror" },
	{ "axios", 0, "Axios" }, { "politico", 0, "Politico" }, { "vice", 0, "Vice" },
	{ "vice news", 0, "Vice" }, { "vox", 0, "Vox" }, { "business insider", 0, "Business Insider" },
	{ "insider", 0, "Business Insider" }, { "the information", 0, "The Information" },
	{ "the atlantic", 0, "The Atlantic" }, { "the economist", 0, "The Economist" },
	{ "al jazeera", 0, "Al Jazeera" }, { "der spiegel", 0, "Der Spiegel" },
	{ "spiegel", 0, "Der Spiegel" }, { "le monde", 0, "Le Monde" }, { "nikkei", 0, "Nikkei" },
	{ "south china morning post", 0, "South China Morning Post" },
	{ "the south china morning post", 0, "South China Morning Post" },
	{ "xinhua", 0, "Xinhua" }, { "tass", 0, "TASS" }, { "sky news", 0, "Sky News" },
	{ "itv news", 0, "ITV News" }, { "channel 4 news", 0, "Channel 4 News" },
	{ "yahoo news", 0, "Yahoo News" }, { "huffpost", 0, "HuffPost" },
	{ "usa today", 0, "USA Today" }, { "los angeles times", 0, "Los Angeles Times" },
	{ "the los angeles times", 0, "Los Angeles Times" }, { "chicago tribune", 0, "Chicago Tribune" },
	{ "time magazine", 0, "Time" }, { "newsweek", 0, "Newsweek" }, { "the hill", 0, "The Hill" },
	{ "propublica", 0, "ProPublica" }, { "the intercept", 0, "The Intercept" },
	{ "semafor", 0, "Semafor" }, { "gizmodo", 0, "Gizmodo" }, { "engadget", 0, "Engadget" },
	{ "ars technica", 0, "Ars Technica" }, { "zdnet", 0, "ZDNet" }, { "cnet", 0, "CNET" },
	{ "mashable", 0, "Mashable" }, { "the daily beast", 0, "The Daily Beast" },
	{ "el pais", 0, "El País" }, { "el país", 0, "El País" }, { "dpa", 0, "dpa" },
	{ "kyodo", 0, "Kyodo" }, { "yonhap", 0, "Yonhap" }, { "efe", 0, "EFE" },
	{ "ansa", 0, "ANSA" }, { "the times of india", 0, "The Times of India" },
	{ "abc", 0, "ABC" }, { "cbc", 0, "CBC" }, { "rte", 0, "RTÉ" },
	{ "msnbc", 0, "MSNBC" }, { "pbs", 0, "PBS" }, { "pbs newshour", 0, "PBS" },
	{ "c-span", 0, "C-SPAN" }, { "fox business", 0, "Fox Business" },
	{ "breitbart", 0, "Breitbart" }, { "breitbart news", 0, "Breitbart" },
	{ "newsmax", 0, "Newsmax" }, { "the daily caller", 0, "The Daily Caller" },
	{ "daily caller", 0, "The Daily Caller" }, { "national review", 0, "National Review" },
	{ "the washington examiner", 0, "Washington Examiner" },
	{ "washington examiner", 0, "Washington Examiner" },
	{ "the washington times", 0, "The Washington Times" },
	{ "washington times", 0, "The Washington Times" },
	{ "the new york post", 0, "New York Post" }, { "new york post", 0, "New York Post" },
	{ "the boston globe", 0, "The Boston Globe" }, { "boston globe", 0, "The Boston Globe" },
	{ "the miami herald", 0, "Miami Herald" }, { "miami herald", 0, "Miami Herald" },
	{ "san francisco chronicle", 0, "San Francisco Chronicle" },
	{ "the san francisco chronicle", 0, "San Francisco Chronicle" },
	{ "houston chronicle", 0, "Houston Chronicle" },
	{ "the houston chronicle", 0, "Houston Chronicle" },
	{ "the dallas morning news", 0, "The Dallas Morning News" },
	{ "dallas morning news", 0, "The Dallas Morning News" },
	{ "mother jones", 0, "Mother Jones" }, { "the new yorker", 0, "The New Yorker" },
	{ "rolling stone", 0, "Rolling Stone" }, { "townhall", 0, "Townhall" },
	{ "the federalist", 0, "The Federalist" }, { "the daily wire", 0, "The Daily Wire" },
	{ "daily wire", 0, "The Daily Wire" }, { "talking points memo", 0, "Talking Points Memo" },
	{ "al arabiya", 0, "Al Arabiya" }, { "haaretz", 0, "Haaretz" },
	{ "the times of israel", 0, "The Times of Israel" },
	{ "deutsche welle", 0, "Deutsche Welle" }, { "france 24", 0, "France 24" },
	{ "euronews", 0, "Euronews" }, { "ctv news", 0, "CTV News" }, { "cbc news", 0, "CBC" },
	{ "the globe and mail", 0, "The Globe and Mail" },
	{ "globe and mail", 0, "The Globe and Mail" }, { "toronto star", 0, "Toronto Star" },
	{ "the toronto star", 0, "Toronto Star" },
	{ "the sydney morning herald", 0, "The Sydney Morning Herald" },
	{ "sydney morning herald", 0, "The Sydney Morning Herald" },
	{ "interfax", 0, "Interfax" }, { "ria novosti", 0, "RIA Novosti" },
	{ "anadolu", 0, "Anadolu" }, { "anadolu agency", 0, "Anadolu" },
	{ "the kyiv independent", 0, "The Kyiv Independent" },
	{ "kyiv independent", 0, "The Kyiv Independent" }, { "le figaro", 0, "Le Figaro" },
	{ "the straits times", 0, "The Straits Times" }, { "straits times", 0, "The Straits Times" },
	{ "the hindu", 0, "The Hindu" }, { "hindustan times", 0, "Hindustan Times" },
	{ "the hindustan times", 0, "Hindustan Times" },
	{ "the korea herald", 0, "The Korea Herald" }, { "korea herald", 0, "The Korea Herald" },
	{ "asahi shimbun", 0, "Asahi Shimbun" }, { "the asahi shimbun", 0, "Asahi Shimbun" },
	{ "yomiuri shimbun", 0, "Yomiuri Shimbun" },
	{ "the yomiuri shimbun", 0, "Yomiuri Shimbun" },
};

static const struct entry countries[] = {
	{ "united states", 0, "United States" }, { "the united states", 0, "United States" },
	{ "us", 0, "United States" }, { "u.s.", 0, "United States" }, { "usa", 0, "United States" },
	{ "u.s.a.", 0, "United States" }, { "america", 0, "United States" },
	{ "american", 0, "United States" }, { "us-based", 0, "United States" },
	{ "u.s.-based", 0, "United States" },
	{ "china", 0, "China" }, { "chinese", 0, "China" }, { "china-based", 0, "China" },
	{ "mainland china", 0, "China" },
	{ "united kingdom", 0, "United Kingdom" }, { "uk", 0, "United Kingdom" },
	{ "u.k.", 0, "United Kingdom" }, { "britain", 0, "United Kingdom" },
	{ "great britain", 0, "United Kingdom" }, { "british", 0, "United Kingdom" },
	{ "uk-based", 0, "United Kingdom" },
	{ "canada", 0, "Canada" }, { "canadian", 0, "Canada" },
	{ "mexico", 0, "Mexico" }, { "mexican", 0, "Mexico" },
	{ "france", 0, "France" }, { "french", 0, "France" },
	{ "germany", 0, "Germany" }, { "german", 0, "Germany" },
	{ "italy", 0, "Italy" }, { "italian", 0, "Italy" },
	{ "spain", 0, "Spain" }, { "spanish", 0, "Spain" },
	{ "portugal", 0, "Portugal" }, { "ireland", 0, "Ireland" }, { "irish", 0, "Ireland" },
	{ "netherlands", 0, "Netherlands" }, { "the netherlands", 0, "Netherlands" },
	{ "dutch", 0, "Netherlands" }, { "belgium", 0, "Belgium" },
	{ "switzerland", 0, "Switzerland" }, { "swiss", 0, "Switzerland" },
	{ "austria", 0, "Austria" }, { "sweden", 0, "Sweden" }, { "swedish", 0, "Sweden" },
	{ "norway", 0, "Norway" }, { "denmark", 0, "Denmark" }, { "finland", 0, "Finland" },
	{ "poland", 0, "Poland" }, { "polish", 0, "Poland" },
	{ "russia", 0, "Russia" }, { "russian", 0, "Russia" },
	{ "ukraine", 0, "Ukraine" }, { "ukrainian", 0, "Ukraine" },
	{ "turkey", 0, "Turkey" }, { "greece", 0, "Greece" },
	{ "israel", 0, "Israel" }, { "iran", 0, "Iran" }, { "iraq", 0, "Iraq" },
	{ "saudi arabia", 0, "Saudi Arabia" }, { "egypt", 0, "Egypt" },
	{ "india", 0, "India" }, { "indian", 0, "India" },
	{ "pakistan", 0, "Pakistan" }, { "japan", 0, "Japan" }, { "japanese", 0, "Japan" },
	{ "south korea", 0, "South Korea" }, { "north korea", 0, "North Korea" },
	{ "taiwan", 0, "Taiwan" }, { "hong kong", 0, "Hong Kong" },
	{ "singapore", 0, "Singapore" }, { "indonesia", 0, "Indonesia" },
	{ "vietnam", 0, "Vietnam" }, { "thailand", 0, "Thailand" },
	{ "philippines", 0, "Philippines" }, { "malaysia", 0, "Malaysia" },
	{ "australia", 0, "Australia" }, { "australian", 0, "Australia" },
	{ "new zealand", 0, "New Zealand" }, { "brazil", 0, "Brazil" },
	{ "argentina", 0, "Argentina" }, { "chile", 0, "Chile" }, { "colombia", 0, "Colombia" },
	{ "south africa", 0, "South Africa" }, { "nigeria", 0, "Nigeria" },
	{ "kenya", 0, "Kenya" }, { "ethiopia", 0, "Ethiopia" },
	{ "el salvador", 0, "El Salvador" }, { "guatemala", 0, "Guatemala" },
	{ "honduras", 0, "Honduras" },
};

/* US states and big cities of the world: places an event happens in
 * (general geography, like the countries above). */
static const struct entry places[] = {
	{ "alabama", 0, "Alabama" }, { "alaska", 0, "Alaska" }, { "arizona", 0, "Arizona" },
	{ "arkansas", 0, "Arkansas" }, { "california", 0, "California" },
	{ "colorado", 0, "Colorado" }, { "connecticut", 0, "Connecticut" },
	{ "delaware", 0, "Delaware" }, { "florida", 0, "Florida" }, { "georgia", 0, "Georgia" },
	{ "hawaii", 0, "Hawaii" }, { "idaho", 0, "Idaho" }, { "illinois", 0, "Illinois" },
	{ "indiana", 0, "Indiana" }, { "iowa", 0, "Iowa" }, { "kansas", 0, "Kansas" },
	{ "kentucky", 0, "Kentucky" }, { "louisiana", 0, "Louisiana" }, { "maine", 0, "Maine" },
	{ "maryland", 0, "Maryland" }, { "massachusetts", 0, "Massachusetts" },
	{ "michigan", 0, "Michigan" }, { "minnesota", 0, "Minnesota" },
	{ "mississippi", 0, "Mississippi" }, { "missouri", 0, "Missouri" },
	{ "montana", 0, "Montana" }, { "nebraska", 0, "Nebraska" }, { "nevada", 0, "Nevada" },
	{ "new hampshire", 0, "New Hampshire" }, { "new jersey", 0, "New Jersey" },
	{ "new mexico", 0, "New Mexico" }, { "new york", 0, "New York" },
	{ "north carolina", 0, "North Carolina" }, { "north dakota", 0, "North Dakota" },
	{ "ohio", 0, "Ohio" }, { "oklahoma", 0, "Oklahoma" }, { "oregon", 0, "Oregon" },
	{ "pennsylvania", 0, "Pennsylvania" }, { "rhode island", 0, "Rhode Island" },
	{ "south carolina", 0, "South Carolina" }, { "south dakota", 0, "South Dakota" },
	{ "tennessee", 0, "Tennessee" }, { "texas", 0, "Texas" }, { "utah", 0, "Utah" },
	{ "vermont", 0, "Vermont" }, { "virginia", 0, "Virginia" },
	{ "west virginia", 0, "West Virginia" }, { "wisconsin", 0, "Wisconsin" },
	{ "wyoming", 0, "Wyoming" }, { "new york city", 0, "New York City" },
	{ "los angeles", 0, "Los Angeles" }, { "chicago", 0, "Chicago" }, { "houston", 0, "Houston" },
	{ "phoenix", 0, "Phoenix" }, { "philadelphia", 0, "Philadelphia" },
	{ "san antonio", 0, "San Antonio" }, { "san diego", 0, "San Diego" },
	{ "dallas", 0, "Dallas" }, { "san francisco", 0, "San Francisco" },
	{ "seattle", 0, "Seattle" }, { "denver", 0, "Denver" }, { "boston", 0, "Boston" },
	{ "detroit", 0, "Detroit" }, { "atlanta", 0, "Atlanta" }, { "miami", 0, "Miami" },
	{ "las vegas", 0, "Las Vegas" }, { "pittsburgh", 0, "Pittsburgh" },
	{ "baltimore", 0, "Baltimore" }, { "cleveland", 0, "Cleveland" },
	{ "minneapolis", 0, "Minneapolis" }, { "new orleans", 0, "New Orleans" },
	{ "st . louis", 0, "St. Louis" }, { "nashville", 0, "Nashville" },
	{ "portland", 0, "Portland" }, { "sacramento", 0, "Sacramento" }, { "austin", 0, "Austin" },
	{ "orlando", 0, "Orlando" }, { "tampa", 0, "Tampa" }, { "charlotte", 0, "Charlotte" },
	{ "milwaukee", 0, "Milwaukee" }, { "kansas city", 0, "Kansas City" },
	{ "honolulu", 0, "Honolulu" }, { "anchorage", 0, "Anchorage" }, { "toronto", 0, "Toronto" },
	{ "montreal", 0, "Montreal" }, { "vancouver", 0, "Vancouver" }, { "ottawa", 0, "Ottawa" },
	{ "mexico city", 0, "Mexico City" }, { "london", 0, "London" }, { "paris", 0, "Paris" },
	{ "berlin", 0, "Berlin" }, { "madrid", 0, "Madrid" }, { "rome", 0, "Rome" },
	{ "brussels", 0, "Brussels" }, { "amsterdam", 0, "Amsterdam" }, { "vienna", 0, "Vienna" },
	{ "geneva", 0, "Geneva" }, { "zurich", 0, "Zurich" }, { "stockholm", 0, "Stockholm" },
	{ "oslo", 0, "Oslo" }, { "copenhagen", 0, "Copenhagen" }, { "helsinki", 0, "Helsinki" },
	{ "dublin", 0, "Dublin" }, { "edinburgh", 0, "Edinburgh" }, { "manchester", 0, "Manchester" },
	{ "warsaw", 0, "Warsaw" }, { "prague", 0, "Prague" }, { "budapest", 0, "Budapest" },
	{ "athens", 0, "Athens" }, { "istanbul", 0, "Istanbul" }, { "ankara", 0, "Ankara" },
	{ "moscow", 0, "Moscow" }, { "kyiv", 0, "Kyiv" }, { "kiev", 0, "Kiev" },
	{ "jerusalem", 0, "Jerusalem" }, { "tel aviv", 0, "Tel Aviv" }, { "tehran", 0, "Tehran" },
	{ "baghdad", 0, "Baghdad" }, { "damascus", 0, "Damascus" }, { "beirut", 0, "Beirut" },
	{ "cairo", 0, "Cairo" }, { "riyadh", 0, "Riyadh" }, { "dubai", 0, "Dubai" },
	{ "doha", 0, "Doha" }, { "kabul", 0, "Kabul" }, { "islamabad", 0, "Islamabad" },
	{ "new delhi", 0, "New Delhi" }, { "mumbai", 0, "Mumbai" }, { "beijing", 0, "Beijing" },
	{ "shanghai", 0, "Shanghai" }, { "hong kong", 0, "Hong Kong" }, { "taipei", 0, "Taipei" },
	{ "tokyo", 0, "Tokyo" }, { "seoul", 0, "Seoul" }, { "pyongyang", 0, "Pyongyang" },
	{ "singapore", 0, "Singapore" }, { "bangkok", 0, "Bangkok" }, { "hanoi", 0, "Hanoi" },
	{ "manila", 0, "Manila" }, { "jakarta", 0, "Jakarta" }, { "sydney", 0, "Sydney" },
	{ "melbourne", 0, "Melbourne" }, { "canberra", 0, "Canberra" }, { "auckland", 0, "Auckland" },
	{ "sao paulo", 0, "Sao Paulo" }, { "rio de janeiro", 0, "Rio de Janeiro" },
	{ "buenos aires", 0, "Buenos Aires" }, { "bogota", 0, "Bogota" }, { "lima", 0, "Lima" },
	{ "caracas", 0, "Caracas" }, { "havana", 0, "Havana" }, { "johannesburg", 0, "Johannesburg" },
	{ "nairobi", 0, "Nairobi" }, { "lagos", 0, "Lagos" },
};

/* The state or country each big city of the table above lies in (by
 * canonical name; a name two places share, "Portland", is left out), in
 * strcmp order of the cities. */
static const struct {
	const char *city, *in;
} cities_in[] = {
	{ "Amsterdam", "Netherlands" }, { "Anchorage", "Alaska" }, { "Ankara", "Turkey" },
	{ "Athens", "Greece" }, { "Atlanta", "Georgia" }, { "Auckland", "New Zealand" },
	{ "Austin", "Texas" }, { "Baghdad", "Iraq" }, { "Baltimore", "Maryland" },
	{ "Bangkok", "Thailand" }, { "Beijing", "China" }, { "Beirut", "Lebanon" },
	{ "Berlin", "Germany" }, { "Bogota", "Colombia" }, { "Boston", "Massachusetts" },
	{ "Brussels", "Belgium" }, { "Budapest", "Hungary" }, { "Buenos Aires", "Argentina" },
	{ "Cairo", "Egypt" }, { "Canberra", "Australia" }, { "Caracas", "Venezuela" },
	{ "Charlotte", "North Carolina" }, { "Chicago", "Illinois" },
	{ "Cleveland", "Ohio" }, { "Copenhagen", "Denmark" }, { "Dallas", "Texas" },
	{ "Damascus", "Syria" }, { "Denver", "Colorado" }, { "Detroit", "Michigan" },
	{ "Doha", "Qatar" }, { "Dubai", "United Arab Emirates" }, { "Dublin", "Ireland" },
	{ "Edinburgh", "United Kingdom" }, { "Geneva", "Switzerland" },
	{ "Hanoi", "Vietnam" }, { "Havana", "Cuba" }, { "Helsinki", "Finland" },
	{ "Honolulu", "Hawaii" }, { "Houston", "Texas" }, { "Islamabad", "Pakistan" },
	{ "Istanbul", "Turkey" }, { "Jakarta", "Indonesia" }, { "Jerusalem", "Israel" },
	{ "Johannesburg", "South Africa" }, { "Kabul", "Afghanistan" },
	{ "Kansas City", "Missouri" }, { "Kiev", "Ukraine" }, { "Kyiv", "Ukraine" },
	{ "Lagos", "Nigeria" }, { "Las Vegas", "Nevada" }, { "Lima", "Peru" },
	{ "London", "United Kingdom" }, { "Los Angeles", "California" },
	{ "Madrid", "Spain" }, { "Manchester", "United Kingdom" }, { "Manila", "Philippines" },
	{ "Melbourne", "Australia" }, { "Mexico City", "Mexico" }, { "Miami", "Florida" },
	{ "Milwaukee", "Wisconsin" }, { "Minneapolis", "Minnesota" },
	{ "Montreal", "Canada" }, { "Moscow", "Russia" }, { "Mumbai", "India" },
	{ "Nairobi", "Kenya" }, { "Nashville", "Tennessee" }, { "New Delhi", "India" },
	{ "New Orleans", "Louisiana" }, { "New York City", "New York" },
	{ "Orlando", "Florida" }, { "Oslo", "Norway" }, { "Ottawa", "Canada" },
	{ "Paris", "France" }, { "Philadelphia", "Pennsylvania" }, { "Phoenix", "Arizona" },
	{ "Pittsburgh", "Pennsylvania" }, { "Prague", "Czech Republic" },
	{ "Pyongyang", "North Korea" }, { "Rio de Janeiro", "Brazil" }, { "Riyadh", "Saudi Arabia" },
	{ "Rome", "Italy" }, { "Sacramento", "California" }, { "San Antonio", "Texas" },
	{ "San Diego", "California" }, { "San Francisco", "California" },
	{ "Sao Paulo", "Brazil" }, { "Seoul", "South Korea" },
	{ "Shanghai", "China" }, { "St. Louis", "Missouri" }, { "Stockholm", "Sweden" },
	{ "Sydney", "Australia" }, { "Taipei", "Taiwan" }, { "Tampa", "Florida" },
	{ "Tehran", "Iran" }, { "Tel Aviv", "Israel" }, { "Tokyo", "Japan" },
	{ "Toronto", "Canada" }, { "Vancouver", "Canada" }, { "Vienna", "Austria" },
	{ "Warsaw", "Poland" }, { "Zurich", "Switzerland" },
};

/* By binary search: the table is in strcmp order (lex_tables_sorted). */
const char *lex_place_within(const char *place)
{
	size_t lo = 0, hi = N(cities_in);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int k = strcmp(place, cities_in[mid].city);
		if (k == 0)
			return cities_in[mid].in;
		if (k < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* The words of months and weekdays in each of date.c's forms
 * (date_month_word, date_weekday_word read the same words): listed here
 * so that a token's number says whether it is one, with no look-up
 * (lex_tok_month, lex_tok_weekday).  A unit test checks that the two
 * agree word for word. */
static const char *const month_full[] = {
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december",
};
static const char *const month_abbr3[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};
static const char *const month_other[] = { "sept" };
static const char *const weekday_full[] = {
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
};
static const char *const weekday_abbr3[] = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };
static const char *const weekday_other[] = { "tues", "weds", "thur", "thurs" };

/* Ordinal words: ordinals[i] names i; ordinal_tens[i] names 30 + 10 i,
 * the last 100 (lex_ordinal). */
static const char *const ordinals[] = {
	"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
	"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
	"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
};
static const char *const ordinal_tens[] = {
	"thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
	"ninetieth", "hundredth",
};

/* Words a value may be made of, other than number words, ordinals,
 * months and weekdays (values.c: a sentence with none of them, no digit
 * and no currency sign holds no value). */
static const char *const value_words[] = {
	"afternoon", "billion", "billions", "cent", "century", "christmas", "day",
	"decade", "dozen", "dozens", "easter", "eve", "evening", "few", "fourth",
	"halloween", "hour", "hundred", "hundreds", "independence", "labor", "memorial",
	"midday", "midnight", "million", "millions", "minute", "month", "morning",
	"night", "noon", "number", "percent", "scores", "several", "tens",
	"thanksgiving", "thousand", "thousands", "today", "tomorrow", "tonight",
	"trillion", "week", "weekend", "year", "year's", "yesterday",
};

/* Function words of English: articles, pronouns, prepositions,
 * conjunctions, auxiliaries and the commonest reporting words.  Sorted
 * (strcmp). */
static const char *const function_words[] = {
	"a", "about", "above", "after", "again", "against", "all", "also", "am", "an",
	"and", "another", "any", "are", "around", "as", "at", "be", "because", "been",
	"before", "being", "below", "between", "both", "but", "by", "can", "could",
	"did", "do", "does", "doing", "down", "during", "each", "either", "even",
	"ever", "every", "few", "for", "from", "further", "had", "has", "have",
	"having", "he", "her", "here", "hers", "herself", "him", "himself", "his",
	"how", "however", "i", "if", "in", "into", "is", "it", "its", "itself",
	"just", "last", "least", "less", "many", "may", "me", "might", "more", "most",
	"mr", "mrs", "ms", "much", "must", "my", "near", "nearly", "neither", "next",
	"no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
	"other", "our", "ours", "out", "over", "own", "per", "said", "same", "say",
	"says", "she", "should", "since", "so", "some", "such", "than", "that", "the",
	"their", "theirs", "them", "then", "there", "these", "they", "this", "those",
	"though", "through", "to", "told", "too", "under", "until", "up", "upon",
	"us", "very", "was", "we", "were", "what", "when", "where", "whether", "which",
	"while", "who", "whom", "whose", "why", "will", "with", "within", "would",
	"yet", "you", "your",
};

/* ---- phrase matching ---------------------------------------------------- */

/* Every table is searched by the first word of its phrases.  When the
 * tables are made ready (lex_prepare), each gets an index of its entries
 * sorted by that word, and one hash table for all of them holds each word
 * that starts a phrase of any table, numbered, with its run in the index
 * of every table.  A sentence's word is hashed once, when it is split off
 * (tokens.c keeps its number in tok.lex), and then found in each table by
 * that number: a word that starts no phrase (most words) costs nothing
 * more. */
struct index {
	const struct entry *e;
	size_t first_len;
	char second;   /* the first letter of the phrase's second word, 0: none */
};

struct table {
	const struct entry *e;
	size_t n;
	struct index *idx;
};

#define ND_LEX_TABLES(X)                                           \
	X(NUMBERS, numbers) X(QUALIFIERS, qualifiers) X(VAGUE, vague) \
	X(UNDISCLOSED, undisclosed) X(NOUNS, nouns) X(EVENTS, events) \
	X(REPORTING, reporting) X(SOURCE_VERBS, source_verbs)         \
	X(JOURNALIST_NOUNS, journalist_nouns) X(OUTCOMES, outcomes)   \
	X(DOCUMENTS, documents) X(OUTLETS, outlets)                   \
	X(COUNTRIES, countries) X(PLACES, places)

enum {
#define ND_LEX_ENUM(NAME, arr) T_##NAME,
	ND_LEX_TABLES(ND_LEX_ENUM)
#undef ND_LEX_ENUM
	T__COUNT
};

#define ND_LEX_IDX(NAME, arr) static struct index arr##_idx[N(arr)];
ND_LEX_TABLES(ND_LEX_IDX)
#undef ND_LEX_IDX

static struct table tables[T__COUNT] = {
#define ND_LEX_TABLE(NAME, arr) [T_##NAME] = { arr, N(arr), arr##_idx },
	ND_LEX_TABLES(ND_LEX_TABLE)
#undef ND_LEX_TABLE
};

/* A word that starts a phrase of some table, and where those phrases are
 * in each table's index (count 0: it starts none there). */
struct first_word {
	const char *word;   /* points into a phrase or a word set; len bytes */
	size_t len;
	struct { uint16_t from, count; } run[T__COUNT];
	uint16_t sets;      /* the word sets (enum word_set) that hold it */
};

/* The word sets, by bit: each of their words is numbered with the first
 * words of the phrases (a word of a set that starts no phrase has runs of
 * count 0), so that a token's number (tok.lex) also says which sets hold
 * its word. */
enum word_set {
	WS_ROLE_HEAD = 1, WS_ROLE_MOD = 2, WS_HONORIFIC = 4, WS_NOT_NAME = 8,
	WS_THING_HEAD = 16, WS_FUNCTION = 32, WS_VALUE_WORD = 64, WS_ORDINAL = 128,
	/* months and weekdays: each form of date.h by its bit, shifted */
	WS_MONTH_SHIFT = 8, WS_WEEKDAY_SHIFT = 11,
};
#define WS_DATE_FORMS (DATE_FULL | DATE_ABBR3 | DATE_ABBR_OTHER)
_Static_assert(WS_DATE_FORMS == 7, "three forms of month and weekday words");

/* Number 0 is no word; there are at most as many words as entries and
 * words of sets (honorifics twice: "mr" and "mr."). */
#define ND_LEX_COUNT(NAME, arr) + N(arr)
#define MAX_WORDS (1 ND_LEX_TABLES(ND_LEX_COUNT) + N(role_heads) + N(role_mods) + \
		   2 * N(honorifics) + N(not_names) + N(thing_heads) + N(function_words) + \
		   N(month_full) + N(month_abbr3) + N(month_other) + N(weekday_full) +      \
		   N(weekday_abbr3) + N(weekday_other) + N(value_words) + N(ordinals) + N(ordinal_tens))
#define WORD_SLOTS 8192
_Static_assert(WORD_SLOTS >= 2 * MAX_WORDS && MAX_WORDS <= UINT16_MAX,
	       "the table of first words is too small");

static struct first_word words[MAX_WORDS];
static size_t nwords = 1;
static uint16_t word_slots[WORD_SLOTS];   /* numbers of words, open addressing */

/* The slot that holds w[0..len), or the empty one where it would go. */
static uint16_t *word_slot(const char *w, size_t len)
{
	size_t h = text_hash(w, len) & (WORD_SLOTS - 1);
	while (word_slots[h]) {
		const struct first_word *fw = &words[word_slots[h]];
		if (fw->len == len && memcmp(fw->word, w, len) == 0)
			break;
		h = (h + 1) & (WORD_SLOTS - 1);
	}
	return &word_slots[h];
}

static int cmp_index(const void *a, const void *b)
{
	const struct index *x = a, *y = b;
	size_t n = x->first_len < y->first_len ? x->first_len : y->first_len;
	int c = strncmp(x->e->phrase, y->e->phrase, n);
	if (c)
		return c;
	if (x->first_len != y->first_len)
		return x->first_len < y->first_len ? -1 : 1;
	/* the same first word: in table order (both point into one table),
	 * so that of two entries matching alike the earlier one wins */
	return (x->e > y->e) - (x->e < y->e);
}

static void prepare(struct table *t, size_t k)
{
	for (size_t i = 0; i < t->n; i++) {
		t->idx[i].e = &t->e[i];
		t->idx[i].first_len = strcspn(t->e[i].phrase, " ");
		t->idx[i].second = t->e[i].phrase[t->idx[i].first_len] == ' '
					   ? t->e[i].phrase[t->idx[i].first_len + 1] : 0;
	}
	qsort(t->idx, t->n, sizeof *t->idx, cmp_index);
	for (size_t i = 0; i < t->n;) {
		size_t j = i + 1;
		while (j < t->n && t->idx[j].first_len == t->idx[i].first_len &&
		       strncmp(t->idx[j].e->phrase, t->idx[i].e->phrase, t->idx[i].first_len) == 0)
			j++;
		uint16_t *slot = word_slot(t->idx[i].e->phrase, t->idx[i].first_len);
		if (!*slot) {
			*slot = (uint16_t)nwords;
			words[nwords].word = t->idx[i].e->phrase;
			words[nwords].len = t->idx[i].first_len;
			nwords++;
		}
		words[*slot].run[k].from = (uint16_t)i;
		words[*slot].run[k].count = (uint16_t)(j - i);
		i = j;
	}
}

uint16_t lex_word_id(const char *w)
{
	return lex_word_id_len(w, strlen(w));
}

uint16_t lex_word_id_len(const char *w, size_t len)
{
	lex_prepare();
	return *word_slot(w, len);
}

/* Does phrase p, whose first word (its first first_len bytes) is token
 * i's, match tokens t[i..]?  Returns the words matched or 0. */
static size_t phrase_at(const char *p, size_t first_len, const struct tok *t, size_t n, size_t i)
{
	p += first_len;
	size_t k = 1;
	while (*p) {
		p++;   /* the space */
		if (i + k >= n)
			return 0;
		/* the token is the phrase's word up to the next space, whole */
		const char *w = t[i + k].f;
		while (*p && *p != ' ' && *w == *p)
			w++, p++;
		if (*w || (*p && *p != ' '))
			return 0;
		k++;
	}
	return k;
}

/* The longest of the count entries of table k from index[from] (those
 * whose first word is token i's) that matches at token i. */
static size_t longest(size_t k, size_t from, size_t count, const struct tok *t, size_t n,
		      size_t i, const struct entry **hit)
{
	const struct index *idx = tables[k].idx;
	size_t best = 0;
	/* a phrase of several words whose second word starts with another
	 * letter than the next token's does not match ("the new york
	 * times" at "the company") */
	char next = i + 1 < n ? t[i + 1].f[0] : 0;
	for (size_t j = from; j < from + count; j++) {
		if (idx[j].second && idx[j].second != next)
			continue;
		size_t m = phrase_at(idx[j].e->phrase, idx[j].first_len, t, n, i);
		if (m > best) {
			best = m;
			*hit = idx[j].e;
		}
	}
	return best;
}

/* The longest entry of table k matching at token i: most tokens start no
 * phrase of any table, or none of this one, and are turned away here. */
static inline size_t lookup(size_t k, const struct tok *t, size_t n, size_t i,
			    const struct entry **hit)
{
	if (i >= n || !t[i].lex)
		return 0;
	const struct first_word *fw = &words[t[i].lex];
	return fw->run[k].count ? longest(k, fw->run[k].from, fw->run[k].count, t, n, i, hit) : 0;
}

size_t lex_number_lookup(const struct tok *t, size_t n, size_t i, double *value)
{
	const struct entry *e = NULL;
	size_t k = lookup(T_NUMBERS, t, n, i, &e);
	if (k)
		*value = e->value;
	return k;
}

bool lex_number_word(const char *w, double *value)
{
	struct tok one = { .f = w, .lex = lex_word_id(w) };
	return lex_number(&one, 1, 0, value) == 1;
}

double lex_scale(const char *w)
{
	static const struct { const char *w; double x; } scale[] = {
		{ "hundred", 1e2 }, { "thousand", 1e3 }, { "million", 1e6 },
		{ "billion", 1e9 }, { "trillion", 1e12 },
	};
	for (size_t i = 0; i < N(scale); i++)
		if (strcmp(w, scale[i].w) == 0)
			return scale[i].x;
	return 0;
}

size_t lex_qualifier_lookup(const struct tok *t, size_t n, size_t i, enum qual *q)
{
	const struct entry *e = NULL;
	size_t k = lookup(T_QUALIFIERS, t, n, i, &e);
	if (k)
		*q = (enum qual)e->value;
	return k;
}

size_t lex_vague_lookup(const struct tok *t, size_t n, size_t i)
{
	const struct entry *e = NULL;
	return lookup(T_VAGUE, t, n, i, &e);
}

size_t lex_undisclosed_lookup(const struct tok *t, size_t n, size_t i)
{
	const struct entry *e = NULL;
	return lookup(T_UNDISCLOSED, t, n, i, &e);
}

size_t lex_noun_lookup(const struct tok *t, size_t n, size_t i, enum noun_class *c)
{
	const struct entry *e = NULL;
	size_t k = lookup(T_NOUNS, t, n, i, &e);
	if (k)
		*c = (enum noun_class)e->value;
	return k;
}

size_t lex_event_lookup(const struct tok *t, size_t n, size_t i, enum event_class *ev)
{
	const struct entry *e = NULL;
	size_t k = lookup(T_EVENTS, t, n, i, &e);
	if (k)
		*ev = (enum event_class)e->value;
	return k;
}

size_t lex_reporting_verb_lookup(const struct tok *t, size_t n, size_t i)
{
	const struct entry *e = NULL;
	return lookup(T_REPORTING, t, n, i, &e);
}

size_t lex_source_verb_lookup(const struct tok *t, size_t n, size_t i, bool *before)
{
	const struct entry *e = NULL;
	size_t k = lookup(T_SOURCE_VERBS, t, n, i, &e);
	if (k)
		*before = e->value == 1;
	return k;
}

size_t lex_journalist_noun_lookup(const struct tok *t, size_t n, size_t i)
{
	const struct entry *e = NULL;
	return lookup(T_JOURNALIST_NOUNS, t, n, i, &e);
}

size_t lex_outcome_lookup(const struct tok *t, size_t n, size_t i, bool *success)
{
	const struct entry *e = NULL;
	size_t k = lookup(T_OUTCOMES, t, n, i, &e);
	if (k)
		*success = e->value == 1;
	return k;
}

size_t lex_document_lookup(const struct tok *t, size_t n, size_t i, const char **canon)
{
	const struct entry *e = NULL;
	size_t k = lookup(T_DOCUMENTS, t, n, i, &e);
	if (k)
		*canon = e->canon;
	return k;
}

size_t lex_outlet_lookup(const struct tok *t, size_t n, size_t i, const char **canon)
{
	const struct entry *e = NULL;
	size_t k = lookup(T_OUTLETS, t, n, i, &e);
	if (k)
		*canon = e->canon;
	return k;
}

size_t lex_place_lookup(const struct tok *t, size_t n, size_t i, const char **canon)
{
	const struct entry *e = NULL;
	size_t k = lookup(T_PLACES, t, n, i, &e);
	if (k)
		*canon = e->canon;
	return k;
}

size_t lex_country_lookup(const struct tok *t, size_t n, size_t i, const char **canon)
{
	const struct entry *e = NULL;
	size_t k = lookup(T_COUNTRIES, t, n, i, &e);
	if (k)
		*canon = e->canon;
	return k;
}

/* A set of words, hashed on first use. */
struct wordset {
	const char *const *list;
	size_t n;
	const char **slots;  /* 1024 of them */
	int ready;
};

static bool in_set(struct wordset *ws, const char *w)
{
	if (!ws->ready) {
		for (size_t i = 0; i < ws->n; i++) {
			size_t h = text_hash(ws->list[i], strlen(ws->list[i])) & 1023;
			while (ws->slots[h])
				h = (h + 1) & 1023;
			ws->slots[h] = ws->list[i];
		}
		ws->ready = 1;
	}
	size_t h = text_hash(w, strlen(w)) & 1023;
	while (ws->slots[h]) {
		if (strcmp(ws->slots[h], w) == 0)
			return true;
		h = (h + 1) & 1023;
	}
	return false;
}

#define WORDSET(name, arr)                                          \
	static const char *name##_slots[1024];                      \
	static struct wordset name = { arr, N(arr), name##_slots, 0 }

WORDSET(s_role_heads, role_heads);
WORDSET(s_role_mods, role_mods);
WORDSET(s_honorifics, honorifics);
WORDSET(s_not_names, not_names);
WORDSET(s_thing_heads, thing_heads);

static struct wordset s_function_words;   /* below, with its words */

/* Every table and word set made ready at once, before any thread reads
 * them: the phrase tables and their first words (lex_word_id asks for
 * this first), and the word sets (each would otherwise be made on its
 * first look-up). */
static void number_set_word(const char *w, size_t len, unsigned set)
{
	uint16_t *slot = word_slot(w, len);
	if (!*slot) {
		*slot = (uint16_t)nwords;
		words[nwords].word = w;
		words[nwords].len = len;
		nwords++;
	}
	words[*slot].sets |= (uint16_t)set;
}

/* Each honorific with the dot lex_honorific takes off ("mr."). */
static char honorific_dots[N(honorifics)][32];

static void number_set(const char *const *list, size_t n, unsigned set)
{
	for (size_t i = 0; i < n; i++)
		number_set_word(list[i], strlen(list[i]), set);
}

static void prepare_all(void)
{
	for (size_t k = 0; k < T__COUNT; k++)
		prepare(&tables[k], k);
	number_set(role_heads, N(role_heads), WS_ROLE_HEAD);
	number_set(role_mods, N(role_mods), WS_ROLE_MOD);
	number_set(honorifics, N(honorifics), WS_HONORIFIC);
	number_set(not_names, N(not_names), WS_NOT_NAME);
	number_set(thing_heads, N(thing_heads), WS_THING_HEAD);
	number_set(function_words, N(function_words), WS_FUNCTION);
	number_set(value_words, N(value_words), WS_VALUE_WORD);
	number_set(ordinals + 1, N(ordinals) - 1, WS_ORDINAL);   /* not "zeroth" */
	number_set(ordinal_tens, N(ordinal_tens), WS_ORDINAL);
	number_set(month_full, N(month_full), DATE_FULL << WS_MONTH_SHIFT);
	number_set(month_abbr3, N(month_abbr3), DATE_ABBR3 << WS_MONTH_SHIFT);
	number_set(month_other, N(month_other), DATE_ABBR_OTHER << WS_MONTH_SHIFT);
	number_set(weekday_full, N(weekday_full), DATE_FULL << WS_WEEKDAY_SHIFT);
	number_set(weekday_abbr3, N(weekday_abbr3), DATE_ABBR3 << WS_WEEKDAY_SHIFT);
	number_set(weekday_other, N(weekday_other), DATE_ABBR_OTHER << WS_WEEKDAY_SHIFT);
	for (size_t i = 0; i < N(honorifics); i++) {
		size_t len = strlen(honorifics[i]);
		if (len + 1 < sizeof honorific_dots[i]) {
			memcpy(honorific_dots[i], honorifics[i], len);
			honorific_dots[i][len] = '.';
			number_set_word(honorific_dots[i], len + 1, WS_HONORIFIC);
		}
	}
	struct wordset *const sets[] = { &s_role_heads, &s_role_mods, &s_honorifics, &s_not_names,
					 &s_thing_heads, &s_function_words };
	for (size_t i = 0; i < sizeof sets / sizeof sets[0]; i++)
		(void)in_set(sets[i], "");
}

/* The word sets that hold token t's word, by its number. */
static inline unsigned tok_sets(const struct tok *t)
{
	return t->lex ? words[t->lex].sets : 0;
}

bool lex_tok_role_head(const struct tok *t)
{
	return tok_sets(t) & WS_ROLE_HEAD;
}

bool lex_tok_role_word(const struct tok *t)
{
	return tok_sets(t) & (WS_ROLE_HEAD | WS_ROLE_MOD);
}

bool lex_tok_honorific(const struct tok *t)
{
	return tok_sets(t) & WS_HONORIFIC;
}

bool lex_tok_thing_head(const struct tok *t)
{
	return tok_sets(t) & WS_THING_HEAD;
}

bool lex_tok_function_word(const struct tok *t)
{
	return tok_sets(t) & WS_FUNCTION;
}

bool lex_tok_not_name(const struct tok *t)
{
	return tok_sets(t) & (WS_NOT_NAME | WS_DATE_FORMS << WS_MONTH_SHIFT |
			      DATE_FULL << WS_WEEKDAY_SHIFT);
}

bool lex_tok_month(const struct tok *t, unsigned forms)
{
	return tok_sets(t) & (forms & WS_DATE_FORMS) << WS_MONTH_SHIFT;
}

bool lex_tok_weekday(const struct tok *t, unsigned forms)
{
	return tok_sets(t) & (forms & WS_DATE_FORMS) << WS_WEEKDAY_SHIFT;
}

bool lex_tok_value_word(const struct tok *t)
{
	return tok_sets(t) & WS_VALUE_WORD;
}

bool lex_tok_ordinal(const struct tok *t)
{
	return tok_sets(t) & WS_ORDINAL;
}

void lex_prepare(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, prepare_all);
}

bool lex_role_head(const char *w)
{
	return in_set(&s_role_heads, w);
}

int lex_ordinal(const char *w)
{
	/* every ordinal word has five letters or more and ends in -st,
	 * -nd, -rd or -th: most words are turned away here */
	size_t n = strlen(w);
	if (n < 5 || !(strcmp(w + n - 2, "th") == 0 || strcmp(w + n - 2, "st") == 0 ||
		       strcmp(w + n - 2, "nd") == 0 || strcmp(w + n - 2, "rd") == 0))
		return 0;
	for (size_t i = 1; i < N(ordinals); i++)
		if (strcmp(w, ordinals[i]) == 0)
			return (int)i;
	for (size_t i = 0; i < N(ordinal_tens); i++)
		if (strcmp(w, ordinal_tens[i]) == 0)
			return i < 7 ? (int)(30 + 10 * i) : 100;
	return 0;
}

/* Nouns that news text uses for one thing, by their stems: the
 * same count of them is the same fact in other words. */
static const char *const same_nouns[][2] = {
	{ "win", "victori" }, { "loss", "defeat" }, { "death", "fatal" },
	{ "peopl", "person" }, { "child", "children" }, { "child", "kid" },
	{ "children", "kid" },
	/* places a body keeps: "two compounds", "two facilities" */
	{ "compound", "facil" }, { "compound", "site" }, { "facil", "site" },
	{ "lawmak", "legisl" },
	/* people on a payroll: "50 full-time employees", "50 full-time workers" */
	{ "employe", "worker" }, { "employe", "staff" }, { "employe", "staffer" },
	{ "worker", "staff" }, { "worker", "staffer" }, { "staff", "staffer" },
};

bool lex_same_noun(const char *a, const char *b)
{
	if (strcmp(a, b) == 0)
		return true;
	for (size_t k = 0; k < N(same_nouns); k++)
		if ((text_same(a, same_nouns[k][0]) && text_same(b, same_nouns[k][1])) ||
		    (text_same(b, same_nouns[k][0]) && text_same(a, same_nouns[k][1])))
			return true;
	return false;
}

bool lex_role_word(const char *w)
{
	return lex_role_head(w) || in_set(&s_role_mods, w);
}

static const struct {
	const char *abbr, *role;
	bool plural;
} title_abbrs[] = {
	{ "atty", "attorney", false }, { "capt", "captain", false }, { "col", "colonel", false },
	{ "gen", "general", false }, { "gov", "governor", false }, { "lt", "lieutenant", false },
	{ "prof", "professor", false }, { "rep", "representative", false },
	{ "sen", "senator", false }, { "sgt", "sergeant", false },
	{ "supt", "superintendent", false },
	/* of several: "Sens. Ada Roe and Kim Lund" */
	{ "govs", "governor", true }, { "reps", "representative", true },
	{ "sens", "senator", true },
};

const char *lex_title_abbr(const char *w, bool *plural)
{
	for (size_t i = 0; i < N(title_abbrs); i++)
		if (strcmp(w, title_abbrs[i].abbr) == 0) {
			if (plural)
				*plural = title_abbrs[i].plural;
			return title_abbrs[i].role;
		}
	return NULL;
}

bool lex_honorific(const char *w)
{
	size_t n = strlen(w);
	char tmp[32];
	if (n && n < sizeof tmp && w[n - 1] == '.') {
		memcpy(tmp, w, n - 1);
		tmp[n - 1] = '\0';
		w = tmp;
	}
	return in_set(&s_honorifics, w);
}

bool lex_not_name(const char *w)
{
	size_t n = strlen(w);
	return in_set(&s_not_names, w) ||
	       date_month_word(w, n, DATE_FULL | DATE_ABBR3 | DATE_ABBR_OTHER) ||
	       date_weekday_word(w, n, DATE_FULL) >= 0;
}

bool lex_thing_head(const char *w)
{
	return in_set(&s_thing_heads, w);
}

size_t lex_former_prefix(const char *w)
{
	static const char *const prefixes[] = { "ex-", "then-", NULL };
	for (size_t i = 0; prefixes[i]; i++) {
		size_t n = strlen(prefixes[i]);
		if (strncmp(w, prefixes[i], n) == 0 && isalpha((unsigned char)w[n]) &&
		    strncmp(w + n, "officio", 7) != 0)
			return n;
	}
	return 0;
}

void lex_role_canon(char *phrase, size_t cap)
{
	char out[256];
	size_t o = 0;
	const char *p = phrase;
	while (*p) {
		size_t fp = lex_former_prefix(p);
		if (fp) {
			/* "ex-spy", "then-adviser": "former spy", "former adviser" */
			if (o + 8 >= sizeof out)
				break;
			if (o)
				out[o++] = ' ';
			memcpy(out + o, "former", 6);
			o += 6;
			p += fp;
		}
		size_t best = 0;
		const char *to = NULL;
		for (size_t s = 0; s < N(role_synonyms); s++) {
			size_t fl = strlen(role_synonyms[s].from);
			if (strncmp(p, role_synonyms[s].from, fl) == 0 &&
			    (p[fl] == ' ' || p[fl] == '\0') && fl > best) {
				best = fl;
				to = role_synonyms[s].to;
			}
		}
		size_t wl = best ? best : strcspn(p, " ");
		const char *src = best ? to : p;
		size_t sl = best ? strlen(to) : wl;
		if (o + sl + 2 >= sizeof out)
			break;
		if (o)
			out[o++] = ' ';
		memcpy(out + o, src, sl);
		o += sl;
		p += wl;
		while (*p == ' ')
			p++;
	}
	out[o] = '\0';
	snprintf(phrase, cap, "%s", out);
}

static const char *const qual_labels[] = {
#define ND_Q_LABEL(name, label) label,
	ND_QUALIFIERS(ND_Q_LABEL)
#undef ND_Q_LABEL
};
static const char *const noun_labels[] = {
#define ND_NC_LABEL(name, label) label,
	ND_NOUN_CLASSES(ND_NC_LABEL)
#undef ND_NC_LABEL
};
static const char *const event_labels[] = {
#define ND_EV_LABEL(name, label, part) label,
	ND_EVENTS(ND_EV_LABEL)
#undef ND_EV_LABEL
};

const char *qual_label(enum qual q)
{
	return (unsigned)q < QUAL__COUNT ? qual_labels[q] : "";
}

const char *noun_class_label(enum noun_class c)
{
	return (unsigned)c < NOUN__COUNT ? noun_labels[c] : "";
}

const char *event_label(enum event_class e)
{
	return (unsigned)e < EVENT__COUNT ? event_labels[e] : "";
}


/* The same words in a hash set (in_set): one hash and a probe or two
 * instead of eight string comparisons, for a question asked of nearly
 * every word. */
WORDSET(s_function_words, function_words);

bool lex_function_word(const char *w)
{
	return in_set(&s_function_words, w);
}

bool lex_tables_sorted(void)
{
	for (size_t i = 1; i < sizeof function_words / sizeof function_words[0]; i++)
		if (strcmp(function_words[i - 1], function_words[i]) >= 0)
			return false;
	for (size_t i = 1; i < N(cities_in); i++)
		if (strcmp(cities_in[i - 1].city, cities_in[i].city) >= 0)
			return false;
	return true;
}
