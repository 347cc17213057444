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
era antes depois porque cara tipo quando segundo da os ao pro pra vc pq hj tb tbm tava tão eua q qnto`)
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
lista de restrições = blacklist
lista de restricoes = blacklist
lista de entidades = blacklist
país de origem = home country
pais de origem = home country
deu ruim = went wrong
deu errado = went wrong
no fim das contas = in the end
máxima histórica = record high
maxima historica = record high
de fora = from abroad
partido comunista = communist party
mandam bem = are good
manda bem = is good
na frente = ahead
liga pra = cares about
passou na cabeça = thought
passou pela cabeça = thought
como chama = what is the name
o q = what
em que = in which
ao certo = exactly
em comum = in common
alta densidade = high density
número quanto = which number
numero quanto = which number
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
		"eua": "us", "teve": "had", "botou": "put", "botaram": "put", "entrou": "entered", "entra": "enters",
		"bancada": "backed", "bancado": "backed", "banca": "backs", "bancam": "back", "origem": "origin",
		"bloqueio": "ban", "exportação": "export", "exportações": "exports", "exportacao": "export",
		"afetou": "affected", "afeta": "affects", "proibiram": "banned", "mandar": "send", "enviar": "send",
		"vender": "sell", "venderam": "sold", "vendeu": "sold", "golpe": "blow", "veio": "came",
		"bicho": "creature", "bichinho": "creature", "ninguém": "nobody", "ninguem": "nobody", "notar": "notice",
		"perceber": "notice", "chama": "called", "chamado": "called", "investimento": "investment",
		"rolou": "happened", "ativos": "assets", "encolheram": "shrank", "encolheu": "shrank",
		"diminuiu": "shrank", "fracasso": "failure", "ruim": "bad", "fim": "end", "véi": "", "vei": "",
		"nascimento": "birth", "disrupção": "disruption", "disrupcao": "disruption", "só": "just",
		"apresentou": "unveiled", "anunciou": "announced", "máxima": "high", "histórica": "historic",
		"historica": "historic", "roda": "runs", "rodar": "run", "parametros": "parameters",
		"parâmetros": "parameters", "vezes": "times", "geração": "generation", "geracao": "generation",
		"fechou": "closed", "tombo": "crash", "dúvidas": "doubts", "duvidas": "doubts", "ainda": "still",
		"qnto": "how much", "qnt": "how much", "igualou": "matched", "alcançou": "matched",
		"restrições": "restrictions", "restricoes": "restrictions", "restrição": "restriction",
		"preocupa": "worries", "preocupação": "concern", "preocupacao": "concern", "hj": "today",
		"conquista": "achievement", "impacto": "impact", "equipe": "team", "gente": "people",
		"recrutou": "recruited", "fora": "outside", "mesmo": "same", "evento": "event", "pequim": "beijing",
		"falaram": "talked", "cargo": "title", "perguntar": "ask", "perguntei": "asked", "resultado": "outcome",
		"daquela": "of that", "daquele": "of that", "aquele": "that", "aquela": "that", "responde": "answers",
		"foge": "avoids", "fugir": "avoid", "evita": "avoids", "assunto": "topic", "assuntos": "topics",
		"curte": "likes", "reflete": "reflects", "plataforma": "platform", "infraestrutura": "infrastructure",
		"acredita": "believes", "sabotagem": "sabotage", "precisar": "need", "precisam": "need",
		"continuar": "stay", "competitivos": "competitive", "conseguir": "get", "comprar": "buy", "grana": "money",
		"pouca": "little", "tão": "are", "frente": "ahead", "foco": "focus", "focada": "focused",
		"focado": "focused", "acham": "think", "achou": "thought", "ganhou": "won", "corrida": "race",
		"aparece": "appears", "aparência": "appearance", "aparencia": "appearance", "recebeu": "hosted",
		"acabou": "ended", "começou": "started", "comecou": "started", "técnico": "technical",
		"tecnico": "technical", "história": "story", "historia": "story", "toda": "all", "todo": "all",
		"pro": "for the", "vc": "you", "pq": "why", "tb": "also", "tbm": "also", "tava": "was", "estava": "was",
		"estão": "are", "estao": "are", "vai": "will", "pode": "can", "podem": "can", "sabe": "knows",
		"perguntou": "asked", "falar": "talk", "disseram": "said", "dizer": "say", "conta": "account",
		"contas": "accounts", "parecido": "similar", "parece": "looks like", "lembra": "resembles",
		"comparou": "compared", "cresceu": "grew", "subiram": "rose", "derrubou": "knocked down",
		"derrubada": "drop", "despencou": "plunged", "despencaram": "plunged", "afundou": "sank",
		"sumiu": "vanished", "evaporou": "vanished", "metade": "half", "bilhão": "billion", "bi": "billion",
		"tri": "trillion", "dólar": "dollar", "dolares": "dollars", "dólares": "dollars", "porcento": "percent",
		"usava": "used", "puseram": "put", "novos": "new", "malta": "people", "gajo": "guy",
		"evaporar": "wipe out", "engenharia": "engineering", "diz": "says", "ditado": "proverb",
		"densidade": "density", "comum": "common", "cita": "quotes", "certo": "exactly", "apresentar": "unveil",
		"aos": "to the", "além": "besides", "alem": "besides", "alta": "high", "acesso": "access",
		"percebe": "understands", "ser": "being",
	}
}
