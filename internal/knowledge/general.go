package knowledge

import "strings"

// generalWords are common English words that seldom name what a question
// is about ("how long", "what's so special", "what went wrong"). A
// question word the fact base does not know weighs little when it is one
// of these, and much when it is not: an unknown specific word ("revenue",
// "employees", "ceo") means the question asks about something the story
// does not cover.
var generalWords = setOf(`
yesterday tomorrow tonight recently lately nowadays news
able above across act action actual add after afterwards again ago agree ahead almost alone along already alright
although always amazing among another anyone anything anyway anywhere apart appear area around arrive aside ask
asked asking aspect away awesome back bad basic be bear beat become becomes began begin behind believe better big
bigger biggest bit both bottom break bring broad brought build built call called came care carry case cause
certain certainly chance change changed check choose clear clearly close come comes coming common consider
continue could course crazy current currently day days deal decide deep definitely despite different difficult
done double during each early easy effect else end enough entire especially etc event events every everyone
everything exact example exist expect fact fair fall far fast feel felt few figure final finally find fine first
follow following found full fully further gave general generally given giving glad goes gone good got great
greatest guess half hand hard hardly having hear heard held help hence high higher highest hit hold huge idea
imagine impact important include including indeed instead interested interesting involve involved keep kept
know known large larger largest last late later least leave left less level likely line little long longer look
looked looking lose loss lot low lower made main mainly major make making manage managed matter maybe mean
meanwhile mention mentioned might mind miss moment more mostly move moved name named near nearly necessary next
nice none normal nothing notice number numbers odd often old once one ones open order others otherwise overall
part particular past perhaps person place plan play point possible possibly pretty probably problem problems
proper properly put quite rather reach read ready real reason recent recently regarding related remember rest
result right role run running same saw say see seem seemed seems seen sense serious set several short side
significant similar simple since single situation small sometimes soon sort special specific start state stay
step stop story strong sure take taken taking talk talked talking term terms than thing think thinking third
though thought through thus time times today together told took top total toward towards tried true truly try
trying turn turned type under understand unless unlike upon use used useful using usual usually various view
way ways whatever whether whole wide within without wonder word words work worked world worse worst worth
wrong year years yes yet young need needs needed want wants wanted like likes liked
city cities country countries town towns province place places region state
supposedly apparently allegedly reportedly actually really basically honestly seriously literally generally
guy guys folks people someone somebody side sides choose chose chosen pick picked decide decided buy bought sell sold ton tons
look looks looking appear appears seem kind sort type types stuff thing things lot lots bunch whole entire
exactly precisely roughly approximately about around nearly almost quite rather fairly pretty very super
talk talking told tell telling speak spoke spoken discuss discussed mention mentioned write wrote written writer
mean meant means meaning matter matters care cares happen happened happening happens occur occurred
big bigger biggest small smaller smallest large huge tiny major minor main key top best worst good bad great
take took taken takes give gave given gives get got gotten gets make made makes do did done does
cause caused causes reason reasons result results effect effects affect affected impact impacts
still yet already ever never always often sometimes usually again anymore
core central chief principal primary fundamental underlying essential crucial basic overall ultimate
issue issues issued include includes included appear appears appeared consider considers considered remain remains
remained require requires required contain contains contained allow allows allowed obtain obtains obtained apply
applies applied attempt attempts attempted prove proves proved handle handles handled refer refers referred repeat
repeats repeated select selected address addresses addressed reveal reveals revealed
realistically practically technically essentially ultimately eventually theoretically potentially status
clarify clarifies clarification specify indicate elaborate outline anticipate anticipated
catalyst catalysts trigger triggered
anyhow anyway fancy quit quits quitting
friend friends buddy pal colleague colleagues coworker coworkers recall recalls
due anybody somebody nobody everybody knows knew stick sticks stuck
negative negatives positive positives
strategic strategically pursue pursued pursuing magnitude extent adverse maturity existence
notwithstanding retain retains retained primarily principally operations operational operating sequence regarding
concerning pertaining respect nature manner scope dimension factor factors element elements aspects instance
context corporate typical typically observe observed
confirm confirms verify amount amounts sum randomly suddenly oddly weirdly strangely supposed
stated states kinds sorts notable noteworthy remarkable ballpark
sorry apologies apology apologise apologize curiosity curious wondering remind reminder
morning evening afternoon mere merely relevant relevance historical accept accepts accepted broadly
watch watches watching watched dude dudes throw throws threw thrown vibe vibes bros younger older bloke blokes
forget forgets forgot forgotten forgetting advise advised
tend tends tended tending tendency
spicy juicy controversial provocative cheeky memorable heavy heavily choice choices incur incurs incurred operate operates operated operating drawn sector sectors
insofar inasmuch instructive emergence emerge emerges emerged emerging aggregate precipitate precipitated precipitating
methodology methodologies subsequent subsequently unmitigated contrary awry erasure proposition propositions
vantage ostensibly ostensible presently thereby whereby wherein thereof herein aforementioned
respective respectively pertinent salient foregoing purported expressly explicitly implicitly inherently invariably
predominantly classical nominally purport purports hitherto henceforth furthermore moreover nonetheless
nevertheless albeit whilst accompany accompanies accompanied commercial commercially category categories reject
rejects rejected difficulty difficulties superior inferior preserve preserves preserved serve serves served
somehow somewhat someway program programs programme gadget gadgets tier tiers method methods arrival arrive arrived suffice suffices sufficient guarantee guaranteed virtue virtues
`)

// discourseWords describe how something is said or argued, not what
// about: "how does the author characterise X", "is the view the author's
// own", "contrast what people claimed with what the author believes". A
// question word among them weighs as a common word even when the fact
// base uses it.
var discourseWords = setOf(`
argue argues argued arguing argument arguments claim claims claimed claiming assert asserts asserted
view views idea ideas finding findings characterise characterises characterised characterize characterizes
characterized describe describes described describing description portray portrays portrayed depict depicts
contrast contrasted compare compares compared comparison invoke invokes invoked cite cites cited citing
remark remarks remarked comment comments commented statement statements point points stance position
identify identifies identified suggest suggests suggested imply implies implied note notes noted
piece article text passage paragraph bit part section attributed attribute attributes attribution
gist summary summarize summarise summarized summarised recap overview nutshell tldr
episode episodes saga affair drama mess fiasco debacle kerfuffle development developments fuss buzz hoopla commotion uproar furore furor ruckus hubbub brouhaha
difference differences differ versus vs
regard regards regarded consider considers considered treat treats treated assessment assess assesses assessed
frame frames framed framing credited credit geographically opinion opinions
characterisation characterization observation observations
thesis theses premise premises contention
reference references referencing referenced
`)

// formOfGeneralWord reports whether w, a word the base does not know, is
// an inflection of a common English word ("reaching", "mentions") or an
// adverb made of an English word ("concretely", "firstly"): it names the
// question's topic no more than the word it is made of. An adverb of a
// unit of time ("monthly") is not: it asks how often.
func formOfGeneralWord(w string) bool {
	for _, s := range morphSuffixes {
		if base, ok := strings.CutSuffix(w, s[0]); ok && len(base) >= 2 && (generalWords[base+s[1]] || discourseWords[base+s[1]]) {
			return true
		}
	}
	base, ok := strings.CutSuffix(w, "ly")
	if !ok || len(base) < 4 || timeUnits[base] {
		return false
	}
	return IsEnglish(base)
}

// smallNumbers are small numbers typed as words ("the two big questions").
// Unknown to the base, one weighs between a common word and a topic: it
// seldom names what a question is about, but may ("the six nations").
var smallNumbers = setOf(`two three four five six seven eight nine ten`)

// NumberWordWeight is the weight of a number word the base does not know.
const NumberWordWeight = 2.5

// timeUnits are the words whose adverbs ask how often ("monthly users").
var timeUnits = setOf(`hour day week month quarter year night minute second`)

// IsGeneralWord reports whether w is a common English word that seldom
// names a question's topic.
func IsGeneralWord(w string) bool { return generalWords[w] }

// IsDiscourseWord reports whether w describes how something is said
// ("argue", "article", "summary") rather than what about.
func IsDiscourseWord(w string) bool { return discourseWords[w] }
