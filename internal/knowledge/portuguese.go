package knowledge

// newPortuguese builds what reads Portuguese mixed into English chat ("quem fundou a
// deepseek?", "cara, o autor é tech expert?").
func newPortuguese() *language {
	return newLanguage(strongPortugueseMarkers(), portugueseMarkers(), portuguesePhrases(), portugueseWords(), nil)
}

// strongPortugueseMarkers make a message Portuguese alone.
func strongPortugueseMarkers() map[string]bool {
	return setOf(`quem qual quais onde quanto quantos quantas você voce não nao então entao isso disso
desse dessa foi são`)
}

// portugueseMarkers are other Portuguese words that English chat does not use.
func portugueseMarkers() map[string]bool {
	return setOf(`ele ela eles elas esse essa dos das nas uma com pra pelo pela né é tá tô seu sua fazia
era antes depois porque cara tipo quando segundo`)
}

// portuguesePhrases are Portuguese phrases and what they say in English.
func portuguesePhrases() phraseTable {
	return parsePhrases(`
é que =
e que =
o que = what
correu mal = went wrong
porta fechada = closed door
por que = why
por causa da = because of
por causa do = because of
por causa de = because of
por quê = why
quanto tempo = how long
quantos anos = how old
antes e depois = before and after
lista negra = blacklist
estados unidos = us
fundo de hedge = hedge fund
inteligência artificial = ai
primeiro ministro = premier
no total = in total
`)
}

// portugueseWords returns Portuguese words and the English they stand for.
func portugueseWords() map[string]string {
	return map[string]string{
		"porquê": "why", "que": "that", "meteram": "put", "meteu": "put", "saiu": "came out",
		"passou": "went", "cabeça": "mind", "primeira": "first", "coisa": "thing",
		"acontece": "happens", "precisariam": "would need", "pouco": "little",
		"tanto": "so much", "tens": "have", "mais": "more", "ao": "to the", "fechada": "closed",
		"pá": "", "fixe": "good",
		// Question words and fillers.
		"quem": "who", "qual": "which", "quais": "which", "onde": "where", "quando": "when", "quanto": "how much",
		"quantos": "how many", "quantas": "how many", "porque": "why", "como": "how", "cara": "", "tipo": "", "né": "",
		"então": "", "entao": "", "tá": "", "tô": "i am", "mano": "", "galera": "", "pô": "", "ué": "", "aí": "",
		"beleza": "", "valeu": "", "obrigado": "", "oi": "", "olá": "", "bom": "", "sim": "yes", "não": "not", "nao": "not",
		"e": "and", "ou": "or", "mas": "but", "também": "also",
		// Articles, pronouns and prepositions.
		"o": "the", "a": "the", "os": "the", "as": "the", "um": "a", "uma": "a", "do": "of the", "da": "of the",
		"dos": "of the", "das": "of the", "de": "of", "no": "in the", "na": "in the", "nos": "in the", "nas": "in the",
		"em": "in", "com": "with", "pra": "for", "para": "for", "por": "by", "pelo": "by the", "pela": "by the",
		"sobre": "about", "antes": "before", "depois": "after", "desde": "since", "ele": "he", "ela": "she", "eles": "they",
		"elas": "they", "você": "you", "voce": "you", "isso": "this", "esse": "this", "essa": "this", "desse": "of this",
		"dessa": "of this", "disso": "this", "seu": "his", "sua": "his", "dele": "his", "dela": "her",
		// Verbs.
		"é": "is", "são": "are", "foi": "was", "era": "was", "eram": "were", "tem": "has", "tinha": "had", "fez": "did",
		"fazia": "did", "disse": "said", "falou": "said", "fala": "talks", "acha": "thinks", "fundou": "founded",
		"fundada": "founded", "fundado": "founded", "criou": "created", "nasceu": "born", "lançou": "launched",
		"lançado": "launched", "lançamento": "launch", "perdeu": "lost", "perderam": "lost", "caiu": "fell",
		"caíram": "fell", "subiu": "rose", "custou": "cost", "usou": "used", "usa": "uses", "treinou": "trained",
		"colocou": "put", "colocaram": "put", "proibiu": "banned", "proibido": "banned", "bloqueou": "blocked",
		"organizou": "hosted", "convidado": "invited", "contratou": "hired", "contrata": "hires", "investiu": "invested",
		"apoia": "backs", "apoiam": "backs", "respondeu": "responded", "precisa": "needs", "precisaria": "would need",
		"aconteceu": "happened", "significa": "means", "compara": "compares", "chamou": "called",
		// Nouns and adjectives of the story.
		"fundador": "founder", "fundadora": "founder", "empresa": "company", "empresas": "companies", "chip": "chip",
		"chips": "chips", "modelo": "model", "modelos": "models", "ia": "ai", "mercado": "market", "bolsa": "stock market",
		"ações": "shares", "acoes": "shares", "ação": "share", "valor": "value", "preço": "price", "bilhões": "billion",
		"trilhão": "trillion", "dinheiro": "money", "perda": "loss", "perdas": "losses", "chinês": "chinese",
		"chinesa": "chinese", "china": "china", "americano": "american", "americana": "american", "americanos": "americans",
		"presidente": "president", "governo": "government", "autor": "author", "artigo": "article", "citação": "quote",
		"frase": "quote", "queda": "outage", "ataque": "attack", "usuários": "users", "engenheiros": "engineers",
		"jovens": "young", "fundo": "fund", "investidores": "investors", "analistas": "analysts", "encontro": "meeting",
		"reunião": "meeting", "simpósio": "symposium", "fechado": "closed", "data": "date", "dia": "day", "mês": "month",
		"ano": "year", "anos": "years", "idade": "age", "velho": "old", "hoje": "today", "ontem": "yesterday",
		"janeiro": "january", "julho": "july", "pequeno": "small", "pequena": "small", "grande": "big", "caro": "expensive",
		"barato": "cheap", "melhor": "best", "primeiro": "first", "último": "last", "novo": "new", "nova": "new",
		"notícia": "news", "notícias": "news", "país": "country", "cidade": "city", "razão": "reason", "motivo": "reason",
		"problema": "problem", "lição": "lesson", "opinião": "opinion", "formiga": "ant", "deus": "god",
		"resposta": "response", "medalha": "medal", "universidade": "university", "tecnologia": "technology",
		"anterior": "previous", "outro": "other", "ângulo": "angle", "angulo": "angle", "especialista": "expert",
		"segundo": "according to", "texto": "article", "hospedou": "hosted", "sediou": "hosted",
		"escolheu": "chose", "escolhia": "chose", "causa": "cause", "vantagem": "advantage",
	}
}
