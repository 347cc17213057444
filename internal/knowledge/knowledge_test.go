package knowledge

import (
	"errors"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLoadGood(t *testing.T) {
	kb, err := Load("testdata/good.yaml")
	if err != nil {
		t.Fatalf("Load(good.yaml) = %v", err)
	}
	if got := len(kb.Facts); got != 4 {
		t.Errorf("len(Facts) = %d; want 4", got)
	}
	f := kb.Fact("acme-shares-fell")
	if f == nil {
		t.Fatal(`Fact("acme-shares-fell") = nil`)
	}
	if got, want := f.Cite(), "From the story, paragraphs 3, 4 · fact acme-shares-fell"; got != want {
		t.Errorf("Cite() = %q; want %q", got, want)
	}
	if kb.Entity("jane-doe") == nil || !kb.Entity("jane-doe").IsPerson() {
		t.Error(`Entity("jane-doe") is not a person`)
	}
}

// The project's own fact base must always load.
func TestLoadProjectKnowledge(t *testing.T) {
	kb, err := Load("../../knowledge.yaml")
	if err != nil {
		t.Fatalf("Load(knowledge.yaml):\n%v", err)
	}
	if len(kb.Facts) < 50 {
		t.Errorf("knowledge.yaml has %d facts; want at least 50", len(kb.Facts))
	}
}

func TestLoadBadReportsEveryProblemWithPosition(t *testing.T) {
	want, err := os.ReadFile("testdata/bad.golden")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Load("internal/knowledge/testdata/bad.yaml")
	if err == nil {
		t.Fatal("Load(bad.yaml) = nil error")
	}
	// The golden file was written with the path as bot validate sees it.
	_, err = Load("testdata/bad.yaml")
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("Load(bad.yaml) error %T; want Problems", err)
	}
	got := strings.ReplaceAll(ps.Error(), "testdata/bad.yaml", "internal/knowledge/testdata/bad.yaml")
	if got != strings.TrimSpace(string(want)) {
		t.Errorf("Load(bad.yaml) problems:\n%s\nwant:\n%s", got, want)
	}
}

func TestParseProblems(t *testing.T) {
	pos := regexp.MustCompile(`^x\.yaml:\d+:\d+: `)
	tests := []struct {
		name, yaml, want string
	}{
		{"empty file", "", "x.yaml:1:1: the file is empty"},
		{"syntax", "version: [1\n", "x.yaml:1:1: did not find expected"},
		{"type", "version: v\nstory: {title: t, paragraphs: lots}\nfacts: []\n", "x.yaml:2:31: cannot unmarshal !!str `lots` into int"},
		{"unknown top field", "version: v\nstory: {title: t, paragraphs: 1}\nfact: []\n", `x.yaml:3:1: unknown field "fact"`},
		{"no facts", "version: v\nstory: {title: t, paragraphs: 1}\nfacts: []\n", "x.yaml:3:8: no facts"},
		{"duplicate key", "version: v\nversion: w\nstory: {title: t, paragraphs: 1}\nfacts: []\n", `x.yaml:2:1: duplicate key "version"`},
		{"claim without by", "version: v\nstory: {title: t, paragraphs: 1}\nfacts:\n  - {id: a, kind: claim, answer: A., questions: [a], paragraphs: [1]}\n", `fact "a" (kind claim) must say who with by`},
		{"by not named", "version: v\nstory: {title: t, paragraphs: 1}\nfacts:\n  - {id: a, kind: claim, by: Nvidia, answer: A., questions: [a], paragraphs: [1]}\n", `the answer must name who says it ("Nvidia")`},
		{"outside fact without url", "version: v\nstory: {title: t, paragraphs: 1}\nfacts:\n  - {id: a, kind: fact, answer: A., questions: [a], source: {title: T}}\n", `a source needs a title and a url`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("x.yaml", []byte(tc.yaml))
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("Parse = %v; want Problems", err)
			}
			for _, p := range ps {
				if !pos.MatchString(p.String()) {
					t.Errorf("problem %q lacks FILE:LINE:COL", p)
				}
			}
			if !strings.Contains(ps.Error(), tc.want) {
				t.Errorf("Parse problems = %q; want one containing %q", ps.Error(), tc.want)
			}
		})
	}
}

func TestNormalizeAndWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"slack mention", "<@U123ABC> what is DeepSeek R1?", []string{"what", "is", "deepseek", "r1"}},
		{"discord mention", "<@!123456> who founded it", []string{"who", "founded", "it"}},
		{"channel link", "see <#C1|general> now", []string{"see", "general", "now"}},
		{"special mention", "<!here> hi", []string{"hi"}},
		{"curly quotes and possessive", "Nvidia\u2019s record \u201cclose\u201d", []string{"nvidia", "record", "close"}},
		{"decimal and thousands", "$149.43 and 10,000 chips.", []string{"149.43", "and", "10000", "chips"}},
		{"contraction of is", "what's up", []string{"what", "is", "up"}},
		{"contraction of not", "why can't they, won't they, didn't they", []string{"why", "can", "not", "they", "will", "not", "they", "did", "not", "they"}},
		{"other contractions", "they're sure I'd say we've seen", []string{"they", "are", "sure", "i", "would", "say", "we", "have", "seen"}},
		{"possessive is not a contraction", "nvidia's chips, liang's fund", []string{"nvidia", "chips", "liang", "fund"}},
		{"dash", "DeepSeek\u2014R1", []string{"deepseek", "r1"}},
		{"invalid utf8", "bad \xff byte", []string{"bad", "byte"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Words(Normalize(tc.in)); !slices.Equal(got, tc.want) {
				t.Errorf("Words(Normalize(%q)) = %q; want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestIndexAnalyze(t *testing.T) {
	kb, err := Load("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ix := kb.Index()
	tests := []struct {
		name, q string
		want    []string
	}{
		{"synonym maps to group", "acme tumbled", []string{"@acme", "fell"}},
		{"stemming", "founding", []string{"found"}},
		{"alias phrase stands for entity", "acme inc stock", []string{"@acme", "stock"}},
		{"one-word alias", "jane", []string{"@jane-doe"}},
		{"typo corrected", "tumbeld", []string{"fell"}},
		{"stopwords dropped", "what is the", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, term := range ix.Analyze(Words(Normalize(tc.q))) {
				got = append(got, term.Term)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Analyze(%q) = %q; want %q", tc.q, got, tc.want)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"testdata/good.yaml", "testdata/bad.yaml", "testdata/types.yaml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		kb, err := Parse("fuzz.yaml", data)
		if err == nil && kb.Index() == nil {
			t.Fatal("valid base without index")
		}
		var ps Problems
		if err != nil && errors.As(err, &ps) && len(ps) == 0 {
			t.Fatal("empty Problems error")
		}
	})
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"<@U1> what is R1?", "Nvidia\u2019s $149.43", "<#C1|x", "\xff\xfe", "10,000.5,3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range Words(Normalize(s)) {
			if !utf8.ValidString(w) || w == "" {
				t.Fatalf("Words(Normalize(%q)) has invalid word %q", s, w)
			}
		}
	})
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"chat spellings", "wen did u hear abt it", []string{"when", "did", "you", "hear", "about", "it"}},
		{"a spelling that stands for two words", "whats deepseek, whos liang", []string{"what", "is", "deepseek", "who", "is", "liang"}},
		{"markup and contraction", "<@U1> what's r1", []string{"what", "is", "r1"}},
		{"contraction without its apostrophe", "why cant they, thats odd", []string{"why", "can", "not", "they", "that", "is", "odd"}},
		{"chat shorthand", "some kinda prev gen chip teh govt banned", []string{"some", "kind", "of", "previous", "generation", "chip", "the", "government", "banned"}},
		{"ordinal dates read as their number", "what happened on the 27th, the 1st and the 22nd", []string{"what", "happened", "on", "the", "27", "the", "1", "and", "the", "22"}},
		{"asides about how to answer are dropped", "explain capex in plain english, in simple terms", []string{"explain", "capex"}},
		{"slang for suspicious and for a meeting", "the meetup timing is sus", []string{"the", "meeting", "timing", "is", "suspicious"}},
		{"amounts typed short", "~1T wiped, $4bn left, 12b before", []string{"1", "trillion", "wiped", "4", "billion", "left", "12", "billion", "before"}},
		{"asides about how sure the asker is", "correct me if I'm wrong but R1 came out in 2025", []string{"but", "r1", "came", "out", "in", "2025"}},
		{"thousands stay as typed", "10k a100s", []string{"10k", "a100s"}},
		{"chat and pidgin shorthand", "liang yob sef, econ abi", []string{"liang", "year", "of", "birth", "economics", "right"}},
		{"a word ending like an ordinal is kept", "the 4th gen vs 5thavenue", []string{"the", "4", "generation", "vs", "5thavenue"}},
		{"misspellings that are words of their own", "did they loose, is it cheeper or beter", []string{"did", "they", "lose", "is", "it", "cheaper", "or", "better"}},
		{"an aside asking for simple words, ending in an age", "explain R1 like im 70, or like I'm a child", []string{"explain", "r1", "or"}},
		{"and friends: the others like it", "nvidia and friends lost how much", []string{"nvidia", "and", "co", "lost", "how", "much"}},
		{"jamaican patois", "wah mek di stock drop so", []string{"what", "make", "the", "stock", "drop", "so"}},
		{"nigerian pidgin", "abeg wetin dey happen to nvidia sef", []string{"what", "is", "happen", "to", "nvidia"}},
		{"spanish and portuguese fillers", "bueno, então porque nvidia fell, tipo", []string{"why", "nvidia", "fell"}},
		{"at the time of writing: an aside", "how old was deepseek at the time of writing", []string{"how", "old", "was", "deepseek"}},
		{"a frame saying from where the asker asks", "from a sanctions-exposure standpoint, who was blacklisted", []string{"who", "was", "blacklisted"}},
		{"a frame ending in point of view", "why, from a trade policy point of view", []string{"why"}},
		{"a frame saying for whom, up to its last noun", "who founded it, for our entity profile records", []string{"who", "founded", "it"}},
		{"which is the question, not a frame", "from which angle does he write", []string{"from", "which", "angle", "does", "he", "write"}},
		{"a frame too long is no frame", "for my own very long winded personal notes", []string{"for", "my", "own", "very", "long", "winded", "personal", "notes"}},
		{"a polite request: how to answer", "could you please clarify who founded it, can you confirm when", []string{"who", "founded", "it", "when"}},
		{"a question about confirming stays", "could you tell me what nvidia did confirm", []string{"could", "you", "tell", "me", "what", "nvidia", "did", "confirm"}},
		{"in terms of", "in terms of age, how old is deepseek", []string{"age", "how", "old", "is", "deepseek"}},
		{"traders' shorthand", "nvda px after the mtg", []string{"nvda", "price", "after", "the", "meeting"}},
		{"a relay: who passes the question on", "a patron at the desk wants to know who founded deepseek", []string{"who", "founded", "deepseek"}},
		{"a relay at the end, and a frame for a citation", "liang's fund name for a citation, my boss is asking", []string{"liang", "fund", "name"}},
		{"a relay from a relative named", "aunty Ngozi says there is an igbo proverb in the article, what does it say", []string{"there", "is", "an", "igbo", "proverb", "in", "the", "article", "what", "does", "it", "say"}},
		{"formal manners", "good afternoon all. might one ask who founded deepseek", []string{"who", "founded", "deepseek"}},
		{"a formal request to be told", "I should be grateful to learn on what date Nvidia unveiled Blackwell, pray tell", []string{"on", "what", "date", "nvidia", "unveiled", "blackwell"}},
		{"a caller on a numbered line", "caller on line 4 asking who founded deepseek", []string{"who", "founded", "deepseek"}},
		{"a listener curious, at the end", "where did deepseek find its engineers, a listener's curious", []string{"where", "did", "deepseek", "find", "its", "engineers"}},
		{"a relay from someone here", "someone here wants to know who founded deepseek", []string{"who", "founded", "deepseek"}},
		{"users who ask nothing are no relay", "how many users does deepseek have", []string{"how", "many", "users", "does", "deepseek", "have"}},
		{"scots", "how auld is yon deepseek, accordin tae the piece", []string{"how", "old", "is", "that", "deepseek"}},
		{"more scots", "whaur wis the symposium held, gonnae tell us", []string{"where", "was", "the", "symposium", "held", "going", "to", "tell", "us"}},
		{"an -ing word without its g", "whit's the upside of bein wee", []string{"what", "the", "upside", "of", "being", "small"}},
		{"a word in -in of its own stays", "when was he sworn in again", []string{"when", "was", "he", "sworn", "in", "again"}},
		{"british and scottish chat", "whit's the craic, why are folk fretting", []string{"what", "the", "news", "why", "are", "people", "worried"}},
		{"an interjection before the question", "sound, so when did r1 come out", []string{"so", "when", "did", "r1", "come", "out"}},
		{"a word that is the question stays", "great wall of china", []string{"great", "wall", "of", "china"}},
		{"a percent sign asks a share", "what % did nvidia lose", []string{"what", "percent", "did", "nvidia", "lose"}},
		{"a percent sign after a number is the number", "did it fall 17%", []string{"did", "it", "fall", "17"}},
		{"where the answer comes from: the story", "are a100s restricted, per the article", []string{"are", "a100s", "restricted"}},
		{"as per someone: according to them", "as per liang what is the main problem, kindly tell", []string{"according", "to", "liang", "what", "is", "the", "main", "problem", "tell"}},
		{"spanish fillers", "oye, o sea, segun el autor who founded it", []string{"according", "to", "the", "author", "who", "founded", "it"}},
		{"contractions of will and would without the apostrophe", "theyll sell more, youd think", []string{"they", "will", "sell", "more", "you", "would", "think"}},
		{"arabic fillers", "wallah, who founded deepseek yalla", []string{"who", "founded", "deepseek"}},
		{"the start of a month is early in it, not a founding", "what launched at the start of january", []string{"what", "launched", "at", "the", "early", "january"}},
		{"taglish", "sino po nag found ng deepseek, magkano nawala", []string{"who", "found", "of", "deepseek", "how", "much", "lost"}},
		{"german and dutch fillers", "ja nou, how many procent eigentlich", []string{"how", "many", "percent"}},
		{"polish and ukrainian fillers", "dobra, nu, to what price did nvidia fall, kurde", []string{"to", "what", "price", "did", "nvidia", "fall"}},
		{"a service that fell over went down", "why did deepseek fall over", []string{"why", "did", "deepseek", "went", "down"}},
		{"falling over an amount is falling", "did nvidia fall over 15%", []string{"did", "nvidia", "fall", "over", "15"}},
		{"looking at something is viewing it", "what angles does the writer look at it from", []string{"what", "angles", "does", "the", "writer", "view", "it", "from"}},
		{"taking place is only happening", "what city did the symposium take place in", []string{"what", "city", "did", "the", "symposium", "in"}},
		{"greek in latin letters, kai left to kai-fu lee", "pios idryse tin deepseek re? ti leei o kai-fu lee", []string{"who", "founded", "the", "deepseek", "what", "says", "the", "kai", "fu", "lee"}},
		{"an english word that is a greek word stays english", "why is the threat this poses to nvidia big", []string{"why", "is", "the", "threat", "this", "poses", "to", "nvidia", "big"}},
		{"vietnamese mixed in", "ai là người sáng lập deepseek vậy?", []string{"who", "is", "founder", "deepseek"}},
		{"ai stays AI outside a vietnamese question", "what did the ai race look like", []string{"what", "did", "the", "ai", "race", "look", "like"}},
		{"spanish: a regular verb read by its stem", "cuándo lanzaron el modelo r1?", []string{"when", "launched", "the", "model", "r1"}},
		{"spanish mixed in", "che, quién fundó deepseek?", []string{"who", "founded", "deepseek"}},
		{"a lone foreign word that names no topic stays", "ano sinabi ni li qiang kay liang mismo", []string{"what", "said", "of", "li", "qiang", "liang", "mismo"}},
		{"polish mixed in, a case ending on a word of its tables", "o ile spadła akcja nvidii wg autora", []string{"by", "how", "much", "fell", "shares", "nvidii", "according", "to", "author"}},
		{"polish typed without its letters", "kto zalozyl deepseek i kiedy", []string{"who", "founded", "deepseek", "i", "when"}},
		{"a lone foreign question word the languages read alike", "quando did trump call deepseek a wakeup call", []string{"when", "did", "trump", "call", "deepseek", "a", "wakeup", "call"}},
		{"a lone three-letter question word stays: apa is APA", "how do i cite a website in apa style", []string{"how", "do", "i", "cite", "a", "website", "in", "apa", "style"}},
		{"tagalog, an english verb with a tagalog prefix", "sino sino mga umattend sa symposium, kailan nirelease ang r1", []string{"who", "attend", "in", "symposium", "when", "release", "the", "r1"}},
		{"football chat", "who's the gaffer at deepseek fc", []string{"who", "is", "the", "boss", "at", "deepseek"}},
		{"persian in latin letters, a plural typed apart and a phrase", "chera investor ha tarsidan, chand ta pool az market pak shod", []string{"why", "investor", "got", "scared", "how", "many", "money", "from", "market", "wiped"}},
		{"one hebrew question word makes a message hebrew", "lama investors dumped nvidia achi", []string{"why", "investors", "dumped", "nvidia"}},
		{"a strong hebrew marker wins over its english sense: lama is why", "what does a lama eat", []string{"what", "does", "a", "why", "eat"}},
		{"numbers said: a year, a day of a month, a share", "what went wrong in twenty twenty two, and did nvidia fall seventeen percent on january twenty seventh", []string{"what", "went", "wrong", "in", "2022", "and", "did", "nvidia", "fall", "17", "percent", "on", "january", "27"}},
		{"an ordinal with no month stays", "what was the second thing he said", []string{"what", "was", "the", "second", "thing", "he", "said"}},
		{"bangla tells ki and ke from hinglish by its own markers", "zhipu ke blacklist e ke dhukalo, kobe", []string{"zhipu", "who", "blacklist", "in", "who", "put", "when"}},
		{"romanian, an article at a noun's end, letters typed plain", "cine e fondatorul deepseek frate, cat a scazut nvidia", []string{"who", "is", "founder", "deepseek", "how", "much", "a", "fell", "nvidia"}},
		{"czech, told from polish by its markers", "kto je zakladatel deepseeku, proc padla nvidia", []string{"who", "is", "founder", "deepseeku", "why", "fell", "nvidia"}},
		{"cantonese question words typed apart, and its particles", "bin go put zhipu on the blacklist ah, gei si", []string{"who", "put", "zhipu", "on", "the", "blacklist", "when"}},
		{"bingo stays bingo", "what are the rules of bingo", []string{"what", "are", "the", "rules", "of", "bingo"}},
		{"swedish, an article at a noun's end", "vem grundade deepseek, och hur mycket föll aktien", []string{"who", "founded", "deepseek", "and", "how", "much", "fell", "share"}},
		{"norwegian typed plain", "hvorfor falt nvidia i gar liksom", []string{"why", "fell", "nvidia", "yesterday"}},
		{"afrikaans, told from dutch by its markers", "hoekom het nvidia geval, bru", []string{"why", "has", "nvidia", "fell"}},
		{"polish nie stays polish", "dlaczego nvidia nie spadła", []string{"why", "nvidia", "not", "fell"}},
		{"words of a language's tables with its endings mark it", "avtora mnenie pro nvidia", []string{"author", "opinion", "about", "nvidia"}},
		{"a label before the question", "Quick question: who founded DeepSeek?", []string{"who", "founded", "deepseek"}},
		{"one ukrainian question word makes a message ukrainian", "khto put zhipu on the blacklist, koly", []string{"who", "put", "zhipu", "on", "the", "blacklist", "when"}},
		{"finnish, its cases on table words and names", "paljonko liangin rahasto menetti, kirjottajan mukaan", []string{"how", "much", "liangin", "fund", "lost", "writer", "according", "to"}},
		{"idioms of english chat said plainly", "what year did liang's fund come a cropper, no cap", []string{"what", "year", "did", "liang", "fund", "failed"}},
		{"a word with accents its table spells otherwise", "cât a pierdut piață americană, cine e fondatorul", []string{"how", "much", "a", "lost", "market", "american", "who", "is", "founder"}},
		{"sheng: a swahili subject and tense before an english verb", "deepseek walitrain r1 na chips gani, nvidia ilikuja aje", []string{"deepseek", "train", "r1", "and", "chips", "which", "nvidia", "came", "how"}},
		{"urdu words of hindustani chat", "liang ke mutabiq china ka asal masla kya hai", []string{"according", "to", "liang", "china", "of", "real", "problem", "what", "is"}},
		{"hinglish mixed in", "deepseek kisne banaya yaar?", []string{"deepseek", "who", "made"}},
		{"italian mixed in", "chi ha fondato deepseek?", []string{"who", "has", "founded", "deepseek"}},
		{"turkish mixed in, and a name's case ending", "deepseek'i kim kurdu abi", []string{"deepseek", "who", "founded"}},
		{"an elided italian article stays joined to its word", "cosa pensa dell'autore", []string{"what", "thinks", "author"}},
		{"dutch mixed in", "wie heeft deepseek opgericht?", []string{"who", "has", "deepseek", "founded"}},
		{"german mixed in, umlaut typed", "wer hat deepseek gegründet?", []string{"who", "has", "deepseek", "founded"}},
		{"german: an umlaut typed plain, and its phrases", "wie viel ist die nvidia aktie an der borse gefallen", []string{"how", "much", "is", "the", "nvidia", "share", "on", "the", "stock", "market", "fell"}},
		{"a lone foreign word for two english words", "liang geburtsjahr", []string{"liang", "birth", "year"}},
		{"pidgin: fit is can, in a pidgin message", "abeg, deepseek fit get h100s sef?", []string{"deepseek", "can", "get", "h100s"}},
		{"fit stays fit in english", "does r1 fit on one gpu", []string{"does", "r1", "fit", "on", "one", "gpu"}},
		{"a share price going down fell", "nvidia share go down to what price", []string{"nvidia", "share", "fell", "to", "what", "price"}},
		{"a service going down is an outage", "why did deepseek go down", []string{"why", "did", "deepseek", "go", "down"}},
		{"a hot take is an opinion, accounting for is explaining", "writers hot take: how does he account for the outage", []string{"writers", "opinion", "how", "does", "he", "explain", "the", "outage"}},
		{"japanese in latin letters, an honorific after a name", "sumimasen, dare is the founder of deepseek desu ka? liang-san?", []string{"who", "is", "the", "founder", "of", "deepseek", "liang"}},
		{"gamers' slang and an irish idiom", "why is being small op, yer man when he's at home", []string{"why", "is", "being", "small", "good", "the", "man"}},
		{"russian in latin letters, a case ending on a word of its tables", "blin, kto v statye nazvan malenkim muravyom?", []string{"who", "in", "article", "called", "small", "ant"}},
		{"russian phrases", "na skolko upala nvidia, chto sluchilos", []string{"by", "how", "much", "fell", "nvidia", "what", "happened"}},
		{"korean in latin letters", "deepseek founder nugu, jinjja?", []string{"deepseek", "founder", "who"}},
		{"portuguese told by its table words", "quando nasceu o liang", []string{"when", "born", "the", "liang"}},
		{"according without to, and an apology for bothering", "sorry to bother you, according liang what is china's main problem", []string{"according", "to", "liang", "what", "is", "china", "main", "problem"}},
		{"arabic question words in latin letters", "wallah, emta did nvidia unveil blackwell? kam did it close at", []string{"when", "did", "nvidia", "unveil", "blackwell", "how", "much", "did", "it", "close", "at"}},
		{"a direct quote is a quote, and a source asked at the end", "the proverb, direct quote? source?", []string{"the", "proverb", "quote"}},
		{"open source stays", "is deepseek's model open source", []string{"is", "deepseek", "model", "open", "source"}},
		{"what a model runs on is what it uses", "which nvidia chips did deepseek run on", []string{"which", "nvidia", "chips", "did", "deepseek", "use"}},
		{"a formal wish to know, and a picture painted", "I wish to know, paint me a picture of what liang looks like", []string{"what", "liang", "looks", "like"}},
		{"officialese: the said fund", "did the AI of the said fund perform, with reference to the article", []string{"did", "the", "ai", "of", "the", "fund", "perform"}},
		{"crypto slang and an emoji named", "ser why did nvidia dump, whats the fud, skull emoji", []string{"why", "did", "nvidia", "dump", "what", "is", "the", "fear"}},
		{"swahili and sheng mixed in", "msee, nani alianzisha deepseek?", []string{"who", "founded", "deepseek"}},
		{"swahili: a phrase and a verb form", "kwa nini hisa za nvidia zilishuka", []string{"why", "shares", "of", "nvidia", "fell"}},
		{"a language told by its table words, no marker among them", "sebelum deepseek, liang punya perusahaan apa", []string{"before", "deepseek", "liang", "had", "company", "what"}},
		{"indonesian mixed in", "siapa sih pendiri deepseek?", []string{"who", "is", "founder", "deepseek"}},
		{"vietnamese typed without its tone marks: phrases and markers folded", "liang bao nhieu tuoi roi vay", []string{"liang", "how", "old"}},
		{"hinglish puts according to after its name", "writer ke hisaab se liang dikhta kaisa hai", []string{"according", "to", "writer", "liang", "looks", "like", "is"}},
		{"turkish: a table word under two endings, a verb in the past", "deepseek hangi nvidia çiplerini kullanmış", []string{"deepseek", "which", "nvidia", "chips", "used"}},
		{"sheng: subject and tense before an english verb, the passive after it", "zhipu iliblacklistiwa lini", []string{"zhipu", "blacklist", "when"}},
		{"a phrase of a language marks it: cantonese over hindi's hai", "zhipu hai mat yeh company", []string{"zhipu", "is", "what", "company"}},
		{"german: a compound read as its two words", "wie hoch war der rekordschluss", []string{"how", "high", "was", "the", "record", "close"}},
		{"indonesian: a word with -nya", "berapa harga sahamnya nvidia", []string{"how", "much", "price", "shares", "nvidia"}},
		{"indonesian: a verb prefix on an english word, and prefix with ending", "kenapa zhipu diblacklist, chip apa yg dibutuhin", []string{"why", "zhipu", "blacklist", "which", "chip", "which", "needed"}},
		{"a table word with a letter missed, not a name with two swapped", "mnurut liang apa masalah utama china", []string{"according", "to", "liang", "what", "problem", "main", "china"}},
		{"portuguese mixed in", "quem fundou a deepseek, cara?", []string{"who", "founded", "the", "deepseek"}},
		{"french mixed in", "tsé, genre, c'est quoi deepseek r1?", []string{"what", "is", "deepseek", "r1"}},
		{"french: an elided article joins its noun", "qu'est-ce que l'auteur pense de liang", []string{"what", "author", "think", "of", "liang"}},
		{"french words that are english stay english in english", "what actions did the us take", []string{"what", "actions", "did", "the", "us", "take"}},
		{"a lone french word no english word is spelled like", "deepseek recrutement olympiade", []string{"deepseek", "recruiting", "olympiad"}},
		{"asking for someone", "whats the upside of being small, asking for our 2-person branch office", []string{"what", "is", "the", "upside", "of", "being", "small"}},
		{"for whom, in plain terms", "why did nvidia drop, in plain terms for a non-technical person", []string{"why", "did", "nvidia", "drop"}},
		{"is it accurate to say: the claim is the question", "is it accurate to say the us blacklisted zhipu", []string{"the", "us", "blacklisted", "zhipu"}},
		{"british idioms: gone pear-shaped, the money men", "when did the fund go pear-shaped for the money men", []string{"when", "did", "the", "fund", "fail", "for", "the", "investors"}},
		{"getting burned is losing", "what year did liang's investors get burned", []string{"what", "year", "did", "liang", "investors", "lost"}},
		{"a number typed with a space between its groups", "did deepseek use 10 000 a100s", []string{"did", "deepseek", "use", "10000", "a100s"}},
		{"and friends are the others: and co", "how much value got torched from nvidia and friends", []string{"how", "much", "value", "got", "wiped", "from", "nvidia", "and", "co"}},
		{"tl;dr is one word, and the whole article the article", "tl;dr of the whole article?", []string{"tldr", "of", "the", "article"}},
		{"with respect to is about", "first reaction w.r.t. the news", []string{"first", "reaction", "about", "the", "news"}},
		{"at what point is when", "at what point in january was zhipu blacklisted", []string{"when", "in", "january", "was", "zhipu", "blacklisted"}},
		{"for the evening news", "need the blackwell launch date for the 6pm", []string{"need", "the", "blackwell", "launch", "date"}},
		{"a demand for proof asks the fact", "what's the evidence on how many a100s deepseek had, debate me", []string{"how", "many", "a100s", "deepseek", "had"}},
		{"a note that the story says it", "which start-up was blacklisted, as the article recounts", []string{"which", "start", "up", "was", "blacklisted"}},
		{"a note on when the story was written", "how old is deepseek as of the time the piece was written", []string{"how", "old", "is", "deepseek"}},
		{"a note on whom the answer is for", "for listeners who missed it, which startup was blacklisted", []string{"which", "startup", "was", "blacklisted"}},
		{"a note that the story names them", "who is kai-fu lee, the article mentions him", []string{"who", "is", "kai", "fu", "lee"}},
		{"a hyphenated pre is before", "nvda close pre-selloff", []string{"nvda", "close", "before", "selloff"}},
		{"like I am, not followed by an age, stays", "it feels like i am missing something", []string{"it", "feels", "like", "i", "am", "missing", "something"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Tokens(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("Tokens(%q) = %q; want %q", tc.in, got, tc.want)
			}
		})
	}
}

// BenchmarkParse measures loading the project's fact base: YAML, checks
// and the index (what every bot command pays at start).
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("../../knowledge.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("knowledge.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

func TestCorrect(t *testing.T) {
	src, err := os.ReadFile("../../knowledge.yaml")
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := Parse("knowledge.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := Snapshot("knowledge.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	restored, err := FromSnapshot("knowledge.yaml", src, snap)
	if err != nil {
		t.Fatal(err)
	}
	// A base parsed and one restored from its snapshot correct alike.
	for _, kb := range []*Base{parsed, restored} {
		testCorrect(t, kb.Index())
	}
}

func testCorrect(t *testing.T, ix *Index) {
	t.Helper()
	tests := []struct{ name, in, want string }{
		{"one letter off", "blackwel", "blackwell"},
		{"swapped pair", "nivdia", "nvidia"},
		{"a known word stays", "nvidia", "nvidia"},
		{"a real English word is not a typo", "meditate", "meditate"},
		{"a model number one digit off is another model", "h800", "h800"},
		{"a year is not a typo", "2023", "2023"},
		{"a typo of a common word the base lacks", "yestrday", "yesterday"},
		{"a typo of a hedge word", "suposedly", "supposedly"},
		{"a typo of a stopword", "becuase", "because"},
		{"two letters off a seven-letter word", "trubble", "trouble"},
		{"a doubled letter is likelier than a wrong one", "writter", "writer"},
		{"a letter left out is likelier than one too many", "capx", "capex"},
		{"a letter left out is likelier than one replaced by a far key", "relased", "released"},
		{"a possessive without its apostrophe, of a typo", "nvidas", "nvidia"},
		{"the g dropped", "backin", "backing"},
		{"a swap in a form the base never uses", "bakcing", "backing"},
		{"a letter left out of a form the base never uses", "backng", "backing"},
		{"a letter left out of a form WordNet lists under its base", "swiched", "switched"},
		{"a slip of a name that stems as a known word does", "investers", "investors"},
		{"no comparative of a word ending in i", "primier", "premier"},
		{"a common word as near by a likelier slip", "choosen", "chosen"},
		{"of two words as near by like slips, the one it sounds like", "compair", "compare"},
		{"a name of the base with a slavic case ending", "liangom", "liang"},
		{"a name of the base with a czech dative ending", "liangovi", "liang"},
		{"a name of the base with a finnish case ending", "liangille", "liang"},
		{"a word with a letter more at its end is a name", "messi", "messi"},
		{"no base form two letters short: hier is not hi-er", "hier", "hire"},
		{"a consonant of four on a far key is another word", "opec", "opec"},
		{"a vowel for a vowel in four letters is a slip", "yeer", "year"},
		{"a far-key word rejected, a common word by a swap is meant", "ture", "true"},
		{"three letters: a swapped pair", "gdo", "god"},
		{"three letters: a doubled last letter typed once", "cal", "call"},
		{"three letters: a final e left out", "tim", "time"},
		{"three letters: a real word is no slip", "cab", "cab"},
		{"three letters: a letter replaced is not tried", "goz", "goz"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ix.Correct(tc.in); got != tc.want {
				t.Errorf("Correct(%q) = %q; want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestAnalyzeMarksGuesses(t *testing.T) {
	kb, err := Load("../../knowledge.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, word string
		guess      bool
	}{
		{"one edit is no guess", "blackwel", false},
		{"two edits are a guess", "trubble", true},
		{"a known word", "nvidia", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			terms := kb.Index().Analyze([]string{tc.word})
			if len(terms) != 1 || terms[0].Guess != tc.guess {
				t.Errorf("Analyze(%q) = %+v; want one term, Guess %v", tc.word, terms, tc.guess)
			}
		})
	}
}

func TestNeighbourKeys(t *testing.T) {
	tests := []struct {
		a, b byte
		want bool
	}{
		{'s', 'd', true}, {'a', 'q', true}, {'a', 'w', true}, {'z', 's', true}, {'g', 'y', true},
		{'s', 't', false}, {'a', 'e', false}, {'q', 'z', false}, {'1', '2', false},
	}
	for _, tc := range tests {
		if got := neighbourKeys(tc.a, tc.b); got != tc.want || neighbourKeys(tc.b, tc.a) != tc.want {
			t.Errorf("neighbourKeys(%q, %q) = %v; want %v both ways", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestWeekdays(t *testing.T) {
	tests := []struct{ answer, want string }{
		{"DeepSeek went down on 27 January 2025.", "monday"},
		{"Nvidia unveiled Blackwell on January 6, 2025 and fell on 27 January 2025.", "monday"},
		{"R1 came out on 20 January 2025; shares fell on 27 January 2025.", "monday"},
		{"Nvidia spoke on 28 January 2025.", "tuesday"},
		{"Liang was born in 1985, in January.", ""},
		{"On 31 February 2025 nothing happened.", ""},
	}
	for _, tc := range tests {
		if got := weekdays(tc.answer); got != tc.want {
			t.Errorf("weekdays(%q) = %q; want %q", tc.answer, got, tc.want)
		}
	}
	kb, err := Load("../../knowledge.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ix := kb.Index()
	terms := ix.Analyze([]string{"monday"})
	if len(terms) != 1 || !ix.Known(terms[0].Term) {
		t.Fatalf("Analyze(monday) = %+v; want a term the index knows from the facts' dates", terms)
	}
}

func TestDiscourseWordsWeighLittle(t *testing.T) {
	kb, err := Load("../../knowledge.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ix := kb.Index()
	for _, w := range []string{"remarks", "characterise", "contrast", "argue"} {
		terms := ix.Analyze([]string{w})
		if len(terms) != 1 {
			t.Fatalf("Analyze(%q) = %+v; want one term", w, terms)
		}
		if got := ix.Weight(terms[0]); got > GeneralWordWeight {
			t.Errorf("Weight(%q) = %.2f (known %v); want at most %.2f: it says how, not what about", w, got, ix.Known(terms[0].Term), GeneralWordWeight)
		}
		if len(terms[0].Alts) > 0 {
			t.Errorf("Analyze(%q) stands in %v; a discourse word needs no stand-in", w, terms[0].Alts)
		}
	}
	for _, w := range []string{"problem", "first", "news", "core", "issue"} {
		terms := ix.Analyze([]string{w})
		if !ix.Known(terms[0].Term) {
			t.Fatalf("%q: the test needs a common word the base uses", w)
		}
		if got := ix.Weight(terms[0]); got > knownGeneralWeight {
			t.Errorf("Weight(%q) = %.2f; want at most %.2f: a common word, though the base uses it", w, got, knownGeneralWeight)
		}
	}
	for _, tc := range []struct {
		word   string
		common bool
	}{
		{"reaching", true},   // an inflection of a common word
		{"clarifies", true},  // of a request verb
		{"concretely", true}, // an adverb of an English word
		{"weekly", false},    // asks how often
		{"three", false},     // a number word: between the two (NumberWordWeight)
		{"salary", false},    // a topic the base lacks
		{"xqzvly", false},    // not made of an English word
		{"weddings", false},  // an inflection of no common word
	} {
		terms := ix.Analyze([]string{tc.word})
		if len(terms) != 1 || ix.Known(terms[0].Term) {
			t.Fatalf("%q: the test needs one word the base does not know, got %+v", tc.word, terms)
		}
		if got := ix.Weight(terms[0]) <= GeneralWordWeight; got != tc.common {
			t.Errorf("Weight(%q) = %.2f; common word %v, want %v", tc.word, ix.Weight(terms[0]), got, tc.common)
		}
	}
	if terms := ix.Analyze([]string{"blackwell"}); ix.Weight(terms[0]) <= GeneralWordWeight {
		t.Errorf("Weight(blackwell) = %.2f; a topic word should weigh more than a common one", ix.Weight(terms[0]))
	}
}

func TestQuotes(t *testing.T) {
	kb, err := Load("../../knowledge.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := kb.Narrator(); got != "the-author" {
		t.Errorf("Narrator() = %q; want the-author, who speaks in most of the story's opinions", got)
	}
	if good, err := Load("testdata/good.yaml"); err != nil || good.Narrator() != "" {
		t.Errorf("Narrator() of a base where nobody speaks much = %q (%v); want none", good.Narrator(), err)
	}
	tests := []struct {
		fact, who string
		want      bool
	}{
		{"kai-fu-lee-definition", "kai-fu-lee", true},     // "...; he said"
		{"story-timeline", "liang-wenfeng", true},         // "in July 2024 Liang said OpenAI ..."
		{"openai-definition", "openai", false},            // OpenAI is what Liang spoke of
		{"li-qiang-symposium", "li-qiang", false},         // hosted, said nothing reported
		{"liang-china-confidence", "liang-wenfeng", true}, // "Liang Wenfeng said in July 2024"
	}
	for _, tc := range tests {
		f := kb.Fact(tc.fact)
		if f == nil {
			t.Fatalf("no fact %q", tc.fact)
		}
		if got := f.Quotes(tc.who); got != tc.want {
			t.Errorf("%s.Quotes(%s) = %v; want %v (answer %q)", tc.fact, tc.who, got, tc.want, f.Answer)
		}
	}
}

func TestStatesMoney(t *testing.T) {
	tests := []struct {
		answer string
		want   bool
	}{
		{"Shares fell 17% to $118.58.", true},
		{"Assets shrank from 12 billion dollars to 4 billion.", true},
		{"DeepSeek used 10,000 A100 chips.", false},
		{"Blackwell runs at up to 25 times lower cost.", false},
		{"Liang was born in 1985.", false},
	}
	for _, tc := range tests {
		if got := readAnswer(tc.answer)&traitMoney != 0; got != tc.want {
			t.Errorf("StatesMoney of %q = %v; want %v", tc.answer, got, tc.want)
		}
	}
}

func TestStatesCount(t *testing.T) {
	tests := []struct {
		answer string
		want   bool
	}{
		{"DeepSeek used 10,000 A100 chips.", true},
		{"DeepSeek is 20 months old.", true},
		{"The Mag 7 are seven companies.", true},
		{"Assets shrank from $12 billion to about $4 billion.", false},
		{"Shares fell 17% to $118.58.", false},
		{"Liang was born in 1985.", false},
		{"No number here.", false},
		{"Liang attended a symposium on 27 January 2025.", false},
		{"On January 6, 2025 Nvidia unveiled Blackwell.", false},
	}
	for _, tc := range tests {
		if got := readAnswer(tc.answer)&traitCount != 0; got != tc.want {
			t.Errorf("StatesCount of %q = %v; want %v", tc.answer, got, tc.want)
		}
	}
}

// lowerASCII is strings.ToLower on ASCII: every byte at every place of
// short and long strings.
func TestLowerASCII(t *testing.T) {
	for _, n := range []int{1, 7, 255, 256, 257, 600} {
		for b := range 128 {
			for _, at := range []int{0, n / 2, n - 1} {
				s := []byte(strings.Repeat("aZ", n)[:n])
				s[at] = byte(b)
				if got, want := lowerASCII(string(s)), strings.ToLower(string(s)); got != want {
					t.Fatalf("lowerASCII(%q) = %q; want %q", s, got, want)
				}
			}
		}
	}
	if got := lowerASCII(""); got != "" {
		t.Errorf("lowerASCII(\"\") = %q", got)
	}
}

// isPlainASCII finds a byte from 0x80 or a backtick at every place of
// strings longer and shorter than its eight-byte words.
func TestIsPlainASCII(t *testing.T) {
	for n := 1; n <= 20; n++ {
		for b := range 256 {
			for at := range n {
				s := []byte(strings.Repeat("a", n))
				s[at] = byte(b)
				want := b < utf8.RuneSelf && b != '`'
				if got := isPlainASCII(string(s)); got != want {
					t.Fatalf("isPlainASCII(%q) = %v; want %v", s, got, want)
				}
			}
		}
	}
}

// A marker's score has a place for every language read (maxLanguages is
// kept by hand).
func TestLanguagesFitMarkerScore(t *testing.T) {
	if n := len(languages()); n != maxLanguages {
		t.Errorf("%d languages read; maxLanguages is %d", n, maxLanguages)
	}
}

// Two accented words (or phrases) of a language that fold alike give their
// plain spelling the same English in every run: the first word in
// code-point order, the first phrase in order of its English.
func TestNewLanguageFoldsAlikeTheSameEveryRun(t *testing.T) {
	for range 20 {
		l := newLanguage(nil, nil, parsePhrases("tác giả = author\ntác giá = price tag"),
			map[string]string{"giả": "fake", "giá": "price"}, nil)
		if got := l.spellings["gia"]; got != "price" {
			t.Fatalf(`spellings["gia"] = %q, want "price" (from "giá")`, got)
		}
		if n, en := l.phrases.at([]string{"tac", "gia"}, 0); n != 2 || strings.Join(en, " ") != "author" {
			t.Fatalf(`phrase "tac gia" = %d %q, want 2 "author"`, n, en)
		}
	}
}
