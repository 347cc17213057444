package answer

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/deepseek-story/bot/internal/knowledge"
)

// match is the best fact for a question, with how well it fits.
type match struct {
	fact       *knowledge.Fact
	ok         bool    // good enough to answer with
	coverage   float64 // idf-weighted share of the question's topic terms the fact has
	score      float64 // BM25F score
	confidence float64 // calibrated in [0,1]
	failed     failure // the check that kept the fact from answering, or ""
	// named is the entity that answers a question asking for one of a
	// kind ("which firm did the US blacklist": Zhipu), or "": a follow-up
	// ("who backs it") is about it.
	named string
	terms []knowledge.Term
}

// failure names the check that kept a fact from answering (shown by bot
// ask --explain; some let a finalist answer instead: see rescuable).
type failure string

const (
	failAdvice   failure = "asks for advice"
	failNoTopic  failure = "no topic"
	failCoverage failure = "coverage"
	failStandIns failure = "stand-ins carry it"
	failGuesses  failure = "only guesses"
	failScore    failure = "score"
	failName     failure = "a name is missing"
	failOwnTerm  failure = "no own term"
	failType     failure = "not the type asked"
	failDay      failure = "no exact day"
	failOtherDay failure = "another day"
	failSpeaker  failure = "not the speaker asked"
	failKind     failure = "not the kind asked"
	failFuture   failure = "not about the future"
	failCount    failure = "no count"
	failMoney    failure = "no money"
)

// typeBoost multiplies the score of a fact that answers the kind of
// question asked (a date for "when", a person for "who").
const typeBoost = 1.35

// OutsideMinCoverage is the coverage a fact from outside the story needs
// to answer.
const OutsideMinCoverage = 0.9

// contextWeight is how much a term drawn from the conversation counts.
const contextWeight = 1.0

// finalistCount is how many top facts get their scores completed with
// very common terms before the best is chosen.
const finalistCount = 8

// lastAnswerBoost multiplies the score of the conversation's last answer
// when a follow-up is read with the previous question's terms.
const lastAnswerBoost = 1.5

// carryWeight is how much the previous question's terms count when a
// follow-up cannot be answered on its own ("when did he say that").
const carryWeight = 0.5

// carried is what a follow-up takes from its conversation: terms, how much
// they count, and whether it asks for something other than the answers
// given so far ("what else happened that day").
type carried struct {
	terms  []knowledge.Term
	weight float64
	other  bool
}

// match finds the best fact for the question's words, first on their own
// (with pronouns resolved), then, if that fails inside a conversation,
// with the previous question's terms carried over.
func (e *Engine) match(kb *knowledge.Base, words []string, c convState, b *answerBuffers) match {
	ix := kb.Index()
	terms := b.analyze(ix, words)
	if other := sameDayOther(kb, words, terms, c); other != nil {
		// "anything else happen that day": the last answer's date, and
		// another fact.
		own := slices.DeleteFunc(slices.Clone(terms), func(t knowledge.Term) bool { return otherWords[t.Word] })
		if m := e.matchTerms(kb, words, own, c, other); m.ok {
			return m
		}
	}
	previous := &carried{terms: c.terms, weight: carryWeight}
	if len(c.terms) > 0 && !hasTopic(ix, terms) {
		// "when did he say that": nothing of its own to search for.
		if m := e.matchTerms(kb, words, terms, c, previous); m.ok {
			return m
		}
	}
	m := e.matchTerms(kb, words, terms, c, nil)
	if !m.ok && len(c.terms) > 0 {
		if m := e.matchTerms(kb, words, terms, c, previous); m.ok {
			return m
		}
	}
	return m
}

// otherWords ask for something besides what was said ("what else").
var otherWords = map[string]bool{"else": true, "other": true, "another": true}

// sameDayOther returns, for a follow-up that asks what else happened on
// the day of the last answer ("anything else happen that day", "isn't
// that the same day as something else"), that day's terms to search for;
// else nil.
func sameDayOther(kb *knowledge.Base, words []string, terms []knowledge.Term, c convState) *carried {
	if len(c.facts) == 0 || !slices.ContainsFunc(words, func(w string) bool { return otherWords[w] }) {
		return nil
	}
	thatDay := false
	for i := 1; i < len(words); i++ {
		if (words[i] == "day" || words[i] == "date") && (words[i-1] == "that" || words[i-1] == "same") {
			thatDay = true
		}
	}
	last := kb.Fact(c.facts[0])
	if !thatDay || last == nil {
		return nil
	}
	dates := last.FullDates()
	if len(dates) == 0 {
		return nil
	}
	d := dates[0]
	day := kb.Index().Analyze([]string{strconv.Itoa(d.Day()), strings.ToLower(d.Month().String())})
	return &carried{terms: day, weight: 1, other: true}
}

// hasTopic reports whether any term names a topic the index knows ("which
// day was that" names none: it asks for a date).
func hasTopic(ix *knowledge.Index, terms []knowledge.Term) bool {
	for _, t := range terms {
		if ix.Known(t.Term) && !isDateWord(t.Word) {
			return true
		}
	}
	return false
}

// candidate is a finalist: its fact index, its value (rank weighted by
// coverage) and its coverage.
type candidate struct {
	i          int
	value, cov float64
}

// slot is one thing the question asks about: a term, or for a word the
// base does not know, the known terms WordNet relates to it.
type slot struct {
	alts   []string
	ids    []int32 // the alts' index term ids (knowledge.Index.TermID)
	weight float64 // how much it counts in ranking (1, contextWeight, carryWeight)
	cover  float64 // how much it counts towards coverage
	credit float64 // share of cover a fact earns by having it (less for a stand-in)
	// near are the ids of known terms WordNet relates to a known word
	// ("company" → firm): a fact without the word but with one of them
	// still covers the slot, at relatedCredit. They do not count in
	// ranking.
	near []int32
	// date is set for a word that asks for a date ("what year", "losses
	// year"): any fact that states one covers it.
	date bool
	// day is set for a day of the month the question names with its month
	// ("on 28 January"): a fact dated only on other days is about
	// something else.
	day bool
	// said is set for a word that names something said ("his OpenAI
	// comment", "the remarks the author cites"): any fact that reports
	// someone's words covers it.
	said bool
	// guess is set for a word corrected from a typo two edits away: it
	// may be another word altogether ("fortnite" → fortunate), so it lends
	// no lead.
	guess bool
	// common is set for a common or discourse word ("effect", "versus"):
	// a question of such words only has no topic to answer.
	common bool
	// strange is set for a specific word the base does not know at all
	// ("market share in gaming GPUs"): the question is likely about
	// something the story does not cover.
	strange bool
}

// isDateWord reports whether w asks for a date rather than names a topic.
// (Word sets asked of every word are switches: see checks.go.)
func isDateWord(w string) bool {
	switch w {
	case "year", "years", "date", "dates", "month", "day", "week", "weeks",
		// "back in mid-2024", "early this month": where in a period.
		"mid", "middle", "early", "late", "earlier",
		"summer", "winter", "spring", "autumn":
		return true
	}
	return false
}

// isSaidWord reports whether w names something said rather than a topic.
func isSaidWord(w string) bool {
	switch w {
	case "comment", "comments", "remark", "remarks", "statement", "statements",
		"quote", "quotes", "quotation", "quotations", "words":
		return true
	}
	return false
}

// relatedCredit is how much a WordNet relative of a known word counts
// towards coverage, against the word itself.
const relatedCredit = 0.8

// standInCredit is how much a WordNet stand-in for a word the base does not
// know counts towards coverage ("league" → meet is a poor stand-in; it
// must not carry a question).
const standInCredit = 0.5

func (e *Engine) matchTerms(kb *knowledge.Base, words []string, terms []knowledge.Term, c convState, carry *carried) match {
	ix := kb.Index()
	s := e.scratch(ix)
	defer e.bufs.Put(s)
	confirm, either := confirms(words), eitherOr(ix, words)
	// "what was Nvidia's close on 28 January": a day typed with its month.
	// (A yes-or-no question, "did R1 come out on 21 January?", is
	// corrected by the story's day instead.)
	namesMonth := slices.ContainsFunc(words, isMonth) && !asksYesOrNo(words)
	add := func(t knowledge.Term, w float64) {
		if slices.Contains(s.seen, t.Term) {
			return
		}
		s.seen = append(s.seen, t.Term)
		info := ix.Describe(t)
		id, weight := info.ID, info.Weight
		sl := slot{alts: s.oneTerm(t.Term), ids: s.oneID(id), weight: w, cover: weight * w, credit: 1, date: isDateWord(t.Word), said: isSaidWord(t.Word), common: info.Common}
		strange := knowledge.UnfamiliarWeight(id, weight)
		if sl.date && id < 0 {
			// "in the middle of the article": a word that may ask for a
			// date but that the base never uses says little either way.
			sl.cover, strange = knowledge.GeneralWordWeight*w, false
		}
		if confirm && knowledge.IsYear(t.Word) {
			// "Liang was born in 1990, right?": a misremembered year, to be
			// corrected by the story's.
			sl.cover, strange = knowledge.GeneralWordWeight*w, false
		}
		sl.near = info.Near // of a known word, not of an entity
		if day := storyDay(kb, t.Word); day != "" && ix.Known(day) {
			// "what did Nvidia say today": the story's today, 28 January.
			// A fact dated another day does not answer "today" ("nvidia
			// closing price today" is not the record close of 6 January);
			// "yesterday" may be the day a fact leaves undated.
			sl.alts, sl.ids, sl.near = s.oneTerm(day), s.oneID(ix.TermID(day)), nil
			sl.day = t.Word == "today" || t.Word == "tonight"
		} else if namesMonth && isDayOfMonth(t.Word) {
			sl.day = true
		}
		if id < 0 && len(t.Alts) > 0 && !sl.date {
			altIDs := s.termIDs(ix, t.Alts)
			best := 0.0
			for _, a := range altIDs {
				best = math.Max(best, ix.IDFOf(a))
			}
			// The word itself is unknown, so it weighs between an unknown
			// word and its stand-in; and a stand-in only half-says it.
			cover := (weight + best) / 2
			sl = slot{alts: t.Alts, ids: altIDs, weight: w * relatedCredit, cover: cover * w, credit: standInCredit}
		}
		if id < 0 && !sl.date && len(terms) >= longQuestion && knowledge.NamesNothing(t.Word) {
			// "what animal does the author deploy": a verb, adjective or
			// adverb the base does not use says how the question is put,
			// not what it is about.
			sl.cover, strange = knowledge.GeneralWordWeight*w, false
		}
		sl.strange, sl.guess = strange, t.Guess
		s.slots = append(s.slots, sl)
	}
	kind, kindWord := askedKind(words)
	storyTerm := ix.StoryTerm()
	profile := asksProfile(kb, words, terms, c)
	for k, t := range terms {
		if confirm && k == len(terms)-1 && isTagWord(t.Word) {
			continue // "..., right?"
		}
		if t.Word == kindWord && !ix.Known(t.Term) {
			// "which company ...": the kind of answer wanted, checked by
			// namesKind, not a topic the base must contain.
			continue
		}
		if landVerbs[t.Word] && slices.Contains(words, "where") {
			// "where did the stock land": asks a price, names no topic.
			continue
		}
		if profile && profileWords[t.Word] {
			// "what's Li Qiang's job title": who he is, his profile.
			continue
		}
		if describesStory(ix, storyTerm, words, terms, k) {
			// "the Caesar quote in the DeepSeek article": the name says
			// which article, not what the question is about.
			add(t, storyNameWeight)
			continue
		}
		if storySaysTerm(words, terms, k) {
			// "why does the article say being small is good": every fact
			// is what the article says; it asks about being small.
			continue
		}
		add(t, 1)
	}
	// Follow-ups: a pronoun stands for the conversation's last subject.
	if id := pronounReferent(words, c); id != "" {
		ref := knowledge.Term{Word: id, Term: "@" + id}
		add(ref, contextWeight)
		terms = append(terms[:len(terms):len(terms)], ref)
	}
	if carry != nil {
		for _, t := range carry.terms {
			add(t, carry.weight)
		}
	}
	slots := s.slots
	if len(slots) == 0 {
		return match{terms: terms}
	}
	var total float64
	for _, sl := range slots {
		total += sl.cover
		for _, id := range sl.ids {
			s.qids = append(s.qids, id)
			s.weights = append(s.weights, sl.weight)
		}
	}
	qids, weights := s.qids, s.weights
	asked := questionType(words)
	want := asked
	// "what did Nvidia say" names only an entity, but asks for its words.
	entityOnly := onlyEntities(slots) && !asksWordsOf(kb, words)
	if entityOnly && (want == "" || want == knowledge.TypePerson && !allPeople(kb, slots)) {
		// "tell me about DeepSeek", "who is Zhipu": the entity's profile.
		want = knowledge.TypeDefinition
	}

	acc := s.acc
	ix.ScoreIDs(qids, weights, acc)
	var last *knowledge.Fact
	if carry != nil && !carry.other && len(c.facts) > 0 {
		// "which day was that exactly": a follow-up with no topic of its
		// own is most likely about the last answer.
		last = kb.Fact(c.facts[0])
	}
	facts := ix.Facts()
	rk := ranker{scores: acc.Scores, facts: facts, want: knowledge.TypeSet(want), last: last}
	rank := rk.rank
	var top [finalistCount]int
	finalists := topFacts(top[:0], acc.Touched, &rk)
	var covered [finalistCount]float64
	s.coverages(ix, slots, finalists, covered[:])
	cands := s.cands
	for k, i := range finalists {
		if carry != nil && carry.other && slices.Contains(c.facts, facts[i].ID) {
			continue // "what else": not what was already answered
		}
		ix.CompleteIDs(qids, weights, acc, i)
		cov := covered[k] / total
		// Rank finalists by score and by how much of the question they cover.
		cands = append(cands, candidate{i, rank(i) * (0.5 + cov), cov})
	}
	s.cands = cands
	if len(cands) == 0 {
		return match{terms: terms}
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		if a.value != b.value {
			return cmp.Compare(b.value, a.value)
		}
		return cmp.Compare(a.i, b.i)
	})
	gates := askedGates(words)
	if gates != 0 {
		// "which other stocks fell besides Nvidia", "Nvidia's price before
		// Blackwell": what the story leaves out about others or about
		// before, when it ranks near the best and is about all it names.
		for k, c := range cands[1:] {
			if f := facts[c.i]; f.IsUnstated() && gateOf(f)&gates != 0 && c.value >= gatedShare*cands[0].value && c.cov >= cands[0].cov &&
				!slices.ContainsFunc(f.Entities, func(id string) bool { return !slotsName(slots, id) }) {
				cands[0], cands[k+1] = cands[k+1], cands[0]
				break
			}
		}
	}
	if len(cands) > 1 && cands[1].value >= nearTie*cands[0].value && cands[1].cov > cands[0].cov {
		// Nearly level: the fact that covers more of the question leads
		// ("how did nvidia respond to the deepseek news": Nvidia's
		// response, not the story's summary).
		cands[0], cands[1] = cands[1], cands[0]
	}
	// What the story does not say about where ("where did Trump make the
	// remark") is no answer to when: such known unknowns drop out.
	// The story stays the subject: a fact from outside it drops out when a
	// fact of the story covers the question as well ("cassius", "mag 7 agi").
	// A known unknown of the type asked drops out too when a fact of the
	// story that gives that type (a date for "when") fits as well: "when
	// did Nvidia show off Blackwell" is answered, not declined because when
	// Blackwell ships is not said.
	// So does a known unknown about a subject the question does not name
	// ("total market wipeout" is not about Nvidia's own market value) when
	// a fact of the story fits as well.
	// And a bare keyword query ("deepseek sabotage claims") asks what the
	// story says rather than what it leaves out, when that fits as well.
	keywordsOnly := !slices.ContainsFunc(words, isLeadingQuestionWord) && !(len(words) > 0 && (isTagVerb(words[0]) || asksToName(words[0])))
	storyCover, typed, stated := 0.0, candidate{}, candidate{}
	for _, c := range cands {
		if f := facts[c.i]; f.Answerable() {
			storyCover = max(storyCover, c.cov)
			if want == knowledge.TypeDate && f.StatesDate() && c.value > typed.value {
				typed = c
			}
			if c.value > stated.value {
				stated = c
			}
		}
	}
	kept := s.kept
	for _, c := range cands {
		f := facts[c.i]
		outdone := f.IsUnstated() && unstatedOutdone(c, typed, stated, keywordsOnly,
			len(f.Entities) > 0 && !slotsName(slots, f.Entities[0]), e.minCoverage)
		// What the story leaves out about others (or about before) answers
		// only a question that asks for others (or about before).
		gated := false
		if f.IsUnstated() {
			g := gateOf(f)
			gated = g != 0 && g&gates == 0
		}
		if !(f.IsUnstated() && !unstatedAnswers(f, want) || outdone || gated || f.Source != nil && storyCover >= c.cov) {
			kept = append(kept, c)
		}
	}
	s.kept = kept
	if len(kept) > 0 {
		cands = kept
	}
	clearLead := leads(ix, cands[0], cands[1:], slots)
	// The person whose words the question asks for, read when first needed.
	var speaker string
	speakerRead := false
	saidByAsked := func(f *knowledge.Fact) bool {
		if !speakerRead {
			speaker, speakerRead = askedSpeaker(kb, words), true
		}
		return saidBy(kb, speaker, f)
	}
	// What the question asks of any fact, read once for all it judges.
	asks := struct{ advice, commonOnly, day, count, money bool }{
		advice:     asksAdvice(words) || asksHowTo(words) && !slices.ContainsFunc(terms, isEntityTerm),
		commonOnly: !slices.ContainsFunc(slots, func(sl slot) bool { return !sl.common }),
		day:        asksDay(words),
		count:      asksHowMany(words),
		money:      asksMoney(words),
	}
	// The kind of entity the answer names for a follow-up to be about:
	// the kind asked ("which firm"), or for "who hosted the symposium
	// Liang attended" → "what's his title" the host, whom it asked for.
	whose := whoseNouns(words) // "whose chips": a fact must name their owner
	namedKind := kind
	if kind == "" && want == knowledge.TypePerson {
		namedKind = knowledge.TypePerson
	}
	judge := func(best int, cov float64) match {
		m := match{fact: facts[best], score: rank(best), coverage: cov, terms: terms}
		m.confidence = calibrate(m.coverage, m.score)
		minCoverage := e.minCoverage
		if len(slots) >= longQuestion && !strangeMissing(ix, slots, best) {
			// A long question covers less of itself in any one fact: its
			// side words ("with the benefit of hindsight") are more. The
			// words it has that the base lacks still count in full.
			minCoverage *= longQuestionCoverage
		}
		if clearLead && best == cands[0].i {
			minCoverage = min(minCoverage, leadMinCoverage)
		}
		if m.fact.Source != nil {
			// A fact from outside the story is background: it answers only a
			// question wholly about it ("which companies are in the Mag 7"),
			// never one that merely shares a name with it ("Tesla's stock price").
			minCoverage = max(minCoverage, OutsideMinCoverage)
		}
		// A question that only names entities asks for a profile: a
		// definition or person fact whose subject (first entity) is the first
		// named answers it, however common the name.
		profile := entityOnly && (m.fact.AnswersType(knowledge.TypeDefinition) || m.fact.AnswersType(knowledge.TypePerson)) &&
			len(m.fact.Entities) > 0 && "@"+m.fact.Entities[0] == slots[0].alts[0]
		if entityOnly && !profile {
			// Otherwise the preference for a profile lends no score.
			m.score = acc.Scores[best]
		}
		// Each check that fails says which (bot ask --explain).
		// What the story does not say gives no answer to check: it only
		// has to be what the question is about.
		unstated := m.fact.IsUnstated()
		switch {
		case asks.advice:
			m.failed = failAdvice
		case m.coverage < commonMinCoverage && asks.commonOnly:
			// "affect vs effect, which one is the verb": common words only,
			// and not a phrase of the fact's own ("never say never").
			m.failed = failNoTopic
		case m.coverage < minCoverage:
			m.failed = failCoverage
		case standInsCarry(ix, slots, best):
			m.failed = failStandIns
		case guessesCarry(ix, slots, best):
			m.failed = failGuesses
		case !profile && m.score < e.minScore:
			m.failed = failScore
		case !namesAll(kb, slots, best, either, confirm):
			m.failed = failName
		case len(slots) == 1 && !hasOwnTerm(ix, slots, best):
			m.failed = failOwnTerm
		case unstated:
		case !givesType(kb, m.fact, want):
			m.failed = failType
		case asks.day && m.fact != last && len(m.fact.FullDates()) == 0:
			m.failed = failDay
		case !confirm && m.fact != last && datedOtherDay(ix, slots, best, m.fact):
			m.failed = failOtherDay
		case !saidByAsked(m.fact):
			m.failed = failSpeaker
		case !namesKind(kb, kind, kindWord, terms, either, best) || !namesOwner(kb, m.fact, whose, terms):
			m.failed = failKind
		case !speaksOfFuture(kb, words, m.fact):
			m.failed = failFuture
		case asks.count && !m.fact.StatesCount():
			m.failed = failCount
		case asks.money && !m.fact.StatesMoney():
			m.failed = failMoney
		}
		m.ok = m.failed == ""
		if m.ok {
			m.named = kindNamed(kb, namedKind, terms, best)
		}
		return m
	}
	top0 := judge(cands[0].i, cands[0].cov)
	if c.trace != nil {
		traceMatch(c.trace, ix, slots, cands, clearLead, top0)
	}
	if top0.ok || saidByAsked(top0.fact) && !rescuable(kb, asked, kind, slots, top0) {
		return top0
	}
	// "according to Liang, what is China's problem": the best fact is not
	// Liang's words; the best that is, among the finalists, answers. So
	// for "which chips is America stopping from going to China": the one
	// that names them.
	for _, c := range cands[1:] {
		if c.value < speakerRescueShare*cands[0].value {
			break
		}
		if top0.failed == failType && c.cov < typeRescueCoverage*top0.coverage {
			continue // only a finalist that fits as well may answer instead
		}
		if m := judge(c.i, c.cov); m.ok && m.fact.Answerable() {
			return m
		}
	}
	return top0
}

// scratch is the working memory of one matchTerms call, kept in a pool
// and reused: a stream of questions would otherwise allocate all of it
// afresh for each question. Nothing in it outlives the call.
type scratch struct {
	acc     *knowledge.Accumulator
	slots   []slot
	seen    []string // the terms given a slot
	terms   []string // backing for the slots' one-term alts
	ids     []int32  // backing for the slots' ids and near
	qids    []int32  // the terms to score, with their weights
	weights []float64
	cands   []candidate
	kept    []candidate
	place   []int8 // by fact number: its place among the finalists, or -1
}

// scratch returns a cleared scratch for a question on ix.
func (e *Engine) scratch(ix *knowledge.Index) *scratch {
	s, _ := e.bufs.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	if s.acc == nil || len(s.acc.Scores) != len(ix.Facts()) {
		s.acc = ix.NewAccumulator()
		s.place = make([]int8, len(ix.Facts()))
		for i := range s.place {
			s.place[i] = -1
		}
	} else {
		s.acc.Reset()
	}
	s.slots, s.seen, s.terms, s.ids = s.slots[:0], s.seen[:0], s.terms[:0], s.ids[:0]
	s.qids, s.weights, s.cands, s.kept = s.qids[:0], s.weights[:0], s.cands[:0], s.kept[:0]
	return s
}

// oneTerm returns a slice of just t, backed by the scratch.
func (s *scratch) oneTerm(t string) []string {
	s.terms = append(s.terms, t)
	n := len(s.terms)
	return s.terms[n-1 : n : n]
}

// oneID returns a slice of just id, backed by the scratch.
func (s *scratch) oneID(id int32) []int32 {
	s.ids = append(s.ids, id)
	n := len(s.ids)
	return s.ids[n-1 : n : n]
}

// termIDs returns the ids of terms, backed by the scratch.
func (s *scratch) termIDs(ix *knowledge.Index, terms []string) []int32 {
	start := len(s.ids)
	for _, t := range terms {
		s.ids = append(s.ids, ix.TermID(t))
	}
	return s.ids[start:len(s.ids):len(s.ids)]
}

// A fact that ranks far ahead of every other answers with less coverage:
// "what did Liang identify as China's core problem" has words the fact
// lacks ("core"), but no other fact comes close. Only when every word of
// the question is known to the base: a word it has never seen ("market
// share in gaming") is a sign of a question about something else. A fact
// that leads by far more may answer despite such words, as long as they
// weigh less than half the question ("the stated strategic aim behind
// blacklisting Zhipu").
const (
	leadRatio       = 1.6
	wideLeadRatio   = 2.5
	wideLeadStrange = 0.45
	leadMinCoverage = 0.45
)

// leads reports whether the best finalist leads the rest clearly enough
// to answer with leadMinCoverage. Words the base has never seen may only
// go unanswered: a fact that has a stand-in for one ("gift" → talent) is
// no better for the lead.
func leads(ix *knowledge.Index, best candidate, rest []candidate, slots []slot) bool {
	if len(slots) < 2 || len(rest) > 0 && best.value < leadRatio*rest[0].value {
		return false
	}
	var strange, total float64
	for _, sl := range slots {
		if sl.guess {
			return false
		}
		total += sl.cover
		if sl.strange {
			if coverage(ix, []slot{sl}, best.i) > 0 {
				return false
			}
			strange += sl.cover
		}
	}
	if strange == 0 {
		return true
	}
	return (len(rest) == 0 || best.value >= wideLeadRatio*rest[0].value) && strange <= wideLeadStrange*total
}

// guessesCarry reports whether fact number i has, of the question's
// words that are no common words, only guessed ones: "how do i get better
// at fortnite" read as fortunate is about nothing the base has.
func guessesCarry(ix *knowledge.Index, slots []slot, i int) bool {
	guessed := false
	for _, sl := range slots {
		if sl.common || coverage(ix, []slot{sl}, i) == 0 {
			continue
		}
		if !sl.guess {
			return false
		}
		guessed = true
	}
	return guessed
}

// rescuable reports whether the best fact m failed for a reason a
// finalist may not share, so that the best finalist that passes every
// check answers instead:
//   - it names no thing of the kind asked ("which chips", "which
//     province"); not for people: so many facts name someone that "which
//     analysts said..." would find anyone;
//   - it is a known unknown that lacks a name the question has ("trump
//     deepseek remark": where Trump spoke is not said, but that fact does
//     not name DeepSeek), unless the question asks what it is about
//     ("where did Trump say it") and it names one of the question's
//     names at least ("when did DeepSeek ship R1" is not about Blackwell).
//
// asked is the question's type (questionType) and kind the entity type it
// asks to name (askedKind), or "".
func rescuable(kb *knowledge.Base, asked, kind string, slots []slot, m match) bool {
	switch m.failed {
	case failType:
		// "what day did Nvidia say more chips will be needed": the estimate
		// gives no date; Nvidia's statement, which fits as well, does.
		return true
	case failKind:
		return kind != knowledge.TypePerson
	case failName:
		if !m.fact.IsUnstated() {
			return false
		}
		return asked == "" || !m.fact.AnswersType(asked) || !namesAny(kb, slots, m.fact)
	}
	return false
}

// unstatedOutdone reports whether known unknown c drops out for a fact of
// the story that fits the question as well: typed, the best that gives
// the date a "when" question asks (or none), or stated, the best of any
// kind, when the question is bare keywords or does not name the known
// unknown's subject (subjectMissing).
func unstatedOutdone(c, typed, stated candidate, keywordsOnly, subjectMissing bool, minCoverage float64) bool {
	switch {
	case typed.cov >= c.cov && typed.value >= unstatedTieShare*c.value,
		typed.cov >= c.cov+unstatedMarginCover && typed.value >= unstatedMarginShare*c.value:
		return true
	case keywordsOnly || subjectMissing:
		if stated.cov >= max(c.cov, unstatedOutdoneCover) && stated.value >= unstatedTieShare*c.value {
			return true
		}
	}
	return subjectMissing && stated.cov >= max(c.cov, minCoverage) && stated.value >= nearTie*c.value
}

// slotsName reports whether the question's slots name entity id.
func slotsName(slots []slot, id string) bool {
	return slices.ContainsFunc(slots, func(sl slot) bool { return slices.Contains(sl.alts, "@"+id) })
}

// namesAny reports whether fact f names any entity the question names.
func namesAny(kb *knowledge.Base, slots []slot, f *knowledge.Fact) bool {
	for _, sl := range slots {
		if id, ok := strings.CutPrefix(sl.alts[0], "@"); ok && sl.weight >= 1 && slices.Contains(f.Entities, id) {
			return true
		}
	}
	return false
}

// landVerbs, in a "where" question, ask where a price ended up: a figure.
var landVerbs = map[string]bool{"land": true, "landed": true, "settle": true, "settled": true, "bottom": true,
	"bottomed": true}

// priceVerbs, before "at", ask a price: "what did it close at".
var priceVerbs = map[string]bool{"close": true, "closed": true, "end": true, "ended": true, "finish": true,
	"finished": true, "settle": true, "settled": true, "trade": true, "traded": true, "trading": true}

// nearTie is the share of the best finalist's value at which the next
// one is as good, and the one covering more of the question leads.
const nearTie = 0.995

// unstatedTieShare: a known unknown drops out when a story fact of the
// type asked covers as much and ranks at least this share of it.
const unstatedTieShare = 0.9

// A known unknown drops out, too, when a fact of the story that gives the
// type asked covers unstatedMarginCover more of the question and ranks at
// least unstatedMarginShare of it ("what year did Liang's fund tank": the
// 2022 losses, not the fund's unstated founding year).
const (
	unstatedMarginCover = 0.25
	unstatedMarginShare = 0.75
)

// unstatedOutdoneCover is how much of the question a fact of the story
// must cover to outdo a known unknown about a subject the question does
// not name: all but a word of little weight.
const unstatedOutdoneCover = 0.8

// commonMinCoverage is the coverage a fact needs to answer a question
// made of common words only.
const commonMinCoverage = 0.8

// storyNameWeight is how much a name counts that only says which story is
// meant ("the DeepSeek article"): it ranks, but a fact need not have it.
const storyNameWeight = 0.5

// describesStory reports whether terms[k] is a name put before a word for
// the story itself ("in the DeepSeek article", "the nvidia story").
// storyTerm is ix.StoryTerm().
func describesStory(ix *knowledge.Index, storyTerm string, words []string, terms []knowledge.Term, k int) bool {
	if !strings.HasPrefix(terms[k].Term, "@") {
		return false
	}
	story := k+1 < len(terms) && terms[k+1].Term == storyTerm
	name := strings.Fields(terms[k].Word)
	last := name[len(name)-1]
	for j := 0; j+1 < len(words); j++ {
		if words[j] != last {
			continue
		}
		if story && (words[j+1] == terms[k+1].Word || ix.Correct(words[j+1]) == terms[k+1].Word) || isStoryEvent(words[j+1]) {
			return true
		}
	}
	return false
}

// isStoryEvent reports whether w names the story's events as a whole,
// after a name that only says which ("before the DeepSeek crash"). Not
// "news": "how did Nvidia react to the DeepSeek news" is about DeepSeek.
func isStoryEvent(w string) bool {
	switch w {
	case "crash", "selloff", "shock", "saga", "drama", "mess", "episode":
		return true
	}
	return false
}

// standInsCarry reports whether stand-ins for words the base does not know
// earn fact i more of its coverage than the question's own words do ("how
// tall is Liang" → size): such a fact answers another question.
func standInsCarry(ix *knowledge.Index, slots []slot, i int) bool {
	var own, standIn float64
	for _, sl := range slots {
		got := coverage(ix, []slot{sl}, i)
		if sl.credit < 1 {
			standIn += got
		} else {
			own += got
		}
	}
	return standIn > own
}

// strangeMissing reports whether fact number i lacks a word of the
// question that the base does not know at all (slot.strange).
func strangeMissing(ix *knowledge.Index, slots []slot, i int) bool {
	for _, sl := range slots {
		if sl.strange && coverage(ix, []slot{sl}, i) == 0 {
			return true
		}
	}
	return false
}

// A question of longQuestion slots or more needs longQuestionCoverage of
// the usual coverage.
const (
	longQuestion         = 6
	longQuestionCoverage = 0.85
)

// unstatedAnswers reports whether known unknown f is what a question of
// type want asks: "where did Trump say it" is, "when did he say it" is not.
func unstatedAnswers(f *knowledge.Fact, want string) bool {
	return want == "" || want == knowledge.TypeDefinition || f.AnswersType(want) ||
		want == knowledge.TypePerson && f.AnswersType("organisation") // "who invested": a person or a firm
}

// speakerRescueShare: when the best fact is not the asked speaker's words,
// a finalist that is answers if it ranks at least this share of the best.
const speakerRescueShare = 0.5

// typeRescueCoverage is how much of the best fact's coverage a finalist
// needs to answer in its place when the best is not the type asked: one
// word less ("who founded the company DeepSeek": the founder's profile
// lacks "company") is as good a fit.
const typeRescueCoverage = 0.9

// storyDay returns the day of the month (as the index's term) that a
// relative day word ("yesterday") means in the story, or "".
func storyDay(kb *knowledge.Base, w string) string {
	var off int // the story's relative days, from the day it was written
	switch w {
	case "today", "tonight":
		off = 0
	case "yesterday":
		off = -1
	default:
		return ""
	}
	written, err := time.Parse(time.DateOnly, kb.Story.Written)
	if err != nil {
		return ""
	}
	return strconv.Itoa(written.AddDate(0, 0, off).Day())
}

// onlyEntities reports whether the question's own terms all name entities.
func onlyEntities(slots []slot) bool {
	for _, sl := range slots {
		if sl.weight < 1 || len(sl.alts) != 1 || !strings.HasPrefix(sl.alts[0], "@") {
			return false
		}
	}
	return len(slots) > 0
}

// allPeople reports whether every slot names a person.
func allPeople(kb *knowledge.Base, slots []slot) bool {
	for _, sl := range slots {
		if ent := kb.Entity(strings.TrimPrefix(sl.alts[0], "@")); ent == nil || ent.Type != "person" {
			return false
		}
	}
	return true
}

// coverage is how much of the question's slots fact i has, in cover units.
func coverage(ix *knowledge.Index, slots []slot, i int) float64 {
	var got float64
	for _, sl := range slots {
		if sl.date && ix.Facts()[i].StatesDate() || sl.said && ix.Facts()[i].ReportsWords() {
			got += sl.credit * sl.cover
			continue
		}
		best := 0.0
		for _, id := range sl.ids {
			best = math.Max(best, ix.CreditID(id, i))
		}
		for _, id := range sl.near {
			best = math.Max(best, relatedCredit*ix.CreditID(id, i))
		}
		got += best * sl.credit * sl.cover
	}
	return got
}

// coverages sets got[k] to coverage(ix, slots, finalists[k]) for every
// finalist, all at once (knowledge.Index.RaiseCredits): a term's credits
// in all the finalists cost about what its credit in one does.
func (s *scratch) coverages(ix *knowledge.Index, slots []slot, finalists []int, got []float64) {
	for k, i := range finalists {
		s.place[i] = int8(k)
	}
	defer func() {
		for _, i := range finalists {
			s.place[i] = -1
		}
	}()
	facts := ix.Facts()
	for _, sl := range slots {
		var best [finalistCount]float64
		for _, id := range sl.ids {
			ix.RaiseCredits(id, 1, finalists, s.place, best[:])
		}
		for _, id := range sl.near {
			ix.RaiseCredits(id, relatedCredit, finalists, s.place, best[:])
		}
		for k, i := range finalists {
			if sl.date && facts[i].StatesDate() || sl.said && facts[i].ReportsWords() {
				got[k] += sl.credit * sl.cover
				continue
			}
			got[k] += best[k] * sl.credit * sl.cover
		}
	}
}

// ranker ranks the facts a question touched: by score, boosted for a fact
// that answers the type of question asked and for the last answer.
type ranker struct {
	scores []float64
	facts  []*knowledge.Fact
	want   knowledge.AnswerTypes // the type asked for, if any
	last   *knowledge.Fact
}

func (rk *ranker) rank(i int) float64 {
	r := rk.scores[i]
	f := rk.facts[i]
	if f.AnswersAny(rk.want) {
		r *= typeBoost
	}
	if f == rk.last && (rk.want == 0 || f.AnswersAny(rk.want)) {
		// "why tho" after the fall: the last answer is likely meant again,
		// unless it is not of the type now asked.
		r *= lastAnswerBoost
	}
	return r
}

// topFacts appends to dst the finalistCount touched facts that rank
// highest, ties to the fact listed first. Facts whose raw score cannot
// beat the last finalist even with the type boost are not ranked at all.
func topFacts(dst []int, touched []int32, rk *ranker) []int {
	type ranked struct {
		i int
		r float64
	}
	var buf [finalistCount]ranked
	top := buf[:0]
	for _, fi := range touched {
		i := int(fi)
		if len(top) == finalistCount && rk.scores[i]*typeBoost < top[finalistCount-1].r {
			continue
		}
		r := rk.rank(i)
		pos := len(top)
		for pos > 0 && (top[pos-1].r < r || top[pos-1].r == r && top[pos-1].i > i) {
			pos--
		}
		if pos == finalistCount {
			continue
		}
		if len(top) < finalistCount {
			top = top[:len(top)+1]
		}
		// Make room (the last one drops out when full): a loop, as a copy
		// of a few elements costs more in the call than in the moving.
		for j := len(top) - 1; j > pos; j-- {
			top[j] = top[j-1]
		}
		top[pos] = ranked{i, r}
	}
	for _, t := range top {
		dst = append(dst, t.i)
	}
	return dst
}

// calibrate maps coverage and score to a confidence in [0,1]: coverage
// matters most; a high score lifts it a little.
func calibrate(coverage, score float64) float64 {
	c := 0.75*coverage + 0.25*(1-math.Exp(-score/4))
	return math.Max(0, math.Min(1, c))
}

var (
	personPronouns = map[string]bool{"he": true, "him": true, "his": true, "she": true, "her": true, "hers": true, "himself": true, "herself": true}
	thingPronouns  = map[string]bool{"it": true, "its": true, "they": true, "them": true, "their": true, "theirs": true, "itself": true, "those": true, "these": true, "company": true, "firm": true}
)

// pronounReferent returns the entity a pronoun in words refers to.
func pronounReferent(words []string, c convState) string {
	if c.person == "" && c.thing == "" && c.event == "" {
		return "" // no conversation, or nothing talked about yet
	}
	if c.event != "" && pointsThere(words) {
		// "what did they talk about there": the place says more than
		// "they" does.
		return c.event
	}
	for _, w := range words {
		switch {
		case personPronouns[w] && c.person != "":
			return c.person
		case thingPronouns[w] && c.thing != "":
			return c.thing
		}
	}
	return ""
}

// pointsThere reports whether "there" in words points to a place ("what
// happened there"), not to what exists ("is there", "there was").
func pointsThere(words []string) bool {
	for i, w := range words {
		if w != "there" {
			continue
		}
		before, after := "", ""
		if i > 0 {
			before = words[i-1]
		}
		if i+1 < len(words) {
			after = words[i+1]
		}
		if !beVerbs[before] && !beVerbs[after] {
			return true
		}
	}
	return false
}

// beVerbs are the forms of "to be" that make "there" say what exists.
var beVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true}

// questionType reads what kind of answer the question wants, from its
// first question word: in "how come they got GPUs when there are bans"
// the "when" is not the question.
func questionType(words []string) string {
	if j := clauseAfterWhen(words); j > 0 {
		// "when the author says 'small ant', who is the ant": the question
		// is what follows the clause.
		words = words[j:]
	}
	if slices.Contains(words, "where") && slices.ContainsFunc(words, func(w string) bool { return landVerbs[w] }) {
		// "where did nvidia's stock land after the selloff": a price.
		return knowledge.TypeFigure
	}
	if slices.Contains(words, "magnitude") || slices.Contains(words, "quantify") {
		// "the magnitude of the decline": how big, a figure.
		return knowledge.TypeFigure
	}
	if n := len(words); n > 1 && words[n-1] == "by" && !slices.Contains(words, "how") {
		// "deepseek founded by": by whom ("how much did it shrink by" is
		// by how much).
		return knowledge.TypePerson
	}
	for i := 0; i+1 < len(words); i++ {
		if words[i+1] == "at" && priceVerbs[words[i]] {
			// "what did nvidia close at after the panic": a price.
			return knowledge.TypeFigure
		}
	}
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		if i > 0 && isLeadingQuestionWord(words[i-1]) {
			// The question was asked by an earlier word that gave no type
			// ("how does the author argue ... when").
			return ""
		}
		switch w {
		case "when":
			return knowledge.TypeDate
		case "who", "whom", "whose":
			return knowledge.TypePerson
		case "why":
			return knowledge.TypeReason
		case "where":
			return knowledge.TypePlace
		case "how":
			switch next {
			case "much", "many", "big", "far", "low", "high", "old", "badly", "bad", "hard", "severely", "long":
				return knowledge.TypeFigure
			case "come":
				return knowledge.TypeReason
			}
		case "what", "which":
			switch next {
			case "year", "date", "day", "month", "time":
				return knowledge.TypeDate
			case "city", "country", "town", "province", "place", "state", "region":
				return knowledge.TypePlace
			case "price", "percent", "percentage", "number", "amount", "figure", "value":
				return knowledge.TypeFigure
			case "is", "are", "was", "were":
				return knowledge.TypeDefinition
			}
		case "whats", "define", "meaning":
			return knowledge.TypeDefinition
		case "date":
			if i == 0 && next == "of" { // "date of trump's wakeup call remark"
				return knowledge.TypeDate
			}
		}
	}
	return ""
}

// whenAsks reports whether w, after "when", makes it ask ("when did",
// "when is", "when exactly").
func whenAsks(w string) bool {
	if isTagVerb(w) || isAuxiliary(w) {
		return true
	}
	switch w {
	case "can", "could", "had", "should", "exactly":
		return true
	}
	return false
}

// clauseAfterWhen returns, for words that open with a clause "when ..."
// not asking when ("when the author says X, who is Y"), the index of the
// question word that follows it; else 0.
func clauseAfterWhen(words []string) int {
	i := slices.IndexFunc(words, isLeadingQuestionWord)
	if i < 0 || words[i] != "when" || i+1 >= len(words) || whenAsks(words[i+1]) {
		return 0
	}
	for j := i + 2; j < len(words); j++ {
		if isLeadingQuestionWord(words[j]) && words[j] != "when" {
			return j
		}
	}
	return 0
}

// profileWords ask what a person is or does: "his job title", "what's
// Kai-Fu Lee's line of work".
var profileWords = map[string]bool{"job": true, "title": true, "position": true, "role": true, "occupation": true,
	"profession": true, "career": true, "living": true, "official": true}

// asksProfile reports whether the question asks a person's profile with
// a profile word: it names a person, or points to one of the
// conversation with a pronoun, and has a profile word.
func asksProfile(kb *knowledge.Base, words []string, terms []knowledge.Term, c convState) bool {
	if !slices.ContainsFunc(words, func(w string) bool { return profileWords[w] }) {
		return false
	}
	if id := pronounReferent(words, c); id != "" && c.person == id {
		return true
	}
	for _, t := range terms {
		if id, ok := strings.CutPrefix(t.Term, "@"); ok {
			if ent := kb.Entity(id); ent != nil && ent.IsPerson() {
				return true
			}
		}
	}
	return false
}

// storySaysTerm reports whether terms[k] is "the article" of "the article
// says" or its speech word, in a question that asks something besides.
func storySaysTerm(words []string, terms []knowledge.Term, k int) bool {
	w := terms[k].Word
	story := storyWord(w) && storySays(words, w) ||
		k > 0 && knowledge.IsSpeechWord(w) && storyWord(terms[k-1].Word) && storySays(words, terms[k-1].Word)
	return story && slices.ContainsFunc(terms, func(o knowledge.Term) bool {
		return !storyWord(o.Word) && !knowledge.IsSpeechWord(o.Word)
	})
}

// storySays reports whether story word w comes right before a speech
// word in words ("the article says", "does the piece say").
func storySays(words []string, w string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == w && knowledge.IsSpeechWord(words[i+1]) {
			return true
		}
	}
	return false
}

// gatedShare is the share of the best finalist's value at which a gated
// known unknown answers a question that opens its gate.
const gatedShare = 0.8

// A gate is what a question asks that the index cannot see (its words
// are stopwords), and a known unknown may be about: others than the ones
// named ("besides Nvidia") or the time before something ("before the
// Blackwell launch"). Curators mark such a fact with the gate's keyword.
type gate uint8

const (
	gateOthers gate = 1 << iota // keyword "besides"
	gateBefore                  // keyword "before"
)

// gateOf returns the gates of known unknown f: its curators' keywords.
func gateOf(f *knowledge.Fact) gate {
	var g gate
	for _, k := range f.Keywords {
		switch k {
		case "besides":
			g |= gateOthers
		case "before":
			g |= gateBefore
		}
	}
	return g
}

// askedGates returns the gates the question opens: others than the ones
// it names ("besides Nvidia", "apart from", "other than", "which other"),
// or the time before something ("before", "prior to", "ahead of").
func askedGates(words []string) gate {
	var g gate
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case w == "besides" || w == "except" || w == "excluding":
			g |= gateOthers
		case (w == "apart" || w == "aside") && next == "from", w == "other" && next == "than":
			g |= gateOthers
		case (w == "which" || w == "what" || w == "any") && next == "other":
			g |= gateOthers
		case w == "before" || w == "beforehand" || w == "prior" || w == "pre" || w == "ahead" && next == "of":
			g |= gateBefore
		}
	}
	return g
}

// asksToName reports whether w, first, asks in the imperative ("name the
// analysts", "list the firms").
func asksToName(w string) bool {
	switch w {
	case "name", "list", "tell", "give", "explain", "describe", "show", "identify":
		return true
	}
	return false
}

// isLeadingQuestionWord reports whether w opens a question; the first of
// them decides its type.
func isLeadingQuestionWord(w string) bool {
	switch w {
	case "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "whats":
		return true
	}
	return false
}

// isHelp reports whether the words ask for help or only greet. It reads
// them from the last: a question's topic mostly comes after its question
// words, which are help words too ("what is R1"), so a question that is
// not a request for help mostly shows it at once.
func isHelp(words []string) bool {
	for i := len(words) - 1; i >= 0; i-- {
		if !knowledge.IsHelpWord(words[i]) {
			return false
		}
	}
	return true
}

var questionWords = map[string]bool{"who": true, "what": true, "when": true, "where": true, "why": true, "how": true, "which": true, "whats": true, "did": true, "does": true, "is": true, "was": true}

// splitParts splits "who backs zhipu and why was it blacklisted" into its
// questions: at "and" followed by a question word. Otherwise one part.
// They are appended to parts.
func splitParts(parts [][]string, words []string) [][]string {
	for i := 1; i+1 < len(words)-1; i++ {
		if words[i] == "and" && questionWords[words[i+1]] {
			return append(parts, words[:i], words[i+1:])
		}
	}
	return append(parts, words)
}
