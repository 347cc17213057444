package answer

// The checks below keep near misses out: each asks whether the best fact
// can answer the kind of question asked, from the fact base and grammar
// alone ("what did Li Qiang say" needs his words; "which universities"
// needs a fact that names one). matchTerms applies them after ranking.

import (
	"slices"
	"strconv"
	"strings"

	"github.com/deepseek-story/bot/internal/knowledge"
)

// namesAll reports whether fact number i involves every person,
// organisation and product the question names: a fact about Liang does not
// answer a question about Nvidia's chief executive. (Places and broad
// concepts, like China, are context, not subjects.) Of two names offered
// as alternatives ("Trump or Biden"), one is enough.
//
// either pairs the names offered as alternatives (eitherOr) and confirm
// says whether the question asks to confirm a belief (confirms): both are
// the question's, read once by the caller, not again for each fact.
func namesAll(kb *knowledge.Base, slots []slot, i int, either map[string]string, confirm bool) bool {
	ix := kb.Index()
	for _, sl := range slots {
		id, ok := strings.CutPrefix(sl.alts[0], "@")
		if !ok || len(sl.alts) > 1 || sl.weight < 1 {
			continue
		}
		switch ent := kb.Entity(id); {
		case ent == nil:
		case confirm && namesOtherActor(kb, slots, ent.Type, i):
			// "wasn't it the Trump administration that blacklisted
			// Zhipu, right?": the fact that names who did corrects it.
		case id == kb.Narrator():
			// The narrator is behind every fact: "what does the author mean
			// by murky waters" may be about any. saidBy still wants their
			// words when the question asks what they think.
		case ent.Type == "person", ent.Type == "organisation", ent.Type == "product":
			if ix.CreditID(sl.ids[0], i) == 0 && (either[id] == "" || ix.Credit("@"+either[id], i) == 0) {
				return false
			}
		}
	}
	return true
}

// namesOtherActor reports whether fact number i names an entity of type
// typ that the question does not name; people and organisations both
// act, so either stands for the other ("the Trump administration" is
// corrected by the Biden administration).
func namesOtherActor(kb *knowledge.Base, slots []slot, typ string, i int) bool {
	named := make(map[string]bool, len(slots))
	for _, sl := range slots {
		named[sl.alts[0]] = true
	}
	ix := kb.Index()
	return slices.ContainsFunc(kb.Entities, func(ent knowledge.Entity) bool {
		return sameKind(ent.Type, typ) && !named["@"+ent.ID] && ix.Credit("@"+ent.ID, i) > 0
	})
}

// actorType reports whether entities of type t act: people and
// organisations, which stand for each other ("the Trump administration").
func actorType(t string) bool { return t == knowledge.TypePerson || t == "organisation" }

// sameKind reports whether entity types a and b are one kind: the same
// type, or both actors.
func sameKind(a, b string) bool { return a == b || actorType(a) && actorType(b) }

// The word sets below are switches, not maps: they are asked of every
// word of every question, and a switch compares a word with a few
// strings faster than a map hashes it.

// isTagWord reports whether w ends a question that asks to confirm what
// the asker believes ("Liang was born in 1990, right?").
func isTagWord(w string) bool {
	switch w {
	case "right", "correct", "yeah", "yes", "true", "innit", "no":
		return true
	}
	return false
}

// isTagVerb reports whether w starts a tag question ("didn't he", "wasn't it").
func isTagVerb(w string) bool {
	switch w {
	case "did", "does", "do", "is", "was", "were", "are", "has", "have":
		return true
	}
	return false
}

// confirms reports whether the question asks to confirm a belief ("...,
// right?", "..., didn't he?", "wasn't it the Trump administration ..."):
// its details may be misremembered, and the fact that corrects them answers.
func confirms(words []string) bool {
	n := len(words)
	switch {
	case n == 0:
		return false
	case n > 3 && isTagWord(words[n-1]):
		return true
	case n > 4 && isTagVerb(words[n-3]) && words[n-2] == "not" && isPersonalPronoun(words[n-1]):
		return true
	case n > 3 && isTagVerb(words[0]) && words[1] == "not":
		return true
	case n > 4 && words[0] == "is" && words[1] == "it" && claimWords[words[2]] && words[3] == "that":
		return true // "is it right that the founder was born in 1987"
	}
	return false
}

// claimWords are what "is it ... that" asks a claim to be.
var claimWords = map[string]bool{"right": true, "true": true, "correct": true, "accurate": true, "so": true}

func isPersonalPronoun(w string) bool {
	switch w {
	case "he", "she", "it", "they", "i", "we", "you":
		return true
	}
	return false
}

// eitherOr pairs the entities a question offers as alternatives ("was it
// Trump or Biden who blacklisted Zhipu"): a fact that names either
// answers it.
func eitherOr(ix *knowledge.Index, words []string) map[string]string {
	var pairs map[string]string
	for k := 1; k+1 < len(words); k++ {
		if words[k] != "or" {
			continue
		}
		before, after := ix.Analyze(words[max(0, k-3):k]), ix.Analyze(words[k+1:min(len(words), k+4)])
		if len(before) == 0 || len(after) == 0 {
			continue
		}
		// The nearest names either side: "Biden's people or Trump's people".
		a, aok := "", false
		for i := len(before) - 1; i >= 0 && !aok; i-- {
			a, aok = strings.CutPrefix(before[i].Term, "@")
		}
		b, bok := "", false
		for i := 0; i < len(after) && !bok; i++ {
			b, bok = strings.CutPrefix(after[i].Term, "@")
		}
		if aok && bok && a != b {
			if pairs == nil {
				pairs = map[string]string{}
			}
			pairs[a], pairs[b] = b, a
		}
	}
	return pairs
}

// givesType reports whether the fact's answer can answer the kind of
// question asked: a "when" needs a date in it, a "how much" a figure, and
// a "who" someone named, or more than a date or a figure ("who founded
// DeepSeek" is not answered by how old it is).
func givesType(kb *knowledge.Base, f *knowledge.Fact, want string) bool {
	switch want {
	case knowledge.TypeDate:
		return f.StatesDate()
	case knowledge.TypeFigure:
		return f.StatesFigure()
	case knowledge.TypePerson:
		return !f.AnswersAny(dateOrFigure) || f.AnswersAny(^dateOrFigure) || namesPerson(kb, f)
	}
	return true
}

// namesPerson reports whether one of the fact's entities is a person.
func namesPerson(kb *knowledge.Base, f *knowledge.Fact) bool {
	return slices.ContainsFunc(f.Entities, func(id string) bool {
		e := kb.Entity(id)
		return e != nil && e.Type == knowledge.TypePerson
	})
}

// dateOrFigure are the answer types that never name who.
var dateOrFigure = knowledge.TypeSet(knowledge.TypeDate) | knowledge.TypeSet(knowledge.TypeFigure)

// asksYesOrNo reports whether the question asks yes or no: it opens with
// an auxiliary verb ("did R1 come out on 21 January") or asks to confirm.
func asksYesOrNo(words []string) bool {
	if len(words) == 0 {
		return false
	}
	switch words[0] {
	case "did", "was", "is", "were", "are", "does", "do", "has", "had", "have", "confirm", "verify", "true":
		return true
	}
	return confirms(words)
}

// isMonth reports whether w names a month.
func isMonth(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december":
		return true
	}
	return false
}

// isDayOfMonth reports whether w is a day of the month, 1 to 31.
func isDayOfMonth(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 31 && w[0] != '0'
}

// datedOtherDay reports whether fact f (number i) is dated, fully, only on
// days other than those the question names: "Nvidia's close on 28
// January" is not its record close of 6 January. (A question that asks
// to confirm a day, "R1 came out on the 21st, right?", is corrected
// instead.)
func datedOtherDay(ix *knowledge.Index, slots []slot, i int, f *knowledge.Fact) bool {
	named := false
	for _, sl := range slots {
		if !sl.day {
			continue
		}
		named = true
		for _, id := range sl.ids {
			if id >= 0 && ix.CreditID(id, i) > 0 {
				return false
			}
		}
	}
	return named && len(f.FullDates()) > 0
}

// asksDay reports whether the question asks for the day, not only the
// month or year: "what exact day in July did Liang say it" needs a fact
// with a full date.
func asksDay(words []string) bool {
	if slices.ContainsFunc(words, func(w string) bool { return w == "birthday" || w == "birthdate" || w == "bday" }) {
		return true // a birthday is a day of the year, not a year
	}
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "exact" && (words[i+1] == "day" || words[i+1] == "date" || i+2 < len(words) && (words[i+2] == "day" || words[i+2] == "date")) ||
			(words[i] == "which" || words[i] == "what") && (words[i+1] == "day" || words[i+1] == "date") {
			return true
		}
	}
	return false
}

// kindNouns are nouns that, after "which" or "what", ask to name a thing
// of an entity type: "which universities", "what company".
var kindNouns = map[string]string{}

func init() {
	for typ, nouns := range map[string]string{
		"organisation": `company companies firm firms startup startups business businesses corporation corporations
			university universities college colleges school schools institution institutions organisation organisations
			organization organizations bank banks lab labs`,
		"person": `person people man woman guy guys scientist scientists politician politicians leader leaders president
			premier executive executives ceo official officials minister ministers analyst analysts`,
		"product": `chip chips gpu gpus processor processors model models product products`,
		"place":   `city cities country countries town towns province provinces region regions`,
	} {
		for _, w := range strings.Fields(typ + " " + nouns) {
			kindNouns[w] = typ
		}
	}
}

// askedKind returns the entity type a "which" or "what" question asks to
// name, and the noun that asks it: "which universities" →
// ("organisation", "universities").
func askedKind(words []string) (typ, noun string) {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "which" || words[i] == "what" {
			if i+2 < len(words) && measureNouns[words[i+2]] {
				// "which president number was Trump": a number, not a president.
				return "", ""
			}
			if typ := kindNouns[words[i+1]]; typ != "" {
				return typ, words[i+1]
			}
			if i+2 < len(words) {
				// "which start-up": a compound typed as two words.
				if typ := kindNouns[words[i+1]+words[i+2]]; typ != "" {
					return typ, words[i+1]
				}
			}
		}
	}
	return "", ""
}

// whoseNouns returns the product noun "whose" asks the owner of ("whose
// AI chips": chips), or nil when the question asks no such thing.
func whoseNouns(words []string) []string {
	i := slices.Index(words, "whose")
	if i < 0 {
		return nil
	}
	for _, w := range words[i+1 : min(i+3, len(words))] {
		if kindNouns[w] == "product" {
			return []string{w}
		}
	}
	// "whose biases", "whose view": an owner the base may not name.
	return nil
}

// namesOwner reports whether fact f names whose the things nouns are:
// an organisation or person the question does not name, a few words
// from one of them in its answer ("advanced Nvidia AI chips", "AI chips,
// such as Nvidia's").
func namesOwner(kb *knowledge.Base, f *knowledge.Fact, nouns []string, terms []knowledge.Term) bool {
	if len(nouns) == 0 {
		return true
	}
	stems := make([]string, len(nouns))
	for k, n := range nouns {
		stems[k] = knowledge.Stem(n)
	}
	answer := knowledge.Words(knowledge.Normalize(f.Answer)) // the fact's words: no chat to read
	for j, w := range answer {
		if !slices.Contains(stems, knowledge.Stem(w)) {
			continue
		}
		for _, id := range namedEntities(kb, answer[max(0, j-ownerReach):min(len(answer), j+1+ownerReach)], "") {
			ent := kb.Entity(id)
			if actorType(ent.Type) && !slices.ContainsFunc(terms, func(t knowledge.Term) bool { return t.Term == "@"+id }) {
				return true
			}
		}
	}
	return false
}

// ownerReach is how many words from a thing its owner may be named.
const ownerReach = 3

// measureNouns, after a kind noun, ask for a measure of it, not for one
// of its kind: "which president number", "what company size".
var measureNouns = map[string]bool{"number": true, "count": true, "size": true, "age": true, "rank": true}

// namesKind reports whether fact number i can answer a question that asks
// to name something of a kind ("which universities did they come from"):
// the fact must name an entity of that type the question does not
// already name. A fact that only says "top universities" names none.
//
// typ is the entity type the question asks for and noun the word that
// asks it (askedKind), or "". An entity the noun itself names ("which
// premier": Li Qiang) is still the one asked for.
func namesKind(kb *knowledge.Base, typ, noun string, terms []knowledge.Term, either map[string]string, i int) bool {
	if typ == "" {
		return true
	}
	ix := kb.Index()
	for id := range either {
		if ent := kb.Entity(id); ent != nil && sameKind(ent.Type, typ) && ix.Credit("@"+id, i) > 0 {
			// "which president blacklisted Zhipu, Trump or Biden": one of
			// the names offered is the answer.
			return true
		}
	}
	named := map[string]bool{}
	for _, t := range terms {
		if id, ok := strings.CutPrefix(t.Term, "@"); ok && t.Word != noun {
			named[id] = true
		}
	}
	return slices.ContainsFunc(kb.Entities, func(ent knowledge.Entity) bool {
		return ent.Type == typ && !named[ent.ID] && ix.Credit("@"+ent.ID, i) > 0 && isA(&ent, noun)
	})
}

// narrowKinds are kind nouns narrower than their entity type: "which
// university" asks for a university, and a company is none. The noun is
// given in its singular form.
var narrowKinds = map[string]string{"university": "university", "universities": "university",
	"college": "college", "colleges": "college", "school": "school", "schools": "school",
	"bank": "bank", "banks": "bank", "lab": "lab", "labs": "lab"}

// isA reports whether ent can be what kind noun asks for: any entity of
// its type for a broad noun ("which company"), one whose name says so for
// a narrow one ("which university").
func isA(ent *knowledge.Entity, noun string) bool {
	kind, narrow := narrowKinds[noun]
	if !narrow {
		return true
	}
	says := func(name string) bool { return slices.Contains(strings.Fields(strings.ToLower(name)), kind) }
	return says(ent.Name) || slices.ContainsFunc(ent.Aliases, says)
}

// kindNamed returns the first entity of kind typ, the one the question
// asks for ("which firm"), that fact number i names and the question does
// not, or "".
func kindNamed(kb *knowledge.Base, typ string, terms []knowledge.Term, i int) string {
	if typ == "" {
		return ""
	}
	f := kb.Index().Facts()[i]
	for _, id := range f.Entities {
		ent := kb.Entity(id)
		if ent == nil || ent.Type != typ || slices.ContainsFunc(terms, func(t knowledge.Term) bool { return t.Term == "@"+id }) {
			continue
		}
		return id
	}
	return ""
}

// hasOwnTerm reports whether fact number i has at least one of the
// question's own words, not only stand-ins WordNet found for them. A
// question whose one topic is a stand-in ("how do I meditate" → reflect)
// is too far from the story to answer.
func hasOwnTerm(ix *knowledge.Index, slots []slot, i int) bool {
	for _, sl := range slots {
		if sl.credit == 1 && sl.weight >= 1 && ix.CreditID(sl.ids[0], i) > 0 {
			return true
		}
	}
	return false
}

// isPriceWord reports whether w asks what something costs.
func isPriceWord(w string) bool {
	switch w {
	case "price", "prices", "priced", "pricing", "fee", "fees", "subscription":
		return true
	}
	return false
}

// asksMoney reports whether the question asks for an amount of money: "what
// is the price of R1", "how much does an H100 cost", "how much is a
// Blackwell chip". "How much did Blackwell cut costs" does not.
func asksMoney(words []string) bool {
	switch firstQuestionWord(words) {
	case "why", "when", "where", "who":
		// "why did the price go down" asks a reason, not an amount.
		return false
	}
	for i, w := range words {
		if isPriceWord(w) || isMoneyUnit(w) && i > 1 && words[i-2] == "how" && words[i-1] == "many" {
			return true
		}
		if (w == "cost" || w == "costs") && i+2 < len(words) && words[i+1] == "how" && words[i+2] == "much" {
			// "one blackwell chip cost how much"
			return true
		}
		if w == "cost" && i > 0 && words[i-1] == "the" && i+1 < len(words) && words[i+1] == "of" {
			// "what is the cost of a Blackwell chip"
			return true
		}
		if w == "what" && i+1 < len(words) && isAuxiliary(words[i+1]) && slices.Contains(words[i+2:], "cost") {
			// "what does a single Blackwell chip cost"
			return true
		}
		if w != "how" || i+2 >= len(words) || words[i+1] != "much" {
			continue
		}
		switch words[i+2] {
		case "is", "are":
			// "how much is a Blackwell chip", not "how much is Nvidia down".
			if i+3 < len(words) && (words[i+3] == "a" || words[i+3] == "an" || words[i+3] == "one") {
				return true
			}
		case "does", "do", "did", "will", "would": // auxiliaries
			// "how much does an H100 cost": cost is the verb.
			for _, v := range words[i+3:] {
				if v == "cost" {
					return true
				}
			}
		case "one", "a", "an", "each", "per", "single":
			// "how much one blackwell chip cost", typed without "does".
			if slices.Contains(words[i+3:], "cost") || slices.Contains(words[i+3:], "costs") {
				return true
			}
		}
	}
	return false
}

// isAuxiliary reports whether w starts a question's verb ("how much does
// ... cost").
func isAuxiliary(w string) bool {
	switch w {
	case "does", "do", "did", "will", "would":
		return true
	}
	return false
}

// asksHowMany reports whether the question asks for a count ("how many"),
// not money ("how many dollars").
func asksHowMany(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "how" && words[i+1] == "many" {
			// "how many percent" asks a share, not a count.
			return i+2 >= len(words) || !isMoneyUnit(words[i+2]) && words[i+2] != "percent" && words[i+2] != "percentage"
		}
	}
	return false
}

// isMoneyUnit reports whether w, after "how many", asks for money, not a
// count.
func isMoneyUnit(w string) bool {
	switch w {
	case "dollars", "dollar", "bucks", "yuan", "billions", "millions", "trillions", "billion", "million", "trillion", "usd":
		return true
	}
	return false
}

// firstQuestionWord returns the question's first question word, or "".
func firstQuestionWord(words []string) string {
	for _, w := range words {
		if isLeadingQuestionWord(w) {
			return w
		}
	}
	return ""
}

// speaksOfFuture reports whether fact f can answer the question's tense: a
// question about what will happen ("will Trump ban DeepSeek?") needs a fact
// that speaks of the future or of what may be, not a report of the past.
func speaksOfFuture(kb *knowledge.Base, words []string, f *knowledge.Fact) bool {
	for i, w := range words {
		if w == "will" || w == "gonna" || w == "going" && i+1 < len(words) && words[i+1] == "to" && !goingSomewhere(words[i+2:]) {
			// The first word after "will" that is not a function word: its
			// verb ("will the writer cover") or its subject ("will the author
			// take").
			next := i + 1 + slices.IndexFunc(words[i+1:], func(v string) bool { return !knowledge.IsStopword(v) })
			if next > i && textVerbs[words[next]] || slices.Contains(namedEntities(kb, words[:max(next, i)+1], ""), kb.Narrator()) {
				// "which angles will the writer cover", "what angle will the
				// author take": what the text does, not what will happen.
				return true
			}
			return f.SpeaksOfFuture()
		}
	}
	return true
}

// textVerbs are what a writer or a chatbot does with words: after "will"
// they ask about the text, not the future.
var textVerbs = map[string]bool{"approach": true, "cover": true, "discuss": true, "talk": true, "write": true,
	"explain": true, "look": true, "focus": true, "argue": true, "address": true, "describe": true, "answer": true,
	"reply": true, "respond": true, "inform": true}

// saidBy reports whether fact f can answer what the question asks a person
// said or thinks: "what did Li Qiang say" needs a fact attributed to Li
// Qiang, or an unattributed one about him that reports his words ("Kai-Fu
// Lee said ..."), not one about the symposium he hosted, nor one that
// reports someone else's words about him ("Liang said OpenAI is not a god"). Questions that
// ask nobody's words ask nothing of the fact. speaker is the question's
// askedSpeaker.
func saidBy(kb *knowledge.Base, speaker string, f *knowledge.Fact) bool {
	switch {
	case speaker == "" || kb.Speaker(f) == speaker:
		return true
	case speaker == kb.Narrator():
		// "on which date did Nvidia present Blackwell, according to the
		// author", "how much does the author say was wiped out": the
		// author reports every fact of the story.
		return true
	case f.By != "" || !slices.Contains(f.Entities, speaker):
		return false
	}
	return f.Quotes(speaker)
}

// askedSpeaker returns the person whose words the question asks for: the
// last person named before a speech word ("what did Li Qiang tell Liang"),
// or named right after one that follows a question word ("what said
// Trump"), or the first after "according to"; "" when it asks nobody's.
func askedSpeaker(kb *knowledge.Base, words []string) string {
	for k, w := range words {
		switch {
		case w == "according" && k+1 < len(words) && words[k+1] == "to":
			if people := namedEntities(kb, words[k+2:], "person"); len(people) > 0 {
				return people[0]
			}
		case knowledge.IsSpeechWord(w) && !(k > 0 && (someoneElse(words[k-1]) || storyWord(words[k-1]) || saysAsThing(words[k-1]))):
			// Not "...liang went yesterday, somebody said...": somebody spoke.
			if people := namedEntities(kb, words[:k], "person"); len(people) > 0 {
				return people[len(people)-1]
			}
			if people := namedEntities(kb, nameAfterVerbSecond(words, k), "person"); len(people) > 0 {
				return people[0]
			}
		}
	}
	return ""
}

// asksWordsOf reports whether the question asks what something it names
// said or thinks: a speech word after a name ("what did Nvidia say"), or
// after a question word and before one ("what said Nvidia"); not before
// one otherwise ("tell me about Nvidia").
func asksWordsOf(kb *knowledge.Base, words []string) bool {
	for k, w := range words {
		if knowledge.IsSpeechWord(w) && (len(namedEntities(kb, words[:k], "")) > 0 || len(namedEntities(kb, nameAfterVerbSecond(words, k), "")) > 0) {
			return true
		}
	}
	return false
}

// asksWho reports whether w asks for a person.
func asksWho(w string) bool { return w == "who" || w == "whom" || w == "whose" }

// nameAfterVerbSecond returns the words that may name the speaker after
// the speech word words[k] when it follows a question word at once, as
// Dutch, German and Scandinavian order put it in English ("what said
// nvidia about deepseek", "wat zei nvidia"): the next two words. nil
// otherwise.
func nameAfterVerbSecond(words []string, k int) []string {
	if k == 0 || k+1 >= len(words) || !isLeadingQuestionWord(words[k-1]) || asksWho(words[k-1]) {
		return nil // "who said Cassius has a lean look": Cassius is what was said
	}
	return words[k+1 : min(k+3, len(words))]
}

// namedEntities returns the ids of the entities words name, in order: of
// type typ, or of any type when typ is "".
func namedEntities(kb *knowledge.Base, words []string, typ string) []string {
	var ids []string
	for _, t := range kb.Index().Analyze(words) {
		if id, ok := strings.CutPrefix(t.Term, "@"); ok {
			if ent := kb.Entity(id); ent != nil && (typ == "" || ent.Type == typ) {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// namesSomething reports whether w can name what a question is about: not
// a function word, a common word or a tag ("is that right?").
func namesSomething(w string) bool {
	return !knowledge.IsStopword(w) && !knowledge.IsGeneralWord(w) && !knowledge.IsDiscourseWord(w) && !isTagWord(w)
}

// segmentBreaks ends a line after each sentence or clause of a message
// (splitFocus), built once: a Replacer is safe for concurrent use.
var segmentBreaks = strings.NewReplacer(" - ", "\n", " \u2013 ", "\n", " \u2014 ", "\n", "\u2014", "\n",
	": ", ":\n", ". ", ".\n", "? ", "?\n", "! ", "!\n", "; ", "\n")

// splitFocus returns the questions of a message that also says other
// things ("Good evening all. I run a small business - what is R1
// exactly?", "what kind of people did Liang hire? need it for a
// sidebar"), or "" when it is all question or has none. A segment is a
// sentence, or a clause after a dash or colon; it is a question when it
// ends with a question mark or starts with a question word. asideOnly
// says whether every other segment only greets or speaks of the asker
// ("Hello, I'm new here and trying this out. Who founded DeepSeek?"):
// then the question comes first.
func splitFocus(text string) (focus string, asideOnly bool) {
	// Most questions: one segment. A text with none of these characters
	// is one (a line break alone does not split it), and so is one
	// without a break the replacer would find.
	if !hasSegmentBreak(text) || !strings.ContainsAny(text, ".?!:;-\u2013\u2014") {
		return "", false
	}
	segments := strings.FieldsFunc(segmentBreaks.Replace(text), func(r rune) bool { return r == '\n' })
	if len(segments) < 2 {
		return "", false // one segment is all question or none
	}
	var questions []string
	asideOnly = true
	for _, seg := range segments {
		seg = strings.TrimSpace(seg)
		words := knowledge.Tokens(seg)
		if len(words) > 0 && (strings.HasSuffix(seg, "?") || isLeadingQuestionWord(words[0]) || questionWords[words[0]]) &&
			slices.ContainsFunc(words, namesSomething) {
			questions = append(questions, seg)
		} else if !slices.ContainsFunc(words, aboutAsker) {
			asideOnly = false
		}
	}
	if len(questions) == 0 || len(questions) == len(segments) {
		return "", false
	}
	return strings.Join(questions, " "), asideOnly
}

// headBeforeIdleClause returns what comes before the last comma of text
// when what follows it names nothing the base knows ("how old is
// deepseek, like can it legally drink yet"), or "": a joke or remark
// tacked on, not the question. A last clause that names something the base knows ("who
// backs zhipu, tencent?") is part of the question.
//
// The clause must be short, ask no wh- question ("..., which group?"
// narrows the question; "..., is he a boomer" is a joke) and have only
// English words (a name the base lacks, "..., broadcom?", may be what the
// question is about).
func headBeforeIdleClause(ix *knowledge.Index, text string) string {
	i := strings.LastIndex(text, ", ")
	if i <= 0 {
		return ""
	}
	tail := knowledge.Tokens(text[i+2:])
	if len(tail) == 0 || len(tail) > maxIdleClause || slices.ContainsFunc(tail, isLeadingQuestionWord) {
		return "" // "..., and when?" asks too
	}
	for _, t := range ix.Analyze(tail) {
		if info := ix.Describe(t); info.ID >= 0 && !info.Common {
			return ""
		}
		if !knowledge.IsEnglish(t.Word) && !knowledge.IsGeneralWord(t.Word) {
			return ""
		}
	}
	return text[:i]
}

// headBeforeSimile returns what comes before a simile tacked on after a
// comma or question mark ("how does the writer describe liang's looks?
// like some Gibson hacker?", "..., like a Pynchon conspiracy"), or "":
// the comparison colours the question, it does not ask anything.
func headBeforeSimile(text string) string {
	lower := strings.ToLower(text)
	i := max(strings.LastIndex(lower, ", like "), strings.LastIndex(lower, "? like "))
	if i <= 0 {
		// "is liang in it for the money like a wildcatter": a simile
		// with an article, with no comma before it.
		for _, article := range [...]string{" like a ", " like an ", " like some "} {
			if j := strings.LastIndex(lower, article); j > 0 && len(knowledge.Tokens(text[j:])) <= maxIdleClause {
				return text[:j]
			}
		}
		return ""
	}
	tail := knowledge.Tokens(text[i+len(", like "):])
	if len(tail) == 0 || len(tail) > maxIdleClause || isLeadingQuestionWord(tail[0]) || questionWords[tail[0]] ||
		tail[0] == "any" {
		return "" // "..., like any new laws": what is asked, narrowed
	}
	return text[:i+1]
}

// headBeforeAsides returns text without the asides tacked on after the
// question, dropped from the end one by one (", just need it for context
// in our board pack", "? Asking for our own benchmarking.", ", as a key
// takeaway for our clinics perhaps?"), or "" when it ends with none. An
// idle clause (headBeforeIdleClause) goes the same way: "..., geographically
// speaking? Asking for our team." is "...".
func headBeforeAsides(ix *knowledge.Index, text string) string {
	text = strings.TrimSpace(text)
	head := text
	for range maxAsides {
		if i := lastClauseBreak(head); i > 0 && isAside(ix, head[i:]) {
			head = strings.TrimRight(head[:i], " ,;-\u2013\u2014")
		} else if idle := headBeforeIdleClause(ix, head); idle != "" {
			head = idle
		} else {
			break
		}
	}
	if len(head) == len(text) {
		return ""
	}
	return head
}

// questionAfterPreamble returns the question that follows a preamble
// about the asker, from its first question word on, without the asides
// after it ("I am compiling a list for a careers talk and would be
// grateful if you could tell me who founded DeepSeek."), or "". The
// preamble must speak of the asker (I, we, our) in three words or more
// and end with a request to know (asksToKnow).
func questionAfterPreamble(ix *knowledge.Index, text string) string {
	at, n, before := -1, 0, ""
	for i := 0; i < len(text); {
		for i < len(text) && !isWordByte(text[i]) {
			i++
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		if j > i && isLeadingQuestionWord(strings.ToLower(text[i:j])) {
			at = i
			break
		}
		if j > i {
			n++
			before = strings.ToLower(text[i:j])
		}
		i = j
	}
	if at <= 0 || n < 3 || !asksToKnow[before] || !slices.ContainsFunc(knowledge.Tokens(text[:at]), isFirstPerson) {
		return ""
	}
	if head := headBeforeAsides(ix, text[at:]); head != "" {
		return head
	}
	return text[at:]
}

// asksToKnow are the words a request to know ends with before its
// question ("grateful to know what", "could you tell me who"): not "my
// car overheats in traffic what could be wrong".
var asksToKnow = map[string]bool{"know": true, "me": true, "us": true, "wondering": true, "wonder": true,
	"learn": true, "understand": true, "ask": true, "asking": true, "curious": true, "clarify": true,
	"confirm": true, "explain": true, "hear": true, "find": true, "out": true}

// isWordByte reports whether b may be part of a word (ASCII letters and
// digits, and any byte of a multi-byte character).
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80 || b == '\''
}

// maxAsides is the most asides headBeforeAsides drops.
const maxAsides = 3

// clauseBreaks end a clause or sentence that an aside may follow; " for
// our " and the like also start one ("... that we could borrow for our
// offsite").
var clauseBreaks = [...]string{", ", "? ", ". ", "! ", "; ", " - ", " \u2013 ", " \u2014 ", " for our ", " for my ", " for us "}

// lastClauseBreak returns where the last clause of text starts (after
// the break, or at " for our"), or -1.
func lastClauseBreak(text string) int {
	at := -1
	for _, br := range clauseBreaks {
		i := strings.LastIndex(text, br)
		if i < 0 {
			continue
		}
		if strings.HasPrefix(br, " for ") {
			at = max(at, i+1)
		} else {
			at = max(at, i+len(br))
		}
	}
	return at
}

// isAside reports whether clause, the last of a message, is an aside: it
// speaks of the asker ("for those of us not in the IT loop") or opens
// like one ("just to confirm...", "asking for...", "would be a nice
// quote..."), names no entity of the base and asks nothing (", and when?",
// "would he sell it?").
func isAside(ix *knowledge.Index, clause string) bool {
	words := knowledge.Tokens(clause)
	if len(words) == 0 || len(words) > maxAsideWords || slices.ContainsFunc(words, isLeadingQuestionWord) {
		return false
	}
	if strings.HasSuffix(strings.TrimSpace(clause), "?") && opensYesNo(words[0]) {
		return false // a question of its own
	}
	if !asideOpeners[words[0]] && !slices.ContainsFunc(words, isAsker) {
		return false
	}
	for _, t := range ix.Analyze(words) {
		if strings.HasPrefix(t.Term, "@") {
			return false
		}
	}
	return true
}

// maxAsideWords is the most words an aside may have.
const maxAsideWords = 14

// asideOpeners open an aside after the question ("just to confirm",
// "asking for a friend", "for the deck").
var asideOpeners = map[string]bool{
	"just": true, "asking": true, "purely": true, "for": true, "as": true, "need": true, "needed": true,
	"would": true, "trying": true, "thanks": true, "cheers": true, "please": true, "pls": true, "ideally": true,
}

// isAsker reports whether w speaks of the one asking or their side.
func isAsker(w string) bool {
	switch w {
	case "i", "me", "my", "we", "our", "us", "ours", "ourselves", "myself":
		return true
	}
	return false
}

// isFirstPerson reports whether w is a first-person pronoun other than
// "us", which may be the US ("help renewing a us passport").
func isFirstPerson(w string) bool { return w != "us" && isAsker(w) }

// opensYesNo reports whether w, an auxiliary verb, opens a yes-no
// question ("would he sell it?").
func opensYesNo(w string) bool {
	return isTagVerb(w) || isAuxiliary(w) || w == "can" || w == "could" || w == "should" || w == "had"
}

// questionAfterLeadIn returns the question after the first comma of text
// when text opens with a clause that sets the scene ("In the context of
// export controls, which company did the Biden administration
// blacklist?", "Turning to the founder's biography, what went wrong in
// 2022?"), or "". The clause must open with a word that sets a scene
// ("in", "regarding", "turning"...), and what follows must be a question
// of its own: a wh- word or an auxiliary verb first. A clause that speaks
// of the asker sets the scene too ("Going forward I'd like to understand
// the rationale, so what was...").
func questionAfterLeadIn(text string) string {
	i := strings.Index(text, ", ")
	if i <= 0 {
		return ""
	}
	lead := knowledge.Tokens(text[:i])
	if len(lead) < 2 || !leadInStarts[lead[0]] && !slices.ContainsFunc(lead, isFirstPerson) {
		return ""
	}
	rest := text[i+2:]
	words := knowledge.Tokens(rest)
	if len(words) > 0 && (words[0] == "so" || words[0] == "but") {
		// "I'd like to understand the rationale, so what was...".
		rest = strings.TrimSpace(rest[strings.Index(strings.ToLower(rest), words[0])+len(words[0]):])
		words = words[1:]
	}
	if len(words) < 2 || !isLeadingQuestionWord(words[0]) && !questionWords[words[0]] {
		return ""
	}
	return rest
}

// leadInStarts open a clause that sets the scene for the question after it.
var leadInStarts = map[string]bool{
	"in": true, "on": true, "regarding": true, "concerning": true, "considering": true, "turning": true,
	"taking": true, "given": true, "since": true, "as": true, "for": true, "before": true, "with": true,
	"speaking": true, "assuming": true, "looking": true, "returning": true, "moving": true, "re": true,
}

// maxIdleClause is the most words a clause tacked on may have.
const maxIdleClause = 6

// aboutAsker reports whether w greets or speaks of the one asking ("I'm
// new here", "our branch team", "sorry").
func aboutAsker(w string) bool {
	switch w {
	case "hello", "hi", "hey", "sorry", "apologies", "thanks":
		return true
	}
	return isFirstPerson(w)
}

// hasSegmentBreak reports whether text has a line break or something
// segmentBreaks breaks a line at. Most questions have neither: this one
// pass over the bytes spares them the replacer, which tries its strings
// at every byte.
func hasSegmentBreak(text string) bool {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			return true
		case ':', '.', '?', '!', ';': // followed by a space
			if i+1 < len(text) && text[i+1] == ' ' {
				return true
			}
		case '-': // between spaces
			if i > 0 && text[i-1] == ' ' && i+1 < len(text) && text[i+1] == ' ' {
				return true
			}
		case "\u2014"[0]: // the first byte of an em or en dash
			rest := text[i:]
			if strings.HasPrefix(rest, "\u2014") || i > 0 && text[i-1] == ' ' && strings.HasPrefix(rest, "\u2013 ") {
				return true
			}
		}
	}
	return false
}

// asksBeyondQuote reports whether the words around the quoted span of
// text name something the base does not know ("translate 'thank you for
// meeting' to Ukrainian"): the question is about that, not the quote.
func asksBeyondQuote(ix *knowledge.Index, text, span string) bool {
	around := knowledge.Tokens(strings.Replace(text, span, " ", 1))
	return slices.ContainsFunc(ix.Analyze(around), ix.Unfamiliar)
}

// minQuotedWords is how long a quoted span must be to stand for the
// question: a phrase, not a word in scare quotes.
const minQuotedWords = 3

// quotedSpan returns the longest span of the text between quotation marks
// (straight or curly, single or double) of at least minQuotedWords words
// with one that names something ("thank you for your time" names nothing),
// or "".
func quotedSpan(text string) string {
	best := ""
	for _, q := range [][2]string{{"\"", "\""}, {"\u201c", "\u201d"}, {"'", "'"}, {"\u2018", "\u2019"}} {
		rest := text
		for {
			start := strings.Index(rest, q[0])
			if start < 0 {
				break
			}
			if q[0] == "'" && start > 0 && isLetter(rest[start-1]) {
				rest = rest[start+1:] // an apostrophe ("what's"), not a quote
				continue
			}
			rest = rest[start+len(q[0]):]
			end := strings.Index(rest, q[1])
			for q[1] == "'" && end > 0 && end+1 < len(rest) && isLetter(rest[end-1]) && isLetter(rest[end+1]) {
				next := strings.Index(rest[end+1:], q[1]) // "it's" inside the quote
				if next < 0 {
					end = -1
					break
				}
				end += 1 + next
			}
			if end < 0 {
				break
			}
			if span := rest[:end]; len(strings.Fields(span)) >= minQuotedWords && len(span) > len(best) &&
				slices.ContainsFunc(knowledge.Tokens(span), namesSomething) {
				best = span
			}
			rest = rest[end+len(q[1]):]
		}
	}
	return best
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// tradeVerbs are what an investor may ask whether to do.
var tradeVerbs = map[string]bool{"buy": true, "sell": true, "hold": true, "invest": true, "dump": true,
	"short": true, "keep": true, "bet": true}

// asksAdvice reports whether the question asks what someone should do
// with their money ("should she sell her Nvidia shares or hold them", "is
// it a good time to buy NVDA"): no fact of the story answers that, however
// many of its words it shares.
func asksAdvice(words []string) bool {
	for i, w := range words {
		switch {
		case (w == "should" || w == "shall") && i+2 < len(words) && (tradeVerbs[words[i+2]] || i+3 < len(words) && tradeVerbs[words[i+3]]):
			return true // "should I sell", "should we still buy"
		case w == "time" && i+2 < len(words) && words[i+1] == "to" && tradeVerbs[words[i+2]]:
			return true // "a good time to buy"
		case w == "worth" && i+1 < len(words) && (words[i+1] == "buying" || words[i+1] == "investing"):
			return true
		case w == "good" && i+1 < len(words) && (words[i+1] == "buy" || words[i+1] == "investment"):
			return true // "is Nvidia a good buy after the drop"
		case i == 0 && w == "how" && len(words) > 3 && howToAux[words[1]] && (words[2] == "i" || words[2] == "we" || words[2] == "you") && !storyVerbs[words[3]]:
			// "how do i lose weight": how to do something, not what the
			// story says ("how do i explain R1 to my class" is).
			return true

		case (w == "recommend" || w == "suggest") && i+1 < len(words) && recommendedThing[words[i+1]] && (i == 0 || recommenders[words[i-1]]):
			// "can anyone recommend a good book on the cold war" (not "does
			// the article suggest a hidden message").
			return true
		}
	}
	return false
}

// asksHowTo reports whether the question asks how to do something, put
// shortest ("how to write a cover letter"): advice when it names nothing
// of the story (not "how to organise talent, liang talk about it").
func asksHowTo(words []string) bool {
	return len(words) > 2 && words[0] == "how" && words[1] == "to" && !storyVerbs[words[2]]
}

// isEntityTerm reports whether t is an entity of the base ("@nvidia").
func isEntityTerm(t knowledge.Term) bool { return strings.HasPrefix(t.Term, "@") }

// howToAux open a how-to question ("how do i", "how can we", "how
// should i"), and storyVerbs are what such a question may ask to do with
// the story itself.
var (
	howToAux   = map[string]bool{"do": true, "can": true, "should": true, "could": true}
	storyVerbs = map[string]bool{"explain": true, "understand": true, "describe": true, "summarise": true,
		"summarize": true, "read": true, "know": true, "tell": true, "interpret": true, "find": true, "say": true,
		"cite": true, "quote": true, "answer": true}
)

// recommendedThing are the words after "recommend" that ask the bot for a
// recommendation of its own ("recommend me", "recommend a good book"),
// not what someone in the story recommends.
var recommendedThing = map[string]bool{"me": true, "us": true, "a": true, "an": true, "some": true, "any": true, "good": true}

// recommenders are whom a recommendation is asked of ("can you recommend").
var recommenders = map[string]bool{"you": true, "anyone": true, "anybody": true, "someone": true, "somebody": true, "bot": true}

// goingSomewhere reports whether the words after "going to" name where,
// not what will happen ("chips banned from going to China").
func goingSomewhere(after []string) bool {
	if len(after) == 0 {
		return false
	}
	switch after[0] {
	case "the", "a", "an", "china", "us", "america", "beijing", "market", "markets":
		return true
	}
	return false
}

// storyWord reports whether w names the story itself, whose words are
// every fact's: "is liang motivated by money, from what the article says".
func storyWord(w string) bool {
	switch w {
	case "article", "piece", "story", "column", "post", "text", "blog", "writeup":
		return true
	}
	return false
}

// saysAsThing reports whether w, right before a speech word, is a thing
// that says something, not a person: "the Caesar quote about Cassius,
// what it says" asks what the quote says, not what Cassius said.
func saysAsThing(w string) bool {
	switch w {
	case "it", "this", "that", "quote", "quotation", "line", "saying", "proverb", "headline", "title":
		return true
	}
	return false
}

// someoneElse reports whether w, right before a speech word, is a speaker
// the story does not name ("somebody said", "people say").
func someoneElse(w string) bool {
	switch w {
	case "somebody", "someone", "people", "i", "we", "you", "everyone", "anyone", "others", "many", "folks":
		return true
	}
	return false
}
